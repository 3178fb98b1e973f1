//! HTML parsing with line numbers.
//!
//! `scraper` keeps no source positions, so the parser is driven through a tree sink that wraps
//! scraper's own and records, for every element it creates, the line the tokenizer was on when
//! the tree builder received the tag (html5ever reports it through `set_current_line`). That is
//! the line of the tag's `>`, exact even when the tree builder moves elements around (implied
//! `tbody`, foster-parented content), which counting tags in the raw text would not be.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::HashMap;

use ego_tree::{NodeId, NodeRef};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink, Node};

/// A parsed page: scraper's tree plus the line of every element (in the parsed text).
pub(crate) struct Dom {
    pub html: Html,
    lines: HashMap<NodeId, usize>,
}

impl Dom {
    /// Parses `text` as an HTML document.
    pub fn parse(text: &str) -> Dom {
        let sink = LineSink {
            inner: HtmlTreeSink::new(Html::new_document()),
            line: Cell::new(1),
            lines: RefCell::new(HashMap::new()),
        };
        let (html, lines) = html5ever::driver::parse_document(sink, Default::default()).one(text);
        Dom { html, lines }
    }

    /// The line of `node`: its own for an element, its nearest element ancestor's otherwise.
    pub fn line(&self, node: NodeRef<'_, Node>) -> usize {
        let mut current = Some(node);
        while let Some(n) = current {
            if let Some(line) = self.lines.get(&n.id()) {
                return *line;
            }
            current = n.parent();
        }
        1
    }
}

struct LineSink {
    inner: HtmlTreeSink,
    line: Cell<u64>,
    lines: RefCell<HashMap<NodeId, usize>>,
}

impl TreeSink for LineSink {
    type Handle = NodeId;
    type Output = (Html, HashMap<NodeId, usize>);
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Self::Output {
        (self.inner.finish(), self.lines.into_inner())
    }
    fn parse_error(&self, msg: Cow<'static, str>) {
        self.inner.parse_error(msg)
    }
    fn get_document(&self) -> NodeId {
        self.inner.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        self.inner.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let id = self.inner.create_element(name, attrs, flags);
        let line = usize::try_from(self.line.get()).unwrap_or(usize::MAX);
        self.lines.borrow_mut().insert(id, line);
        id
    }
    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.inner.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.inner.create_pi(target, data)
    }
    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.inner.append(parent, child)
    }
    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        self.inner
            .append_based_on_parent_node(element, prev_element, child)
    }
    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id)
    }
    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.inner.get_template_contents(target)
    }
    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.inner.same_node(x, y)
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode)
    }
    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.inner.append_before_sibling(sibling, new_node)
    }
    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs)
    }
    fn remove_from_parent(&self, target: &NodeId) {
        self.inner.remove_from_parent(target)
    }
    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.inner.reparent_children(node, new_parent)
    }
    fn set_current_line(&self, line_number: u64) {
        self.line.set(line_number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_element_lines() {
        let dom = Dom::parse(
            "<h1>A</h1>\n<div>\n<table><tr><td>x</td></tr>\n<tr><td>y</td></tr></table></div>",
        );
        let tds: Vec<usize> = dom
            .html
            .tree
            .root()
            .descendants()
            .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "td"))
            .map(|n| dom.line(n))
            .collect();
        assert_eq!(tds, vec![3, 4]);
    }
}
