//! Explicit `null` in request bodies.

use std::fmt;

/// A value that may be explicitly null in a request (update bodies). Use as
///
/// ```
/// # use docsdk_runtime_api::Nullable;
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct UpdateCluster {
///     #[serde(default, skip_serializing_if = "Option::is_none")]
///     description: Option<Nullable<String>>,
/// }
/// let clear = UpdateCluster { description: Some(Nullable::Null) };
/// assert_eq!(serde_json::to_string(&clear).unwrap(), r#"{"description":null}"#);
/// let keep = UpdateCluster { description: None };
/// assert_eq!(serde_json::to_string(&keep).unwrap(), "{}");
/// ```
///
/// `Some(Nullable::Null)` sends `null`, `None` omits the field. Serialises like
/// `#[serde(untagged)]` would (`Null` as JSON `null`, `Value(v)` as `v`); deserialising JSON
/// `null` gives `Null`. The impls are written by hand (not derived as untagged) so that a
/// mismatch inside `Value` keeps serde's precise error and JSON path. Note that serde reads a
/// `null` field of type `Option<Nullable<T>>` as `None`, as it does for any `Option`; that only
/// matters when reading, and request bodies are written.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// JSON `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// `Null` for `None` (a `From<Option<T>>` impl would be ambiguous with `From<T>`).
    pub fn from_option(value: Option<T>) -> Self {
        value.map_or(Nullable::Null, Nullable::Value)
    }

    /// `None` for `Null`.
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(v) => Some(v),
        }
    }

    /// A reference to the value, if any.
    pub fn as_ref(&self) -> Nullable<&T> {
        match self {
            Nullable::Null => Nullable::Null,
            Nullable::Value(v) => Nullable::Value(v),
        }
    }

    /// Whether this is `Null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T: serde::Serialize> serde::Serialize for Nullable<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(v) => v.serialize(serializer),
        }
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Nullable<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable::from_option)
    }
}

impl<T: fmt::Display> fmt::Display for Nullable<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Nullable::Null => f.write_str("null"),
            Nullable::Value(v) => v.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Update {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<Nullable<String>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        size: Option<Nullable<u32>>,
    }

    #[test]
    fn three_states_serialise() {
        let u = Update {
            name: Some(Nullable::Null),
            size: Some(Nullable::Value(3)),
        };
        assert_eq!(
            serde_json::to_string(&u).unwrap(),
            r#"{"name":null,"size":3}"#
        );
        let u = Update {
            name: None,
            size: None,
        };
        assert_eq!(serde_json::to_string(&u).unwrap(), "{}");
    }

    #[test]
    fn deserialise_directly() {
        assert_eq!(
            serde_json::from_str::<Nullable<u32>>("null").unwrap(),
            Nullable::Null
        );
        assert_eq!(
            serde_json::from_str::<Nullable<u32>>("7").unwrap(),
            Nullable::Value(7)
        );
        let u: Update = serde_json::from_str(r#"{"size":5}"#).unwrap();
        assert_eq!(
            u,
            Update {
                name: None,
                size: Some(Nullable::Value(5))
            }
        );
        let e = serde_json::from_str::<Update>(r#"{"size":"x"}"#).unwrap_err();
        assert!(e.to_string().contains("invalid type: string"), "{e}");
        assert_eq!(Nullable::from_option(None::<u8>), Nullable::Null);
        assert_eq!(Nullable::from(1).into_option(), Some(1));
        assert_eq!(Nullable::<u8>::Null.to_string(), "null");
    }
}
