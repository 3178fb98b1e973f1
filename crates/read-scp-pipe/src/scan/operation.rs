//! One operation-version block: method line, description, state, version table,
//! parameters, responses and the examples (whose JSON ends where its brackets balance).

use docsdk_spec::DiagnosticCode;
use docsdk_spec::Method;

use super::{
    ExampleRequestBlock, ExampleResponseBlock, HEADER_LINE, HEADING, JsonText, Located,
    METHOD_LINE, OperationBlock, RESPONSE_LINE, Scanner,
};
use crate::rows;

impl Scanner<'_> {
    /// The block of one operation version, from the line after its heading up to the next
    /// heading or service.
    pub(super) fn operation(
        &mut self,
        heading_index: usize,
        version: &str,
        title: Option<Located<String>>,
    ) -> OperationBlock {
        let mut op = OperationBlock {
            heading_line: heading_index + 1,
            version: version.to_owned(),
            title,
            method: None,
            path: String::new(),
            description: Vec::new(),
            state: None,
            version_rows: Vec::new(),
            version_date_label: None,
            params: Vec::new(),
            responses_line: None,
            responses: Vec::new(),
            example_request: None,
            example_response: None,
        };
        match self.peek().and_then(|l| METHOD_LINE.captures(l)) {
            Some(caps) => {
                let method = Method::parse(&caps[1]).expect("the regex only admits methods");
                op.method = Some((method, self.pos + 1));
                op.path = caps[2].to_owned();
                self.pos += 1;
            }
            None => {
                let found = self.peek().unwrap_or("the end of the file").to_owned();
                self.error(DiagnosticCode::MissingItem,
                    heading_index,
                    format!(
                        "expected a method line (`get /v1/...`) after the heading, found `{found}`; \
                         the operation is skipped"
                    ),
                );
            }
        }
        while let Some(line) = self.peek() {
            let index = self.pos;
            if HEADING.is_match(line) || self.starts_service(index) {
                break;
            }
            self.pos += 1;
            match line {
                "" => {}
                "Description" => op.description = self.text_run(),
                "State" | "상태" => {
                    op.state = self.text_run().into_iter().next();
                    if op.state.is_none() {
                        self.error(
                            DiagnosticCode::UnexpectedText,
                            index,
                            format!("expected a state such as `ACTIVE (CURRENT)` after `{line}`"),
                        );
                    }
                }
                _ if line.starts_with("State ") || line.starts_with("상태 ") => {
                    let (_, state) = line.split_once(' ').unwrap_or(("", ""));
                    op.state = Some(Located {
                        value: state.trim().to_owned(),
                        line: index + 1,
                    });
                }
                "Parameters" => {
                    if let Some((_, lines)) = self.table("parameter") {
                        op.params = rows::join_param_rows(self.file, &lines, self.diagnostics);
                    } else {
                        self.warn(
                            DiagnosticCode::MissingItem,
                            index,
                            "expected a parameter table after `Parameters`".to_owned(),
                        );
                    }
                }
                "Responses" => {
                    op.responses_line = Some(index + 1);
                    // A missing table is a known shape of this extraction: no rows, no warning.
                    if let Some((_, lines)) = self.table("response") {
                        op.responses = rows::response_rows(self.file, &lines, self.diagnostics);
                    }
                }
                "Example HTTP request" => op.example_request = Some(self.example_request(index)),
                "Example HTTP response" => op.example_response = self.example_response(index),
                _ if line.starts_with('|') => {
                    // The operation's version table follows the state directly, unlabelled.
                    self.pos -= 1;
                    let (label, rows) = self.version_table(false);
                    op.version_date_label = label;
                    op.version_rows = rows;
                }
                _ => self.warn(
                    DiagnosticCode::UnexpectedText,
                    index,
                    format!("unexpected line `{line}` in the operation block; skipped"),
                ),
            }
        }
        op
    }

    fn example_request(&mut self, label_index: usize) -> ExampleRequestBlock {
        let mut ex = ExampleRequestBlock {
            line: label_index + 1,
            ..ExampleRequestBlock::default()
        };
        if self.peek() == Some("Request path") {
            self.pos += 1;
            if let Some(path) = self
                .peek()
                .filter(|p| p.starts_with('/') || p.starts_with("http"))
            {
                ex.path = Some(Located {
                    value: path.to_owned(),
                    line: self.pos + 1,
                });
                self.pos += 1;
            } else {
                self.error(
                    DiagnosticCode::MissingItem,
                    self.pos.saturating_sub(1),
                    "expected the request path after `Request path`".to_owned(),
                );
            }
        }
        if self.peek() == Some("Request header") {
            self.pos += 1;
        }
        while let Some(line) = self.peek() {
            let Some(caps) = HEADER_LINE.captures(line) else {
                break;
            };
            ex.headers.push(Located {
                value: (caps[1].trim().to_owned(), caps[2].trim().to_owned()),
                line: self.pos + 1,
            });
            self.pos += 1;
        }
        if self.peek() == Some("Request body") {
            let label = self.pos;
            self.pos += 1;
            ex.body = self.json(label, "the request body");
        }
        ex
    }

    fn example_response(&mut self, label_index: usize) -> Option<ExampleResponseBlock> {
        let line = self.peek().unwrap_or("the end of the file");
        let Some(caps) = RESPONSE_LINE.captures(line) else {
            let found = line.to_owned();
            self.error(
                DiagnosticCode::UnexpectedText,
                label_index,
                format!(
                    "expected `Response <code>` after `Example HTTP response`, found `{found}`"
                ),
            );
            return None;
        };
        let code = Located {
            value: caps[1].to_owned(),
            line: self.pos + 1,
        };
        self.pos += 1;
        let body = match self.peek() {
            Some(l) if l.starts_with('{') || l.starts_with('[') => {
                self.json(self.pos - 1, "the response body")
            }
            _ => None,
        };
        Some(ExampleResponseBlock { code, body })
    }

    /// A JSON value starting at the current line, ended where its brackets balance.
    fn json(&mut self, label_index: usize, what: &str) -> Option<JsonText> {
        let start = self.pos;
        match self.peek() {
            Some(l) if l.starts_with('{') || l.starts_with('[') => {}
            found => {
                let found = found.unwrap_or("the end of the file").to_owned();
                self.error(
                    DiagnosticCode::InvalidJson,
                    label_index,
                    format!("expected a JSON object for {what}, found `{found}`"),
                );
                return None;
            }
        }
        let mut depth: i64 = 0;
        let mut in_string = false;
        let mut escaped = false;
        while let Some(line) = self.peek() {
            self.pos += 1;
            for ch in line.chars() {
                if in_string {
                    match (escaped, ch) {
                        (true, _) => escaped = false,
                        (false, '\\') => escaped = true,
                        (false, '"') => in_string = false,
                        _ => {}
                    }
                    continue;
                }
                match ch {
                    '"' => in_string = true,
                    '{' | '[' => depth += 1,
                    '}' | ']' => depth -= 1,
                    _ => {}
                }
            }
            if depth <= 0 {
                break;
            }
            // A heading inside an unclosed object means the JSON was cut: stop before it.
            if self.peek().is_some_and(|n| HEADING.is_match(n)) {
                break;
            }
        }
        let text = self.lines[start..self.pos].join("\n");
        let cut = depth > 0;
        if cut {
            let found = match self.peek() {
                Some(next) => format!("the heading `{next}` at line {}", self.pos + 1),
                None => "the end of the file".to_owned(),
            };
            self.error(DiagnosticCode::InvalidJson,
                start,
                format!("{what} is cut: expected its JSON brackets to close, found {found}; kept as text"),
            );
        }
        Some(JsonText {
            line: start + 1,
            text,
            cut,
        })
    }
}
