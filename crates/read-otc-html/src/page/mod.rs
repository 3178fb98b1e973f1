//! Reads one page: sections in document order, URI lines, parameter and body tables, nested
//! object tables, status codes and examples.
//!
//! This module holds the page model and the reading order ([`read_blocks`]); each step has a
//! module of its own: [`uri_section`] (method, path and example request lines), [`links`]
//! (which table describes which field, and each table's role), [`names`] (model names, tables
//! of one shape merged), [`schemas`] (a field's schema from its Type cell and description) and
//! [`operation`] (parameters, bodies, responses and examples assembled).

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

mod links;
mod names;
mod operation;
mod schemas;
mod uri_section;

use links::*;
pub(crate) use names::unique_name;
use schemas::*;
use uri_section::*;

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

    /// A page without operations (an appendix "Data Structure" page) may define the field
    /// tables that operation pages link (`Array of tag objects` with a link to
    /// `data_structure.rst#...`): its tables become models, named by their captions, and their
    /// anchors are kept for those links. The service imports only the tables some operation
    /// links, so no warning is given here for the others.
    fn read_table_library(&mut self, out: &mut PageOutput) {
        self.collect_field_tables();
        if self.tables.is_empty() {
            return;
        }
        self.op_pascal = naming::pascal(self.title.as_deref().unwrap_or(""), "Page");
        self.link_nested_tables();
        self.name_tables();
        let mut schemas = self.build_schemas();
        self.merge_identical_tables(&mut schemas);
        out.schemas = schemas;
        self.export_tables(out);
    }

    /// The page's nested-table owners and table anchors, for links from other pages.
    fn export_tables(&self, out: &mut PageOutput) {
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
            } else {
                self.read_table_library(out);
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
        self.export_tables(out);
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
