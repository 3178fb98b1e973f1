//! Operation builders: one struct per operation (shared by every version whose request and
//! response types are the same), a setter per parameter and body field, and `send`.

use docsdk_spec::{Method, ParameterLocation, Schema};
use proc_macro2::TokenStream;
use quote::quote;

use crate::docs;
use crate::ident::{self, Namespace};
use crate::models::{
    Field, FieldType, Gen, Hint, ModuleUses, Place, Role, field_doc, fields, id, schema_facts,
};
use crate::plan::{Module, OpAt, OpGroup, body_schema};
use crate::responses::{Responses, Rule, Status};
use crate::rust_type::{Prim, RustType};
use crate::shape::{Shape, classify};

/// A path, query or header parameter.
pub struct Param<'a> {
    /// Setter and field name.
    pub ident: String,
    /// Wire name.
    pub wire: String,
    /// Where it goes.
    pub location: ParameterLocation,
    /// Value type (`Vec<T>` for arrays).
    pub ty: RustType,
    /// Must be set before `send`.
    pub required: bool,
    /// Sent once per item.
    pub array: bool,
    /// The schema, for tests.
    pub schema: Option<&'a Schema>,
    /// Setter docs.
    pub doc: Vec<String>,
    /// An OTC `{project_id}` path parameter: when not set, the client's project id fills it.
    pub from_client: bool,
}

/// A field of a request body that the builder sets one by one.
pub struct BodyField<'a> {
    /// Setter name on the builder.
    pub ident: String,
    /// The field and its struct name.
    pub field: Field<'a>,
    /// Types.
    pub ty: FieldType,
}

/// The request body.
pub enum Body<'a> {
    /// No body.
    None,
    /// An object model filled field by field.
    Fields {
        /// The model type.
        ty: RustType,
        /// Its fields.
        fields: Vec<BodyField<'a>>,
        /// The model has a flattened `additional_properties` map.
        flatten: bool,
    },
    /// Any other body, set whole with `body(..)`.
    Whole {
        /// Setter name.
        ident: String,
        /// Type.
        ty: RustType,
        /// Must be set.
        required: bool,
    },
}

/// How a list operation pages, detected from its documented query parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListKind {
    /// `page` with `size`, `per_page`, `page_size` or `limit`: page numbers.
    Page,
    /// `offset` (or `start`) with `limit` (or `size`): the offset grows by the page size.
    Offset,
    /// OpenStack `marker` with `limit`: the next marker is the last item's `id` (Rust field
    /// name given; `true` when it is optional).
    Marker(String, bool),
    /// `marker` with `limit`, the response saying the next marker (`next_marker`, OTC KMS).
    NextMarker(NextMarker),
}

/// The response fields of a list whose response says its next marker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextMarker {
    /// The next marker: Rust field, wire name, optional.
    pub marker: (String, String, bool),
    /// Whether more pages follow (`truncated`): Rust field, wire name, optional, and whether
    /// it is text (`"true"`) rather than a boolean.
    pub truncated: Option<(String, String, bool, bool)>,
}

/// The next-marker fields among a list response's fields `fs`: a string field named
/// `next_marker` (`nextMarker`), and a `truncated` (`is_truncated`) flag, boolean or text.
fn next_marker(fs: &[Field<'_>]) -> Option<NextMarker> {
    let marker = fs.iter().find(|f| {
        lower_words(f.wire) == ["next", "marker"] && matches!(classify(f.schema).shape, Shape::Str)
    })?;
    let truncated = fs
        .iter()
        .find(|f| matches!(lower_words(f.wire).as_slice(), [t] | [_, t] if t == "truncated"))
        .and_then(|f| {
            let text = match classify(f.schema).shape {
                Shape::Bool => false,
                Shape::Str | Shape::Enum(_) => true,
                _ => return None,
            };
            Some((f.ident.clone(), f.wire.to_owned(), f.is_optional(), text))
        });
    Some(NextMarker {
        marker: (
            marker.ident.clone(),
            marker.wire.to_owned(),
            marker.is_optional(),
        ),
        truncated,
    })
}

/// What a list operation's parameter (or body field) does in paging, by the words of its
/// name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PagingRole {
    /// The page number: `page`.
    Page,
    /// Items per page: `size`, `per_page`, `page_size`.
    PageSize,
    /// The most items to return: `limit`.
    Limit,
    /// The index of the first item: `offset`, `start`, and `start` followed by a word for a
    /// position (`start_number`, OTC Auto Scaling's "start line number"; `start_index`); not
    /// `start_time` or `start_page`.
    Offset,
}

/// The paging role of the parameter named `wire`, if any.
fn paging_role(wire: &str) -> Option<PagingRole> {
    let words = lower_words(wire);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["page"] => Some(PagingRole::Page),
        ["size"] | ["per", "page"] | ["page", "size"] => Some(PagingRole::PageSize),
        ["limit"] => Some(PagingRole::Limit),
        ["offset"] | ["start"] => Some(PagingRole::Offset),
        ["start", position] if POSITION_WORDS.contains(position) => Some(PagingRole::Offset),
        _ => None,
    }
}

/// Words that, after `start`, name the position of the first item.
const POSITION_WORDS: &[&str] = &["number", "index", "row", "line", "position", "offset"];

