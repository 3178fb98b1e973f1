//! Turns what the blocks state into OpenAPI documents: one per (service, API version).

use std::collections::{BTreeSet, HashMap};

use docsdk_scp_rules::{API_VERSION_HEADER, JSON, examples, paths, security};
use docsdk_spec::{
    COMPONENT_SCHEMA_PREFIX, DiagnosticCode, EnvironmentRegion, ExampleRequest, Ext, ExtraExt,
    HeaderValue, Lifecycle, MediaType, Method, OpenApi, Operation, Parameter, ParameterLocation,
    Provider, RequestBody, Response, Schema, Server, ServerVariable, SourceRef, Type,
};
use indexmap::IndexMap;
use serde_json::Value;

use crate::operation::OpVersion;
use crate::rows::{Constraint, Row};
use crate::schema_text::{
    CellKind, ModelNames, SchemaExpr, split_schema_cell_checked, typed_default, typed_example,
};
use crate::service::ServiceHeader;
use crate::text::{Doc, Report, iso_date, quote};

/// An operation: its title and heading, and its version blocks.
pub(crate) struct OpData<'a> {
    pub title: &'a str,
    pub idx: usize,
    /// (version, version heading line, block).
    pub versions: Vec<(String, usize, OpVersion<'a>)>,
    pub id: String,
}

/// A model: name, heading line and rows.
pub(crate) struct ModelData<'a> {
    pub name: &'a str,
    pub idx: usize,
    pub rows: Vec<Row<'a>>,
}

/// Everything read for one service.
pub(crate) struct ServiceData<'a> {
    pub title: String,
    pub title_idx: usize,
    pub header: ServiceHeader,
    pub category: Option<String>,
    pub ops: Vec<OpData<'a>>,
    pub models: Vec<ModelData<'a>>,
    pub names: ModelNames,
}

/// One API version of the service with its lifecycle.
struct VersionInfo {
    version: String,
    lifecycle: Option<Lifecycle>,
}

pub(crate) fn documents(doc: &Doc, service: &ServiceData, report: &mut Report) -> Vec<OpenApi> {
    let key = service_key(doc, service, report);
    let korean = service.header.korean
        || service
            .ops
            .iter()
            .any(|o| o.versions.iter().any(|(_, _, v)| v.korean));
    let server = server(doc, service, report);
    let components = model_schemas(doc, service, report);
    let versions = versions(doc, service, report);
    let mut out = Vec::new();
    for info in versions {
        let mut api = OpenApi::new(service.title.clone(), info.version.clone());
        api.info.description = service.header.overview.clone();
        api.info.lifecycle = info.lifecycle;
        api.info.source = Some(doc.at(service.title_idx));
        if let Some(note) = &service.header.version_note {
            api.info
                .extra
                .set_ext(Ext::VERSION_NOTE, note.clone().into());
        }
        if let Some(category) = &service.category {
            api.info
                .extra
                .set_ext(Ext::CATEGORY, category.clone().into());
        }
        api.servers.extend(server.clone());
        api.provider = Some(Provider::Scp);
        api.service_key = key.clone();
        api.language = Some(if korean { "ko" } else { "en" }.to_owned());
        api.source_documents = vec![doc.file.to_owned()];
        security::require_signing(&mut api);
        for op in &service.ops {
            for (version, _, block) in &op.versions {
                if *version != info.version {
                    continue;
                }
                let Some((method, path, _)) = block.method else {
                    continue;
                };
                let operation = operation(doc, service, op, version, block, key.as_deref(), report);
                if let Err(message) =
                    paths::insert_operation(&mut api, method, path, version, operation)
                {
                    report.error(
                        DiagnosticCode::Duplicate,
                        block.method.map_or(op.idx, |m| m.2),
                        message,
                    );
                }
            }
        }
        api.components.schemas = reachable(&api, &components, service);
        out.push(api);
    }
    out
}

/// The first host label of the OpenAPI URL (`eventstreams`).
fn service_key(doc: &Doc, service: &ServiceData, report: &mut Report) -> Option<String> {
    let (url, idx) = service.header.url.as_ref()?;
    let host = url.split_once("://").map_or(url.as_str(), |(_, h)| h);
    let label = host.split(['.', '/', ':']).next().unwrap_or("");
    if label.is_empty() || label.contains(['{', '}']) {
        report.warn(
            DiagnosticCode::UnexpectedText,
            *idx,
            format!(
                "expected a fixed first host label (the service key) in the OpenAPI URL, found {}",
                quote(doc.line(*idx))
            ),
        );
        return None;
    }
    Some(label.to_owned())
}

