//! Models: structs, open enums and aliases, plus the schema-to-Rust-type mapping.

use std::collections::{BTreeMap, HashMap};

use docsdk_spec::{AdditionalProperties, Schema};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::docs;
use crate::ident::{self, Namespace};
use crate::plan::{Module, Plan};
use crate::rust_type::{Prim, RustType};
use crate::shape::{Shape, classify};

/// Where a type is referenced from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The module whose `types` the reference is in or next to.
    pub module: Module,
    /// Inside that `types` module (else in the operations next to it).
    pub in_types: bool,
}

/// The name an inline type (an enum or object without a `$ref`) gets, worked out only when
/// one is created: most fields are strings and numbers, and naming is not free (words split,
/// repeats said once, bounded). Naming every field's would-be type up front was 4 % of a cold
/// regen's CPU.
#[derive(Clone, Copy)]
pub enum Hint<'h> {
    /// Exactly this name.
    Name(&'h str),
    /// The type of field `.1` of model `.0` ([`ident::inline_type_name`]).
    Field(&'h str, &'h str),
    /// A part of the type the first names: its array items (`Item`), map values (`Value`).
    Part(&'h Hint<'h>, &'h str),
}

impl<'h> Hint<'h> {
    /// The name.
    pub fn name(&self) -> String {
        match *self {
            Hint::Name(name) => name.to_owned(),
            Hint::Field(owner, field) => ident::inline_type_name(owner, field),
            Hint::Part(whole, part) => ident::bounded_type_name(&[&whole.name(), part]),
        }
    }

    /// The hint of a part of this type (`Item`, `Value`).
    pub fn part(&'h self, part: &'h str) -> Hint<'h> {
        Hint::Part(self, part)
    }
}

/// A struct's fields as its constructor sees them.
#[derive(Default)]
struct Fields {
    /// `name: Type` of each required field, in order.
    new_args: Vec<TokenStream>,
    /// The type of each required field (to spot runs of one type).
    new_types: Vec<RustType>,
    /// The optional fields.
    optional: Vec<Ident>,
    /// `name: Type` (or `name / name_null: Type`) of each optional field's setter.
    setters: Vec<TokenStream>,
    /// Whether undocumented fields are kept in `additional_properties`.
    has_extra: bool,
}

/// How a struct is used.
#[derive(Clone, Copy, Debug, Default)]
pub struct Role {
    /// Sent in requests: optional fields skip `None`, optional nullable fields are `Nullable`.
    pub request: bool,
}

/// The items of one `types` module.
#[derive(Default)]
pub struct Sink {
    ns: Namespace,
    /// Rendered items, in order.
    pub items: Vec<TokenStream>,
    enums: HashMap<Vec<String>, String>,
    /// Inline object schemas (by shape and version) already rendered, to their names.
    objects: HashMap<(String, usize), String>,
}

/// A struct field, as both the struct and the operation builders see it.
pub struct Field<'a> {
    /// Wire name.
    pub wire: &'a str,
    /// Rust name.
    pub ident: String,
    /// The schema.
    pub schema: &'a Schema,
    /// Listed in `required`.
    pub required: bool,
}

impl Field<'_> {
    /// An `Option` in Rust: not required, or nullable.
    pub fn is_optional(&self) -> bool {
        crate::examples::is_optional(self.schema, self.required)
    }
}

/// The fields of an object schema, with their Rust names (deterministic, document order).
pub fn fields(schema: &Schema) -> Vec<Field<'_>> {
    let mut ns = Namespace::with_reserved(["new", "additional_properties"]);
    schema
        .properties
        .iter()
        .map(|(wire, s)| Field {
            wire,
            ident: ns.claim(&ident::snake(wire, "value")),
            schema: s,
            required: schema.required.iter().any(|r| r == wire),
        })
        .collect()
}

/// A field's Rust type: the plain type, how it is stored, and what a setter takes.
pub struct FieldType {
    /// The value type (`String`).
    pub inner: RustType,
    /// The stored type (`String`, `Option<String>`, `Option<Nullable<String>>`).
    pub stored: RustType,
    /// Must be set (required and not nullable).
    pub mandatory: bool,
    /// Stored as `Option<Nullable<_>>`.
    pub nullable_request: bool,
    /// `skip_serializing_if = "Option::is_none"`.
    pub skip_none: bool,
}

