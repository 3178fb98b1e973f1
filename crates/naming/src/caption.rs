//! What a table caption names: the field or object it describes, without the caption's prose.
//!
//! API references caption a nested table with a sentence about it (`Description of the
//! routetable field`, `Parameters in the volumes field`, `Data structure description of the
//! tags field`, `floatingip objects`, `Table 3 Resource_tag structure`). The words of that
//! sentence are not names; the subject is (`routetable`, `volumes`, `tags`, `floatingip`,
//! `Resource_tag`). Rules, in order:
//!
//! 1. Caption numbering (`Table 3`) and markup (`**`, backticks) are dropped.
//! 2. Before `field`/`fields`: the words back to the first caption word (`Description of the
//!    X field`, `X field description`, `Parameters in the os-extended-snapshot-attributes
//!    field`).
//! 3. Else before `object(s)`/`structure(s)`: the words back to the first caption word
//!    (`Security Group Rule objects`, `Resource_tag structure`).
//! 4. Else, for a caption ending in `parameter(s)`, the words before it unless they say where
//!    the table stands (`parameter parameters` -> `parameter`, `Response parameters` -> none).
//! 5. Else the words that are not caption words (`Parameters in the response` has none:
//!    `request`, `response`, `body`, `URI`, ... only say where the table stands).
//!
//! A subject that is only a type word (`[Array]`, `object`) is no subject. `None` means the
//! caption names nothing and the caller names the table by its role or owner.

/// Words that make up caption prose around a subject (lower case).
const CAPTION_WORDS: &[&str] = &[
    "a",
    "all",
    "an",
    "and",
    "array",
    "body",
    "data",
    "description",
    "descriptions",
    "details",
    "element",
    "elements",
    "field",
    "fields",
    "for",
    "header",
    "headers",
    "in",
    "information",
    "list",
    "of",
    "object",
    "objects",
    "parameter",
    "parameters",
    "path",
    "query",
    "request",
    "response",
    "returned",
    "structure",
    "structures",
    "table",
    "the",
    "uri",
];

/// Caption words that say where a table stands, never what it describes.
const LOCATION_WORDS: &[&str] = &[
    "body", "header", "headers", "path", "query", "request", "response", "uri", "all", "the", "in",
    "of", "and", "a", "an", "data",
];

/// The caption's words without numbering and markup (rule 1).
fn caption_tokens(caption: &str) -> Vec<String> {
    let cleaned = caption.replace(['*', '`'], " ");
    let mut tokens: Vec<&str> = cleaned
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| matches!(c, '[' | ']' | '(' | ')' | ':' | ',' | '.')))
        .filter(|t| !t.is_empty())
        .collect();
    // `Table 3` (and a bare caption number) is numbering, not a name.
    if tokens
        .first()
        .is_some_and(|t| t.eq_ignore_ascii_case("table"))
        && tokens
            .get(1)
            .is_some_and(|t| t.chars().all(|c| c.is_ascii_digit()))
    {
        tokens.drain(..2);
    }
    tokens.retain(|t| !t.chars().all(|c| c.is_ascii_digit()));
    tokens.into_iter().map(str::to_owned).collect()
}

/// The field a nested table's caption names, to tie the table to the row of that field: the
/// [`caption_subject`], except that `X parameters of Y` names `X` (`config parameters of
/// real-time` describes the `config` field, in its real-time variant, where the subject that
/// names the table's type is `config real-time`).
pub fn caption_field(caption: &str) -> Option<String> {
    let tokens = caption_tokens(caption);
    let lower: Vec<String> = tokens.iter().map(|t| t.to_ascii_lowercase()).collect();
    let of_clause = lower
        .windows(2)
        .position(|w| matches!(w[0].as_str(), "parameters" | "parameter") && w[1] == "of");
    if let Some(i) = of_clause.filter(|&i| i > 0) {
        let mut start = i;
        while start > 0 && !CAPTION_WORDS.contains(&lower[start - 1].as_str()) {
            start -= 1;
        }
        if start < i && !LOCATION_WORDS.contains(&lower[i - 1].as_str()) {
            return Some(tokens[start..i].join(" "));
        }
    }
    caption_subject(caption)
}

