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

/// What kind of problem a [`Diagnostic`] reports, so callers match on a code instead of
/// parsing the message (in the spirit of rust-analyzer's `DiagnosticCode`). Printed in
/// kebab-case after the severity: `file:line: warning[undefined-model]: ...`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum DiagnosticCode {
    /// The input cannot be read at all at this point (not the expected format, truncated).
    Unreadable,
    /// A table, row or cell does not have the shape the format requires.
    MalformedTable,
    /// Text where the grammar expects something else; the item is skipped or kept as text.
    UnexpectedText,
    /// A schema names a model the document does not define.
    UndefinedModel,
    /// A run-together cell or text splits in more than one way; the alternatives are named.
    AmbiguousSplit,
    /// A stated default (or example) contradicts the stated type or range; both are kept.
    ContradictoryDefault,
    /// Two items state the same operation, field or name; the rule that decided is named.
    Duplicate,
    /// A documented response body whose status code the page does not state.
    ResponseStatusInferred,
    /// An operation without any documented response.
    NoResponse,
    /// A table no field references, kept as a component.
    UnreferencedTable,
    /// Several pages document one method and path; each is kept as a variant.
    SharedPath,
    /// Two sources state a fact differently (merge).
    MergeConflict,
    /// An input that is not a document of a known format, skipped.
    SkippedInput,
    /// A link or reference whose target was not read.
    UnresolvedReference,
    // SCP readers (printable view and pipe extraction).
    /// Something the format requires is absent (a server URL, a path parameter's row, the
    /// version header, a version row); the reader names what it did instead.
    MissingItem,
    /// Two statements of one document disagree (a version row and its heading, an example
    /// path and the operation's path, a placeholder and the parameter rows).
    Inconsistent,
    /// A schema cell that does not read in the schema language; kept as text in
    /// `x-stated-type`.
    UnreadableSchema,
    /// An example block that is not JSON; kept as text.
    InvalidJson,
    // OTC reader (issue 10).
    /// A stated default or example outside the stated range; both facts are kept.
    DefaultOutOfRange,
    /// A path or query variable of the URI without a parameter row; declared without a type.
    UndocumentedParameter,
    // RST front end
    /// An RST directive or literal block whose body is empty or never indented (`.. table::`
    /// with no table, a `::` paragraph with nothing after it).
    UnclosedDirective,
    /// An RST construct the reader does not place in the page model (an unknown directive,
    /// a figure); counted so a report can name what was left out.
    UnplacedConstruct,
}

impl DiagnosticCode {
    /// The code as printed (`undefined-model`).
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::Unreadable => "unreadable",
            DiagnosticCode::MalformedTable => "malformed-table",
            DiagnosticCode::UnexpectedText => "unexpected-text",
            DiagnosticCode::UndefinedModel => "undefined-model",
            DiagnosticCode::AmbiguousSplit => "ambiguous-split",
            DiagnosticCode::ContradictoryDefault => "contradictory-default",
            DiagnosticCode::Duplicate => "duplicate",
            DiagnosticCode::ResponseStatusInferred => "response-status-inferred",
            DiagnosticCode::NoResponse => "no-response",
            DiagnosticCode::UnreferencedTable => "unreferenced-table",
            DiagnosticCode::SharedPath => "shared-path",
            DiagnosticCode::MergeConflict => "merge-conflict",
            DiagnosticCode::SkippedInput => "skipped-input",
            DiagnosticCode::UnresolvedReference => "unresolved-reference",
            DiagnosticCode::MissingItem => "missing-item",
            DiagnosticCode::Inconsistent => "inconsistent",
            DiagnosticCode::UnreadableSchema => "unreadable-schema",
            DiagnosticCode::InvalidJson => "invalid-json",
            DiagnosticCode::DefaultOutOfRange => "default-out-of-range",
            DiagnosticCode::UndocumentedParameter => "undocumented-parameter",
            DiagnosticCode::UnclosedDirective => "unclosed-directive",
            DiagnosticCode::UnplacedConstruct => "unplaced-construct",
        }
    }
}

impl fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A problem found in an input document, with its location, what was expected and what was
/// found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// How bad it is.
    pub severity: Severity,
    /// What kind of problem it is.
    pub code: DiagnosticCode,
    /// Where it is.
    pub source: SourceRef,
    /// One line: what was expected and what was found, e.g.
    /// ``expected `required` or `optional` after field `cpu`, found `Example : CPU` ``.
    pub message: String,
    /// The name the diagnostic is about, for callers that act on it without reading the
    /// message (the model of an [`DiagnosticCode::UndefinedModel`] warning whose `$ref` a
    /// merge may resolve). Not printed.
    pub subject: Option<String>,
}

impl Diagnostic {
    /// A warning of kind `code` at `source`.
    pub fn warning(code: DiagnosticCode, source: SourceRef, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            code,
            source,
            message: message.into(),
            subject: None,
        }
    }

    /// An error of kind `code` at `source`.
    pub fn error(code: DiagnosticCode, source: SourceRef, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            code,
            source,
            message: message.into(),
            subject: None,
        }
    }

    /// The same diagnostic about `subject` (see [`Diagnostic::subject`]).
    pub fn about(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(
            f,
            "{}: {level}[{}]: {}",
            self.source, self.code, self.message
        )
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

    /// Records a warning of kind `code`.
    pub fn warn(&mut self, code: DiagnosticCode, source: SourceRef, message: impl Into<String>) {
        self.0.push(Diagnostic::warning(code, source, message));
    }

    /// Records an error of kind `code`.
    pub fn error(&mut self, code: DiagnosticCode, source: SourceRef, message: impl Into<String>) {
        self.0.push(Diagnostic::error(code, source, message));
    }

    /// Whether any diagnostic has kind `code`.
    pub fn has_code(&self, code: DiagnosticCode) -> bool {
        self.0.iter().any(|d| d.code == code)
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
        let d = Diagnostic::warning(
            DiagnosticCode::UnexpectedText,
            SourceRef::new("a.txt", 7),
            "expected `required`, found `x`",
        );
        assert_eq!(
            d.to_string(),
            "a.txt:7: warning[unexpected-text]: expected `required`, found `x`"
        );
    }

    #[test]
    fn counts_by_severity() {
        let mut ds = Diagnostics::new();
        ds.warn(DiagnosticCode::UndefinedModel, SourceRef::new("a", 1), "w");
        ds.error(DiagnosticCode::Unreadable, SourceRef::new("a", 2), "e");
        ds.warn(DiagnosticCode::UnexpectedText, SourceRef::new("a", 3), "w");
        assert_eq!((ds.warning_count(), ds.error_count()), (2, 1));
        assert!(ds.has_errors());
        assert!(ds.has_code(DiagnosticCode::UndefinedModel));
        assert!(!ds.has_code(DiagnosticCode::MergeConflict));
    }
}
