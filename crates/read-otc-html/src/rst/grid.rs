//! Grid tables (`+---+` borders): cells are found by walking their borders from each top-left
//! corner (the docutils method), so cells spanning several columns or rows come out as one
//! cell placed at its first column and row. A `=` border ends the header.

use super::{Columns, Line, RawCell, RawRow, RawTable, TableError};

/// Parses the lines of a grid table (each `(line number, text)`, indentation removed).
pub(crate) fn parse<'t>(lines: &[Line<'t>]) -> Result<RawTable<'t>, TableError> {
    let grid: Vec<Columns<'t>> = lines
        .iter()
        .map(|&(_, l)| Columns::new(l.trim_end()))
        .collect();
    let at = |row: usize| lines.get(row).map_or(0, |(n, _)| *n);
    let width = grid.first().map_or(0, Columns::len);
    if width < 3 {
        return Err(TableError::new(at(0), "expected a `+---+` top border"));
    }
    for (r, row) in grid.iter().enumerate() {
        let (first, last) = (row.at(0), row.len().checked_sub(1).and_then(|l| row.at(l)));
        if row.len() > width {
            return Err(TableError::new(
                at(r),
                format!(
                    "expected the row to end at column {width} like the top border, found text up to column {}: a cell runs past the grid",
                    row.len()
                ),
            ));
        }
        if row.len() < width
            || !matches!(last, Some('|' | '+'))
            || !matches!(first, Some('|' | '+'))
        {
            return Err(TableError::new(
                at(r),
                format!(
                    "expected a `|` or `+` border at columns 1 and {width}, found a ragged line of {} characters",
                    row.len()
                ),
            ));
        }
    }
    let height = grid.len();
    // Border tests look at bytes: a non-ASCII character is no border byte, as it is no
    // border character.
    let bottom_ok = grid
        .last()
        .is_some_and(|r| r.text.bytes().all(|c| matches!(c, b'+' | b'-' | b'=')));
    if height < 3 || !bottom_ok {
        return Err(TableError::new(
            at(height.saturating_sub(1)),
            "expected a `+---+` bottom border closing the grid table, found none",
        ));
    }
    let header_line = grid.iter().position(|r| {
        r.text.starts_with('+')
            && r.text.contains('=')
            && r.text.bytes().all(|c| matches!(c, b'+' | b'='))
    });
    let g = Grid { grid: &grid };
    let mut cells: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut corners = vec![(0usize, 0usize)];
    let mut seen = std::collections::HashSet::new();
    let mut area = 0usize;
    while let Some((top, left)) = corners.pop() {
        if top + 1 >= height || left + 1 >= width || !seen.insert((top, left)) {
            continue;
        }
        if let Some((bottom, right)) = g.scan_cell(top, left) {
            area += (bottom - top) * (right - left);
            cells.push((top, left, bottom, right));
            corners.push((top, right));
            corners.push((bottom, left));
        }
    }
    if area != (height - 1) * (width - 1) {
        return Err(TableError::new(
            at(0),
            "expected the borders to divide the grid into closed cells, found a cell with a broken border",
        ));
    }
    let mut tops: Vec<usize> = cells.iter().map(|c| c.0).collect();
    let mut lefts: Vec<usize> = cells.iter().map(|c| c.1).collect();
    tops.sort_unstable();
    tops.dedup();
    lefts.sort_unstable();
    lefts.dedup();
    cells.sort_unstable();
    let mut table = RawTable::default();
    let mut header: Vec<(usize, RawCell)> = Vec::new();
    for (top, left, bottom, right) in cells {
        let col = lefts.binary_search(&left).unwrap_or(0);
        let row = tops.binary_search(&top).unwrap_or(0);
        let text: Vec<Line<'t>> = (top + 1..bottom)
            .map(|r| (at(r), grid.get(r).map_or("", |g| g.slice(left + 1, right))))
            .collect();
        let cell = RawCell { lines: text };
        if header_line.is_some_and(|h| bottom <= h) {
            header.push((col, cell));
            continue;
        }
        while table.rows.len() <= row {
            let line = tops.get(table.rows.len()).map_or(at(top), |&t| at(t + 1));
            table.rows.push(RawRow {
                line,
                cells: Vec::new(),
            });
        }
        table.rows[row].cells.push((col, cell));
    }
    table.rows.retain(|r| !r.cells.is_empty());
    if !header.is_empty() {
        table.header = Some(header);
    }
    table.columns = lefts.len();
    Ok(table)
}

struct Grid<'a, 't> {
    grid: &'a [Columns<'t>],
}

impl Grid<'_, '_> {
    fn at(&self, row: usize, col: usize) -> char {
        self.grid.get(row).and_then(|r| r.at(col)).unwrap_or(' ')
    }

    /// The bottom-right corner of the cell whose top-left corner is `(top, left)`.
    fn scan_cell(&self, top: usize, left: usize) -> Option<(usize, usize)> {
        if self.at(top, left) != '+' {
            return None;
        }
        let width = self.grid.first().map_or(0, Columns::len);
        for right in left + 1..width {
            match self.at(top, right) {
                '+' => {
                    if let Some(bottom) = self.scan_down(top, left, right) {
                        return Some((bottom, right));
                    }
                }
                '-' | '=' => {}
                _ => return None,
            }
        }
        None
    }

    fn scan_down(&self, top: usize, left: usize, right: usize) -> Option<usize> {
        for bottom in top + 1..self.grid.len() {
            match self.at(bottom, right) {
                '+' => {
                    if self.closes(top, left, bottom, right) {
                        return Some(bottom);
                    }
                }
                '|' => {}
                _ => return None,
            }
        }
        None
    }

    /// Whether the bottom and left borders of the box are whole.
    fn closes(&self, top: usize, left: usize, bottom: usize, right: usize) -> bool {
        self.at(bottom, left) == '+'
            && (left + 1..right).all(|c| matches!(self.at(bottom, c), '-' | '=' | '+'))
            && (top + 1..bottom).all(|r| matches!(self.at(r, left), '|' | '+'))
    }
}
