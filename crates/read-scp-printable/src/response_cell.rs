//! The run-together `Code|Description|Schema` cell of a response row (`200OKAsyncResponse`,
//! `400Bad Request (name taken)None`, `409클러스터 이름 중복ErrorResponse`).
//!
//! The code is the first three digits. The description and the schema have no separator, so
//! the split is decided by what the schema can be, never by what the description says:
//!
//! 1. A standard reason phrase (RFC 9110) followed by a schema whose models the document
//!    defines (or `None`): that split, nothing else is tried (`200OKAsyncResponse`).
//! 2. Otherwise every split whose schema part is `None` or a schema of the grammar naming only
//!    models of the document's Models section is a candidate, so free-text descriptions work:
//!    words in parentheses, several words running into `None`, non-ASCII text.
//!    A candidate whose description would end in a glued CamelCase word (`foundError` +
//!    `Response` when `ErrorResponse` also fits) is dropped while another is left; of the rest
//!    the longest schema wins. A standard reason phrase followed by a model the document does
//!    not define also stays a candidate (preferred: the model may be missing from the page).
//!    When more than one candidate is left, the split is [`ResponseCell::alternatives`]
//!    non-empty: the reader warns, naming them.
//! 3. No candidate: the schema starts at the last lower-to-upper case change of the last word
//!    (`Client Closed RequestConflictResponse` -> `ConflictResponse`, an undefined model the
//!    reader reports), else the whole text is the description and the row has no body
//!    ([`ResponseCell::schema_missing`]).

use crate::schema_text::{ModelNames, parse_schema};

/// A split response cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ResponseCell<'a> {
    /// The three-digit status code.
    pub code: &'a str,
    /// The description (the reason phrase, or free text), trimmed.
    pub reason: &'a str,
    /// The schema as printed; `None` when the row says `None` (no body) or states none.
    pub schema: Option<&'a str>,
    /// Other splits that fit as well, as (description, schema); empty when the split is sure.
    pub alternatives: Vec<(&'a str, &'a str)>,
    /// True when no schema (not even `None`) could be found: the whole text is the description.
    pub schema_missing: bool,
}

/// Splits a response cell; `None` when it does not start with a three-digit code.
pub(crate) fn split<'a>(line: &'a str, names: &ModelNames) -> Option<ResponseCell<'a>> {
    let code = line
        .get(..3)
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()))?;
    let rest = &line[3..];
    let cell = |reason: &'a str, schema: &'a str| ResponseCell {
        code,
        reason: reason.trim(),
        schema: (schema != "None").then_some(schema),
        alternatives: Vec::new(),
        schema_missing: false,
    };
    // Rule 1.
    let standard = REASONS
        .iter()
        .filter(|r| rest.starts_with(*r))
        .max_by_key(|r| r.len())
        .map(|r| (&rest[..r.len()], &rest[r.len()..]));
    if let Some((reason, tail)) = standard
        && matches!(schema_fit(tail, names), Some(true))
    {
        return Some(cell(reason, tail));
    }
    // Rule 2.
    let mut candidates: Vec<(&str, &str)> = rest
        .char_indices()
        .skip(1)
        .map(|(i, _)| (&rest[..i], &rest[i..]))
        .filter(|(reason, schema)| {
            !reason.trim().is_empty() && matches!(schema_fit(schema, names), Some(true))
        })
        .collect();
    if candidates.iter().any(|(r, _)| !ends_glued(r)) {
        candidates.retain(|(r, _)| !ends_glued(r));
    }
    // Longest schema first (the reason is then the shortest).
    candidates.sort_by_key(|(r, _)| r.len());
    if let Some((reason, tail)) = standard
        && schema_fit(tail, names) == Some(false)
    {
        candidates.insert(0, (reason, tail));
    }
    if let Some((&(reason, schema), others)) = candidates.split_first() {
        let mut out = cell(reason, schema);
        out.alternatives = others.iter().map(|(r, s)| (r.trim(), *s)).collect();
        return Some(out);
    }
    // Rule 3.
    if let Some((reason, schema)) = split_at_case_change(rest) {
        return Some(cell(reason, schema));
    }
    Some(ResponseCell {
        code,
        reason: rest.trim(),
        schema: None,
        alternatives: Vec::new(),
        schema_missing: true,
    })
}

