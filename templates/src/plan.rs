//! The analysis behind the templates: API versions, the default version of each operation,
//! which model shapes are shared between versions, and which models appear in requests.

use std::collections::{BTreeMap, HashMap, HashSet};

use docsdk_spec::{Method, OpenApi, Operation, Schema};

use crate::ident::{self, Namespace};
use crate::shape::references;

/// Where generated types live: `None` is the crate's `types` module, `Some(v)` the `types`
/// module inside the version module of version index `v`.
pub type Module = Option<usize>;

/// One API version document.
pub struct Version<'a> {
    /// The document.
    pub spec: &'a OpenApi,
    /// `1.0`.
    pub name: String,
    /// `v1_0`.
    pub module: String,
    /// The document's operations with `x-variants` expanded (see [`variant_ops`]).
    pub variants: &'a VariantOps,
}

/// One document's `x-variants` as operations: for each operation, in
/// `OpenApi::operations()` order, one operation per variant (empty when it has none). A
/// variant keeps the shared operation's parameters and adds its own; its body, responses
/// (when it states any), names, docs and source replace the shared ones.
pub type VariantOps = Vec<Vec<Operation>>;

/// Expands the `x-variants` of `spec` (see [`VariantOps`]).
pub fn variant_ops(spec: &OpenApi) -> VariantOps {
    spec.operations()
        .map(|(_, _, op)| {
            op.variants
                .iter()
                .map(|v| {
                    let mut out = op.clone();
                    out.variants.clear();
                    out.operation_id = Some(v.operation_id.clone());
                    out.summary = v.summary.clone();
                    // The shared description speaks of all variants, not this one.
                    out.description = v.description.clone();
                    out.parameters.extend(v.parameters.iter().cloned());
                    out.request_body = v.request_body.clone();
                    if !v.responses.is_empty() {
                        out.responses = v.responses.clone();
                    }
                    out.deprecated |= v.deprecated;
                    out.source = v.source.clone().or(out.source);
                    out
                })
                .collect()
        })
        .collect()
}

/// A generated model: one component schema shape, possibly shared by several versions.
pub struct Def<'a> {
    /// Rust type name.
    pub ident: String,
    /// Other component names of the same shape, kept as `pub type` aliases of this type.
    pub aliases: Vec<Alias<'a>>,
    /// Where it lives.
    pub module: Module,
    /// The version whose document this shape (and its references) is read from.
    pub vi: usize,
    /// The schema.
    pub schema: &'a Schema,
    /// Reachable from a request body: optional fields skip `None`, nullable ones can send `null`.
    pub request: bool,
}

/// Another documented name of a model's shape: `pub type <ident> = <model>;`.
pub struct Alias<'a> {
    /// Rust type name.
    pub ident: String,
    /// The component schema under this name (its own description and source).
    pub schema: &'a Schema,
}

/// One operation at one version.
pub struct OpAt<'a> {
    /// Version index.
    pub vi: usize,
    /// Path template.
    pub path: &'a str,
    /// HTTP method.
    pub method: Method,
    /// The operation.
    pub op: &'a Operation,
    /// Lifecycle status as printed (`CURRENT`), or empty.
    pub status: String,
    /// Lifecycle date (`2026-03-19`).
    pub date: Option<String>,
    /// What the date means (`Not Before`).
    pub date_label: Option<String>,
    /// Deprecated at this version.
    pub deprecated: bool,
}

/// One operation across versions.
pub struct OpGroup<'a> {
    /// Method name (snake case), unique in the crate.
    pub name: String,
    /// The versions it is documented at, ascending.
    pub at: Vec<OpAt<'a>>,
    /// Index into `at` of the version the crate-level method calls.
    pub default: usize,
}

/// Everything the templates need to know about a service.
pub struct Plan<'a> {
    /// Versions, ascending.
    pub versions: Vec<Version<'a>>,
    /// Models.
    pub defs: Vec<Def<'a>>,
    /// `(wire name, version index)` to the def.
    pub lookup: HashMap<(&'a str, usize), usize>,
    /// Operations, in document order of their first appearance (newest document first).
    pub ops: Vec<OpGroup<'a>>,
    /// Problems found.
    pub warnings: Vec<String>,
}

