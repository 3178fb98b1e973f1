//! Merging whole documents: info, servers, paths, components, security.

use docsdk_spec::{
    Components, Info, Lifecycle, Method, OPENAPI_VERSION, OpenApi, Operation, PathItem,
    SecurityScheme, Server, ServerVariable, SourceRef,
};
use indexmap::IndexMap;

use crate::ctx::{Ctx, Src, Stated};
use crate::item::{At, also_stated_at, collect, schemas_of, union_keys};
use crate::operation::merge_operation;
use crate::schema::{merge_extra, merge_schema};

/// Where a document "is" when an item states no location: its service heading, else line 1
/// of its first source document.
fn document_at(doc: &OpenApi, index: usize) -> SourceRef {
    doc.info.source.clone().unwrap_or_else(|| {
        let file = doc
            .source_documents
            .first()
            .cloned()
            .unwrap_or_else(|| format!("<document {}>", index + 1));
        SourceRef::new(file, 1)
    })
}

/// Merges `docs` (at least two) in source order.
pub fn merge_documents(ctx: &mut Ctx<'_>, docs: &[OpenApi]) -> OpenApi {
    let cands: Vec<At<'_, OpenApi>> = docs
        .iter()
        .enumerate()
        .map(|(index, d)| At {
            item: d,
            src: Src {
                language: d.language.as_deref(),
            },
            at: document_at(d, index),
        })
        .collect();
    let mut doc = OpenApi {
        openapi: OPENAPI_VERSION.to_owned(),
        ..OpenApi::default()
    };
    let titles = collect(&cands, |d| Some(d.info.title.clone()));
    let versions = collect(&cands, |d| Some(d.info.version.clone()));
    let overviews = collect(&cands, |d| d.info.description.clone());
    let providers = collect(&cands, |d| d.provider.map(|p| format!("{p:?}")));
    let keys = collect(&cands, |d| d.service_key.clone());
    doc.info = Info {
        title: ctx
            .fact("title", "the service", &titles)
            .unwrap_or_default(),
        version: ctx
            .fact("API version", "the service", &versions)
            .unwrap_or_default(),
        description: ctx.text("overview (info.description)", "", &overviews),
        lifecycle: merge_lifecycle(
            ctx,
            "lifecycle of the API version",
            &cands
                .iter()
                .map(|c| Stated {
                    value: c.item.info.lifecycle.as_ref(),
                    src: c.src,
                    at: c.at.clone(),
                })
                .collect::<Vec<_>>(),
        ),
        source: cands.iter().find_map(|c| c.item.info.source.clone()),
        also_stated_at: Vec::new(),
        extra: Default::default(),
    };
    doc.info.extra = merge_extra(
        ctx,
        "info",
        cands.iter().map(|c| (&c.item.info.extra, c.src, &c.at)),
    );
    doc.info.also_stated_at = also_stated_at(&cands, doc.info.source.as_ref(), |d| {
        (&d.info.source, &d.info.also_stated_at)
    });
    ctx.fact("provider", "the service", &providers);
    doc.provider = cands.iter().find_map(|c| c.item.provider);
    doc.service_key = ctx.fact("service key", "the service", &keys);
    let wanted = ctx.options.language.as_str();
    doc.language = if docs.iter().any(|d| d.language.as_deref() == Some(wanted)) {
        Some(wanted.to_owned())
    } else {
        docs.iter().find_map(|d| d.language.clone())
    };
    for d in docs {
        for s in &d.source_documents {
            if !doc.source_documents.contains(s) {
                doc.source_documents.push(s.clone());
            }
        }
    }
    doc.servers = merge_servers(ctx, &cands);
    doc.paths = merge_paths(ctx, &cands);
    doc.components = merge_components(ctx, &cands);
    for d in docs {
        for req in &d.security {
            if !doc.security.contains(req) {
                doc.security.push(req.clone());
            }
        }
    }
    doc.extra = merge_extra(
        ctx,
        "the document",
        cands.iter().map(|c| (&c.item.extra, c.src, &c.at)),
    );
    doc
}

/// A lifecycle: status and date are facts, the date's label is a text (its language follows
/// the document's).
pub fn merge_lifecycle(
    ctx: &mut Ctx<'_>,
    what: &str,
    stated: &[Stated<'_, &Lifecycle>],
) -> Option<Lifecycle> {
    let present: Vec<&Stated<'_, &Lifecycle>> =
        stated.iter().filter(|s| s.value.is_some()).collect();
    let first = present.first()?;
    let at = |s: &Stated<'_, &Lifecycle>| {
        s.value
            .and_then(|l| l.source.clone())
            .unwrap_or_else(|| s.at.clone())
    };
    let field = |get: &dyn Fn(&Lifecycle) -> Option<String>| -> Vec<Stated<'_, String>> {
        present
            .iter()
            .map(|s| Stated {
                value: s.value.and_then(get),
                src: s.src,
                at: at(s),
            })
            .collect()
    };
    Some(Lifecycle {
        status: ctx
            .fact("status", what, &field(&|l| Some(l.status.clone())))
            .unwrap_or_default(),
        date: ctx.fact("date", what, &field(&|l| l.date.clone())),
        date_label: ctx.text("date label", what, &field(&|l| l.date_label.clone())),
        source: first.value.and_then(|l| l.source.clone()),
    })
}

