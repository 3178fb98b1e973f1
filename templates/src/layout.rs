//! Laying out the invocations of the generated crates' support macros (`builder!`,
//! `json_model!`, `setters!`, `model_builder!`, `open_enum!`, and the paging macros `paged!` and
//! `marked!`) one entry or argument per line, with their docs as `///` comments.
//!
//! prettyplease prints a macro's arguments as a stream of tokens filled into lines, since it
//! cannot know their grammar: a builder's documented fields came out as one block of
//! `#[doc = "..."] field : Vec < String >, #[doc = ...` wrapped at the margin. These macros'
//! arguments are lists (fields, variants, wire names, a pager's settings), so they are printed
//! here: each entry's attributes on lines of their own (a doc attribute as the `///` comment
//! rustc reads back into the same attribute), then the entry, one per line. Only whitespace
//! changes: every token is printed in order, a joint run of punctuation as one operator. The
//! file around them is still formatted by prettyplease: each invocation is swapped for a
//! placeholder before, and its text put in the placeholder's place after.

use proc_macro2::{Delimiter, Group, Literal, Spacing, TokenStream, TokenTree};

/// The support macros whose arguments are laid out here, and how.
const LAID_OUT: &[(&str, Shape)] = &[
    ("builder", Shape::Declaration),
    ("json_model", Shape::Declaration),
    ("setters", Shape::Declaration),
    ("model_builder", Shape::Declaration),
    ("open_enum", Shape::Declaration),
    ("paged", Shape::Arguments),
    ("marked", Shape::Arguments),
];

/// What a macro's arguments are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// A head and brace-delimited lists of entries (`Name("id") { field: T, ... }`): each entry
    /// on a line, its attributes above it.
    Declaration,
    /// Comma-separated arguments (`page Item, page: i64 = 0, |r| r.items, None`), each on a
    /// line; the last takes no comma (the macros' patterns allow none).
    Arguments,
}

/// The placeholder macro standing for the `n`th laid-out invocation while prettyplease runs.
const PLACEHOLDER: &str = "__docsdk_laid_out";

/// Replaces every invocation of a [`LAID_OUT`] macro among the items of `tokens` (also inside
/// `mod` items) by a placeholder, returning the tokens and the invocations' text, in order.
pub(crate) fn extract(tokens: TokenStream) -> (TokenStream, Vec<String>) {
    let mut texts = Vec::new();
    let tokens = extract_into(tokens, &mut texts);
    (tokens, texts)
}

fn extract_into(tokens: TokenStream, texts: &mut Vec<String>) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    // Where the current item starts: the body of a `mod` or an `impl` holds items too (the
    // paging macros stand in builders' `impl` blocks); other bodies are left alone.
    let mut item_start = 0;
    let mut i = 0;
    while i < trees.len() {
        if let Some((name, shape, args)) = invocation(&trees[i..]) {
            let placeholder: TokenStream = format!("{PLACEHOLDER}!({});", texts.len())
                .parse()
                .expect("the placeholder is Rust");
            texts.push(invocation_text(name, shape, args));
            out.extend(placeholder);
            i += INVOCATION_LEN;
            item_start = i;
            continue;
        }
        match &trees[i] {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                let holds_items = trees[item_start..i]
                    .iter()
                    .any(|t| is_ident(t, "mod") || is_ident(t, "impl"));
                if holds_items {
                    let inner = extract_into(g.stream(), texts);
                    out.push(TokenTree::Group(Group::new(Delimiter::Brace, inner)));
                } else {
                    out.push(trees[i].clone());
                }
                item_start = i + 1;
            }
            tree => {
                if is_punct(tree, ';') {
                    item_start = i + 1;
                }
                out.push(tree.clone());
            }
        }
        i += 1;
    }
    out.into_iter().collect()
}

/// `crate :: support :: name ! ( args ) ;`
const INVOCATION_LEN: usize = 10;

