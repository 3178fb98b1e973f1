//! Reader for the pipe-table extraction of SCP API reference pages into OpenAPI 3.1.
//!
//! Some SCP pages reach us through an extraction tool that writes tables as pipe rows
//! (`| Type | Name | Description | Schema | Default |`, `|---|`) instead of the printable
//! view's run-together cells (the seed `001_116f7b41e8a1f4cd.txt` is one). [`read`] turns such a page into the same spec model the
//! printable-view reader (`docsdk-read-scp-printable`) emits: one [`OpenApi`] per service
//! and API version, with `x-source` on every item. The scanner fills the shared SCP model
//! (`docsdk_scp_rules::model`); the one builder of `docsdk_scp_rules::build`, which the
//! printable reader uses too, writes the documents.
//!
//! # What the format lost, and what this reader does about it
//! - **Operation titles.** Headings keep only the version level (`1.6.1 - 1.0`). The
//!   operationId follows the rule both SCP readers share (`docsdk_scp_rules::operation_id`):
//!   without a title it is derived from method and path
//!   (`get /v1/cloud-ml/clusters/{cluster_id}` -> `getV1CloudMlClustersClusterId`) and marked
//!   with `x-operation-id-derived: true` so the merge step prefers a source that states a
//!   title; `summary` stays empty. If a title heading (`1.1 - Title`) does precede a version
//!   heading, it becomes the summary and gives the id, as in the printable view.
//! - **Models.** There is no Models section: a referenced model stays a `$ref` (never an
//!   invented definition), and each undefined model is reported once, as a warning at its
//!   first reference.
//! - **Response tables.** Some operations have a `Responses` label with no table. The code of
//!   the example (`Response 200`) and its JSON are still kept as a response; its
//!   `description` is [`RESPONSE_NOT_DOCUMENTED`] (the empty string: OpenAPI requires the
//!   field, the page states no reason phrase, and the merge step treats an empty description
//!   as "not stated" and takes the other source's reason).
//!
//! # Row joining
//! See [`rows`]: a row split over two lines, a row whole on one line, an empty description,
//! and a `|` inside a description or example (cells 3.. joined back with ` | `).
//!
//! # Language
//! `x-language` is `ko` when the service header (name, overview) contains Hangul or a Korean
//! label (`상태`) is used, otherwise the primary tag of the first `Accept-Language` example
//! header (`en-US` -> `en`), otherwise `en`.
//!
//! Malformed input never panics: it yields [`Diagnostic`]s with `file:line`.

pub mod rows;

mod model;
mod scan;

use docsdk_scp_rules::build::Builder;
use docsdk_spec::{Diagnostic, DiagnosticCode, Diagnostics, OpenApi, ReadOutput};

/// The `description` of a response known only from the example (`Response 200`): empty, as
/// the page states no reason phrase for it (the rule is `docsdk_scp_rules`').
pub use docsdk_scp_rules::RESPONSE_NOT_DOCUMENTED;

/// Whether `text` looks like the pipe-table extraction of an SCP page (and not the printable
/// view, nor HTML): it has a pipe header row directly followed by a `|---|` separator, and an
/// operation-version heading (`1.1.1 - 1.0`) or an `OpenAPI URL` label.
pub fn looks_like(text: &str) -> bool {
    if text.trim_start().starts_with('<') {
        return false;
    }
    let mut table = false;
    let mut scp = false;
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        let line = line.trim_end();
        if !table
            && let (Some(prev), Some(sep)) = (previous, rows::PipeLine::parse(0, line))
            && sep.is_separator()
            && rows::PipeLine::parse(0, prev)
                .is_some_and(|h| h.closed && h.cells.len() >= 2 && !h.is_separator())
        {
            table = true;
        }
        if !scp && (line == "OpenAPI URL" || scan::is_version_heading(line)) {
            scp = true;
        }
        if table && scp {
            return true;
        }
        previous = Some(line);
    }
    false
}

/// Reads a pipe-table extraction named `file_name` (used in `x-source`): one document per
/// (service, API version), plus diagnostics.
pub fn read(file_name: &str, text: &str) -> ReadOutput {
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let scanned = scan::scan(file_name, text, &mut diagnostics);
    let mut documents: Vec<OpenApi> = Vec::new();
    let mut builder = Builder::new(file_name);
    for service in scanned.services {
        let language = language(&service, text);
        let service = model::to_model(file_name, service, language, &mut diagnostics);
        documents.extend(builder.documents(&service));
    }
    diagnostics.extend(builder.into_diagnostics());
    if documents.is_empty() {
        diagnostics.push(Diagnostic::error(
            DiagnosticCode::Unreadable,
            docsdk_spec::SourceRef::new(file_name, 1),
            "expected at least one operation (`1.1.1 - 1.0` heading, then a method line); found none",
        ));
    }
    // Report in line order, as a reader of the file would meet them.
    diagnostics.sort_by_key(|d| d.source.line);
    ReadOutput {
        documents,
        diagnostics: Diagnostics(diagnostics),
    }
}

/// The model a diagnostic of [`read`] reports as referenced but undefined, if it is one
/// (its code is [`DiagnosticCode::UndefinedModel`] and its subject the model name).
///
/// Reading this extraction alone, every referenced model is undefined (the format has no
/// Models section) and stays a `$ref`; when another source of the same service defines the
/// model, the merge resolves the reference, so a caller that merges may drop these warnings
/// for the models the merged document defines (the merge reports those it cannot resolve).
pub fn undefined_model(diagnostic: &Diagnostic) -> Option<&str> {
    (diagnostic.code == DiagnosticCode::UndefinedModel)
        .then_some(diagnostic.subject.as_deref())
        .flatten()
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// The prose language of `service` (rule in the crate docs).
fn language(service: &scan::Service, text: &str) -> String {
    let header_korean = service
        .name
        .iter()
        .chain(&service.overview)
        .any(|l| l.value.chars().any(is_hangul));
    if header_korean || text.lines().any(|l| l == "상태" || l.starts_with("상태 ")) {
        return "ko".to_owned();
    }
    text.lines()
        .find_map(|l| {
            let rest = l
                .trim_start_matches('"')
                .strip_prefix("Accept-Language = ")?;
            let tag = rest.split(['-', '"', ',', '_']).next()?.trim();
            (!tag.is_empty()).then(|| tag.to_ascii_lowercase())
        })
        .unwrap_or_else(|| "en".to_owned())
}
