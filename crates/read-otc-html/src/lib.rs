//! Reader for Open Telekom Cloud HTML API reference pages into OpenAPI 3.1.
//!
//! OTC publishes one HTML page per operation (a DITA export; the API Explorer layout of
//! `ListWorkforces.html` and the older hand-written `modelarts_03_0xxx.html` layout). This crate
//! reads such pages, plain or inside the web git-viewer capture of seed 003, into
//! [`docsdk_spec::OpenApi`] documents.
//!
//! # How a page is read
//! - The DOM is flattened into blocks in document order (headings, paragraphs, `<pre>`,
//!   tables); sections are the runs of blocks after each section title (`h4.sectiontitle`,
//!   or any h2-h6), so a table in a `div.p` after the URI section's div belongs to the URI
//!   section, as it reads.
//! - Line numbers: the HTML parser is driven through a tree sink that records the line of
//!   every element as html5ever's tokenizer reports it; for the viewer capture those lines are
//!   mapped back through the unwrapping (see `capture`), so every `x-source` is a line of the
//!   file as given.
//! - URI lines: paragraphs of the URI section reading `METHOD /path` (also
//!   `METHOD https://{endpoint}/path`, `?a={a}` query strings, RFC 6570 `{?a,b}`). Each line is
//!   one operation (several paths: several versions of the operation). A line in a code block
//!   after a stated one (`Example:` and the full URL with a query string) is an example
//!   request, and one method and path stated twice on a page is one operation
//!   (`x-also-stated-at`); see `uri`.
//! - Tables: columns are found by header (Parameter/Name, Mandatory/Required, Type,
//!   Description); a cell is placed by its `headers` attribute when it has one. Captions with
//!   `Path`, `Query` or `header` say where parameters go; other tables in the URI section
//!   place each row by the path template (path variable), the URI's query string (query), the
//!   method (GET/DELETE/HEAD: query; otherwise the request body, with a warning). Tables under
//!   Request are the body, except for methods without a body, whose "request" tables are query
//!   filters. Tables under Response belong to the last `Status code: NNN` marker before them.
//! - Nested tables: a field refers to a table by a link in its Type cell (`Array of <a>X</a>
//!   objects`), else by a `Table N` link in its description (also to another page), else by a
//!   table whose caption names the type or the field (`X`, `X parameters`), else by a
//!   `Table N` mention. Several targets (`config` for real-time or batch) give a `oneOf`.
//!   Tables referenced by a field are nested models; every model becomes a component schema.
//! - Status codes: the marker before a response table; else `Normal NNN` text; else the one
//!   2xx code of the page's status code table; else the code every other operation of the
//!   service with that method uses for a body; else `2XX` (see `status`; the rule is kept in
//!   `x-status-rule`). `default` is only for documented error bodies.
//! - Prose: enum lists, defaults and ranges (see `prose`); Boolean enums (`true`/`false`) are
//!   not repeated as enums.
//!
//! # Documents
//! [`read_service`] groups the operations by API version, the first path segment (or the
//! second, after a service prefix such as `/autoscaling-api/v1/`) when it
//! reads `v1`, `v2`, `v1.1` (`info.version = "v1"`), `unversioned` otherwise; the paths keep
//! their version segment (the server URL is the bare endpoint). See [`read_service`] for names,
//! ids and merging.

/// `re!(NAME, r"pattern")`: a regex compiled on first use, for the modules below.
macro_rules! re {
    ($name:ident, $pattern:expr) => {
        static $name: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| regex::Regex::new($pattern).expect("the pattern is valid"));
    };
}

mod blocks;
mod capture;
mod dom;
mod examples;
mod page;
mod prose;
mod rst;
mod service;
mod status;
mod types;
mod uri;

pub use rst::looks_like_rst;

use docsdk_spec::{Diagnostics, Method, Operation, ReadOutput, Schema, SourceRef};
use indexmap::IndexMap;

/// Prefix of a `$ref` that points to a table on another page (`otc-page:file.html#anchor`)
/// in a [`PageOutput`]; [`read_service`] resolves them and never leaves one in a document.
pub const REMOTE_REF_PREFIX: &str = "otc-page:";

/// Whether `text` looks like an OTC HTML API page (plain or inside the git-viewer capture):
/// it has markup and the DITA title or section-title classes.
pub fn looks_like(text: &str) -> bool {
    let head = text.trim_start();
    let html_start = head.starts_with('<') || capture::is_capture(text);
    html_start && (text.contains("topictitle1") || text.contains("\"sectiontitle\""))
}

/// How a service is assembled: the pages only say `https://{endpoint}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceOptions {
    /// Service name for `info.title` (`ModelArts`).
    pub title: String,
    /// The endpoint's service code (`modelarts`), written as `x-service-key`.
    pub service_key: String,
    /// Server URL template (`https://modelarts.{region}.otc.t-systems.com`); a `{region}`
    /// variable gets `regions` as its enum and `default_region` as its default.
    pub endpoint_template: String,
    /// Regions the service is offered in (`eu-de`, `eu-nl`).
    pub regions: Vec<String>,
    /// Default region (`eu-de`).
    pub default_region: String,
}

impl ServiceOptions {
    /// Options derived from the pages alone, for when the manifest says nothing: the service
    /// key is the most common DITA file-name prefix among the pages and their links
    /// (`modelarts` of `modelarts_03_0095.html`), the title is that word as the prose spells
    /// it most often (`ModelArts`), and the server is `https://{endpoint}` as the pages print
    /// it, without regions.
    pub fn fallback(pages: &[(String, String)]) -> Self {
        service::fallback_options(pages)
    }
}

