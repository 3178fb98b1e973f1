//! Scanned blocks -> the shared SCP model (`docsdk_scp_rules::model`), which the one builder
//! of `docsdk_scp_rules::build` turns into documents.
//!
//! What the format keeps apart is put together here: one operation per (title, method,
//! path), with a version per block; example JSON is parsed (text that does not parse is
//! kept as text, reported once).

use docsdk_scp_rules::examples::JsonBlock;
use docsdk_scp_rules::model::{
    self, ExampleRequest, Located, OperationVersion, ResponseExample, ResponseRow, Row, RowPlace,
    SchemaCell, ScpOperation, ScpService, ServiceVersion,
};
use docsdk_spec::{Diagnostic, DiagnosticCode, ParameterLocation, SourceRef};
use serde_json::Value;

use crate::rows::ParamRow;
use crate::scan::{self, JsonText, OperationBlock};

/// Translates one scanned service; `language` is its prose language.
pub(crate) fn to_model(
    file: &str,
    service: scan::Service,
    language: String,
    diagnostics: &mut Vec<Diagnostic>,
) -> ScpService {
    let mut operations: Vec<ScpOperation> = Vec::new();
    // No method line: reported by the scanner, the block is skipped.
    for block in service.operations {
        let line = block.title.as_ref().map_or(block.heading_line, |t| t.line);
        let title = block.title.as_ref().map(|t| t.value.clone());
        let Some(version) = operation_version(file, block, diagnostics) else {
            continue;
        };
        let same = operations.iter_mut().find(|o| {
            o.title == title
                && o.versions.iter().all(|v| v.version != version.version)
                && o.versions
                    .first()
                    .is_some_and(|v| v.method == version.method && v.path == version.path)
        });
        match same {
            Some(op) => op.versions.push(version),
            None => operations.push(ScpOperation {
                line,
                title,
                versions: vec![version],
            }),
        }
    }
    let overview: Vec<&str> = service.overview.iter().map(|l| l.value.as_str()).collect();
    ScpService {
        name: service
            .name
            .as_ref()
            .map(|n| Located::new(n.value.clone(), n.line)),
        overview: (!overview.is_empty()).then(|| overview.join("\n")),
        version_note: None,
        category: None,
        language,
        versions: service
            .versions
            .iter()
            .map(|r| ServiceVersion {
                version: r.version.clone(),
                status: r.status.clone().unwrap_or_default(),
                date: r.date.clone(),
                line: r.line,
            })
            .collect(),
        version_date_label: service.version_date_label.clone(),
        url: service
            .url
            .as_ref()
            .map(|u| Located::new(u.value.clone(), u.line)),
        environments: service
            .environments
            .iter()
            .map(|e| Located::new(e.value.clone(), e.line))
            .collect(),
        operations,
        models: None,
    }
}

fn operation_version(
    file: &str,
    block: OperationBlock,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<OperationVersion> {
    let (method, method_line) = block.method?;
    let (state, status) = match &block.state {
        Some(s) => match model::parse_state(&s.value) {
            Some((state, status)) => (state.map(str::to_owned), Some(status.to_owned())),
            None => (None, Some(s.value.trim().to_owned())),
        },
        None => (None, None),
    };
    // The row of the heading's version, else the first (the builder reports the mismatch).
    let version_row = block
        .version_rows
        .iter()
        .find(|r| r.version == block.version)
        .or(block.version_rows.first())
        .map(|r| Located::new((r.version.clone(), r.date.clone()), r.line));
    let parameters = block
        .params
        .into_iter()
        .filter_map(|r| parameter(file, r, diagnostics))
        .collect();
    let description: Vec<&str> = block.description.iter().map(|l| l.value.as_str()).collect();
    let example_request = block.example_request.as_ref().map(|ex| ExampleRequest {
        line: Some(ex.line),
        path: ex.path.clone().map(|p| Located::new(p.value, p.line)),
        headers: ex
            .headers
            .iter()
            .map(|h| Located::new(h.value.clone(), h.line))
            .collect(),
        body: ex
            .body
            .as_ref()
            .map(|b| json(file, b, "request body", diagnostics)),
    });
    let response_examples = block
        .example_response
        .iter()
        .map(|ex| ResponseExample {
            code: ex.code.value.clone(),
            line: ex.code.line,
            body: ex
                .body
                .as_ref()
                .map(|b| json(file, b, "response body", diagnostics)),
        })
        .collect();
    Some(OperationVersion {
        version: block.version,
        heading_line: block.heading_line,
        method,
        path: block.path,
        method_line,
        description: (!description.is_empty()).then(|| description.join("\n")),
        state,
        status,
        state_line: block.state.as_ref().map(|s| s.line),
        lifecycle_note: None,
        version_row,
        date_label: block.version_date_label,
        parameters,
        responses: block
            .responses
            .iter()
            .map(|r| ResponseRow {
                code: r.code.clone(),
                reason: r.reason.clone(),
                schema: (r.schema != "None").then(|| r.schema.clone()),
                line: r.line,
            })
            .collect(),
        example_request,
        response_examples,
    })
}

fn parameter(file: &str, row: ParamRow, diagnostics: &mut Vec<Diagnostic>) -> Option<Row> {
    let place = match row.location.as_str() {
        "header" => RowPlace::In(ParameterLocation::Header),
        "query" => RowPlace::In(ParameterLocation::Query),
        "path" => RowPlace::In(ParameterLocation::Path),
        "cookie" => RowPlace::In(ParameterLocation::Cookie),
        "body" | "formData" => RowPlace::Body,
        other => {
            diagnostics.push(Diagnostic::error(
                DiagnosticCode::MalformedTable,
                SourceRef::new(file, row.line),
                format!("unknown parameter location `{other}`; skipped"),
            ));
            return None;
        }
    };
    Some(Row {
        place: Some(place),
        name: row.name,
        required: row.required,
        description: (!row.description.is_empty()).then(|| row.description.clone()),
        example: row
            .example
            .as_ref()
            .filter(|e| !e.is_empty())
            .map(|e| Located::new(e.clone(), row.line)),
        constraints: Vec::new(),
        cell: SchemaCell::Split {
            schema: row.schema,
            default: row.default,
        },
        line: row.line,
        schema_line: row.schema_line,
    })
}

/// The JSON of an example, or its text (with `is_text`) when it does not parse; a cut block
/// was reported by the scanner already.
fn json(file: &str, block: &JsonText, what: &str, diagnostics: &mut Vec<Diagnostic>) -> JsonBlock {
    let source = SourceRef::new(file, block.line);
    let (value, is_text) = match serde_json::from_str(&block.text) {
        Ok(value) => (value, false),
        Err(_) if block.cut => (Value::String(block.text.clone()), true),
        Err(e) => {
            diagnostics.push(Diagnostic::warning(
                DiagnosticCode::InvalidJson,
                source.clone(),
                format!("the example {what} is not valid JSON ({e}); kept as text"),
            ));
            (Value::String(block.text.clone()), true)
        }
    };
    JsonBlock {
        value,
        is_text,
        source,
    }
}