/// Servers: the union by URL; variables merged (default a fact, enum the union), the
/// (environment, region) pairs the union.
fn merge_servers(ctx: &mut Ctx<'_>, cands: &[At<'_, OpenApi>]) -> Vec<Server> {
    let mut out: Vec<Server> = Vec::new();
    let mut firsts: Vec<SourceRef> = Vec::new();
    for c in cands {
        for s in &c.item.servers {
            let at = s.source.clone().unwrap_or_else(|| c.at.clone());
            let Some(i) = out.iter().position(|o| o.url == s.url) else {
                out.push(s.clone());
                firsts.push(at);
                continue;
            };
            let kept = &mut out[i];
            for (name, var) in &s.variables {
                let what = format!("server variable `{name}` of {}", s.url);
                match kept.variables.get_mut(name) {
                    None => {
                        kept.variables.insert(name.clone(), var.clone());
                    }
                    Some(k) => merge_variable(ctx, &what, k, (&firsts[i], var, &at)),
                }
            }
            for pair in &s.environment_regions {
                let known = kept
                    .environment_regions
                    .iter()
                    .any(|k| k.environment == pair.environment && k.region == pair.region);
                if !known {
                    kept.environment_regions.push(pair.clone());
                }
            }
            if kept.description.is_none() {
                kept.description.clone_from(&s.description);
            }
            for (k, v) in &s.extra {
                kept.extra.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
    }
    out
}

fn merge_variable(
    ctx: &mut Ctx<'_>,
    what: &str,
    kept: &mut ServerVariable,
    other: (&SourceRef, &ServerVariable, &SourceRef),
) {
    let (kept_at, var, at) = other;
    if kept.default != var.default {
        ctx.conflict(
            "default",
            what,
            (&kept.default, kept_at),
            (&var.default, at),
            crate::rules::FIRST_SOURCE_WINS,
        );
    }
    for v in &var.enum_values {
        if !kept.enum_values.contains(v) {
            kept.enum_values.push(v.clone());
        }
    }
    if kept.description.is_none() {
        kept.description.clone_from(&var.description);
    }
}

/// A path template with its parameter names blanked, so `/x/{id}` and `/x/{cluster_id}` meet.
fn path_shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for ch in path.chars() {
        match ch {
            '{' => {
                in_param = true;
                out.push('{');
            }
            '}' => {
                in_param = false;
                out.push('}');
            }
            _ if in_param => {}
            _ => out.push(ch),
        }
    }
    out
}

/// Operations: merged by (method, path); paths that differ only in parameter names are the
/// same operation, reported as a conflict on the path.
fn merge_paths(ctx: &mut Ctx<'_>, cands: &[At<'_, OpenApi>]) -> IndexMap<String, PathItem> {
    type Group<'a> = Vec<(&'a str, At<'a, Operation>)>;
    let mut groups: IndexMap<(String, Method), Group<'_>> = IndexMap::new();
    for c in cands {
        for (path, method, op) in c.item.operations() {
            let at = op.source.clone().unwrap_or_else(|| c.at.clone());
            groups.entry((path_shape(path), method)).or_default().push((
                path,
                At {
                    item: op,
                    src: c.src,
                    at,
                },
            ));
        }
    }
    let mut paths: IndexMap<String, PathItem> = IndexMap::new();
    for ((_, method), group) in groups {
        let (path, _) = group[0];
        let what = format!("{} {path}", method.as_str());
        let path_stated: Vec<Stated<'_, String>> = group
            .iter()
            .map(|(p, c)| Stated {
                value: Some((*p).to_owned()),
                src: c.src,
                at: c.at.clone(),
            })
            .collect();
        ctx.fact("path", &what, &path_stated);
        let ops: Vec<At<'_, Operation>> = group.into_iter().map(|(_, c)| c).collect();
        let op = merge_operation(ctx, &what, &ops);
        *paths.entry(path.to_owned()).or_default().slot_mut(method) = Some(op);
    }
    // Path-level extensions: the union (first source wins).
    for c in cands {
        for (path, item) in &c.item.paths {
            if let Some(kept) = paths.get_mut(path) {
                for (k, v) in &item.extra {
                    kept.extra.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
        }
    }
    paths
}

/// Models: the union by name, models stated by several sources merged field by field.
/// Security schemes: the union by name, each field a fact.
fn merge_components(ctx: &mut Ctx<'_>, cands: &[At<'_, OpenApi>]) -> Components {
    let mut schemas = IndexMap::new();
    for name in union_keys(cands.iter().map(|c| c.item.components.schemas.keys())) {
        let having = schemas_of(cands, |d| d.components.schemas.get(name));
        schemas.insert(
            name.clone(),
            merge_schema(ctx, &format!("model `{name}`"), &having),
        );
    }
    let mut security_schemes: IndexMap<String, SecurityScheme> = IndexMap::new();
    for name in union_keys(
        cands
            .iter()
            .map(|c| c.item.components.security_schemes.keys()),
    ) {
        let having: Vec<At<'_, SecurityScheme>> = cands
            .iter()
            .filter_map(|c| {
                c.item.components.security_schemes.get(name).map(|s| At {
                    item: s,
                    src: c.src,
                    at: c.at.clone(),
                })
            })
            .collect();
        let what = format!("security scheme `{name}`");
        let scheme = SecurityScheme {
            scheme_type: ctx
                .fact(
                    "type",
                    &what,
                    &collect(&having, |s| Some(s.scheme_type.clone())),
                )
                .unwrap_or_default(),
            description: ctx.text(
                "description",
                &what,
                &collect(&having, |s| s.description.clone()),
            ),
            name: ctx.fact("header name", &what, &collect(&having, |s| s.name.clone())),
            location: ctx.fact("location", &what, &collect(&having, |s| s.location.clone())),
            signing: ctx.fact("signing", &what, &collect(&having, |s| s.signing.clone())),
            extra: merge_extra(
                ctx,
                &what,
                having.iter().map(|c| (&c.item.extra, c.src, &c.at)),
            ),
        };
        security_schemes.insert(name.clone(), scheme);
    }
    Components {
        schemas,
        security_schemes,
    }
}