/// What one page yields, before service assembly.
#[derive(Clone, Debug, Default)]
pub struct PageOutput {
    /// The file name as given.
    pub file: String,
    /// The `h1` title.
    pub title: Option<String>,
    /// Parent topics (`Labeling Team Management`), used as operation tags.
    pub tags: Vec<String>,
    /// The operations (one per URI line), with page-local schema references.
    pub operations: Vec<PageOperation>,
    /// Object tables as schemas, by page-local name. References between them are
    /// `#/components/schemas/<local name>`; references to other pages use
    /// [`REMOTE_REF_PREFIX`].
    pub schemas: IndexMap<String, Schema>,
    /// Table anchors (`id`s and `<a name>`s) to the local schema name, for links from other
    /// pages.
    pub anchors: IndexMap<String, String>,
    /// Local schema name -> the local schema and field that first refer to it (nested
    /// tables), so a name taken elsewhere can fall back to owner and field.
    pub owners: IndexMap<String, (String, String)>,
    /// Rows of status code tables on the page (the shared Status Code page has one too).
    pub status_codes: Vec<StatusCode>,
    /// Everything noticed, with `file:line`.
    pub diagnostics: Diagnostics,
}

impl PageOutput {
    /// Whether the page states an operation (has a URI line).
    pub fn is_operation_page(&self) -> bool {
        !self.operations.is_empty()
    }
}

/// One operation of a page.
#[derive(Clone, Debug)]
pub struct PageOperation {
    /// HTTP method.
    pub method: Method,
    /// Path template without the query string (`/v2/{project_id}/workforces`).
    pub path: String,
    /// The operation, with page-local schema references.
    pub operation: Operation,
}

/// A row of a status code table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusCode {
    /// `200`.
    pub code: String,
    /// `OK`.
    pub description: String,
    /// Where the row is.
    pub source: SourceRef,
}

/// Reads a single page, HTML or RST (by [`looks_like`], else [`looks_like_rst`]); useful for tests and for
/// `cargo xtask spec` on one file. An RST page read alone resolves `:ref:` links to its own
/// labels only; [`read_service`] resolves them across the pages.
///
/// Never panics; what the page does not say, or says in a way the reader cannot place, is a
/// diagnostic with `file:line`. A page without a URI section and without request/response
/// sections (a table of contents, the Status Code page) yields no operation and no diagnostic.
pub fn read_page(file_name: &str, text: &str) -> PageOutput {
    if !looks_like(text) && looks_like_rst(text) {
        read_rst_page(file_name, text, &rst::Labels::default())
    } else {
        page::read(file_name, text)
    }
}

/// The RST front end, then the reading shared with HTML pages.
fn read_rst_page(file_name: &str, text: &str, labels: &rst::Labels) -> PageOutput {
    let tokens = rst::tokenize(file_name, text, labels);
    page::read_blocks(
        file_name,
        tokens.blocks,
        tokens.first_label,
        tokens.diagnostics,
    )
}

/// Reads many pages `(file name, text)` of one service, HTML or RST (or both), into one
/// OpenAPI document per API version.
///
/// - Pages are read in file-name order, so the output does not depend on the input order.
///   Inputs that are neither OTC HTML nor RST pages are skipped with a warning. RST `:ref:`
///   links resolve against the `.. _label:` targets of all the pages.
/// - `operationId` (rules of `docsdk_naming::operation`): the API Explorer name when the file
///   name (or first anchor) is one (`ListWorkforces.html` -> `listWorkforces`), otherwise the
///   `h1` title by the documented verb mapping (`Querying a Training Job List` ->
///   `listTrainingJobs`, `Creating a Training Job` -> `createTrainingJob`), filler dropped,
///   at most 40 characters in snake_case; a version suffix the document already says is
///   dropped (`createAsPolicyV2` in `v2`); pages of one name in one document are told apart
///   by what their titles say beyond it (`listAllImageTags`), a number only when nothing does. `summary` is the `h1` title; tags are the parent topics.
/// - Component names: the API Explorer model name (table id `..._response_Workforce`, or a
///   caption that is one identifier), otherwise `<OperationId>Request` / `<OperationId>Response`
///   for bodies and `<Resource><Caption>` for nested tables (`TrainingJobConfig` on
///   `createTrainingJob`), at most 48 characters. When two pages define the same name with
///   different fields, the later one is named `<OperationId><Name>`; identical definitions are
///   shared (`x-also-stated-at`).
/// - Several pages (never one page: see `uri`) with one method and path (action APIs: `POST .../action` to start/stop
///   and to restart): one operation with the first page's id and summary, whose
///   `Operation::variants` (typed `x-variants`) hold every page as a variant with its own id,
///   summary, description, request body (its own required list), responses where they differ
///   and `x-source`; the shared request body is the `oneOf` of the variants' bodies. A
///   `shared-path` warning says so.
/// - Security: `iamToken` (apiKey header `X-Auth-Token`) or `akskSignature` (AK/SK request
///   signing, `x-signing: SDK-HMAC-SHA256`; see its description), either one.
///
/// Pages are read on as many threads as the machine has cores; see [`read_service_on`].
pub fn read_service(pages: &[(String, String)], options: &ServiceOptions) -> ReadOutput {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    read_service_on(pages, options, cores)
}

/// [`read_service`] with its pages read on at most `threads` threads (1: on the caller's
/// thread alone), for a caller that keeps the other cores busy itself: nested threads would
/// only compete with its own for the cores, and each new thread starts its allocations in
/// fresh memory. The output does not depend on `threads`.
pub fn read_service_on(
    pages: &[(String, String)],
    options: &ServiceOptions,
    threads: usize,
) -> ReadOutput {
    service::read_service(pages, options, threads)
}