/// The macro name and arguments when `trees` starts with an invocation of a laid-out macro.
fn invocation(trees: &[TokenTree]) -> Option<(&'static str, Shape, TokenStream)> {
    let [
        krate,
        c1,
        c2,
        support,
        c3,
        c4,
        name,
        bang,
        TokenTree::Group(args),
        semi,
        ..,
    ] = trees
    else {
        return None;
    };
    let (name, shape) = LAID_OUT.iter().copied().find(|(n, _)| is_ident(name, n))?;
    let path = is_ident(krate, "crate")
        && is_punct(c1, ':')
        && is_punct(c2, ':')
        && is_ident(support, "support")
        && is_punct(c3, ':')
        && is_punct(c4, ':');
    let ok = path
        && is_punct(bang, '!')
        && args.delimiter() == Delimiter::Parenthesis
        && is_punct(semi, ';');
    ok.then(|| (name, shape, args.stream()))
}

fn is_ident(tree: &TokenTree, name: &str) -> bool {
    matches!(tree, TokenTree::Ident(i) if i == name)
}

fn is_punct(tree: &TokenTree, c: char) -> bool {
    matches!(tree, TokenTree::Punct(p) if p.as_char() == c)
}

/// Puts each laid-out invocation where prettyplease printed its placeholder, indented as the
/// placeholder was; `None` when a placeholder was not found on a line of its own.
pub(crate) fn restore(formatted: &str, texts: &[String]) -> Option<String> {
    if texts.is_empty() {
        return Some(formatted.to_owned());
    }
    let mut restored = 0;
    let mut out =
        String::with_capacity(formatted.len() + texts.iter().map(String::len).sum::<usize>());
    for line in formatted.split_inclusive('\n') {
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        let index = body
            .trim_end()
            .strip_prefix(PLACEHOLDER)
            .and_then(|rest| rest.strip_prefix("!("))
            .and_then(|rest| rest.strip_suffix(");"))
            .and_then(|n| n.parse::<usize>().ok());
        match index.and_then(|n| texts.get(n)) {
            Some(text) => {
                restored += 1;
                for text_line in text.lines() {
                    out.push_str(indent);
                    out.push_str(text_line);
                    out.push('\n');
                }
            }
            None => out.push_str(line),
        }
    }
    (restored == texts.len()).then_some(out)
}

/// The whole invocation: `crate::support::name!(`, the arguments indented, `);`.
fn invocation_text(name: &str, shape: Shape, args: TokenStream) -> String {
    let mut lines = Lines {
        indent: 1,
        ..Lines::default()
    };
    match shape {
        Shape::Declaration => lines.args(args),
        Shape::Arguments => {
            let arguments = split_entries(args);
            let last = arguments.len().saturating_sub(1);
            for (n, argument) in arguments.into_iter().enumerate() {
                lines.args(argument);
                if n < last {
                    lines.current.push(punct(","));
                }
                lines.finish_line();
            }
        }
    }
    lines.finish_line();
    let mut text = format!("crate::support::{name}!(\n");
    for line in &lines.done {
        text.push_str(line);
        text.push('\n');
    }
    text.push_str(");\n");
    text
}

/// The lines being written, and the one being filled.
#[derive(Default)]
struct Lines {
    done: Vec<String>,
    current: Vec<Tok>,
    indent: usize,
}

