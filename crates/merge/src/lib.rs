//! Merges OpenAPI documents read from several sources of one service, reporting conflicts.
//!
//! [`merge`] is a step of its own over spec documents: it knows no reader, so the output of
//! any readers can be merged (the SCP printable view and the pipe extraction of the same
//! service, an HTML page and a printable view, ...). The sources are given in precedence
//! (manifest) order.
//!
//! # Rules
//! The merged document is the **union** of what the sources state.
//!
//! | item | merge key | rule |
//! |---|---|---|
//! | operations | (method, path); paths that differ only in parameter names meet (a conflict on the path) | union; each operation merged as below |
//! | operationId, summary | | a source that states a title wins over one whose id is derived (`x-operation-id-derived: true`); among equals the first source; the marker stays only if the kept id is derived |
//! | parameters | (location, name) | union, in order of first appearance |
//! | responses | status code | union of codes; sources whose success (2xx) codes differ are reported ([`rules::RESPONSE_CODES_UNION`]) and every code is kept |
//! | media types | media type name | union; schema merged |
//! | models (`components.schemas`) | name | a model in one source is taken; in several, field by field (union of fields) |
//! | security schemes, servers, environment/region pairs, tags, security, `x-source-documents` | name / URL / value | union |
//! | **facts**: type, format, `$ref`, required flag, deprecated flag, default, enum, constraints (`minLength`, `pattern`, ...), path, API version header, lifecycle status and date, `x-` extensions | | the first source that states it wins ([`rules::FIRST_SOURCE_WINS`]); every disagreeing statement is a [`Conflict`] with both `file:line` |
//! | **texts**: descriptions, summary, `info.description` (overview), response reason phrases, date labels | | the first non-empty text from a document whose `x-language` is [`MergeOptions::language`], else the first non-empty text (whatever its language); two different texts in the kept one's language are a conflict ([`rules::TEXT_SAME_LANGUAGE`]); an empty text counts as not stated |
//! | **examples**: parameter examples, body examples, `x-example-request` | | chosen like texts (they are language-dependent: `Accept-Language = en-US`); an example in one source only is taken; every other example that differs is kept beside it in `x-other-examples` / `x-other-example-requests` as `{value, x-source}` |
//! | locations | | `x-source` is the first source's; every other source stating the item goes into `x-also-stated-at` (on info, operations, parameters, request bodies, responses and schemas) |
//!
//! A value is "stated" when the source has it: an absent default, an absent description, an
//! empty response reason are not statements, so they never conflict with a stated value.
//! After merging, references to models that no source defines are reported once each.

mod bodies;
mod ctx;
mod document;
mod item;
mod operation;
mod refs;
mod schema;

use std::fmt;

use docsdk_spec::{DiagnosticCode, Diagnostics, OpenApi, SourceRef};

/// The documented rules that decide conflicts (the `rule` of a [`Conflict`]).
pub mod rules {
    /// Facts: the first source in manifest order that states the fact wins.
    pub const FIRST_SOURCE_WINS: &str = "the first source in manifest order wins";
    /// Texts in the same language that differ: the first source wins.
    pub const TEXT_SAME_LANGUAGE: &str =
        "texts in the preferred (or first) language: the first source in manifest order wins";
    /// Response codes: every stated code is kept.
    pub const RESPONSE_CODES_UNION: &str =
        "every stated response code is kept (union); the first source's are listed first";
}

/// How to merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeOptions {
    /// Preferred language of texts (`x-language` of a document: `en`, `ko`).
    pub language: String,
}

impl Default for MergeOptions {
    /// English.
    fn default() -> Self {
        Self {
            language: "en".to_owned(),
        }
    }
}

/// Two sources disagree on a fact; `kept` is what the merged document says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// What the fact is about, e.g. ``type of parameter `size` (query) of GET /v1/x``.
    pub what: String,
    /// The value kept, and where it is stated.
    pub kept: (String, SourceRef),
    /// The other value, and where it is stated.
    pub other: (String, SourceRef),
    /// The documented rule that decided (one of [`rules`]).
    pub rule: &'static str,
}

impl fmt::Display for Conflict {
    /// One line: ``<what>: kept `<value>` (<file:line>), other `<value>` (<file:line>); rule: <rule>``.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: kept `{}` ({}), other `{}` ({}); rule: {}",
            self.what, self.kept.0, self.kept.1, self.other.0, self.other.1, self.rule
        )
    }
}

/// What [`merge`] returns.
#[derive(Clone, Debug)]
pub struct MergeOutput {
    /// The merged document.
    pub document: OpenApi,
    /// Facts the sources disagree on, in document order.
    pub conflicts: Vec<Conflict>,
    /// Other findings (no input, unresolved model references).
    pub diagnostics: Diagnostics,
}

/// Merges documents of ONE service at ONE API version, read from different sources, given
/// in precedence (manifest) order. See the crate docs for the rules.
pub fn merge(documents: Vec<OpenApi>, options: &MergeOptions) -> MergeOutput {
    let mut ctx = ctx::Ctx {
        options,
        conflicts: Vec::new(),
        diagnostics: Diagnostics::new(),
    };
    let document = match documents.len() {
        0 => {
            ctx.diagnostics.error(
                DiagnosticCode::MissingItem,
                SourceRef::new("<merge>", 1),
                "expected at least one document to merge, found none",
            );
            OpenApi::new("", "")
        }
        1 => documents.into_iter().next().unwrap_or_default(),
        _ => {
            let merged = document::merge_documents(&mut ctx, &documents);
            // A single document's reader has reported its own references already.
            refs::report_undefined(&merged, &mut ctx.diagnostics);
            merged
        }
    };
    MergeOutput {
        document,
        conflicts: ctx.conflicts,
        diagnostics: ctx.diagnostics,
    }
}
