//! One operation at one version: parameters, request body, responses, examples, lifecycle
//! and the API version header.

use docsdk_spec::{
    DiagnosticCode, ExampleRequest, Ext, ExtraExt, HeaderValue, MediaType, Operation, Parameter,
    ParameterLocation, RequestBody, Response,
};
use indexmap::IndexMap;
use serde_json::Value;

use super::{Builder, Context, lifecycle, placeholders};
use crate::model::{OperationVersion, Row, RowPlace, ScpOperation};
use crate::operation_id::AssignedId;
use crate::schema_text::{CellKind, SchemaExpr, typed_example};
use crate::{API_VERSION_HEADER, JSON, RESPONSE_NOT_DOCUMENTED, examples};

/// How messages name an operation: its title, else its method and path.
pub(super) fn name(op: &ScpOperation, v: &OperationVersion) -> String {
    op.title
        .clone()
        .unwrap_or_else(|| format!("{} {}", v.method.as_str(), v.path))
}

/// A row's printed example, typed by its schema when the schema could be read.
pub(super) fn example_of(row: &Row, expr: Option<&SchemaExpr>) -> Option<Value> {
    let text = &row.example.as_ref()?.value;
    Some(match expr {
        Some(e) => typed_example(e, text),
        None => Value::String(text.clone()),
    })
}