impl Lines {
    /// The macro's arguments: attributes on lines of their own, a brace group's entries one per
    /// line, everything else on the current line.
    fn args(&mut self, args: TokenStream) {
        let trees: Vec<TokenTree> = args.into_iter().collect();
        // Tokens for the current line are converted as a run, so that `::` stays one.
        let mut run: Vec<TokenTree> = Vec::new();
        let mut i = 0;
        while i < trees.len() {
            if let Some(attr) = attribute(&trees[i..]) {
                push_toks(run.drain(..), &mut self.current);
                self.finish_line();
                self.attribute(attr);
                i += 2;
                continue;
            }
            match &trees[i] {
                TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                    push_toks(run.drain(..), &mut self.current);
                    self.entries(g);
                }
                tree => run.push(tree.clone()),
            }
            i += 1;
        }
        push_toks(run, &mut self.current);
    }

    /// `{`, each comma-separated entry on its own line (its attributes above it), `}`.
    fn entries(&mut self, group: &Group) {
        let entries = split_entries(group.stream());
        if entries.is_empty() {
            self.current.push(Tok::Group(Delimiter::Brace, Vec::new()));
            return;
        }
        self.current.push(Tok::Open);
        self.finish_line();
        self.indent += 1;
        for entry in entries {
            self.args(entry);
            self.current.push(punct(","));
            self.finish_line();
        }
        self.indent -= 1;
        self.current.push(Tok::Close);
    }

    /// An attribute on a line of its own: a doc attribute as the `///` comment it reads back
    /// as (when its text allows), another as written.
    fn attribute(&mut self, bracket: &Group) {
        let inner: Vec<TokenTree> = bracket.stream().into_iter().collect();
        if let [name, eq, TokenTree::Literal(text)] = inner.as_slice()
            && is_ident(name, "doc")
            && is_punct(eq, '=')
            && let Some(doc) = doc_text(text)
        {
            let line = if doc.is_empty() {
                "///".to_owned()
            } else {
                format!("///{doc}")
            };
            self.push_line(line);
            return;
        }
        self.current.push(punct("#"));
        push_toks([TokenTree::Group(bracket.clone())], &mut self.current);
        self.finish_line();
    }

    fn push_line(&mut self, text: String) {
        self.done
            .push(format!("{}{text}", "    ".repeat(self.indent)));
    }

    fn finish_line(&mut self) {
        if self.current.is_empty() {
            return;
        }
        let text = join(&std::mem::take(&mut self.current));
        self.push_line(text);
    }
}

/// The bracket group of `#[...]` at the start of `trees`.
fn attribute(trees: &[TokenTree]) -> Option<&Group> {
    match trees {
        [TokenTree::Punct(p), TokenTree::Group(g), ..]
            if p.as_char() == '#' && g.delimiter() == Delimiter::Bracket =>
        {
            Some(g)
        }
        _ => None,
    }
}

/// The text of a doc literal, when a `///` line says exactly it: one line, not starting with
/// `/` (`////` is a plain comment), no carriage return.
fn doc_text(literal: &Literal) -> Option<String> {
    let text = syn::parse2::<syn::LitStr>(TokenTree::Literal(literal.clone()).into())
        .ok()?
        .value();
    (!text.starts_with('/') && !text.contains(['\n', '\r'])).then_some(text)
}

/// The entries of a list: split at the commas outside `<...>` (a comma in `BTreeMap<K, V>` is
/// part of its entry), without the commas.
fn split_entries(stream: TokenStream) -> Vec<TokenStream> {
    let mut entries = Vec::new();
    let mut current = Vec::new();
    let mut angle = 0usize;
    let mut previous_minus = false;
    for tree in stream {
        if let TokenTree::Punct(p) = &tree {
            match p.as_char() {
                '<' => angle += 1,
                '>' if !previous_minus => angle = angle.saturating_sub(1),
                ',' if angle == 0 => {
                    entries.push(std::mem::take(&mut current).into_iter().collect());
                    previous_minus = false;
                    continue;
                }
                _ => {}
            }
            previous_minus = p.as_char() == '-' && p.spacing() == Spacing::Joint;
        } else {
            previous_minus = false;
        }
        current.push(tree);
    }
    if !current.is_empty() {
        entries.push(current.into_iter().collect());
    }
    entries
}

/// A token as it is printed inline: punctuation runs (`::`, `->`, `=>`) joined.
#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Word(String),
    /// Punctuation, and whether it is joint with the next one (`&&`, `..`, `>>`): printed
    /// against it, so the tokens read back as they were.
    Punct(String, bool),
    Group(Delimiter, Vec<Tok>),
    /// The `{` ending a line whose entries follow.
    Open,
    /// The `}` after them.
    Close,
}

fn punct(text: &str) -> Tok {
    Tok::Punct(text.to_owned(), false)
}

