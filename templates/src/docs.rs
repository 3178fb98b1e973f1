//! Description text to doc comments.
//!
//! Descriptions are read as Markdown with pulldown-cmark and written back as a restricted
//! Markdown that rustdoc renders as the text the document printed: every punctuation mark
//! Markdown or rustdoc could interpret (`[x]`, `<id>`, `*`, `_`, `` ` ``, `#`, `|`, `&`) is
//! backslash-escaped, bare URLs become `<...>` autolinks (so the `bare_urls` lint is quiet),
//! code blocks are fenced as `text` (never a doctest), and lines never start with spaces
//! (never an indented code block). Each output line becomes one `#[doc = "..."]` string
//! literal built by `quote!`, so no text can end the comment or the string.

use proc_macro2::TokenStream;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use quote::quote;

/// Normalises `text` into doc lines (no trailing empty lines).
pub fn lines(text: &str) -> Vec<String> {
    let mut out = String::new();
    let mut fence: Option<String> = None;
    // Inside list items every break becomes a space: a second line would be a lazy
    // continuation (clippy's doc_lazy_continuation).
    let mut items = 0usize;
    for event in Parser::new(&clean(text)) {
        match event {
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) if items > 0 => {
                out.push(' ')
            }
            Event::Text(t) if fence.is_some() => out.push_str(&t),
            Event::Text(t) => out.push_str(&escape(&t)),
            Event::Code(c) => out.push_str(&code(&c)),
            Event::Html(h) | Event::InlineHtml(h) => out.push_str(&escape(&h)),
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            Event::Start(Tag::CodeBlock(_)) => {
                let f = "`".repeat(3.max(longest_backtick_run(text) + 1));
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&format!("\n{f}text\n"));
                fence = Some(f);
            }
            Event::End(TagEnd::CodeBlock) => {
                if !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&fence.take().unwrap_or_default());
                out.push_str("\n\n");
            }
            Event::Start(Tag::Item) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str("- ");
                items += 1;
            }
            Event::End(TagEnd::Item) => {
                out.push('\n');
                items = items.saturating_sub(1);
            }
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => out.push('*'),
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) => out.push_str("**"),
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                // Text first, then the target as an autolink when it is a web URL.
                out.push('\u{0}');
                out.push_str(&dest_url);
                out.push('\u{0}');
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => close_link(&mut out),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::List(_))
            | Event::End(TagEnd::BlockQuote(_))
            | Event::Rule => out.push_str("\n\n"),
            Event::End(TagEnd::TableCell) => out.push_str(" \\| "),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => out.push('\n'),
            Event::TaskListMarker(done) => out.push_str(if done { "\\[x\\] " } else { "\\[ \\] " }),
            Event::FootnoteReference(f) => out.push_str(&escape(&f)),
            _ => {}
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut in_fence = false;
    for line in out.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        } else if in_fence {
            lines.push(line.trim_end().to_owned());
            continue;
        }
        let line = line.trim();
        if line.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(line.to_owned());
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Moves a link's target (stashed between NUL marks) behind its text.
fn close_link(out: &mut String) {
    let Some(end) = out.rfind('\u{0}') else {
        return;
    };
    let Some(start) = out[..end].rfind('\u{0}') else {
        return;
    };
    let url = out[start + 1..end].to_owned();
    let text = out[end + 1..].to_owned();
    out.truncate(start);
    out.push_str(&text);
    if is_web_url(&url) && !url.contains(['<', '>', ' ']) {
        out.push_str(&format!(" (<{url}>)"));
    }
}

fn is_web_url(text: &str) -> bool {
    text.starts_with("http://") || text.starts_with("https://")
}

/// Drops control characters (except line breaks) and normalises line ends. Backslashes are
/// literal in the vendors' plain text (regexes), so they are escaped before parsing.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\\', "\\\\")
        .chars()
        .filter(|&c| c == '\n' || !c.is_control())
        .collect()
}

