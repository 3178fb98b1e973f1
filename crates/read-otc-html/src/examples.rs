//! Example blocks (`<pre>`): an optional request line (`POST https://{endpoint}/v1/...`),
//! optional header lines, then a body that is JSON when it parses and text otherwise
//! (examples with comments or `...` are kept as printed).

use std::sync::LazyLock;

use docsdk_spec::SourceRef;
use regex::Regex;
use serde_json::Value;

/// One parsed example.
#[derive(Clone, Debug)]
pub(crate) struct Example {
    pub method: Option<String>,
    pub path: Option<String>,
    pub headers: Vec<(String, String)>,
    pub body: Option<Value>,
    /// The body did not parse as JSON and is kept as text.
    pub body_is_text: bool,
    pub source: SourceRef,
    /// The paragraph before the example (`Successful sample response`, `OK`).
    pub label: String,
}

static REQUEST_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(\S+)").expect("the pattern is valid")
});
static HEADER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z][A-Za-z0-9-]*):\s*(\S.*)$").expect("the pattern is valid")
});

/// Parses the text of a `<pre>` block.
pub(crate) fn parse(text: &str, source: SourceRef, label: &str) -> Example {
    let mut ex = Example {
        method: None,
        path: None,
        headers: Vec::new(),
        body: None,
        body_is_text: false,
        source,
        label: label.to_owned(),
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() && lines[i].trim().is_empty() {
        i += 1;
    }
    if let Some(caps) = lines.get(i).and_then(|l| REQUEST_LINE.captures(l.trim())) {
        ex.method = Some(caps[1].to_owned());
        ex.path = Some(caps[2].to_owned());
        i += 1;
        while let Some(caps) = lines.get(i).and_then(|l| HEADER_LINE.captures(l.trim())) {
            ex.headers
                .push((caps[1].to_owned(), caps[2].trim().to_owned()));
            i += 1;
        }
    }
    let body = lines.get(i..).map(|l| l.join("\n")).unwrap_or_default();
    let body = body.trim();
    if !body.is_empty() {
        match serde_json::from_str::<Value>(body) {
            Ok(v) => ex.body = Some(v),
            Err(_) => {
                ex.body = Some(Value::String(body.to_owned()));
                ex.body_is_text = true;
            }
        }
    }
    ex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_request_line_headers_and_body() {
        let ex = parse(
            "POST    https://endpoint/v1/{project_id}/training-jobs\nContent-Type: application/json\n{\n  \"a\": 1\n}",
            SourceRef::new("f", 3),
            "Sample request",
        );
        assert_eq!(ex.method.as_deref(), Some("POST"));
        assert_eq!(
            ex.path.as_deref(),
            Some("https://endpoint/v1/{project_id}/training-jobs")
        );
        assert_eq!(
            ex.headers,
            vec![("Content-Type".into(), "application/json".into())]
        );
        assert_eq!(ex.body, Some(serde_json::json!({"a": 1})));
        assert!(!ex.body_is_text);
    }

    #[test]
    fn keeps_invalid_json_as_text() {
        let ex = parse(
            "{\n  \"a\": 1, // note\n  ...\n}",
            SourceRef::new("f", 3),
            "",
        );
        assert!(ex.body_is_text);
        assert!(ex.method.is_none());
    }
}