/// Whether a response field named `wire` is the total number of items: `total` or `count`,
/// alone or with a word for a number (`total_count`, `totalCount`, `total_number`).
fn is_total(wire: &str) -> bool {
    let words = lower_words(wire);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    matches!(
        words.as_slice(),
        ["total"] | ["count"] | ["total", "count" | "number" | "num"]
    )
}

/// The words of a wire name, lower-cased (`totalCount` -> `total`, `count`).
fn lower_words(wire: &str) -> Vec<String> {
    ident::words(wire)
        .into_iter()
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

/// How a builder stores a paging number: the type its setter takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PagingType {
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `String`: the docs give the number as a string (OTC's tag queries).
    Str,
}

impl PagingType {
    fn of(ty: &RustType) -> Option<PagingType> {
        [Prim::I32, Prim::I64, Prim::String]
            .into_iter()
            .zip([PagingType::I32, PagingType::I64, PagingType::Str])
            .find_map(|(prim, t)| ty.is(prim).then_some(t))
    }

    /// The type's name as `paged!` takes it.
    pub fn name(self) -> &'static str {
        match self {
            PagingType::I32 => "i32",
            PagingType::I64 => "i64",
            PagingType::Str => "String",
        }
    }
}

/// A query parameter or body field a list's stream sets.
struct Pager<'p> {
    ident: &'p str,
    wire: &'p str,
    /// Its [`paging_role`], worked out once.
    role: Option<PagingRole>,
    ty: PagingType,
    schema: Option<&'p Schema>,
}

/// Pagination of a list operation.
pub struct List<'a> {
    /// How it pages.
    pub kind: ListKind,
    /// Setter of the page number (the offset, the marker).
    pub page: String,
    /// Wire names of the page (offset, marker) and size parameters.
    pub wires: (String, String),
    /// Setter of the page size.
    pub size: String,
    /// How the builder stores the page (offset) and size numbers.
    pub types: (PagingType, PagingType),
    /// The page and size are request body fields (else query parameters).
    pub in_body: bool,
    /// The first page number.
    pub first_page: u32,
    page_size: u32,
    items: String,
    /// Wire name of the items field.
    pub items_wire: String,
    /// Wire name of the total field.
    pub total_wire: Option<String>,
    /// Item schema and the version it is read at.
    pub item_schema: &'a Schema,
    items_optional: bool,
    item_ty: RustType,
    total: Option<(String, bool)>,
}

/// One builder.
pub struct Builder<'a> {
    /// Type name.
    pub ident: String,
    /// Module it lives in.
    pub module: Module,
    /// The operation's method name (used in errors).
    pub op: String,
    /// HTTP method.
    pub method: Method,
    /// Path template.
    pub path: &'a str,
    /// Parameters.
    pub params: Vec<Param<'a>>,
    /// Body.
    pub body: Body<'a>,
    /// Success response type and its schema; `None`: no body.
    pub response: Option<(RustType, &'a Schema)>,
    /// The success status and the rule that chose it.
    pub success: Option<(Status, Rule)>,
    /// The documented error body type, the schema and the statuses it is documented for.
    pub error: Option<(RustType, &'a Schema, Vec<Status>)>,
    /// Sends `Scp-Api-Version`.
    pub versioned: bool,
    /// Page/size streaming.
    pub list: Option<List<'a>>,
}

impl Builder<'_> {
    /// Everything callers depend on, to decide whether two versions can share the builder.
    pub fn signature(&self) -> Signature<'_> {
        let mut params: Vec<_> = self
            .params
            .iter()
            .map(|p| (&p.ident, &p.wire, p.location, &p.ty, p.required))
            .collect();
        // The order of parameters in the document does not change the API.
        params.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let body = match &self.body {
            Body::None => SignatureBody::None,
            Body::Fields { ty, fields, .. } => SignatureBody::Fields(
                ty,
                fields
                    .iter()
                    .map(|f| (&f.ident, f.field.wire, &f.ty.stored))
                    .collect(),
            ),
            Body::Whole { ty, required, .. } => SignatureBody::Whole(ty, *required),
        };
        Signature {
            method: self.method,
            path: self.path,
            params,
            body,
            response: self.response.as_ref().map(|r| &r.0),
            error: self.error.as_ref().map(|e| &e.0),
            success: self.success,
            versioned: self.versioned,
            list: self.list.as_ref().map(|l| &l.kind),
        }
    }
}

/// What callers of a builder depend on ([`Builder::signature`]): two versions whose
/// signatures are equal share one builder.
#[derive(Debug, PartialEq)]
pub struct Signature<'b> {
    method: Method,
    path: &'b str,
    params: Vec<(
        &'b String,
        &'b String,
        ParameterLocation,
        &'b RustType,
        bool,
    )>,
    body: SignatureBody<'b>,
    response: Option<&'b RustType>,
    error: Option<&'b RustType>,
    success: Option<(Status, Rule)>,
    versioned: bool,
    list: Option<&'b ListKind>,
}

/// The body part of a [`Signature`].
#[derive(Debug, PartialEq)]
enum SignatureBody<'b> {
    None,
    Fields(&'b RustType, Vec<(&'b String, &'b str, &'b RustType)>),
    Whole(&'b RustType, bool),
}