/// Orders version strings numerically part by part (`1.10` after `1.9`).
pub fn version_key(version: &str) -> Vec<(u64, String)> {
    version
        .split(['.', '-', '_'])
        .map(|part| (part.parse().unwrap_or(u64::MAX), part.to_owned()))
        .collect()
}

/// The module (and accessor, and test-name part) of an API version before snake-casing: `v`
/// and the number for a numbered version (`1.0` and `v1.0` -> `v1.0`, `v2.0-openstack`),
/// the version's own word otherwise (`unversioned`, `unversioned-openstack`: the documents
/// of OTC's version-discovery APIs), never `vunversioned`.
pub fn module_name(version: &str) -> String {
    let bare = version.trim_start_matches(['v', 'V']);
    if bare.starts_with(|c: char| c.is_ascii_digit()) {
        format!("v{bare}")
    } else {
        version.to_owned()
    }
}

/// Client methods and accessors that operations must not take.
pub const CLIENT_RESERVED: &[&str] = &["new", "with_endpoint", "clone", "inner"];

impl<'a> Plan<'a> {
    /// Analyses the documents of one service; `variants[i]` is [`variant_ops`] of `specs[i]`.
    pub fn new(specs: &'a [OpenApi], variants: &'a [VariantOps]) -> Self {
        let mut sorted: Vec<(&OpenApi, &'a VariantOps)> = specs.iter().zip(variants).collect();
        sorted.sort_by_key(|(s, _)| version_key(&s.info.version));
        let mut module_ns =
            Namespace::with_reserved(["types", "operations", "client", "support", "runtime"]);
        let versions = sorted
            .into_iter()
            .map(|(spec, variants)| Version {
                spec,
                variants,
                name: spec.info.version.clone(),
                module: module_ns.claim(&ident::snake(&module_name(&spec.info.version), "v")),
            })
            .collect();
        let mut plan = Plan {
            versions,
            defs: Vec::new(),
            lookup: HashMap::new(),
            ops: Vec::new(),
            warnings: Vec::new(),
        };
        plan.build_defs();
        plan.build_ops();
        plan.mark_requests();
        plan
    }

    /// Groups model shapes: schemas that are the same (ignoring `x-source` and the model's own
    /// title and description; field descriptions included) and whose referenced models are
    /// the same are one type, whatever their names and versions. (Per-operation pages often
    /// document one object under several names.) The other names become aliases.
    fn build_defs(&mut self) {
        let mut class: HashMap<(&'a str, usize), usize> = HashMap::new();
        let mut keys: HashMap<String, usize> = HashMap::new();
        for (vi, v) in self.versions.iter().enumerate() {
            for (name, schema) in &v.spec.components.schemas {
                // References are compared by class below, not by name.
                let key = shape_key(schema);
                let next = keys.len();
                class.insert((name.as_str(), vi), *keys.entry(key).or_insert(next));
            }
        }
        // Refine until stable: equal only if every referenced model is equal too.
        loop {
            let mut refined: HashMap<(&'a str, usize), usize> = HashMap::new();
            let mut keys: HashMap<(usize, Vec<Option<usize>>), usize> = HashMap::new();
            let mut entries: Vec<_> = class.iter().map(|(k, c)| (*k, *c)).collect();
            entries.sort();
            for ((name, vi), c) in entries {
                let schema = &self.versions[vi].spec.components.schemas[name];
                let mut refs = Vec::new();
                references(schema, &mut refs);
                let sig = refs.iter().map(|r| class.get(&(*r, vi)).copied()).collect();
                let next = keys.len();
                refined.insert((name, vi), *keys.entry((c, sig)).or_insert(next));
            }
            let before: HashSet<usize> = class.values().copied().collect();
            let after: HashSet<usize> = refined.values().copied().collect();
            class = refined;
            if before.len() == after.len() {
                break;
            }
        }
        // Names in order: newest document first, document order inside.
        let mut names: Vec<&'a str> = Vec::new();
        for v in self.versions.iter().rev() {
            for name in v.spec.components.schemas.keys() {
                if !names.contains(&name.as_str()) {
                    names.push(name);
                }
            }
        }
        let mut namespaces: BTreeMap<Module, Namespace> = BTreeMap::new();
        // Which version's model holds each name in the shared `types` module.
        let mut shared_from: HashMap<String, usize> = HashMap::new();
        let mut placed: HashMap<usize, usize> = HashMap::new();
        let mut other_names: Vec<(usize, &'a str, usize)> = Vec::new();
        for name in names {
            let present: Vec<usize> = (0..self.versions.len())
                .rev()
                .filter(|vi| class.contains_key(&(name, *vi)))
                .collect();
            let newest_class = class[&(name, present[0])];
            for vi in present {
                let c = class[&(name, vi)];
                let def = *placed.entry(c).or_insert_with(|| {
                    let wanted = ident::type_name(name);
                    // A shape of its own goes to its version's module when it is older than
                    // the newest, or when another version's model already holds its name in
                    // the shared module (`vpc` in v3 and `Vpc` in v1): never a numbered name
                    // where a module tells the two apart.
                    let held_by_other = shared_from.get(&wanted).is_some_and(|&h| h != vi);
                    let module = (c != newest_class || held_by_other).then_some(vi);
                    let ns = namespaces.entry(module).or_default();
                    let ident = ns.claim(&wanted);
                    if module.is_none() {
                        shared_from.insert(ident.clone(), vi);
                    }
                    self.defs.push(Def {
                        ident,
                        aliases: Vec::new(),
                        module,
                        vi,
                        schema: &self.versions[vi].spec.components.schemas[name],
                        request: false,
                    });
                    self.defs.len() - 1
                });
                self.lookup.insert((name, vi), def);
                other_names.push((def, name, vi));
            }
        }
        // After every model has its name, so an alias never pushes a model's name aside:
        // a documented name that is free in its model's module becomes an alias there.
        for (def, name, vi) in other_names {
            let wanted = ident::type_name(name);
            let ns = namespaces.entry(self.defs[def].module).or_default();
            if wanted == self.defs[def].ident || ns.contains(&wanted) {
                continue;
            }
            let ident = ns.claim(&wanted);
            let schema = &self.versions[vi].spec.components.schemas[name];
            self.defs[def].aliases.push(Alias { ident, schema });
        }
    }

    fn build_ops(&mut self) {
        let mut index: HashMap<String, usize> = HashMap::new();
        let reserved: Vec<&str> = CLIENT_RESERVED
            .iter()
            .copied()
            .chain(self.versions.iter().map(|v| v.module.as_str()))
            .collect();
        for (vi, v) in self.versions.iter().enumerate().rev() {
            let mut ns = Namespace::with_reserved(reserved.iter().copied());
            // An operation with variants has no method of its own: one per variant, named
            // after the variant's operationId (its page title often names the shared path).
            let expanded = v.spec.operations().zip(v.variants.iter()).flat_map(
                |((path, method, op), variants)| {
                    if variants.is_empty() {
                        vec![(path, method, op)]
                    } else {
                        variants.iter().map(|o| (path, method, o)).collect()
                    }
                },
            );
            for (path, method, op) in expanded {
                // The method is named after the operationId (OTC ids are verb-first SDK names
                // that differ from the page title). An id that only spells the title's letters
                // (SCP's rule) names the method by the title, whose word breaks the id lost
                // (`AI&MLOps` -> `ai_ml_ops`). A spec without ids falls back to the title.
                let summary = op.summary.as_deref().filter(|s| !s.trim().is_empty());
                let id = op
                    .operation_id
                    .as_deref()
                    .filter(|id| !id.trim().is_empty());
                let title = match (id, summary) {
                    (Some(id), Some(s)) if spells(s, id) => Some(s),
                    (Some(id), _) => Some(id),
                    (None, s) => s,
                }
                .map(str::to_owned)
                .unwrap_or_else(|| format!("{} {path}", method.as_str()));
                let name = ns.claim(&ident::snake(&title, "call"));
                let lifecycle = op.lifecycle.as_ref().or(v.spec.info.lifecycle.as_ref());
                let status = lifecycle
                    .map(|l| l.status.trim().to_owned())
                    .unwrap_or_default();
                let at = OpAt {
                    vi,
                    path,
                    method,
                    op,
                    deprecated: op.deprecated || status.eq_ignore_ascii_case("DEPRECATED"),
                    status,
                    date: lifecycle.and_then(|l| l.date.clone()),
                    date_label: lifecycle.and_then(|l| l.date_label.clone()),
                };
                match index.get(&name) {
                    Some(&g) => self.ops[g].at.insert(0, at),
                    None => {
                        index.insert(name.clone(), self.ops.len());
                        self.ops.push(OpGroup {
                            name,
                            at: vec![at],
                            default: 0,
                        });
                    }
                }
            }
        }
        for group in &mut self.ops {
            group.default = default_version(&group.at);
        }
    }

    fn mark_requests(&mut self) {
        let mut roots = Vec::new();
        for group in &self.ops {
            for at in &group.at {
                if let Some(schema) = at.op.request_body.as_ref().and_then(body_schema) {
                    roots.push((schema, at.vi));
                }
            }
        }
        let mut seen = HashSet::new();
        for (schema, vi) in roots {
            self.mark(schema, vi, &mut seen);
        }
    }

    fn mark(&mut self, schema: &'a Schema, vi: usize, seen: &mut HashSet<usize>) {
        if let Some(name) = schema.referenced_name() {
            let Some(&d) = self.lookup.get(&(name, vi)) else {
                return;
            };
            if !seen.insert(d) {
                return;
            }
            self.defs[d].request = true;
            let (inner, dvi) = (self.defs[d].schema, self.defs[d].vi);
            self.mark_children(inner, dvi, seen);
            return;
        }
        self.mark_children(schema, vi, seen);
    }

    fn mark_children(&mut self, schema: &'a Schema, vi: usize, seen: &mut HashSet<usize>) {
        let children = schema
            .any_of
            .iter()
            .chain(&schema.one_of)
            .chain(&schema.all_of)
            .chain(schema.properties.values())
            .chain(schema.items.as_deref())
            .chain(match &schema.additional_properties {
                Some(docsdk_spec::AdditionalProperties::Schema(s)) => Some(s.as_ref()),
                _ => None,
            });
        for child in children {
            self.mark(child, vi, seen);
        }
    }

    /// The def for `name` at version `vi`.
    pub fn def(&self, name: &str, vi: usize) -> Option<&Def<'a>> {
        self.lookup.get(&(name, vi)).map(|&d| &self.defs[d])
    }
}

/// The version the crate-level method calls: the newest CURRENT one; else the newest that is
/// not deprecated; else the newest.
pub fn default_version(at: &[OpAt<'_>]) -> usize {
    let newest = |pred: &dyn Fn(&OpAt<'_>) -> bool| (0..at.len()).rev().find(|&i| pred(&at[i]));
    newest(&|a| a.status.eq_ignore_ascii_case("CURRENT"))
        .or_else(|| newest(&|a| !a.deprecated))
        .unwrap_or(at.len() - 1)
}

/// The JSON schema of a body (the first media type with a schema).
pub fn body_schema(body: &docsdk_spec::RequestBody) -> Option<&Schema> {
    body.content.values().find_map(|m| m.schema.as_ref())
}

/// The schema as JSON text without source locations, without the model's own title and
/// description (names and prose about the whole differ between pages that document one
/// object) and with every `$ref` target blanked: equal texts are the same shape if the
/// referenced models are the same too.
pub fn shape_key(schema: &Schema) -> String {
    let mut value = serde_json::to_value(schema).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        map.remove("title");
        map.remove("description");
    }
    strip(&mut value, true);
    value.to_string()
}

/// The schema as JSON text without source locations (references kept).
pub fn canonical(schema: &Schema) -> String {
    canonical_with(schema, false)
}

fn canonical_with(schema: &Schema, blank_refs: bool) -> String {
    let mut value = serde_json::to_value(schema).unwrap_or_default();
    strip(&mut value, blank_refs);
    value.to_string()
}

/// Removes source locations (and, with `blank_refs`, `$ref` targets) from a schema's JSON and
/// sorts its keys.
fn strip(value: &mut serde_json::Value, blank_refs: bool) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|k, _| {
                k != docsdk_spec::Ext::SOURCE.as_str()
                    && k != docsdk_spec::Ext::ALSO_STATED_AT.as_str()
            });
            // Documents order a schema's keys as their authors wrote them.
            map.sort_keys();
            if blank_refs && let Some(target) = map.get_mut("$ref") {
                *target = serde_json::Value::Null;
            }
            map.values_mut().for_each(|v| strip(v, blank_refs));
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| strip(v, blank_refs)),
        _ => {}
    }
}