/// Renders types and keeps the per-module sinks.
pub struct Gen<'p, 'a> {
    /// The analysis.
    pub plan: &'p Plan<'a>,
    /// Items per module.
    pub sinks: BTreeMap<Module, Sink>,
    /// Problems found while rendering.
    pub warnings: Vec<String>,
    /// Which `support.rs` helpers the emitted code calls, recorded while emitting.
    pub uses: Uses,
    /// What each module's builder code refers to, recorded while emitting: its `use` lines.
    pub module_uses: BTreeMap<Module, ModuleUses>,
    /// Planning without effects ([`Gen::dry_run`]): no type is created, no warning or use is
    /// recorded.
    dry: bool,
    /// During a dry run: a type that does not exist yet would have been created.
    dry_needs_new_type: bool,
}

/// What one module's builders refer to, so the module imports exactly that.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ModuleUses {
    /// A builder: `support::request!` and `docsdk_runtime_api::Result`.
    pub builder: bool,
    /// `support::need!` (a builder with a required value).
    pub need: bool,
    /// `types::X` written next to the module's own `types` (the crate's, for the root).
    pub types: bool,
}

/// The `support.rs` sections the emitted code needs (progenitor's `uses_*` flags): recorded
/// where the code that calls them is emitted, so an unused helper is never written. The
/// builder sections follow from [`Gen::module_uses`] ([`Gen::support_uses`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Uses {
    /// `builder!`, `Call`, `request!`: some module has a builder.
    pub builder: bool,
    /// `need!`: some module's builder has a required value.
    pub need: bool,
    /// `open_enum!`.
    pub open_enum: bool,
    /// `paged!`.
    pub paged: bool,
    /// `marked!`.
    pub marked: bool,
    /// `setters!` for models (builders use it too).
    pub setters: bool,
    /// `model_builder!`.
    pub model_builder: bool,
    /// `json_model!`.
    pub json_model: bool,
}

/// Whether positional arguments of these types hold a run of one type
/// (`old: String, new: String`), which callers can swap without the compiler noticing.
fn swap_prone(types: &[RustType]) -> bool {
    types.windows(2).any(|w| w[0] == w[1])
}

