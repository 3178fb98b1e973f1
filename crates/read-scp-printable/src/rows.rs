//! Table rows of parameters and model fields, which share one shape:
//!
//! ```text
//! <first cell>          parameters: location glued to name (`headeraccept`); fields: name
//! required|optional
//! <description>         one line, possibly empty (then an empty line stands here)
//! [Example : <v>]       `Example :` alone when the example is empty
//! [Pattern : ...] [Minimum length : n] [Maximum length : n] [Minimum : n] [Maximum : n]
//! <schema><default>     always the last line of the row
//! ```
//!
//! A row starts at a non-empty line whose next line is `required` or `optional`; it ends at
//! the first blank line after its description line, or where the next row starts. The schema
//! is found by position (the last line), never by looking like a schema: a description such as
//! `number_of_gpu` would parse as `number` + default.

use crate::text::{Doc, Report, is_blank, quote, requiredness};
use docsdk_scp_rules::model::Constraint;
use docsdk_spec::DiagnosticCode;

/// One row, with 0-based line indexes.
#[derive(Clone, Debug)]
pub(crate) struct Row<'a> {
    pub idx: usize,
    pub first: &'a str,
    pub required: bool,
    pub description: Option<String>,
    /// The example text (trimmed) and its line; `None` when there is no `Example :` line or
    /// it is empty.
    pub example: Option<(&'a str, usize)>,
    pub constraints: Vec<Constraint>,
    pub schema_cell: &'a str,
    pub schema_idx: usize,
}

/// The table's rows starting at line `start` (after the header) and ending before `end`.
/// Returns the rows and the index where the table stopped (the first line that is neither
/// part of a row nor blank, or `end`).
pub(crate) fn rows<'a>(
    doc: &Doc<'a>,
    start: usize,
    end: usize,
    report: &mut Report,
) -> (Vec<Row<'a>>, usize) {
    let is_row_start =
        |i: usize| i + 1 < end && !is_blank(doc.line(i)) && requiredness(doc.line(i + 1)).is_some();
    let mut out = Vec::new();
    let mut i = start;
    loop {
        while i < end && is_blank(doc.line(i)) {
            i += 1;
        }
        if i >= end || !is_row_start(i) {
            return (out, i);
        }
        // The row runs to the first blank line after the description line, or the next row.
        let mut row_end = i + 3;
        while row_end < end && !is_blank(doc.line(row_end)) && !is_row_start(row_end) {
            row_end += 1;
        }
        let row_end = row_end.min(end);
        if let Some(row) = row(doc, i, row_end, report) {
            out.push(row);
        }
        i = row_end;
    }
}

fn row<'a>(doc: &Doc<'a>, idx: usize, end: usize, report: &mut Report) -> Option<Row<'a>> {
    let first = doc.line(idx).trim();
    let required = requiredness(doc.line(idx + 1)).unwrap_or(false);
    // Lines after `required`: description, details, schema. The last non-blank one is the
    // schema cell.
    let body: Vec<usize> = (idx + 2..end).collect();
    let Some(&schema_idx) = body.iter().rev().find(|&&j| !is_blank(doc.line(j))) else {
        report.error(DiagnosticCode::MalformedTable,
            idx,
            format!(
                "expected a schema line at the end of row `{first}` (after its description), found {}",
                if end >= doc.lines.len() { "the end of the file".to_owned() } else { quote(doc.line(end)) }
            ),
        );
        return None;
    };
    // A row cut after its details has no schema line: its last line is a detail.
    let last = doc.line(schema_idx).trim();
    if schema_idx > idx + 2 && (example_value(last).is_some() || constraint(last).is_some()) {
        report.error(
            DiagnosticCode::MalformedTable,
            schema_idx,
            format!(
                "expected the schema line of row `{first}` after {}, found {}; the row is skipped",
                quote(last),
                if end >= doc.lines.len() {
                    "the end of the file".to_owned()
                } else {
                    quote(doc.line(end))
                }
            ),
        );
        return None;
    }
    let mut description: Vec<&str> = Vec::new();
    let mut example = None;
    let mut constraints = Vec::new();
    let mut in_details = false;
    for &j in body.iter().filter(|&&j| j < schema_idx) {
        let line = doc.line(j).trim();
        if let Some(value) = example_value(line) {
            in_details = true;
            if !value.is_empty() {
                example = Some((value, j));
            }
            continue;
        }
        match constraint(line) {
            Some(Ok(c)) => {
                in_details = true;
                constraints.push(c);
                continue;
            }
            Some(Err(message)) => {
                in_details = true;
                report.warn(
                    DiagnosticCode::UnexpectedText,
                    j,
                    format!("{message} in row `{first}`"),
                );
                continue;
            }
            None => {}
        }
        if in_details {
            report.warn(DiagnosticCode::UnexpectedText,
                j,
                format!(
                    "expected `Example :`, a constraint (`Pattern :`, `Minimum length :`, `Maximum length :`, `Minimum :`, `Maximum :`) or the schema in row `{first}`, found {}; the line is not placed",
                    quote(line)
                ),
            );
        } else if !line.is_empty() {
            description.push(line);
        }
    }
    let description = (!description.is_empty()).then(|| description.join("\n"));
    Some(Row {
        idx,
        first,
        required,
        description,
        example,
        constraints,
        schema_cell: doc.line(schema_idx).trim(),
        schema_idx,
    })
}

