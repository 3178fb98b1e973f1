//! Service assembly: pages -> one OpenAPI document per API version.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use docsdk_spec::{
    AdditionalProperties, COMPONENT_SCHEMA_PREFIX, DiagnosticCode, Diagnostics, Ext, Extra,
    ExtraExt, OpenApi, Operation, Provider, ReadOutput, Schema, SecurityScheme, Server,
    ServerVariable, SourceRef, Variant,
};
use indexmap::IndexMap;
use regex::Regex;
use serde_json::Value;

use crate::rst::Labels;
use crate::status;
use crate::{
    PageOutput, REMOTE_REF_PREFIX, ServiceOptions, looks_like, looks_like_rst, read_page,
    read_rst_page,
};

/// Name of the IAM token security scheme.
pub(crate) const IAM_TOKEN: &str = "iamToken";
/// Name of the AK/SK signing security scheme.
pub(crate) const AKSK: &str = "akskSignature";

/// Reads `pages[order[k]]` for every k, on up to `threads` threads (pages are independent
/// until their tables are linked across pages); `None` for text that is not an OTC page. The
/// result is in `order`, so the output does not depend on the thread count. RST pages are
/// read with the labels of all RST pages, so `:ref:` links cross pages.
fn read_pages_in_parallel(
    pages: &[(String, String)],
    order: &[usize],
    threads: usize,
) -> Vec<Option<PageOutput>> {
    // HTML first, as format detection does: an HTML page may quote anything.
    let rst: Vec<bool> = pages
        .iter()
        .map(|(_, t)| !looks_like(t) && looks_like_rst(t))
        .collect();
    let labels = Labels::of_pages(
        pages
            .iter()
            .zip(&rst)
            .filter(|(_, r)| **r)
            .map(|((n, t), _)| (n.as_str(), t.as_str())),
    );
    let labels = &labels;
    let rst = &rst;
    let read = move |i: &usize| {
        let (name, text) = &pages[*i];
        if rst[*i] {
            Some(read_rst_page(name, text, labels))
        } else {
            looks_like(text).then(|| read_page(name, text))
        }
    };
    let threads = threads.min(8);
    if threads < 2 || order.len() < 8 {
        return order.iter().map(read).collect();
    }
    // Each thread takes the largest page not yet taken: equal halves by page count had one
    // thread still reading while the other waited, pages differ a hundredfold in size.
    let mut by_size: Vec<usize> = (0..order.len()).collect();
    by_size.sort_by_key(|&k| std::cmp::Reverse(pages[order[k]].1.len()));
    let next = AtomicUsize::new(0);
    let (by_size, next) = (&by_size, &next);
    let mut out: Vec<Option<Option<PageOutput>>> = (0..order.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(move || {
                    let mut done = Vec::new();
                    while let Some(&k) = by_size.get(next.fetch_add(1, Ordering::Relaxed)) {
                        done.push((k, read(&order[k])));
                    }
                    done
                })
            })
            .collect();
        for handle in handles {
            let done = handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (k, page) in done {
                out[k] = Some(page);
            }
        }
    });
    out.into_iter()
        .map(|page| page.expect("every page is taken by one thread"))
        .collect()
}

