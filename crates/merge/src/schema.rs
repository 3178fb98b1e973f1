//! Merging schemas (models, fields, parameter and body schemas) field by field.

use docsdk_spec::{Extra, Schema};
use indexmap::IndexMap;
use serde_json::Value;

use crate::ctx::{Ctx, Src, Stated, add_also};

/// One source's schema and where it is stated.
#[derive(Clone, Debug)]
pub struct SchemaAt<'a> {
    /// The schema.
    pub schema: &'a Schema,
    /// Its document.
    pub src: Src<'a>,
    /// Its `x-source`, or the enclosing item's.
    pub at: docsdk_spec::SourceRef,
}

impl<'a> SchemaAt<'a> {
    /// Wraps `schema`, falling back to `parent` for the location.
    pub fn new(schema: &'a Schema, src: Src<'a>, parent: &docsdk_spec::SourceRef) -> Self {
        Self {
            at: schema.source.clone().unwrap_or_else(|| parent.clone()),
            schema,
            src,
        }
    }

    fn stated<T>(&self, value: Option<T>) -> Stated<'a, T> {
        Stated {
            value,
            src: self.src,
            at: self.at.clone(),
        }
    }
}

/// Statements of one property of every candidate.
fn collect<'a, T>(
    cands: &[SchemaAt<'a>],
    get: impl Fn(&'a Schema) -> Option<T>,
) -> Vec<Stated<'a, T>> {
    cands.iter().map(|c| c.stated(get(c.schema))).collect()
}

/// Merges the schemas of one item (`what`, e.g. ``parameter `size` of GET /v1/x``) from several
/// sources: facts by [`Ctx::fact`], texts by [`Ctx::text`], fields and alternatives recursively.
pub fn merge_schema(ctx: &mut Ctx<'_>, what: &str, cands: &[SchemaAt<'_>]) -> Schema {
    let Some(first) = cands.first() else {
        return Schema::default();
    };
    if cands.len() == 1 {
        return first.schema.clone();
    }
    let mut out = Schema {
        reference: ctx.fact("reference", what, &collect(cands, |s| s.reference.clone())),
        title: ctx.text("title", what, &collect(cands, |s| s.title.clone())),
        description: ctx.text(
            "description",
            what,
            &collect(cands, |s| s.description.clone()),
        ),
        schema_type: ctx.fact("type", what, &collect(cands, |s| s.schema_type.clone())),
        format: ctx.fact("format", what, &collect(cands, |s| s.format.clone())),
        enum_values: ctx
            .fact("enum", what, &collect(cands, |s| non_empty(&s.enum_values)))
            .unwrap_or_default(),
        default: ctx.fact("default", what, &collect(cands, |s| s.default.clone())),
        examples: union_values(cands.iter().flat_map(|c| c.schema.examples.iter())),
        additional_properties: ctx.fact(
            "additionalProperties",
            what,
            &collect(cands, |s| s.additional_properties.clone()),
        ),
        min_length: ctx.fact("minLength", what, &collect(cands, |s| s.min_length)),
        max_length: ctx.fact("maxLength", what, &collect(cands, |s| s.max_length)),
        pattern: ctx.fact("pattern", what, &collect(cands, |s| s.pattern.clone())),
        minimum: ctx.fact("minimum", what, &collect(cands, |s| s.minimum.clone())),
        maximum: ctx.fact("maximum", what, &collect(cands, |s| s.maximum.clone())),
        min_items: ctx.fact("minItems", what, &collect(cands, |s| s.min_items)),
        max_items: ctx.fact("maxItems", what, &collect(cands, |s| s.max_items)),
        deprecated: ctx
            .fact(
                "deprecated flag",
                what,
                &collect(cands, |s| Some(s.deprecated)),
            )
            .unwrap_or(false),
        stated_default: ctx.fact(
            "printed default",
            what,
            &collect(cands, |s| s.stated_default.clone()),
        ),
        stated_type: ctx.fact(
            "printed schema",
            what,
            &collect(cands, |s| s.stated_type.clone()),
        ),
        ..Schema::default()
    };
    // Items of arrays.
    let items: Vec<SchemaAt<'_>> = cands
        .iter()
        .filter_map(|c| {
            c.schema
                .items
                .as_deref()
                .map(|i| SchemaAt::new(i, c.src, &c.at))
        })
        .collect();
    if !items.is_empty() {
        out.items = Some(Box::new(merge_schema(
            ctx,
            &format!("items of {what}"),
            &items,
        )));
    }
    out.any_of = merge_alternatives(ctx, "anyOf", what, cands, |s| &s.any_of);
    out.one_of = merge_alternatives(ctx, "oneOf", what, cands, |s| &s.one_of);
    out.all_of = merge_alternatives(ctx, "allOf", what, cands, |s| &s.all_of);
    merge_properties(ctx, what, cands, &mut out);
    // Locations: the first source's, then every other statement.
    out.source = cands.iter().find_map(|c| c.schema.source.clone());
    let mut also = Vec::new();
    for c in cands {
        add_also(
            &mut also,
            out.source.as_ref(),
            c.schema.source.iter().cloned(),
        );
        add_also(
            &mut also,
            out.source.as_ref(),
            c.schema.also_stated_at.iter().cloned(),
        );
    }
    out.also_stated_at = also;
    out.extra = merge_extra(
        ctx,
        what,
        cands.iter().map(|c| (&c.schema.extra, c.src, &c.at)),
    );
    out
}