/// The text of an `Example :` line (trailing/leading spaces trimmed), if it is one.
fn example_value(line: &str) -> Option<&str> {
    ["Example :", "Example:", "예시 :", "예 :"]
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .map(str::trim)
}

/// A constraint line: `Some(Ok)` when it is one and its value reads, `Some(Err)` when the label
/// is one but the value does not read.
fn constraint(line: &str) -> Option<Result<Constraint, String>> {
    type Make = fn(&str) -> Option<Constraint>;
    const KINDS: &[(&[&str], Make, &str)] = &[
        (
            &["Pattern", "패턴"],
            |v| Some(Constraint::Pattern(v.to_owned())),
            "a pattern",
        ),
        (
            &["Minimum length", "최소 길이"],
            |v| v.parse().ok().map(Constraint::MinLength),
            "a non-negative integer",
        ),
        (
            &["Maximum length", "최대 길이"],
            |v| v.parse().ok().map(Constraint::MaxLength),
            "a non-negative integer",
        ),
        (
            &["Minimum", "최솟값", "최소값"],
            |v| number(v).map(Constraint::Minimum),
            "a number",
        ),
        (
            &["Maximum", "최댓값", "최대값"],
            |v| number(v).map(Constraint::Maximum),
            "a number",
        ),
    ];
    for (names, make, expected) in KINDS {
        for name in names.iter() {
            let Some(rest) = line.strip_prefix(name) else {
                continue;
            };
            let Some(value) = rest.strip_prefix(" :").or_else(|| rest.strip_prefix(':')) else {
                continue;
            };
            // Patterns keep their spaces except the one after the colon.
            let value = value.strip_prefix(' ').unwrap_or(value);
            let value = if *name == "Pattern" || *name == "패턴" {
                value
            } else {
                value.trim()
            };
            return Some(
                make(value).ok_or_else(|| {
                    format!("expected {expected} after `{name} :`, found `{value}`")
                }),
            );
        }
    }
    None
}

fn number(text: &str) -> Option<serde_json::Number> {
    if let Ok(i) = text.parse::<i64>() {
        return Some(i.into());
    }
    text.parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraints_read() {
        assert_eq!(
            constraint("Pattern : ^[a-z ]*$"),
            Some(Ok(Constraint::Pattern("^[a-z ]*$".into())))
        );
        assert_eq!(
            constraint("Minimum length : 3"),
            Some(Ok(Constraint::MinLength(3)))
        );
        assert_eq!(
            constraint("Maximum : 65535"),
            Some(Ok(Constraint::Maximum(65535.into())))
        );
        assert_eq!(
            constraint("Maximum length : x"),
            Some(Err(
                "expected a non-negative integer after `Maximum length :`, found `x`".into()
            ))
        );
        assert_eq!(constraint("Minimal things"), None);
    }
}
