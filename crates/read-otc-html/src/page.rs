//! Reads one page: sections in document order, URI lines, parameter and body tables, nested
//! object tables, status codes and examples.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use docsdk_spec::{
    AdditionalProperties, COMPONENT_SCHEMA_PREFIX, DiagnosticCode, Diagnostics, ExampleRequest,
    Ext, Extra, ExtraExt, HeaderValue, MediaType, Method, Operation, Parameter, ParameterLocation,
    RequestBody, Response, Schema, SchemaType, SourceRef, Type,
};
use indexmap::IndexMap;
use regex::Regex;
use serde_json::Value;

use crate::blocks::{self, Block, Link, Row, Table};
use crate::capture;
use crate::dom::Dom;
use crate::examples::{self, Example};
use crate::prose;
use crate::status::{SUCCESS_RANGE, StatusRule};
use crate::types::{TypeSpec, parse_type, stated_max_length};
use crate::uri::{self, RequestLine, Statement, UriLines};
use crate::{PageOperation, PageOutput, REMOTE_REF_PREFIX, StatusCode};
use docsdk_naming as naming;

/// The section kinds the reader knows, by title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Intro,
    Function,
    Constraints,
    Uri,
    Request,
    Response,
    ExampleRequests,
    ExampleResponses,
    Samples,
    StatusCodes,
    ErrorCodes,
    Other,
}

fn section_kind(title: &str) -> Kind {
    let t = title.trim().trim_end_matches(':').to_ascii_lowercase();
    match t.as_str() {
        "function"
        | "functions"
        | "description"
        | "function description"
        | "api description"
        | "overview" => Kind::Function,
        "constraints" | "restrictions" | "constraints and limitations" | "constraint" => {
            Kind::Constraints
        }
        "uri" | "url" | "request uri" | "uri format" | "api uri" => Kind::Uri,
        "request" | "requests" | "request parameters" | "request body" | "request message"
        | "request header" | "request headers" | "request parameter" => Kind::Request,
        "response"
        | "responses"
        | "response parameters"
        | "response body"
        | "response message"
        | "response parameter"
        | "response headers" => Kind::Response,
        "example requests" | "example request" | "request example" | "request examples"
        | "sample request" | "sample requests" => Kind::ExampleRequests,
        "example responses" | "example response" | "response example" | "response examples"
        | "sample response" | "sample responses" => Kind::ExampleResponses,
        "samples" | "sample" | "example" | "examples" => Kind::Samples,
        "status codes" | "status code" | "returned values" | "returned value" | "return codes"
        | "return code" => Kind::StatusCodes,
        "error codes" | "error code" => Kind::ErrorCodes,
        _ => Kind::Other,
    }
}

struct Section {
    kind: Kind,
    title: String,
    line: usize,
    blocks: Vec<usize>,
}

/// What a field table is for.
#[derive(Clone, Debug, PartialEq)]
enum Role {
    /// Parameters in a known place.
    Params(ParameterLocation),
    /// Rows placed one by one: path variable, query variable, or (for methods with a body)
    /// body field.
    GenericParams,
    /// The request body's top-level fields.
    RequestBody,
    /// A response body's top-level fields (status as marked, `None` when unmarked).
    ResponseBody(Option<String>),
    /// Response headers.
    ResponseHeaders(Option<String>),
    /// Described by another table's field.
    Nested,
    /// Not referenced and not in a known place.
    Unplaced,
}

struct Columns {
    name: Option<usize>,
    mandatory: Option<usize>,
    ty: Option<usize>,
    desc: Option<usize>,
}

struct FieldTable {
    block: usize,
    section: usize,
    cols: Columns,
    /// Status marker in force where the table stands (Response section).
    status: Option<String>,
    /// The field the caption names ([`naming::caption_field`]): `config` for `config
    /// parameters of real-time`, `tag` for `Description of field **tag**`, `Workforce` for
    /// `Workforce`.
    subject: String,
    role: Role,
    local_name: String,
    /// The first table and field that refer to this table (nested tables only).
    referrer: Option<(usize, String)>,
}

/// A reference from a field to a nested table.
#[derive(Clone, Debug, PartialEq)]
enum Target {
    Local(usize),
    Remote(String),
}

macro_rules! re {
    ($name:ident, $pattern:expr) => {
        static $name: LazyLock<Regex> =
            LazyLock::new(|| Regex::new($pattern).expect("the pattern is valid"));
    };
}

re!(
    URI_LINE,
    r"^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)(?:\s+|\b)(\S.*)$"
);
re!(STATUS_MARKER, r"(?i)^\**\s*status code:?\s*\**\s*(\d{3})\b");
re!(
    NORMAL_CODE,
    r"(?i)\bnormal(?: response)?(?: code)?:?\s*(\d{3})\b"
);
re!(TABLE_MENTION, r"\bTable\s+(\d+)\b");
re!(FIRST_ANCHOR, r#"<a\s+name="([^"]+)""#);
re!(PATH_VAR, r"\{([^}?&]+)\}");

/// Reads an HTML page: the HTML front end (DOM -> blocks, lines mapped back through the
/// viewer capture), then the shared reading of the blocks.
pub(crate) fn read(file: &str, text: &str) -> PageOutput {
    let unwrapped = capture::unwrap(text);
    let dom = Dom::parse(&unwrapped.html);
    let mut blocks = blocks::blocks(&dom);
    for block in &mut blocks {
        match block {
            Block::Heading { line, .. } | Block::Para { line, .. } | Block::Pre { line, .. } => {
                *line = unwrapped.original_line(*line)
            }
            Block::Table(t) => {
                t.line = unwrapped.original_line(t.line);
                for row in &mut t.rows {
                    row.line = unwrapped.original_line(row.line);
                }
            }
        }
    }
    let mut front_end = Diagnostics::new();
    check_truncation(file, &mut front_end, &unwrapped.html, text, &unwrapped);
    let first_anchor = FIRST_ANCHOR
        .captures(&unwrapped.html)
        .map(|c| c[1].to_owned());
    read_blocks(file, blocks, first_anchor, front_end)
}

/// Reads a page's blocks, whichever front end made them (HTML or RST): sections, URI lines,
/// tables, models, status codes, examples. `first_anchor` is the page's topic id (the first
/// `<a name>` or `.. _label:`); `front_end` holds the tokenizer's diagnostics, which come
/// first in the output.
pub(crate) fn read_blocks(
    file: &str,
    blocks: Vec<Block>,
    first_anchor: Option<String>,
    front_end: Diagnostics,
) -> PageOutput {
    let mut out = PageOutput {
        file: file.to_owned(),
        ..PageOutput::default()
    };
    let mut page = Page {
        file,
        blocks,
        diags: front_end,
        sections: Vec::new(),
        tables: Vec::new(),
        title: None,
        title_line: 1,
        tags: Vec::new(),
        anchor_to_table: HashMap::new(),
        trailing: HashMap::new(),
        op_pascal: String::new(),
        resource: String::new(),
        first_anchor,
    };
    page.split_sections();
    page.read(&mut out);
    out.title = page.title.clone();
    out.tags = page.tags.clone();
    out.diagnostics = page.diags;
    out
}

/// A file cut short ends inside a tag or leaves block elements open; the tree builder closes
/// them silently, so the raw text is checked.
fn check_truncation(
    file: &str,
    diags: &mut Diagnostics,
    html: &str,
    original: &str,
    unwrapped: &capture::Unwrapped,
) {
    let last_line = original.lines().count().max(1);
    let tail = html.trim_end();
    if let Some(lt) = tail.rfind('<')
        && !tail[lt..].contains('>')
    {
        let line = unwrapped.original_line(html[..lt].matches('\n').count() + 1);
        diags.error(
                DiagnosticCode::Unreadable,
                SourceRef::new(file, line),
                "expected the page to end after a complete tag, found a tag cut short: the file looks truncated",
            );
        return;
    }
    const BLOCKS: [&str; 4] = ["table", "pre", "ul", "ol"];
    let (opens, closes) = count_block_tags(html, &BLOCKS);
    for (k, tag) in BLOCKS.iter().enumerate() {
        let (opens, closes) = (opens[k], closes[k]);
        if opens > closes {
            diags.error(
                DiagnosticCode::Unreadable,
                SourceRef::new(file, last_line),
                format!(
                    "expected {opens} `</{tag}>` end tags, found {closes}: the file looks truncated"
                ),
            );
            return;
        }
    }
}

/// How many start tags (`<tag>` or `<tag ` with attributes) and end tags (`</tag>`) of each
/// of `tags` (lower-case, as the export writes them) `html` has: one pass over its `<`s.
fn count_block_tags<const N: usize>(html: &str, tags: &[&str; N]) -> ([usize; N], [usize; N]) {
    let (mut opens, mut closes) = ([0; N], [0; N]);
    for (at, _) in html.match_indices('<') {
        let rest = &html[at + 1..];
        let (end, name) = match rest.strip_prefix('/') {
            Some(name) => (true, name),
            None => (false, rest),
        };
        for (k, tag) in tags.iter().enumerate() {
            let Some(after) = name.strip_prefix(tag) else {
                continue;
            };
            let next = after.chars().next();
            if end && next == Some('>') {
                closes[k] += 1;
            } else if !end && next.is_some_and(|c| c == '>' || c.is_whitespace()) {
                opens[k] += 1;
            }
        }
    }
    (opens, closes)
}

struct Page<'a> {
    file: &'a str,
    blocks: Vec<Block>,
    diags: Diagnostics,
    sections: Vec<Section>,
    tables: Vec<FieldTable>,
    title: Option<String>,
    title_line: usize,
    tags: Vec<String>,
    anchor_to_table: HashMap<String, usize>,
    /// Free-form object fields (table, row line) tied to the model table printed after their
    /// own table ([`Page::tie_trailing_models`]).
    trailing: HashMap<(usize, usize), usize>,
    op_pascal: String,
    /// The resource the operation is about (`TrainingJob` of `createTrainingJob`): nested
    /// tables are named after it.
    resource: String,
    first_anchor: Option<String>,
}

