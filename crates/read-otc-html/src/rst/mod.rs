//! The RST front end: OTC API reference pages as reStructuredText (the form OTC maintains
//! them in today, converted from the same DITA pages as the HTML exports) read into the same
//! [`Block`] list the HTML front end produces, so every semantic rule (sections, columns,
//! types, nested tables, enums, responses, names, the spec build) is shared.
//!
//! The tokenizer reads the small, regular subset of RST these pages use:
//! - titles with underlines (the first underline character seen is the page title, level 1;
//!   later ones are section titles, as `h4.sectiontitle` in the HTML);
//! - `.. table:: **Table N** caption` directives holding a grid table (`+---+`, multi-line
//!   cells, column and row spans, `=` under the header; see `grid`) or a simple table (`===`
//!   rules; see `simple`);
//! - `.. _label:` targets (anchors of the table or title below) and `` :ref:`text <label>` ``
//!   links, within a page (`#label`) and across the pages read together (`page.rst#label`);
//! - `.. code-block::` bodies as preformatted blocks; `::` literal blocks likewise;
//! - `.. note::` (and the other admonitions) read as their body; `-  ` bullets as list items,
//!   inside cells written `- item` as the HTML front end writes them;
//! - `**bold**` kept as `**x**`, `\`-escapes and ``` ``literals`` ``` as plain text.
//!
//! Line numbers are the RST lines. What the tokenizer cannot place is a diagnostic with
//! `file:line`: a malformed table (ragged border, a cell running past the grid, a missing
//! closing rule) is skipped with an error; an unknown directive is skipped with a warning.

mod grid;
mod inline;
pub(crate) mod labels;
mod simple;

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use docsdk_spec::{DiagnosticCode, Diagnostics, SourceRef};
use regex::Regex;

use crate::blocks::{self, Block, Cell, Row, Table};
use inline::LinkContext;
pub(crate) use labels::Labels;

/// A table that cannot be read, or a warning about one: the line and what was expected.
#[derive(Clone, Debug)]
pub(crate) struct TableError {
    line: usize,
    message: String,
}

impl TableError {
    fn new(line: usize, message: impl Into<String>) -> Self {
        Self {
            line,
            message: message.into(),
        }
    }
}

/// A line of the page: its number and its text. Lines are slices of the page's text (tabs
/// expanded once), so cutting indentation, list markers or table cells off them copies
/// nothing.
pub(crate) type Line<'t> = (usize, &'t str);

/// A table cell before its content is read: its lines, cut out of the grid.
#[derive(Clone, Debug, Default)]
pub(crate) struct RawCell<'t> {
    lines: Vec<Line<'t>>,
}

/// A body row before its cells are read: `(column, cell)` pairs.
#[derive(Clone, Debug, Default)]
pub(crate) struct RawRow<'t> {
    line: usize,
    cells: Vec<(usize, RawCell<'t>)>,
}

/// A table before its cells are read.
#[derive(Clone, Debug, Default)]
pub(crate) struct RawTable<'t> {
    header: Option<Vec<(usize, RawCell<'t>)>>,
    rows: Vec<RawRow<'t>>,
    columns: usize,
}

/// A line addressed by character column, as table layouts are. An ASCII line's columns are
/// its bytes; another line keeps the byte offset of each character, so no line is copied
/// into a `Vec<char>` to be indexed and a run of columns is a slice of the line.
pub(crate) struct Columns<'t> {
    text: &'t str,
    /// Byte offset of each character and then of the end; `None` for an ASCII line.
    offsets: Option<Vec<usize>>,
}

