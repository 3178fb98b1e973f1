//! The URI section: the method and path line, and example requests shown beside it.

use super::*;

impl Page<'_> {
    /// Example requests of the URI section (`GET https://{Endpoint}/v1/{project_id}/subnets?limit=10`):
    /// the operation's `x-example-request` when its Example Request section gives none,
    /// else a further place that states the operation (`x-also-stated-at`). An example of
    /// another path or method (a page copying the example of another API) is reported and
    /// left out.
    pub(super) fn attach_uri_examples(
        &mut self,
        op: &mut Operation,
        statement: &Statement,
        examples: &[RequestLine],
    ) {
        for ex in examples {
            let source = SourceRef::new(self.file, ex.line);
            if ex.method != statement.method || !uri::instance_of(&ex.path, &statement.path) {
                // Another statement of the page may be the one it illustrates.
                continue;
            }
            if op.example_request.is_none() {
                op.example_request = Some(ExampleRequest {
                    method: Some(ex.method.as_str().to_owned()),
                    path: Some(ex.printed.clone()),
                    source: Some(source),
                    ..ExampleRequest::default()
                });
            } else if !op.also_stated_at.contains(&source) {
                op.also_stated_at.push(source);
            }
        }
    }

    /// Example requests of the URI section that illustrate none of the page's statements
    /// (another path or method): reported once each.
    pub(super) fn report_stray_examples(&mut self, uri_lines: &UriLines) {
        for ex in &uri_lines.examples {
            let fits = uri_lines
                .statements
                .iter()
                .any(|s| s.method == ex.method && uri::instance_of(&ex.path, &s.path));
            if !fits {
                let stated: Vec<String> = uri_lines
                    .statements
                    .iter()
                    .map(|s| format!("`{} {}`", s.method.as_str(), strip_query(&s.path).0))
                    .collect();
                self.diags.warn(
                    DiagnosticCode::UnexpectedText,
                    self.at(ex.line),
                    format!(
                        "expected the example request of the URI section to use the stated {}, found `{} {}`: example left out",
                        stated.join(" or "),
                        ex.method.as_str(),
                        ex.path
                    ),
                );
            }
        }
    }

    /// The page's first `<a name>`: the DITA topic id, which the API Explorer sets to the
    /// operation name (`ListWorkforces`) also when the file is saved under another name.
    pub(super) fn first_anchor(&self) -> Option<String> {
        self.first_anchor.clone()
    }

    /// The `METHOD /path` lines of the URI sections, sorted into statements and example
    /// requests by the rules of [`uri`].
    pub(super) fn uri_lines(&mut self) -> UriLines {
        let mut lines: Vec<RequestLine> = Vec::new();
        let mut fallback = None;
        let sections: Vec<usize> = (0..self.sections.len())
            .filter(|&i| self.sections[i].kind == Kind::Uri)
            .collect();
        for s in sections {
            let texts: Vec<(String, usize, bool)> = self.sections[s]
                .blocks
                .iter()
                .filter_map(|&b| match &self.blocks[b] {
                    Block::Para { text, line, .. } => Some((text.clone(), *line, false)),
                    Block::Pre { text, line } => Some((text.clone(), *line, true)),
                    _ => None,
                })
                .collect();
            let before = lines.len();
            let mut intro = false;
            for (text, line, in_code) in texts.iter().cloned() {
                let plain = text.replace("**", "");
                let Some(caps) = URI_LINE.captures(plain.trim()) else {
                    if !in_code {
                        intro = uri::introduces_example(&plain);
                    }
                    continue;
                };
                let Some(method) = Method::parse(&caps[1]) else {
                    continue;
                };
                let raw = caps[2].trim();
                let path = normalize_path(raw);
                if !path.starts_with('/') {
                    self.diags.warn(
                        DiagnosticCode::UnexpectedText,
                        self.at(line),
                        format!("expected a path starting with `/` after `{}`, found `{raw}`: line skipped", method.as_str()),
                    );
                    continue;
                }
                lines.push(RequestLine {
                    method,
                    path,
                    printed: raw.to_owned(),
                    line,
                    in_code,
                    after_example_intro: in_code && intro,
                });
                if !in_code {
                    intro = false;
                }
            }
            if lines.len() == before && fallback.is_none() {
                let texts: Vec<(String, usize)> =
                    texts.into_iter().map(|(t, l, _)| (t, l)).collect();
                fallback = separate_path_and_method(&texts);
            }
        }
        let mut out = uri::classify(lines);
        if out.statements.is_empty()
            && let Some((method, path, line)) = fallback
        {
            out.statements.push(Statement {
                method,
                path,
                line,
                also_at: Vec::new(),
            });
        }
        out
    }
}

/// Normalises a URI line's target: drops `https://{endpoint}` and spaces inside the path.
pub(super) fn normalize_path(raw: &str) -> String {
    let mut p: String = raw.split_whitespace().collect();
    if let Some(rest) = p
        .strip_prefix("https://")
        .or_else(|| p.strip_prefix("http://"))
    {
        p = match rest.find('/') {
            Some(i) => rest[i..].to_owned(),
            None => "/".to_owned(),
        };
    }
    p
}

/// Splits `?a={a}&b={b}` or `{?a,b}` off a path; returns the path and the query variables.
/// A URI section that writes the path and the method on separate lines (`/v2/x` and
/// `Method: PUT`, or a bare `PUT`): one operation at the path's line.
pub(super) fn separate_path_and_method(
    texts: &[(String, usize)],
) -> Option<(Method, String, usize)> {
    static PATH_ONLY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:https?://\S*?)?(/\S*)$").expect("the pattern is valid"));
    static METHOD_ONLY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:http |request )?method\s*:?\s*)?(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\.?$")
            .expect("the pattern is valid")
    });
    let plain = |t: &str| t.replace("**", "").trim().to_owned();
    let (path, line) = texts.iter().find_map(|(t, line)| {
        PATH_ONLY
            .captures(&plain(t))
            .map(|c| (normalize_path(&c[1]), *line))
    })?;
    let method = texts.iter().find_map(|(t, _)| {
        METHOD_ONLY
            .captures(&plain(t))
            .and_then(|c| Method::parse(&c[1].to_ascii_uppercase()))
    })?;
    Some((method, path, line))
}

pub(super) fn strip_query(path: &str) -> (String, Vec<String>) {
    if let Some(i) = path.find("{?") {
        let vars = path[i + 2..]
            .trim_end_matches('}')
            .split(',')
            .map(|v| v.trim().trim_end_matches('*').to_owned())
            .filter(|v| !v.is_empty())
            .collect();
        return (path[..i].to_owned(), vars);
    }
    if let Some((p, q)) = path.split_once('?') {
        let vars = q
            .split('&')
            .filter_map(|kv| kv.split('=').next())
            .map(|k| k.trim().trim_matches(|c| c == '{' || c == '}').to_owned())
            .filter(|k| !k.is_empty())
            .collect();
        return (p.to_owned(), vars);
    }
    (path.to_owned(), Vec::new())
}

/// The template variable a row name stands for: the same name, or the same once case, `_`
/// and `-` are ignored (`instanceId` for `{instance_id}`).
pub(super) fn match_var(name: &str, vars: &[String]) -> Option<String> {
    if let Some(v) = vars.iter().find(|v| v.as_str() == name) {
        return Some(v.clone());
    }
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let n = norm(name);
    vars.iter().find(|v| norm(v) == n).cloned()
}
