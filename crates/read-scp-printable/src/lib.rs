//! Reader for SCP API reference printable views (Korean and English) into OpenAPI 3.1.
//!
//! A printable view is the text of SCP's "multi-page printable view": numbered headings
//! (`N - Service`, `N.1 - APIs`, `N.1.K - <title>`, `N.1.K.V - 1.1`, `N.2 - Models`,
//! `N.2.K - <Model>`), label lines (`Parameters`, `Responses`, `상태`/`State`, ...) and table
//! rows whose cells run together (`headeraccept`, `any of [integer, null]20`). [`read`] turns
//! one document into one [`OpenApi`](docsdk_spec::OpenApi) per (service, API version);
//! [`schema_text`] is the grammar of the schema cells, shared with the pipe-table reader.
//!
//! Rules the output follows (see the README of the crate for the full list):
//! The scanner fills the shared SCP model (`docsdk_scp_rules::model`), and the one builder
//! of `docsdk_scp_rules::build` writes the documents; the rules below live there.
//! - `operationId`: the rule of `docsdk_scp_rules::operation_id` (lowerCamelCase of the
//!   title's ASCII words; duplicates within a service get `_<method><Path>`).
//! - Models: a version's document holds the models its operations reach, plus models no
//!   operation of any version reaches (so none is dropped).
//! - `Example :` with nothing after it means "no example": no `example` key is written.
//! - An empty description line means no `description` key.
//! - `x-stated-type` is written only where the printed schema cannot be structured (a cell
//!   that does not parse, or a model the service does not define); `x-stated-default` where
//!   a printed default contradicts the type.

mod model;
mod operation;
mod outline;
mod response_cell;
mod rows;
mod service;
mod text;

/// The schema language of the `Schema` cells, shared with the pipe-table reader (it lives in
/// `docsdk-scp-rules`).
pub use docsdk_scp_rules::{python_literal, schema_text};

use docsdk_scp_rules::build::Builder;
use docsdk_spec::{DiagnosticCode, ReadOutput};

use model::{ModelData, OpData, ServiceData};
use outline::Role;
use schema_text::ModelNames;
use text::{Doc, Report, is_blank, quote};

/// Whether `text` looks like an SCP printable view (content-based detection, cheap): it has a
/// numbered `APIs` heading or one of the run-together table headers of the format, and no
/// markdown table separator (`|---|`, the pipe-table extraction of the same pages).
pub fn looks_like(text: &str) -> bool {
    let mut marker = false;
    for line in text.lines() {
        let line = line.trim_end();
        if line.starts_with("|---") {
            return false;
        }
        marker = marker
            || text::PARAMETER_HEADERS.contains(&line)
            || text::FIELD_HEADERS.contains(&line)
            || text::RESPONSE_HEADERS.contains(&line)
            || outline::parse_heading(line).is_some_and(|(_, t)| text::is_apis_title(t));
    }
    marker
}

/// Reads one printable-view document; one OpenApi per (service, API version) found.
///
/// Never panics: every construct it cannot read becomes a diagnostic with `file:line`, what
/// was expected and what was found.
pub fn read(file_name: &str, text: &str) -> ReadOutput {
    let doc = Doc::new(file_name, text);
    let mut report = Report::new(&doc);
    let outline = outline::outline(&doc, &mut report);
    let mut documents = Vec::new();
    if outline.services.is_empty() {
        report.error(DiagnosticCode::Unreadable,
            0,
            "expected a numbered `APIs` or `Models` section heading (`1 - APIs`, `1.1 - APIs`), found none; nothing was read",
        );
    }
    let first_heading = outline.headings.first().map_or(doc.lines.len(), |h| h.idx);
    let category = outline
        .services
        .iter()
        .any(|p| !p.is_empty())
        .then(|| service::document_title(&doc, first_heading))
        .flatten();
    let mut builder = Builder::new(file_name);
    for s in 0..outline.services.len() {
        let service = gather(
            &doc,
            &outline,
            s,
            category.clone(),
            first_heading,
            &mut report,
        );
        let service = model::to_model(service, &mut report);
        documents.extend(builder.documents(&service));
    }
    report.diagnostics.0.extend(builder.into_diagnostics());
    let mut diagnostics = report.diagnostics;
    // In line order, as a reader of the document meets them.
    diagnostics.0.sort_by_key(|d| d.source.line);
    ReadOutput {
        documents,
        diagnostics,
    }
}