/// The `use` lines a module of builders needs: `import_types` for the root module, whose
/// `types` is the crate's (a version module's `types` is its own child).
pub fn imports(uses: ModuleUses, import_types: bool) -> TokenStream {
    let need = uses.need.then(|| {
        quote!(
            use crate::support::need;
        )
    });
    let types = (import_types && uses.types).then(|| {
        quote!(
            use crate::types;
        )
    });
    let builder = uses.builder.then(|| {
        quote!(
            use crate::support::request;
            use docsdk_runtime::Result;
        )
    });
    quote!(#need #types #builder)
}

impl<'a> Gen<'_, 'a> {
    /// Plans the builder of `group` at `at`, with types placed for `module`.
    pub fn builder(
        &mut self,
        group: &OpGroup<'a>,
        at: &OpAt<'a>,
        module: Module,
        ident: &str,
    ) -> Builder<'a> {
        let vi = at.vi;
        let place = Place {
            module,
            in_types: false,
        };
        let mut ns = Namespace::with_reserved([
            "new",
            "send",
            "send_with_response",
            "request",
            "error_body",
            "into_stream",
            "call",
            "timeout",
            "retry",
        ]);
        let otc = self.plan.versions[vi].spec.provider == Some(docsdk_spec::Provider::Otc);
        // OTC puts the caller's project in nearly every path; the client knows it (config,
        // credentials or token scope), so the setter only overrides it.
        let from_client = |location: ParameterLocation, wire: &str| {
            otc && location == ParameterLocation::Path && wire == PROJECT_ID
        };
        let mut params = Vec::new();
        for p in &at.op.parameters {
            // The runtime sets Content-Type for the JSON body it serialises; a second,
            // caller-chosen value could only contradict it.
            if p.location == ParameterLocation::Header
                && p.name.eq_ignore_ascii_case("content-type")
            {
                continue;
            }
            if p.location == ParameterLocation::Cookie {
                self.warn(format!(
                    "{}: cookie parameter `{}` is not supported",
                    group.name, p.name
                ));
                continue;
            }
            // A parameter's inline type is named after the parameter; when another type
            // already has that name, after the operation and the parameter
            // (`ListTrainingJobsSortBy`), never numbered.
            let mut hint = ident::pascal(&p.name, "Value");
            if self.name_taken(place.module, &hint) {
                hint = ident::inline_type_name(&ident::pascal(&group.name, "Call"), &p.name);
            }
            let (ty, array) = match &p.schema {
                Some(s) => self.param_type(s, vi, place, &hint, &group.name, &p.name),
                None => (RustType::Prim(Prim::String), false),
            };
            let mut facts = vec![format!(
                "{} parameter {}.",
                capital(p.location.as_str()),
                docs::code(&p.name)
            )];
            if let Some(s) = &p.schema {
                facts.extend(schema_facts(s));
            }
            if let Some(example) = &p.example {
                facts.push(format!("Example: {}.", docs::code(&example_text(example))));
            }
            params.push(Param {
                ident: ns.claim(&ident::snake(&p.name, "value")),
                wire: p.name.clone(),
                location: p.location,
                ty,
                required: p.required || p.location == ParameterLocation::Path,
                array,
                schema: p.schema.as_ref(),
                doc: docs::with_facts(p.description.as_deref(), &facts),
                from_client: from_client(p.location, &p.name),
            });
        }
        for name in path_names(at.path) {
            if !params
                .iter()
                .any(|p| p.location == ParameterLocation::Path && p.wire == name)
            {
                self.warn(format!(
                    "{}: path parameter `{name}` is not documented; added as a string",
                    group.name
                ));
                params.push(Param {
                    ident: ns.claim(&ident::snake(&name, "value")),
                    from_client: from_client(ParameterLocation::Path, &name),
                    doc: vec![format!("Path parameter {}.", docs::code(&name))],
                    wire: name,
                    location: ParameterLocation::Path,
                    ty: RustType::Prim(Prim::String),
                    required: true,
                    array: false,
                    schema: None,
                });
            }
        }
        let body = match at
            .op
            .request_body
            .as_ref()
            .and_then(|b| body_schema(b).map(|s| (b, s)))
        {
            None => Body::None,
            Some((rb, schema)) => self.body(schema, rb.required, vi, place, &mut ns, &group.name),
        };
        let responses = Responses::of(at.op);
        for key in &responses.unreadable {
            self.warn(format!(
                "{}: response key `{key}` is not a status code, `NXX` range or `default`; ignored",
                group.name
            ));
        }
        let mut typed = |s: &'a Schema, suffix: &str| {
            let hint = format!("{}{suffix}", ident::pascal(&group.name, "Call"));
            let (ty, c) = self.rust_type(s, vi, place, Hint::Name(&hint), Role::default());
            (if c.nullable { ty.optional() } else { ty }, s)
        };
        let response = responses.success_schema().map(|s| typed(s, "Response"));
        let error = responses.errors.first().map(|first| {
            let (ty, s) = typed(first.schema.expect("errors have bodies"), "Error");
            (ty, s)
        });
        let error = error.map(|(ty, s)| {
            let key = crate::plan::canonical(s);
            let statuses: Vec<Status> = responses
                .errors
                .iter()
                .filter(|e| e.schema.is_some_and(|o| crate::plan::canonical(o) == key))
                .map(|e| e.status)
                .collect();
            if statuses.len() < responses.errors.len() {
                self.warn(format!(
                    "{}: error bodies of different shapes; `error_body` decodes the one documented for {}",
                    group.name,
                    statuses.iter().map(|s| s.label()).collect::<Vec<_>>().join(", ")
                ));
            }
            (ty, s, statuses)
        });
        let mut builder = Builder {
            ident: ident.to_owned(),
            module,
            op: group.name.clone(),
            method: at.method,
            path: at.path,
            params,
            body,
            response,
            success: responses.success.map(|(d, rule)| (d.status, rule)),
            error,
            versioned: at.op.api_version_header.is_some(),
            list: None,
        };
        builder.list = self.list(&builder, at);
        builder
    }

    fn param_type(
        &mut self,
        s: &'a Schema,
        vi: usize,
        place: Place,
        hint: &str,
        op: &str,
        name: &str,
    ) -> (RustType, bool) {
        let scalar = |shape: &Shape<'_>| {
            matches!(
                shape,
                Shape::Str
                    | Shape::DateTime
                    | Shape::Int { .. }
                    | Shape::Num { .. }
                    | Shape::Bool
                    | Shape::Enum(_)
            )
        };
        let c = classify(s);
        match &c.shape {
            shape if scalar(shape) => (
                self.rust_type(s, vi, place, Hint::Name(hint), Role::default())
                    .0,
                false,
            ),
            Shape::Array(Some(items)) if scalar(&classify(items).shape) => {
                let item = self
                    .rust_type(items, vi, place, Hint::Name(hint), Role::default())
                    .0;
                (RustType::Vec(Box::new(item)), true)
            }
            Shape::Array(None) => (RustType::Vec(Box::new(RustType::Prim(Prim::String))), true),
            // No type stated (a parameter table without a type column, as EVS's and VPC's
            // pages have): a path, query or header value is text, so nothing is lost.
            Shape::Any if !c.collapsed => (RustType::Prim(Prim::String), false),
            _ => {
                self.warn(format!(
                    "{op}: parameter `{name}` is not a scalar; sent as a string"
                ));
                (RustType::Prim(Prim::String), false)
            }
        }
    }

    fn body(
        &mut self,
        schema: &'a Schema,
        required: bool,
        vi: usize,
        place: Place,
        ns: &mut Namespace,
        op: &str,
    ) -> Body<'a> {
        let hint = format!("{}Body", ident::pascal(op, "Call"));
        let (ty, c) = self.rust_type(schema, vi, place, Hint::Name(&hint), Role { request: true });
        let object = match (&c.shape, c.nullable) {
            (Shape::Ref(name), false) => self
                .plan
                .def(name, vi)
                .map(|d| d.schema)
                .filter(|s| matches!(classify(s).shape, Shape::Object(_))),
            (Shape::Object(s), false) => Some(*s),
            _ => None,
        };
        let Some(object) = object else {
            let ty = if c.nullable { ty.optional() } else { ty };
            return Body::Whole {
                ident: ns.claim("body"),
                ty,
                required,
            };
        };
        // A shared model's fields name models of the version its representative schema comes
        // from (`def.vi`), which may differ from the operation's version.
        let (owner, alloc, field_vi) =
            match schema.referenced_name().and_then(|n| self.plan.def(n, vi)) {
                Some(def) => (def.ident.clone(), def.module, def.vi),
                None => (hint.clone(), place.module, vi),
            };
        let mut out = Vec::new();
        for field in fields(object) {
            // Same types as the model's fields: inline types are reused from the model's module.
            let ty = self.field_type(
                &field,
                &owner,
                field_vi,
                place,
                alloc,
                Role { request: true },
            );
            out.push(BodyField {
                ident: ns.claim(&field.ident),
                field,
                ty,
            });
        }
        let flatten = matches!(
            object.additional_properties,
            Some(
                docsdk_spec::AdditionalProperties::Schema(_)
                    | docsdk_spec::AdditionalProperties::Bool(true)
            )
        );
        Body::Fields {
            ty,
            fields: out,
            flatten,
        }
    }

    /// Detection rule: query parameters, else JSON body fields, in the paging roles (see
    /// [`paging_role`]), numbers as integers or strings of digits: a page number with a page
    /// size, an offset with a limit, or a string `marker` with a limit; and a success response
    /// that is an object model with one array of items (see [`Gen::list_of`]). The total,
    /// when present, is an integer field that says total or count (`total_count`,
    /// `totalCount`, `total_number`, `total`, `count`).
    fn list(&mut self, b: &Builder<'a>, at: &OpAt<'a>) -> Option<List<'a>> {
        // Numbers a stream can set: query parameters, and the fields of a JSON body (OTC's
        // tag queries page in the body), each an integer or a string of digits.
        let query: Vec<Pager<'_>> = b
            .params
            .iter()
            .filter(|p| p.location == ParameterLocation::Query && !p.array)
            .filter_map(|p| {
                Some(Pager {
                    ident: &p.ident,
                    wire: &p.wire,
                    role: paging_role(&p.wire),
                    ty: PagingType::of(&p.ty)?,
                    schema: p.schema,
                })
            })
            .collect();
        let body: Vec<Pager<'_>> = match &b.body {
            Body::Fields { fields, .. } => fields
                .iter()
                .filter(|bf| !bf.ty.nullable_request)
                .filter_map(|bf| {
                    Some(Pager {
                        ident: &bf.ident,
                        wire: bf.field.wire,
                        role: paging_role(bf.field.wire),
                        ty: PagingType::of(&bf.ty.inner)?,
                        schema: Some(bf.field.schema),
                    })
                })
                .collect(),
            _ => Vec::new(),
        };
        let is_number = |p: &&Pager<'_>| {
            p.schema.is_some_and(|s| match classify(s).shape {
                Shape::Int { .. } => true,
                Shape::Str => s
                    .default
                    .as_ref()
                    .is_none_or(|d| d.as_str().is_some_and(|d| d.parse::<u32>().is_ok())),
                _ => false,
            })
        };
        let role = |pagers: &'_ [Pager<'_>], role: PagingRole| -> Option<usize> {
            pagers
                .iter()
                .position(|p| p.role == Some(role) && is_number(&p))
        };
        let detect = |pagers: &[Pager<'_>]| -> Option<(ListKind, usize, usize)> {
            let size = role(pagers, PagingRole::PageSize);
            let limit = role(pagers, PagingRole::Limit);
            let marker = pagers
                .iter()
                .position(|p| p.wire == "marker" && p.ty == PagingType::Str);
            if let (Some(page), Some(size)) = (role(pagers, PagingRole::Page), size.or(limit)) {
                Some((ListKind::Page, page, size))
            } else if let (Some(offset), Some(limit)) =
                (role(pagers, PagingRole::Offset), limit.or(size))
            {
                Some((ListKind::Offset, offset, limit))
            } else {
                // Where the next marker comes from is the response's to say (`list_of`).
                Some((ListKind::Marker(String::new(), false), marker?, limit?))
            }
        };
        // The query parameters page the list when they can; the body only otherwise.
        let (kind, page, size, in_body) = match detect(&query) {
            Some((kind, page, size)) => (kind, &query[page], &query[size], false),
            None => {
                let (kind, page, size) = detect(&body)?;
                (kind, &body[page], &body[size], true)
            }
        };
        self.list_of(b, at, kind, page, size, in_body)
    }

    /// The [`List`] of a builder whose paging numbers are `page` and `size`, when its
    /// response has the items: its one array besides OpenStack's `<resource>_links`, else
    /// among several the one named `contents`, `items`, `data`, `list` or `results`, else the
    /// only one of objects.
    fn list_of(
        &mut self,
        b: &Builder<'a>,
        at: &OpAt<'a>,
        kind: ListKind,
        page: &Pager<'_>,
        size: &Pager<'_>,
        in_body: bool,
    ) -> Option<List<'a>> {
        let (_, schema) = b.response.as_ref()?;
        let c = classify(schema);
        let object = match c.shape {
            Shape::Ref(name) if !c.nullable => self.plan.def(name, at.vi)?.schema,
            _ => return None,
        };
        let Shape::Object(object) = classify(object).shape else {
            return None;
        };
        let fs = fields(object);
        // OpenStack's `<resource>_links` (and `links`) array is the pagination links, not
        // the items.
        let arrays: Vec<&Field<'_>> = fs
            .iter()
            .filter(|f| matches!(classify(f.schema).shape, Shape::Array(Some(_))))
            .filter(|f| lower_words(f.wire).last().is_none_or(|w| w != "links"))
            .collect();
        // Among several arrays: the one named for items, else the only one of objects (OTC
        // KMS's `key_details` beside `keys`, a list of their ids).
        let of_objects = |f: &&&Field<'_>| match classify(f.schema).shape {
            Shape::Array(Some(item)) => {
                matches!(classify(item).shape, Shape::Ref(_) | Shape::Object(_))
            }
            _ => false,
        };
        let items = match arrays.as_slice() {
            [one] => *one,
            many => match many
                .iter()
                .find(|f| ["contents", "items", "data", "list", "results"].contains(&f.wire))
            {
                Some(named) => *named,
                None => match many
                    .iter()
                    .filter(of_objects)
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    [only] => **only,
                    _ => return None,
                },
            },
        };
        let Shape::Array(Some(item_schema)) = classify(items.schema).shape else {
            return None;
        };
        let def = match classify(schema).shape {
            Shape::Ref(name) => self.plan.def(name, at.vi)?,
            _ => return None,
        };
        let place = Place {
            module: b.module,
            in_types: false,
        };
        let item_ty = self
            .rust_type(
                item_schema,
                def.vi,
                place,
                Hint::Name("Item"),
                Role::default(),
            )
            .0;
        let items_optional = items.is_optional();
        let total = fs
            .iter()
            .find(|f| is_total(f.wire) && matches!(classify(f.schema).shape, Shape::Int { .. }))
            .map(|f| (f.ident.clone(), f.is_optional()));
        // The documented default, a number or a string of digits.
        let number = |p: &Pager<'_>, fallback: u32| {
            p.schema
                .and_then(|s| s.default.as_ref())
                .and_then(|d| match d {
                    serde_json::Value::String(s) => s.parse().ok(),
                    other => other.as_u64().and_then(|n| u32::try_from(n).ok()),
                })
                .unwrap_or(fallback)
        };
        let kind = match kind {
            // The response says the next marker; else it is the last item's `id`: the item
            // must be an object model with a string `id`.
            ListKind::Marker(..) => match next_marker(&fs) {
                Some(next) => ListKind::NextMarker(next),
                None => {
                    let item = match classify(item_schema).shape {
                        Shape::Ref(name) => self.plan.def(name, def.vi)?.schema,
                        Shape::Object(s) => s,
                        _ => return None,
                    };
                    let fs = fields(item);
                    let id_field = fs.iter().find(|f| {
                        f.wire == "id" && matches!(classify(f.schema).shape, Shape::Str)
                    })?;
                    ListKind::Marker(id_field.ident.clone(), id_field.is_optional())
                }
            },
            other => other,
        };
        Some(List {
            wires: (page.wire.to_owned(), size.wire.to_owned()),
            kind,
            page: page.ident.to_owned(),
            size: size.ident.to_owned(),
            types: (page.ty, size.ty),
            in_body,
            first_page: number(page, 0),
            page_size: number(size, 20),
            items: items.ident.clone(),
            items_wire: items.wire.to_owned(),
            total_wire: fs
                .iter()
                .find(|f| total.as_ref().is_some_and(|(t, _)| *t == f.ident))
                .map(|f| f.wire.to_owned()),
            item_schema,
            items_optional,
            item_ty,
            total,
        })
    }

    /// Renders a builder: the `builder!` declaration (struct, `new`, setters) and `send`.
    pub fn render_builder(&mut self, b: &Builder<'_>) -> TokenStream {
        let ident = id(&b.ident);
        let op = &b.op;
        let mut setters = Vec::new();
        let mut chain = Vec::new();
        let mut loops = Vec::new();
        let mut required: Vec<String> = Vec::new();
        let (plan, place) = (
            self.plan,
            Place {
                module: b.module,
                in_types: false,
            },
        );
        let spell = |t: &RustType| t.at(plan, place);
        let used_need = std::cell::Cell::new(false);
        let need = |f: &proc_macro2::Ident| {
            used_need.set(true);
            quote!(need!(self, #f)?)
        };
        for p in &b.params {
            let (f, ty, wire) = (id(&p.ident), spell(&p.ty), &p.wire);
            if p.from_client {
                let mut doc = p.doc.clone();
                doc.extend([String::new(), PROJECT_ID_DOC.to_owned()]);
                let pdoc = docs::attrs(&doc);
                setters.push(quote!(#pdoc #f: #ty));
                // Left to the client when not set: filling it may need a token request, which
                // belongs to sending, so preparing the request stays synchronous.
                chain.push(quote!(.project_id_param(#wire, self.#f)));
                continue;
            }
            let pdoc = docs::attrs(&required_doc(&p.doc, p.required));
            if p.required {
                required.push(p.ident.clone());
            }
            setters.push(quote!(#pdoc #f: #ty));
            let value = if p.required {
                need(&f)
            } else {
                quote!(self.#f)
            };
            match (p.location, p.array) {
                (ParameterLocation::Path, _) => chain.push(quote!(.path_param(#wire, #value))),
                (ParameterLocation::Query, true) => {
                    let items = if p.required {
                        value
                    } else {
                        quote!(self.#f.unwrap_or_default())
                    };
                    loops.push(
                        quote!(for value in #items { request = request.query(#wire, value); }),
                    );
                }
                (ParameterLocation::Query, false) if p.required => {
                    chain.push(quote!(.query(#wire, #value)))
                }
                (ParameterLocation::Query, false) => chain.push(quote!(.query_opt(#wire, #value))),
                (_, _) if p.required => chain.push(quote!(.header(#wire, #value))),
                (_, _) => chain.push(quote!(.header_opt(#wire, #value))),
            }
        }
        let mut body_let = TokenStream::new();
        match &b.body {
            Body::None => {}
            Body::Fields {
                ty,
                fields: bfs,
                flatten,
            } => {
                let mut values = Vec::new();
                for bf in bfs {
                    let (f, sf, inner) = (id(&bf.ident), id(&bf.field.ident), spell(&bf.ty.inner));
                    let value = if bf.ty.mandatory {
                        need(&f)
                    } else {
                        quote!(self.#f)
                    };
                    values.push(quote!(#sf: #value));
                    if bf.ty.mandatory {
                        required.push(bf.ident.clone());
                    }
                    let fdoc = docs::attrs(&required_doc(&field_doc(&bf.field), bf.ty.mandatory));
                    let null = bf.ty.nullable_request.then(|| {
                        let n = id(&format!("{}_null", bf.ident.trim_end_matches('_')));
                        quote!(/ #n)
                    });
                    setters.push(quote!(#fdoc #f #null: #inner));
                }
                if *flatten {
                    values.push(quote!(additional_properties: Default::default()));
                }
                let ty = spell(ty);
                body_let = quote!(let body = #ty { #(#values),* };);
                chain.push(quote!(.json_body(&body)?));
            }
            Body::Whole {
                ident: f,
                ty,
                required: whole_required,
            } => {
                let doc = if *whole_required {
                    " The request body. **Required.**"
                } else {
                    " The request body."
                };
                if *whole_required {
                    required.push(f.clone());
                }
                let (f, ty) = (id(f), spell(ty));
                setters.push(quote!(#[doc = #doc] #f: #ty));
                if *whole_required {
                    let value = need(&f);
                    chain.push(quote!(.json_body(&#value)?));
                } else {
                    loops.push(quote!(if let Some(body) = &self.#f { request = request.json_body(body)?; }));
                }
            }
        }
        let method = id(match b.method {
            Method::Get => "Get",
            Method::Put => "Put",
            Method::Post => "Post",
            Method::Delete => "Delete",
            Method::Patch => "Patch",
            Method::Head => "Head",
            Method::Options | Method::Trace => "Options",
        });
        let path = b.path;
        let (ret, send, with_response) = match &b.response {
            Some((ty, _)) => (spell(ty), quote!(json), quote!(json_with_response)),
            None => (quote!(()), quote!(empty), quote!(empty_with_response)),
        };
        self.uses.setters = true;
        let module = self.module_uses.entry(b.module).or_default();
        module.builder = true;
        module.need |= used_need.get();
        let what = match b.success {
            Some((status, Rule::LowestCode)) => {
                format!("the HTTP {} response body", status.label())
            }
            Some((_, Rule::Range)) => "the body of the documented `2XX` response".to_owned(),
            Some((_, Rule::DefaultOnly)) => {
                "the documented response body (the docs give it no status code)".to_owned()
            }
            Some((status, Rule::NoBody)) => format!("`()` on HTTP {}", status.label()),
            None => "`()` on any 2xx status".to_owned(),
        };
        let send_doc = format!(
            " Sends the request and returns {what}; `Error::InvalidRequest` naming every required parameter not set (nothing is sent), or the service's error."
        );
        let check = (!required.is_empty()).then(|| {
            let names = required.iter().map(|r| {
                let f = id(r);
                let wire = r.trim_end_matches('_');
                quote!((#wire, self.#f.is_some()))
            });
            quote!(docsdk_runtime::require(self.call.operation(), &[#(#names),*])?;)
        });
        let request_mut = (!loops.is_empty()).then(|| quote!(mut));
        let stream = b.list.as_ref().map(|l| {
            match l.kind {
                // `marked!` converts the limit with `paged!(@to ..)`.
                ListKind::Marker(..) | ListKind::NextMarker(_) => {
                    self.uses.marked = true;
                    self.uses.paged = true;
                }
                _ => self.uses.paged = true,
            }
            self.render_stream(l, place)
        });
        let error_body = b.error.as_ref().map(|(ty, _, statuses)| {
            let ty = spell(ty);
            let doc = format!(
                " The documented error body (HTTP {}) of an error this operation returned; `None` for other errors.",
                statuses.iter().map(|s| s.label()).collect::<Vec<_>>().join(", ")
            );
            quote! {
                #[doc = #doc]
                pub fn error_body(error: &docsdk_runtime::Error) -> Option<#ty> {
                    docsdk_runtime::error_body(error)
                }
            }
        });
        let mut shown: Vec<(String, bool)> = b
            .params
            .iter()
            .map(|p| {
                let secret = p
                    .schema
                    .is_some_and(|s| crate::models::is_secret(&p.wire, s));
                (p.ident.clone(), secret)
            })
            .collect();
        match &b.body {
            Body::Fields { fields, .. } => shown.extend(fields.iter().map(|bf| {
                let secret = crate::models::is_secret(bf.field.wire, bf.field.schema);
                (bf.ident.clone(), secret)
            })),
            Body::Whole { ident, .. } => shown.push((ident.clone(), false)),
            Body::None => {}
        }
        let (derive_debug, debug_impl) = match crate::models::redacted_debug(&ident, &shown, false)
        {
            Some(tokens) => (None, Some(tokens)),
            None => (Some(quote!(#[derive(Debug)])), None),
        };
        quote! {
            crate::support::builder!(#derive_debug #ident(#op) { #(#setters),* });
            #debug_impl
            impl #ident {
                fn request(self) -> docsdk_runtime::send::Prepared {
                    #check
                    #body_let
                    let #request_mut request = request!(self, #method, #path) #(#chain)*;
                    #(#loops)*
                    Ok((self.call.into_client(), request))
                }
                // Plain functions returning the runtime's futures: the state machines are
                // compiled once in `docsdk_runtime`, not once per operation here.
                #[doc = #send_doc]
                pub fn send(self) -> impl Future<Output = Result<#ret>> {
                    docsdk_runtime::send::#send(self.request())
                }
                /// Like [`send`](Self::send), with the HTTP status, headers and request id.
                pub fn send_with_response(self) -> impl Future<Output = Result<docsdk_runtime::Response<#ret>>> {
                    docsdk_runtime::send::#with_response(self.request())
                }
                #error_body
                #stream
            }
        }
    }

    fn render_stream(&self, l: &List<'_>, place: Place) -> TokenStream {
        let (page, size, items) = (id(&l.page), id(&l.size), id(&l.items));
        let item_ty = l.item_ty.at(self.plan, place);
        let (pt, st) = (id(l.types.0.name()), id(l.types.1.name()));
        let first = proc_macro2::Literal::u32_unsuffixed(l.first_page);
        let per = proc_macro2::Literal::u32_unsuffixed(l.page_size);
        let items_expr = if l.items_optional {
            quote!(r.#items.unwrap_or_default())
        } else {
            quote!(r.#items)
        };
        let next = match &l.kind {
            ListKind::Marker(id_field, optional) => {
                let id_field = id(id_field);
                Some(if *optional {
                    quote!(items.last().and_then(|i| i.#id_field.clone()))
                } else {
                    quote!(items.last().map(|i| i.#id_field.clone()))
                })
            }
            ListKind::NextMarker(n) => {
                let (f, _, optional) = &n.marker;
                let f = id(f);
                let marker = if *optional {
                    quote!(r.#f)
                } else {
                    quote!(Some(r.#f))
                };
                Some(match &n.truncated {
                    None => marker,
                    Some((t, _, optional, text)) => {
                        let t = id(t);
                        let more = match (optional, text) {
                            (false, false) => quote!(r.#t),
                            (true, false) => quote!(r.#t == Some(true)),
                            (false, true) => quote!(r.#t.as_str() == "true"),
                            (true, true) => {
                                quote!(r.#t.as_ref().is_some_and(|t| t.as_str() == "true"))
                            }
                        };
                        quote!(#marker.filter(|_| #more))
                    }
                })
            }
            _ => None,
        };
        if let Some(next) = next {
            return quote! {
                crate::support::marked!(#item_ty, #page, #size: #st = #per, |r| #items_expr, |items| #next);
            };
        }
        let mode = match l.kind {
            ListKind::Offset => quote!(offset),
            _ => quote!(page),
        };
        let total = match &l.total {
            Some((t, true)) => {
                let t = id(t);
                quote!(r.#t.and_then(|t| u64::try_from(t).ok()))
            }
            Some((t, false)) => {
                let t = id(t);
                quote!(u64::try_from(r.#t).ok())
            }
            None => quote!(None),
        };
        quote! {
            crate::support::paged!(#mode #item_ty, #page: #pt = #first, #size: #st = #per, |r| #items_expr, #total);
        }
    }
}

/// The OTC path parameter the client fills from its configuration.
pub const PROJECT_ID: &str = "project_id";

/// What the setter of a client-filled project id says.
const PROJECT_ID_DOC: &str = "Defaults to the client's project id ([`Config::project_id`](docsdk_runtime::Config::project_id), else the project of the password token); set it to address another project.";

/// Setter docs that say **Required** for a required parameter or field.
fn required_doc(doc: &[String], required: bool) -> Vec<String> {
    let mut out = doc.to_vec();
    if required {
        if !out.is_empty() {
            out.push(String::new());
        }
        out.push("**Required.**".to_owned());
    }
    out
}

fn path_names(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        names.push(rest[start + 1..start + len].to_owned());
        rest = &rest[start + len + 1..];
    }
    names
}

fn capital(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// An example value as text (strings without quotes).
pub fn example_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_roles_come_from_the_words_of_a_name() {
        let roles = |names: &[&str]| names.iter().map(|n| paging_role(n)).collect::<Vec<_>>();
        assert_eq!(roles(&["page"]), vec![Some(PagingRole::Page)]);
        assert_eq!(
            roles(&["size", "per_page", "pageSize", "page_size"]),
            vec![Some(PagingRole::PageSize); 4]
        );
        assert_eq!(roles(&["limit"]), vec![Some(PagingRole::Limit)]);
        assert_eq!(
            roles(&["offset", "start", "start_number", "startIndex", "start_row"]),
            vec![Some(PagingRole::Offset); 5]
        );
        // A time, a page or anything else that starts with `start` is not an offset.
        assert_eq!(
            roles(&[
                "start_time",
                "start_page",
                "start_date",
                "marker",
                "page_reverse"
            ]),
            vec![None; 5]
        );
    }

    #[test]
    fn a_response_that_says_its_next_marker() {
        let schema =
            |json: serde_json::Value| -> Schema { serde_json::from_value(json).expect("a schema") };
        // OTC KMS: the next marker, and whether more pages follow, as text.
        let kms = schema(serde_json::json!({
            "type": "object",
            "required": ["next_marker", "truncated"],
            "properties": {
                "keys": {"type": "array", "items": {"type": "string"}},
                "next_marker": {"type": "string"},
                "truncated": {"type": "string"}
            }
        }));
        let next = next_marker(&fields(&kms)).expect("a next marker");
        assert_eq!(
            next.marker,
            ("next_marker".to_owned(), "next_marker".to_owned(), false)
        );
        assert_eq!(
            next.truncated,
            Some(("truncated".to_owned(), "truncated".to_owned(), false, true))
        );
        // camelCase and a boolean flag.
        let camel = schema(serde_json::json!({
            "type": "object",
            "properties": {
                "nextMarker": {"type": "string"},
                "isTruncated": {"type": "boolean"}
            }
        }));
        let next = next_marker(&fields(&camel)).expect("a next marker");
        assert!(next.marker.2, "optional");
        assert_eq!(next.truncated.map(|t| (t.2, t.3)), Some((true, false)));
        // A marker of some other meaning, or no marker at all, is not a next marker.
        let other = schema(serde_json::json!({
            "type": "object",
            "properties": {"marker": {"type": "string"}, "next": {"type": "string"}}
        }));
        assert_eq!(next_marker(&fields(&other)), None);
    }

    #[test]
    fn totals_say_total_or_count() {
        for total in [
            "total",
            "count",
            "total_count",
            "totalCount",
            "total_number",
        ] {
            assert!(is_total(total), "{total}");
        }
        for other in [
            "limit",
            "start_number",
            "counter",
            "total_size",
            "account_count",
        ] {
            assert!(!is_total(other), "{other}");
        }
    }
}
