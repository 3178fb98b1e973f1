//! The spec's YAML form: written by a fast writer of serde_norway's own block style, read by
//! serde_norway.

mod emit;
mod scalar;

use crate::OpenApi;

/// Writes `doc` as YAML, fields in model order, ending in a newline.
///
/// The bytes are serde_norway's: the fast writer handles what specs hold, and hands anything
/// else (a string only double quotes can hold, say) to serde_norway for the whole document.
pub fn to_yaml(doc: &OpenApi) -> String {
    emit::to_string(doc).unwrap_or_else(|emit::Unsupported| {
        // Serialising our own model cannot fail: every map key is a string.
        serde_norway::to_string(doc).expect("an OpenApi value always serialises to YAML")
    })
}

/// Reads a document written by [`to_yaml`] (or any OpenAPI 3.1 YAML within the model).
pub fn from_yaml(text: &str) -> Result<OpenApi, serde_norway::Error> {
    serde_norway::from_str(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::*;

    #[test]
    fn round_trips_a_document() {
        let mut doc = OpenApi::new("Event Streams", "1.0");
        doc.provider = Some(Provider::Scp);
        let mut op = Operation {
            operation_id: Some("listClusters".into()),
            source: Some(SourceRef::new("004.txt", 10)),
            ..Operation::default()
        };
        let mut schema = Schema::of_type(Type::Integer);
        schema.default = Some(20.into());
        schema.extra.insert("x-note".into(), "kept".into());
        op.parameters.push(Parameter {
            name: "size".into(),
            location: ParameterLocation::Query,
            description: None,
            required: false,
            deprecated: false,
            style: None,
            explode: None,
            schema: Some(schema),
            example: Some(20.into()),
            source: Some(SourceRef::new("004.txt", 12)),
            also_stated_at: Vec::new(),
            extra: Extra::new(),
        });
        op.responses.insert(
            "200".into(),
            Response {
                description: "OK".into(),
                ..Response::default()
            },
        );
        *doc.paths
            .entry("/v1/clusters".into())
            .or_default()
            .slot_mut(Method::Get) = Some(op);
        let text = to_yaml(&doc);
        assert!(text.starts_with("openapi: 3.1.0\n"), "{text}");
        assert!(text.contains("x-source: 004.txt:10"), "{text}");
        assert_eq!(from_yaml(&text).unwrap(), doc);
    }
}

#[cfg(test)]
mod writer_tests {
    //! The fast writer against serde_norway: the same bytes for every committed spec and for
    //! generated values full of YAML's edge cases, or a refusal that hands over to serde_norway.
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    fn same_as_serde_norway<T: serde::Serialize>(value: &T) -> bool {
        let expected = serde_norway::to_string(value).unwrap();
        match emit::to_string(value) {
            Ok(fast) => {
                assert_eq!(fast, expected);
                true
            }
            Err(emit::Unsupported) => false,
        }
    }

    #[test]
    fn every_committed_spec_is_written_as_serde_norway_writes_it() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../spec/openapi");
        let (mut fast, mut all) = (0, 0);
        for service in std::fs::read_dir(root).unwrap() {
            for file in std::fs::read_dir(service.unwrap().path()).unwrap() {
                let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
                let doc = from_yaml(&text).unwrap();
                all += 1;
                fast += usize::from(same_as_serde_norway(&doc));
                assert_eq!(to_yaml(&doc), text);
            }
        }
        assert!(all > 0);
        // The subset is meant to cover what specs hold; a document it refuses is still right
        // (serde_norway writes it) but slow, and this says so.
        assert_eq!(
            fast, all,
            "documents the fast writer handed to serde_norway"
        );
    }

    #[test]
    fn shapes_and_scalars_match() {
        let value = serde_json::json!({
            "empty_map": {}, "empty_list": [], "null": null, "t": true, "n": -3, "f": 1.5,
            "big": 1e20, "list": [1, "two", [], {}, [3, [4]], {"a": {"b": [5]}, "c": "x\ny"}],
            "text": "line one\n\n  indented\nlast\n", "lead": " x\ny", "0123": "0123",
            "quote's": "it's", "key: colon": "- dash", "": "", "yes": "no",
            "nested": {"list": [{"k": "v", "m": {}}, "plain"], "deep": {"deeper": "|x"}}
        });
        assert!(same_as_serde_norway(&value));
    }

    fn scalar_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a", "Z", "0", "1", "x1", " ", "  ", "\n", "\t", ":", ": ", "#", " #", "-", "- ", "?",
            "'", "\"", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", ".", "---",
            "...", "~", "null", "true", "0x1F", "1e3", ".inf", "é", "한", "\u{FEFF}", "\u{85}",
            "\u{2028}", "\r", "😀", "\\", "/",
        ]);
        prop::collection::vec(pieces, 0..6).prop_map(|p| p.concat())
    }

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            scalar_text().prop_map(Value::String),
            any::<i64>().prop_map(Value::from),
            any::<bool>().prop_map(Value::from),
            Just(Value::Null),
        ];
        leaf.prop_recursive(4, 40, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((scalar_text(), inner), 0..4)
                    .prop_map(|entries| Value::Object(entries.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_value_is_written_as_serde_norway_writes_it_or_handed_over(
            entries in prop::collection::vec((scalar_text(), value()), 0..5)
        ) {
            let root = Value::Object(entries.into_iter().collect());
            same_as_serde_norway(&root);
        }
    }
}