impl<'t> Columns<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let offsets = (!text.is_ascii()).then(|| {
            text.char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect()
        });
        Self { text, offsets }
    }

    /// The number of characters.
    pub(crate) fn len(&self) -> usize {
        self.offsets
            .as_ref()
            .map_or(self.text.len(), |o| o.len().saturating_sub(1))
    }

    /// The character at column `col`, if the line is that long.
    pub(crate) fn at(&self, col: usize) -> Option<char> {
        match &self.offsets {
            None => self.text.as_bytes().get(col).map(|&b| char::from(b)),
            Some(o) => self.text.get(*o.get(col)?..)?.chars().next(),
        }
    }

    /// The characters of columns `from..to` (both at most [`Columns::len`]), or `""` when the
    /// range is empty or out of the line.
    pub(crate) fn slice(&self, from: usize, to: usize) -> &'t str {
        let byte = |col: usize| match &self.offsets {
            None => Some(col),
            Some(o) => o.get(col).copied(),
        };
        match (byte(from), byte(to)) {
            (Some(a), Some(b)) => self.text.get(a..b).unwrap_or(""),
            _ => "",
        }
    }
}

/// What the tokenizer yields for one page.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    /// The page model, as the HTML front end builds it.
    pub blocks: Vec<Block>,
    /// The first `.. _label:` of the page: the DITA topic id, as the HTML's first `<a name>`.
    pub first_label: Option<String>,
    /// Tokenizer diagnostics (malformed tables, unclosed or unknown directives).
    pub diagnostics: Diagnostics,
}

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\.\.\s+([A-Za-z][A-Za-z0-9_-]*)::\s*(.*)$").expect("the pattern is valid")
});
static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^:[A-Za-z_][A-Za-z0-9_ -]*:(\s|$)").expect("the pattern is valid")
});
static BULLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[-*+•]|\d+[.)]|\(\d+\)|#[.)])(\s+)\S").expect("the pattern is valid")
});

/// Whether `line` is a title underline: one punctuation character repeated, at least 3 times.
pub(crate) fn is_underline(line: &str) -> bool {
    let t = line.trim_end();
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    "=-~^\"'+*#`:.".contains(first) && t.chars().count() >= 3 && chars.all(|c| c == first)
}

/// Whether `text` looks like an OTC RST API page: not markup, and a title underlined within
/// its first lines (OTC pages also start with `:original_name:` or a `.. _label:`).
pub fn looks_like_rst(text: &str) -> bool {
    let head = text.trim_start();
    if head.starts_with('<') {
        return false;
    }
    let lines: Vec<&str> = text.lines().take(40).collect();
    lines.windows(2).any(|w| {
        let t = w[0].trim();
        !t.is_empty()
            && !w[0].starts_with(char::is_whitespace)
            && !is_underline(w[0])
            && is_underline(w[1])
            && w[1].trim_end().chars().count() >= t.chars().count().min(3)
    })
}

/// Tokenizes one page into blocks. `labels` holds the labels of every page read together
/// (empty for a page read alone, whose cross-page links then keep the label's page prefix).
pub(crate) fn tokenize(file: &str, text: &str, labels: &Labels) -> Tokens {
    // Only lines holding a tab are copied (to expand it); the others are read in place.
    let expanded: Vec<(usize, Cow<'_, str>)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let l = if l.contains('\t') {
                Cow::Owned(l.replace('\t', "    "))
            } else {
                Cow::Borrowed(l)
            };
            (i + 1, l)
        })
        .collect();
    let lines: Vec<Line<'_>> = expanded.iter().map(|(n, l)| (*n, l.as_ref())).collect();
    let own: HashSet<String> = lines
        .iter()
        .filter_map(|(_, l)| labels::defined_label(l).map(str::to_owned))
        .collect();
    let base = file.rsplit('/').next().unwrap_or(file);
    let mut parser = Parser {
        file,
        ctx: LinkContext {
            file: base,
            own: &own,
            all: labels,
        },
        diags: Diagnostics::new(),
        out: Vec::new(),
        pending: Vec::new(),
        item_label: None,
        underlines: Vec::new(),
        first_label: None,
    };
    parser.body(&lines, false, true);
    Tokens {
        blocks: parser.out,
        first_label: parser.first_label,
        diagnostics: parser.diags,
    }
}

