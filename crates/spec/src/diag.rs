use std::fmt;

use crate::SourceRef;

/// How bad a [`Diagnostic`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Something the reader could not place, or a contradiction it resolved by a documented
    /// rule. The output is still valid; `--strict` turns warnings into errors.
    Warning,
    /// The input is broken at this point: the item was skipped and the output is incomplete.
    Error,
}

/// A problem found in an input document, with its location, what was expected and what was
/// found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// How bad it is.
    pub severity: Severity,
    /// Where it is.
    pub source: SourceRef,
    /// One line: what was expected and what was found, e.g.
    /// ``expected `required` or `optional` after field `cpu`, found `Example : CPU` ``.
    pub message: String,
}

impl Diagnostic {
    /// A warning at `source`.
    pub fn warning(source: SourceRef, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            source,
            message: message.into(),
        }
    }

    /// An error at `source`.
    pub fn error(source: SourceRef, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            source,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{}: {level}: {}", self.source, self.message)
    }
}

/// A list of diagnostics in the order they were found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a warning.
    pub fn warn(&mut self, source: SourceRef, message: impl Into<String>) {
        self.0.push(Diagnostic::warning(source, message));
    }

    /// Records an error.
    pub fn error(&mut self, source: SourceRef, message: impl Into<String>) {
        self.0.push(Diagnostic::error(source, message));
    }

    /// Appends all of `other`.
    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.0
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.0
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Iterates over the diagnostics.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_location_level_and_message() {
        let d = Diagnostic::warning(SourceRef::new("a.txt", 7), "expected `required`, found `x`");
        assert_eq!(
            d.to_string(),
            "a.txt:7: warning: expected `required`, found `x`"
        );
    }

    #[test]
    fn counts_by_severity() {
        let mut ds = Diagnostics::new();
        ds.warn(SourceRef::new("a", 1), "w");
        ds.error(SourceRef::new("a", 2), "e");
        ds.warn(SourceRef::new("a", 3), "w");
        assert_eq!((ds.warning_count(), ds.error_count()), (2, 1));
        assert!(ds.has_errors());
    }
}
