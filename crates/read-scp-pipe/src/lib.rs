//! Reader for the pipe-table extraction of SCP API reference pages into OpenAPI 3.1.
//!
//! Some SCP pages reach us through an extraction tool that writes tables as pipe rows
//! (`| Type | Name | Description | Schema | Default |`, `|---|`) instead of the printable
//! view's run-together cells (the seed `001_116f7b41e8a1f4cd.txt` is one). [`read`] turns such a page into the same spec model the
//! printable-view reader (`docsdk-read-scp-printable`) emits: one [`OpenApi`] per service
//! and API version, with `x-source` on every item. Schema cells, defaults and examples are
//! read with that crate's `schema_text` grammar.
//!
//! # What the format lost, and what this reader does about it
//! - **Operation titles.** Headings keep only the version level (`1.6.1 - 1.0`). The
//!   operationId is derived from method and path by the rule in [`operation_id`]
//!   (`get /v1/cloud-ml/clusters/{cluster_id}` -> `getV1CloudMlClustersClusterId`), marked
//!   with `x-operation-id-derived: true` so the merge step prefers a source that states a
//!   title; `summary` stays empty. If a title heading (`1.1 - Title`) does precede a version
//!   heading, it becomes the summary.
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

pub mod operation_id;
pub mod rows;

mod build;
mod scan;

use std::collections::HashSet;

use docsdk_spec::{Diagnostic, Diagnostics, OpenApi, ReadOutput};

/// Extension set to `true` on operations whose `operationId` was derived from method and path
/// because the document states no title.
pub const OPERATION_ID_DERIVED: &str = "x-operation-id-derived";

/// The `description` of a response known only from the example (`Response 200`): empty, as
/// the page states no reason phrase for it.
pub const RESPONSE_NOT_DOCUMENTED: &str = "";

/// Name of the security scheme for SCP request signing.
pub const SECURITY_SCHEME: &str = "scpSignature";

/// Description of the SCP security scheme: word for word the printable reader's, so the two
/// readers' documents of one service agree on it.
pub const SECURITY_DESCRIPTION: &str = "SCP request signing. Every request carries the access key in \
    `Scp-Accesskey`, the request time in milliseconds since the epoch in `Scp-Timestamp`, \
    `Scp-ClientType: Openapi`, and `Scp-Signature`: the Base64 HMAC-SHA256, keyed with the secret \
    key, of the request method, URL, timestamp and access key (the example requests show these \
    headers).";

/// `x-signing` of the SCP security scheme.
pub const SIGNING: &str = "scp-hmac-sha256";

/// The header that carries `<service key> <version>`.
pub const API_VERSION_HEADER: &str = "Scp-Api-Version";

/// The media type of every body and example.
const JSON: &str = "application/json";

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
    let mut builder = build::Builder {
        file: file_name,
        language: String::new(),
        diagnostics: &mut diagnostics,
        reported_models: HashSet::new(),
    };
    for service in &scanned.services {
        builder.language = language(service, text);
        documents.extend(builder.service(service));
    }
    if documents.is_empty() {
        diagnostics.push(Diagnostic::error_uncoded(
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

/// The model a diagnostic of [`read`] reports as referenced but undefined, if it is one.
///
/// Reading this extraction alone, every referenced model is undefined (the format has no
/// Models section); when another source of the same service defines the model, the merge
/// resolves the reference, so a caller that merges may drop these warnings for the models
/// the merged document defines (the merge reports those it cannot resolve itself).
pub fn undefined_model(diagnostic: &Diagnostic) -> Option<&str> {
    let rest = diagnostic.message.strip_prefix("model `")?;
    let (name, tail) = rest.split_once('`')?;
    tail.starts_with(UNDEFINED_MODEL_TAIL).then_some(name)
}

/// What follows the model name in the undefined-model warning (see [`undefined_model`]).
pub(crate) const UNDEFINED_MODEL_TAIL: &str = " is referenced but not defined";

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
