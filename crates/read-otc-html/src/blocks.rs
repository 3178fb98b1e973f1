//! Flattens a page's DOM into blocks in document order: headings, paragraphs, `<pre>` texts
//! and tables. Sections are then found by reading the blocks in order, whatever the wrapping
//! (`div.section` subtrees, flat `h4.sectiontitle` siblings, tables in a `div.p` after the
//! section's div).
//!
//! Inline text keeps bold as `**x**` (enum values and defaults are printed bold) and collects
//! the links it contains.

use ego_tree::NodeRef;
use scraper::Node;

use crate::dom::Dom;

/// A link: target and visible text.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Link {
    pub href: String,
    pub text: String,
}

/// One block of the page.
#[derive(Clone, Debug)]
pub(crate) enum Block {
    /// `h1`..`h6`; `section` is true for section titles (`class="sectiontitle"` or h2-h6).
    Heading {
        level: u8,
        section: bool,
        text: String,
        line: usize,
    },
    /// A paragraph or list item (`item` true), with bold as `**x**`.
    Para {
        text: String,
        links: Vec<Link>,
        line: usize,
        item: bool,
    },
    /// Preformatted text, as printed.
    Pre { text: String, line: usize },
    /// A table.
    Table(Table),
}

/// A table with its caption, anchors and cells.
#[derive(Clone, Debug, Default)]
pub(crate) struct Table {
    /// The number in the caption (`Table 4`).
    pub number: Option<u32>,
    /// The caption without `Table N` (plain text).
    pub caption: String,
    /// The table's id and the `<a name>` anchors just before it.
    pub anchors: Vec<String>,
    /// Header cells (plain text), when the table has a header row.
    pub header: Option<Vec<String>>,
    /// Body rows.
    pub rows: Vec<Row>,
    /// Line of the `<table>` tag.
    pub line: usize,
}

/// A body row.
#[derive(Clone, Debug, Default)]
pub(crate) struct Row {
    /// Cells by column (a cell's `headers` attribute places it; otherwise its position).
    pub cells: Vec<Cell>,
    pub line: usize,
}

/// A cell: its text (paragraphs and list items on their own lines, items as `- x`) and links.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cell {
    pub text: String,
    pub links: Vec<Link>,
}

impl Row {
    /// The cell in column `index`, if present.
    pub fn cell(&self, index: Option<usize>) -> Option<&Cell> {
        self.cells.get(index?)
    }
}

const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "head",
    "title",
];

fn is_block(name: &str) -> bool {
    BLOCK_TAGS.contains(&name)
}

/// Inline text being gathered into a paragraph.
#[derive(Default)]
struct Acc {
    text: String,
    links: Vec<Link>,
    line: Option<usize>,
    anchors: Vec<String>,
}

impl Acc {
    fn push_text(&mut self, text: &str, line: usize) {
        if text.trim().is_empty() {
            if !self.text.is_empty() && !self.text.ends_with(' ') {
                self.text.push(' ');
            }
            return;
        }
        if self.line.is_none() {
            self.line = Some(line);
        }
        for (i, word) in text.split_whitespace().enumerate() {
            let needs_space = (i > 0 || text.starts_with(char::is_whitespace))
                && !self.text.is_empty()
                && !self.text.ends_with(' ');
            if needs_space {
                self.text.push(' ');
            }
            self.text.push_str(word);
        }
        if text.ends_with(char::is_whitespace) && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
    }
}

/// Flattens the document into blocks.
pub(crate) fn blocks(dom: &Dom) -> Vec<Block> {
    let mut walker = Walker {
        dom,
        out: Vec::new(),
        acc: Acc::default(),
        pending_anchors: Vec::new(),
        in_item: false,
    };
    walker.walk(dom.html.tree.root());
    walker.flush();
    walker.out
}

struct Walker<'a> {
    dom: &'a Dom,
    out: Vec<Block>,
    acc: Acc,
    pending_anchors: Vec<String>,
    in_item: bool,
}

