//! What an SCP reference page states about one service, whatever its format: the one model
//! both scanners fill and [`crate::build`] turns into OpenAPI documents.
//!
//! Every item carries the 1-based line it is printed on. Texts are kept as printed; what
//! needs interpreting (schema cells, defaults, examples, state words) is interpreted by the
//! builder, so that each rule is written once.

use docsdk_spec::{Method, ParameterLocation};

use crate::examples::JsonBlock;

/// A value with the 1-based line it is printed on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// 1-based line.
    pub line: usize,
}

impl<T> Located<T> {
    /// `value` at `line`.
    pub fn new(value: T, line: usize) -> Self {
        Self { value, line }
    }
}

/// One service of a page.
#[derive(Clone, Debug, Default)]
pub struct ScpService {
    /// The name as printed (empty when the page states none) and its line.
    pub name: Option<Located<String>>,
    /// The overview text, paragraphs joined as the format separates them.
    pub overview: Option<String>,
    /// Text between `Version` and the version table (a deprecation policy).
    pub version_note: Option<String>,
    /// The title of the page above the service headings (`Data Analytics`).
    pub category: Option<String>,
    /// The prose language (`ko`, `en`), as the scanner tells it.
    pub language: String,
    /// Rows of the service's version table.
    pub versions: Vec<ServiceVersion>,
    /// The date column's header of that table (`Supported Until`).
    pub version_date_label: Option<String>,
    /// The `OpenAPI URL`.
    pub url: Option<Located<String>>,
    /// The environment/region list.
    pub environments: Vec<Located<(String, String)>>,
    /// The operations, in page order.
    pub operations: Vec<ScpOperation>,
    /// The Models section; `None` when the format has none (a referenced model then stays a
    /// `$ref`, reported once, for another source to define at merge time).
    pub models: Option<Vec<ScpModel>>,
}

/// A row of the service's version table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceVersion {
    /// `1.0`.
    pub version: String,
    /// `CURRENT`, `DEPRECATED`...
    pub status: String,
    /// `-` or `YYYYMMDD` as printed.
    pub date: String,
    /// Line of the row.
    pub line: usize,
}

/// One operation with its API versions.
#[derive(Clone, Debug)]
pub struct ScpOperation {
    /// The title, when the format kept it.
    pub title: Option<String>,
    /// Line of the operation's heading.
    pub line: usize,
    /// One block per API version, in page order.
    pub versions: Vec<OperationVersion>,
}

/// One operation at one API version.
#[derive(Clone, Debug)]
pub struct OperationVersion {
    /// `1.0`.
    pub version: String,
    /// Line of the version's heading.
    pub heading_line: usize,
    /// The method.
    pub method: Method,
    /// The path template.
    pub path: String,
    /// Line of the method line.
    pub method_line: usize,
    /// The description.
    pub description: Option<String>,
    /// `ACTIVE` of `ACTIVE (CURRENT)`.
    pub state: Option<String>,
    /// `CURRENT` of `ACTIVE (CURRENT)`.
    pub status: Option<String>,
    /// Line of the state.
    pub state_line: Option<usize>,
    /// Text after the state (a deprecation policy).
    pub lifecycle_note: Option<String>,
    /// The version row: version and date text (`-` or `YYYYMMDD`).
    pub version_row: Option<Located<(String, String)>>,
    /// The date column's header of the version table.
    pub date_label: Option<String>,
    /// The `Parameters` rows, the body row included.
    pub parameters: Vec<Row>,
    /// The `Responses` rows (empty when the page prints no table).
    pub responses: Vec<ResponseRow>,
    /// The example request.
    pub example_request: Option<ExampleRequest>,
    /// Every `Response NNN` example.
    pub response_examples: Vec<ResponseExample>,
}

/// Where a parameter row goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowPlace {
    /// A parameter in this location.
    In(ParameterLocation),
    /// The request body (`body`, `formData`).
    Body,
}

/// A parameter row or a model's field.
#[derive(Clone, Debug)]
pub struct Row {
    /// Where a parameter goes (`None` for a model's field).
    pub place: Option<RowPlace>,
    /// The name.
    pub name: String,
    /// `required` (else `optional`).
    pub required: bool,
    /// The description.
    pub description: Option<String>,
    /// The non-empty `Example :` text and its line.
    pub example: Option<Located<String>>,
    /// Constraint lines.
    pub constraints: Vec<Constraint>,
    /// The schema and default as printed.
    pub cell: SchemaCell,
    /// Line of the row.
    pub line: usize,
    /// Line of the schema cell.
    pub schema_line: usize,
}

/// A schema cell and its default, as the format prints them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemaCell {
    /// Schema and default run together (`any of [integer, null]20`): the grammar splits them.
    Joined(String),
    /// Schema and default in cells of their own.
    Split {
        /// The schema.
        schema: String,
        /// The default (`None` or empty when none).
        default: String,
    },
}

/// A constraint line of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Constraint {
    /// `Pattern : ...`.
    Pattern(String),
    /// `Minimum length : n`.
    MinLength(u64),
    /// `Maximum length : n`.
    MaxLength(u64),
    /// `Minimum : n`.
    Minimum(serde_json::Number),
    /// `Maximum : n`.
    Maximum(serde_json::Number),
}

/// A row of the `Responses` table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseRow {
    /// The status code.
    pub code: String,
    /// The reason phrase.
    pub reason: String,
    /// The schema as printed; `None` for no body.
    pub schema: Option<String>,
    /// Line of the row.
    pub line: usize,
}

/// The example request.
#[derive(Clone, Debug, Default)]
pub struct ExampleRequest {
    /// Line the example starts on (its label, else its path), when the page prints one.
    pub line: Option<usize>,
    /// The request path as printed.
    pub path: Option<Located<String>>,
    /// Header names and values.
    pub headers: Vec<Located<(String, String)>>,
    /// The request body.
    pub body: Option<JsonBlock>,
}

/// A `Response NNN` example.
#[derive(Clone, Debug)]
pub struct ResponseExample {
    /// The status code.
    pub code: String,
    /// Line of `Response NNN`.
    pub line: usize,
    /// The body, when printed.
    pub body: Option<JsonBlock>,
}

/// A model of the Models section.
#[derive(Clone, Debug)]
pub struct ScpModel {
    /// The name.
    pub name: String,
    /// Line of its heading.
    pub line: usize,
    /// The fields.
    pub fields: Vec<Row>,
}

/// Splits a state as printed: `ACTIVE (CURRENT)` -> (`Some("ACTIVE")`, `CURRENT`); a bare
/// word (`DEPRECATED`) is a status alone. `None` when it is neither.
pub fn parse_state(text: &str) -> Option<(Option<&str>, &str)> {
    let text = text.trim();
    if let Some((state, status)) = text
        .strip_suffix(')')
        .and_then(|t| t.split_once(" ("))
        .filter(|(s, st)| !s.is_empty() && !st.is_empty())
    {
        return Some((Some(state), status));
    }
    (!text.is_empty() && !text.contains(' ')).then_some((None, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states() {
        assert_eq!(
            parse_state("ACTIVE (CURRENT)"),
            Some((Some("ACTIVE"), "CURRENT"))
        );
        assert_eq!(parse_state("DEPRECATED"), Some((None, "DEPRECATED")));
        assert_eq!(parse_state("not a state"), None);
        assert_eq!(parse_state(""), None);
    }
}