impl<'a> Page<'a> {
    fn at(&self, line: usize) -> SourceRef {
        SourceRef::new(self.file, line)
    }

    fn table(&self, field_table: usize) -> &Table {
        match &self.blocks[self.tables[field_table].block] {
            Block::Table(t) => t,
            _ => unreachable!("field tables index table blocks"),
        }
    }

    fn split_sections(&mut self) {
        let mut current = Section {
            kind: Kind::Intro,
            title: String::new(),
            line: 1,
            blocks: Vec::new(),
        };
        for (i, block) in self.blocks.iter().enumerate() {
            match block {
                Block::Heading {
                    level: 1,
                    text,
                    line,
                    ..
                } if self.title.is_none() => {
                    self.title = Some(text.clone());
                    self.title_line = *line;
                }
                Block::Heading {
                    section: true,
                    text,
                    line,
                    ..
                } => {
                    let next = Section {
                        kind: section_kind(text),
                        title: text.clone(),
                        line: *line,
                        blocks: Vec::new(),
                    };
                    self.sections.push(std::mem::replace(&mut current, next));
                }
                Block::Para { text, links, .. } if text.starts_with("**Parent topic:**") => {
                    if let Some(link) = links.first() {
                        self.tags.push(link.text.clone());
                    }
                }
                _ => current.blocks.push(i),
            }
        }
        self.sections.push(current);
    }

    fn section_of(&self, kind: Kind) -> impl Iterator<Item = &Section> {
        self.sections.iter().filter(move |s| s.kind == kind)
    }

    fn paras(&self, section: &Section) -> Vec<(String, usize)> {
        section
            .blocks
            .iter()
            .filter_map(|&b| match &self.blocks[b] {
                Block::Para { text, line, .. } => Some((text.clone(), *line)),
                _ => None,
            })
            .collect()
    }

    fn read(&mut self, out: &mut PageOutput) {
        // Status code tables anywhere (the shared Status Code page has one).
        self.collect_status_codes(out);
        let uri_lines = self.uri_lines();
        let has_op_sections = self.sections.iter().any(|s| {
            matches!(
                s.kind,
                Kind::Request | Kind::Response | Kind::ExampleRequests | Kind::Samples
            )
        });
        let has_uri_section = self.sections.iter().any(|s| s.kind == Kind::Uri);
        if uri_lines.statements.is_empty() {
            if has_uri_section {
                let line = self.section_of(Kind::Uri).next().map_or(1, |s| s.line);
                self.diags.error(
                    DiagnosticCode::UnexpectedText,
                    self.at(line),
                    "expected a `METHOD /path` line in the URI section, found none: the page's operation is skipped",
                );
            } else if has_op_sections {
                self.diags.warn(
                    DiagnosticCode::UnexpectedText,
                    self.at(self.title_line),
                    "expected a URI section on a page with request/response sections, found none: not read as an operation page",
                );
            }
            return;
        }
        // Operation id: the API Explorer name (file name or first anchor), else the title.
        let stem = self
            .file
            .rsplit('/')
            .next()
            .unwrap_or(self.file)
            .trim_end_matches(".html")
            .trim_end_matches(".htm");
        let anchor = self.first_anchor();
        let title = self.title.clone();
        let base_id = if naming::is_api_name(stem) {
            naming::operation_id_from_api_name(stem, title.as_deref())
        } else if let Some(a) = anchor.filter(|a| naming::is_api_name(a)) {
            naming::operation_id_from_api_name(&a, title.as_deref())
        } else if let Some(t) = &title {
            // A `GET` of one resource (its path ends with a parameter) is never a list,
            // whatever number its title's object has (`Querying Network Details`).
            let first = &uri_lines.statements[0];
            let one = first.method == Method::Get && crate::uri::addresses_one(&first.path);
            naming::operation_id_for(t, one)
        } else {
            let first = &uri_lines.statements[0];
            naming::operation_id_from_title(&format!("{} {}", first.method.as_str(), first.path))
        };
        if self.title.is_none() {
            self.diags.warn(
                DiagnosticCode::UnexpectedText,
                self.at(1),
                "expected an `h1` title, found none: the operation has no summary",
            );
        }
        self.op_pascal = naming::pascal(&base_id, "Operation");
        self.resource = naming::resource_of(&base_id);
        self.collect_field_tables();
        self.resolve_roles(uri_lines.statements[0].method);
        self.name_tables();
        let mut schemas = self.build_schemas();
        self.merge_identical_tables(&mut schemas);
        out.schemas = schemas;
        for table in &self.tables {
            if let Some((r, field)) = &table.referrer {
                let owner = self.tables[*r].local_name.clone();
                out.owners
                    .entry(table.local_name.clone())
                    .or_insert_with(|| (owner, field.clone()));
            }
        }
        for (anchor, &t) in &self.anchor_to_table {
            out.anchors
                .insert(anchor.clone(), self.tables[t].local_name.clone());
        }
        out.anchors.sort_keys();
        self.report_stray_examples(&uri_lines);
        // One operation per statement; the page's name for each (a page stating its path
        // under two API versions names one operation in two documents; two paths in one
        // document are told apart when the document is assembled).
        for statement in &uri_lines.statements {
            let mut op =
                self.build_operation(statement.method, &statement.path, statement.line, out);
            op.operation_id = Some(base_id.clone());
            op.also_stated_at = statement
                .also_at
                .iter()
                .map(|&l| SourceRef::new(self.file, l))
                .collect();
            self.attach_uri_examples(&mut op, statement, &uri_lines.examples);
            out.operations.push(PageOperation {
                method: statement.method,
                path: strip_query(&statement.path).0,
                operation: op,
            });
        }
    }