struct Parser<'a> {
    file: &'a str,
    ctx: LinkContext<'a>,
    diags: Diagnostics,
    out: Vec<Block>,
    /// Labels waiting for the table they stand above.
    pending: Vec<String>,
    /// The label of the list item being read (`-  .. _x:` then a title paragraph, then the
    /// table): it names the item's first table even across the paragraph.
    item_label: Option<String>,
    /// Underline characters in order of first use: the index is the title level.
    underlines: Vec<char>,
    first_label: Option<String>,
}

/// The indentation of `line` in bytes (leading whitespace, as `trim_start` counts it). Every
/// line is measured several times while regions nest, so the usual case, spaces then a
/// printable ASCII character, is counted directly; anything else (tabs, other whitespace,
/// non-ASCII) goes through `trim_start`.
fn indent(line: &str) -> usize {
    let bytes = line.as_bytes();
    let mut spaces = 0;
    while spaces < bytes.len() && bytes[spaces] == b' ' {
        spaces += 1;
    }
    match bytes.get(spaces) {
        None => spaces,
        Some(&b) if b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0B => spaces,
        Some(_) => line.len() - line.trim_start().len(),
    }
}

/// `line.trim_end()`. Cell lines are padded with spaces to the column's width, so trailing
/// spaces before a printable ASCII character are cut directly; anything else goes through
/// `trim_end`.
fn trim_end(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut end = bytes.len();
    while end > 0 && bytes[end - 1] == b' ' {
        end -= 1;
    }
    match end.checked_sub(1).and_then(|i| bytes.get(i)) {
        None => "",
        // `end` follows an ASCII byte: a character boundary.
        Some(&b) if b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0B => &line[..end],
        Some(_) => line.trim_end(),
    }
}

/// Whether `line` is empty or whitespace only.
fn blank(line: &str) -> bool {
    indent(line) == line.len()
}

/// Removes the common indentation of the non-blank lines.
fn dedent<'t>(lines: &[Line<'t>]) -> Vec<Line<'t>> {
    let common = lines
        .iter()
        .filter(|(_, l)| !blank(l))
        .map(|(_, l)| indent(l))
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|&(n, l)| (n, trim_end(l.get(common..).unwrap_or(""))))
        .collect()
}