/// The subject of `caption` (see the module docs), as written, words joined by spaces.
pub fn caption_subject(caption: &str) -> Option<String> {
    let tokens = caption_tokens(caption);
    let lower: Vec<String> = tokens.iter().map(|t| t.to_ascii_lowercase()).collect();
    let is_caption_word = |i: usize| CAPTION_WORDS.contains(&lower[i].as_str());
    let before = |end: usize| {
        let mut start = end;
        while start > 0 && !is_caption_word(start - 1) {
            start -= 1;
        }
        tokens[start..end].join(" ")
    };
    let anchored = |words: &[&str]| {
        lower
            .iter()
            .position(|w| words.contains(&w.as_str()))
            .map(before)
            .filter(|s| !s.is_empty())
    };
    // `X parameters` at the end: the words before name the field (back to a caption word,
    // though the first may be one: `parameter parameters`), unless they say where the table
    // stands (`Response parameters`). `X parameters of Y` is left to the last rule.
    let before_parameters = lower
        .iter()
        .rposition(|w| w == "parameters" || w == "parameter")
        .filter(|&i| (i + 1..tokens.len()).all(is_caption_word))
        .filter(|&i| i > 0 && !LOCATION_WORDS.contains(&lower[i - 1].as_str()))
        .map(|i| {
            let mut start = i - 1;
            while start > 0 && !is_caption_word(start - 1) {
                start -= 1;
            }
            tokens[start..i].join(" ")
        });
    let subject = anchored(&["field", "fields"])
        .or_else(|| anchored(&["object", "objects", "structure", "structures"]))
        .or(before_parameters)
        .unwrap_or_else(|| {
            (0..tokens.len())
                .filter(|&i| !is_caption_word(i))
                .map(|i| tokens[i].as_str())
                .collect::<Vec<_>>()
                .join(" ")
        });
    (!subject.is_empty()).then_some(subject)
}

#[cfg(test)]
mod tests {
    use super::{caption_field, caption_subject};

    #[test]
    fn field_captions_name_the_field() {
        for (caption, subject) in [
            ("Description of the routetable field", "routetable"),
            ("Description of the **FlowLog** field", "FlowLog"),
            ("Parameters in the volumes field", "volumes"),
            ("All disk parameters in the volumes field", "volumes"),
            (
                "Parameter in the os-vol-tenant-attr field",
                "os-vol-tenant-attr",
            ),
            ("Data structure description of the tags field", "tags"),
            ("bandwidth field description", "bandwidth"),
            ("Description of publicip fields", "publicip"),
            ("Table 4 Description of the peering field", "peering"),
            ("parameter parameters", "parameter"),
            ("config parameters of real-time", "config real-time"),
            ("docker deployment parameters", "docker deployment"),
            ("Table 5 model_metric_list parameters", "model_metric_list"),
        ] {
            assert_eq!(
                caption_subject(caption).as_deref(),
                Some(subject),
                "{caption}"
            );
        }
    }

    #[test]
    fn field_links_take_the_field_before_an_of_clause() {
        for (caption, field) in [
            ("config parameters of real-time", Some("config")),
            (
                "Table 6 input parameters of the batch service",
                Some("input"),
            ),
            ("Description of field **tag**", Some("tag")),
            ("Parameters in the **links** field", Some("links")),
            ("Parameter description of field tags", Some("tags")),
            ("public_ip field description", Some("public_ip")),
            (
                "Table 7 model_metric_list parameters",
                Some("model_metric_list"),
            ),
            ("Parameters of the request", None),
        ] {
            assert_eq!(caption_field(caption).as_deref(), field, "{caption}");
        }
        // Words that say where the table stands are no field: the subject rule decides.
        let located = "Response parameters of the job";
        assert_eq!(caption_field(located), caption_subject(located));
    }

    #[test]
    fn object_captions_name_the_object() {
        assert_eq!(
            caption_subject("Security Group Rule objects").as_deref(),
            Some("Security Group Rule")
        );
        assert_eq!(
            caption_subject("floatingip objects").as_deref(),
            Some("floatingip")
        );
        assert_eq!(
            caption_subject("**Table 3** Resource_tag structure").as_deref(),
            Some("Resource_tag")
        );
        assert_eq!(
            caption_subject("ErrorDetail").as_deref(),
            Some("ErrorDetail")
        );
    }

    #[test]
    fn prose_without_a_subject_names_nothing() {
        for caption in [
            "",
            "Response parameters",
            "Parameters in the response",
            "Parameter in the request",
            "Request body parameters",
            "Table 2",
            "Data structure description of the [Array] field",
            "Parameter description",
        ] {
            assert_eq!(caption_subject(caption), None, "{caption}");
        }
    }
}
