//! Merging request bodies, responses and their media types.

use std::collections::BTreeSet;

use docsdk_spec::{Ext, Extra, ExtraExt, MediaType, Operation, RequestBody, Response, SourceRef};
use indexmap::IndexMap;
use serde_json::Value;

use crate::ctx::{Ctx, Src};
use crate::item::{
    At, also_stated_at, at_of, collect, other_values, schemas_of, union_keys, without,
};
use crate::rules;
use crate::schema::{merge_extra, merge_schema};

pub(crate) fn merge_request_body(
    ctx: &mut Ctx<'_>,
    what: &str,
    cands: &[At<'_, RequestBody>],
) -> RequestBody {
    if let [only] = cands {
        return only.item.clone();
    }
    let mut body = RequestBody {
        description: ctx.text(
            "description",
            what,
            &collect(cands, |b| b.description.clone()),
        ),
        content: merge_content(
            ctx,
            what,
            &cands
                .iter()
                .map(|c| (&c.item.content, c.src, c.at.clone()))
                .collect::<Vec<_>>(),
        ),
        required: ctx
            .fact("required flag", what, &collect(cands, |b| Some(b.required)))
            .unwrap_or(false),
        source: cands.iter().find_map(|c| c.item.source.clone()),
        also_stated_at: Vec::new(),
        extra: Extra::new(),
    };
    body.extra = merge_extra(
        ctx,
        what,
        cands.iter().map(|c| (&c.item.extra, c.src, &c.at)),
    );
    body.also_stated_at = also_stated_at(cands, body.source.as_ref(), |b| {
        (&b.source, &b.also_stated_at)
    });
    body
}

/// Media types: the union by name; schema merged; the example by language preference, the
/// other differing examples kept in `x-other-examples`.
pub(crate) fn merge_content(
    ctx: &mut Ctx<'_>,
    what: &str,
    cands: &[(&IndexMap<String, MediaType>, Src<'_>, SourceRef)],
) -> IndexMap<String, MediaType> {
    let names = union_keys(cands.iter().map(|(content, _, _)| content.keys()));
    let mut out = IndexMap::new();
    for name in names {
        let having: Vec<At<'_, MediaType>> = cands
            .iter()
            .filter_map(|(content, src, at)| {
                content.get(name).map(|m| At {
                    item: m,
                    src: *src,
                    at: m.example_source.clone().unwrap_or_else(|| at.clone()),
                })
            })
            .collect();
        let what = format!("{name} body of {what}");
        let schemas = schemas_of(&having, |m| m.schema.as_ref());
        let mut media = MediaType {
            schema: (!schemas.is_empty()).then(|| merge_schema(ctx, &what, &schemas)),
            ..MediaType::default()
        };
        let examples = collect(&having, |m| m.example.as_ref());
        let mut kept_extra = Extra::new();
        let mut others = Vec::new();
        if let Some(i) = ctx.example(&examples, |a, b| a == b) {
            let kept = &having[i];
            media.example = kept.item.example.clone();
            media.example_source = kept.item.example_source.clone();
            if let Some(flag) = kept.item.extra.get(Ext::EXAMPLE_IS_TEXT.as_str()) {
                kept_extra.insert(Ext::EXAMPLE_IS_TEXT.into(), flag.clone());
            }
            others = other_values(&examples, i, |v| Some((*v).clone()));
        }
        let stripped: Vec<Extra> = having
            .iter()
            .map(|c| {
                without(
                    &c.item.extra,
                    &[Ext::EXAMPLE_IS_TEXT.as_str(), Ext::OTHER_EXAMPLES.as_str()],
                )
            })
            .collect();
        media.extra = merge_extra(
            ctx,
            &what,
            stripped.iter().zip(&having).map(|(e, c)| (e, c.src, &c.at)),
        );
        media.extra.append(&mut kept_extra);
        if !others.is_empty() {
            media
                .extra
                .set_ext(Ext::OTHER_EXAMPLES, Value::Array(others));
        }
        out.insert(name.clone(), media);
    }
    out
}

/// Responses: the union of codes (first appearance order). Sources that disagree on the
/// success (2xx) codes are reported; every code is kept.
pub(crate) fn merge_responses(
    ctx: &mut Ctx<'_>,
    what: &str,
    cands: &[At<'_, Operation>],
) -> IndexMap<String, Response> {
    let success = |o: &Operation| -> BTreeSet<String> {
        o.responses
            .keys()
            .filter(|k| k.starts_with('2'))
            .cloned()
            .collect()
    };
    let stating: Vec<&At<'_, Operation>> = cands
        .iter()
        .filter(|c| !success(c.item).is_empty())
        .collect();
    if let Some(first) = stating.first() {
        let codes = success(first.item);
        for other in &stating[1..] {
            let theirs = success(other.item);
            if theirs != codes {
                let kept: Vec<&String> = codes.iter().collect();
                let other_codes: Vec<&String> = theirs.iter().collect();
                ctx.conflict(
                    "success status codes",
                    what,
                    (&kept, &first.at),
                    (&other_codes, &other.at),
                    rules::RESPONSE_CODES_UNION,
                );
            }
        }
    }
    let codes = union_keys(cands.iter().map(|c| c.item.responses.keys()));
    let mut out = IndexMap::new();
    for code in codes {
        let having: Vec<At<'_, Response>> = cands
            .iter()
            .filter_map(|c| {
                c.item
                    .responses
                    .get(code)
                    .map(|r| at_of(r, r.source.as_ref(), c))
            })
            .collect();
        let what = format!("response {code} of {what}");
        out.insert(code.clone(), merge_response(ctx, &what, &having));
    }
    out
}

fn merge_response(ctx: &mut Ctx<'_>, what: &str, cands: &[At<'_, Response>]) -> Response {
    if let [only] = cands {
        return only.item.clone();
    }
    let mut headers = IndexMap::new();
    for c in cands {
        for (k, h) in &c.item.headers {
            headers.entry(k.clone()).or_insert_with(|| h.clone());
        }
    }
    let mut r = Response {
        // An empty description means "not stated" (a reader that saw only an example).
        description: ctx
            .text(
                "description",
                what,
                &collect(cands, |r| Some(r.description.clone())),
            )
            .unwrap_or_default(),
        headers,
        content: merge_content(
            ctx,
            what,
            &cands
                .iter()
                .map(|c| (&c.item.content, c.src, c.at.clone()))
                .collect::<Vec<_>>(),
        ),
        source: cands.iter().find_map(|c| c.item.source.clone()),
        also_stated_at: Vec::new(),
        extra: Extra::new(),
    };
    r.extra = merge_extra(
        ctx,
        what,
        cands.iter().map(|c| (&c.item.extra, c.src, &c.at)),
    );
    r.also_stated_at = also_stated_at(cands, r.source.as_ref(), |x| (&x.source, &x.also_stated_at));
    r
}