fn push_toks(trees: impl IntoIterator<Item = TokenTree>, out: &mut Vec<Tok>) {
    for tree in trees {
        match tree {
            TokenTree::Ident(i) => out.push(Tok::Word(i.to_string())),
            TokenTree::Literal(l) => out.push(Tok::Word(l.to_string())),
            TokenTree::Punct(p) if p.as_char() == '\'' => {
                // A lifetime's quote, printed against its name.
                out.push(Tok::Word("'".into()));
            }
            TokenTree::Punct(p) => {
                let (c, joint) = (p.as_char(), p.spacing() == Spacing::Joint);
                // A joint run is one operator (`::`, `->`, `&&`, `..=`, `!=`, `>>`).
                match out.last_mut() {
                    Some(Tok::Punct(run, run_joint)) if *run_joint => {
                        run.push(c);
                        *run_joint = joint;
                    }
                    _ => out.push(Tok::Punct(c.to_string(), joint)),
                }
            }
            TokenTree::Group(g) => {
                let mut inner = Vec::new();
                push_toks(g.stream(), &mut inner);
                out.push(Tok::Group(g.delimiter(), inner));
            }
        }
    }
}

/// The tokens on one line, spaced as rustfmt spaces them in what these macros take
/// (`field: Vec<String>`, `Name("id")`, `Variant = "wire"`, `new(a: T) + extra`,
/// `|r| r.items.unwrap_or_default()`).
fn join(toks: &[Tok]) -> String {
    let mut out = String::new();
    let mut previous: Option<&Tok> = None;
    // Closure pipes alternate: after an opening one no space, before a closing one none.
    let mut open_pipe = false;
    for tok in toks {
        let pipe = matches!(tok, Tok::Punct(p, _) if p == "|");
        if let Some(p) = previous
            && space_between(p, tok, open_pipe)
        {
            out.push(' ');
        }
        if pipe {
            open_pipe = !open_pipe;
        }
        match tok {
            Tok::Word(w) | Tok::Punct(w, _) => out.push_str(w),
            Tok::Group(delimiter, inner) => {
                let (open, close) = match delimiter {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace if inner.is_empty() => ("{", "}"),
                    Delimiter::Brace => ("{ ", " }"),
                    Delimiter::None => ("", ""),
                };
                out.push_str(open);
                out.push_str(&join(inner));
                out.push_str(close);
            }
            Tok::Open => out.push('{'),
            Tok::Close => out.push('}'),
        }
        previous = Some(tok);
    }
    out
}

