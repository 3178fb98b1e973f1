//! Which `METHOD /path` lines of a page's URI section state its operation, and which are
//! examples of it (shared by the HTML and RST front ends: both give paragraphs and
//! preformatted blocks).
//!
//! Rules:
//! 1. A request line in a paragraph (or list item) is a **statement**
//!    (`GET /v1/{project_id}/subnets`).
//! 2. A request line in a code block (`<pre>`, `.. code-block::`) is an **example request**
//!    when the URI sections state the operation in a paragraph too, or when a paragraph
//!    introducing it says so (`Example:`, `Example of querying networks by page`). Pages
//!    print the full URL with a query string of values there
//!    (`GET https://{Endpoint}/v1/{project_id}/subnets?limit=10&marker=...`); it is not
//!    another operation. Only a page whose URI section has code blocks alone states its
//!    operation in them.
//! 3. Statements of one method and path (query strings aside) on one page are **one
//!    operation**: the first is kept and the others are further places that state it
//!    (`x-also-stated-at`). Several operations per page only come from distinct paths or
//!    methods (a page documenting a path under two API versions). Variants (`x-variants`)
//!    are for distinct pages that share a method and path, never for one page.

use docsdk_spec::Method;

/// One `METHOD /path` line of a URI section, as the page prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RequestLine {
    pub method: Method,
    /// The path (host dropped), query string kept.
    pub path: String,
    /// The URL or path as printed (`https://{Endpoint}/v1/...?limit=10`).
    pub printed: String,
    /// 1-based line.
    pub line: usize,
    /// Whether the line is in a code block (`<pre>`, `.. code-block::`).
    pub in_code: bool,
    /// Whether the paragraph before its code block introduces an example (`Example:`).
    pub after_example_intro: bool,
}

/// One operation a page states, with the other lines that state it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Statement {
    pub method: Method,
    /// The path as stated (query string kept: it places query parameters).
    pub path: String,
    pub line: usize,
    /// Lines of the page that state the same method and path again.
    pub also_at: Vec<usize>,
}

/// The statements and the example requests of a page's URI sections.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct UriLines {
    pub statements: Vec<Statement>,
    /// Example request lines (code blocks), in page order.
    pub examples: Vec<RequestLine>,
}

/// Whether a paragraph introduces an example (`Example:`, `Example of querying networks by
/// page`, `Examples`, `For example:`).
pub(crate) fn introduces_example(text: &str) -> bool {
    let t = text.replace("**", "");
    let t = t.trim().to_ascii_lowercase();
    t.starts_with("example") || t.starts_with("for example") || t.starts_with("sample")
}

/// Sorts the request lines of a page's URI sections into statements and examples (rules
/// 1-3 of the module).
pub(crate) fn classify(lines: Vec<RequestLine>) -> UriLines {
    let stated_in_prose = lines.iter().any(|l| !l.in_code);
    let mut out = UriLines::default();
    for l in lines {
        let example = l.in_code && (stated_in_prose || l.after_example_intro);
        if example {
            out.examples.push(l);
            continue;
        }
        let key = bare_path(&l.path);
        match out
            .statements
            .iter_mut()
            .find(|s| s.method == l.method && bare_path(&s.path) == key)
        {
            Some(s) => s.also_at.push(l.line),
            None => out.statements.push(Statement {
                method: l.method,
                path: l.path,
                line: l.line,
                also_at: Vec::new(),
            }),
        }
    }
    // Code blocks alone, each introduced as an example: the first states the operation.
    if out.statements.is_empty()
        && let Some(first) = out.examples.first().cloned()
    {
        out.examples.remove(0);
        let key = bare_path(&first.path);
        let also_at = out
            .examples
            .iter()
            .filter(|e| e.method == first.method && bare_path(&e.path) == key)
            .map(|e| e.line)
            .collect();
        out.examples
            .retain(|e| !(e.method == first.method && bare_path(&e.path) == key));
        out.statements.push(Statement {
            method: first.method,
            path: first.path,
            line: first.line,
            also_at,
        });
    }
    out
}

/// The path without its query string (`?a=1`, RFC 6570 `{?a,b}`).
pub(crate) fn bare_path(path: &str) -> &str {
    let end = path
        .find("{?")
        .or_else(|| path.find('?'))
        .unwrap_or(path.len());
    path[..end].trim_end_matches('/')
}

/// Whether a path segment is a template variable (`{network_id}`).
pub(crate) fn is_variable(segment: &str) -> bool {
    segment.starts_with('{') && segment.ends_with('}')
}

/// Whether `path` addresses one resource: its last segment is a variable
/// (`/v2.0/networks/{network_id}`).
pub(crate) fn addresses_one(path: &str) -> bool {
    bare_path(path).rsplit('/').next().is_some_and(is_variable)
}