/// Whether `id` is `title` with only its letters and digits kept (case aside).
fn spells(title: &str, id: &str) -> bool {
    let letters = |t: &str| -> String {
        t.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    letters(title) == letters(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_are_v_and_the_number_or_the_version_word() {
        let m = |v: &str| ident::snake(&module_name(v), "v");
        assert_eq!(m("1.0"), "v1_0");
        assert_eq!(m("v2.0-openstack"), "v2_0_openstack");
        assert_eq!(m("V3"), "v3");
        assert_eq!(m("unversioned"), "unversioned");
        assert_eq!(m("unversioned-openstack"), "unversioned_openstack");
    }

    fn spec(yaml: &str) -> OpenApi {
        docsdk_spec::from_yaml(yaml).expect("test spec parses")
    }

    #[test]
    fn one_shape_under_two_names_is_one_model_with_an_alias() {
        let specs = [spec(
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
             Accepted:\n      type: object\n      description: One page's name.\n      properties:\n        \
             id: {type: string}\n    JobAccepted:\n      type: object\n      description: Another page's name.\n      \
             properties:\n        id: {type: string}\n    Other:\n      type: object\n      properties:\n        \
             id: {type: string, description: A field described differently is another shape.}\n",
        )];
        let variants: Vec<VariantOps> = specs.iter().map(variant_ops).collect();
        let plan = Plan::new(&specs, &variants);
        let idents: Vec<&str> = plan.defs.iter().map(|d| d.ident.as_str()).collect();
        assert_eq!(idents, ["Accepted", "Other"]);
        let aliases: Vec<&str> = plan.defs[0]
            .aliases
            .iter()
            .map(|a| a.ident.as_str())
            .collect();
        assert_eq!(aliases, ["JobAccepted"]);
        assert_eq!(
            plan.def("JobAccepted", 0).map(|d| d.ident.as_str()),
            Some("Accepted")
        );
    }

    #[test]
    fn a_name_another_version_holds_goes_to_its_version_module_unnumbered() {
        let doc = |version: &str, name: &str, field: &str| {
            spec(&format!(
                "openapi: 3.1.0\ninfo: {{title: T, version: '{version}'}}\npaths: {{}}\ncomponents:\n  \
                 schemas:\n    {name}:\n      type: object\n      properties:\n        \
                 {field}: {{type: string}}\n"
            ))
        };
        // v3 writes the model as `vpc`, v1 as `Vpc`: both are the Rust name `Vpc`.
        let specs = [doc("v1", "Vpc", "cidr"), doc("v3", "vpc", "id")];
        let variants: Vec<VariantOps> = specs.iter().map(variant_ops).collect();
        let plan = Plan::new(&specs, &variants);
        let placed = |name: &str, vi: usize| {
            plan.def(name, vi)
                .map(|d| (d.ident.as_str(), d.module))
                .expect("placed")
        };
        assert_eq!(placed("vpc", 1), ("Vpc", None));
        assert_eq!(placed("Vpc", 0), ("Vpc", Some(0)));
    }
}