    /// Example requests of the URI section (`GET https://{Endpoint}/v1/{project_id}/subnets?limit=10`):
    /// the operation's `x-example-request` when its Example Request section gives none,
    /// else a further place that states the operation (`x-also-stated-at`). An example of
    /// another path or method (a page copying the example of another API) is reported and
    /// left out.
    fn attach_uri_examples(
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
    fn report_stray_examples(&mut self, uri_lines: &UriLines) {
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
    fn first_anchor(&self) -> Option<String> {
        self.first_anchor.clone()
    }

    /// The `METHOD /path` lines of the URI sections, sorted into statements and example
    /// requests by the rules of [`uri`].
    fn uri_lines(&mut self) -> UriLines {
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

    fn collect_status_codes(&mut self, out: &mut PageOutput) {
        for block in &self.blocks {
            let Block::Table(t) = block else { continue };
            let Some(header) = &t.header else { continue };
            let Some(code_col) = header.iter().position(|h| {
                h.eq_ignore_ascii_case("status code") || h.eq_ignore_ascii_case("http status code")
            }) else {
                continue;
            };
            let desc_col = header
                .iter()
                .rposition(|h| h.to_ascii_lowercase().contains("description"));
            let reason_col = header
                .iter()
                .position(|h| h.eq_ignore_ascii_case("code") || h.eq_ignore_ascii_case("status"));
            for row in &t.rows {
                let code = row
                    .cell(Some(code_col))
                    .map(|c| c.text.replace("**", "").trim().to_owned())
                    .unwrap_or_default();
                if !is_status(&code) {
                    continue;
                }
                let mut description = row
                    .cell(reason_col)
                    .map(|c| c.text.replace("**", ""))
                    .filter(|t| !t.trim().is_empty())
                    .or_else(|| row.cell(desc_col).map(|c| c.text.replace("**", "")))
                    .unwrap_or_default();
                if description.trim().is_empty() {
                    description = reason_phrase(&code).to_owned();
                }
                out.status_codes.push(StatusCode {
                    code,
                    description: description.trim().to_owned(),
                    source: SourceRef::new(self.file, row.line),
                });
            }
        }
    }

    fn collect_field_tables(&mut self) {
        let mut status: Option<String> = None;
        for (si, section) in self.sections.iter().enumerate() {
            status = if section.kind == Kind::Response {
                None
            } else {
                status
            };
            for &b in &section.blocks {
                match &self.blocks[b] {
                    Block::Para { text, .. } if section.kind == Kind::Response => {
                        if let Some(c) = STATUS_MARKER.captures(text) {
                            status = Some(c[1].to_owned());
                        }
                    }
                    Block::Table(t) => {
                        let Some(header) = header_of(t) else {
                            self.diags.error(
                                DiagnosticCode::MalformedTable,
                                SourceRef::new(self.file, t.line),
                                format!(
                                    "expected a header row (Parameter, Type, Description) in table {}, found none: table skipped",
                                    table_label(t)
                                ),
                            );
                            continue;
                        };
                        let cols = columns(&header);
                        if header
                            .iter()
                            .any(|h| h.to_ascii_lowercase().contains("status code"))
                        {
                            continue;
                        }
                        if cols.name.is_none() || (cols.ty.is_none() && cols.desc.is_none()) {
                            if matches!(section.kind, Kind::Uri | Kind::Request | Kind::Response) {
                                self.diags.warn(
                                    DiagnosticCode::MalformedTable,
                                    SourceRef::new(self.file, t.line),
                                    format!(
                                        "expected Parameter/Type/Description columns in table {}, found {:?}: table not read",
                                        table_label(t),
                                        header
                                    ),
                                );
                            }
                            continue;
                        }
                        let index = self.tables.len();
                        for a in &t.anchors {
                            self.anchor_to_table.insert(a.clone(), index);
                        }
                        self.tables.push(FieldTable {
                            block: b,
                            section: si,
                            cols,
                            status: status.clone(),
                            subject: naming::caption_field(&t.caption).unwrap_or_default(),
                            role: Role::Unplaced,
                            local_name: String::new(),
                            referrer: None,
                        });
                    }
                    _ => {}
                }
            }
        }
    }

    /// The tables a row refers to, in order of preference: links in the Type cell, links to
    /// tables in the description, a table named after the type or the field, a `Table N`
    /// mention.
    fn row_targets(
        &mut self,
        table: usize,
        row: &Row,
        spec: Option<&TypeSpec>,
        report: bool,
    ) -> Vec<Target> {
        let cols = &self.tables[table].cols;
        let (ty_col, desc_col, name_col) = (cols.ty, cols.desc, cols.name);
        let wants = spec.is_none_or(TypeSpec::wants_table);
        let mut targets = Vec::new();
        let type_links: Vec<Link> = row
            .cell(ty_col)
            .map(|c| c.links.clone())
            .unwrap_or_default();
        for link in &type_links {
            if let Some(t) = self.link_target(link, row.line, report) {
                push_unique(&mut targets, t);
            }
        }
        if targets.is_empty()
            && let Some(&described) = self.trailing.get(&(table, row.line))
        {
            targets.push(Target::Local(described));
        }
        if !targets.is_empty() || !wants {
            return targets;
        }
        let desc_links: Vec<Link> = row
            .cell(desc_col)
            .map(|c| c.links.clone())
            .unwrap_or_default();
        for link in &desc_links {
            let is_table_link = link.text.trim_start().starts_with("Table");
            let local = link
                .href
                .strip_prefix('#')
                .and_then(|a| self.anchor_to_table.get(a));
            if (is_table_link || local.is_some())
                && let Some(t) = self.link_target(link, row.line, report)
            {
                push_unique(&mut targets, t);
            }
        }
        if !targets.is_empty() {
            return targets;
        }
        let name = row
            .cell(name_col)
            .map(|c| c.text.replace("**", ""))
            .unwrap_or_default();
        // Tables named alike in the request and the response section (`tags` filters and
        // `tags` results) each describe their own section's field.
        let by_name = |subject: &str| -> Vec<usize> {
            let found: Vec<usize> = (0..self.tables.len())
                .filter(|&i| i != table && !self.tables[i].subject.is_empty())
                .filter(|&i| self.tables[i].subject.eq_ignore_ascii_case(subject))
                .collect();
            let section = self.tables[table].section;
            let same: Vec<usize> = found
                .iter()
                .copied()
                .filter(|&i| self.tables[i].section == section)
                .collect();
            if same.is_empty() { found } else { same }
        };
        let named = match spec {
            Some(TypeSpec::Named(n)) => Some(n.clone()),
            Some(TypeSpec::Array(Some(inner))) | Some(TypeSpec::Map(Some(inner))) => match &**inner
            {
                TypeSpec::Named(n) => Some(n.clone()),
                _ => None,
            },
            _ => None,
        };
        let mut found = named.as_deref().map(by_name).unwrap_or_default();
        // A table whose caption names the field describes it, unless the field is a free-form
        // object: a caption then lists keys the document knows (`metadata`), not every key
        // the object may have, so only an explicit link makes it a model.
        let free_form = matches!(spec, Some(TypeSpec::Object | TypeSpec::Map(_)));
        if found.is_empty() && !free_form {
            found = by_name(name.trim());
        }
        for f in found {
            push_unique(&mut targets, Target::Local(f));
        }
        if !targets.is_empty() {
            return targets;
        }
        let desc = row
            .cell(desc_col)
            .map(|c| c.text.clone())
            .unwrap_or_default();
        for caps in TABLE_MENTION.captures_iter(&desc) {
            let n: Option<u32> = caps[1].parse().ok();
            let hit = (0..self.tables.len()).find(|&i| self.table(i).number == n && i != table);
            match hit {
                Some(i) => push_unique(&mut targets, Target::Local(i)),
                None if report => {
                    let all_numbers: HashSet<u32> = self
                        .blocks
                        .iter()
                        .filter_map(|b| match b {
                            Block::Table(t) => t.number,
                            _ => None,
                        })
                        .collect();
                    if n.is_some_and(|n| !all_numbers.contains(&n)) {
                        self.diags.error(
                            DiagnosticCode::UnresolvedReference,
                            SourceRef::new(self.file, row.line),
                            format!(
                                "expected Table {} (referenced by field `{}`) on the page, found no such table: the field keeps its stated type only",
                                &caps[1],
                                name.trim()
                            ),
                        );
                    }
                }
                None => {}
            }
        }
        if targets.is_empty()
            && report
            && let Some(n) = named
        {
            self.diags.warn(
                    DiagnosticCode::UnresolvedReference,
                    SourceRef::new(self.file, row.line),
                    format!(
                        "expected a table describing `{n}` (type of field `{}`), found none on the page: the field is left without a model",
                        name.trim()
                    ),
                );
        }
        targets
    }

    fn link_target(&mut self, link: &Link, line: usize, report: bool) -> Option<Target> {
        let (file, anchor) = match link.href.split_once('#') {
            Some((f, a)) => (f, a),
            None => return None,
        };
        let own = file.is_empty() || file == self.file.rsplit('/').next().unwrap_or(self.file);
        if own {
            if let Some(&t) = self.anchor_to_table.get(anchor) {
                return Some(Target::Local(t));
            }
            if report && link.text.trim_start().starts_with("Table") {
                self.diags.error(
                    DiagnosticCode::UnresolvedReference,
                    SourceRef::new(self.file, line),
                    format!(
                        "expected a table with anchor `{anchor}` (linked as `{}`), found none on the page: the field keeps its stated type only",
                        link.text
                    ),
                );
            }
            return None;
        }
        Some(Target::Remote(format!("{file}#{anchor}")))
    }

    fn resolve_roles(&mut self, method: Method) {
        let has_body = !matches!(
            method,
            Method::Get | Method::Delete | Method::Head | Method::Options
        );
        // Nested: referenced from another table's row.
        let mut referenced = vec![false; self.tables.len()];
        for t in 0..self.tables.len() {
            let rows = self.table(t).rows.clone();
            let ty_col = self.tables[t].cols.ty;
            for row in &rows {
                let spec = row.cell(ty_col).and_then(|c| parse_type(&c.text));
                for target in self.row_targets(t, row, spec.as_ref(), false) {
                    if let Target::Local(n) = target
                        && n != t
                    {
                        referenced[n] = true;
                        self.note_referrer(n, t, row);
                    }
                }
            }
        }
        self.tie_trailing_models(&mut referenced);
        let mut request_root = false;
        let mut response_roots: HashSet<Option<String>> = HashSet::new();
        for (t, &is_referenced) in referenced.iter().enumerate() {
            let kind = self.sections[self.tables[t].section].kind;
            let caption = self.table(t).caption.to_ascii_lowercase();
            let status = self.tables[t].status.clone();
            let role = if is_referenced {
                Role::Nested
            } else if caption.contains("header") {
                if kind == Kind::Response {
                    Role::ResponseHeaders(status)
                } else {
                    Role::Params(ParameterLocation::Header)
                }
            } else if caption.contains("path param") {
                Role::Params(ParameterLocation::Path)
            } else if caption.contains("query param") {
                Role::Params(ParameterLocation::Query)
            } else {
                match kind {
                    Kind::Uri => Role::GenericParams,
                    Kind::Request => {
                        if caption.contains("body") || has_body {
                            if request_root {
                                Role::Unplaced
                            } else {
                                request_root = true;
                                Role::RequestBody
                            }
                        } else {
                            // GET filters listed under Request are query parameters.
                            Role::Params(ParameterLocation::Query)
                        }
                    }
                    Kind::Response => {
                        if response_roots.insert(status.clone()) {
                            Role::ResponseBody(status)
                        } else {
                            Role::Unplaced
                        }
                    }
                    _ => Role::Unplaced,
                }
            };
            if role == Role::Unplaced {
                let t_ref = self.table(t);
                let label = table_label(t_ref);
                let line = t_ref.line;
                let title = self.sections[self.tables[t].section].title.clone();
                self.diags.warn(
                    DiagnosticCode::UnreferencedTable,
                    SourceRef::new(self.file, line),
                    format!(
                        "expected table {label} in section `{title}` to be a parameter or body table or to be referenced by a field, found neither: kept as an unreferenced component schema"
                    ),
                );
            }
            self.tables[t].role = role;
        }
    }

    /// Records `row` of table `from` as the first field that refers to table `to` (names the
    /// nested table when its caption does not).
    fn note_referrer(&mut self, to: usize, from: usize, row: &Row) {
        if self.tables[to].referrer.is_none() {
            let field = row
                .cell(self.tables[from].cols.name)
                .map(|c| c.text.replace("**", "").trim().to_owned())
                .unwrap_or_default();
            self.tables[to].referrer = Some((from, field));
        }
    }

    /// A table captioned with a model name (`ErrorDetail`, `HardDetail`) that no field refers
    /// to describes the one free-form object field (`error | Object`, `hard_details |
    /// Map<String,Object>`) that no table describes in the table printed right before it, in
    /// the same section and under the same status. API Explorer pages print a type's table
    /// after its owner's and lose the link in export; with two such fields, or none, the
    /// table stays unreferenced.
    fn tie_trailing_models(&mut self, referenced: &mut [bool]) {
        for (t, is_referenced) in referenced.iter_mut().enumerate().skip(1) {
            let owner = t - 1;
            if *is_referenced
                || self.tables[t].section != self.tables[owner].section
                || self.tables[t].status != self.tables[owner].status
                || !is_model_caption(self.table(t).caption.trim())
            {
                continue;
            }
            let rows = self.table(owner).rows.clone();
            let ty_col = self.tables[owner].cols.ty;
            let mut open = Vec::new();
            for row in &rows {
                let spec = row.cell(ty_col).and_then(|c| parse_type(&c.text));
                if is_free_form(spec.as_ref())
                    && self
                        .row_targets(owner, row, spec.as_ref(), false)
                        .is_empty()
                {
                    open.push(row);
                }
            }
            if let [row] = open[..] {
                self.trailing.insert((owner, row.line), t);
                *is_referenced = true;
                self.note_referrer(t, owner, row);
            }
        }
    }

    /// Names every table (see the crate docs): a model name the page gives, else the body's
    /// role on the operation (`CreateTrainingJobRequest`, `CreateTrainingJobResponse`, an
    /// error body `CreateTrainingJobError`), else the resource and the caption's subject
    /// (`Description of the routetable field` on a route table page -> `RouteTable`). A name
    /// already taken on the page is told apart by side (`...Response` for the table in the
    /// Response section), by the operation, by the status the body is for
    /// (`CreateSecurityGroupAcceptedResponse`, `ShowKeyNotFoundError`), or by the table and
    /// field that refer to it (`ListPortsPortAllowedAddressPair`). Tables of one shape are
    /// merged afterwards ([`Page::merge_identical_tables`]); a number is the last resort.
    fn name_tables(&mut self) {
        let mut used: HashSet<String> = HashSet::new();
        let mut success_named = false;
        for t in 0..self.tables.len() {
            let table = self.table(t);
            let id_name = table.anchors.iter().find_map(|a| model_name_from_anchor(a));
            let caption = table.caption.trim().to_owned();
            let op = self.op_pascal.clone();
            let status = match &self.tables[t].role {
                Role::ResponseBody(s) => Some(s.clone()),
                _ => None,
            };
            // The body of a status other than the (first) success one: its reason names it.
            let reason = status.as_ref().and_then(|s| {
                let (error, reason) = status_words(s.as_deref());
                match (error, success_named) {
                    (true, _) => Some(format!("{reason} Error")),
                    (false, true) => Some(format!("{reason} Response")),
                    (false, false) => None,
                }
            });
            let subject = naming::caption_subject(&caption).map(|s| {
                // A nested table describes one item (`jobs` -> `Job`).
                let mut words = naming::words(&s);
                if let Some(last) = words.last_mut() {
                    *last = naming::singularize(last);
                }
                words.join(" ")
            });
            // Built only where it is wanted (few tables get this far).
            let by_referrer = || -> Option<String> {
                let (r, field) = self.tables[t].referrer.as_ref()?;
                let owner = &self.tables[*r].local_name;
                (*r < t && !owner.is_empty() && !field.is_empty()).then(|| {
                    let mut words = naming::words(field);
                    if let Some(last) = words.last_mut() {
                        *last = naming::singularize(last);
                    }
                    naming::inline_type_name(owner, &words.join(" "))
                })
            };
            let hint = if let Some(n) = id_name {
                n
            } else if is_model_caption(&caption) {
                caption
            } else {
                match &self.tables[t].role {
                    Role::RequestBody => naming::bounded_type_name(&[&op, "Request"]),
                    Role::ResponseBody(s) => {
                        let error = status_words(s.as_deref()).0;
                        let suffix = if error { "Error" } else { "Response" };
                        naming::bounded_type_name(&[&op, suffix])
                    }
                    _ => match (&subject, subject.is_none().then(by_referrer).flatten()) {
                        (Some(subject), _) => naming::bounded_type_name(&[&self.resource, subject]),
                        (None, Some(by_referrer)) => by_referrer,
                        // Nothing names it: the section it stands in does
                        // (`ImportImageFileQuicklyRequestTable`), not its number.
                        (None, None) => {
                            let section = match self.sections[self.tables[t].section].kind {
                                Kind::Request => "Request Table",
                                Kind::Response => "Response Table",
                                Kind::Uri => "Uri Table",
                                _ => "Table",
                            };
                            naming::bounded_type_name(&[&op, section])
                        }
                    },
                }
            };
            if matches!(status, Some(Some(ref s)) if !status_words(Some(s)).0)
                || status == Some(None)
            {
                success_named = true;
            }
            let in_response = self.sections[self.tables[t].section].kind == Kind::Response;
            // Candidates in order of preference, each built only when the ones before it are
            // taken (most tables take the first).
            let from_status: [&dyn Fn() -> Option<String>; 2] = [&|| Some(hint.clone()), &|| {
                reason
                    .as_ref()
                    .map(|r| naming::bounded_type_name(&[&op, r]))
            }];
            let from_hint: [&dyn Fn() -> Option<String>; 5] = [
                &|| Some(hint.clone()),
                &|| in_response.then(|| naming::bounded_type_name(&[&hint, "Response"])),
                &|| Some(naming::bounded_type_name(&[&op, &hint])),
                &by_referrer,
                &|| {
                    in_response
                        .then(by_referrer)
                        .flatten()
                        .map(|b| naming::bounded_type_name(&[&b, "Response"]))
                },
            ];
            let candidates: &[&dyn Fn() -> Option<String>] = if status.is_some() {
                &from_status
            } else {
                &from_hint
            };
            let base = hint.clone();
            let mut name = candidates
                .iter()
                .filter_map(|candidate| candidate())
                .find(|n| !used.contains(n))
                .unwrap_or_else(|| base.clone());
            let mut k = 2;
            while !used.insert(name.clone()) {
                name = format!("{base}{k}");
                k += 1;
            }
            self.tables[t].local_name = name;
        }
    }

    /// Tables of the page that state one shape under one caption (the same error body
    /// printed under each status code, the same `links` table in request and response) are
    /// one model: the first keeps its name, the others' tables point to it and their sources
    /// go to its `x-also-stated-at`. Nested tables merge first, so the bodies that refer to
    /// them become equal too.
    fn merge_identical_tables(&mut self, schemas: &mut IndexMap<String, Schema>) {
        loop {
            let found = schemas.iter().enumerate().find_map(|(j, (drop, b))| {
                schemas
                    .iter()
                    .take(j)
                    .find(|(_, a)| a.title == b.title && crate::service::same_shape(a, b))
                    .map(|(keep, _)| (keep.clone(), drop.clone()))
            });
            let Some((keep, drop)) = found else {
                break;
            };
            let Some(dropped) = schemas.shift_remove(&drop) else {
                break;
            };
            if let Some(kept) = schemas.get_mut(&keep)
                && let Some(source) = dropped.source
                && kept.source.as_ref() != Some(&source)
                && !kept.also_stated_at.contains(&source)
            {
                kept.also_stated_at.push(source);
            }
            for table in &mut self.tables {
                if table.local_name == drop {
                    table.local_name = keep.clone();
                }
            }
            let (from, to) = (
                format!("{COMPONENT_SCHEMA_PREFIX}{drop}"),
                format!("{COMPONENT_SCHEMA_PREFIX}{keep}"),
            );
            for schema in schemas.values_mut() {
                retarget(schema, &from, &to);
            }
        }
    }

    fn build_schemas(&mut self) -> IndexMap<String, Schema> {
        let mut schemas = IndexMap::new();
        for t in 0..self.tables.len() {
            if matches!(
                self.tables[t].role,
                Role::Params(_) | Role::GenericParams | Role::ResponseHeaders(_)
            ) {
                continue;
            }
            let schema = self.object_schema(t, None);
            schemas.insert(self.tables[t].local_name.clone(), schema);
        }
        schemas
    }

    /// The object schema of table `t` (only the rows `keep` selects, when given).
    fn object_schema(&mut self, t: usize, keep: Option<&dyn Fn(&str) -> bool>) -> Schema {
        let table = self.table(t).clone();
        let mut schema = Schema::of_type(Type::Object);
        schema.source = Some(SourceRef::new(self.file, table.line));
        if !table.caption.is_empty() {
            schema.title = Some(table.caption.clone());
        }
        for row in &table.rows {
            let Some(name) = self.row_name(t, row) else {
                continue;
            };
            if keep.is_some_and(|k| !k(&name)) {
                continue;
            }
            let (field, required) = self.field_schema(t, row, true);
            if schema.properties.contains_key(&name) {
                self.diags.warn(
                    DiagnosticCode::Duplicate,
                    SourceRef::new(self.file, row.line),
                    format!("expected each field once in table {}, found `{name}` again: the first row is kept", table_label(&table)),
                );
                continue;
            }
            if required {
                schema.required.push(name.clone());
            }
            schema.properties.insert(name, field);
        }
        schema
    }

    fn row_name(&mut self, t: usize, row: &Row) -> Option<String> {
        let name = row
            .cell(self.tables[t].cols.name)
            .map(|c| c.text.replace("**", "").trim().to_owned())
            .unwrap_or_default();
        if name.is_empty() || name.contains('\n') {
            if !row.cells.iter().all(|c| c.text.trim().is_empty()) {
                self.diags.warn(
                    DiagnosticCode::MalformedTable,
                    SourceRef::new(self.file, row.line),
                    format!(
                        "expected a parameter name in the first column, found `{}`: row skipped",
                        name.replace('\n', " ")
                    ),
                );
            }
            return None;
        }
        Some(name)
    }

    /// The schema of one row (with description and source) and whether it is mandatory.
    fn field_schema(&mut self, t: usize, row: &Row, with_description: bool) -> (Schema, bool) {
        let cols = &self.tables[t].cols;
        let (ty_col, desc_col, mand_col) = (cols.ty, cols.desc, cols.mandatory);
        let type_text = row
            .cell(ty_col)
            .map(|c| c.text.trim().to_owned())
            .unwrap_or_default();
        let description = row
            .cell(desc_col)
            .map(|c| c.text.trim().to_owned())
            .unwrap_or_default();
        let spec = parse_type(&type_text);
        let name = row
            .cell(self.tables[t].cols.name)
            .map(|c| c.text.replace("**", ""))
            .unwrap_or_default();
        let name = name.trim();
        if ty_col.is_some() && spec.is_none() {
            if type_text.is_empty() {
                self.diags.warn(
                    DiagnosticCode::UnexpectedText,
                    SourceRef::new(self.file, row.line),
                    format!(
                        "expected a type for field `{name}`, found an empty Type cell: left untyped"
                    ),
                );
            } else {
                self.diags.warn(
                    DiagnosticCode::UnexpectedText,
                    SourceRef::new(self.file, row.line),
                    format!("expected a known type for field `{name}`, found `{}`: left untyped (kept in x-stated-type)", type_text.replace("**", "")),
                );
            }
        }
        let targets = self.row_targets(t, row, spec.as_ref(), true);
        let mut schema = self.type_schema(spec.as_ref(), &targets);
        let stated = type_text.replace("**", "");
        if !stated.is_empty() && !is_canonical_type(&stated) {
            schema.stated_type = Some(stated);
        }
        let facts = prose::facts(&description);
        self.apply_facts(&mut schema, &facts, name, row.line);
        if let Some(length) = stated_max_length(&type_text) {
            self.apply_stated_length(&mut schema, length, name, row.line);
        }
        if with_description && !description.is_empty() {
            schema.description = Some(description);
        }
        schema.source = Some(SourceRef::new(self.file, row.line));
        let required = match row
            .cell(mand_col)
            .map(|c| c.text.replace("**", "").trim().to_ascii_lowercase())
        {
            Some(m) => match m.as_str() {
                "yes" | "mandatory" | "true" | "required" | "y" => true,
                "no" | "optional" | "false" | "n" | "" => false,
                other => {
                    if !other.starts_with("yes") && !other.starts_with("no") {
                        self.diags.warn(
                            DiagnosticCode::UnexpectedText,
                            SourceRef::new(self.file, row.line),
                            format!("expected Yes or No in the Mandatory column for `{name}`, found `{other}`: treated as optional"),
                        );
                    }
                    other.starts_with("yes")
                }
            },
            None => false,
        };
        (schema, required)
    }

    fn type_schema(&self, spec: Option<&TypeSpec>, targets: &[Target]) -> Schema {
        let target_schema = |targets: &[Target]| -> Schema {
            let refs: Vec<Schema> = targets
                .iter()
                .map(|t| match t {
                    Target::Local(n) => Schema::reference_to(&self.tables[*n].local_name),
                    Target::Remote(r) => Schema {
                        reference: Some(format!("{REMOTE_REF_PREFIX}{r}")),
                        ..Schema::default()
                    },
                })
                .collect();
            if refs.len() == 1 {
                refs.into_iter().next().unwrap_or_default()
            } else {
                Schema {
                    one_of: refs,
                    ..Schema::default()
                }
            }
        };
        match spec {
            None => {
                if targets.is_empty() {
                    Schema::default()
                } else {
                    target_schema(targets)
                }
            }
            Some(TypeSpec::Scalar(ty, format)) => {
                let mut s = Schema::of_type(*ty);
                s.format = format.map(str::to_owned);
                s
            }
            Some(TypeSpec::Object) | Some(TypeSpec::Named(_)) => {
                if targets.is_empty() {
                    Schema::of_type(Type::Object)
                } else {
                    target_schema(targets)
                }
            }
            Some(TypeSpec::Any) => {
                if targets.is_empty() {
                    Schema::default()
                } else {
                    target_schema(targets)
                }
            }
            Some(TypeSpec::Array(inner)) => {
                let mut s = Schema::of_type(Type::Array);
                let item = match inner.as_deref() {
                    Some(TypeSpec::Scalar(..)) => Some(self.type_schema(inner.as_deref(), &[])),
                    Some(TypeSpec::Array(_)) | Some(TypeSpec::Map(_)) => {
                        Some(self.type_schema(inner.as_deref(), targets))
                    }
                    other => {
                        if targets.is_empty() {
                            other.map(|o| self.type_schema(Some(o), &[]))
                        } else {
                            Some(target_schema(targets))
                        }
                    }
                };
                s.items = item.map(Box::new);
                s
            }
            Some(TypeSpec::Map(inner)) => {
                let mut s = Schema::of_type(Type::Object);
                let value = match inner.as_deref() {
                    None => None,
                    Some(TypeSpec::Named(_)) if !targets.is_empty() => Some(target_schema(targets)),
                    Some(other) => Some(self.type_schema(Some(other), targets)),
                };
                s.additional_properties = Some(match value {
                    Some(v) => docsdk_spec::AdditionalProperties::Schema(Box::new(v)),
                    None => docsdk_spec::AdditionalProperties::Bool(true),
                });
                s
            }
        }
    }

    fn apply_facts(&mut self, schema: &mut Schema, facts: &prose::Facts, name: &str, line: usize) {
        // Enums and defaults apply to the scalar: the schema itself or an array's items.
        let is_array = schema.schema_type == Some(SchemaType::One(Type::Array));
        let items_open = schema.items.as_deref().is_none_or(|i| {
            i.reference.is_none()
                && i.one_of.is_empty()
                && i.schema_type != Some(SchemaType::One(Type::Object))
        });
        let target: &mut Schema = if is_array
            && items_open
            && (!facts.enum_values.is_empty() || schema.items.is_some())
        {
            schema.items.get_or_insert_with(Box::default)
        } else {
            schema
        };
        let ty = match &target.schema_type {
            Some(SchemaType::One(t)) => Some(*t),
            _ => None,
        };
        let is_ref = target.reference.is_some() || !target.one_of.is_empty();
        if !facts.enum_values.is_empty() && !is_ref {
            match ty {
                Some(Type::Boolean) => {}
                Some(Type::Integer) | Some(Type::Number) | Some(Type::String) | None => {
                    let values: Option<Vec<Value>> = facts
                        .enum_values
                        .iter()
                        .map(|v| typed_value(v, ty))
                        .collect();
                    match values {
                        Some(v) => target.enum_values = v,
                        None => self.diags.warn(
                            DiagnosticCode::UnexpectedText,
                            SourceRef::new(self.file, line),
                            format!(
                                "expected enum values of `{name}` to fit its type {}, found {:?}: kept in the description only",
                                ty.map_or("(none)", type_name),
                                facts.enum_values
                            ),
                        ),
                    }
                }
                _ => {}
            }
        }
        if let Some(default) = &facts.default {
            if !is_ref {
                match typed_value(default, ty) {
                    Some(v) if ty.is_some() => target.default = Some(v),
                    _ => target.stated_default = Some(default.clone()),
                }
            }
        } else if facts.conflicting_defaults {
            self.diags.warn(
                DiagnosticCode::ContradictoryDefault,
                SourceRef::new(self.file, line),
                format!("expected one default for `{name}`, found several in its description: none taken"),
            );
        }
        match ty {
            Some(Type::Integer) | Some(Type::Number) => {
                let num = |v: &Option<String>| -> Option<serde_json::Number> {
                    let v = v.as_deref()?;
                    if ty == Some(Type::Integer) {
                        v.parse::<i64>().ok().map(Into::into)
                    } else {
                        v.parse::<f64>().ok().and_then(serde_json::Number::from_f64)
                    }
                };
                target.minimum = num(&facts.minimum);
                target.maximum = num(&facts.maximum);
                self.check_default_in_range(target, name, line);
            }
            Some(Type::String) => {
                target.min_length = facts.min_length;
                target.max_length = facts.max_length;
            }
            _ => {}
        }
        if let Some((low, high)) = &facts.advised_range {
            target.extra.set_ext(
                Ext::STATED_RANGE,
                Value::String(format!("{low} to {high} (recommended)")),
            );
        }
    }

    /// The length a sized type states (`String(64)`) is the string's `maxLength`, unless the
    /// description states another maximum: the two disagree, the description's is kept (it is
    /// the more specific statement) and the type stays in `x-stated-type`.
    fn apply_stated_length(&mut self, schema: &mut Schema, length: u64, name: &str, line: usize) {
        if schema.schema_type != Some(SchemaType::One(Type::String)) {
            return;
        }
        match schema.max_length {
            None => schema.max_length = Some(length),
            Some(stated) if stated != length => self.diags.warn(
                DiagnosticCode::Inconsistent,
                SourceRef::new(self.file, line),
                format!(
                    "expected the description of `{name}` to allow the {length} characters its type states, found a maximum of {stated}: the description's is kept"
                ),
            ),
            Some(_) => {}
        }
    }

    /// A default outside the stated hard range: both facts are kept, the default as text
    /// (`x-stated-default`) so the spec stays valid, and a warning names them.
    fn check_default_in_range(&mut self, target: &mut Schema, name: &str, line: usize) {
        let Some(value) = target.default.as_ref().and_then(Value::as_f64) else {
            return;
        };
        let below = target
            .minimum
            .as_ref()
            .and_then(serde_json::Number::as_f64)
            .is_some_and(|m| value < m);
        let above = target
            .maximum
            .as_ref()
            .and_then(serde_json::Number::as_f64)
            .is_some_and(|m| value > m);
        if !(below || above) {
            return;
        }
        let bound =
            |n: &Option<serde_json::Number>| n.as_ref().map_or("-".to_owned(), ToString::to_string);
        let message = format!(
            "expected the default of `{name}` within its stated range [{}, {}], found {value}: both are kept, the default as x-stated-default",
            bound(&target.minimum),
            bound(&target.maximum)
        );
        if let Some(d) = target.default.take() {
            target.stated_default = Some(d.to_string());
        }
        self.diags.warn(
            DiagnosticCode::DefaultOutOfRange,
            SourceRef::new(self.file, line),
            message,
        );
    }

    fn build_operation(
        &mut self,
        method: Method,
        path_line: &str,
        line: usize,
        out: &mut PageOutput,
    ) -> Operation {
        let (path, query_vars) = strip_query(path_line);
        let path_vars: Vec<String> = PATH_VAR
            .captures_iter(&path)
            .map(|c| c[1].to_owned())
            .collect();
        let mut op = Operation {
            summary: self.title.clone(),
            source: Some(SourceRef::new(self.file, line)),
            tags: self.tags.clone(),
            ..Operation::default()
        };
        op.description = self.description();
        let has_body = !matches!(
            method,
            Method::Get | Method::Delete | Method::Head | Method::Options
        );

        // Parameters.
        let mut body_rows: Vec<(usize, String)> = Vec::new();
        for t in 0..self.tables.len() {
            let role = self.tables[t].role.clone();
            let rows = self.table(t).rows.clone();
            let label = table_label(self.table(t));
            match role {
                Role::Params(location) => {
                    for row in &rows {
                        let Some(name) = self.row_name(t, row) else {
                            continue;
                        };
                        let location = if location == ParameterLocation::Path {
                            match match_var(&name, &path_vars) {
                                Some(v) => {
                                    self.push_param(
                                        &mut op,
                                        t,
                                        row,
                                        v,
                                        ParameterLocation::Path,
                                        &name,
                                    );
                                    continue;
                                }
                                None => {
                                    self.diags.warn(
                                        DiagnosticCode::UnexpectedText,
                                        SourceRef::new(self.file, row.line),
                                        format!("expected path parameter `{name}` of table {label} in the path template `{path}`, found no such variable: parameter dropped"),
                                    );
                                    continue;
                                }
                            }
                        } else {
                            location
                        };
                        if location == ParameterLocation::Header && is_security_header(&name) {
                            if let Some(a) = op
                                .extra
                                .entry(Ext::SECURITY_HEADERS.as_str().to_owned())
                                .or_insert_with(|| Value::Array(Vec::new()))
                                .as_array_mut()
                            {
                                a.push(Value::String(name.clone()));
                            }
                            continue;
                        }
                        self.push_param(&mut op, t, row, name.clone(), location, &name);
                    }
                }
                Role::GenericParams => {
                    let mut to_body = Vec::new();
                    for row in &rows {
                        let Some(name) = self.row_name(t, row) else {
                            continue;
                        };
                        if let Some(v) = match_var(&name, &path_vars) {
                            self.push_param(&mut op, t, row, v, ParameterLocation::Path, &name);
                        } else if let Some(v) = match_var(&name, &query_vars) {
                            self.push_param(&mut op, t, row, v, ParameterLocation::Query, &name);
                        } else if !has_body {
                            self.push_param(
                                &mut op,
                                t,
                                row,
                                name.clone(),
                                ParameterLocation::Query,
                                &name,
                            );
                        } else {
                            to_body.push(name.clone());
                            body_rows.push((t, name));
                        }
                    }
                    if !to_body.is_empty() {
                        let line = self.table(t).line;
                        self.diags.warn(
                            DiagnosticCode::UnexpectedText,
                            SourceRef::new(self.file, line),
                            format!(
                                "expected only path and query variables of `{} {path}` in the URI table {label}, found {}: placed in the request body",
                                method.as_str(),
                                to_body.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                            ),
                        );
                    }
                }
                _ => {}
            }
        }
        for var in &path_vars {
            if !op
                .parameters
                .iter()
                .any(|p| p.location == ParameterLocation::Path && &p.name == var)
            {
                self.diags.warn(
                    DiagnosticCode::UndocumentedParameter,
                    SourceRef::new(self.file, line),
                    format!("expected a parameter row for path variable `{{{var}}}`, found none: declared without a type"),
                );
                op.parameters.push(param(
                    var,
                    ParameterLocation::Path,
                    true,
                    None,
                    // Any value: OpenAPI requires a schema, the page states no type.
                    Some(Schema::default()),
                    SourceRef::new(self.file, line),
                ));
            }
        }
        for var in &query_vars {
            if !op
                .parameters
                .iter()
                .any(|p| p.location == ParameterLocation::Query && &p.name == var)
            {
                self.diags.warn(
                    DiagnosticCode::UndocumentedParameter,
                    SourceRef::new(self.file, line),
                    format!("expected a parameter row for query variable `{var}` of the URI, found none: declared without a type"),
                );
                op.parameters.push(param(
                    var,
                    ParameterLocation::Query,
                    false,
                    None,
                    // Any value: OpenAPI requires a schema, the page states no type.
                    Some(Schema::default()),
                    SourceRef::new(self.file, line),
                ));
            }
        }

        // Request body.
        let request_root =
            (0..self.tables.len()).find(|&t| self.tables[t].role == Role::RequestBody);
        let mut body_schema_name = request_root.map(|t| self.tables[t].local_name.clone());
        if !body_rows.is_empty() {
            let t = body_rows[0].0;
            let names: HashSet<String> = body_rows.iter().map(|(_, n)| n.clone()).collect();
            let extra = self.object_schema(t, Some(&|n: &str| names.contains(n)));
            match &body_schema_name {
                Some(name) => {
                    if let Some(root) = out.schemas.get_mut(name) {
                        for (k, v) in extra.properties {
                            if extra.required.contains(&k) && !root.required.contains(&k) {
                                root.required.push(k.clone());
                            }
                            root.properties.entry(k).or_insert(v);
                        }
                    }
                }
                None => {
                    let name = unique_name(&format!("{}Request", self.op_pascal), &out.schemas);
                    let mut schema = extra;
                    schema.title = None;
                    out.schemas.insert(name.clone(), schema);
                    body_schema_name = Some(name);
                }
            }
        }
        let content_type = self.content_type();
        if let Some(name) = &body_schema_name {
            let required = out
                .schemas
                .get(name)
                .is_some_and(|s| !s.required.is_empty());
            let source = request_root.map(|t| SourceRef::new(self.file, self.table(t).line));
            let mut content = IndexMap::new();
            content.insert(
                content_type.clone(),
                MediaType {
                    schema: Some(Schema::reference_to(name)),
                    ..MediaType::default()
                },
            );
            op.request_body = Some(RequestBody {
                description: None,
                content,
                required,
                source,
                also_stated_at: Vec::new(),
                extra: Extra::new(),
            });
        }

        // Responses.
        let stated: Vec<StatusCode> = out.status_codes.clone();
        let normal = self.normal_code();
        let unmarked_status = || -> Option<String> {
            if let Some(n) = &normal {
                return Some(n.clone());
            }
            let success: Vec<&StatusCode> =
                stated.iter().filter(|s| s.code.starts_with('2')).collect();
            (success.len() == 1).then(|| success[0].code.clone())
        };
        let fallback_status = unmarked_status();
        let fallback_rule = if normal.is_some() {
            None
        } else {
            fallback_status
                .as_ref()
                .map(|_| StatusRule::PageStatusTable)
        };
        let mut unmarked_body = false;
        for t in 0..self.tables.len() {
            let (status, headers) = match &self.tables[t].role {
                Role::ResponseBody(s) => (s.clone(), false),
                Role::ResponseHeaders(s) => (s.clone(), true),
                _ => continue,
            };
            let rule = if status.is_some() {
                None
            } else {
                fallback_rule
            };
            let code = status
                .or_else(|| fallback_status.clone())
                .unwrap_or_else(|| {
                    unmarked_body = true;
                    SUCCESS_RANGE.to_owned()
                });
            let rule = rule.or(unmarked_body.then_some(StatusRule::SuccessRange));
            let line = self.table(t).line;
            let response = op
                .responses
                .entry(code.clone())
                .or_insert_with(|| Response {
                    description: String::new(),
                    source: Some(SourceRef::new(self.file, line)),
                    ..Response::default()
                });
            if let Some(rule) = rule {
                response
                    .extra
                    .set_ext(Ext::STATUS_RULE, Value::String(rule.as_str().to_owned()));
            }
            if headers {
                let rows = self.table(t).rows.clone();
                for row in &rows {
                    let Some(name) = self.row_name(t, row) else {
                        continue;
                    };
                    let (schema, _) = self.field_schema(t, row, false);
                    let description = row
                        .cell(self.tables[t].cols.desc)
                        .map(|c| c.text.clone())
                        .filter(|d| !d.is_empty());
                    if let Some(response) = op.responses.get_mut(&code) {
                        response.headers.insert(
                            name,
                            docsdk_spec::Header {
                                description,
                                schema: Some(strip_doc(schema)),
                                source: Some(SourceRef::new(self.file, row.line)),
                            },
                        );
                    }
                }
            } else {
                response.content.insert(
                    "application/json".into(),
                    MediaType {
                        schema: Some(Schema::reference_to(&self.tables[t].local_name)),
                        ..MediaType::default()
                    },
                );
            }
        }
        // Markers without a table: a response without a body.
        for s in self.sections.iter().filter(|s| s.kind == Kind::Response) {
            for &b in &s.blocks {
                if let Block::Para { text, line, .. } = &self.blocks[b]
                    && let Some(c) = STATUS_MARKER.captures(text)
                {
                    op.responses
                        .entry(c[1].to_owned())
                        .or_insert_with(|| Response {
                            source: Some(SourceRef::new(self.file, *line)),
                            ..Response::default()
                        });
                }
            }
        }
        for code in &stated {
            let r = op
                .responses
                .entry(code.code.clone())
                .or_insert_with(|| Response {
                    source: Some(code.source.clone()),
                    ..Response::default()
                });
            if r.description.is_empty() {
                r.description = code.description.clone();
            }
        }
        if let Some(n) = &normal {
            op.responses.entry(n.clone()).or_default();
        }
        if unmarked_body {
            let line = self
                .section_of(Kind::Response)
                .next()
                .map_or(line, |s| s.line);
            let shared = self.shared_status_page();
            self.diags.warn(
                DiagnosticCode::ResponseStatusInferred,
                SourceRef::new(self.file, line),
                format!(
                    "expected a status code for the response body, found none on the page{}: the body is the success response `{SUCCESS_RANGE}` (x-status-rule: {})",
                    shared.map(|p| format!(" (it refers to the shared page {p})")).unwrap_or_default(),
                    StatusRule::SuccessRange.as_str(),
                ),
            );
        }
        // Examples.
        self.attach_examples(&mut op, method, &content_type, fallback_status.as_deref());
        if op.responses.is_empty() {
            let shared = self.shared_status_page();
            self.diags.warn(
                DiagnosticCode::NoResponse,
                SourceRef::new(self.file, line),
                format!(
                    "expected a response, status code or example response, found none on the page{}: a bodiless `2XX` response stands for it",
                    shared.map(|p| format!(" (it refers to the shared page {p})")).unwrap_or_default()
                ),
            );
        }

        for (code, r) in op.responses.iter_mut() {
            if r.description.is_empty() {
                r.description = if code == SUCCESS_RANGE {
                    "Success (the page does not state its status code)".to_owned()
                } else {
                    reason_phrase(code).to_owned()
                };
            }
        }
        if op.responses.is_empty() {
            // OpenAPI requires at least one response (reported above); success without a body
            // is all a client may assume, and error statuses stay errors.
            op.responses.insert(
                SUCCESS_RANGE.to_owned(),
                Response {
                    description: "Success (no response is documented on the page)".to_owned(),
                    source: Some(SourceRef::new(self.file, line)),
                    ..Response::default()
                },
            );
        }
        op
    }

    fn push_param(
        &mut self,
        op: &mut Operation,
        t: usize,
        row: &Row,
        name: String,
        location: ParameterLocation,
        printed: &str,
    ) {
        if name != printed {
            self.diags.warn(
                DiagnosticCode::UnexpectedText,
                SourceRef::new(self.file, row.line),
                format!("expected parameter `{printed}` to be spelled as in the URI template, found `{name}` there: the template's spelling is used"),
            );
        }
        if op
            .parameters
            .iter()
            .any(|p| p.name == name && p.location == location)
        {
            self.diags.warn(
                DiagnosticCode::Duplicate,
                SourceRef::new(self.file, row.line),
                format!(
                    "expected {} parameter `{name}` once, found it again: the first row is kept",
                    location.as_str()
                ),
            );
            return;
        }
        let (schema, required) = self.field_schema(t, row, false);
        let description = row
            .cell(self.tables[t].cols.desc)
            .map(|c| c.text.trim().to_owned())
            .filter(|d| !d.is_empty());
        let required = required || location == ParameterLocation::Path;
        op.parameters.push(param(
            &name,
            location,
            required,
            description,
            Some(strip_doc(schema)),
            SourceRef::new(self.file, row.line),
        ));
    }

    fn description(&self) -> Option<String> {
        let mut parts = Vec::new();
        let function: Vec<&Section> = self.section_of(Kind::Function).collect();
        let sources: Vec<&Section> = if function.is_empty() {
            self.section_of(Kind::Intro).collect()
        } else {
            function
        };
        for s in sources {
            for (text, _) in self.paras(s) {
                parts.push(text);
            }
        }
        for s in self.section_of(Kind::Constraints) {
            let texts: Vec<String> = self.paras(s).into_iter().map(|(t, _)| t).collect();
            let joined = texts.join("\n\n");
            if !joined.is_empty() && !joined.eq_ignore_ascii_case("none") {
                parts.push(format!("Constraints: {joined}"));
            }
        }
        (!parts.is_empty()).then(|| parts.join("\n\n"))
    }

    fn content_type(&self) -> String {
        static MEDIA: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\b((?:application|multipart|text)/[a-z0-9.+-]+)")
                .expect("the pattern is valid")
        });
        for t in 0..self.tables.len() {
            if self.tables[t].role != Role::Params(ParameterLocation::Header) {
                continue;
            }
            for row in &self.table(t).rows {
                let name = row
                    .cell(self.tables[t].cols.name)
                    .map(|c| c.text.replace("**", ""))
                    .unwrap_or_default();
                if name.trim().eq_ignore_ascii_case("content-type") {
                    let desc = row
                        .cell(self.tables[t].cols.desc)
                        .map(|c| c.text.clone())
                        .unwrap_or_default();
                    if let Some(c) = MEDIA.captures(&desc) {
                        return c[1].to_owned();
                    }
                }
            }
        }
        "application/json".to_owned()
    }

    fn normal_code(&self) -> Option<String> {
        for s in self
            .sections
            .iter()
            .filter(|s| matches!(s.kind, Kind::StatusCodes | Kind::Response))
        {
            for (text, _) in self.paras(s) {
                if let Some(c) = NORMAL_CODE.captures(&text) {
                    return Some(c[1].to_owned());
                }
            }
        }
        None
    }

    fn shared_status_page(&self) -> Option<String> {
        self.sections
            .iter()
            .filter(|s| s.kind == Kind::StatusCodes)
            .flat_map(|s| s.blocks.iter())
            .find_map(|&b| match &self.blocks[b] {
                Block::Para { links, .. } => links
                    .first()
                    .map(|l| l.href.split('#').next().unwrap_or("").to_owned()),
                _ => None,
            })
            .filter(|p| !p.is_empty())
    }

    fn attach_examples(
        &mut self,
        op: &mut Operation,
        method: Method,
        content_type: &str,
        fallback_status: Option<&str>,
    ) {
        let mut requests: Vec<Example> = Vec::new();
        let mut responses: Vec<(Option<String>, Example)> = Vec::new();
        for s in &self.sections {
            let mode_default = match s.kind {
                Kind::ExampleRequests => Some(true),
                Kind::ExampleResponses => Some(false),
                Kind::Samples => None,
                _ => continue,
            };
            let mut status: Option<String> = None;
            let mut label = String::new();
            let mut mode = mode_default;
            for &b in &s.blocks {
                match &self.blocks[b] {
                    Block::Para { text, .. } => {
                        if let Some(c) = STATUS_MARKER.captures(text) {
                            status = Some(c[1].to_owned());
                            label.clear();
                            continue;
                        }
                        let lower = text.to_ascii_lowercase();
                        if mode_default.is_none() {
                            if lower.contains("request") && !lower.contains("response") {
                                mode = Some(true);
                            } else if lower.contains("response") {
                                mode = Some(false);
                            }
                        }
                        label = text.replace("**", "");
                    }
                    Block::Pre { text, line } => {
                        let ex = examples::parse(text, SourceRef::new(self.file, *line), &label);
                        let is_request = match mode {
                            Some(m) => m,
                            None => ex.method.is_some(),
                        };
                        if is_request {
                            requests.push(ex);
                        } else {
                            responses.push((status.clone(), ex));
                        }
                        label.clear();
                    }
                    _ => {}
                }
            }
        }
        if let Some(first) = requests.first() {
            op.example_request = Some(ExampleRequest {
                method: first.method.clone(),
                path: first.path.clone(),
                headers: first
                    .headers
                    .iter()
                    .map(|(n, v)| HeaderValue {
                        name: n.clone(),
                        value: v.clone(),
                        source: Some(first.source.clone()),
                    })
                    .collect(),
                body: first.body.clone(),
                source: Some(first.source.clone()),
            });
            if let Some(m) = &first.method
                && Method::parse(m) != Some(method)
            {
                self.diags.warn(
                    DiagnosticCode::UnexpectedText,
                    first.source.clone(),
                    format!(
                        "expected the example request to use {}, found {m}",
                        method.as_str()
                    ),
                );
            }
        }
        let with_body: Vec<&Example> = requests.iter().filter(|e| e.body.is_some()).collect();
        if !with_body.is_empty() {
            match op
                .request_body
                .as_mut()
                .and_then(|b| b.content.values_mut().next())
            {
                Some(media) => add_examples(media, &with_body),
                None => {
                    let mut media = MediaType::default();
                    add_examples(&mut media, &with_body);
                    let mut content = IndexMap::new();
                    content.insert(content_type.to_owned(), media);
                    op.request_body = Some(RequestBody {
                        content,
                        source: Some(with_body[0].source.clone()),
                        ..RequestBody::default()
                    });
                    self.diags.warn(
                        DiagnosticCode::UnexpectedText,
                        with_body[0].source.clone(),
                        "expected a request body table for the example request's body, found none: the body is kept as an example without a schema",
                    );
                }
            }
        }
        // Response examples: by marker, else the status the body is under.
        let mut by_code: IndexMap<String, Vec<Example>> = IndexMap::new();
        for (status, ex) in responses {
            let code = status
                .or_else(|| fallback_status.map(str::to_owned))
                .unwrap_or_else(|| {
                    if op.responses.contains_key(SUCCESS_RANGE) || op.responses.is_empty() {
                        SUCCESS_RANGE.to_owned()
                    } else {
                        op.responses
                            .keys()
                            .next()
                            .cloned()
                            .unwrap_or_else(|| SUCCESS_RANGE.to_owned())
                    }
                });
            by_code.entry(code).or_default().push(ex);
        }
        for (code, exs) in by_code {
            let with_body: Vec<&Example> = exs.iter().filter(|e| e.body.is_some()).collect();
            let response = op
                .responses
                .entry(code.clone())
                .or_insert_with(|| Response {
                    source: exs.first().map(|e| e.source.clone()),
                    ..Response::default()
                });
            // An example response with no code anywhere on the page: the success range,
            // which the service may narrow like an unmarked body table.
            if code == SUCCESS_RANGE && !response.extra.has_ext(Ext::STATUS_RULE) {
                response.extra.set_ext(
                    Ext::STATUS_RULE,
                    Value::String(StatusRule::SuccessRange.as_str().to_owned()),
                );
            }
            if response.description.is_empty()
                && let Some(l) = exs.iter().map(|e| e.label.trim()).find(|l| !l.is_empty())
            {
                response.description = l.to_owned();
            }
            if with_body.is_empty() {
                continue;
            }
            let media = response
                .content
                .entry("application/json".into())
                .or_default();
            add_examples(media, &with_body);
        }
    }
}

fn add_examples(media: &mut MediaType, examples: &[&Example]) {
    let mut rest = Vec::new();
    for ex in examples {
        if media.example.is_none() {
            media.example = ex.body.clone();
            media.example_source = Some(ex.source.clone());
            if ex.body_is_text {
                media
                    .extra
                    .insert(docsdk_spec::Ext::EXAMPLE_IS_TEXT.into(), Value::Bool(true));
            }
        } else {
            let mut entry = serde_json::Map::new();
            if !ex.label.trim().is_empty() {
                entry.insert("summary".into(), Value::String(ex.label.trim().to_owned()));
            }
            entry.insert("value".into(), ex.body.clone().unwrap_or(Value::Null));
            if ex.body_is_text {
                entry.insert(docsdk_spec::Ext::EXAMPLE_IS_TEXT.into(), Value::Bool(true));
            }
            entry.insert(
                Ext::SOURCE.as_str().to_owned(),
                Value::String(ex.source.to_string()),
            );
            rest.push(Value::Object(entry));
        }
    }
    if !rest.is_empty() {
        let list = media
            .extra
            .entry(Ext::EXAMPLES.as_str().to_owned())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Some(a) = list.as_array_mut() {
            a.extend(rest);
        }
    }
}

fn param(
    name: &str,
    location: ParameterLocation,
    required: bool,
    description: Option<String>,
    schema: Option<Schema>,
    source: SourceRef,
) -> Parameter {
    Parameter {
        name: name.to_owned(),
        location,
        description,
        required,
        deprecated: false,
        style: None,
        explode: None,
        schema,
        example: None,
        source: Some(source),
        also_stated_at: Vec::new(),
        extra: Extra::new(),
    }
}

/// A parameter's schema carries no description or source: the parameter has them.
fn strip_doc(mut schema: Schema) -> Schema {
    schema.description = None;
    schema.source = None;
    schema
}

fn push_unique(targets: &mut Vec<Target>, t: Target) {
    if !targets.contains(&t) {
        targets.push(t);
    }
}

fn unique_name(hint: &str, taken: &IndexMap<String, Schema>) -> String {
    let mut name = hint.to_owned();
    let mut k = 2;
    while taken.contains_key(&name) {
        name = format!("{hint}{k}");
        k += 1;
    }
    name
}

/// The header row: the `th` row, or a first body row whose cells are header words.
fn header_of(t: &Table) -> Option<Vec<String>> {
    if let Some(h) = &t.header {
        return Some(h.clone());
    }
    None
}

fn columns(header: &[String]) -> Columns {
    let find =
        |pred: &dyn Fn(&str) -> bool| header.iter().position(|h| pred(&h.to_ascii_lowercase()));
    Columns {
        name: find(&|h| {
            matches!(
                h,
                "parameter"
                    | "name"
                    | "parameter name"
                    | "field"
                    | "attribute"
                    | "field name"
                    | "parameters"
                    | "property"
            )
        }),
        mandatory: find(&|h| h.contains("mandatory") || h.contains("required") || h == "m/o"),
        ty: find(&|h| matches!(h, "type" | "data type" | "value type" | "parameter type")),
        desc: find(&|h| h.contains("description")),
    }
}

fn table_label(t: &Table) -> String {
    match (t.number, t.caption.is_empty()) {
        (Some(n), false) => format!("`Table {n} {}`", t.caption),
        (Some(n), true) => format!("`Table {n}`"),
        (None, false) => format!("`{}`", t.caption),
        (None, true) => "(no caption)".to_owned(),
    }
}

/// Points every reference of `schema` (and its subschemas) to `from` at `to`.
fn retarget(schema: &mut Schema, from: &str, to: &str) {
    if schema.reference.as_deref() == Some(from) {
        schema.reference = Some(to.to_owned());
    }
    if let Some(items) = &mut schema.items {
        retarget(items, from, to);
    }
    if let Some(AdditionalProperties::Schema(s)) = &mut schema.additional_properties {
        retarget(s, from, to);
    }
    for s in schema
        .properties
        .values_mut()
        .chain(schema.one_of.iter_mut())
        .chain(schema.any_of.iter_mut())
        .chain(schema.all_of.iter_mut())
    {
        retarget(s, from, to);
    }
}

/// Whether a body under `status` is an error body (4xx, 5xx), and the words of its reason
/// phrase (`404` -> `Not Found`) to tell it from other bodies of the operation.
fn status_words(status: Option<&str>) -> (bool, String) {
    let Some(code) = status.map(str::trim).filter(|s| !s.is_empty()) else {
        return (false, String::new());
    };
    let error = code.starts_with(['4', '5']);
    let reason = code
        .parse::<u16>()
        .ok()
        .and_then(|c| http::StatusCode::from_u16(c).ok())
        .and_then(|c| c.canonical_reason())
        .map(str::to_owned)
        // A range (`4XX`) or an unregistered code: the class says what it is.
        .unwrap_or_else(|| {
            match code.chars().next() {
                Some('2') => "Success",
                Some('3') => "Redirect",
                Some('4') => "Client",
                Some('5') => "Server",
                _ => "Other",
            }
            .to_owned()
        });
    (error, reason)
}

fn is_generic_caption(lower: &str) -> bool {
    let generic = [
        "",
        "parameters",
        "parameter",
        "parameter description",
        "parameter descriptions",
        "uri parameters",
        "uri parameter",
        "request parameters",
        "request parameter",
        "response parameters",
        "response parameter",
        "path parameters",
        "query parameters",
        "request body parameters",
        "response body parameters",
        "request header parameters",
        "response header parameters",
        "description",
        "request body",
        "response body",
        "request",
        "response",
        "body parameters",
        "header parameters",
        "request header",
        "response header",
        "parameters in the request body",
        "parameters in the response body",
    ];
    generic.contains(&lower)
}

/// A type that says "object" without naming or describing it: `Object`, `JSON`, or a map
/// of such values.
fn is_free_form(spec: Option<&TypeSpec>) -> bool {
    match spec {
        Some(TypeSpec::Object | TypeSpec::Any) => true,
        Some(TypeSpec::Map(Some(value))) => matches!(**value, TypeSpec::Object | TypeSpec::Any),
        _ => false,
    }
}

/// A model caption: one identifier (`Workforce`, `LabelAttribute`), not a phrase.
fn is_model_caption(caption: &str) -> bool {
    !caption.is_empty()
        && !is_generic_caption(&caption.to_ascii_lowercase())
        && caption
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
        && caption.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// `ListWorkforces__response_Workforce` -> `Workforce` (the API Explorer's model name).
fn model_name_from_anchor(anchor: &str) -> Option<String> {
    let i = anchor
        .rfind("_response_")
        .map(|i| i + "_response_".len())
        .or_else(|| anchor.rfind("_request_").map(|i| i + "_request_".len()))?;
    let name = &anchor[i..];
    (!name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.starts_with(|c: char| c.is_ascii_alphabetic()))
    .then(|| name.to_owned())
}

fn is_canonical_type(t: &str) -> bool {
    static CANON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:String|Integer|Long|Boolean|Float|Double|Number|Object|Array of \w+ objects|Array of (?:strings|integers|numbers|booleans|objects)|\w+ object)$").expect("the pattern is valid")
    });
    CANON.is_match(t.trim())
}