impl Builder<'_> {
    pub(super) fn operation(
        &mut self,
        cx: &Context,
        op: &ScpOperation,
        v: &OperationVersion,
        id: &AssignedId,
    ) -> Operation {
        let mut o = Operation {
            operation_id: Some(id.id.clone()),
            summary: op.title.clone(),
            description: v.description.clone(),
            source: Some(self.at(v.method_line)),
            ..Operation::default()
        };
        if id.derived {
            o.extra
                .set_ext(Ext::OPERATION_ID_DERIVED, Value::Bool(true));
        }
        self.parameters(cx, v, &mut o);
        self.responses(cx, v, &mut o);
        if let Some(status) = &v.status {
            let date = v.version_row.as_ref().map_or("-", |r| r.value.1.as_str());
            o.deprecated = status.eq_ignore_ascii_case("DEPRECATED");
            let at = self.at(v.state_line.unwrap_or(v.method_line));
            o.lifecycle = Some(lifecycle(status, date, v.date_label.as_deref(), at));
        }
        if let Some(state) = &v.state {
            o.extra.set_ext(Ext::STATE, state.clone().into());
        }
        if let Some(note) = &v.lifecycle_note {
            o.extra.set_ext(Ext::LIFECYCLE_NOTE, note.clone().into());
        }
        if let Some(row) = &v.version_row
            && row.value.0 != v.version
        {
            self.warn(
                DiagnosticCode::Inconsistent,
                row.line,
                format!(
                    "expected version row {} (the heading's version), found {}",
                    v.version, row.value.0
                ),
            );
        }
        self.example_request(cx, v, &mut o);
        o
    }

    /// The parameters, and the `body` row as the request body.
    fn parameters(&mut self, cx: &Context, v: &OperationVersion, o: &mut Operation) {
        let mut body_row = None;
        for row in &v.parameters {
            let what = format!("parameter `{}`", row.name);
            let (schema, expr) = self.row_schema(cx, row, CellKind::Parameter, &what);
            let loc = match row.place {
                Some(RowPlace::In(loc)) => loc,
                Some(RowPlace::Body) | None => {
                    if body_row.is_some() {
                        self.error(
                            DiagnosticCode::Duplicate,
                            row.line,
                            "expected one `body` row per operation, found a second; it is skipped",
                        );
                    } else {
                        body_row = Some((row, schema, expr));
                    }
                    continue;
                }
            };
            let mut required = row.required;
            if loc == ParameterLocation::Path && !required {
                self.warn(DiagnosticCode::Inconsistent,
                    row.line,
                    format!("expected path parameter `{}` to be `required`, found `optional`; it is required (OpenAPI demands it)", row.name),
                );
                required = true;
            }
            o.parameters.push(Parameter {
                name: row.name.clone(),
                location: loc,
                description: row.description.clone(),
                required,
                deprecated: false,
                style: None,
                explode: None,
                schema: Some(schema),
                example: example_of(row, expr.as_ref()),
                source: Some(self.at(row.line)),
                also_stated_at: Vec::new(),
                extra: Default::default(),
            });
        }
        self.check_path_params(&v.path, &o.parameters, v.method_line);
        let body_example = v.example_request.as_ref().and_then(|e| e.body.as_ref());
        if let Some((row, schema, expr)) = body_row {
            let mut media = MediaType {
                schema: Some(schema),
                ..MediaType::default()
            };
            if let Some(example) = body_example {
                examples::set_example(&mut media, example);
            }
            if let Some(example) = &row.example {
                let value = expr
                    .as_ref()
                    .map_or(Value::String(example.value.clone()), |e| {
                        typed_example(e, &example.value)
                    });
                media.extra.set_ext(Ext::ROW_EXAMPLE, value);
                media.extra.set_ext(
                    Ext::ROW_EXAMPLE_SOURCE,
                    self.at(example.line).to_string().into(),
                );
            }
            o.request_body = Some(RequestBody {
                description: row.description.clone(),
                content: IndexMap::from([(JSON.to_owned(), media)]),
                required: row.required,
                source: Some(self.at(row.line)),
                also_stated_at: Vec::new(),
                extra: Default::default(),
            });
        } else if let Some(body) = body_example {
            self.warn(DiagnosticCode::MissingItem,
                body.source.line,
                "expected a `body` row in `Parameters` for the example request body, found none; the body stays in x-example-request only",
            );
        }
    }

    /// The Responses rows, then the `Response NNN` examples. When the page prints no
    /// Responses table, an example's code is a response of its own whose description is
    /// [`RESPONSE_NOT_DOCUMENTED`]; otherwise the table is authoritative for codes.
    fn responses(&mut self, cx: &Context, v: &OperationVersion, o: &mut Operation) {
        for row in &v.responses {
            let mut response = Response {
                description: row.reason.clone(),
                source: Some(self.at(row.line)),
                ..Response::default()
            };
            if let Some(text) = &row.schema {
                let what = format!("response {}", row.code);
                let schema = self.schema_text(cx, text, row.line, &what);
                response.content.insert(
                    JSON.to_owned(),
                    MediaType {
                        schema: Some(schema),
                        ..MediaType::default()
                    },
                );
            }
            if o.responses.insert(row.code.clone(), response).is_some() {
                self.warn(
                    DiagnosticCode::Duplicate,
                    row.line,
                    format!(
                        "expected one row per status code, found {} again; the last row is kept",
                        row.code
                    ),
                );
            }
        }
        let table = !v.responses.is_empty();
        for ex in &v.response_examples {
            let code = &ex.code;
            if !o.responses.contains_key(code) {
                if table {
                    self.warn(DiagnosticCode::Inconsistent,
                        ex.line,
                        format!(
                            "expected `Response {code}` to name a row of the Responses table, found no row {code}; the example is kept in x-example-responses"
                        ),
                    );
                    let body = ex.body.as_ref().map(|b| b.value.clone());
                    examples::keep_unlisted_response(o, code, body, &self.at(ex.line));
                    continue;
                }
                let response = Response {
                    description: RESPONSE_NOT_DOCUMENTED.to_owned(),
                    source: Some(self.at(ex.line)),
                    ..Response::default()
                };
                o.responses.insert(code.clone(), response);
            }
            let Some(body) = &ex.body else { continue };
            let Some(response) = o.responses.get_mut(code) else {
                continue;
            };
            if response.content.is_empty() && table {
                self.warn(DiagnosticCode::Inconsistent,
                    body.source.line,
                    format!("expected no example body for response {code} (its schema is `None`), found one; it is kept as the response's example"),
                );
            }
            let media = response.content.entry(JSON.to_owned()).or_default();
            examples::set_example(media, body);
        }
    }

    /// The example request and the `Scp-Api-Version` header it shows.
    fn example_request(&mut self, cx: &Context, v: &OperationVersion, o: &mut Operation) {
        let ex = v.example_request.as_ref();
        let headers: Vec<HeaderValue> = ex
            .map(|e| e.headers.as_slice())
            .unwrap_or_default()
            .iter()
            .map(|h| HeaderValue {
                name: h.value.0.clone(),
                value: h.value.1.clone(),
                source: Some(self.at(h.line)),
            })
            .collect();
        o.api_version_header = self.api_version_header(&headers, cx.key.as_deref(), v);
        let Some(ex) = ex else { return };
        if let Some(example_path) = &ex.path {
            let bare = example_path.value.split('?').next().unwrap_or("");
            if bare != v.path {
                self.warn(DiagnosticCode::Inconsistent,
                    example_path.line,
                    format!("expected the example request path to start with the operation's path `{}`, found `{}`", v.path, example_path.value),
                );
            }
        }
        o.example_request = Some(ExampleRequest {
            method: None,
            path: ex.path.as_ref().map(|p| p.value.clone()),
            headers,
            body: ex.body.as_ref().map(|b| b.value.clone()),
            source: ex.line.map(|l| self.at(l)),
        });
    }

    /// `Scp-Api-Version: <key> <version>` from the example headers, checked against the
    /// service key and the version; derived from them (with a warning) when the example
    /// lacks it.
    fn api_version_header(
        &mut self,
        headers: &[HeaderValue],
        key: Option<&str>,
        v: &OperationVersion,
    ) -> Option<HeaderValue> {
        let version = &v.version;
        let Some(found) = headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(API_VERSION_HEADER))
        else {
            let key = key?;
            self.warn(DiagnosticCode::MissingItem,
                v.method_line,
                format!(
                    "expected a `{API_VERSION_HEADER}` header in the example request, found none; derived `{key} {version}` from the OpenAPI URL and the version"
                ),
            );
            return Some(HeaderValue {
                name: API_VERSION_HEADER.into(),
                value: format!("{key} {version}"),
                source: None,
            });
        };
        let line = found.source.as_ref().map_or(v.method_line, |s| s.line);
        let (header_key, header_version) =
            found.value.rsplit_once(' ').unwrap_or((&found.value, ""));
        if let Some(key) = key
            && header_key != key
        {
            self.warn(DiagnosticCode::Inconsistent,
                line,
                format!(
                    "expected service key `{key}` (the OpenAPI URL's first host label) in `{API_VERSION_HEADER}`, found `{header_key}`; the header is kept as printed"
                ),
            );
        }
        if header_version != version {
            self.warn(
                DiagnosticCode::Inconsistent,
                line,
                format!(
                    "expected version `{version}` in `{API_VERSION_HEADER}`, found `{}`",
                    found.value
                ),
            );
        }
        Some(found.clone())
    }

    fn check_path_params(&mut self, path: &str, params: &[Parameter], line: usize) {
        let in_path = placeholders(path);
        for name in &in_path {
            if !params
                .iter()
                .any(|p| p.location == ParameterLocation::Path && p.name == *name)
            {
                self.warn(DiagnosticCode::MissingItem,
                    line,
                    format!("expected a `path{name}` row in Parameters for `{{{name}}}` in `{path}`, found none"),
                );
            }
        }
        for p in params
            .iter()
            .filter(|p| p.location == ParameterLocation::Path)
        {
            if !in_path.contains(&p.name.as_str()) {
                self.warn(DiagnosticCode::Inconsistent,
                    p.source.as_ref().map_or(line, |s| s.line),
                    format!("expected path parameter `{}` as `{{{}}}` in `{path}`, found no such placeholder", p.name, p.name),
                );
            }
        }
    }
}