pub(crate) fn read_service(
    pages: &[(String, String)],
    options: &ServiceOptions,
    threads: usize,
) -> ReadOutput {
    let mut order: Vec<usize> = (0..pages.len()).collect();
    order.sort_by(|&a, &b| pages[a].0.cmp(&pages[b].0));
    let mut outputs: Vec<PageOutput> = Vec::new();
    let mut diagnostics = Diagnostics::new();
    for (i, out) in order
        .iter()
        .zip(read_pages_in_parallel(pages, &order, threads))
    {
        match out {
            Some(out) => {
                // The service decides the status of unmarked bodies and reports it itself.
                let page_diags = out
                    .diagnostics
                    .iter()
                    .filter(|d| d.code != DiagnosticCode::ResponseStatusInferred)
                    .cloned()
                    .collect();
                diagnostics.extend(Diagnostics(page_diags));
                outputs.push(out);
            }
            None => diagnostics.warn(
                DiagnosticCode::SkippedInput,
                SourceRef::new(pages[*i].0.as_str(), 1),
                "expected an OTC API page (HTML with DITA `topictitle1`/`sectiontitle` markup, or RST with an underlined title), found other text: skipped",
            ),
        }
    }
    let by_file: HashMap<String, usize> = outputs
        .iter()
        .enumerate()
        .map(|(i, p)| (base_name(&p.file).to_owned(), i))
        .collect();
    let mut versions: BTreeMap<VersionKey, Vec<(usize, usize)>> = BTreeMap::new();
    for (p, page) in outputs.iter().enumerate() {
        for (o, op) in page.operations.iter().enumerate() {
            versions
                .entry(version_of(&op.path).in_section(section_of(&page.file)))
                .or_default()
                .push((p, o));
        }
    }
    let body_codes = status::stated_body_codes(&outputs);
    let mut documents = Vec::new();
    for (version, ops) in versions {
        let mut builder = DocBuilder {
            pages: &outputs,
            by_file: &by_file,
            doc: OpenApi::new(options.title.clone(), version.name.clone()),
            memo: HashMap::new(),
            tentative_hits: HashSet::new(),
            by_local: HashMap::new(),
            used_pages: BTreeSet::new(),
            diags: Diagnostics::new(),
        };
        builder.build(&ops, options);
        status::resolve_ranges(&mut builder.doc, &body_codes, &mut builder.diags);
        diagnostics.extend(builder.diags);
        documents.push(builder.doc);
    }
    ReadOutput {
        documents,
        diagnostics,
    }
}

fn base_name(file: &str) -> &str {
    file.rsplit('/').next().unwrap_or(file)
}

/// An API version: `v1` < `v2` < `v10`; unversioned paths last.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct VersionKey {
    numbers: Vec<u64>,
    unversioned: bool,
    name: String,
}

fn version_of(path: &str) -> VersionKey {
    static VERSION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[vV](\d+(?:\.\d+)*)$").expect("the pattern is valid"));
    // The version is the first segment, or the second after a service prefix
    // (`/autoscaling-api/v1/...`).
    let mut segments = path.trim_start_matches('/').split('/').take(2);
    let head = segments.next().unwrap_or("");
    let first = if VERSION.is_match(head) {
        head
    } else {
        segments
            .next()
            .filter(|s| VERSION.is_match(s))
            .unwrap_or(head)
    };
    match VERSION.captures(first) {
        Some(c) => VersionKey {
            numbers: c[1].split('.').filter_map(|n| n.parse().ok()).collect(),
            unversioned: false,
            name: first.to_ascii_lowercase(),
        },
        None => VersionKey {
            numbers: Vec::new(),
            unversioned: true,
            name: "unversioned".to_owned(),
        },
    }
}

impl VersionKey {
    /// The key of this version inside an API family of its own (`v2.0` in the native OpenStack
    /// section is `v2.0-openstack`): a family is a module apart, never merged with the
    /// service's own APIs of the same path version.
    fn in_section(mut self, section: Option<&str>) -> Self {
        if let Some(section) = section {
            self.name = format!("{}-{section}", self.name);
        }
        self
    }
}

/// The API family a page belongs to when it is not the service's own: OTC files the native
/// OpenStack APIs a service also offers (Neutron, Cinder, Glance) in a section of their own
/// ("Native OpenStack Neutron APIs (V2.0)", "OpenStack Cinder APIs (Recommended)"), whose
/// folder (HTML: file) name carries the word `openstack`. Those pages get the family
/// `openstack`; every other page `None`.
fn section_of(file: &str) -> Option<&'static str> {
    let mut parts: Vec<&str> = file.split('/').collect();
    parts.pop();
    parts
        .iter()
        .flat_map(|p| p.split(['_', '-', '.']))
        .any(|w| w.eq_ignore_ascii_case("openstack"))
        .then_some("openstack")
}

struct DocBuilder<'a> {
    pages: &'a [PageOutput],
    by_file: &'a HashMap<String, usize>,
    doc: OpenApi,
    /// (page, local name) -> component name.
    memo: HashMap<(usize, String), String>,
    /// Tentative names that were referenced while their schema was being built (cycles).
    tentative_hits: HashSet<String>,
    /// Page-local name -> the component names its schemas were imported under.
    by_local: HashMap<String, Vec<String>>,
    used_pages: BTreeSet<usize>,
    diags: Diagnostics,
}