/// Whether `text` is a schema: `Some(true)` when it is `None` or a schema naming only defined
/// models, `Some(false)` when it parses but names an undefined model, `None` when it is no
/// schema at all.
fn schema_fit(text: &str, names: &ModelNames) -> Option<bool> {
    if text == "None" {
        return Some(true);
    }
    // Cheap rejections first: a schema starts with a letter and has no space at its ends.
    if !text.starts_with(|c: char| c.is_ascii_alphabetic()) || text.ends_with(' ') {
        return None;
    }
    let expr = parse_schema(text, names).ok()?;
    Some(expr.model_names().iter().all(|m| names.contains(m)))
}

/// Whether the last word of `text` changes from a lower-case to an upper-case letter inside
/// (`foundError`): a description seldom ends so, a glued schema often does.
fn ends_glued(text: &str) -> bool {
    let word = text.rsplit(' ').next().unwrap_or(text);
    let bytes = word.as_bytes();
    (1..bytes.len()).any(|i| bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase())
}

/// Rule 3: a space-separated phrase followed by one glued CamelCase identifier.
fn split_at_case_change(rest: &str) -> Option<(&str, &str)> {
    let last_space = rest.rfind(' ').map_or(0, |i| i + 1);
    let word = &rest[last_space..];
    let bytes = word.as_bytes();
    let cut = (1..bytes.len())
        .find(|&i| bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase())?;
    let (reason, schema) = rest.split_at(last_space + cut);
    (!reason.trim().is_empty()).then_some((reason, schema))
}