/// `pub type Other = Model;` for another documented name of a model's shape, with that
/// name's own description.
fn alias_of(model: &str, alias: &crate::plan::Alias<'_>) -> TokenStream {
    let mut lines = docs::with_facts(
        alias
            .schema
            .description
            .as_deref()
            .or(alias.schema.title.as_deref()),
        &[],
    );
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(format!(
        "The same shape as [`{model}`], documented under this name too: one type, two names."
    ));
    let (doc, ident, model) = (docs::attrs(&lines), id(&alias.ident), id(model));
    quote! { #doc pub type #ident = #model; }
}

/// `Ident` for generated names (always valid: see [`crate::ident`]).
pub fn id(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

impl<'p, 'a> Gen<'p, 'a> {
    /// Starts with every def's name claimed in its module.
    pub fn new(plan: &'p Plan<'a>) -> Self {
        let mut sinks: BTreeMap<Module, Sink> = BTreeMap::new();
        for def in &plan.defs {
            let ns = &mut sinks.entry(def.module).or_default().ns;
            ns.claim(&def.ident);
            for alias in &def.aliases {
                ns.claim(&alias.ident);
            }
        }
        Self {
            plan,
            sinks,
            warnings: Vec::new(),
            uses: Uses::default(),
            module_uses: BTreeMap::new(),
            dry: false,
            dry_needs_new_type: false,
        }
    }

    /// Renders every model into its module's sink.
    pub fn render_models(&mut self) {
        for d in 0..self.plan.defs.len() {
            let def = &self.plan.defs[d];
            let role = Role {
                request: def.request,
            };
            let tokens = self.named_type(&def.ident.clone(), def.schema, def.vi, def.module, role);
            let aliases = def.aliases.iter().map(|alias| alias_of(&def.ident, alias));
            let slot = self.sinks.entry(def.module).or_default();
            slot.items.push(tokens);
            slot.items.extend(aliases);
        }
    }

    /// A module-level type for `schema` named `name`: struct, enum or alias.
    fn named_type(
        &mut self,
        name: &str,
        schema: &'a Schema,
        vi: usize,
        module: Module,
        role: Role,
    ) -> TokenStream {
        let c = classify(schema);
        let mut lines = docs::with_facts(
            schema.description.as_deref().or(schema.title.as_deref()),
            &schema_facts(schema),
        );
        if lines.is_empty() {
            lines.push(format!("The `{}` model.", docs::escape(name)));
        }
        let doc = docs::attrs(&lines);
        match c.shape {
            Shape::Object(obj) => self.render_struct(name, obj, vi, module, role, doc),
            Shape::Enum(values) if !c.nullable => self.render_enum(name, &values, doc),
            _ => {
                let place = Place {
                    module,
                    in_types: true,
                };
                let whole = Hint::Name(name);
                let (ty, c) = self.rust_type(schema, vi, place, whole.part("Value"), role);
                let ty = if c.nullable { ty.optional() } else { ty };
                let ty = ty.at(self.plan, place);
                let ident = id(name);
                let doc = if doc.is_empty() {
                    quote!(#[doc = " A model of the API."])
                } else {
                    doc
                };
                quote! { #doc pub type #ident = #ty; }
            }
        }
    }

    /// The Rust type of `schema` referenced from `place`; inline objects and enums become
    /// types named after `hint` in the place's module.
    pub fn rust_type(
        &mut self,
        schema: &'a Schema,
        vi: usize,
        place: Place,
        hint: Hint<'_>,
        role: Role,
    ) -> (RustType, crate::shape::Classified<'a>) {
        self.rust_type_in(schema, vi, place, place.module, hint, role)
    }

    /// Runs `plan` without effects: types it would create are not created, warnings and uses
    /// are not recorded. Returns its result, or `None` when it needed a type that does not
    /// exist yet. (Can an older version share the newest one's builder? Only if planning it
    /// creates nothing: its signature is compared before anything is kept.)
    pub fn dry_run<T>(&mut self, plan: impl FnOnce(&mut Self) -> T) -> Option<T> {
        (self.dry, self.dry_needs_new_type) = (true, false);
        let out = plan(self);
        self.dry = false;
        (!self.dry_needs_new_type).then_some(out)
    }

    /// The `support.rs` sections to write: the recorded [`Gen::uses`], with the builder
    /// sections taken from what the modules' builders used.
    pub fn support_uses(&self) -> Uses {
        Uses {
            builder: self.module_uses.values().any(|m| m.builder),
            need: self.module_uses.values().any(|m| m.need),
            ..self.uses
        }
    }

    /// Records a problem found while rendering (not during a dry run).
    pub fn warn(&mut self, message: String) {
        if !self.dry {
            self.warnings.push(message);
        }
    }

    /// Model `name` of `target`'s types, referenced from `place`: records a `types::X`
    /// written next to `types` in [`Gen::module_uses`].
    fn model_at(&mut self, target: Module, name: &str, place: Place) -> RustType {
        if place.module == target && !place.in_types && !self.dry {
            self.module_uses.entry(place.module).or_default().types = true;
        }
        RustType::Model {
            module: target,
            ident: name.to_owned(),
        }
    }

    /// Like [`Gen::rust_type`], with inline types created in (or reused from) `alloc`.
    pub fn rust_type_in(
        &mut self,
        schema: &'a Schema,
        vi: usize,
        place: Place,
        alloc: Module,
        hint: Hint<'_>,
        role: Role,
    ) -> (RustType, crate::shape::Classified<'a>) {
        let c = classify(schema);
        let ty = match &c.shape {
            Shape::Ref(name) => match self.plan.def(name, vi) {
                Some(def) => self.model_at(def.module, &def.ident, place),
                None => {
                    self.warn(format!(
                        "reference to undefined model `{name}`; typed as serde_json::Value"
                    ));
                    RustType::Prim(Prim::Json)
                }
            },
            Shape::Str => RustType::Prim(Prim::String),
            Shape::DateTime => RustType::Prim(Prim::DateTime),
            Shape::Int { wide: true } => RustType::Prim(Prim::I64),
            Shape::Int { wide: false } => RustType::Prim(Prim::I32),
            Shape::Num { wide: true } => RustType::Prim(Prim::F64),
            Shape::Num { wide: false } => RustType::Prim(Prim::F32),
            Shape::Bool => RustType::Prim(Prim::Bool),
            Shape::Any | Shape::Null => RustType::Prim(Prim::Json),
            Shape::Enum(values) => {
                let name = self.enum_type(values, alloc, hint, schema);
                self.model_at(alloc, &name, place)
            }
            Shape::Array(items) => {
                let item = match items {
                    Some(items) => {
                        self.rust_type_in(items, vi, place, alloc, hint.part("Item"), role)
                            .0
                    }
                    None => RustType::Prim(Prim::Json),
                };
                RustType::Vec(Box::new(item))
            }
            Shape::Map(values) => {
                let value = self
                    .rust_type_in(values, vi, place, alloc, hint.part("Value"), role)
                    .0;
                RustType::Map(Box::new(value))
            }
            Shape::Object(obj) => {
                // Same shape (descriptions included) at the same version: one type.
                let key = (crate::plan::canonical(obj), vi);
                let existing = self.sinks.get(&alloc).and_then(|s| s.objects.get(&key));
                let name = match existing {
                    Some(name) => name.clone(),
                    None if self.dry => {
                        self.dry_needs_new_type = true;
                        hint.name()
                    }
                    None => {
                        let name = self.claim_inline(alloc, &hint.name(), "Object");
                        let sink = self.sinks.entry(alloc).or_default();
                        sink.objects.insert(key, name.clone());
                        let slot = sink.items.len();
                        sink.items.push(TokenStream::new());
                        let doc = docs::attrs(&docs::with_facts(obj.description.as_deref(), &[]));
                        let doc = if doc.is_empty() {
                            quote!(#[doc = " An object nested in another model."])
                        } else {
                            doc
                        };
                        let tokens = self.render_struct(&name, obj, vi, alloc, role, doc);
                        self.sinks.entry(alloc).or_default().items[slot] = tokens;
                        name
                    }
                };
                self.model_at(alloc, &name, place)
            }
        };
        if c.collapsed {
            self.warn(format!(
                "`{}`: several alternative types; typed as serde_json::Value{}",
                hint.name(),
                schema
                    .stated_type
                    .as_deref()
                    .map(|t| format!(" (documented as `{t}`)"))
                    .unwrap_or_default()
            ));
        }
        (ty, c)
    }

    /// A name in `module` for an inline type (an enum or object without a name of its own)
    /// wanted as `hint`: the hint, else the hint followed by its `kind` when a model already
    /// has the hint's name (`ServiceUpdateLog.result`, an enum, beside the model
    /// `ServiceUpdateLogResult` -> `ServiceUpdateLogResultEnum`). Numbered only when both are
    /// taken, with a warning: numbers say nothing about the type.
    fn claim_inline(&mut self, module: Module, hint: &str, kind: &str) -> String {
        let ns = &mut self.sinks.entry(module).or_default().ns;
        if !ns.contains(hint) {
            return ns.claim(hint);
        }
        let with_kind = ident::bounded_type_name(&[hint, kind]);
        if !ns.contains(&with_kind) {
            return ns.claim(&with_kind);
        }
        let numbered = ns.claim(hint);
        self.warn(format!(
            "`{hint}` and `{with_kind}` are taken; the inline type is named `{numbered}`"
        ));
        numbered
    }

    /// Whether a type named `name` already exists in `module`.
    pub(crate) fn name_taken(&self, module: Module, name: &str) -> bool {
        self.sinks.get(&module).is_some_and(|s| s.ns.contains(name))
    }

    /// The open enum for `values` in `module`, reusing an identical one.
    fn enum_type(
        &mut self,
        values: &[String],
        module: Module,
        hint: Hint<'_>,
        schema: &Schema,
    ) -> String {
        let mut unique: Vec<String> = Vec::new();
        for v in values {
            if !unique.contains(v) {
                unique.push(v.clone());
            }
        }
        if let Some(name) = self.sinks.get(&module).and_then(|s| s.enums.get(&unique)) {
            return name.clone();
        }
        if self.dry {
            self.dry_needs_new_type = true;
            return hint.name();
        }
        let name = self.claim_inline(module, &hint.name(), "Enum");
        let sink = self.sinks.entry(module).or_default();
        sink.enums.insert(unique.clone(), name.clone());
        let mut lines = schema
            .description
            .as_deref()
            .map(docs::lines)
            .unwrap_or_default();
        if lines.is_empty() {
            lines.push(format!("The values of `{}`.", docs::escape(&name)));
        }
        let tokens = self.render_enum(&name, &unique, docs::attrs(&lines));
        self.sinks.entry(module).or_default().items.push(tokens);
        name
    }

    fn render_enum(&mut self, name: &str, values: &[String], doc: TokenStream) -> TokenStream {
        let mut ns = Namespace::with_reserved(["Unknown"]);
        let variants: Vec<Ident> = values
            .iter()
            .map(|v| id(&ns.claim(&ident::pascal(v, "Empty"))))
            .collect();
        let ident = id(name);
        self.uses.open_enum = true;
        quote! {
            crate::support::open_enum!(#doc #ident { #(#variants = #values),* });
        }
    }

    /// The Rust type of a struct field.
    pub fn field_type(
        &mut self,
        f: &Field<'a>,
        owner: &str,
        vi: usize,
        place: Place,
        alloc: Module,
        role: Role,
    ) -> FieldType {
        let hint = Hint::Field(owner, f.wire);
        let (inner, c) = self.rust_type_in(f.schema, vi, place, alloc, hint, role);
        let nullable = c.nullable;
        let mandatory = f.required && !nullable;
        let nullable_request = role.request && !f.required && nullable;
        let stored = if mandatory {
            inner.clone()
        } else if nullable_request {
            inner.clone().nullable().optional()
        } else {
            inner.clone().optional()
        };
        FieldType {
            inner,
            stored,
            mandatory,
            nullable_request,
            skip_none: role.request && !f.required,
        }
    }

    fn render_struct(
        &mut self,
        name: &str,
        schema: &'a Schema,
        vi: usize,
        module: Module,
        role: Role,
        doc: TokenStream,
    ) -> TokenStream {
        let place = Place {
            module,
            in_types: true,
        };
        let mut defs = Vec::new();
        let mut parts = Fields::default();
        let mut shown = Vec::new();
        let mut wire_names = Vec::new();
        for f in fields(schema) {
            let ft = self.field_type(&f, name, vi, place, module, role);
            let field = id(&f.ident);
            let wire = f.wire;
            let if_some = ft.skip_none.then(|| quote!(if_some));
            wire_names.push(quote!(#field #wire #if_some));
            shown.push((f.ident.clone(), is_secret(f.wire, f.schema)));
            let fdoc = docs::attrs(&field_doc(&f));
            let stored = ft.stored.at(self.plan, place);
            defs.push(quote! { #fdoc pub #field: #stored, });
            let inner = ft.inner.at(self.plan, place);
            if ft.mandatory {
                parts.new_args.push(quote!(#field: #inner));
                parts.new_types.push(ft.inner.clone());
            } else {
                parts.optional.push(field.clone());
                let null = ft.nullable_request.then(|| {
                    let n = id(&format!("{}_null", f.ident.trim_end_matches('_')));
                    quote!(/ #n)
                });
                parts.setters.push(quote!(#field #null: #inner));
            }
        }
        if let Some(extra @ (AdditionalProperties::Schema(_) | AdditionalProperties::Bool(true))) =
            &schema.additional_properties
        {
            shown.push(("additional_properties".to_owned(), false));
            let value = match extra {
                AdditionalProperties::Schema(s) => self
                    .rust_type(s, vi, place, Hint::Name(name).part("Extra"), role)
                    .0
                    .at(self.plan, place),
                AdditionalProperties::Bool(_) => RustType::Prim(Prim::Json).at(self.plan, place),
            };
            defs.push(quote! {
                /// Fields not listed above, by wire name.
                pub additional_properties: std::collections::BTreeMap<String, #value>,
            });
            parts.has_extra = true;
        }
        let ident = id(name);
        // Without required fields, `Default` is the constructor (clippy: new_without_default).
        // Every struct, response models too, gets `new` and setters: users build responses
        // to fake a service in their tests, and requests to send them.
        let default = parts.new_args.is_empty().then(|| quote!(Default,));
        self.uses.setters |= !(parts.new_args.is_empty() && parts.setters.is_empty());
        let builder = self.constructor(&ident, name, module, &parts);
        self.uses.json_model = true;
        let extra = parts.has_extra.then(|| quote!(+ additional_properties));
        let json_model = quote! {
            crate::support::json_model!(#ident { #(#wire_names),* } #extra);
        };
        let (derive_debug, debug_impl) = match redacted_debug(&ident, &shown, true) {
            Some(tokens) => (None, Some(tokens)),
            None => (Some(quote!(Debug,)), None),
        };
        quote! {
            #doc
            #[derive(Clone, #derive_debug #default PartialEq)]
            #[non_exhaustive]
            pub struct #ident { #(#defs)* }
            #debug_impl
            #json_model
            #builder
        }
    }

    /// How users build struct `ident`: `Default` plus setters without required fields, a
    /// `Model::builder()` when required fields of one type sit side by side (easy to swap as
    /// positional arguments), else `new(required…)` plus setters.
    fn constructor(
        &mut self,
        ident: &Ident,
        name: &str,
        module: Module,
        parts: &Fields,
    ) -> Option<TokenStream> {
        let Fields {
            new_args,
            new_types,
            optional,
            setters,
            has_extra,
        } = parts;
        if new_args.is_empty() {
            return (!setters.is_empty())
                .then(|| quote!(crate::support::setters!(@model #ident { #(#setters),* });));
        }
        if let Some(builder) = swap_prone(new_types).then(|| {
            let b = self
                .sinks
                .entry(module)
                .or_default()
                .ns
                .claim(&format!("{name}Builder"));
            id(&b)
        }) {
            self.uses.model_builder = true;
            let extra = has_extra.then(|| quote!(+ additional_properties));
            let optional_setters = (!setters.is_empty())
                .then(|| quote!(crate::support::setters!(@model #ident { #(#setters),* });));
            return Some(quote! {
                crate::support::model_builder!(#ident #builder { #(#new_args),* } { #(#optional),* } #extra);
                #optional_setters
            });
        }
        let allow = (new_args.len() > 7).then(|| {
            quote!(#[allow(clippy::too_many_arguments, reason = "one argument per required field of the API model")])
        });
        let extra = has_extra.then(|| quote!(+ additional_properties));
        Some(
            quote!(crate::support::setters!(@model #allow #ident new(#(#new_args),*) #extra { #(#setters),* });),
        )
    }
}

/// Whether a field holds a secret, so `Debug` must not print it: `format: password`, or a
/// name whose words say password, secret or token, or a key that is a credential (`key`
/// after access, private, secret, api, sasl, signing or encryption; a plain `key` of a
/// key/value pair is not one).
pub fn is_secret(wire: &str, schema: &Schema) -> bool {
    if schema.format.as_deref() == Some("password") {
        return true;
    }
    let words = docsdk_naming::words(wire);
    let words: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(
            w.as_str(),
            "password" | "passwd" | "pwd" | "secret" | "token"
        ) || (w == "key"
            && i > 0
            && matches!(
                words[i - 1].as_str(),
                "access" | "private" | "secret" | "api" | "sasl" | "signing" | "encryption"
            ))
    })
}

/// A `Debug` impl printing `fields` (`(name, secret)`) with secret values shown as `"***"`
/// when set; `None` when no field is secret (derive `Debug` then). `all` is false for request
/// builders, whose transport field is left out.
pub fn redacted_debug(ident: &Ident, fields: &[(String, bool)], all: bool) -> Option<TokenStream> {
    if !fields.iter().any(|(_, secret)| *secret) {
        return None;
    }
    let name = ident.to_string();
    let entries = fields.iter().map(|(f, secret)| {
        let (wire, f) = (f.trim_end_matches('_'), id(f));
        if *secret {
            quote!(.field(#wire, &docsdk_runtime_api::Redacted(&self.#f)))
        } else {
            quote!(.field(#wire, &self.#f))
        }
    });
    let finish = if all {
        quote!(finish())
    } else {
        quote!(finish_non_exhaustive())
    };
    Some(quote! {
        impl std::fmt::Debug for #ident {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#name) #(#entries)* .#finish
            }
        }
    })
}

/// The path of type `name` in `target`'s types module, as written at `place`.
pub fn type_path(plan: &Plan<'_>, target: Module, name: &str, place: Place) -> TokenStream {
    let ident = id(name);
    if place.module == target {
        return if place.in_types {
            quote!(#ident)
        } else {
            quote!(types::#ident)
        };
    }
    let types = types_module(plan, target);
    quote!(crate::#types::#ident)
}

/// The path of `target`'s types module below the crate root: `types` or `v1::types`.
pub fn types_module(plan: &Plan<'_>, target: Module) -> TokenStream {
    match target {
        None => quote!(types),
        Some(v) => {
            let module = id(&plan.versions[v].module);
            quote!(#module::types)
        }
    }
}

/// A field's doc: description, then wire name, example, default and constraints.
pub fn field_doc(f: &Field<'_>) -> Vec<String> {
    let mut facts = Vec::new();
    if f.ident != f.wire {
        facts.push(format!("Wire name: {}.", docs::code(f.wire)));
    }
    facts.extend(schema_facts(f.schema));
    let lines = docs::with_facts(f.schema.description.as_deref(), &facts);
    if lines.is_empty() {
        vec![format!("The `{}` field.", f.ident)]
    } else {
        lines
    }
}

/// Example, default and constraints of a schema, as sentences.
pub fn schema_facts(schema: &Schema) -> Vec<String> {
    let mut facts = Vec::new();
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => docs::code(s),
        other => docs::code(&other.to_string()),
    };
    if let Some(example) = schema.examples.first() {
        facts.push(format!("Example: {}.", text(example)));
    }
    if let Some(default) = &schema.default {
        facts.push(format!("Default: {}.", text(default)));
    } else if let Some(stated) = &schema.stated_default {
        facts.push(format!("Documented default: {}.", docs::code(stated)));
    }
    let range = |min: Option<String>, max: Option<String>, what: &str| match (min, max) {
        (None, None) => None,
        (Some(a), Some(b)) => Some(format!("{what} {a} to {b}.")),
        (Some(a), None) => Some(format!("{what} at least {a}.")),
        (None, Some(b)) => Some(format!("{what} at most {b}.")),
    };
    facts.extend(range(
        schema.min_length.map(|n| n.to_string()),
        schema.max_length.map(|n| n.to_string()),
        "Length",
    ));
    facts.extend(range(
        schema.minimum.as_ref().map(ToString::to_string),
        schema.maximum.as_ref().map(ToString::to_string),
        "Range",
    ));
    facts.extend(range(
        schema.min_items.map(|n| n.to_string()),
        schema.max_items.map(|n| n.to_string()),
        "Items",
    ));
    if let Some(pattern) = &schema.pattern {
        facts.push(format!("Pattern: {}.", docs::code(pattern)));
    }
    if schema.deprecated {
        facts.push("Deprecated.".to_owned());
    }
    facts
}

#[cfg(test)]
mod secret_tests {
    use super::*;

    #[test]
    fn secrets_by_format_or_name_but_not_every_key() {
        let plain = Schema::default();
        let password = Schema {
            format: Some("password".into()),
            ..Schema::default()
        };
        assert!(is_secret("pin", &password));
        for name in [
            "broker_sasl_password",
            "authToken",
            "client_secret",
            "accessKey",
            "sasl_secret_key",
        ] {
            assert!(is_secret(name, &plain), "{name}");
        }
        for name in ["key", "tag_key", "sort_key", "name"] {
            assert!(!is_secret(name, &plain), "{name}");
        }
    }
}