impl DocBuilder<'_> {
    fn build(&mut self, ops: &[(usize, usize)], options: &ServiceOptions) {
        self.doc.provider = Some(Provider::Otc);
        self.doc.service_key = Some(options.service_key.clone());
        self.doc.language = Some("en".to_owned());
        self.doc.servers = vec![server(options)];
        self.doc.components.security_schemes = security_schemes();
        self.doc.security = vec![
            IndexMap::from([(IAM_TOKEN.to_owned(), Vec::new())]),
            IndexMap::from([(AKSK.to_owned(), Vec::new())]),
        ];
        let ids = self.operation_ids(ops);
        for (k, &(p, o)) in ops.iter().enumerate() {
            self.used_pages.insert(p);
            let page_op = &self.pages[p].operations[o];
            let method = page_op.method;
            let path = page_op.path.clone();
            let mut op = page_op.operation.clone();
            op.operation_id = ids[k].clone();
            self.rewrite_operation(p, &mut op);
            let slot = self
                .doc
                .paths
                .entry(path.clone())
                .or_default()
                .slot_mut(method);
            match slot {
                None => *slot = Some(op),
                Some(existing) => {
                    let message = merge_variant(existing, op);
                    let source = self.pages[p].operations[o]
                        .operation
                        .source
                        .clone()
                        .unwrap_or_else(|| SourceRef::new(self.pages[p].file.as_str(), 1));
                    self.diags.warn(
                        DiagnosticCode::SharedPath,
                        source,
                        format!("expected one page per method and path, found another for `{} {path}`: {message}", method.as_str()),
                    );
                }
            }
        }
        // Tables no field refers to are kept too, so nothing the pages state is lost; a page
        // without operations (a "Data Structure" appendix) gives only the tables linked.
        let pages: Vec<usize> = self
            .used_pages
            .iter()
            .copied()
            .filter(|&p| self.pages[p].is_operation_page())
            .collect();
        for p in pages {
            let locals: Vec<String> = self.pages[p].schemas.keys().cloned().collect();
            for local in locals {
                self.import(p, &local);
            }
        }
        self.doc.source_documents = self
            .used_pages
            .iter()
            .map(|&p| self.pages[p].file.clone())
            .collect();
    }

    /// The `operationId` of each of `ops` in this document, unique (variants included), by
    /// the rules of `docsdk_naming::operation`: a trailing version the document already says
    /// is dropped (`createAsPolicyV2` in `v2`: `createAsPolicy`); pages whose names meet are
    /// told apart by what their titles (else file names) say beyond the name, the one that
    /// says nothing more keeping it (`listImageTags` for `Querying Tags of an Image`,
    /// `listAllImageTags` for `Querying All Image Tags`); a number only when nothing tells
    /// them apart.
    fn operation_ids(&self, ops: &[(usize, usize)]) -> Vec<Option<String>> {
        let version = self.doc.info.version.clone();
        let page_id =
            |&(p, o): &(usize, usize)| self.pages[p].operations[o].operation.operation_id.clone();
        let stated: HashSet<String> = ops.iter().filter_map(page_id).collect();
        let mut ids: Vec<Option<String>> = ops
            .iter()
            .map(|po| {
                let id = page_id(po)?;
                Some(
                    match docsdk_naming::without_document_version(&id, &version) {
                        Some(short) if !stated.contains(&short) => short,
                        _ => id,
                    },
                )
            })
            .collect();
        // Names several pages meet on.
        let mut groups: IndexMap<String, Vec<usize>> = IndexMap::new();
        for (k, id) in ids.iter().enumerate() {
            if let Some(id) = id {
                groups.entry(id.clone()).or_default().push(k);
            }
        }
        let mut taken: HashSet<String> = groups.keys().cloned().collect();
        for (id, members) in &groups {
            if members.len() < 2 {
                continue;
            }
            let qualifiers: Vec<Vec<String>> = members
                .iter()
                .map(|&k| {
                    let page = &self.pages[ops[k].0];
                    let file = base_name(&page.file);
                    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
                    docsdk_naming::operation_qualifier(
                        page.title.as_deref().unwrap_or(""),
                        stem,
                        id,
                    )
                })
                .collect();
            // The first page that says nothing more keeps the name, else the first page.
            let keeper = qualifiers.iter().position(Vec::is_empty).unwrap_or(0);
            for (j, &k) in members.iter().enumerate() {
                if j == keeper {
                    continue;
                }
                let qualified = docsdk_naming::qualified_operation_id(id, &qualifiers[j])
                    .filter(|q| !taken.contains(q));
                let name = qualified.unwrap_or_else(|| {
                    let mut n = 2;
                    while taken.contains(&format!("{id}{n}")) {
                        n += 1;
                    }
                    format!("{id}{n}")
                });
                taken.insert(name.clone());
                ids[k] = Some(name);
            }
        }
        ids
    }

    fn rewrite_operation(&mut self, page: usize, op: &mut Operation) {
        for param in &mut op.parameters {
            if let Some(s) = &mut param.schema {
                self.rewrite(page, s);
            }
        }
        if let Some(body) = &mut op.request_body {
            for media in body.content.values_mut() {
                if let Some(s) = &mut media.schema {
                    self.rewrite(page, s);
                }
            }
        }
        for response in op.responses.values_mut() {
            for media in response.content.values_mut() {
                if let Some(s) = &mut media.schema {
                    self.rewrite(page, s);
                }
            }
            for header in response.headers.values_mut() {
                if let Some(s) = &mut header.schema {
                    self.rewrite(page, s);
                }
            }
        }
    }

    /// Rewrites page-local and cross-page references of `schema` into component names of the
    /// document, importing what they point to.
    fn rewrite(&mut self, page: usize, schema: &mut Schema) {
        if let Some(reference) = schema.reference.clone() {
            if let Some(local) = reference.strip_prefix(COMPONENT_SCHEMA_PREFIX) {
                match self.import(page, local) {
                    Some(name) => {
                        schema.reference = Some(format!("{COMPONENT_SCHEMA_PREFIX}{name}"))
                    }
                    None => {
                        schema.reference = None;
                        self.diags.error(
                            DiagnosticCode::UnresolvedReference,
                            schema.source.clone().unwrap_or_else(|| SourceRef::new(self.pages[page].file.as_str(), 1)),
                            format!("expected table `{local}` on the page, found none: reference dropped"),
                        );
                    }
                }
            } else if let Some(remote) = reference.strip_prefix(REMOTE_REF_PREFIX) {
                let (file, anchor) = remote.split_once('#').unwrap_or((remote, ""));
                // RST labels are unique across a document set while file base names may
                // repeat (one name in two version folders): a label the named page lacks is
                // looked up on every page.
                let target = self
                    .by_file
                    .get(base_name(file))
                    .copied()
                    .and_then(|q| self.pages[q].anchors.get(anchor).map(|l| (q, l.clone())))
                    .or_else(|| {
                        self.pages
                            .iter()
                            .enumerate()
                            .find_map(|(q, p)| p.anchors.get(anchor).map(|l| (q, l.clone())))
                    });
                match target.and_then(|(q, local)| {
                    self.used_pages.insert(q);
                    self.import(q, &local)
                }) {
                    Some(name) => {
                        schema.reference = Some(format!("{COMPONENT_SCHEMA_PREFIX}{name}"))
                    }
                    None => {
                        schema.reference = None;
                        schema
                            .extra
                            .set_ext(Ext::UNRESOLVED_REF, Value::String(remote.to_owned()));
                        self.diags.warn(
                            DiagnosticCode::UnresolvedReference,
                            schema.source.clone().unwrap_or_else(|| SourceRef::new(self.pages[page].file.as_str(), 1)),
                            format!("expected the table `{remote}` among the pages read, found none: the field keeps its stated type (x-unresolved-ref)"),
                        );
                    }
                }
            }
        }
        if let Some(items) = &mut schema.items {
            self.rewrite(page, items);
        }
        if let Some(AdditionalProperties::Schema(s)) = &mut schema.additional_properties {
            self.rewrite(page, s);
        }
        for s in schema.properties.values_mut() {
            self.rewrite(page, s);
        }
        for s in schema
            .one_of
            .iter_mut()
            .chain(schema.any_of.iter_mut())
            .chain(schema.all_of.iter_mut())
        {
            self.rewrite(page, s);
        }
    }

    /// Adds page `page`'s schema `local` (and what it references) to the components; returns
    /// its component name.
    fn import(&mut self, page: usize, local: &str) -> Option<String> {
        let key = (page, local.to_owned());
        if let Some(name) = self.memo.get(&key) {
            self.tentative_hits.insert(name.clone());
            return Some(name.clone());
        }
        let mut schema = self.pages[page].schemas.get(local)?.clone();
        let schemas = &self.doc.components.schemas;
        let hint_taken = schemas.contains_key(local);
        let name = if hint_taken {
            let op_name = self.pages[page]
                .operations
                .first()
                .and_then(|o| o.operation.operation_id.clone())
                .map(|id| docsdk_naming::pascal(&id, "Operation"))
                .unwrap_or_else(|| {
                    docsdk_naming::pascal(
                        base_name(&self.pages[page].file).trim_end_matches(".html"),
                        "Page",
                    )
                });
            // Another shape under this name: the operation's name goes in front
            // (`ListSamplesSearchCondition`), else the page's topic
            // (`SampleManagementDescribeSampleResp`); a number only when both are taken.
            let tag = self.pages[page]
                .tags
                .first()
                .map(|t| docsdk_naming::pascal(t, ""))
                .unwrap_or_default();
            // Then what the page's title says and its operation name does not
            // (`PublishMessagesTemplateRequest`), then the owner and field that refer to it
            // (`UpdateRouterResponseRouter`), then the page's file name.
            let file = base_name(&self.pages[page].file);
            let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
            let title = self.pages[page].title.clone().unwrap_or_default();
            let rest = local.strip_prefix(op_name.as_str()).unwrap_or(local);
            // Each candidate is built only when the ones before it are taken.
            let extra = || {
                [title.as_str(), stem]
                    .into_iter()
                    .map(|t| docsdk_naming::distinguishing_words(t, &op_name).join(" "))
                    .find(|w| !w.is_empty())
                    .map(|w| docsdk_naming::bounded_type_name(&[&op_name, &w, rest]))
            };
            let owner = || {
                self.pages[page].owners.get(local).map(|(owner, field)| {
                    let owner = self.memo.get(&(page, owner.clone())).unwrap_or(owner);
                    docsdk_naming::inline_type_name(owner, field)
                })
            };
            let by_file = || docsdk_naming::bounded_type_name(&[stem, rest]);
            let candidates = [op_name.as_str(), tag.as_str()]
                .into_iter()
                .filter(|q| !q.is_empty())
                .map(|q| docsdk_naming::bounded_type_name(&[q, local]))
                .chain(std::iter::once_with(extra).flatten())
                .chain(std::iter::once_with(owner).flatten())
                .chain(std::iter::once_with(by_file));
            let alt = candidates
                .filter(|n| n != local)
                .find(|n| !schemas.contains_key(n))
                .unwrap_or_else(|| local.to_owned());
            crate::page::unique_name(&alt, schemas)
        } else {
            local.to_owned()
        };
        self.memo.insert(key.clone(), name.clone());
        self.tentative_hits.remove(&name);
        self.doc
            .components
            .schemas
            .insert(name.clone(), Schema::default());
        self.rewrite(page, &mut schema);
        // One shape is one model: a schema equal to one already imported under this local
        // name (on any page) is that model.
        let twin = self
            .by_local
            .get(local)
            .into_iter()
            .flatten()
            .find(|n| {
                self.doc
                    .components
                    .schemas
                    .get(n.as_str())
                    .is_some_and(|existing| same_shape(existing, &schema))
            })
            .cloned();
        if hint_taken
            && !self.tentative_hits.contains(&name)
            && let Some(twin) = twin
            && let Some(existing) = self.doc.components.schemas.get_mut(&twin)
        {
            if let Some(source) = schema.source.clone()
                && existing.source.as_ref() != Some(&source)
                && !existing.also_stated_at.contains(&source)
            {
                existing.also_stated_at.push(source);
            }
            self.doc.components.schemas.shift_remove(&name);
            self.memo.insert(key, twin.clone());
            return Some(twin);
        }
        self.doc.components.schemas.insert(name.clone(), schema);
        self.by_local
            .entry(local.to_owned())
            .or_default()
            .push(name.clone());
        Some(name)
    }
}