/// Collects service `s`: header, operations with their version blocks, models.
fn gather<'a>(
    doc: &Doc<'a>,
    outline: &outline::Outline<'a>,
    s: usize,
    category: Option<String>,
    first_heading: usize,
    report: &mut Report,
) -> ServiceData<'a> {
    let len = doc.lines.len();
    let heading = outline.service_heading(s);
    let (header_range, named) = match heading {
        Some(h) => (outline.body(h, len), true),
        None => (0..first_heading, false),
    };
    let header = service::header(doc, header_range, named, report);
    let (title, title_idx) = match (heading, &header.name) {
        (Some(h), _) => (
            outline.headings[h].title.to_owned(),
            outline.headings[h].idx,
        ),
        (None, Some((name, idx))) => (name.clone(), *idx),
        (None, None) => {
            report.warn(
                DiagnosticCode::MissingItem,
                0,
                "expected the service name before `Overview`, found none; the title is empty",
            );
            (String::new(), 0)
        }
    };
    // First pass: the model names, which every schema cell needs.
    let names = ModelNames::new(
        outline
            .roles
            .iter()
            .zip(&outline.headings)
            .filter(|(r, _)| **r == Role::Model(s))
            .map(|(_, h)| h.title.trim().to_owned()),
    );
    let mut ops: Vec<OpData> = Vec::new();
    let mut models: Vec<ModelData> = Vec::new();
    for (h, role) in outline.roles.iter().enumerate() {
        let body = outline.body(h, len);
        let heading = &outline.headings[h];
        match *role {
            Role::ApiSection(x) | Role::ModelSection(x) if x == s => {
                unplaced_lines(doc, body, report)
            }
            Role::Operation(x) if x == s => ops.push(OpData {
                title: heading.title,
                idx: heading.idx,
                versions: Vec::new(),
            }),
            Role::OperationVersion(x, op_h) if x == s => {
                let op_idx = outline.headings[op_h].idx;
                let version = heading.title.trim();
                let block = operation::op_version(doc, body, &names, report);
                let version = if text::is_version(version) {
                    version.to_owned()
                } else if let Some((v, _, _)) = block.version_row {
                    report.warn(DiagnosticCode::UnexpectedText,
                        heading.idx,
                        format!("expected a version number such as `1.0` as the heading title, found `{version}`; using {v} from the version row"),
                    );
                    v.to_owned()
                } else {
                    report.error(DiagnosticCode::UnexpectedText,
                        heading.idx,
                        format!("expected a version number such as `1.0` as the heading title, found `{version}`; the block is skipped"),
                    );
                    continue;
                };
                if let Some(op) = ops.iter_mut().find(|o| o.idx == op_idx) {
                    push_version(doc, op, version, heading.idx, block, report);
                }
            }
            Role::Model(x) if x == s => {
                let (rows, stop) = model_rows(doc, body.clone(), report);
                unplaced_lines(doc, stop..body.end, report);
                models.push(ModelData {
                    name: heading.title.trim(),
                    idx: heading.idx,
                    rows,
                });
            }
            _ => {}
        }
    }
    // Operations whose block sits under the operation heading itself (no version headings),
    // and text under an operation heading that has version headings.
    for h in 0..outline.roles.len() {
        if outline.roles[h] != Role::Operation(s) {
            continue;
        }
        let body = outline.body(h, len);
        let idx = outline.headings[h].idx;
        let Some(op) = ops.iter_mut().find(|o| o.idx == idx) else {
            continue;
        };
        let has_version_headings = outline.roles.contains(&Role::OperationVersion(s, h));
        if has_version_headings {
            unplaced_lines(doc, body, report);
            continue;
        }
        if body.clone().all(|i| is_blank(doc.line(i))) {
            report.error(DiagnosticCode::MissingItem,
                idx,
                format!("expected version headings (`<n> - 1.0`) or an operation block under `{}`, found nothing; the operation is skipped", op.title),
            );
            continue;
        }
        let block = operation::op_version(doc, body, &names, report);
        match block.version_row {
            Some((v, _, _)) => {
                let v = v.to_owned();
                push_version(doc, op, v, idx, block, report);
            }
            None => report.error(DiagnosticCode::MissingItem,
                idx,
                format!("expected a version row (`1.0-`) in the block of `{}`, which has no version heading, found none; the operation is skipped", op.title),
            ),
        }
    }
    ops.retain(|o| !o.versions.is_empty());
    ServiceData {
        title,
        title_idx,
        header,
        category,
        ops,
        models,
    }
}

fn push_version<'a>(
    doc: &Doc<'a>,
    op: &mut OpData<'a>,
    version: String,
    heading_idx: usize,
    block: operation::OpVersion<'a>,
    report: &mut Report,
) {
    if block.method.is_none() {
        report.error(DiagnosticCode::MissingItem,
            heading_idx,
            format!(
                "expected a method line such as `get /v1/...` in version {version} of `{}`, found none; this operation version is skipped",
                op.title
            ),
        );
        return;
    }
    if op.versions.iter().any(|(v, _, _)| *v == version) {
        report.error(DiagnosticCode::Duplicate,
            heading_idx,
            format!("expected version {version} of `{}` once, found it again; the second block is skipped", op.title),
        );
        return;
    }
    let _ = doc;
    op.versions.push((version, heading_idx, block));
}

/// A model's field table: header line, then rows.
fn model_rows<'a>(
    doc: &Doc<'a>,
    body: std::ops::Range<usize>,
    report: &mut Report,
) -> (Vec<rows::Row<'a>>, usize) {
    let mut i = body.start;
    while i < body.end && is_blank(doc.line(i)) {
        i += 1;
    }
    if i < body.end {
        let line = doc.line(i).trim();
        if text::FIELD_HEADERS.contains(&line) {
            i += 1;
        } else if text::requiredness(doc.line(i + 1)).is_none() {
            report.warn(
                DiagnosticCode::MalformedTable,
                i,
                format!(
                    "expected the field table header `{}`, found {}; read as the header",
                    text::FIELD_HEADERS[0],
                    quote(line)
                ),
            );
            i += 1;
        }
    }
    rows::rows(doc, i, body.end, report)
}

/// Reports every non-blank line of `range` as not placed.
fn unplaced_lines(doc: &Doc, range: std::ops::Range<usize>, report: &mut Report) {
    for i in range {
        let line = doc.line(i);
        if !is_blank(line) {
            report.warn(DiagnosticCode::UnexpectedText,
                i,
                format!(
                    "expected a heading, a table row or a blank line here, found {}; the line is not placed",
                    quote(line)
                ),
            );
        }
    }
}
