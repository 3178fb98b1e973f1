//! One operation: parameters, request body, responses, examples, lifecycle.

use docsdk_read_scp_printable::schema_text::{self, CellKind};
use docsdk_scp_rules::examples::{self, JsonBlock};
use docsdk_scp_rules::operation_id::AssignedId;
use docsdk_scp_rules::{API_VERSION_HEADER, JSON};
use docsdk_spec::{
    DiagnosticCode, ExampleRequest, Ext, ExtraExt, HeaderValue, Lifecycle, MediaType, Operation,
    Parameter, ParameterLocation, RequestBody, Response,
};
use indexmap::IndexMap;
use serde_json::Value;

use super::{Builder, stated_date};
use crate::RESPONSE_NOT_DOCUMENTED;
use crate::rows::ParamRow;
use crate::scan::{JsonText, Located, OperationBlock};

impl Builder<'_> {
    pub(super) fn operation(
        &mut self,
        block: &OperationBlock,
        service_key: Option<&str>,
        id: AssignedId,
    ) -> Operation {
        let (_, method_line) = block.method.expect("checked by the caller");
        let mut op = Operation {
            operation_id: Some(id.id),
            summary: block.title.as_ref().map(|t| t.value.clone()),
            source: Some(self.at(method_line)),
            ..Operation::default()
        };
        if id.derived {
            op.extra
                .set_ext(Ext::OPERATION_ID_DERIVED, Value::Bool(true));
        }
        if !block.description.is_empty() {
            let text: Vec<&str> = block.description.iter().map(|l| l.value.as_str()).collect();
            op.description = Some(text.join("\n"));
        }
        op.lifecycle = self.operation_lifecycle(block);
        if let Some(state) = &block.state {
            // `ACTIVE (CURRENT)` -> `x-state: ACTIVE`, as the printable reader writes it.
            let word = state.value.split(" (").next().unwrap_or_default().trim();
            if !word.is_empty() {
                op.extra.set_ext(Ext::STATE, Value::String(word.to_owned()));
            }
        }
        op.deprecated = op
            .lifecycle
            .as_ref()
            .is_some_and(|l| l.status == "DEPRECATED");

        for row in &block.params {
            if row.location == "body" {
                if op.request_body.is_some() {
                    self.error(
                        DiagnosticCode::Duplicate,
                        row.line,
                        "a second body parameter; only the first is kept".to_owned(),
                    );
                    continue;
                }
                op.request_body = Some(self.request_body(row));
            } else if let Some(p) = self.parameter(row) {
                op.parameters.push(p);
            }
        }
        for row in &block.responses {
            let content = if row.schema == "None" {
                IndexMap::new()
            } else {
                let schema = self.schema_cell(&row.schema, row.line).0;
                IndexMap::from([(
                    JSON.to_owned(),
                    MediaType {
                        schema: Some(schema),
                        ..MediaType::default()
                    },
                )])
            };
            if op.responses.contains_key(&row.code) {
                self.error(
                    DiagnosticCode::Duplicate,
                    row.line,
                    format!(
                        "response {} is listed twice; the later row is kept",
                        row.code
                    ),
                );
            }
            op.responses.insert(
                row.code.clone(),
                Response {
                    description: row.reason.clone(),
                    content,
                    source: Some(self.at(row.line)),
                    ..Response::default()
                },
            );
        }
        if let Some(ex) = &block.example_response {
            self.example_response(&mut op, block, &ex.code, ex.body.as_ref());
        }
        if let Some(ex) = &block.example_request {
            let body = ex.body.as_ref().map(|b| self.example(b, "request body"));
            if let Some(example) = &body {
                match op
                    .request_body
                    .as_mut()
                    .and_then(|b| b.content.get_mut(JSON))
                {
                    Some(media) => examples::set_example(media, example),
                    None => {
                        let line = ex.body.as_ref().map_or(ex.line, |b| b.line);
                        self.warn(DiagnosticCode::MissingItem,
                            line,
                            "the example request has a body but the parameter table has no `body` row; \
                             the example is kept under x-example-request only"
                                .to_owned(),
                        );
                    }
                }
            }
            let headers: Vec<HeaderValue> = ex
                .headers
                .iter()
                .map(|h| HeaderValue {
                    name: h.value.0.clone(),
                    value: h.value.1.clone(),
                    source: Some(self.at(h.line)),
                })
                .collect();
            op.api_version_header = headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case(API_VERSION_HEADER))
                .cloned();
            if let (Some(h), Some(key)) = (&op.api_version_header, service_key) {
                let expected = format!("{key} {}", block.version);
                if h.value != expected {
                    let line = h.source.as_ref().map_or(block.heading_line, |s| s.line);
                    self.warn(DiagnosticCode::Inconsistent,
                        line,
                        format!(
                            "expected `{API_VERSION_HEADER} = {expected}` (service key and the heading's \
                             version), found `{}`; the printed value is kept",
                            h.value
                        ),
                    );
                }
            }
            op.example_request = Some(ExampleRequest {
                method: None,
                path: ex.path.as_ref().map(|p| p.value.clone()),
                headers,
                body: body.map(|b| b.value),
                source: Some(self.at(ex.line)),
            });
        }
        op
    }

    fn operation_lifecycle(&mut self, block: &OperationBlock) -> Option<Lifecycle> {
        let state = block.state.as_ref()?;
        // `ACTIVE (CURRENT)`: the status is the word in parentheses.
        let status = state
            .value
            .split_once('(')
            .and_then(|(_, rest)| rest.strip_suffix(')'))
            .unwrap_or(&state.value)
            .trim()
            .to_owned();
        let row = block
            .version_rows
            .iter()
            .find(|r| r.version == block.version);
        if row.is_none() {
            self.warn(
                DiagnosticCode::MissingItem,
                state.line,
                format!(
                    "the operation's version table has no row for {} (the heading's version); \
                     the lifecycle has no date",
                    block.version
                ),
            );
        }
        Some(Lifecycle {
            status,
            date: row.and_then(|r| stated_date(&r.date)),
            date_label: block.version_date_label.clone(),
            source: Some(self.at(state.line)),
        })
    }

    fn parameter(&mut self, row: &ParamRow) -> Option<Parameter> {
        let location = match row.location.as_str() {
            "header" => ParameterLocation::Header,
            "query" => ParameterLocation::Query,
            "path" => ParameterLocation::Path,
            "cookie" => ParameterLocation::Cookie,
            other => {
                self.error(
                    DiagnosticCode::MalformedTable,
                    row.line,
                    format!("unknown parameter location `{other}`; skipped"),
                );
                return None;
            }
        };
        if location == ParameterLocation::Path && !row.required {
            self.warn(DiagnosticCode::Inconsistent,
                row.line,
                format!("path parameter `{}` is printed `optional`; path parameters are always required", row.name),
            );
        }
        let (mut schema, expr) = self.schema_cell(&row.schema, row.schema_line);
        let mut example = None;
        if let Some(expr) = &expr {
            match schema_text::typed_default(expr, &row.default, CellKind::Parameter) {
                Ok(default) => schema.default = default,
                Err(text) => {
                    self.warn(DiagnosticCode::ContradictoryDefault,
                        row.schema_line,
                        format!(
                            "default `{text}` does not fit the schema `{}`; kept as printed in x-stated-default",
                            row.schema
                        ),
                    );
                    schema.stated_default = Some(text);
                }
            }
            example = row
                .example
                .as_deref()
                .filter(|e| !e.is_empty())
                .map(|e| schema_text::typed_example(expr, e));
        } else if !row.default.is_empty() && row.default != "None" {
            schema.stated_default = Some(row.default.clone());
        }
        Some(Parameter {
            name: row.name.clone(),
            location,
            description: (!row.description.is_empty()).then(|| row.description.clone()),
            required: row.required || location == ParameterLocation::Path,
            deprecated: false,
            style: None,
            explode: None,
            schema: Some(schema),
            example,
            source: Some(self.at(row.line)),
            also_stated_at: Vec::new(),
            extra: Default::default(),
        })
    }

    fn request_body(&mut self, row: &ParamRow) -> RequestBody {
        let (schema, _) = self.schema_cell(&row.schema, row.schema_line);
        if !row.default.is_empty() && row.default != "None" {
            self.warn(
                DiagnosticCode::UnexpectedText,
                row.schema_line,
                format!(
                    "the body row prints a default `{}`; a request body has none, ignored",
                    row.default
                ),
            );
        }
        RequestBody {
            description: (!row.description.is_empty()).then(|| row.description.clone()),
            content: IndexMap::from([(
                JSON.to_owned(),
                MediaType {
                    schema: Some(schema),
                    ..MediaType::default()
                },
            )]),
            required: row.required,
            source: Some(self.at(row.line)),
            also_stated_at: Vec::new(),
            extra: Default::default(),
        }
    }

    fn example_response(
        &mut self,
        op: &mut Operation,
        block: &OperationBlock,
        code: &Located<String>,
        body: Option<&JsonText>,
    ) {
        if !op.responses.contains_key(&code.value) {
            if !block.responses.is_empty() {
                // Same shape as the printable reader: the table is authoritative for codes.
                self.warn(DiagnosticCode::Inconsistent,
                    code.line,
                    format!(
                        "expected `Response {0}` to name a row of the Responses table, found no row {0}; \
                         the example is kept in x-example-responses",
                        code.value
                    ),
                );
                let body = body.map(|b| self.example(b, "response body").value);
                examples::keep_unlisted_response(op, &code.value, body, &self.at(code.line));
                return;
            }
            // The responses table is missing: the example states the code.
            op.responses.insert(
                code.value.clone(),
                Response {
                    description: RESPONSE_NOT_DOCUMENTED.to_owned(),
                    source: Some(self.at(code.line)),
                    ..Response::default()
                },
            );
        }
        let Some(body) = body else { return };
        let example = self.example(body, "response body");
        let Some(response) = op.responses.get_mut(&code.value) else {
            return;
        };
        if response.content.is_empty() && !block.responses.is_empty() {
            self.warn(
                DiagnosticCode::Inconsistent,
                body.line,
                format!(
                    "expected no example body for response {} (its schema is `None`), found one; \
                     it is kept as the response's example",
                    code.value
                ),
            );
        }
        let media = response.content.entry(JSON.to_owned()).or_default();
        examples::set_example(media, &example);
    }

    /// The JSON of an example, or its text (with `is_text`) when it does not parse.
    fn example(&mut self, block: &JsonText, what: &str) -> JsonBlock {
        let (value, is_text) = match serde_json::from_str(&block.text) {
            Ok(value) => (value, false),
            Err(_) if block.cut => (Value::String(block.text.clone()), true),
            Err(e) => {
                self.warn(
                    DiagnosticCode::InvalidJson,
                    block.line,
                    format!("the example {what} is not valid JSON ({e}); kept as text"),
                );
                (Value::String(block.text.clone()), true)
            }
        };
        JsonBlock {
            value,
            is_text,
            source: self.at(block.line),
        }
    }
}
