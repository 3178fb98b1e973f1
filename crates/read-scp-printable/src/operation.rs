//! One operation-version block: method line, description, state, version row, parameters,
//! responses, example request and example response.

use docsdk_scp_rules::examples::JsonBlock;
use docsdk_spec::{DiagnosticCode, Method};
use serde_json::Value;

use crate::response_cell;
use crate::rows::{Row, rows};
use crate::schema_text::ModelNames;
use crate::text::{
    Doc, Label, PARAMETER_HEADERS, RESPONSE_HEADERS, Report, is_blank, label, method_line,
    op_version_header, quote, requiredness, response_example_line, split_version_row, state_line,
};

/// A response table row, split into code, reason and the schema text (`None` = no body).
#[derive(Clone, Debug)]
pub(crate) struct ResponseRow<'a> {
    pub code: &'a str,
    pub reason: &'a str,
    /// The schema text after the reason, as printed (`AsyncResponse`), `None` when `None`.
    pub schema: Option<&'a str>,
    pub idx: usize,
}

/// Everything an operation-version block states.
#[derive(Clone, Debug, Default)]
pub(crate) struct OpVersion<'a> {
    pub method: Option<(Method, &'a str, usize)>,
    pub description: Option<String>,
    /// `ACTIVE` of `ACTIVE (CURRENT)`.
    pub state: Option<String>,
    /// `CURRENT` of `ACTIVE (CURRENT)`.
    pub status: Option<String>,
    pub state_idx: Option<usize>,
    /// Text after the state line (002: the deprecation policy).
    pub lifecycle_note: Option<String>,
    pub date_label: Option<String>,
    /// (version, date text, line) from the version row.
    pub version_row: Option<(&'a str, &'a str, usize)>,
    pub params: Vec<Row<'a>>,
    pub responses: Vec<ResponseRow<'a>>,
    pub example_idx: Option<usize>,
    pub request_path: Option<(&'a str, usize)>,
    /// (name, value, line) of the example request headers.
    pub request_headers: Vec<(&'a str, &'a str, usize)>,
    pub request_body: Option<JsonBlock>,
    /// (code, line, body) of each `Response NNN`.
    pub response_examples: Vec<(&'a str, usize, Option<JsonBlock>)>,
    pub korean: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Start,
    Description,
    State,
    Example,
    Path,
    Headers,
    Body,
    Response,
}

/// Reads the block in lines `range`.
pub(crate) fn op_version<'a>(
    doc: &Doc<'a>,
    range: std::ops::Range<usize>,
    names: &ModelNames,
    report: &mut Report,
) -> OpVersion<'a> {
    let mut op = OpVersion::default();
    let mut mode = Mode::Start;
    let mut description: Vec<&str> = Vec::new();
    let mut note: Vec<&str> = Vec::new();
    let end = range.end;
    let mut i = range.start;
    while i < end {
        let line = doc.line(i).trim();
        if line.is_empty() {
            i += 1;
            continue;
        }
        // The first line after `Description` is the description, whatever it looks like.
        if mode == Mode::Description && description.is_empty() {
            description.push(line);
            i += 1;
            continue;
        }
        if let Some((l, korean)) = label(line) {
            op.korean |= korean;
            match l {
                Label::Description => mode = Mode::Description,
                Label::Parameters => {
                    i = parameters(doc, i + 1, end, &mut op, report);
                    mode = Mode::Start;
                    continue;
                }
                Label::Responses => {
                    i = responses(doc, i + 1, end, names, &mut op, report);
                    mode = Mode::Start;
                    continue;
                }
                Label::ExampleRequest => {
                    op.example_idx = Some(i);
                    mode = Mode::Example;
                }
                Label::RequestPath => mode = Mode::Path,
                Label::RequestHeader => mode = Mode::Headers,
                Label::RequestBody => mode = Mode::Body,
                Label::ExampleResponse => mode = Mode::Response,
                Label::Overview | Label::Version | Label::OpenApiUrl | Label::EnvironmentList => {
                    unplaced(doc, i, report);
                }
            }
            i += 1;
            continue;
        }
        if let Some((m, path)) = method_line(line)
            && op.method.is_none()
        {
            op.method = Some((m, path, i));
            mode = Mode::Start;
            i += 1;
            continue;
        }
        if let Some((korean, rest)) = state_line(line)
            && op.status.is_none()
        {
            op.korean |= korean;
            // `State` alone puts the state on the next non-empty line (pipe extraction).
            let (text, at) = if rest.is_empty() {
                let next = (i + 1..end).find(|&j| !is_blank(doc.line(j)));
                match next {
                    Some(j) => (doc.line(j).trim(), j),
                    None => ("", i),
                }
            } else {
                (rest, i)
            };
            state(text, i, &mut op, report);
            op.state_idx = Some(i);
            mode = Mode::State;
            i = at + 1;
            continue;
        }
        if let Some((korean, date_label)) = op_version_header(line) {
            op.korean |= korean;
            op.date_label = Some(date_label.to_owned());
            let row_idx = (i + 1..end).find(|&j| !is_blank(doc.line(j)));
            match row_idx.map(|j| (j, split_version_row(doc.line(j)))) {
                Some((j, Some((version, date)))) => {
                    op.version_row = Some((version, date, j));
                    i = j + 1;
                }
                other => {
                    let found = other.map_or("the end of the block".to_owned(), |(j, _)| {
                        quote(doc.line(j))
                    });
                    report.error(DiagnosticCode::MalformedTable,
                        i,
                        format!(
                            "expected a version row such as `1.0-` or `1.020260701` after {}, found {found}",
                            quote(line)
                        ),
                    );
                    i += 1;
                }
            }
            mode = Mode::Start;
            continue;
        }
        match mode {
            Mode::Description => description.push(line),
            Mode::State => note.push(line),
            Mode::Path if op.request_path.is_none() => op.request_path = Some((line, i)),
            Mode::Headers => header_line(line, i, &mut op, report),
            Mode::Body | Mode::Response if line.starts_with('{') || line.starts_with('[') => {
                let (block, next) = json_block(doc, i, end, report);
                if mode == Mode::Body {
                    if op.request_body.is_some() {
                        report.warn(
                            DiagnosticCode::Duplicate,
                            i,
                            "expected one request body, found a second; the first is kept",
                        );
                    } else {
                        op.request_body = Some(block);
                    }
                } else if let Some(last) = op.response_examples.last_mut()
                    && last.2.is_none()
                {
                    last.2 = Some(block);
                } else {
                    report.warn(DiagnosticCode::UnexpectedText,
                        i,
                        "expected `Response <code>` before an example response body, found JSON alone; it is not placed",
                    );
                }
                i = next;
                continue;
            }
            Mode::Response if response_example_line(line).is_some() => {
                let code = response_example_line(line).unwrap_or_default();
                op.response_examples.push((code, i, None));
            }
            _ => unplaced(doc, i, report),
        }
        i += 1;
    }
    op.description = (!description.is_empty()).then(|| description.join("\n"));
    op.lifecycle_note = (!note.is_empty()).then(|| note.join("\n\n"));
    op
}

