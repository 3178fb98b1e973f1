//! The document's structure: service blocks, operation-version blocks and their sections,
//! with every item's line number. Nothing here interprets schemas; see `build`.
//!
//! Layout of the pipe extraction (no blank lines; labels in English, Korean accepted):
//! ```text
//! <Service name>                 line 1 (or a `N - Name` heading), followed by `Overview`
//! Overview / text lines
//! Version / | Version | Status | Supported Until | / |---| / rows
//! OpenAPI URL / <url>
//! Environment and Region List / | environment | region | / |---| / | s | kr-west1 | ...
//! 1.1.1 - 1.0                    one heading per operation and API version (titles are lost)
//! get /v1/...                    method line
//! Description / text
//! State / ACTIVE (CURRENT)       or `State ACTIVE (CURRENT)` on one line
//! | Version | Supported Until | / |---| / | 1.0 | - |
//! Parameters / table             (optional)
//! Responses / [table]            the table may be missing
//! Example HTTP request / Request path / <path> / [Request header] / "<Name> = <value>", ...
//! [Request body / <JSON>]
//! Example HTTP response / Response <code> / [<JSON>]
//! ```

use std::sync::LazyLock;

use docsdk_spec::{Diagnostic, DiagnosticCode, Method, SourceRef};
use regex::Regex;

use crate::rows::{self, ParamRow, PipeLine, ResponseRow};

mod operation;

static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d+(?:\.\d+)*) - (.+)$").expect("valid regex"));
static VERSION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d+(?:\.\d+)+$").expect("valid regex"));
static METHOD_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(get|put|post|delete|patch|head|options|trace) (/\S*)$").expect("valid regex")
});
static HEADER_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^"([^"=]+?) = (.*)",?$"#).expect("valid regex"));
static RESPONSE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^Response (\d{3})$").expect("valid regex"));

/// A text with the line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// 1-based line.
    pub line: usize,
}

/// One service block.
#[derive(Clone, Debug, Default)]
pub struct Service {
    /// Service name and its line.
    pub name: Option<Located<String>>,
    /// Overview lines, in order.
    pub overview: Vec<Located<String>>,
    /// Rows of the service version table: version, status, date text.
    pub versions: Vec<VersionRow>,
    /// Column header of the date in the service version table (`Supported Until`).
    pub version_date_label: Option<String>,
    /// The OpenAPI URL.
    pub url: Option<Located<String>>,
    /// (environment, region) pairs.
    pub environments: Vec<Located<(String, String)>>,
    /// Operation-version blocks.
    pub operations: Vec<OperationBlock>,
}

/// A row of a version table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionRow {
    /// Line of the row.
    pub line: usize,
    /// `1.0`.
    pub version: String,
    /// `CURRENT` etc. (service table only).
    pub status: Option<String>,
    /// `-` or `YYYYMMDD`.
    pub date: String,
}

/// One operation at one API version.
#[derive(Clone, Debug)]
pub struct OperationBlock {
    /// The `1.1.1 - 1.0` heading line.
    pub heading_line: usize,
    /// The version from the heading.
    pub version: String,
    /// A title heading right before the version heading, when the extraction kept one.
    pub title: Option<Located<String>>,
    /// Method and its line.
    pub method: Option<(Method, usize)>,
    /// Path template.
    pub path: String,
    /// Description lines.
    pub description: Vec<Located<String>>,
    /// State text (`ACTIVE (CURRENT)`) and its line.
    pub state: Option<Located<String>>,
    /// Version table rows.
    pub version_rows: Vec<VersionRow>,
    /// Date column header of the version table.
    pub version_date_label: Option<String>,
    /// Parameter rows, joined.
    pub params: Vec<ParamRow>,
    /// Line of the `Responses` label, if any.
    pub responses_line: Option<usize>,
    /// Rows of the responses table (empty when the heading has no table).
    pub responses: Vec<ResponseRow>,
    /// The example request.
    pub example_request: Option<ExampleRequestBlock>,
    /// The example response.
    pub example_response: Option<ExampleResponseBlock>,
}

/// The `Example HTTP request` section.
#[derive(Clone, Debug, Default)]
pub struct ExampleRequestBlock {
    /// Line of the label.
    pub line: usize,
    /// The request path as printed.
    pub path: Option<Located<String>>,
    /// Header lines: name, value, line.
    pub headers: Vec<Located<(String, String)>>,
    /// The request body.
    pub body: Option<JsonText>,
}

/// The `Example HTTP response` section.
#[derive(Clone, Debug)]
pub struct ExampleResponseBlock {
    /// The status code and the line of `Response NNN`.
    pub code: Located<String>,
    /// The body, when printed.
    pub body: Option<JsonText>,
}

/// A JSON text spanning several lines.
#[derive(Clone, Debug)]
pub struct JsonText {
    /// First line.
    pub line: usize,
    /// The lines joined with `\n`.
    pub text: String,
    /// Whether the brackets never closed (already reported).
    pub cut: bool,
}