/// Escapes plain text; bare URLs become autolinks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let next_url = ["https://", "http://"]
            .iter()
            .filter_map(|p| rest.find(p))
            .min();
        let Some(at) = next_url else {
            escape_into(rest, &mut out);
            break;
        };
        escape_into(&rest[..at], &mut out);
        let tail = &rest[at..];
        let len = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | '\''))
            .unwrap_or(tail.len());
        let url = tail[..len].trim_end_matches(['.', ',', ';', ':', ')', ']', '!', '?']);
        out.push('<');
        out.push_str(url);
        out.push('>');
        rest = &tail[url.len()..];
    }
    out
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '#'
                | '|'
                | '&'
                | '!'
                | '~'
                | '{'
                | '}'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
}

/// An inline code span showing `text` literally, whatever backticks it contains.
pub fn code(text: &str) -> String {
    if text.is_empty() {
        return "`\"\"` (empty)".to_owned();
    }
    let text = text.replace(['\n', '\r'], " ");
    let fence = "`".repeat(longest_backtick_run(&text) + 1);
    if text.starts_with('`') || text.ends_with('`') || text.starts_with(' ') {
        format!("{fence} {text} {fence}")
    } else {
        format!("{fence}{text}{fence}")
    }
}

fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

/// `#[doc = " line"]` attributes for `lines` (an empty line separates paragraphs).
pub fn attrs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote! { #(#[doc = #lines])* }
}

/// Doc attributes for a description followed by more lines (`extra`) in the same paragraph.
pub fn with_facts(description: Option<&str>, facts: &[String]) -> Vec<String> {
    let mut out = description.map(lines).unwrap_or_default();
    let facts = facts.join(" ");
    if !facts.is_empty() {
        let single = out.len() == 1;
        match out.last_mut() {
            // One short paragraph: keep the facts on its line.
            Some(last) if single && last.len() + facts.len() < 160 => {
                if !last.ends_with(['.', '!', '?', ':']) {
                    last.push('.');
                }
                last.push(' ');
                last.push_str(&facts);
            }
            Some(_) => {
                out.push(String::new());
                out.push(facts);
            }
            None => out.push(facts),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        lines(text).join("\n")
    }

    #[test]
    fn escapes_what_rustdoc_would_interpret() {
        assert_eq!(plain("any of [string, null]"), "any of \\[string, null\\]");
        assert_eq!(plain("GET /v1/<id>/x"), "GET /v1/\\<id\\>/x");
        assert_eq!(plain("a */ b \"#"), "a \\*/ b \"\\#");
        assert_eq!(plain("use `x` here"), "use `x` here");
        assert_eq!(plain("snake_case_name"), "snake\\_case\\_name");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(
            plain("see https://example.com/a?b=1."),
            "see <https://example.com/a?b=1>."
        );
        assert_eq!(plain("[docs](https://x.io)"), "docs (<https://x.io>)");
    }

    #[test]
    fn code_blocks_are_text_and_lines_never_indent() {
        assert_eq!(plain("    indented"), "```text\nindented\n```");
        assert_eq!(plain("a\n\n\n   b"), "a\n\nb");
    }

    #[test]
    fn output_reparses_to_plain_text_only() {
        for input in [
            "[x] <b>bold</b> *a* `c` [ref]: http://x",
            "1. item\n2. item",
            "# Title\ntext",
        ] {
            for event in Parser::new(&lines(input).join("\n")) {
                let link = matches!(&event, Event::Start(Tag::Link { link_type, .. }) if *link_type != pulldown_cmark::LinkType::Autolink);
                assert!(
                    !link && !matches!(event, Event::Html(_) | Event::InlineHtml(_)),
                    "{input:?} -> {event:?}"
                );
            }
        }
    }

    #[test]
    fn code_blocks_in_list_items_are_fenced_on_their_own_lines() {
        let out = plain("- **day**: text\n\n      code here\n- next");
        assert!(out.contains("\n```text\ncode here\n```"), "{out}");
    }

    #[test]
    fn list_items_stay_on_one_line() {
        assert_eq!(plain("- a\n  b\n- c\n\nafter"), "- a b\n- c\n\nafter");
    }

    #[test]
    fn code_spans_survive_backticks() {
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x`"), "`` `x` ``");
    }
}
