//! The parts of a model's `Deserialize` that do not depend on the model, compiled once here
//! instead of expanded per model by `#[derive(Deserialize)]`.
//!
//! Each generated crate's `json_model!` macro writes one small [`FromMap::from_map`] per model:
//! a slot per field, a `match` on the wire name, and these functions for the rest; the serde
//! `Visitor` that calls it ([`model`]) is written once, here, instead of a visitor type and its
//! two methods per model. It behaves like
//! serde's derive on JSON objects (a missing `Option` field is `None`, a missing required one
//! is a `missing field` error, a repeated key is a `duplicate field` error, unknown keys are
//! skipped or kept in `additional_properties`), except that a JSON array is not accepted as a
//! struct. Paths of decode errors are kept: keys and values go through the `MapAccess` the
//! caller's deserializer provides. Not part of the API: the generated code is its only user.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

/// An object key, borrowed from the input when it can be.
#[derive(Debug)]
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key as an owned string (for `additional_properties`).
    pub fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// A model read from the entries of a JSON object (what `json_model!` writes per model).
pub trait FromMap: Sized {
    /// The model's name, for errors (`invalid type: ..., expected struct Name`).
    const NAME: &'static str;

    /// Reads the model from the object's entries.
    fn from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// The `Deserialize` body of every model: `T` from a JSON object.
pub fn model<'de, T: FromMap, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ModelVisitor(std::marker::PhantomData))
}

struct ModelVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: FromMap> Visitor<'de> for ModelVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map)
    }
}

/// Reads the value of field `wire` into its slot; a second occurrence is an error.
pub fn set<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    wire: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(wire));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of a key the model does not document.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// The field's value, or, when the object did not have it, `None` for an `Option` field and a
/// `missing field` error for any other.
pub fn take<'de, T: Deserialize<'de>, E: de::Error>(
    slot: Option<T>,
    wire: &'static str,
) -> Result<T, E> {
    match slot {
        Some(value) => Ok(value),
        None => T::deserialize(Missing(wire, std::marker::PhantomData)),
    }
}

/// What an absent field deserializes from: `None` when asked for an option, else the error.
struct Missing<E>(&'static str, std::marker::PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for Missing<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A model as the generated `json_model!` macro writes it.
    #[derive(Debug, PartialEq)]
    struct Model {
        name: String,
        size: Option<i64>,
        extra: std::collections::BTreeMap<String, serde_json::Value>,
    }

    impl FromMap for Model {
        const NAME: &'static str = "Model";

        fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Model, A::Error> {
            let (mut name, mut size) = (None, None);
            let mut extra = std::collections::BTreeMap::new();
            while let Some(key) = map.next_key::<Key<'de>>()? {
                match key.as_str() {
                    "name" => set(&mut name, &mut map, "name")?,
                    "size" => set(&mut size, &mut map, "size")?,
                    _ => {
                        extra.insert(key.into_owned(), map.next_value()?);
                    }
                }
            }
            Ok(Model {
                name: take(name, "name")?,
                size: take(size, "size")?,
                extra,
            })
        }
    }

    impl<'de> Deserialize<'de> for Model {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            model(deserializer)
        }
    }

    fn decode(json: &str) -> Result<Model, String> {
        let mut de = serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(&mut de)
            .map_err(|e| format!("{}: {}", e.path(), e.inner()))
    }

    #[test]
    fn fields_by_wire_name_missing_options_are_none_unknown_keys_are_kept() {
        let m = decode(r#"{"name": "a", "colour": "red"}"#).unwrap();
        assert_eq!(m.name, "a");
        assert_eq!(m.size, None);
        assert_eq!(m.extra["colour"], "red");
        assert_eq!(decode(r#"{"name": "a", "size": null}"#).unwrap().size, None);
    }

    #[test]
    fn a_missing_required_field_a_repeated_key_and_an_array_are_errors() {
        let missing = decode(r#"{"size": 1}"#).unwrap_err();
        assert!(missing.contains("missing field `name`"), "{missing}");
        let twice = decode(r#"{"name": "a", "name": "b"}"#).unwrap_err();
        assert!(twice.contains("duplicate field `name`"), "{twice}");
        let array = decode(r#"["a", 1]"#).unwrap_err();
        assert!(array.contains("expected struct Model"), "{array}");
    }

    #[test]
    fn a_wrong_type_names_the_field_in_the_path() {
        let wrong = decode(r#"{"name": "a", "size": "big"}"#).unwrap_err();
        assert!(wrong.starts_with("size: invalid type: string"), "{wrong}");
    }
}
