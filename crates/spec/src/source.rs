use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Where an item came from: a document's file name (no directory, so the spec does not depend
/// on where the checkout lives) and a 1-based line number.
///
/// Serialised as the single string `file:line`, which editors and terminals turn into links.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceRef {
    /// The document's file name, e.g. `000_82ebfbc0b226c8e0.txt`.
    pub file: String,
    /// The 1-based line number of the item in that file.
    pub line: usize,
}

impl SourceRef {
    /// A reference to `line` (1-based) of `file`.
    pub fn new(file: impl Into<String>, line: usize) -> Self {
        Self {
            file: file.into(),
            line,
        }
    }
}

impl fmt::Display for SourceRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

impl Serialize for SourceRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SourceRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let (file, line) = text.rsplit_once(':').ok_or_else(|| {
            serde::de::Error::custom(format!("expected `file:line`, found `{text}`"))
        })?;
        let line = line.parse().map_err(|_| {
            serde::de::Error::custom(format!("expected a line number after `:` in `{text}`"))
        })?;
        Ok(Self::new(file, line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_text() {
        let source = SourceRef::new("004_a654bf60b90d6dd0.txt", 3329);
        let json = serde_json::to_string(&source).unwrap();
        assert_eq!(json, "\"004_a654bf60b90d6dd0.txt:3329\"");
        assert_eq!(serde_json::from_str::<SourceRef>(&json).unwrap(), source);
    }

    #[test]
    fn rejects_text_without_a_line() {
        let err = serde_json::from_str::<SourceRef>("\"file.txt\"").unwrap_err();
        assert!(err.to_string().contains("expected `file:line`"), "{err}");
    }
}