fn typed_value(text: &str, ty: Option<Type>) -> Option<Value> {
    let t = text.trim();
    match ty {
        Some(Type::Integer) => t.parse::<i64>().ok().map(Value::from),
        Some(Type::Number) => t
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        Some(Type::Boolean) => match t {
            "true" | "True" | "TRUE" => Some(Value::Bool(true)),
            "false" | "False" | "FALSE" => Some(Value::Bool(false)),
            _ => None,
        },
        Some(Type::String) | None => Some(Value::String(t.to_owned())),
        _ => None,
    }
}

fn type_name(t: Type) -> &'static str {
    match t {
        Type::String => "string",
        Type::Integer => "integer",
        Type::Number => "number",
        Type::Boolean => "boolean",
        Type::Object => "object",
        Type::Array => "array",
        Type::Null => "null",
    }
}

fn is_status(code: &str) -> bool {
    code.len() == 3
        && code.starts_with(|c: char| ('1'..='5').contains(&c))
        && code[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || c == 'x' || c == 'X')
}

fn is_security_header(name: &str) -> bool {
    ["x-auth-token", "authorization", "x-sdk-date"].contains(&name.to_ascii_lowercase().as_str())
}

/// Normalises a URI line's target: drops `https://{endpoint}` and spaces inside the path.
fn normalize_path(raw: &str) -> String {
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
fn separate_path_and_method(texts: &[(String, usize)]) -> Option<(Method, String, usize)> {
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

fn strip_query(path: &str) -> (String, Vec<String>) {
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
fn match_var(name: &str, vars: &[String]) -> Option<String> {
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

/// Standard reason phrases, used only when the page gives no description for a status code.
pub(crate) fn reason_phrase(code: &str) -> &'static str {
    match code {
        "200" => "OK",
        "201" => "Created",
        "202" => "Accepted",
        "204" => "No Content",
        "400" => "Bad Request",
        "401" => "Unauthorized",
        "403" => "Forbidden",
        "404" => "Not Found",
        "409" => "Conflict",
        "500" => "Internal Server Error",
        _ => "Response",
    }
}

#[cfg(test)]
mod tests {
    use super::count_block_tags;

    #[test]
    fn block_tags_are_counted_by_name_not_by_prefix() {
        let html = "<table class=\"x\"><tr><td><pre>a</pre><pref/><ul>\n<li>b</li></ul></td></tr>\
                    <ol\n></table><table>";
        let (opens, closes) = count_block_tags(html, &["table", "pre", "ul", "ol"]);
        assert_eq!(opens, [2, 1, 1, 1]);
        assert_eq!(closes, [1, 1, 1, 0]);
    }
}
