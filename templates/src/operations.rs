//! Operation builders: one struct per operation (shared by every version whose request and
//! response types are the same), a setter per parameter and body field, and `send`; how a
//! list operation pages is in [`crate::paging`].

use docsdk_spec::{Method, ParameterLocation, Schema};
use proc_macro2::TokenStream;
use quote::quote;

use crate::docs;
use crate::ident::{self, Namespace};
use crate::models::{
    Field, FieldType, Gen, Hint, ModuleUses, Place, Role, field_doc, fields, id, schema_facts,
};
use crate::paging::{List, ListKind};
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
            use docsdk_runtime_api::Result;
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
            quote!(docsdk_runtime_api::require(self.call.operation(), &[#(#names),*])?;)
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
                pub fn error_body(error: &docsdk_runtime_api::Error) -> Option<#ty> {
                    docsdk_runtime_api::error_body(error)
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
                fn request(self) -> docsdk_runtime_api::send::Prepared {
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
                    docsdk_runtime_api::send::#send(self.request())
                }
                /// Like [`send`](Self::send), with the HTTP status, headers and request id.
                pub fn send_with_response(self) -> impl Future<Output = Result<docsdk_runtime_api::Response<#ret>>> {
                    docsdk_runtime_api::send::#with_response(self.request())
                }
                #error_body
                #stream
            }
        }
    }
}

/// The OTC path parameter the client fills from its configuration.
pub const PROJECT_ID: &str = "project_id";

/// What the setter of a client-filled project id says.
const PROJECT_ID_DOC: &str = "Defaults to the client's project id (`docsdk_runtime::Config::project_id`, else the project of the password token); set it to address another project.";

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