/// Whether a concrete example path (`/v1/b2782e67.../fl/flow_logs?name=x`) is an instance of
/// the template (`/v1/{project_id}/fl/flow_logs`): segment by segment, a `{var}` matches any
/// segment.
pub(crate) fn instance_of(example: &str, template: &str) -> bool {
    let e: Vec<&str> = bare_path(example).split('/').collect();
    let t: Vec<&str> = bare_path(template).split('/').collect();
    e.len() == t.len()
        && e.iter()
            .zip(&t)
            .all(|(e, t)| is_variable(t) || e.eq_ignore_ascii_case(t) || e.starts_with('{'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(method: Method, path: &str, line: usize, in_code: bool, intro: bool) -> RequestLine {
        RequestLine {
            method,
            path: path.to_owned(),
            printed: path.to_owned(),
            line,
            in_code,
            after_example_intro: intro,
        }
    }

    #[test]
    fn a_code_block_after_a_stated_line_is_an_example() {
        let out = classify(vec![
            line(Method::Get, "/v1/{project_id}/subnets", 16, false, false),
            line(
                Method::Get,
                "/v1/{project_id}/subnets?limit=10&marker=4779ab1c",
                22,
                true,
                true,
            ),
        ]);
        assert_eq!(out.statements.len(), 1);
        assert_eq!(out.statements[0].line, 16);
        assert!(out.statements[0].also_at.is_empty());
        assert_eq!(out.examples.len(), 1);
        assert_eq!(out.examples[0].line, 22);
    }

    #[test]
    fn one_method_and_path_stated_twice_is_one_operation() {
        let out = classify(vec![
            line(Method::Get, "/v2.0/ports", 16, false, false),
            line(Method::Get, "/v2.0/ports?limit={limit}", 30, false, false),
            line(Method::Post, "/v2.0/ports", 40, false, false),
        ]);
        let got: Vec<_> = out
            .statements
            .iter()
            .map(|s| (s.method, s.line, s.also_at.clone()))
            .collect();
        assert_eq!(
            got,
            [(Method::Get, 16, vec![30]), (Method::Post, 40, vec![])]
        );
    }

    #[test]
    fn code_blocks_alone_state_the_operation() {
        let out = classify(vec![line(
            Method::Put,
            "/v2/{project_id}/x",
            9,
            true,
            false,
        )]);
        assert_eq!(out.statements.len(), 1);
        assert!(out.examples.is_empty());
        let out = classify(vec![
            line(Method::Get, "/v2/x", 9, true, true),
            line(Method::Get, "/v2/x?limit=2", 14, true, true),
        ]);
        assert_eq!(out.statements.len(), 1);
        assert_eq!(out.statements[0].also_at, [14]);
        assert!(out.examples.is_empty());
    }

    #[test]
    fn example_paths_are_instances_of_the_template() {
        assert!(instance_of(
            "/v1/b2782e6708b8475c993e6064bc456bf8/fl/flow_logs?name=flowlog",
            "/v1/{project_id}/fl/flow_logs"
        ));
        assert!(!instance_of(
            "/v2.0/networks?limit=2",
            "/v2.0/security-group-rules"
        ));
        assert!(introduces_example("Example:"));
        assert!(introduces_example("Example of querying networks by page"));
        assert!(!introduces_example("GET /v2.0/networks"));
    }
}

#[cfg(test)]
mod page_tests {
    /// The HTML front end follows the same rules: `<pre>` is the code block.
    #[test]
    fn html_pre_example_after_the_stated_line_is_an_example() {
        let html = "<html><body>\n<h1 class=\"topictitle1\">Querying Subnets</h1>\n<div class=\"section\"><h4 class=\"sectiontitle\">URI</h4>\n<p>GET /v1/{project_id}/subnets</p>\n<p>Example:</p>\n<pre class=\"screen\">GET https://{Endpoint}/v1/{project_id}/subnets?limit=10&amp;marker=4779ab1c</pre>\n<p>GET /v1/{project_id}/subnets?vpc_id={vpc_id}</p>\n</div>\n</body></html>";
        let out = crate::read_page("p.html", html);
        assert_eq!(out.operations.len(), 1, "{:?}", out.operations);
        let op = &out.operations[0].operation;
        assert_eq!(out.operations[0].path, "/v1/{project_id}/subnets");
        assert_eq!(op.source.as_ref().map(|s| s.line), Some(4));
        let also: Vec<usize> = op.also_stated_at.iter().map(|s| s.line).collect();
        assert_eq!(also, [7]);
        let example = op.example_request.as_ref().expect("the URI example");
        assert_eq!(example.source.as_ref().map(|s| s.line), Some(6));
    }
}