/// Whether two schemas have the same shape: equal once descriptions, titles, sources and
/// examples are set aside.
///
/// Compared field by field, nested schemas recursively, rather than by comparing stripped
/// deep copies: every model imported is compared with its namesakes, and the copies (each
/// level cloned again per level above it) cost more than the comparison. The pattern names
/// every field, so a field added to `Schema` must be placed here.
pub(crate) fn same_shape(a: &Schema, b: &Schema) -> bool {
    let Schema {
        reference,
        title: _,
        description: _,
        schema_type,
        format,
        enum_values,
        default,
        examples: _,
        items,
        properties,
        required,
        additional_properties,
        any_of,
        one_of,
        all_of,
        min_length,
        max_length,
        pattern,
        minimum,
        maximum,
        min_items,
        max_items,
        deprecated,
        source: _,
        also_stated_at: _,
        stated_default,
        stated_type,
        extra,
    } = a;
    let all_same = |x: &[Schema], y: &[Schema]| {
        x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_shape(x, y))
    };
    *reference == b.reference
        && *schema_type == b.schema_type
        && *format == b.format
        && *enum_values == b.enum_values
        && *default == b.default
        && *required == b.required
        && *min_length == b.min_length
        && *max_length == b.max_length
        && *pattern == b.pattern
        && *minimum == b.minimum
        && *maximum == b.maximum
        && *min_items == b.min_items
        && *max_items == b.max_items
        && *deprecated == b.deprecated
        && *stated_default == b.stated_default
        && *stated_type == b.stated_type
        && *extra == b.extra
        && match (items, &b.items) {
            (Some(x), Some(y)) => same_shape(x, y),
            (x, y) => x.is_none() && y.is_none(),
        }
        // As `IndexMap`'s `==`: the same keys with the same values, in any order.
        && properties.len() == b.properties.len()
        && properties
            .iter()
            .all(|(k, x)| b.properties.get(k).is_some_and(|y| same_shape(x, y)))
        && match (additional_properties, &b.additional_properties) {
            (Some(AdditionalProperties::Schema(x)), Some(AdditionalProperties::Schema(y))) => {
                same_shape(x, y)
            }
            (x, y) => x == y,
        }
        && all_same(one_of, &b.one_of)
        && all_same(any_of, &b.any_of)
        && all_same(all_of, &b.all_of)
}