fn server(doc: &Doc, service: &ServiceData, report: &mut Report) -> Option<Server> {
    let Some((url, idx)) = &service.header.url else {
        report.warn(DiagnosticCode::MissingItem,
            service.title_idx,
            format!(
                "expected `OpenAPI URL` and a URL in the header of service `{}`, found none; the documents have no server",
                service.title
            ),
        );
        return None;
    };
    let envs = &service.header.environments;
    let mut server = Server {
        url: url.clone(),
        source: Some(doc.at(*idx)),
        ..Server::default()
    };
    server.environment_regions = envs
        .iter()
        .map(|(environment, region, i)| EnvironmentRegion {
            environment: environment.clone(),
            region: region.clone(),
            source: Some(doc.at(*i)),
        })
        .collect();
    for name in placeholders(url) {
        let values: Vec<String> = match name {
            "region" => distinct(envs.iter().map(|e| e.1.clone())),
            "environment" => distinct(envs.iter().map(|e| e.0.clone())),
            _ => Vec::new(),
        };
        if values.is_empty() {
            report.warn(DiagnosticCode::MissingItem,
                *idx,
                format!(
                    "expected documented values for server variable `{name}` (the environment/region list), found none; its default is empty"
                ),
            );
        }
        server.variables.insert(
            name.to_owned(),
            ServerVariable {
                default: values.first().cloned().unwrap_or_default(),
                enum_values: values,
                description: None,
            },
        );
    }
    Some(server)
}

