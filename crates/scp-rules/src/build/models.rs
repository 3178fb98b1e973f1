//! The Models section as component schemas, and which of them a version's document holds.

use std::collections::{BTreeSet, HashMap};

use docsdk_spec::{
    COMPONENT_SCHEMA_PREFIX, DiagnosticCode, Ext, OpenApi, OperationPart, Schema, Type,
};
use indexmap::IndexMap;
use serde_json::Value;

use super::operation::example_of;
use super::schema::cell_expr;
use super::{Builder, Context};
use crate::schema_text::{CellKind, parse_schema};

impl Builder<'_> {
    /// Every model as a component schema, in page order; a model defined twice keeps its
    /// first definition, a field stated twice its first row.
    pub(super) fn model_schemas(&mut self, cx: &Context) -> IndexMap<String, Schema> {
        let mut out: IndexMap<String, Schema> = IndexMap::new();
        let mut first_at: HashMap<&str, usize> = HashMap::new();
        for model in cx.service.models.iter().flatten() {
            let model_name = model.name.trim();
            if let Some(first) = first_at.get(model_name) {
                self.warn(DiagnosticCode::Duplicate,
                    model.line,
                    format!(
                        "expected model `{model_name}` to be defined once, found a second definition (the first is at line {first}); the second is not used"
                    ),
                );
                continue;
            }
            first_at.insert(model_name, model.line);
            let mut schema = Schema {
                source: Some(self.at(model.line)),
                ..Schema::of_type(Type::Object)
            };
            for row in &model.fields {
                let name = row.name.as_str();
                if schema.properties.contains_key(name) {
                    self.warn(DiagnosticCode::Duplicate,
                        row.line,
                        format!("expected field `{name}` once in model `{model_name}`, found it again; the first is kept"),
                    );
                    continue;
                }
                let what = format!("field `{name}` of model `{model_name}`");
                let (mut field, expr) = self.row_schema(cx, row, CellKind::Field, &what);
                field.description = row.description.clone();
                field.examples = example_of(row, expr.as_ref()).into_iter().collect();
                field.source = Some(self.at(row.line));
                if row.required {
                    schema.required.push(name.to_owned());
                }
                schema.properties.insert(name.to_owned(), field);
            }
            out.insert(model_name.to_owned(), schema);
        }
        out
    }
}

/// The models a version's document holds: those reachable from its operations, plus models
/// no operation of any version reaches (so nothing the page defines is dropped).
pub(super) fn reachable(
    api: &OpenApi,
    all: &IndexMap<String, Schema>,
    cx: &Context,
) -> IndexMap<String, Schema> {
    let mut stack: Vec<String> = Vec::new();
    for (_, _, op) in api.operations() {
        op.visit(&mut |part| match part {
            OperationPart::Schema(schema) => schema_refs(schema, &mut stack),
            OperationPart::Extra(extra) => extra.values().for_each(|v| collect_refs(v, &mut stack)),
        });
    }
    let seen = closure(stack, all);
    let used_anywhere = used_by_any_version(all, cx);
    all.iter()
        .filter(|(name, _)| seen.contains(*name) || !used_anywhere.contains(*name))
        .map(|(n, s)| (n.clone(), s.clone()))
        .collect()
}

/// `names` and every model their schemas reach.
fn closure(mut stack: Vec<String>, all: &IndexMap<String, Schema>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(schema) = all.get(&name) {
            schema_refs(schema, &mut stack);
        }
    }
    seen
}

/// Models reachable from the operations of any version.
fn used_by_any_version(all: &IndexMap<String, Schema>, cx: &Context) -> BTreeSet<String> {
    let mut stack: Vec<String> = Vec::new();
    for v in cx.service.operations.iter().flat_map(|o| &o.versions) {
        for row in &v.parameters {
            if let Some(expr) = cell_expr(&row.cell, &cx.names) {
                stack.extend(expr.model_names().into_iter().map(str::to_owned));
            }
        }
        for row in &v.responses {
            if let Some(text) = &row.schema
                && let Ok(expr) = parse_schema(text, &cx.names)
            {
                stack.extend(expr.model_names().into_iter().map(str::to_owned));
            }
        }
    }
    closure(stack, all)
}

/// The models `schema` references: a typed walk of its subschemas (the models' own
/// extensions, which are JSON, are searched as JSON).
fn schema_refs(schema: &Schema, out: &mut Vec<String>) {
    schema.walk(&mut |s| {
        out.extend(s.referenced_name().map(str::to_owned));
        s.extra.values().for_each(|v| collect_refs(v, out));
    });
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref")
                && let Some(name) = r.strip_prefix(COMPONENT_SCHEMA_PREFIX)
            {
                out.push(name.to_owned());
            }
            // Examples are data, not schema: skip them.
            for (k, v) in map {
                if k != "example" && k != "examples" && k != Ext::EXAMPLE_REQUEST.as_str() {
                    collect_refs(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}