/// The variant one page of an action API is: its own id, title, description, parameters
/// beyond the shared ones, request body (its schema keeps the page's own required list) and
/// source; `responses` are set by [`merge_variant`] when the pages' responses differ (each
/// variant then has its own).
fn variant_of(op: &Operation) -> Variant {
    Variant {
        operation_id: op.operation_id.clone().unwrap_or_default(),
        summary: op.summary.clone(),
        description: op.description.clone(),
        parameters: Vec::new(),
        request_body: op.request_body.clone(),
        responses: IndexMap::new(),
        deprecated: op.deprecated,
        source: op.source.clone(),
        extra: Extra::new(),
    }
}

/// Merges `new` (another page with the same method and path, an action API) into
/// `existing`: each page is a typed [`Variant`] in `existing.variants` (the first page too),
/// the shared request body is the `oneOf` of the variants' bodies (optional unless every
/// variant requires one), the shared responses the union (`oneOf` bodies where they differ).
/// Returns what was done, for the warning.
fn merge_variant(existing: &mut Operation, new: Operation) -> String {
    let body_schema = |op: &Operation| -> Option<Schema> {
        op.request_body
            .as_ref()
            .and_then(|b| b.content.values().next())
            .and_then(|m| m.schema.clone())
    };
    if existing.variants.is_empty() {
        let first = variant_of(existing);
        existing.variants.push(first);
    }
    let mut variant = variant_of(&new);
    if new.responses != existing.responses {
        variant.responses = new.responses.clone();
        // The shared responses are about to become the union (`oneOf` bodies): a variant
        // that had them as its own (the first page's, and any page like it) keeps them as
        // they were, or it would read the other pages' bodies as its own.
        for earlier in existing.variants.iter_mut() {
            if earlier.responses.is_empty() {
                earlier.responses = existing.responses.clone();
            }
        }
    }
    variant.parameters = new
        .parameters
        .iter()
        .filter(|param| {
            !existing
                .parameters
                .iter()
                .any(|p| p.name == param.name && p.location == param.location)
        })
        .cloned()
        .collect();
    existing.variants.push(variant);
    if let Some(source) = new.source.clone() {
        existing.also_stated_at.push(source);
    }
    // Request body: a oneOf of the variants' bodies.
    let mut notes = Vec::new();
    match (body_schema(existing), body_schema(&new)) {
        (Some(a), Some(b)) if a != b => {
            if let Some(media) = existing
                .request_body
                .as_mut()
                .and_then(|r| r.content.values_mut().next())
            {
                let mut alternatives = if a.one_of.is_empty() || a.reference.is_some() {
                    vec![a]
                } else {
                    a.one_of
                };
                if !alternatives.contains(&b) {
                    alternatives.push(b);
                }
                media.schema = Some(Schema {
                    one_of: alternatives,
                    ..Schema::default()
                });
                if let Some(body) = existing.request_body.as_mut() {
                    body.required =
                        body.required && new.request_body.as_ref().is_some_and(|n| n.required);
                }
            }
            notes.push("a oneOf request body");
        }
        (None, Some(_)) => {
            existing.request_body = new.request_body.clone();
            if let Some(b) = existing.request_body.as_mut() {
                b.required = false;
            }
            notes.push("the other page's request body (optional)");
        }
        (Some(_), None) => {
            if let Some(b) = existing.request_body.as_mut() {
                b.required = false;
            }
        }
        _ => {}
    }
    for param in new.parameters {
        if !existing
            .parameters
            .iter()
            .any(|p| p.name == param.name && p.location == param.location)
        {
            existing.parameters.push(param);
        }
    }
    for (code, response) in new.responses {
        match existing.responses.get_mut(&code) {
            None => {
                existing.responses.insert(code, response);
            }
            Some(current) => {
                for (media_type, media) in response.content {
                    match current.content.get_mut(&media_type) {
                        None => {
                            current.content.insert(media_type, media);
                        }
                        Some(cur) => {
                            if let (Some(a), Some(b)) = (cur.schema.clone(), media.schema.clone())
                                && a != b
                                && !a.one_of.contains(&b)
                            {
                                let mut alternatives = if a.one_of.is_empty() {
                                    vec![a]
                                } else {
                                    a.one_of
                                };
                                alternatives.push(b);
                                cur.schema = Some(Schema {
                                    one_of: alternatives,
                                    ..Schema::default()
                                });
                                notes.push("oneOf response bodies");
                            }
                        }
                    }
                }
            }
        }
    }
    notes.dedup();
    format!(
        "kept as variant `{}` of operation `{}` ({}x-variants lists every page with its own body and required fields)",
        existing
            .variants
            .last()
            .map_or("?", |v| v.operation_id.as_str()),
        existing.operation_id.as_deref().unwrap_or("?"),
        notes.iter().map(|n| format!("{n}; ")).collect::<String>()
    )
}