impl Walker<'_> {
    fn flush(&mut self) {
        let acc = std::mem::take(&mut self.acc);
        self.pending_anchors.extend(acc.anchors);
        let text = acc.text.trim();
        if text.is_empty() {
            return;
        }
        // Text between an anchor and a table breaks their association.
        self.pending_anchors.clear();
        self.out.push(Block::Para {
            text: text.to_owned(),
            links: acc.links,
            line: acc.line.unwrap_or(1),
            item: self.in_item,
        });
    }

    fn walk(&mut self, node: NodeRef<'_, Node>) {
        for child in node.children() {
            match child.value() {
                Node::Text(text) => {
                    let line = self.dom.line(child);
                    self.acc.push_text(text, line);
                }
                Node::Element(element) => {
                    let name = element.name();
                    if !is_block(name) {
                        inline(self.dom, child, &mut self.acc, false);
                        continue;
                    }
                    self.flush();
                    let line = self.dom.line(child);
                    match name {
                        "table" => {
                            let mut table = read_table(self.dom, child);
                            let mut anchors = std::mem::take(&mut self.pending_anchors);
                            anchors.append(&mut table.anchors);
                            table.anchors = anchors;
                            self.out.push(Block::Table(table));
                        }
                        "pre" => {
                            let text = pre_text(child);
                            self.out.push(Block::Pre { text, line });
                        }
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                            let level = name.as_bytes()[1] - b'0';
                            let section = element
                                .attr("class")
                                .is_some_and(|c| c.split_whitespace().any(|c| c == "sectiontitle"))
                                || level > 1;
                            let text = plain_text(child);
                            self.out.push(Block::Heading {
                                level,
                                section,
                                text,
                                line,
                            });
                        }
                        "head" | "title" => {}
                        "li" => {
                            let was = self.in_item;
                            self.in_item = true;
                            self.walk(child);
                            self.flush();
                            self.in_item = was;
                        }
                        _ => {
                            if let Some(id) = element.attr("id") {
                                self.pending_anchors.push(id.to_owned());
                            }
                            self.walk(child);
                            self.flush();
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// Appends the inline content of `node` (an inline element) to `acc`.
fn inline(dom: &Dom, node: NodeRef<'_, Node>, acc: &mut Acc, in_bold: bool) {
    let Some(element) = node.value().as_element() else {
        if let Node::Text(text) = node.value() {
            acc.push_text(text, dom.line(node));
        }
        return;
    };
    let name = element.name();
    if name == "br" {
        acc.push_text(" ", dom.line(node));
        return;
    }
    if name == "a" {
        if let Some(anchor) = element.attr("name") {
            acc.anchors.push(anchor.to_owned());
        }
        if let Some(href) = element.attr("href") {
            let text = plain_text(node);
            acc.links.push(Link {
                href: href.to_owned(),
                text: text.clone(),
            });
        }
    }
    let bold = matches!(name, "strong" | "b") && !in_bold;
    if bold {
        let inner_text = plain_text(node);
        let trimmed = inner_text.trim();
        if trimmed.is_empty() {
            acc.push_text(&inner_text, dom.line(node));
            return;
        }
        // Keep the surrounding spaces outside the markers: `**Table 3** text`.
        if inner_text.starts_with(char::is_whitespace) {
            acc.push_text(" ", dom.line(node));
        }
        if acc.line.is_none() {
            acc.line = Some(dom.line(node));
        }
        let mut inner = Acc::default();
        for child in node.children() {
            inline(dom, child, &mut inner, true);
        }
        acc.text.push_str("**");
        acc.text.push_str(inner.text.trim());
        acc.text.push_str("**");
        acc.links.extend(inner.links);
        acc.anchors.extend(inner.anchors);
        if inner_text.ends_with(char::is_whitespace) {
            acc.text.push(' ');
        }
        return;
    }
    for child in node.children() {
        inline(dom, child, acc, in_bold || matches!(name, "strong" | "b"));
    }
}

/// The text of `node` with whitespace collapsed, no markup.
pub(crate) fn plain_text(node: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            out.push_str(t);
        }
    }
    collapse(&out)
}

/// Collapses whitespace runs to one space and trims.
pub(crate) fn collapse(text: &str) -> String {
    // Most texts (cell lines, joined paragraphs) already read so: ASCII with single spaces
    // between words. They are copied as they are rather than split into words and joined
    // again; anything else (other whitespace, non-ASCII text) takes the general way.
    let mut after_space = true;
    let mut clean = true;
    for &b in text.as_bytes() {
        if b == b' ' {
            if after_space {
                clean = false;
                break;
            }
            after_space = true;
        } else if !b.is_ascii() || b.is_ascii_whitespace() || b == 0x0B {
            clean = false;
            break;
        } else {
            after_space = false;
        }
    }
    // A trailing space is not collapsed either.
    if clean && !text.ends_with(' ') {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pre_text(node: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            out.push_str(t);
        }
    }
    out
}

fn read_table(dom: &Dom, node: NodeRef<'_, Node>) -> Table {
    let mut table = Table {
        line: dom.line(node),
        ..Table::default()
    };
    if let Some(id) = node.value().as_element().and_then(|e| e.attr("id")) {
        table.anchors.push(id.to_owned());
    }
    let mut header_ids: Vec<String> = Vec::new();
    for d in node.descendants() {
        let Some(element) = d.value().as_element() else {
            continue;
        };
        match element.name() {
            "caption" if table.caption.is_empty() => {
                let text = plain_text(d);
                let (number, rest) = split_caption(&text);
                table.number = number;
                table.caption = rest;
            }
            "tr" if !inside_nested_table(d, node) => {
                let cells: Vec<NodeRef<'_, Node>> = d
                    .children()
                    .filter(|c| {
                        c.value()
                            .as_element()
                            .is_some_and(|e| e.name() == "td" || e.name() == "th")
                    })
                    .collect();
                let all_th = !cells.is_empty()
                    && cells
                        .iter()
                        .all(|c| c.value().as_element().is_some_and(|e| e.name() == "th"));
                if all_th && table.header.is_none() && table.rows.is_empty() {
                    header_ids = cells
                        .iter()
                        .map(|c| {
                            c.value()
                                .as_element()
                                .and_then(|e| e.attr("id"))
                                .unwrap_or("")
                                .to_owned()
                        })
                        .collect();
                    table.header = Some(cells.iter().map(|c| plain_text(*c)).collect());
                    continue;
                }
                let mut row = Row {
                    cells: Vec::new(),
                    line: dom.line(d),
                };
                for (position, c) in cells.iter().enumerate() {
                    let column = c
                        .value()
                        .as_element()
                        .and_then(|e| e.attr("headers"))
                        .and_then(|h| h.split_whitespace().next())
                        .and_then(|h| header_ids.iter().position(|id| !id.is_empty() && id == h))
                        .unwrap_or(position);
                    if row.cells.len() <= column {
                        row.cells.resize(column + 1, Cell::default());
                    }
                    row.cells[column] = read_cell(dom, *c);
                }
                table.rows.push(row);
            }
            _ => {}
        }
    }
    promote_header(&mut table);
    table
}

/// Some tables put the header words in a plain first row: that row becomes the header (both
/// front ends).
pub(crate) fn promote_header(table: &mut Table) {
    if table.header.is_none() {
        // Some tables put the header words in a plain first row.
        let looks_like_header = table.rows.first().is_some_and(|r| {
            let words: Vec<String> = r
                .cells
                .iter()
                .map(|c| c.text.to_ascii_lowercase())
                .collect();
            words
                .iter()
                .any(|w| w == "parameter" || w == "name" || w == "status code")
                && words.iter().any(|w| w == "description" || w == "type")
        });
        if looks_like_header {
            let first = table.rows.remove(0);
            table.header = Some(
                first
                    .cells
                    .into_iter()
                    .map(|c| c.text.replace("**", ""))
                    .collect(),
            );
        }
    }
}

fn inside_nested_table(row: NodeRef<'_, Node>, table: NodeRef<'_, Node>) -> bool {
    row.ancestors()
        .find(|a| a.value().as_element().is_some_and(|e| e.name() == "table"))
        .is_some_and(|t| t.id() != table.id())
}

/// Splits `Table 4 ImageGroup` into (4, `ImageGroup`).
pub(crate) fn split_caption(text: &str) -> (Option<u32>, String) {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix("Table") {
        let rest = rest.trim_start();
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        if !digits.is_empty() {
            let after = rest[digits.len()..]
                .trim_start_matches([' ', '.', ':'])
                .trim();
            return (digits.parse().ok(), after.to_owned());
        }
    }
    (None, text.to_owned())
}

fn read_cell(dom: &Dom, node: NodeRef<'_, Node>) -> Cell {
    let mut walker = Walker {
        dom,
        out: Vec::new(),
        acc: Acc::default(),
        pending_anchors: Vec::new(),
        in_item: false,
    };
    walker.walk(node);
    walker.flush();
    cell_from_blocks(walker.out)
}

/// Writes a cell's blocks as one text: paragraphs and list items on their own lines, items as
/// `- x`, nested table rows as `a | b` (both front ends).
pub(crate) fn cell_from_blocks(blocks: Vec<Block>) -> Cell {
    let mut cell = Cell::default();
    let mut lines = Vec::new();
    for block in blocks {
        match block {
            Block::Para {
                text, links, item, ..
            } => {
                lines.push(if item { format!("- {text}") } else { text });
                cell.links.extend(links);
            }
            Block::Pre { text, .. } => lines.push(text),
            Block::Heading { text, .. } => lines.push(text),
            Block::Table(t) => {
                for row in t.rows {
                    let texts: Vec<String> = row.cells.into_iter().map(|c| c.text).collect();
                    lines.push(texts.join(" | "));
                }
            }
        }
    }
    cell.text = lines.join("\n");
    cell
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_takes_the_short_way_only_for_text_that_reads_collapsed() {
        for text in [
            "", " ", "a b", "a  b", " a", "a ", "a\tb", "a\u{b}b", "a\u{a0}b", "é b", "**x**: y",
        ] {
            let general = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse(text), general, "{text:?}");
        }
    }

    #[test]
    fn flattens_sections_tables_and_bold() {
        let dom = Dom::parse(
            "<h1 class=\"topictitle1\">T</h1>\n<div class=\"section\"><h4 class=\"sectiontitle\">URI</h4><p>GET /v1/x</p></div>\n<div class=\"p\">see<div class=\"tablenoborder\"><a name=\"t1\"></a><table id=\"t1x\"><caption><b>Table 1 </b>Path Parameters</caption><thead><tr><th id=\"h1\">Parameter</th><th id=\"h2\">Type</th></tr></thead>\n<tbody><tr><td headers=\"h1 \"><p>a</p></td><td headers=\"h2 \"><p>Enums:</p><ul><li><p><strong>X</strong>: x</p></li></ul></td></tr></tbody></table></div></div>",
        );
        let b = blocks(&dom);
        assert!(matches!(&b[0], Block::Heading { level: 1, text, .. } if text == "T"));
        assert!(
            matches!(&b[1], Block::Heading { section: true, text, line: 2, .. } if text == "URI")
        );
        assert!(matches!(&b[2], Block::Para { text, .. } if text == "GET /v1/x"));
        let Block::Table(t) = &b[4] else {
            panic!("{b:?}")
        };
        assert_eq!(t.number, Some(1));
        assert_eq!(t.caption, "Path Parameters");
        assert_eq!(t.anchors, vec!["t1".to_owned(), "t1x".to_owned()]);
        assert_eq!(t.rows[0].cells[1].text, "Enums:\n- **X**: x");
        assert_eq!(t.rows[0].line, 4);
    }
}
