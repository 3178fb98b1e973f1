//! Merging one operation (same method and path) stated by several sources.

use docsdk_spec::{Ext, Extra, ExtraExt, Operation, Parameter, RequestBody};
use serde_json::Value;

use crate::bodies::{merge_request_body, merge_responses};
use crate::ctx::{Ctx, Stated};
use crate::item::{At, also_stated_at, at_of, collect, other_values, schemas_of, without};
use crate::schema::{merge_extra, merge_schema};

/// Whether an operation's id was derived (not stated) by its reader.
fn is_derived(op: &Operation) -> bool {
    op.extra.ext(Ext::OPERATION_ID_DERIVED) == Some(&Value::Bool(true))
}

/// Merges the statements of one operation (`what` = `GET /v1/x`).
pub fn merge_operation(ctx: &mut Ctx<'_>, what: &str, cands: &[At<'_, Operation>]) -> Operation {
    if let [only] = cands {
        return only.item.clone();
    }
    // A stated title (and its operationId) wins over a derived id; among equals, source order.
    let mut by_title: Vec<&At<'_, Operation>> =
        cands.iter().filter(|c| !is_derived(c.item)).collect();
    let derived_ids = by_title.is_empty();
    by_title.extend(cands.iter().filter(|c| is_derived(c.item)));
    let id_stated: Vec<Stated<'_, String>> = by_title
        .iter()
        .filter(|c| derived_ids || !is_derived(c.item))
        .map(|c| c.stated(c.item.operation_id.clone()))
        .collect();
    let mut op = Operation {
        operation_id: ctx.fact("operationId", what, &id_stated),
        summary: ctx.text("summary", what, &collect(cands, |o| o.summary.clone())),
        description: ctx.text(
            "description",
            what,
            &collect(cands, |o| o.description.clone()),
        ),
        ..Operation::default()
    };
    for c in cands {
        for t in &c.item.tags {
            if !op.tags.contains(t) {
                op.tags.push(t.clone());
            }
        }
    }
    op.parameters = merge_parameters(ctx, what, cands);
    let bodies: Vec<At<'_, RequestBody>> = cands
        .iter()
        .filter_map(|c| {
            c.item
                .request_body
                .as_ref()
                .map(|b| at_of(b, b.source.as_ref(), c))
        })
        .collect();
    if !bodies.is_empty() {
        op.request_body = Some(merge_request_body(
            ctx,
            &format!("request body of {what}"),
            &bodies,
        ));
    }
    op.responses = merge_responses(ctx, what, cands);
    op.deprecated = ctx
        .fact(
            "deprecated flag",
            what,
            &collect(cands, |o| Some(o.deprecated)),
        )
        .unwrap_or(false);
    op.security = ctx.fact("security", what, &collect(cands, |o| o.security.clone()));
    op.source = cands.iter().find_map(|c| c.item.source.clone());
    op.also_stated_at = also_stated_at(cands, op.source.as_ref(), |o| {
        (&o.source, &o.also_stated_at)
    });
    op.lifecycle = crate::document::merge_lifecycle(
        ctx,
        &format!("lifecycle of {what}"),
        &collect(cands, |o| o.lifecycle.as_ref()),
    );
    op.api_version_header = ctx.fact(
        "API version header",
        what,
        &collect(cands, |o| {
            o.api_version_header
                .as_ref()
                .map(|h| docsdk_spec::HeaderValue {
                    source: None,
                    ..h.clone()
                })
        }),
    );
    if let Some(h) = op.api_version_header.as_mut() {
        h.source = cands.iter().find_map(|c| {
            c.item
                .api_version_header
                .as_ref()
                .and_then(|h| h.source.clone())
        });
    }
    let requests: Vec<Stated<'_, &docsdk_spec::ExampleRequest>> = cands
        .iter()
        .map(|c| Stated {
            value: c.item.example_request.as_ref(),
            src: c.src,
            at: c
                .item
                .example_request
                .as_ref()
                .and_then(|r| r.source.clone())
                .unwrap_or_else(|| c.at.clone()),
        })
        .collect();
    if let Some(i) = ctx.example(&requests, |a, b| strip_sources(a) == strip_sources(b)) {
        let kept = requests[i].value.cloned();
        let others = other_values(&requests, i, |r| {
            serde_json::to_value(strip_sources(r)).ok()
        });
        op.example_request = kept;
        if !others.is_empty() {
            op.extra
                .set_ext(Ext::OTHER_EXAMPLE_REQUESTS, Value::Array(others));
        }
    }
    // Extensions, except the derived-id marker, which follows the kept id.
    let stripped: Vec<Extra> = cands
        .iter()
        .map(|c| {
            let mut e = c.item.extra.clone();
            e.remove_ext(Ext::OPERATION_ID_DERIVED);
            e.remove_ext(Ext::OTHER_EXAMPLE_REQUESTS);
            e
        })
        .collect();
    let mut extra = merge_extra(
        ctx,
        what,
        stripped.iter().zip(cands).map(|(e, c)| (e, c.src, &c.at)),
    );
    extra.append(&mut op.extra);
    if derived_ids && op.operation_id.is_some() {
        extra.set_ext(Ext::OPERATION_ID_DERIVED, Value::Bool(true));
    }
    op.extra = extra;
    op
}

