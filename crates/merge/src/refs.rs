//! After merging: references to models that no source defines.

use std::collections::HashSet;

use docsdk_spec::{Diagnostic, DiagnosticCode, Diagnostics, OpenApi, Schema, SourceRef};

/// Warns once per model that is referenced but defined by none of the sources, at its first
/// reference (document order: operations, then models).
pub fn report_undefined(doc: &OpenApi, diagnostics: &mut Diagnostics) {
    let mut seen: HashSet<String> = HashSet::new();
    let fallback = doc
        .info
        .source
        .clone()
        .unwrap_or_else(|| SourceRef::new("<merged>", 1));
    let mut visit = |schema: &Schema, at: &SourceRef| walk(doc, schema, at, &mut seen, diagnostics);
    for (_, _, op) in doc.operations() {
        let op_at = op.source.clone().unwrap_or_else(|| fallback.clone());
        for p in &op.parameters {
            if let Some(s) = &p.schema {
                visit(s, p.source.as_ref().unwrap_or(&op_at));
            }
        }
        if let Some(body) = &op.request_body {
            for m in body.content.values() {
                if let Some(s) = &m.schema {
                    visit(s, body.source.as_ref().unwrap_or(&op_at));
                }
            }
        }
        for r in op.responses.values() {
            for m in r.content.values() {
                if let Some(s) = &m.schema {
                    visit(s, r.source.as_ref().unwrap_or(&op_at));
                }
            }
        }
    }
    for model in doc.components.schemas.values() {
        visit(model, model.source.as_ref().unwrap_or(&fallback));
    }
}

fn walk(
    doc: &OpenApi,
    schema: &Schema,
    parent: &SourceRef,
    seen: &mut HashSet<String>,
    diagnostics: &mut Diagnostics,
) {
    let at = schema.source.as_ref().unwrap_or(parent);
    if let Some(name) = schema.referenced_name()
        && !doc.components.schemas.contains_key(name)
        && seen.insert(name.to_owned())
    {
        diagnostics.0.push(
            Diagnostic::warning(
                DiagnosticCode::UndefinedModel,
                at.clone(),
                format!(
                    "model `{name}` is referenced but no source defines it; the `$ref` stays unresolved"
                ),
            )
            .about(name),
        );
    }
    let children = schema
        .items
        .as_deref()
        .into_iter()
        .chain(schema.properties.values())
        .chain(&schema.any_of)
        .chain(&schema.one_of)
        .chain(&schema.all_of);
    for child in children {
        walk(doc, child, at, seen, diagnostics);
    }
    if let Some(docsdk_spec::AdditionalProperties::Schema(s)) = &schema.additional_properties {
        walk(doc, s, at, seen, diagnostics);
    }
}