/// The end of the run starting at `from` of lines that are blank or indented at least
/// `min`, without trailing blank lines.
fn block_end(lines: &[Line<'_>], from: usize, min: usize) -> usize {
    let mut end = from;
    let mut last_text = from;
    while end < lines.len() && (blank(lines[end].1) || indent(lines[end].1) >= min) {
        end += 1;
        if !blank(lines[end - 1].1) {
            last_text = end;
        }
    }
    last_text.max(from)
}

impl Parser<'_> {
    fn at(&self, line: usize) -> SourceRef {
        SourceRef::new(self.file, line)
    }

    /// Reads a region of lines (any indentation) into blocks.
    fn body(&mut self, region: &[Line<'_>], in_item: bool, top: bool) {
        let lines = dedent(region);
        let mut i = 0;
        while i < lines.len() {
            let (no, text) = lines[i];
            if blank(text) {
                i += 1;
                continue;
            }
            if indent(text) > 0 {
                let end = block_end(&lines, i, 1).max(i + 1);
                self.body(&lines[i..end], in_item, false);
                i = end;
                continue;
            }
            if let Some(label) = labels::label_of(text) {
                if self.first_label.is_none() {
                    self.first_label = Some(label.to_owned());
                }
                self.pending.push(label.to_owned());
                i += 1;
                continue;
            }
            if text.starts_with("..") {
                i = self.directive(&lines, i, in_item);
                continue;
            }
            if FIELD.is_match(text) && !text.starts_with(":ref:") {
                // Page metadata (`:original_name: x.html`): not part of the page's text.
                i += 1;
                continue;
            }
            if text.starts_with("+-") || text.starts_with("+=") {
                let end = (i..lines.len())
                    .find(|&j| !lines[j].1.starts_with(['+', '|']))
                    .unwrap_or(lines.len());
                let anchors = std::mem::take(&mut self.pending);
                self.grid_table(&lines[i..end], None, no, anchors);
                i = end;
                continue;
            }
            if simple::is_rule(text) && text.contains(' ') {
                let end = simple_end(&lines, i);
                let anchors = std::mem::take(&mut self.pending);
                self.simple_table(&lines[i..end], None, no, anchors);
                i = end;
                continue;
            }
            let next = lines.get(i + 1).map_or("", |(_, l)| *l);
            if top && !is_underline(text) && is_underline(next) {
                self.heading(text, next, no);
                i += 2;
                continue;
            }
            if top && is_underline(text) && lines.get(i + 2).is_some_and(|(_, l)| *l == text) {
                // Overlined title.
                let title = lines[i + 1].1;
                self.heading(title.trim(), text, lines[i + 1].0);
                i += 3;
                continue;
            }
            if let Some(caps) = BULLET.captures(text) {
                let marker = caps.get(1).map_or(text.len(), |m| m.end());
                let first = format!("{}{}", " ".repeat(marker), &text[marker..]);
                let mut item = vec![(no, first.as_str())];
                let end = block_end(&lines, i + 1, marker.max(1)).max(i + 1);
                item.extend_from_slice(&lines[i + 1..end]);
                let outer_label = self.item_label.take();
                self.item_label = labels::label_of(&text[marker..]).map(str::to_owned);
                self.body(&item, true, false);
                self.item_label = outer_label;
                i = end;
                continue;
            }
            i = self.paragraph(&lines, i, in_item);
        }
    }

    fn heading(&mut self, text: &str, underline: &str, line: usize) {
        let c = underline.chars().next().unwrap_or('=');
        let level = match self.underlines.iter().position(|&u| u == c) {
            Some(p) => p + 1,
            None => {
                self.underlines.push(c);
                self.underlines.len()
            }
        };
        let (text, _) = inline::inline(text.trim(), &self.ctx);
        self.pending.clear();
        self.out.push(Block::Heading {
            level: u8::try_from(level.min(6)).unwrap_or(6),
            section: level > 1,
            text: text.replace("**", ""),
            line,
        });
    }

    /// A paragraph from line `i`; returns the line after it (and after its literal block).
    fn paragraph(&mut self, lines: &[Line<'_>], i: usize, in_item: bool) -> usize {
        let mut end = i + 1;
        while end < lines.len() {
            let l = lines[end].1;
            // A list or table starting without a blank line still starts there.
            if blank(l)
                || indent(l) > 0
                || l.starts_with("..")
                || l.starts_with("+-")
                || BULLET.is_match(l)
            {
                break;
            }
            end += 1;
        }
        let mut joined = lines[i..end]
            .iter()
            .map(|(_, l)| l.trim())
            .collect::<Vec<_>>()
            .join(" ");
        let literal = joined.ends_with("::");
        if literal {
            joined.truncate(joined.len() - 1);
            if joined.ends_with(" :") || joined == ":" {
                joined.truncate(joined.len() - 1);
            }
        }
        let (text, links) = inline::inline(&joined, &self.ctx);
        if !text.is_empty() {
            self.pending.clear();
            self.out.push(Block::Para {
                text,
                links,
                line: lines[i].0,
                item: in_item,
            });
        }
        if !literal {
            return end;
        }
        let mut body_start = end;
        while body_start < lines.len() && blank(lines[body_start].1) {
            body_start += 1;
        }
        let body_end = block_end(lines, body_start, 1);
        if body_end <= body_start {
            self.diags.warn(
                DiagnosticCode::UnclosedDirective,
                self.at(lines[i].0),
                "expected an indented literal block after the paragraph ending in `::`, found none",
            );
            return end;
        }
        self.pre(&lines[body_start..body_end]);
        body_end
    }

    fn pre(&mut self, body: &[Line<'_>]) {
        let body = dedent(body);
        let line = body.first().map_or(1, |(n, _)| *n);
        let text = body.iter().map(|(_, l)| *l).collect::<Vec<_>>().join("\n");
        self.out.push(Block::Pre { text, line });
    }

    /// A directive (or comment) at line `i`; returns the line after its body.
    fn directive(&mut self, lines: &[Line<'_>], i: usize, in_item: bool) -> usize {
        let (no, text) = lines[i];
        let end = block_end(lines, i + 1, 1).max(i + 1);
        let Some(caps) = DIRECTIVE.captures(text) else {
            // A comment: `..` followed by anything that is not a directive or a label.
            return end;
        };
        let name = caps[1].to_ascii_lowercase();
        let argument = caps[2].trim().to_owned();
        let body: Vec<Line<'_>> = dedent(&lines[i + 1..end])
            .into_iter()
            .skip_while(|(_, l)| blank(l))
            .collect();
        // Directive options (`:widths:`, `:maxdepth:`) come first.
        let content: Vec<Line<'_>> = body
            .iter()
            .skip_while(|(_, l)| FIELD.is_match(l) || blank(l))
            .copied()
            .collect();
        match name.as_str() {
            "table" => self.table_directive(&content, &argument, no),
            "code-block" | "code" | "sourcecode" | "literalinclude" if !content.is_empty() => {
                self.pre(&content)
            }
            "code-block" | "code" | "sourcecode" => self.diags.warn(
                DiagnosticCode::UnclosedDirective,
                self.at(no),
                format!("expected an indented body under `.. {name}::`, found none: no example read"),
            ),
            "note" | "important" | "caution" | "warning" | "tip" | "attention" | "danger"
            | "hint" | "admonition" | "notice" => {
                if !argument.is_empty() {
                    let (text, links) = inline::inline(&argument, &self.ctx);
                    self.out.push(Block::Para {
                        text,
                        links,
                        line: no,
                        item: in_item,
                    });
                }
                self.body(&content, in_item, false);
            }
            // Navigation: index pages list their children; nothing of the API.
            "toctree" | "contents" | "only" | "meta" => {}
            _ => self.diags.warn(
                DiagnosticCode::UnplacedConstruct,
                self.at(no),
                format!("expected a table, code-block or note directive, found `.. {name}::`: its content is not read"),
            ),
        }
        end
    }

    fn table_directive(&mut self, content: &[Line<'_>], caption: &str, line: usize) {
        let anchors = std::mem::take(&mut self.pending);
        let Some(first) = content.first() else {
            self.diags.error(
                DiagnosticCode::UnclosedDirective,
                self.at(line),
                "expected a grid or simple table under `.. table::`, found nothing indented: the table is skipped",
            );
            return;
        };
        if first.1.starts_with('+') {
            let end = (0..content.len())
                .find(|&j| !content[j].1.starts_with(['+', '|']))
                .unwrap_or(content.len());
            self.grid_table(&content[..end], Some(caption), line, anchors);
            if end < content.len() {
                self.body(&content[end..], false, false);
            }
        } else if simple::is_rule(first.1) {
            let end = simple_end(content, 0);
            self.simple_table(&content[..end], Some(caption), line, anchors);
            if end < content.len() {
                self.body(&content[end..], false, false);
            }
        } else {
            self.diags.error(
                DiagnosticCode::MalformedTable,
                self.at(first.0),
                format!(
                    "expected a grid table (`+---+`) or a simple table (`===`) under `.. table::`, found `{}`: the table is skipped",
                    first.1.chars().take(40).collect::<String>()
                ),
            );
        }
    }

    fn grid_table(
        &mut self,
        lines: &[Line<'_>],
        caption: Option<&str>,
        line: usize,
        anchors: Vec<String>,
    ) {
        match grid::parse(lines) {
            Ok(raw) => self.push_table(raw, caption, line, anchors),
            Err(e) => self.table_error(e),
        }
    }

    fn simple_table(
        &mut self,
        lines: &[Line<'_>],
        caption: Option<&str>,
        line: usize,
        anchors: Vec<String>,
    ) {
        match simple::parse(lines) {
            Ok((raw, warnings)) => {
                for w in warnings {
                    self.diags
                        .warn(DiagnosticCode::MalformedTable, self.at(w.line), w.message);
                }
                self.push_table(raw, caption, line, anchors)
            }
            Err(e) => self.table_error(e),
        }
    }

    fn table_error(&mut self, e: TableError) {
        self.diags.error(
            DiagnosticCode::MalformedTable,
            self.at(e.line),
            format!("{}: the table is skipped", e.message),
        );
    }

    fn push_table(
        &mut self,
        raw: RawTable<'_>,
        caption: Option<&str>,
        line: usize,
        anchors: Vec<String>,
    ) {
        let mut anchors = anchors;
        if let Some(label) = self.item_label.take()
            && !anchors.contains(&label)
        {
            anchors.push(label);
        }
        let (number, caption) = match caption {
            Some(c) => {
                let (text, _) = inline::inline(c, &self.ctx);
                blocks::split_caption(&text.replace("**", ""))
            }
            // A table without a directive in a list item is titled by the item's text
            // (`-  Parameters in the **volume** field` then the table).
            None => match self.out.last() {
                Some(Block::Para {
                    text, item: true, ..
                }) if text.len() < 100 && !text.ends_with(['.', ':']) => {
                    (None, text.replace("**", ""))
                }
                _ => (None, String::new()),
            },
        };
        let mut table = Table {
            number,
            caption,
            anchors,
            header: None,
            rows: Vec::new(),
            line,
        };
        if let Some(header) = raw.header {
            let mut texts = vec![String::new(); raw.columns.max(1)];
            for (col, cell) in header {
                let text = self.cell(cell).text.replace("**", "");
                if let Some(slot) = texts.get_mut(col) {
                    *slot = blocks::collapse(&text);
                }
            }
            let used = texts
                .iter()
                .rposition(|t| !t.is_empty())
                .map_or(0, |p| p + 1);
            texts.truncate(used.max(1));
            table.header = Some(texts);
        }
        for raw_row in raw.rows {
            let mut row = Row {
                cells: Vec::new(),
                line: raw_row.line,
            };
            for (col, cell) in raw_row.cells {
                if row.cells.len() <= col {
                    row.cells.resize(col + 1, Cell::default());
                }
                row.cells[col] = self.cell(cell);
            }
            table.rows.push(row);
        }
        blocks::promote_header(&mut table);
        self.out.push(Block::Table(table));
    }

    /// Reads a cell's lines as a little page of its own and writes it as the HTML front end
    /// writes cells.
    fn cell(&mut self, raw: RawCell<'_>) -> Cell {
        let outer = std::mem::take(&mut self.out);
        let pending = std::mem::take(&mut self.pending);
        self.body(&raw.lines, false, false);
        let inner = std::mem::replace(&mut self.out, outer);
        self.pending = pending;
        blocks::cell_from_blocks(inner)
    }
}

/// The end of a simple table starting at `from`: after the rule followed by a blank line (or
/// the end), once at least two rules were seen.
fn simple_end(lines: &[Line<'_>], from: usize) -> usize {
    let mut rules = 0;
    for j in from..lines.len() {
        let l = &lines[j].1;
        if simple::is_rule(l) {
            rules += 1;
            let next_blank = lines.get(j + 1).is_none_or(|(_, n)| blank(n));
            if rules >= 2 && next_blank {
                return j + 1;
            }
        }
    }
    lines.len()
}

#[cfg(test)]
mod tests;
