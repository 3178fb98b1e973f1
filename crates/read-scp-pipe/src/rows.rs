//! Pipe lines and the logical rows they form.
//!
//! The extraction tool writes a table row as `| a | b | c |`, but it is not GFM: every
//! separator is `|---|` whatever the column count, and a parameter row is usually split over
//! two physical lines. This module turns physical lines into cells and joins them into
//! logical rows by the rules below; it never uses a markdown table parser.
//!
//! Row-joining rules for the parameter table (`| Type | Name | Description | Schema | Default |`):
//! 1. **Split row** (the usual shape): a first line `| <location> | <name> required|optional |
//!    <description> Example : <example>` (no closing pipe when a description is present), then
//!    a *continuation* line `| <schema> | <default> |` (closed, and its first cell is not a
//!    location word). Cells 3.. of the first line are one cell that contained `|` characters:
//!    they are joined back with ` | `. Cells 2.. of the continuation line form the default the
//!    same way.
//! 2. **Empty description**: the first line has only two cells and is closed
//!    (`| body | body required |`); the continuation line follows as in rule 1.
//! 3. **Whole row on one line**: a closed line with at least five cells that is *not* followed
//!    by a continuation line: cells 0 and 1 are location and name, the last two are schema and
//!    default, and the cells between are the description (joined back with ` | `).
//! 4. A first line followed by neither a continuation line nor making a whole row is a row
//!    without its second line: an error diagnostic, and the row is skipped.
//!
//! A cell separator is a `|` that stands between spaces (or at the line's ends): a `|` inside
//! a word such as the regex `(a|b)` is kept in the cell as printed.

use docsdk_spec::{Diagnostic, DiagnosticCode, SourceRef};

/// The parameter locations a parameter row may start with.
pub const LOCATIONS: [&str; 5] = ["header", "query", "path", "body", "cookie"];

/// One physical line that starts with `|`, split into trimmed cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PipeLine<'a> {
    /// 1-based line number in the document.
    pub line: usize,
    /// The cells, trimmed, in order.
    pub cells: Vec<&'a str>,
    /// Whether the line ends with a closing `|` (a first row line with a description does not).
    pub closed: bool,
}

impl<'a> PipeLine<'a> {
    /// Splits `text` (line `line` of the document) into cells; `None` when it does not start
    /// with `|`.
    pub fn parse(line: usize, text: &'a str) -> Option<Self> {
        let rest = text.trim_start().strip_prefix('|')?;
        let trimmed = rest.trim_end();
        let (body, closed) = match trimmed.strip_suffix('|') {
            // `|` alone or `||` are closed lines with no or one empty cell.
            Some(body) => (body, true),
            None => (trimmed, false),
        };
        Some(Self {
            line,
            cells: split_cells(body),
            closed,
        })
    }

    /// Whether this is a `|---|` separator line (any number of dashes, optional colons).
    pub fn is_separator(&self) -> bool {
        self.closed
            && !self.cells.is_empty()
            && self.cells.iter().all(|c| {
                let c = c.trim_matches(':');
                !c.is_empty() && c.chars().all(|ch| ch == '-')
            })
    }

    /// Cells `from..` joined back with ` | ` (they were one cell containing `|`).
    pub fn joined_from(&self, from: usize) -> String {
        self.cells
            .get(from..)
            .map_or_else(String::new, |c| c.join(" | "))
    }

    /// Whether the first cell is a parameter location word.
    fn starts_with_location(&self) -> bool {
        self.cells.first().is_some_and(|c| LOCATIONS.contains(c))
    }

    /// Whether the line can be the second half of a split parameter row.
    fn is_continuation(&self) -> bool {
        self.closed && !self.cells.is_empty() && !self.starts_with_location()
    }
}

/// Splits the inside of a pipe line on separators: a `|` with whitespace (or the end of the
/// text) on both sides.
fn split_cells(body: &str) -> Vec<&str> {
    let bytes = body.as_bytes();
    let mut cells = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b != b'|' {
            continue;
        }
        let before = i == 0 || bytes[i - 1].is_ascii_whitespace();
        let after = i + 1 == bytes.len() || bytes[i + 1].is_ascii_whitespace();
        if before && after {
            // `|` is ASCII, so `start..i` and `i + 1..` are char boundaries.
            cells.push(body[start..i].trim());
            start = i + 1;
        }
    }
    cells.push(body[start..].trim());
    cells
}