/// HTTP reason phrases (RFC 9110 and common extensions), longest matched first.
const REASONS: &[&str] = &[
    "Continue",
    "Switching Protocols",
    "Processing",
    "Early Hints",
    "OK",
    "Created",
    "Accepted",
    "Non-Authoritative Information",
    "No Content",
    "Reset Content",
    "Partial Content",
    "Multi-Status",
    "Already Reported",
    "IM Used",
    "Multiple Choices",
    "Moved Permanently",
    "Found",
    "See Other",
    "Not Modified",
    "Use Proxy",
    "Temporary Redirect",
    "Permanent Redirect",
    "Bad Request",
    "Unauthorized",
    "Payment Required",
    "Forbidden",
    "Not Found",
    "Method Not Allowed",
    "Not Acceptable",
    "Proxy Authentication Required",
    "Request Timeout",
    "Conflict",
    "Gone",
    "Length Required",
    "Precondition Failed",
    "Content Too Large",
    "Payload Too Large",
    "URI Too Long",
    "Unsupported Media Type",
    "Range Not Satisfiable",
    "Expectation Failed",
    "I'm a teapot",
    "Misdirected Request",
    "Unprocessable Content",
    "Unprocessable Entity",
    "Locked",
    "Failed Dependency",
    "Too Early",
    "Upgrade Required",
    "Precondition Required",
    "Too Many Requests",
    "Request Header Fields Too Large",
    "Unavailable For Legal Reasons",
    "Internal Server Error",
    "Not Implemented",
    "Bad Gateway",
    "Service Unavailable",
    "Gateway Timeout",
    "HTTP Version Not Supported",
    "Variant Also Negotiates",
    "Insufficient Storage",
    "Loop Detected",
    "Not Extended",
    "Network Authentication Required",
];
#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> ModelNames {
        ModelNames::new(list.iter().map(|s| (*s).to_owned()))
    }

    /// (reason, schema) of a sure split.
    fn sure<'a>(line: &'a str, models: &ModelNames) -> (&'a str, Option<&'a str>) {
        let cell = split(line, models).expect("a code");
        assert!(cell.alternatives.is_empty(), "{line}: {cell:?}");
        assert!(!cell.schema_missing, "{line}: {cell:?}");
        (cell.reason, cell.schema)
    }

    #[test]
    fn standard_reason_phrases() {
        let m = names(&["AsyncResponse", "CloudMLExceptionResponse"]);
        assert_eq!(
            sure("200OKAsyncResponse", &m),
            ("OK", Some("AsyncResponse"))
        );
        assert_eq!(sure("400Bad RequestNone", &m), ("Bad Request", None));
        assert_eq!(
            sure("500Internal Server ErrorNone", &m),
            ("Internal Server Error", None)
        );
        assert_eq!(
            sure("401UnauthorizedCloudMLExceptionResponse", &m),
            ("Unauthorized", Some("CloudMLExceptionResponse"))
        );
        // A model the document does not define still splits after the reason phrase.
        assert_eq!(sure("200OKMissingModel", &m), ("OK", Some("MissingModel")));
        assert_eq!(split("OKNone", &m), None);
    }

    #[test]
    fn reason_phrase_then_words_in_parentheses() {
        let m = names(&["ErrorResponse"]);
        assert_eq!(
            sure("400Bad Request (the name is taken)None", &m),
            ("Bad Request (the name is taken)", None)
        );
        assert_eq!(
            sure("409Conflict (cluster is busy)ErrorResponse", &m),
            ("Conflict (cluster is busy)", Some("ErrorResponse"))
        );
    }

    #[test]
    fn several_words_running_into_none() {
        let m = names(&["ErrorResponse"]);
        assert_eq!(
            sure("400Bad Request parameter is missingNone", &m),
            ("Bad Request parameter is missing", None)
        );
        assert_eq!(
            sure("499Client Closed RequestNone", &m),
            ("Client Closed Request", None)
        );
        assert_eq!(
            sure("422The cluster name is not validErrorResponse", &m),
            ("The cluster name is not valid", Some("ErrorResponse"))
        );
    }

    #[test]
    fn trailing_words_that_look_like_model_prefixes() {
        let m = names(&["Cluster", "ClusterResponse", "Response", "ErrorResponse"]);
        // `Cluster` ends the description; `ClusterResponse` is the schema.
        assert_eq!(
            sure("200Quota of ClusterClusterResponse", &m),
            ("Quota of Cluster", Some("ClusterResponse"))
        );
        assert_eq!(
            sure("400Validation ErrorErrorResponse", &m),
            ("Validation Error", Some("ErrorResponse"))
        );
        assert_eq!(
            sure("404Cluster not foundErrorResponse", &m),
            ("Cluster not found", Some("ErrorResponse"))
        );
    }

    #[test]
    fn non_ascii_descriptions() {
        let m = names(&["ErrorResponse"]);
        assert_eq!(sure("400잘못된 요청None", &m), ("잘못된 요청", None));
        assert_eq!(
            sure("409클러스터 이름 중복 (재시도)ErrorResponse", &m),
            ("클러스터 이름 중복 (재시도)", Some("ErrorResponse"))
        );
        assert_eq!(
            sure("200Ça marche très bienNone", &m),
            ("Ça marche très bien", None)
        );
    }

    #[test]
    fn ambiguous_splits_name_the_alternatives() {
        let m = names(&["ClusterResponse", "Response"]);
        let cell = split("200Get ClusterResponse", &m).expect("a code");
        assert_eq!((cell.reason, cell.schema), ("Get", Some("ClusterResponse")));
        assert_eq!(cell.alternatives, vec![("Get Cluster", "Response")]);
        // A standard reason before an undefined model, and a defined model later in the cell.
        let m = names(&["ErrorResponse"]);
        let cell = split("200OKClusterErrorResponse", &m).expect("a code");
        assert_eq!(
            (cell.reason, cell.schema),
            ("OK", Some("ClusterErrorResponse"))
        );
        assert_eq!(cell.alternatives, vec![("OKCluster", "ErrorResponse")]);
    }

    #[test]
    fn undefined_models_and_no_schema() {
        let m = names(&[]);
        assert_eq!(
            sure("409Already thereConflictResponse", &m),
            ("Already there", Some("ConflictResponse"))
        );
        let cell = split("200everything is fine", &m).expect("a code");
        assert!(cell.schema_missing);
        assert_eq!((cell.reason, cell.schema), ("everything is fine", None));
    }
}
