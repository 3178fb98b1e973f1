//! Example blocks: JSON (or text that is not JSON) on a media type, and `Response NNN`
//! examples whose code the Responses table does not list.

use docsdk_spec::{Ext, ExtraExt, MediaType, Operation, SourceRef};
use serde_json::Value;

/// A printed example block: its JSON value, or the text when it is no JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonBlock {
    /// The value (a string holding the text when `is_text`).
    pub value: Value,
    /// Whether the block did not parse as JSON and is kept as text.
    pub is_text: bool,
    /// Where the block starts.
    pub source: SourceRef,
}

/// Sets `block` as the example of `media`, marking a text example with
/// `x-example-is-text`.
pub fn set_example(media: &mut MediaType, block: &JsonBlock) {
    media.example = Some(block.value.clone());
    media.example_source = Some(block.source.clone());
    if block.is_text {
        media.extra.set_ext(Ext::EXAMPLE_IS_TEXT, Value::Bool(true));
    }
}

/// Keeps a `Response <code>` example whose code has no row in the Responses table in
/// `x-example-responses` of `op`: a list of `{code, body, x-source}`.
pub fn keep_unlisted_response(
    op: &mut Operation,
    code: &str,
    body: Option<Value>,
    source: &SourceRef,
) {
    let mut entry = serde_json::Map::new();
    entry.insert("code".into(), Value::from(code));
    entry.insert("body".into(), body.unwrap_or(Value::Null));
    entry.insert(Ext::SOURCE.into(), Value::from(source.to_string()));
    match op.extra.ext_mut(Ext::EXAMPLE_RESPONSES) {
        Some(Value::Array(list)) => list.push(Value::Object(entry)),
        _ => {
            op.extra.set_ext(
                Ext::EXAMPLE_RESPONSES,
                Value::Array(vec![Value::Object(entry)]),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlisted_responses_accumulate_in_order() {
        let mut op = Operation::default();
        keep_unlisted_response(
            &mut op,
            "202",
            Some(serde_json::json!({"a": 1})),
            &SourceRef::new("f.txt", 3),
        );
        keep_unlisted_response(&mut op, "204", None, &SourceRef::new("f.txt", 9));
        assert_eq!(
            op.extra.ext(Ext::EXAMPLE_RESPONSES),
            Some(&serde_json::json!([
                {"code": "202", "body": {"a": 1}, "x-source": "f.txt:3"},
                {"code": "204", "body": null, "x-source": "f.txt:9"},
            ]))
        );
    }
}