/// A parameter row joined from one or two physical lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamRow {
    /// Line of the row's first physical line.
    pub line: usize,
    /// Line of the schema/default cells (the same as `line` for a whole row).
    pub schema_line: usize,
    /// `header`, `query`, `path`, `body` or `cookie`.
    pub location: String,
    /// Parameter name as printed.
    pub name: String,
    /// `required` (true) or `optional` (false).
    pub required: bool,
    /// Description; empty when none is printed.
    pub description: String,
    /// The text after `Example :`; `Some("")` for `Example :` alone, `None` when absent.
    pub example: Option<String>,
    /// The schema cell as printed (`string`, `any of [integer, null]`, `CloudMLRequest`).
    pub schema: String,
    /// The default cell as printed (`None`, `application/json`, empty).
    pub default: String,
}

/// Joins the data lines of a parameter table (the lines after `|---|`) into rows.
///
/// Rows that cannot be joined are reported in `diagnostics` (with `file:line`) and skipped.
pub fn join_param_rows(
    file: &str,
    lines: &[PipeLine<'_>],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<ParamRow> {
    let mut rows = Vec::new();
    let mut i = 0;
    while let Some(first) = lines.get(i) {
        let at = SourceRef::new(file, first.line);
        if !first.starts_with_location() || first.cells.len() < 2 {
            diagnostics.push(Diagnostic::error(
                DiagnosticCode::MalformedTable,
                at,
                format!(
                    "expected a parameter row `| <location> | <name> required|optional | ...` \
                     with location one of {}, found `{}`",
                    LOCATIONS.join(", "),
                    render(first)
                ),
            ));
            i += 1;
            continue;
        }
        let next = lines.get(i + 1).filter(|n| n.is_continuation());
        let (description, schema, default, schema_line, used) = match next {
            Some(next) => {
                if next.cells.len() < 2 {
                    diagnostics.push(Diagnostic::warning(
                        DiagnosticCode::MalformedTable,
                        SourceRef::new(file, next.line),
                        format!(
                            "expected `| <schema> | <default> |` (two cells), found `{}`; \
                             read as a schema with no default",
                            render(next)
                        ),
                    ));
                }
                (
                    first.joined_from(2),
                    next.cells[0].to_owned(),
                    next.joined_from(1),
                    next.line,
                    2,
                )
            }
            None if first.closed && first.cells.len() >= 5 => {
                let n = first.cells.len();
                let description = first.cells[2..n - 2].join(" | ");
                (
                    description,
                    first.cells[n - 2].to_owned(),
                    first.cells[n - 1].to_owned(),
                    first.line,
                    1,
                )
            }
            None => {
                let found = lines.get(i + 1).map_or_else(
                    || "the end of the table".to_owned(),
                    |n| format!("`{}`", render(n)),
                );
                diagnostics.push(Diagnostic::error(DiagnosticCode::MalformedTable,
                    at,
                    format!(
                        "parameter row `{}` has no second line: expected `| <schema> | <default> |` \
                         on the next line, found {found}; the parameter is skipped",
                        render(first)
                    ),
                ));
                i += 1;
                continue;
            }
        };
        i += used;
        let Some((name, required)) = split_name_cell(first.cells[1]) else {
            diagnostics.push(Diagnostic::error(
                DiagnosticCode::MalformedTable,
                at,
                format!(
                    "expected `<name> required` or `<name> optional` in the name cell, found `{}`; \
                     the parameter is skipped",
                    first.cells[1]
                ),
            ));
            continue;
        };
        let (description, example) = split_description(&description);
        rows.push(ParamRow {
            line: first.line,
            schema_line,
            location: first.cells[0].to_owned(),
            name: name.to_owned(),
            required,
            description: description.to_owned(),
            example: example.map(str::to_owned),
            schema,
            default,
        });
    }
    rows
}

/// Splits `accept optional` into (`accept`, false).
pub fn split_name_cell(cell: &str) -> Option<(&str, bool)> {
    let (name, flag) = cell.rsplit_once(' ')?;
    let required = match flag {
        "required" => true,
        "optional" => false,
        _ => return None,
    };
    let name = name.trim_end();
    (!name.is_empty()).then_some((name, required))
}

/// The label that introduces an example in a description cell.
const EXAMPLE_LABEL: &str = "Example :";

/// Splits `Accept Example : application/json` into the description and the example text.
///
/// The first `Example :` that starts the cell or follows a space ends the description (the
/// printable view puts the example on its own line after a one-line description, and the
/// extraction joins the two with a space). `Example :` alone gives `Some("")`.
pub fn split_description(cell: &str) -> (&str, Option<&str>) {
    let at = if cell.starts_with(EXAMPLE_LABEL) {
        Some(0)
    } else {
        cell.find(" Example :").map(|i| i + 1)
    };
    match at {
        Some(at) => {
            let rest = &cell[at + EXAMPLE_LABEL.len()..];
            (
                cell[..at].trim_end(),
                Some(rest.strip_prefix(' ').unwrap_or(rest)),
            )
        }
        None => (cell, None),
    }
}

/// A row of the responses table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseRow {
    /// Line of the row.
    pub line: usize,
    /// The status code (three digits).
    pub code: String,
    /// The reason phrase as printed.
    pub reason: String,
    /// The schema cell: `None` or a schema.
    pub schema: String,
}