/// What the scanner found.
pub struct Scanned {
    /// The service blocks, in order.
    pub services: Vec<Service>,
}

/// Section labels that end a free-text run.
const LABELS: &[&str] = &[
    "Overview",
    "Version",
    "OpenAPI URL",
    "Environment and Region List",
    "Description",
    "State",
    "상태",
    "Parameters",
    "Responses",
    "Example HTTP request",
    "Request path",
    "Request header",
    "Request body",
    "Example HTTP response",
];

fn is_label(line: &str) -> bool {
    LABELS.contains(&line) || line.starts_with("State ") || line.starts_with("상태 ")
}

struct Scanner<'a> {
    file: &'a str,
    lines: Vec<&'a str>,
    pos: usize,
    diagnostics: &'a mut Vec<Diagnostic>,
}

/// Scans `text` into service and operation blocks, reporting what it cannot place.
pub fn scan(file: &str, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Scanned {
    let lines = text.lines().map(|l| l.trim_end()).collect();
    let mut s = Scanner {
        file,
        lines,
        pos: 0,
        diagnostics,
    };
    let services = s.run();
    Scanned { services }
}

impl<'a> Scanner<'a> {
    fn at(&self, index: usize) -> SourceRef {
        SourceRef::new(self.file, index + 1)
    }

    fn peek(&self) -> Option<&'a str> {
        self.lines.get(self.pos).copied()
    }

    fn warn(&mut self, code: DiagnosticCode, index: usize, message: String) {
        let at = self.at(index);
        self.diagnostics
            .push(Diagnostic::warning(code, at, message));
    }

    fn error(&mut self, code: DiagnosticCode, index: usize, message: String) {
        let at = self.at(index);
        self.diagnostics.push(Diagnostic::error(code, at, message));
    }

    /// Whether the line at `index` starts a service block: any line followed by `Overview`.
    fn starts_service(&self, index: usize) -> bool {
        let line = self.lines.get(index).copied().unwrap_or("");
        !line.is_empty()
            && !is_label(line)
            && self.lines.get(index + 1).is_some_and(|n| *n == "Overview")
    }

    fn run(&mut self) -> Vec<Service> {
        let mut services: Vec<Service> = Vec::new();
        let mut pending_title: Option<Located<String>> = None;
        while let Some(line) = self.peek() {
            let index = self.pos;
            if line.is_empty() {
                self.pos += 1;
                continue;
            }
            if self.starts_service(index) {
                let name = HEADING
                    .captures(line)
                    .and_then(|c| c.get(2))
                    .map_or(line, |m| m.as_str());
                services.push(Service {
                    name: Some(Located {
                        value: name.to_owned(),
                        line: index + 1,
                    }),
                    ..Service::default()
                });
                self.pos += 1;
                continue;
            }
            if services.is_empty() {
                self.error(
                    DiagnosticCode::MissingItem,
                    index,
                    format!(
                        "expected the service name followed by `Overview`, found `{line}`; \
                         the service is read without a name"
                    ),
                );
                services.push(Service::default());
            }
            let service = services.last_mut().expect("pushed above");
            if let Some(caps) = HEADING.captures(line) {
                let title = caps.get(2).map_or("", |m| m.as_str());
                self.pos += 1;
                if VERSION.is_match(title) {
                    let block = self.operation(index, title, pending_title.take());
                    service.operations.push(block);
                } else if self.peek().is_some_and(|n| {
                    HEADING
                        .captures(n)
                        .and_then(|c| c.get(2))
                        .is_some_and(|t| VERSION.is_match(t.as_str()))
                }) {
                    // `1.1 - Title` right before `1.1.1 - 1.0`: the operation's title.
                    pending_title = Some(Located {
                        value: title.to_owned(),
                        line: index + 1,
                    });
                } else if title != "APIs" {
                    self.warn(
                        DiagnosticCode::UnexpectedText,
                        index,
                        format!(
                            "heading `{line}` is neither an operation version (`1.1.1 - 1.0`) nor \
                             `APIs`; this reader has no models section, so what follows up to the \
                             next heading is skipped"
                        ),
                    );
                    self.skip_to_heading();
                }
                continue;
            }
            match line {
                "Overview" => {
                    self.pos += 1;
                    service.overview = self.text_run();
                }
                "Version" => {
                    self.pos += 1;
                    let (label, rows) = self.version_table(true);
                    let service = services.last_mut().expect("pushed above");
                    service.version_date_label = label;
                    service.versions = rows;
                }
                "OpenAPI URL" => {
                    self.pos += 1;
                    match self.peek() {
                        Some(url) if url.starts_with("http") => {
                            service.url = Some(Located {
                                value: url.to_owned(),
                                line: self.pos + 1,
                            });
                            self.pos += 1;
                        }
                        found => {
                            let found = found.unwrap_or("the end of the file").to_owned();
                            self.error(
                                DiagnosticCode::UnexpectedText,
                                index,
                                format!("expected a URL after `OpenAPI URL`, found `{found}`"),
                            );
                        }
                    }
                }
                "Environment and Region List" => {
                    self.pos += 1;
                    let envs = self.environment_table(index);
                    services.last_mut().expect("pushed above").environments = envs;
                }
                _ => {
                    self.warn(
                        DiagnosticCode::UnexpectedText,
                        index,
                        format!("unexpected line `{line}` in the service header; skipped"),
                    );
                    self.pos += 1;
                }
            }
        }
        services
    }

    fn skip_to_heading(&mut self) {
        while let Some(line) = self.peek() {
            if HEADING.is_match(line) || self.starts_service(self.pos) {
                break;
            }
            self.pos += 1;
        }
    }

    /// Lines up to the next label, heading, pipe line or service start.
    fn text_run(&mut self) -> Vec<Located<String>> {
        let mut out = Vec::new();
        while let Some(line) = self.peek() {
            if is_label(line)
                || HEADING.is_match(line)
                || line.starts_with('|')
                || self.starts_service(self.pos)
            {
                break;
            }
            if !line.is_empty() {
                out.push(Located {
                    value: line.to_owned(),
                    line: self.pos + 1,
                });
            }
            self.pos += 1;
        }
        out
    }

    /// Consecutive pipe lines from the current position.
    fn pipe_lines(&mut self) -> Vec<PipeLine<'a>> {
        let mut out = Vec::new();
        while let Some(line) = self.peek() {
            match PipeLine::parse(self.pos + 1, line) {
                Some(p) => out.push(p),
                None => break,
            }
            self.pos += 1;
        }
        out
    }

    /// A table: its header cells and data lines. `None` when no pipe line is here.
    fn table(&mut self, what: &str) -> Option<(Vec<String>, Vec<PipeLine<'a>>)> {
        let start = self.pos;
        let mut lines = self.pipe_lines();
        if lines.is_empty() {
            return None;
        }
        let header = lines.remove(0);
        let header_cells = header.cells.iter().map(|c| (*c).to_owned()).collect();
        if lines.first().is_some_and(PipeLine::is_separator) {
            lines.remove(0);
        } else {
            self.warn(
                DiagnosticCode::MalformedTable,
                start,
                format!(
                    "expected the separator `|---|` after the {what} table header `{}`",
                    rows::render(&header)
                ),
            );
        }
        if let Some(extra) = lines.iter().find(|l| l.is_separator()) {
            let at = extra.line - 1;
            self.warn(
                DiagnosticCode::MalformedTable,
                at,
                format!("unexpected separator `|---|` inside the {what} table; ignored"),
            );
            lines.retain(|l| !l.is_separator());
        }
        Some((header_cells, lines))
    }

    /// A version table; the service's has a status column, an operation's does not.
    fn version_table(&mut self, with_status: bool) -> (Option<String>, Vec<VersionRow>) {
        let start = self.pos;
        let Some((header, lines)) = self.table("version") else {
            // At the label: the table is missing, possibly at the end of the file.
            self.warn(
                DiagnosticCode::MissingItem,
                start.saturating_sub(1),
                "expected a version table after `Version`".to_owned(),
            );
            return (None, Vec::new());
        };
        let label = header
            .last()
            .filter(|l| !l.contains("Version") && !l.contains("Status"))
            .cloned();
        let mut rows = Vec::new();
        for l in lines {
            let ok =
                l.cells.len() == if with_status { 3 } else { 2 } && VERSION.is_match(l.cells[0]);
            if !ok {
                self.error(
                    DiagnosticCode::MalformedTable,
                    l.line - 1,
                    format!(
                        "expected a version row `| <version> |{} <date or -> |`, found `{}`",
                        if with_status { " <status> |" } else { "" },
                        rows::render(&l)
                    ),
                );
                continue;
            }
            rows.push(VersionRow {
                line: l.line,
                version: l.cells[0].to_owned(),
                status: with_status.then(|| l.cells[1].to_owned()),
                date: l.cells[l.cells.len() - 1].to_owned(),
            });
        }
        (label, rows)
    }

    fn environment_table(&mut self, label_index: usize) -> Vec<Located<(String, String)>> {
        let Some((_, lines)) = self.table("environment") else {
            self.warn(
                DiagnosticCode::MissingItem,
                label_index,
                "expected an environment/region table after `Environment and Region List`"
                    .to_owned(),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for l in lines {
            if l.cells.len() != 2 || l.cells.iter().any(|c| c.is_empty()) {
                self.error(
                    DiagnosticCode::MalformedTable,
                    l.line - 1,
                    format!(
                        "expected an environment row `| <environment> | <region> |`, found `{}`",
                        rows::render(&l)
                    ),
                );
                continue;
            }
            out.push(Located {
                value: (l.cells[0].to_owned(), l.cells[1].to_owned()),
                line: l.line,
            });
        }
        out
    }
}

/// Whether `line` is an operation-version heading (`1.1.1 - 1.0`), for the format check.
pub fn is_version_heading(line: &str) -> bool {
    HEADING
        .captures(line)
        .and_then(|c| c.get(2))
        .is_some_and(|t| VERSION.is_match(t.as_str()))
}