fn server(options: &ServiceOptions) -> Server {
    static VAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\{([^}]+)\}").expect("the pattern is valid"));
    let mut variables = IndexMap::new();
    for caps in VAR.captures_iter(&options.endpoint_template) {
        let name = caps[1].to_owned();
        let variable = if name == "region" {
            ServerVariable {
                default: options.default_region.clone(),
                enum_values: options.regions.clone(),
                description: Some("Open Telekom Cloud region".to_owned()),
            }
        } else {
            ServerVariable {
                default: String::new(),
                enum_values: Vec::new(),
                description: Some(format!(
                    "`{name}` as the pages print it (`https://{{endpoint}}`); the pages state no value"
                )),
            }
        };
        variables.insert(name, variable);
    }
    Server {
        url: options.endpoint_template.clone(),
        description: Some(format!(
            "{} endpoint (the pages print `https://{{endpoint}}`; the template comes from the service manifest)",
            options.title
        )),
        variables,
        ..Server::default()
    }
}

fn security_schemes() -> IndexMap<String, SecurityScheme> {
    let mut schemes = IndexMap::new();
    schemes.insert(
        IAM_TOKEN.to_owned(),
        SecurityScheme {
            scheme_type: "apiKey".to_owned(),
            description: Some(
                "IAM token authentication: a token obtained from the Identity and Access Management service (`POST /v3/auth/tokens`) sent in the `X-Auth-Token` header.".to_owned(),
            ),
            name: Some("X-Auth-Token".to_owned()),
            location: Some("header".to_owned()),
            ..SecurityScheme::default()
        },
    );
    schemes.insert(
        AKSK.to_owned(),
        SecurityScheme {
            scheme_type: "apiKey".to_owned(),
            description: Some(
                "AK/SK authentication: the request is signed with the access key and secret key (APIG `SDK-HMAC-SHA256`); the `Authorization` header carries `SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>` and `X-Sdk-Date` the signing time. Modelled as an apiKey header because OpenAPI has no request-signing scheme and the value is not a standard HTTP authentication scheme (`http` would claim one); `x-signing` names the algorithm the client must implement.".to_owned(),
            ),
            name: Some("Authorization".to_owned()),
            location: Some("header".to_owned()),
            signing: Some("SDK-HMAC-SHA256".to_owned()),
            ..SecurityScheme::default()
        },
    );
    schemes
}