/// Reads the data lines of a responses table (`| HTTP Code | Description | Schema |`).
pub fn response_rows(
    file: &str,
    lines: &[PipeLine<'_>],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<ResponseRow> {
    let mut rows = Vec::new();
    for l in lines {
        let code = l.cells.first().copied().unwrap_or("");
        let code_ok = code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit());
        if !code_ok || l.cells.len() < 3 || !l.closed {
            diagnostics.push(Diagnostic::error(DiagnosticCode::MalformedTable,
                SourceRef::new(file, l.line),
                format!(
                    "expected a response row `| <3-digit code> | <reason> | <schema> |`, found `{}`; \
                     the row is skipped",
                    render(l)
                ),
            ));
            continue;
        }
        let n = l.cells.len();
        rows.push(ResponseRow {
            line: l.line,
            code: code.to_owned(),
            reason: l.cells[1..n - 1].join(" | "),
            schema: l.cells[n - 1].to_owned(),
        });
    }
    rows
}

/// The line as a reader would see it again (cells joined), for messages.
pub fn render(line: &PipeLine<'_>) -> String {
    let mut text = format!("| {}", line.cells.join(" | "));
    if line.closed {
        text.push_str(" |");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<PipeLine<'_>> {
        text.lines()
            .enumerate()
            .map(|(i, l)| PipeLine::parse(i + 1, l).expect("a pipe line"))
            .collect()
    }

    fn join(text: &str) -> (Vec<ParamRow>, Vec<String>) {
        let mut diags = Vec::new();
        let rows = join_param_rows("t.txt", &lines(text), &mut diags);
        (rows, diags.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn splits_cells_and_tells_closed_lines() {
        let l = PipeLine::parse(
            3,
            "| header | accept optional | Accept Example : application/json",
        )
        .unwrap();
        assert_eq!(
            l.cells,
            [
                "header",
                "accept optional",
                "Accept Example : application/json"
            ]
        );
        assert!(!l.closed);
        let l = PipeLine::parse(4, "| CloudMLRequest | |").unwrap();
        assert_eq!(l.cells, ["CloudMLRequest", ""]);
        assert!(l.closed);
        assert!(PipeLine::parse(1, "|---|").unwrap().is_separator());
        assert!(
            PipeLine::parse(1, "| :--- | ---: |")
                .unwrap()
                .is_separator()
        );
        assert!(
            !PipeLine::parse(1, "| s | kr-west1 |")
                .unwrap()
                .is_separator()
        );
        assert!(PipeLine::parse(1, "Responses").is_none());
    }

    #[test]
    fn keeps_a_pipe_inside_a_word() {
        let l = PipeLine::parse(1, "| ^(0\\.5|[1-5]\\.5)$ | x |").unwrap();
        assert_eq!(l.cells, ["^(0\\.5|[1-5]\\.5)$", "x"]);
    }

    #[test]
    fn joins_a_row_split_over_two_lines() {
        let (rows, diags) = join(
            "| header | accept optional | Accept Example : application/json\n| string | application/json |",
        );
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            rows,
            [ParamRow {
                line: 1,
                schema_line: 2,
                location: "header".into(),
                name: "accept".into(),
                required: false,
                description: "Accept".into(),
                example: Some("application/json".into()),
                schema: "string".into(),
                default: "application/json".into(),
            }]
        );
    }

    #[test]
    fn joins_a_body_row_with_no_description() {
        let (rows, diags) = join("| body | body required |\n| CloudMLRequest | |");
        assert!(diags.is_empty(), "{diags:?}");
        let row = &rows[0];
        assert_eq!(
            (row.location.as_str(), row.name.as_str(), row.required),
            ("body", "body", true)
        );
        assert_eq!(
            (row.description.as_str(), row.example.as_deref()),
            ("", None)
        );
        assert_eq!(
            (row.schema.as_str(), row.default.as_str()),
            ("CloudMLRequest", "")
        );
    }

    #[test]
    fn reads_a_row_that_is_whole_on_one_line() {
        let (rows, diags) = join(
            "| query | size optional | Page size Example : 20 | any of [integer, null] | 20 |\n\
             | path | id required | ID Example : 1\n| string | None |",
        );
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 1);
        assert_eq!(rows[0].schema_line, 1);
        assert_eq!(rows[0].description, "Page size");
        assert_eq!(rows[0].example.as_deref(), Some("20"));
        assert_eq!(rows[0].schema, "any of [integer, null]");
        assert_eq!(rows[0].default, "20");
        assert_eq!((rows[1].name.as_str(), rows[1].schema_line), ("id", 3));
    }

    #[test]
    fn joins_back_a_pipe_inside_an_example() {
        let (rows, diags) = join(
            "| query | operation_type optional | Operation Example : CREATE | UPDATE | DELETE\n| string | None |",
        );
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(rows[0].description, "Operation");
        assert_eq!(rows[0].example.as_deref(), Some("CREATE | UPDATE | DELETE"));
        // The same row whole on one line: the middle cells are the description.
        let (rows, _) = join("| query | op optional | Ops Example : A | B | string | None |");
        assert_eq!(rows[0].example.as_deref(), Some("A | B"));
        assert_eq!(rows[0].schema, "string");
    }

    #[test]
    fn empty_example_and_no_example() {
        assert_eq!(split_description("name Example :"), ("name", Some("")));
        assert_eq!(split_description("Example : CPU"), ("", Some("CPU")));
        assert_eq!(split_description("Just text"), ("Just text", None));
        assert_eq!(split_description(""), ("", None));
    }

    #[test]
    fn reports_a_row_without_its_second_line() {
        let (rows, diags) = join(
            "| header | accept optional | Accept Example : application/json\n\
             | query | name optional | name Example :\n| string | None |",
        );
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].name, "name");
        assert_eq!(
            diags,
            [
                "t.txt:1: error[malformed-table]: parameter row `| header | accept optional | Accept Example : application/json` \
              has no second line: expected `| <schema> | <default> |` on the next line, found \
              `| query | name optional | name Example :`; the parameter is skipped"
            ]
        );
    }

    #[test]
    fn reports_a_cut_row() {
        let (rows, diags) = join("| header | accept\n| string | application/json |");
        assert!(rows.is_empty());
        assert_eq!(
            diags,
            [
                "t.txt:1: error[malformed-table]: expected `<name> required` or `<name> optional` in the name cell, \
              found `accept`; the parameter is skipped"
            ]
        );
        let (rows, diags) = join("| header\n| string | x |");
        assert!(rows.is_empty());
        assert_eq!(diags.len(), 2, "{diags:?}");
        assert!(
            diags[0].starts_with("t.txt:1: error[malformed-table]: expected a parameter row"),
            "{diags:?}"
        );
    }

    #[test]
    fn reads_response_rows() {
        let mut diags = Vec::new();
        let rows = response_rows(
            "t.txt",
            &lines(
                "| 200 | OK | ImageVersionsResponse |\n| 500 | Internal Server Error | None |\n| 4x | bad |",
            ),
            &mut diags,
        );
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (
                rows[1].code.as_str(),
                rows[1].reason.as_str(),
                rows[1].schema.as_str()
            ),
            ("500", "Internal Server Error", "None")
        );
        assert_eq!(diags.len(), 1);
        assert!(
            diags[0]
                .to_string()
                .starts_with("t.txt:3: error[malformed-table]: expected a response row")
        );
    }
}