/// Example requests compared without their locations (two sources print the same example on
/// different lines).
fn strip_sources(r: &docsdk_spec::ExampleRequest) -> docsdk_spec::ExampleRequest {
    docsdk_spec::ExampleRequest {
        source: None,
        headers: r
            .headers
            .iter()
            .map(|h| docsdk_spec::HeaderValue {
                source: None,
                ..h.clone()
            })
            .collect(),
        ..r.clone()
    }
}

/// Parameters: the union by (location, name), in order of first appearance.
fn merge_parameters(ctx: &mut Ctx<'_>, what: &str, cands: &[At<'_, Operation>]) -> Vec<Parameter> {
    let mut keys: Vec<(docsdk_spec::ParameterLocation, &str)> = Vec::new();
    for c in cands {
        for p in &c.item.parameters {
            if !keys.contains(&(p.location, p.name.as_str())) {
                keys.push((p.location, &p.name));
            }
        }
    }
    keys.into_iter()
        .map(|(location, name)| {
            let having: Vec<At<'_, Parameter>> = cands
                .iter()
                .filter_map(|c| {
                    let p = c
                        .item
                        .parameters
                        .iter()
                        .find(|p| p.location == location && p.name == name)?;
                    Some(at_of(p, p.source.as_ref(), c))
                })
                .collect();
            let what = format!("parameter `{name}` ({}) of {what}", location.as_str());
            merge_parameter(ctx, &what, &having)
        })
        .collect()
}

fn merge_parameter(ctx: &mut Ctx<'_>, what: &str, cands: &[At<'_, Parameter>]) -> Parameter {
    let first = cands[0].item;
    if cands.len() == 1 {
        return first.clone();
    }
    let schemas = schemas_of(cands, |p| p.schema.as_ref());
    let examples = collect(cands, |p| p.example.as_ref());
    let mut p = Parameter {
        name: first.name.clone(),
        location: first.location,
        description: ctx.text(
            "description",
            what,
            &collect(cands, |p| p.description.clone()),
        ),
        required: ctx
            .fact("required flag", what, &collect(cands, |p| Some(p.required)))
            .unwrap_or(false),
        deprecated: ctx
            .fact(
                "deprecated flag",
                what,
                &collect(cands, |p| Some(p.deprecated)),
            )
            .unwrap_or(false),
        style: ctx.fact("style", what, &collect(cands, |p| p.style.clone())),
        explode: ctx.fact("explode", what, &collect(cands, |p| p.explode)),
        schema: (!schemas.is_empty()).then(|| merge_schema(ctx, what, &schemas)),
        example: None,
        source: cands.iter().find_map(|c| c.item.source.clone()),
        also_stated_at: Vec::new(),
        extra: Extra::new(),
    };
    let others = ctx.example(&examples, |a, b| a == b).map(|i| {
        p.example = examples[i].value.cloned();
        other_values(&examples, i, |v| Some((*v).clone()))
    });
    let stripped: Vec<Extra> = cands
        .iter()
        .map(|c| without(&c.item.extra, &[Ext::OTHER_EXAMPLES.as_str()]))
        .collect();
    p.extra = merge_extra(
        ctx,
        what,
        stripped.iter().zip(cands).map(|(e, c)| (e, c.src, &c.at)),
    );
    if let Some(others) = others.filter(|o| !o.is_empty()) {
        p.extra.set_ext(Ext::OTHER_EXAMPLES, Value::Array(others));
    }
    p.also_stated_at = also_stated_at(cands, p.source.as_ref(), |x| (&x.source, &x.also_stated_at));
    p
}
