//! Inline markup of a paragraph or cell line: `:ref:` links, external links, literals and
//! escapes become plain text plus [`Link`]s; `**bold**` stays as `**x**`, which is how the HTML
//! front end writes bold too, so value and default rules read both alike.

use std::sync::LazyLock;

use regex::Regex;

use super::labels::Labels;
use crate::blocks::{Link, collapse};

static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    // :ref:`text <label>`, :ref:`label`, `text <url>`_ / __, ``literal``, other roles.
    Regex::new(
        r"(?s):ref:`([^`<]*?)\s*<([^`>]+)>`|:ref:`([^`]+)`|`([^`<]+?)\s*<([^`>]+)>`__?|``(.+?)``|:[a-z]+:`([^`]*)`",
    )
    .expect("the pattern is valid")
});

/// Where the text of a paragraph is being read: the page (for own-page labels) and every
/// label of the pages read together.
pub(crate) struct LinkContext<'a> {
    /// Base name of the page being read.
    pub file: &'a str,
    /// Labels defined on this page.
    pub own: &'a std::collections::HashSet<String>,
    /// Labels of all pages read together (empty for a page read alone).
    pub all: &'a Labels,
}

impl LinkContext<'_> {
    /// The href the HTML front end would have: `#label` on this page, `page#label` on another
    /// read page; a label no page read defines keeps the label's page prefix
    /// (`vpc_0001__table1` -> `vpc_0001.html#vpc_0001__table1`), which the service reports as
    /// an unresolved table.
    fn href(&self, label: &str) -> String {
        let label = label.trim();
        if self.own.contains(label) {
            return format!("#{label}");
        }
        match self.all.file_of(label) {
            Some(file) if file == self.file => format!("#{label}"),
            Some(file) => format!("{file}#{label}"),
            None => {
                let page = label.split("__").next().unwrap_or(label);
                format!("{page}.html#{label}")
            }
        }
    }
}

/// Converts `text` (lines of one paragraph joined by spaces) into plain text with `**bold**`
/// kept, and the links it holds.
pub(crate) fn inline(text: &str, ctx: &LinkContext<'_>) -> (String, Vec<Link>) {
    // Every role and literal holds a backquote; most cell lines hold none and are not
    // searched (regex searches are slow in the debug build regen runs in).
    if !text.contains('`') {
        return (collapse(&unescape(text)), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut links = Vec::new();
    let mut last = 0;
    for caps in ROLE.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        out.push_str(&unescape(&text[last..whole.start()]));
        last = whole.end();
        if let (Some(label_text), Some(label)) = (caps.get(1), caps.get(2)) {
            let shown = collapse(label_text.as_str());
            links.push(Link {
                href: ctx.href(label.as_str()),
                text: shown.clone(),
            });
            out.push_str(&shown);
        } else if let Some(label) = caps.get(3) {
            let label = label.as_str().trim();
            let shown = ctx
                .all
                .title_of(label)
                .map_or_else(|| label.to_owned(), str::to_owned);
            links.push(Link {
                href: ctx.href(label),
                text: shown.clone(),
            });
            out.push_str(&shown);
        } else if let (Some(shown), Some(url)) = (caps.get(4), caps.get(5)) {
            let shown = collapse(shown.as_str());
            links.push(Link {
                href: url.as_str().trim().to_owned(),
                text: shown.clone(),
            });
            out.push_str(&shown);
        } else if let Some(literal) = caps.get(6).or_else(|| caps.get(7)) {
            out.push_str(literal.as_str());
        }
    }
    out.push_str(&unescape(&text[last..]));
    (collapse(&out), links)
}

/// Drops RST backslash escapes (`\_` -> `_`, `\ ` -> nothing).
fn unescape(text: &str) -> String {
    if !text.contains('\\') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(' ') | None => {}
                Some(next) => out.push(next),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    fn ctx_with<'a>(own: &'a HashSet<String>, all: &'a Labels) -> LinkContext<'a> {
        LinkContext {
            file: "a.rst",
            own,
            all,
        }
    }

    #[test]
    fn ref_links_resolve_on_the_page_across_pages_and_by_prefix() {
        let own: HashSet<String> = ["p1__t1".to_owned()].into();
        let mut all = Labels::default();
        all.insert("p2__t9", "b.rst", None);
        all.insert("p2", "b.rst", Some("Querying Things".into()));
        let ctx = ctx_with(&own, &all);
        let (text, links) = inline(
            "Array of :ref:`sg <p1__t1>` objects, see :ref:`Table 9 <p2__t9>`, :ref:`p2` and :ref:`x <p3__t2>`.",
            &ctx,
        );
        assert_eq!(
            text,
            "Array of sg objects, see Table 9, Querying Things and x."
        );
        let hrefs: Vec<&str> = links.iter().map(|l| l.href.as_str()).collect();
        assert_eq!(
            hrefs,
            ["#p1__t1", "b.rst#p2__t9", "b.rst#p2", "p3.html#p3__t2"]
        );
    }

    #[test]
    fn bold_stays_literals_and_escapes_go() {
        let own = HashSet::new();
        let all = Labels::default();
        let (text, links) = inline(
            "Values: **a\\_b**, ``c``  and `site <https://x.example>`__",
            &ctx_with(&own, &all),
        );
        assert_eq!(text, "Values: **a_b**, c and site");
        assert_eq!(links[0].href, "https://x.example");
    }
}
