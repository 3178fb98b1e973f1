//! Simple tables (`===  ===` rules): columns are the runs of `=` of the first rule; a line
//! whose first column is blank continues the row above; the rows between the first two rules
//! are the header when a third rule closes the table.

use super::{Columns, Line, RawCell, RawRow, RawTable, TableError};

/// Whether `line` is a simple-table rule (`====  =====`).
pub(crate) fn is_rule(line: &str) -> bool {
    let t = line.trim_end();
    t.starts_with('=') && t.contains(' ') && t.chars().all(|c| c == '=' || c == ' ')
        || (t.len() >= 2 && t.chars().all(|c| c == '='))
}

/// Parses a simple table; `lines` run from the first rule to the last (indentation removed).
/// Returns the table and the warnings about text in a column gap (kept in the column left of
/// the gap).
pub(crate) fn parse<'t>(lines: &[Line<'t>]) -> Result<(RawTable<'t>, Vec<TableError>), TableError> {
    let Some((first_line, rule)) = lines.first() else {
        return Err(TableError::new(0, "expected a `===` rule"));
    };
    let mut starts = Vec::new();
    let mut ends = Vec::new();
    let mut prev = ' ';
    for (i, c) in rule.chars().enumerate() {
        if c == '=' && prev != '=' {
            starts.push(i);
        }
        if c != '=' && prev == '=' {
            ends.push(i);
        }
        prev = c;
    }
    if prev == '=' {
        ends.push(rule.chars().count());
    }
    let rules: Vec<usize> = (0..lines.len()).filter(|&i| is_rule(lines[i].1)).collect();
    if rules.len() < 2 {
        return Err(TableError::new(
            *first_line,
            "expected a closing `===` rule for the simple table, found none",
        ));
    }
    let header_end = (rules.len() >= 3).then(|| rules[1]);
    let mut warnings = Vec::new();
    let mut table = RawTable {
        columns: starts.len(),
        ..RawTable::default()
    };
    let mut header_rows: Vec<RawRow<'t>> = Vec::new();
    let mut body: Vec<RawRow<'t>> = Vec::new();
    for (i, &(line_no, text)) in lines.iter().enumerate() {
        if rules.contains(&i) {
            continue;
        }
        let chars = Columns::new(text);
        for (k, &end) in ends.iter().enumerate() {
            let gap_end = starts.get(k + 1).copied().unwrap_or(end);
            if (end..gap_end).any(|p| chars.at(p).is_some_and(|c| !c.is_whitespace())) {
                warnings.push(TableError::new(
                    line_no,
                    format!(
                        "expected a blank gap between columns {} and {}, found text running past column {}: kept in column {}",
                        k + 1,
                        k + 2,
                        k + 1,
                        k + 1
                    ),
                ));
            }
        }
        let slice = |k: usize| -> &'t str {
            let from = starts[k];
            let to = starts
                .get(k + 1)
                .copied()
                .unwrap_or(usize::MAX)
                .min(chars.len());
            if from >= to {
                return "";
            }
            chars.slice(from, to)
        };
        let target = if header_end.is_some_and(|h| i < h) {
            &mut header_rows
        } else {
            &mut body
        };
        let continues = slice(0).trim().is_empty() && !target.is_empty();
        if text.trim().is_empty() {
            if let Some(row) = target.last_mut() {
                for (_, cell) in &mut row.cells {
                    cell.lines.push((line_no, ""));
                }
            }
            continue;
        }
        if !continues {
            target.push(RawRow {
                line: line_no,
                cells: (0..starts.len())
                    .map(|k| (k, RawCell { lines: Vec::new() }))
                    .collect(),
            });
        }
        if let Some(row) = target.last_mut() {
            for (k, cell) in row.cells.iter_mut() {
                cell.lines.push((line_no, slice(*k)));
            }
        }
    }
    if let Some(first) = header_rows.into_iter().next() {
        table.header = Some(first.cells);
    }
    table.rows = body;
    Ok((table, warnings))
}