fn distinct(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// `{name}` placeholders of a template, in order.
fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

fn lifecycle(status: &str, date: &str, date_label: Option<&str>, at: SourceRef) -> Lifecycle {
    Lifecycle {
        status: status.to_owned(),
        date: (date != "-").then(|| iso_date(date).unwrap_or_else(|| date.to_owned())),
        date_label: date_label.map(str::to_owned),
        source: Some(at),
    }
}

/// The service's versions: its version table when it has rows, else the versions its
/// operations carry (with their status and date); newest first.
fn versions(doc: &Doc, service: &ServiceData, report: &mut Report) -> Vec<VersionInfo> {
    let table = &service.header.versions;
    let mut out: Vec<VersionInfo> = table
        .iter()
        .map(|row| VersionInfo {
            version: row.version.clone(),
            lifecycle: Some(lifecycle(
                &row.status,
                &row.date,
                service.header.date_label.as_deref(),
                doc.at(row.idx),
            )),
        })
        .collect();
    let from_table = !out.is_empty();
    for op in &service.ops {
        for (version, heading, block) in &op.versions {
            let op_life = block.status.as_deref().map(|status| {
                let date = block.version_row.map_or("-", |r| r.1);
                lifecycle(
                    status,
                    date,
                    block.date_label.as_deref(),
                    doc.at(block.state_idx.unwrap_or(*heading)),
                )
            });
            match out.iter().find(|v| v.version == *version) {
                Some(known) => {
                    if let (Some(a), Some(b)) = (&known.lifecycle, &op_life)
                        && (a.status != b.status || a.date != b.date)
                    {
                        report.warn(DiagnosticCode::Inconsistent,
                            block.state_idx.unwrap_or(*heading),
                            format!(
                                "expected version {version} of `{}` to be {} {} as {} states, found {} {}",
                                op.title,
                                a.status,
                                a.date.as_deref().unwrap_or("-"),
                                a.source.as_ref().map_or("the service".to_owned(), |s| format!("line {}", s.line)),
                                b.status,
                                b.date.as_deref().unwrap_or("-")
                            ),
                        );
                    }
                }
                None => {
                    if from_table {
                        report.warn(DiagnosticCode::Inconsistent,
                            *heading,
                            format!(
                                "expected version {version} of `{}` in the service version table, found it only here; a document is made for it",
                                op.title
                            ),
                        );
                    }
                    out.push(VersionInfo {
                        version: version.clone(),
                        lifecycle: op_life,
                    });
                }
            }
        }
    }
    if !from_table {
        out.sort_by_key(|v| std::cmp::Reverse(version_key(&v.version)));
    }
    out
}

fn version_key(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

/// Splits `headerAccept` into location and name.
fn location(first: &str) -> Option<(Option<ParameterLocation>, &str)> {
    const LOCATIONS: [(&str, Option<ParameterLocation>); 6] = [
        ("formData", None),
        ("header", Some(ParameterLocation::Header)),
        ("cookie", Some(ParameterLocation::Cookie)),
        ("query", Some(ParameterLocation::Query)),
        ("path", Some(ParameterLocation::Path)),
        ("body", None),
    ];
    LOCATIONS.iter().find_map(|(word, loc)| {
        let name = first.strip_prefix(word)?;
        (!name.is_empty()).then_some((*loc, name))
    })
}

/// The structured schema of a cell's schema, with undefined models reported and kept as text.
fn resolve(expr: &SchemaExpr, names: &ModelNames, idx: usize, report: &mut Report) -> Schema {
    let missing: Vec<&str> = expr
        .model_names()
        .into_iter()
        .filter(|n| !names.contains(n))
        .collect();
    if missing.is_empty() {
        return expr.to_schema();
    }
    for name in &missing {
        report.warn(DiagnosticCode::UndefinedModel,
            idx,
            format!(
                "expected a schema keyword or a model defined in this service's Models section, found `{name}`; the schema is kept as text in x-stated-type"
            ),
        );
    }
    Schema {
        stated_type: Some(expr.display()),
        ..Schema::default()
    }
}

/// A row's schema, default, example and constraints. `what` names the row for messages.
fn row_schema(
    row: &Row,
    kind: CellKind,
    names: &ModelNames,
    what: &str,
    report: &mut Report,
) -> (Schema, Option<SchemaExpr>) {
    let split = match split_schema_cell_checked(row.schema_cell, names) {
        Ok(split) => split,
        Err(e) => {
            report.error(
                DiagnosticCode::UnreadableSchema,
                row.schema_idx,
                format!(
                    "in the schema cell of {what}: {e}; the schema is kept as text in x-stated-type"
                ),
            );
            let schema = Schema {
                stated_type: Some(row.schema_cell.to_owned()),
                ..Schema::default()
            };
            return (schema, None);
        }
    };
    if let Some(ambiguity) = &split.ambiguity {
        report.warn(
            DiagnosticCode::AmbiguousSplit,
            row.schema_idx,
            format!("ambiguous schema cell of {what}: {ambiguity}"),
        );
    }
    let mut schema = resolve(&split.expr, names, row.schema_idx, report);
    match typed_default(&split.expr, split.rest, kind) {
        Ok(default) => schema.default = default,
        Err(text) => {
            report.warn(DiagnosticCode::ContradictoryDefault,
                row.schema_idx,
                format!(
                    "expected a default of type `{}` for {what}, found `{text}`; kept in x-stated-default, no default",
                    split.expr.display()
                ),
            );
            schema.stated_default = Some(text);
        }
    }
    for c in &row.constraints {
        match c {
            Constraint::Pattern(p) => schema.pattern = Some(p.clone()),
            Constraint::MinLength(n) => schema.min_length = Some(*n),
            Constraint::MaxLength(n) => schema.max_length = Some(*n),
            Constraint::Minimum(n) => schema.minimum = Some(n.clone()),
            Constraint::Maximum(n) => schema.maximum = Some(n.clone()),
        }
    }
    (schema, Some(split.expr))
}

fn example_of(row: &Row, expr: Option<&SchemaExpr>) -> Option<Value> {
    let (text, _) = row.example?;
    Some(match expr {
        Some(e) => typed_example(e, text),
        None => Value::String(text.to_owned()),
    })
}

fn operation(
    doc: &Doc,
    service: &ServiceData,
    op: &OpData,
    version: &str,
    block: &OpVersion,
    key: Option<&str>,
    report: &mut Report,
) -> Operation {
    let names = &service.names;
    let (_, path, method_idx) = block.method.unwrap_or((Method::Get, "", op.idx));
    let mut o = Operation {
        operation_id: Some(op.id.clone()),
        summary: Some(op.title.to_owned()),
        description: block.description.clone(),
        source: Some(doc.at(method_idx)),
        ..Operation::default()
    };
    // Parameters and the body row.
    let mut body_row = None;
    for row in &block.params {
        let Some((loc, name)) = location(row.first) else {
            report.error(DiagnosticCode::MalformedTable,
                row.idx,
                format!(
                    "expected a parameter's location glued to its name (`header`, `query`, `path`, `cookie`, `body` + name), found `{}`; the row is skipped",
                    row.first
                ),
            );
            continue;
        };
        let what = format!("parameter `{name}`");
        let (schema, expr) = row_schema(row, CellKind::Parameter, names, &what, report);
        let Some(loc) = loc else {
            if body_row.is_some() {
                report.error(
                    DiagnosticCode::Duplicate,
                    row.idx,
                    "expected one `body` row per operation, found a second; it is skipped",
                );
            } else {
                body_row = Some((row, schema, expr));
            }
            continue;
        };
        let mut required = row.required;
        if loc == ParameterLocation::Path && !required {
            report.warn(DiagnosticCode::Inconsistent,
                row.idx,
                format!("expected path parameter `{name}` to be `required`, found `optional`; it is required (OpenAPI demands it)"),
            );
            required = true;
        }
        o.parameters.push(Parameter {
            name: name.to_owned(),
            location: loc,
            description: row.description.clone(),
            required,
            deprecated: false,
            style: None,
            explode: None,
            schema: Some(schema),
            example: example_of(row, expr.as_ref()),
            source: Some(doc.at(row.idx)),
            also_stated_at: Vec::new(),
            extra: Default::default(),
        });
    }
    check_path_params(path, &o.parameters, method_idx, report);
    if let Some((row, schema, expr)) = body_row {
        let example = block.request_body.as_ref();
        let mut media = MediaType {
            schema: Some(schema),
            ..MediaType::default()
        };
        if let Some(example) = example {
            examples::set_example(&mut media, example);
        }
        if let Some((text, line)) = row.example {
            let value = expr
                .as_ref()
                .map_or(Value::String(text.into()), |e| typed_example(e, text));
            media.extra.set_ext(Ext::ROW_EXAMPLE, value);
            media
                .extra
                .set_ext(Ext::ROW_EXAMPLE_SOURCE, doc.at(line).to_string().into());
        }
        o.request_body = Some(RequestBody {
            description: row.description.clone(),
            content: IndexMap::from([(JSON.to_owned(), media)]),
            required: row.required,
            source: Some(doc.at(row.idx)),
            also_stated_at: Vec::new(),
            extra: Default::default(),
        });
    } else if let Some(body) = &block.request_body {
        report.warn(DiagnosticCode::MissingItem,
            body.source.line.saturating_sub(1),
            "expected a `body` row in `Parameters` for the example request body, found none; the body stays in x-example-request only",
        );
    }
    // Responses.
    for row in &block.responses {
        let mut response = Response {
            description: row.reason.to_owned(),
            source: Some(doc.at(row.idx)),
            ..Response::default()
        };
        if let Some(text) = row.schema {
            let schema = match crate::schema_text::parse_schema(text, names) {
                Ok(expr) => resolve(&expr, names, row.idx, report),
                Err(e) => {
                    report.error(
                        DiagnosticCode::UnreadableSchema,
                        row.idx,
                        format!(
                            "in the schema of response {}: {e}; kept as text in x-stated-type",
                            row.code
                        ),
                    );
                    Schema {
                        stated_type: Some(text.to_owned()),
                        ..Schema::default()
                    }
                }
            };
            response.content.insert(
                JSON.to_owned(),
                MediaType {
                    schema: Some(schema),
                    ..MediaType::default()
                },
            );
        }
        if o.responses.insert(row.code.to_owned(), response).is_some() {
            report.warn(
                DiagnosticCode::Duplicate,
                row.idx,
                format!(
                    "expected one row per status code, found {} again; the last row is kept",
                    row.code
                ),
            );
        }
    }
    for (code, idx, body) in &block.response_examples {
        let Some(response) = o.responses.get_mut(*code) else {
            report.warn(DiagnosticCode::Inconsistent,
                *idx,
                format!(
                    "expected `Response {code}` to name a row of the Responses table, found no row {code}; the example is kept in x-example-responses"
                ),
            );
            let body = body.as_ref().map(|b| b.value.clone());
            examples::keep_unlisted_response(&mut o, code, body, &doc.at(*idx));
            continue;
        };
        let Some(body) = body else { continue };
        if response.content.is_empty() {
            report.warn(DiagnosticCode::Inconsistent,
                body.source.line.saturating_sub(1),
                format!("expected no example body for response {code} (its schema is `None`), found one; it is kept as the response's example"),
            );
        }
        let media = response.content.entry(JSON.to_owned()).or_default();
        examples::set_example(media, body);
    }
    // Lifecycle.
    if let Some(status) = &block.status {
        let date = block.version_row.map_or("-", |r| r.1);
        o.deprecated = status.eq_ignore_ascii_case("DEPRECATED");
        o.lifecycle = Some(lifecycle(
            status,
            date,
            block.date_label.as_deref(),
            doc.at(block.state_idx.unwrap_or(method_idx)),
        ));
    }
    if let Some(state) = &block.state {
        o.extra.set_ext(Ext::STATE, state.clone().into());
    }
    if let Some(note) = &block.lifecycle_note {
        o.extra.set_ext(Ext::LIFECYCLE_NOTE, note.clone().into());
    }
    if let Some((row_version, _, idx)) = block.version_row
        && row_version != version
    {
        report.warn(
            DiagnosticCode::Inconsistent,
            idx,
            format!("expected version row {version} (the heading's version), found {row_version}"),
        );
    }
    // Example request and the version header.
    let headers: Vec<HeaderValue> = block
        .request_headers
        .iter()
        .map(|(name, value, idx)| HeaderValue {
            name: (*name).to_owned(),
            value: (*value).to_owned(),
            source: Some(doc.at(*idx)),
        })
        .collect();
    o.api_version_header = api_version_header(&headers, key, version, method_idx, report);
    if block.example_idx.is_some() || block.request_path.is_some() || !headers.is_empty() {
        if let Some((example_path, idx)) = block.request_path {
            let bare = example_path.split('?').next().unwrap_or("");
            if bare != path {
                report.warn(DiagnosticCode::Inconsistent,
                    idx,
                    format!("expected the example request path to start with the operation's path `{path}`, found `{example_path}`"),
                );
            }
        }
        o.example_request = Some(ExampleRequest {
            method: None,
            path: block.request_path.map(|(p, _)| p.to_owned()),
            headers,
            body: block.request_body.as_ref().map(|b| b.value.clone()),
            source: block
                .example_idx
                .or(block.request_path.map(|p| p.1))
                .map(|i| doc.at(i)),
        });
    }
    o
}

/// `Scp-Api-Version: <key> <version>` from the example headers, checked against the service
/// key and the version; derived from them (with a warning) when the example lacks it.
fn api_version_header(
    headers: &[HeaderValue],
    key: Option<&str>,
    version: &str,
    method_idx: usize,
    report: &mut Report,
) -> Option<HeaderValue> {
    let Some(found) = headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case(API_VERSION_HEADER))
    else {
        let key = key?;
        report.warn(DiagnosticCode::MissingItem,
            method_idx,
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
    let line = found
        .source
        .as_ref()
        .map_or(method_idx, |s| s.line.saturating_sub(1));
    let (header_key, header_version) = found.value.rsplit_once(' ').unwrap_or((&found.value, ""));
    if let Some(key) = key
        && header_key != key
    {
        report.warn(DiagnosticCode::Inconsistent,
            line,
            format!(
                "expected service key `{key}` (the OpenAPI URL's first host label) in `{API_VERSION_HEADER}`, found `{header_key}`; the header is kept as printed"
            ),
        );
    }
    if header_version != version {
        report.warn(
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

fn check_path_params(path: &str, params: &[Parameter], idx: usize, report: &mut Report) {
    let in_path = placeholders(path);
    for name in &in_path {
        if !params
            .iter()
            .any(|p| p.location == ParameterLocation::Path && p.name == *name)
        {
            report.warn(DiagnosticCode::MissingItem,
                idx,
                format!("expected a `path{name}` row in Parameters for `{{{name}}}` in `{path}`, found none"),
            );
        }
    }
    for p in params
        .iter()
        .filter(|p| p.location == ParameterLocation::Path)
    {
        if !in_path.contains(&p.name.as_str()) {
            report.warn(DiagnosticCode::Inconsistent,
                p.source.as_ref().map_or(idx, |s| s.line.saturating_sub(1)),
                format!("expected path parameter `{}` as `{{{}}}` in `{path}`, found no such placeholder", p.name, p.name),
            );
        }
    }
}

/// Every model as a component schema, in document order; a model defined twice keeps its
/// first definition.
fn model_schemas(
    doc: &Doc,
    service: &ServiceData,
    report: &mut Report,
) -> IndexMap<String, Schema> {
    let mut out: IndexMap<String, Schema> = IndexMap::new();
    let mut first_at: HashMap<&str, usize> = HashMap::new();
    for model in &service.models {
        if let Some(first) = first_at.get(model.name) {
            report.warn(DiagnosticCode::Duplicate,
                model.idx,
                format!(
                    "expected model `{}` to be defined once, found a second definition (the first is at line {}); the second is not used",
                    model.name,
                    first + 1
                ),
            );
            continue;
        }
        first_at.insert(model.name, model.idx);
        let mut schema = Schema {
            source: Some(doc.at(model.idx)),
            ..Schema::of_type(Type::Object)
        };
        for row in &model.rows {
            let name = row.first;
            if schema.properties.contains_key(name) {
                report.warn(DiagnosticCode::Duplicate,
                    row.idx,
                    format!("expected field `{name}` once in model `{}`, found it again; the first is kept", model.name),
                );
                continue;
            }
            let what = format!("field `{name}` of model `{}`", model.name);
            let (mut field, expr) = row_schema(row, CellKind::Field, &service.names, &what, report);
            field.description = row.description.clone();
            field.examples = example_of(row, expr.as_ref()).into_iter().collect();
            field.source = Some(doc.at(row.idx));
            if row.required {
                schema.required.push(name.to_owned());
            }
            schema.properties.insert(name.to_owned(), field);
        }
        out.insert(model.name.to_owned(), schema);
    }
    out
}

/// The models a version's document holds: those reachable from its operations, plus models
/// no operation of any version reaches (so nothing the document defines is dropped).
fn reachable(
    api: &OpenApi,
    all: &IndexMap<String, Schema>,
    service: &ServiceData,
) -> IndexMap<String, Schema> {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut stack: Vec<String> = Vec::new();
    for (_, _, op) in api.operations() {
        let value = serde_json::to_value(op).unwrap_or(Value::Null);
        collect_refs(&value, &mut stack);
    }
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(schema) = all.get(&name) {
            collect_refs(
                &serde_json::to_value(schema).unwrap_or(Value::Null),
                &mut stack,
            );
        }
    }
    let used_anywhere = used_by_any_version(all, service);
    all.iter()
        .filter(|(name, _)| seen.contains(*name) || !used_anywhere.contains(*name))
        .map(|(n, s)| (n.clone(), s.clone()))
        .collect()
}

/// Models reachable from the operations of any version.
fn used_by_any_version(all: &IndexMap<String, Schema>, service: &ServiceData) -> BTreeSet<String> {
    let mut stack: Vec<String> = Vec::new();
    for op in &service.ops {
        for (_, _, block) in &op.versions {
            for row in &block.params {
                if let Ok(s) = split_schema_cell_checked(row.schema_cell, &service.names) {
                    stack.extend(s.expr.model_names().into_iter().map(str::to_owned));
                }
            }
            for row in &block.responses {
                if let Some(text) = row.schema
                    && let Ok(expr) = crate::schema_text::parse_schema(text, &service.names)
                {
                    stack.extend(expr.model_names().into_iter().map(str::to_owned));
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(schema) = all.get(&name) {
            collect_refs(
                &serde_json::to_value(schema).unwrap_or(Value::Null),
                &mut stack,
            );
        }
    }
    seen
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_glued_to_name() {
        assert_eq!(
            location("headeraccept"),
            Some((Some(ParameterLocation::Header), "accept"))
        );
        assert_eq!(
            location("headerScp-Request-Path"),
            Some((Some(ParameterLocation::Header), "Scp-Request-Path"))
        );
        assert_eq!(
            location("pathcluster_id"),
            Some((Some(ParameterLocation::Path), "cluster_id"))
        );
        assert_eq!(
            location("querypage"),
            Some((Some(ParameterLocation::Query), "page"))
        );
        // A query parameter named `path...` stays a query parameter: the location is a prefix.
        assert_eq!(
            location("querypath"),
            Some((Some(ParameterLocation::Query), "path"))
        );
        assert_eq!(location("bodybody"), Some((None, "body")));
        assert_eq!(location("header"), None);
        assert_eq!(location("Accept"), None);
    }

    #[test]
    fn url_placeholders() {
        assert_eq!(
            placeholders("https://a.{region}.{environment}.x.com"),
            vec!["region", "environment"]
        );
        assert_eq!(placeholders("/v1/{a}/b/{c"), vec!["a"]);
    }
}