pub(crate) fn fallback_options(pages: &[(String, String)]) -> ServiceOptions {
    // `modelarts_03_0095.html` (DITA exports), `nat_api_0026.html`, `vpc_apiv3_0001.html`,
    // `dns_api_a0001.html` (the RST pages' `:original_name:`); `en-us_topic_0020091565.html`
    // names no service, so a key with a hyphen is not one.
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b([a-z][a-z0-9-]*)_[a-z0-9]+_[a-z]?\d{3,}\.html")
            .expect("the pattern is valid")
    });
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (name, text) in pages {
        for source in [name.as_str(), text.as_str()] {
            for c in PREFIX.captures_iter(source) {
                if !c[1].contains('-') {
                    *counts.entry(c[1].to_owned()).or_default() += 1;
                }
            }
        }
    }
    let key = counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(k, _)| k.clone())
        .unwrap_or_default();
    let mut spellings: BTreeMap<String, usize> = BTreeMap::new();
    if !key.is_empty() {
        let word = Regex::new(&format!(r"(?i)\b{}\b", regex::escape(&key))).ok();
        if let Some(word) = word {
            for (_, text) in pages {
                for m in word.find_iter(text) {
                    let s = m.as_str();
                    if s != key {
                        *spellings.entry(s.to_owned()).or_default() += 1;
                    }
                }
            }
        }
    }
    let title = spellings
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(s, _)| s.clone())
        .unwrap_or_else(|| key.clone());
    ServiceOptions {
        title,
        service_key: key,
        endpoint_template: "https://{endpoint}".to_owned(),
        regions: Vec::new(),
        default_region: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{fallback_options, section_of, version_of};

    fn pages(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .collect()
    }

    #[test]
    fn without_a_manifest_the_service_is_named_by_its_page_names() {
        let rst = pages(&[
            (
                "nat/creating.rst",
                ":original_name: nat_api_0001.html\n\nCreating a NAT Gateway\n",
            ),
            (
                "nat/querying.rst",
                ":original_name: nat_api_0002.html\n\nQuerying NAT Gateways\n",
            ),
            (
                "nat/topic.rst",
                ":original_name: en-us_topic_0000001.html\n\nThe NAT service\n",
            ),
        ]);
        let options = fallback_options(&rst);
        assert_eq!(
            (options.service_key.as_str(), options.title.as_str()),
            ("nat", "NAT")
        );
        let dita = pages(&[(
            "ShowJob.html",
            r#"<a href="modelarts_03_0001.html">ModelArts</a> <a href="modelarts_03_0002.html">x</a>"#,
        )]);
        assert_eq!(fallback_options(&dita).title, "ModelArts");
        // `en-us_topic_N` pages alone name no service.
        let topics = pages(&[("t.rst", ":original_name: en-us_topic_0001.html\n")]);
        assert_eq!(fallback_options(&topics).service_key, "");
    }

    #[test]
    fn native_openstack_sections_are_a_family_of_their_own() {
        let neutron = "otc-rst/vpc/native_openstack_neutron_apis_v2.0/port/creating_a_port.rst";
        assert_eq!(section_of(neutron), Some("openstack"));
        let cinder = "otc-rst/evs/unrecommended_apis/openstack_cinder_api/evs_disk/x.rst";
        assert_eq!(section_of(cinder), Some("openstack"));
        // Only folders count: a page title that mentions OpenStack is not a section.
        assert_eq!(
            section_of("otc-rst/ims/ims_apis/image/openstack_image.rst"),
            None
        );
        assert_eq!(
            section_of("otc-rst/vpc/vpc_apis_v3/vpc/creating_a_vpc.rst"),
            None
        );
        let key = version_of("/v2.0/ports").in_section(section_of(neutron));
        assert_eq!(key.name, "v2.0-openstack");
        assert!(key > version_of("/v2.0/ports") && key < version_of("/v3/ports"));
        assert_eq!(
            version_of("/").in_section(Some("openstack")).name,
            "unversioned-openstack"
        );
    }

    #[test]
    fn versions_come_from_the_first_or_the_prefixed_second_segment() {
        assert_eq!(version_of("/v2.0/{project_id}/x").name, "v2.0");
        assert_eq!(version_of("/autoscaling-api/v1/{project_id}/x").name, "v1");
        assert_eq!(version_of("/{api_version}").name, "unversioned");
        assert_eq!(version_of("/").name, "unversioned");
    }
}