/// Whether a space goes between two tokens; `in_pipes` is true between a closure's pipes.
fn space_between(previous: &Tok, next: &Tok, in_pipes: bool) -> bool {
    fn op(t: &Tok) -> Option<&str> {
        match t {
            Tok::Punct(p, _) => Some(p.as_str()),
            _ => None,
        }
    }
    // `>`, `>>`: closing generics.
    let closes = |p: &str| p.chars().all(|c| c == '>');
    let word = |t: &Tok| matches!(t, Tok::Word(w) if w != "'");
    match (op(previous), op(next)) {
        // `a, b`, `x: T`, `a::b`, `Vec<T>`, `r?`, `a.b`, `x..y`.
        (_, Some("," | ";" | ":" | "::" | "<" | "?" | "." | ".." | "..=")) => false,
        (_, Some(n)) if closes(n) => false,
        // `a::b`, `<T`, `#[..]`, `@model`, `&x`, `a.b`, `x..y`, `!x`, `x!(..)`.
        (Some("::" | "<" | "#" | "@" | "&" | "." | ".." | "..=" | "!"), _) => false,
        (_, Some("!")) if word(previous) => false,
        // `|r|`: nothing inside the pipes' edges.
        (Some("|"), _) | (_, Some("|")) if in_pipes => false,
        _ => match (previous, next) {
            (Tok::Word(w), _) if w == "'" => false,
            // `Some(x)`, `v[0]`, `Vec<T>(..)`.
            (p, Tok::Group(Delimiter::Parenthesis | Delimiter::Bracket, _))
                if word(p) || op(p).is_some_and(closes) =>
            {
                false
            }
            _ => true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn laid_out(tokens: TokenStream) -> String {
        let (tokens, texts) = extract(tokens);
        let formatted = prettyplease::unparse(&syn::parse2(tokens).unwrap());
        restore(&formatted, &texts).expect("every placeholder restored")
    }

    #[test]
    fn builder_fields_go_one_per_line_with_their_docs() {
        let out = laid_out(quote! {
            use x::y;
            crate::support::builder!(
                #[derive(Debug)] ListThings("list_things") {
                    #[doc = " The project."] #[doc = ""] #[doc = " Path parameter `project_id`."]
                    project_id: String,
                    #[doc = " Filters."] filters: std::collections::BTreeMap<String, Vec<String>>,
                    name / null: Option<&'static str>
                }
            );
        });
        assert_eq!(
            out,
            "use x::y;\n\
             crate::support::builder!(\n    \
                 #[derive(Debug)]\n    \
                 ListThings(\"list_things\") {\n        \
                     /// The project.\n        \
                     ///\n        \
                     /// Path parameter `project_id`.\n        \
                     project_id: String,\n        \
                     /// Filters.\n        \
                     filters: std::collections::BTreeMap<String, Vec<String>>,\n        \
                     name / null: Option<&'static str>,\n    \
                 }\n\
             );\n"
        );
    }

    #[test]
    fn lists_after_heads_and_inside_modules_keep_their_place() {
        let out = laid_out(quote! {
            pub mod v2 {
                crate::support::setters!(@model Thing new(a: bool, b: Vec<u8>) + extra { c: String });
                crate::support::model_builder!(Thing ThingBuilder { a: bool } {} + extra);
                crate::support::json_model!(Empty {});
                crate::support::open_enum!(#[doc = "/not a comment"] Kind { A = "a", B = "b" });
            }
        });
        assert_eq!(
            out,
            "pub mod v2 {\n    \
                 crate::support::setters!(\n        \
                     @model Thing new(a: bool, b: Vec<u8>) + extra {\n            \
                         c: String,\n        \
                     }\n    \
                 );\n    \
                 crate::support::model_builder!(\n        \
                     Thing ThingBuilder {\n            \
                         a: bool,\n        \
                     } {} + extra\n    \
                 );\n    \
                 crate::support::json_model!(\n        \
                     Empty {}\n    \
                 );\n    \
                 crate::support::open_enum!(\n        \
                     #[doc = \"/not a comment\"]\n        \
                     Kind {\n            \
                         A = \"a\",\n            \
                         B = \"b\",\n        \
                     }\n    \
                 );\n\
             }\n"
        );
    }

    #[test]
    fn a_placeholder_not_printed_on_its_own_line_is_an_error() {
        let texts = vec!["crate::support::json_model!(\n    A {}\n);\n".to_owned()];
        assert_eq!(
            restore("__docsdk_laid_out!(0);\n", &texts).as_deref(),
            Some(texts[0].as_str())
        );
        assert_eq!(restore("fn f() { __docsdk_laid_out!(0); }\n", &texts), None);
    }

    #[test]
    fn paging_arguments_go_one_per_line_inside_the_builders_impl() {
        let out = laid_out(quote! {
            impl ListThings {
                fn request(self) -> u8 { 0 }
                crate::support::marked!(types::Thing, marker, limit: i64 = 20, |r| r.things.unwrap_or_default(), |items| items.last().and_then(|i| i.id.clone()));
            }
        });
        assert_eq!(
            out,
            "impl ListThings {\n    \
                 fn request(self) -> u8 {\n        \
                     0\n    \
                 }\n    \
                 crate::support::marked!(\n        \
                     types::Thing,\n        \
                     marker,\n        \
                     limit: i64 = 20,\n        \
                     |r| r.things.unwrap_or_default(),\n        \
                     |items| items.last().and_then(|i| i.id.clone())\n    \
                 );\n\
             }\n"
        );
    }

    #[test]
    fn joint_punctuation_stays_joint() {
        let mut toks = Vec::new();
        push_toks(
            quote!(a && b, x..=y, || f(), Vec<Vec<u8>>, a != b),
            &mut toks,
        );
        assert_eq!(join(&toks), "a && b, x..=y, || f(), Vec<Vec<u8>>, a != b");
    }

    #[test]
    fn other_macros_and_items_are_prettypleases() {
        let tokens = quote! {
            crate::support::request!(self, Get, "/v1/things");
            fn f() { crate::support::json_model!(NotAnItem {}); }
        };
        let (rest, texts) = extract(tokens.clone());
        assert!(texts.is_empty());
        assert_eq!(rest.to_string(), tokens.to_string());
    }
}