fn unplaced(doc: &Doc, i: usize, report: &mut Report) {
    report.warn(DiagnosticCode::UnexpectedText,
        i,
        format!(
            "expected a block of an operation (method line, `Description`, state, version, `Parameters`, `Responses`, examples), found {}; the line is not placed",
            quote(doc.line(i))
        ),
    );
}

/// `ACTIVE (CURRENT)`.
fn state(text: &str, idx: usize, op: &mut OpVersion, report: &mut Report) {
    let parsed = text
        .strip_suffix(')')
        .and_then(|t| t.split_once(" ("))
        .filter(|(s, st)| !s.is_empty() && !st.is_empty());
    match parsed {
        Some((state, status)) => {
            op.state = Some(state.to_owned());
            op.status = Some(status.to_owned());
        }
        None if !text.is_empty() && !text.contains(' ') => {
            // A bare status word (`DEPRECATED`) is still a status.
            op.status = Some(text.to_owned());
        }
        None => report.warn(
            DiagnosticCode::UnexpectedText,
            idx,
            format!(
                "expected a state such as `ACTIVE (CURRENT)` after the state label, found {}",
                quote(text)
            ),
        ),
    }
}

fn header_line<'a>(line: &'a str, idx: usize, op: &mut OpVersion<'a>, report: &mut Report) {
    let inner = line.strip_suffix(',').unwrap_or(line);
    let inner = inner
        .strip_prefix('"')
        .and_then(|l| l.strip_suffix('"'))
        .unwrap_or(inner);
    match inner.split_once(" = ").or_else(|| inner.split_once(": ")) {
        Some((name, value)) if !name.trim().is_empty() => {
            op.request_headers.push((name.trim(), value.trim(), idx));
        }
        _ => report.warn(
            DiagnosticCode::UnexpectedText,
            idx,
            format!(
                "expected a request header line such as `\"Scp-Api-Version = key 1.0\",`, found {}",
                quote(line)
            ),
        ),
    }
}

/// The `Parameters` table: header, then rows. Returns where it stopped.
fn parameters<'a>(
    doc: &Doc<'a>,
    start: usize,
    end: usize,
    op: &mut OpVersion<'a>,
    report: &mut Report,
) -> usize {
    let start = table_header(doc, start, end, PARAMETER_HEADERS, report);
    let (found, stop) = rows(doc, start, end, report);
    if found.is_empty() {
        report.warn(DiagnosticCode::MalformedTable,
            start.min(end.saturating_sub(1)),
            format!(
                "expected parameter rows (`<location><name>` then `required`/`optional`) after `Parameters`, found {}",
                found_at(doc, stop, end)
            ),
        );
    }
    op.params.extend(found);
    stop
}

fn found_at(doc: &Doc, i: usize, end: usize) -> String {
    if i < end {
        quote(doc.line(i))
    } else {
        "the end of the block".to_owned()
    }
}