fn non_empty(values: &[Value]) -> Option<Vec<Value>> {
    (!values.is_empty()).then(|| values.to_vec())
}

/// The distinct values in order of first appearance.
pub fn union_values<'v>(values: impl Iterator<Item = &'v Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for v in values {
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// `anyOf`/`oneOf`/`allOf`: merged position by position when every source that states the
/// list states as many alternatives; otherwise a fact about the whole list.
fn merge_alternatives(
    ctx: &mut Ctx<'_>,
    label: &str,
    what: &str,
    cands: &[SchemaAt<'_>],
    get: impl Fn(&Schema) -> &Vec<Schema>,
) -> Vec<Schema> {
    let stating: Vec<&SchemaAt<'_>> = cands.iter().filter(|c| !get(c.schema).is_empty()).collect();
    let Some(first) = stating.first() else {
        return Vec::new();
    };
    let len = get(first.schema).len();
    if stating.iter().any(|c| get(c.schema).len() != len) {
        return ctx
            .fact(label, what, &collect(cands, |s| non_empty_schemas(get(s))))
            .unwrap_or_default();
    }
    (0..len)
        .map(|k| {
            let alts: Vec<SchemaAt<'_>> = stating
                .iter()
                .map(|c| SchemaAt::new(&get(c.schema)[k], c.src, &c.at))
                .collect();
            merge_schema(ctx, &format!("{label}[{k}] of {what}"), &alts)
        })
        .collect()
}

fn non_empty_schemas(list: &[Schema]) -> Option<Vec<Schema>> {
    (!list.is_empty()).then(|| list.to_vec())
}

/// Fields: the union by name (first appearance order), each merged; a field's required flag
/// is a fact stated by the sources that have the field.
fn merge_properties(ctx: &mut Ctx<'_>, what: &str, cands: &[SchemaAt<'_>], out: &mut Schema) {
    let mut names: Vec<&str> = Vec::new();
    for c in cands {
        for name in c.schema.properties.keys() {
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
    }
    let mut properties = IndexMap::new();
    let mut required = Vec::new();
    for name in names {
        let field_what = format!("field `{name}` of {what}");
        let mut having: Vec<SchemaAt<'_>> = Vec::new();
        let mut flags: Vec<Stated<'_, bool>> = Vec::new();
        for c in cands {
            if let Some(field) = c.schema.properties.get(name) {
                let field = SchemaAt::new(field, c.src, &c.at);
                flags.push(field.stated(Some(c.schema.required.iter().any(|r| r == name))));
                having.push(field);
            }
        }
        if ctx.fact("required flag", &field_what, &flags) == Some(true) {
            required.push(name.to_owned());
        }
        properties.insert(name.to_owned(), merge_schema(ctx, &field_what, &having));
    }
    // Required names without a field (not seen in practice) are kept as stated.
    for c in cands {
        for r in &c.schema.required {
            if !properties.contains_key(r) && !required.contains(r) {
                required.push(r.clone());
            }
        }
    }
    out.properties = properties;
    out.required = required;
}

/// `x-` extensions: the union by name; a name stated with different values is a fact
/// conflict (``extension `x-...` of <what>``).
pub fn merge_extra<'a>(
    ctx: &mut Ctx<'_>,
    what: &str,
    extras: impl Iterator<Item = (&'a Extra, Src<'a>, &'a docsdk_spec::SourceRef)> + Clone,
) -> Extra {
    let mut out = Extra::new();
    for key in crate::item::union_keys(extras.clone().map(|(extra, _, _)| extra.keys())) {
        let stated: Vec<Stated<'_, Value>> = extras
            .clone()
            .map(|(extra, src, at)| Stated {
                value: extra.get(key).cloned(),
                src,
                at: at.clone(),
            })
            .collect();
        if let Some(v) = ctx.fact(&format!("extension `{key}`"), what, &stated) {
            out.insert(key.clone(), v);
        }
    }
    out
}