/// Skips blank lines and a header line; warns when the header is not a known one. Returns
/// the index after it.
fn table_header(doc: &Doc, mut i: usize, end: usize, known: &[&str], report: &mut Report) -> usize {
    while i < end && is_blank(doc.line(i)) {
        i += 1;
    }
    if i >= end {
        return i;
    }
    let line = doc.line(i).trim();
    let is_row = requiredness(doc.line(i + 1)).is_some()
        || line.len() > 3 && line.as_bytes()[..3].iter().all(u8::is_ascii_digit);
    if known.contains(&line) {
        i + 1
    } else if is_row || label(line).is_some() {
        report.warn(
            DiagnosticCode::MalformedTable,
            i,
            format!(
                "expected the table header `{}`, found {}",
                known[0],
                quote(line)
            ),
        );
        i
    } else {
        report.warn(
            DiagnosticCode::MalformedTable,
            i,
            format!(
                "expected the table header `{}`, found {}; read as this table's header",
                known[0],
                quote(line)
            ),
        );
        i + 1
    }
}

/// The `Responses` table: `<code><description><schema>` rows until a blank line, split by
/// [`response_cell::split`] with the document's model names.
fn responses<'a>(
    doc: &Doc<'a>,
    start: usize,
    end: usize,
    names: &ModelNames,
    op: &mut OpVersion<'a>,
    report: &mut Report,
) -> usize {
    let mut i = table_header(doc, start, end, RESPONSE_HEADERS, report);
    let first = i;
    while i < end && !is_blank(doc.line(i)) {
        let line = doc.line(i).trim();
        if label(line).is_some() {
            break;
        }
        match response_cell::split(line, names) {
            Some(cell) => {
                if cell.schema_missing {
                    report.warn(
                        DiagnosticCode::UnexpectedText,
                        i,
                        format!(
                            "expected a schema or `None` at the end of response row {}, found {}; the text is kept as its description, the response has no body",
                            cell.code,
                            quote(line)
                        ),
                    );
                }
                if !cell.alternatives.is_empty() {
                    let others: Vec<String> = cell
                        .alternatives
                        .iter()
                        .map(|(r, s)| format!("`{r}` + `{s}`"))
                        .collect();
                    report.warn(
                        DiagnosticCode::AmbiguousSplit,
                        i,
                        format!(
                            "ambiguous response row {}: read as description `{}` + schema `{}`; it also splits as {}",
                            cell.code,
                            cell.reason,
                            cell.schema.unwrap_or("None"),
                            others.join(", ")
                        ),
                    );
                }
                op.responses.push(ResponseRow {
                    code: cell.code,
                    reason: cell.reason,
                    schema: cell.schema,
                    idx: i,
                });
            }
            None => report.error(
                DiagnosticCode::MalformedTable,
                i,
                format!(
                    "expected a response row `<3-digit code><description><schema or None>` such as `200OKAsyncResponse`, found {}; the row is skipped",
                    quote(line)
                ),
            ),
        }
        i += 1;
    }
    if i == first {
        report.warn(
            DiagnosticCode::MalformedTable,
            first.min(end.saturating_sub(1)),
            format!(
                "expected response rows such as `200OKAsyncResponse` after `Responses`, found {}",
                found_at(doc, i, end)
            ),
        );
    }
    i
}

/// A JSON value spanning lines from `start`, balanced by braces/brackets outside strings.
/// Returns the block and the index after it.
fn json_block(doc: &Doc, start: usize, end: usize, report: &mut Report) -> (JsonBlock, usize) {
    let mut depth: i64 = 0;
    let mut in_string = false;
    let mut escaped = false;
    let mut i = start;
    let mut closed = None;
    'lines: while i < end {
        for c in doc.line(i).chars() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '{' | '[' => depth += 1,
                '}' | ']' => {
                    depth -= 1;
                    if depth == 0 {
                        closed = Some(i);
                        break 'lines;
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    let last = closed.unwrap_or(end.saturating_sub(1).max(start));
    let text = doc.lines[start..=last.min(doc.lines.len().saturating_sub(1)).max(start)].join("\n");
    if closed.is_none() {
        report.error(DiagnosticCode::InvalidJson,
            start,
            format!(
                "expected a JSON value closed by a matching `}}` or `]`, found {} lines that never close it; kept as text",
                last + 1 - start
            ),
        );
    }
    let block = match serde_json::from_str::<Value>(&text) {
        Ok(value) => JsonBlock {
            value,
            is_text: false,
            source: doc.at(start),
        },
        Err(e) => {
            if closed.is_some() {
                report.warn(
                    DiagnosticCode::InvalidJson,
                    start + e.line().saturating_sub(1),
                    format!("expected JSON, found text that does not parse ({e}); kept as text"),
                );
            }
            JsonBlock {
                value: Value::String(text),
                is_text: true,
                source: doc.at(start),
            }
        }
    };
    (block, last + 1)
}
