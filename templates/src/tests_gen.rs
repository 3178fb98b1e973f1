//! `tests/generated.rs` of each crate: documented examples against the types, and one
//! request per operation and version against a local wiremock server.

use std::collections::HashSet;

use docsdk_spec::{ParameterLocation, Provider, Schema};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::examples::{Verdict, check, synthesize};
use crate::models::{Gen, id};
use crate::operations::{Body, Builder};
use crate::paging::{ListKind, PagingType};
use crate::plan::{OpAt, OpGroup};
use crate::responses::Status;
use crate::rust_type::{Prim, RustType};

/// One operation at one version, as the tests call it.
pub struct Case<'b, 'a> {
    /// The operation.
    pub group: &'b OpGroup<'a>,
    /// The version.
    pub at: &'b OpAt<'a>,
    /// Its builder.
    pub builder: &'b Builder<'a>,
    /// `client.list_clusters()` or `client.v1_0().list_clusters()`, minus `client`.
    pub call: TokenStream,
}

/// The helpers and wiremock matchers the emitted tests call, recorded where the calls are
/// emitted, so the test file defines and imports exactly those.
#[derive(Clone, Copy, Debug, Default)]
struct TestUses {
    round_trips: bool,
    deserializes: bool,
    rejects: bool,
    sent_body: bool,
    same: bool,
    header: bool,
    query_param: bool,
    query_param_is_missing: bool,
    body_partial_json: bool,
    /// `client(&server)` with `method` and `path` matchers: a request or paging test.
    server: bool,
}

impl std::ops::BitOrAssign for TestUses {
    fn bitor_assign(&mut self, o: Self) {
        self.round_trips |= o.round_trips;
        self.deserializes |= o.deserializes;
        self.rejects |= o.rejects;
        self.sent_body |= o.sent_body;
        self.same |= o.same;
        self.header |= o.header;
        self.query_param |= o.query_param;
        self.query_param_is_missing |= o.query_param_is_missing;
        self.body_partial_json |= o.body_partial_json;
        self.server |= o.server;
    }
}

/// A request a test expects: a query parameter or a header with this value.
#[derive(Clone)]
struct Matcher {
    header: bool,
    name: String,
    value: String,
}

impl Matcher {
    /// `.and(query_param(..))` or `.and(header(..))`, recorded in `uses`.
    fn tokens(&self, uses: &mut TestUses) -> TokenStream {
        let (name, value) = (&self.name, &self.value);
        if self.header {
            uses.header = true;
            quote!(.and(header(#name, #value)))
        } else {
            uses.query_param = true;
            quote!(.and(query_param(#name, #value)))
        }
    }
}

/// Renders the test file; returns it and the warnings about examples.
pub fn render(
    g: &Gen<'_, '_>,
    krate: &str,
    provider: Option<Provider>,
    cases: &[Case<'_, '_>],
) -> (TokenStream, Vec<String>) {
    let plan = g.plan;
    let krate = id(krate);
    let mut tests = Vec::new();
    let mut warnings = Vec::new();
    let mut seen: HashSet<(RustType, String)> = HashSet::new();
    let mut uses = TestUses::default();
    for case in cases {
        let (group, at, b) = (case.group, case.at, case.builder);
        let vmod = &plan.versions[at.vi].module;
        let ext = |ty: &RustType| ty.outside(plan, &krate);
        let allow = at.deprecated.then(|| quote!(#[allow(deprecated, reason = "deprecated API versions stay tested until they are removed")]));
        let label = format!("`{}` {}", group.name, plan.versions[at.vi].name);
        let mut example_test = |what: String,
                                ty: &RustType,
                                schema: &Schema,
                                example: &Value,
                                tests: &mut Vec<TokenStream>,
                                uses: &mut TestUses| {
            let json = example.to_string();
            if !seen.insert((ty.clone(), json.clone())) {
                return;
            }
            let ty = ext(ty);
            let literal = json_literal(&json);
            let name = format_ident!("{}_{}_{}", group.name, vmod, what);
            let (helper, doc) = match check(plan, schema, at.vi, example) {
                Verdict::RoundTrips => (
                    {
                        uses.round_trips = true;
                        quote!(round_trips)
                    },
                    format!(
                        " The documented {label} {what} example deserializes and serializes back."
                    ),
                ),
                Verdict::Lossy(why) => {
                    warnings.push(format!(
                        "{label} {what} example: {why}; tested to deserialize only"
                    ));
                    uses.deserializes = true;
                    (
                        quote!(deserializes),
                        format!(" The documented {label} {what} example deserializes ({why})."),
                    )
                }
                Verdict::Rejected(why) => {
                    warnings.push(format!("{label} {what} example contradicts the schema: {why}; tested to be rejected"));
                    uses.rejects = true;
                    (
                        quote!(rejects),
                        format!(
                            " The documented {label} {what} example contradicts the schema ({why}), so the strict type rejects it."
                        ),
                    )
                }
            };
            tests.push(quote! {
                #[doc = #doc]
                #[test]
                fn #name() { #helper::<#ty>(#literal); }
            });
        };
        for (code, response) in &at.op.responses {
            for media in response.content.values() {
                let (Some(example), Some(schema)) = (&media.example, &media.schema) else {
                    continue;
                };
                if media
                    .extra
                    .get(docsdk_spec::Ext::EXAMPLE_IS_TEXT.as_str())
                    .is_some_and(|v| v == &Value::Bool(true))
                {
                    continue;
                }
                let ty = match (
                    schema.referenced_name().and_then(|n| plan.def(n, at.vi)),
                    &b.response,
                ) {
                    (Some(def), _) => RustType::Model {
                        module: def.module,
                        ident: def.ident.clone(),
                    },
                    (None, Some((ty, _))) if b.success.map(|(s, _)| s) == Status::parse(code) => {
                        ty.clone()
                    }
                    _ => continue,
                };
                example_test(
                    format!("response_{}", code.to_ascii_lowercase()),
                    &ty,
                    schema,
                    example,
                    &mut tests,
                    &mut uses,
                );
            }
        }
        let body_example = at.op.request_body.as_ref().and_then(|rb| {
            rb.content.values().find_map(|m| {
                m.example.clone().filter(|_| {
                    !m.extra
                        .contains_key(docsdk_spec::Ext::EXAMPLE_IS_TEXT.as_str())
                })
            })
        });
        let body_example = body_example.or_else(|| {
            at.op
                .example_request
                .as_ref()
                .and_then(|e| e.body.clone())
                .filter(|b| b.is_object() || b.is_array())
        });
        let body_schema = at
            .op
            .request_body
            .as_ref()
            .and_then(crate::plan::body_schema);
        let body_ty = match &b.body {
            Body::Fields { ty, .. } | Body::Whole { ty, .. } => Some(ty),
            Body::None => None,
        };
        let mut chosen_body = None;
        if let (Some(example), Some(schema), Some(ty)) = (&body_example, body_schema, &body_ty) {
            example_test(
                "request_body".to_owned(),
                ty,
                schema,
                example,
                &mut tests,
                &mut uses,
            );
            if check(plan, schema, at.vi, example) == Verdict::RoundTrips {
                chosen_body = Some(example.clone());
            }
        }
        if chosen_body.is_none() {
            chosen_body = body_schema.and_then(|s| synthesize(plan, s, at.vi, 0));
        }
        if let Some((t, used)) = stream_test(g, case, &krate, chosen_body.as_ref()) {
            tests.push(t);
            uses |= used;
        }
        match request_test(g, case, &krate, chosen_body) {
            Some((t, used)) => {
                tests.push(quote!(#allow #t));
                uses |= used;
            }
            None => warnings.push(format!("{label}: no request test (no valid value could be made for a parameter or the body)")),
        }
    }
    let credentials = match provider {
        Some(Provider::Otc) => quote!(docsdk_runtime::OtcToken::new("token")),
        _ => quote!(docsdk_runtime::ScpCredentials::new(
            "access-key",
            "secret-key"
        )),
    };
    let body = quote!(#(#tests)*);
    let helper = |used: bool, item: TokenStream| used.then_some(item);
    let round_trips = helper(
        uses.round_trips,
        quote! {
            fn round_trips<T: Serialize + DeserializeOwned>(json: &str) {
                let original: Value = v(json);
                let typed: T = v(json);
                let back = serde_json::to_value(&typed).expect("serializes");
                assert!(same(&original, &back), "lost or changed a field:\n{original}\n{back}");
            }
        },
    );
    let deserializes = helper(
        uses.deserializes,
        quote! {
            fn deserializes<T: DeserializeOwned>(json: &str) {
                let _: T = v(json);
            }
        },
    );
    let rejects = helper(
        uses.rejects,
        quote! {
            fn rejects<T: DeserializeOwned>(json: &str) {
                assert!(serde_json::from_str::<T>(json).is_err(), "accepted {json}");
            }
        },
    );
    let sent_body = helper(
        uses.sent_body,
        quote! {
            async fn sent_body(server: &MockServer) -> Value {
                let requests = server.received_requests().await.expect("recording is on");
                serde_json::from_slice(&requests[0].body).expect("a JSON body")
            }
        },
    );
    let same = (uses.same || uses.round_trips).then(|| quote! {
        /// Equal as JSON, where an absent field equals `null` and numbers compare by value.
        fn same(a: &Value, b: &Value) -> bool {
            match (a, b) {
                (Value::Object(x), Value::Object(y)) => x.keys().chain(y.keys()).all(|k| {
                    same(x.get(k).unwrap_or(&Value::Null), y.get(k).unwrap_or(&Value::Null))
                }),
                (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q)),
                (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
                _ => a == b,
            }
        }
    });
    let serialize = round_trips.is_some().then(|| {
        quote!(
            use serde::Serialize;
        )
    });
    let value = same.is_some().then(|| {
        quote!(
            use serde_json::Value;
        )
    });
    let matchers: Vec<TokenStream> = [
        ("header", uses.header),
        ("method", uses.server),
        ("path", uses.server),
        ("query_param", uses.query_param),
        ("query_param_is_missing", uses.query_param_is_missing),
        ("body_partial_json", uses.body_partial_json),
    ]
    .into_iter()
    .filter(|(_, used)| *used)
    .map(|(m, _)| {
        let m = id(m);
        quote!(#m)
    })
    .collect();
    let project =
        (provider == Some(Provider::Otc)).then(|| quote!(.project_id(#CONFIG_PROJECT_ID)));
    let server = uses.server.then(|| {
        quote! {
            use wiremock::matchers::{#(#matchers),*};
            use wiremock::{Mock, MockServer, ResponseTemplate};
            fn client(server: &MockServer) -> #krate::Client {
                let config = docsdk_runtime::Config::builder()
                    .credentials(#credentials)
                    #project
                    .endpoint_url(server.uri())
                    .retry(docsdk_runtime::RetryConfig::disabled())
                    .build()
                    .expect("test config");
                #krate::Client::with_endpoint(config).expect("test client")
            }
        }
    });
    let file = quote! {
        #![doc = " Generated tests: every documented example against its type, and one request per operation and API version against a local server."]
        #serialize
        use serde::de::DeserializeOwned;
        #value

        /// Parses a test value.
        fn v<T: DeserializeOwned>(json: &str) -> T {
            serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
        }
        #same #round_trips #deserializes #rejects #server #sent_body
        #body
    };
    (file, warnings)
}

/// The project id of the generated tests' client config, which fills `{project_id}` paths.
const CONFIG_PROJECT_ID: &str = "project-from-config";

/// Text a value has in a URL or header.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Setters, matchers and the expected path for every parameter except `skip`.
fn params(
    g: &Gen<'_, '_>,
    case: &Case<'_, '_>,
    krate: &Ident,
    skip: &[&str],
) -> Option<(Vec<Matcher>, Vec<TokenStream>, String)> {
    let plan = g.plan;
    let (at, b) = (case.at, case.builder);
    let ext = |ty: &RustType| ty.outside(plan, krate);
    let mut matchers = Vec::new();
    let mut setters = Vec::new();
    let mut url_path = at.path.to_owned();
    for p in b
        .params
        .iter()
        .filter(|p| !skip.contains(&p.ident.as_str()))
    {
        // Left unset: the test client's configured project id must fill it.
        if p.from_client {
            url_path = url_path.replace(&format!("{{{}}}", p.wire), CONFIG_PROJECT_ID);
            continue;
        }
        let value = match p.schema {
            Some(s) => {
                // The documented default is the most realistic value (`application/json`).
                let default = s.default.clone().filter(|d| {
                    crate::examples::check(plan, s, at.vi, d)
                        == crate::examples::Verdict::RoundTrips
                        && !d.is_null()
                });
                let mut value = match default {
                    Some(d) => d,
                    None => synthesize(plan, s, at.vi, 0)?,
                };
                // A path value must not need percent-encoding: prefer a URL-safe enum value.
                if let (ParameterLocation::Path, crate::shape::Shape::Enum(values)) =
                    (p.location, crate::shape::classify(s).shape)
                    && let Some(safe) = values.iter().find(|v| {
                        v.chars()
                            .all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c))
                    })
                {
                    value = Value::from(safe.clone());
                }
                value
            }
            None => Value::from("example"),
        };
        // Parameters that are not scalars in the spec are sent as strings.
        let value = if p.ty.is(Prim::String) && !value.is_string() {
            Value::from("example")
        } else {
            value
        };
        let (f, ty, wire) = (id(&p.ident), ext(&p.ty), &p.wire);
        let json = json_literal(&value.to_string());
        setters.push(quote!(.#f(v::<#ty>(#json))));
        let items: Vec<Value> = match &value {
            Value::Array(items) if p.array => items.clone(),
            other => vec![other.clone()],
        };
        for item in items {
            let t = text(&item);
            match p.location {
                ParameterLocation::Path => url_path = url_path.replace(&format!("{{{wire}}}"), &t),
                location => matchers.push(Matcher {
                    header: location != ParameterLocation::Query,
                    name: wire.clone(),
                    value: t,
                }),
            }
        }
    }
    Some((matchers, setters, url_path))
}

/// Setters for the required fields of a builder's JSON body (all but `skip`): the value in
/// `body` (the request test's body: the documented example, else a synthesized one) where it
/// has one, else a synthesized one. `None` when a required field has no valid value.
fn required_body_setters(
    g: &Gen<'_, '_>,
    case: &Case<'_, '_>,
    krate: &Ident,
    body: Option<&Value>,
    skip: &[&str],
) -> Option<Vec<TokenStream>> {
    let (plan, at) = (g.plan, case.at);
    let Body::Fields { fields, .. } = &case.builder.body else {
        return Some(Vec::new());
    };
    let mut setters = Vec::new();
    for bf in fields
        .iter()
        .filter(|bf| bf.field.required && !skip.contains(&bf.ident.as_str()))
    {
        let documented = body
            .and_then(|e| e.get(bf.field.wire))
            .filter(|v| check(plan, bf.field.schema, at.vi, v) == Verdict::RoundTrips);
        let value = match documented {
            Some(v) => v.clone(),
            None => synthesize(plan, bf.field.schema, at.vi, 0)?,
        };
        let (f, ty, json) = (
            id(&bf.ident),
            bf.ty.inner.outside(plan, krate),
            json_literal(&value.to_string()),
        );
        setters.push(quote!(.#f(v::<#ty>(#json))));
    }
    Some(setters)
}

/// For a list operation: two pages (two items, then one) stream as three items.
fn stream_test(
    g: &Gen<'_, '_>,
    case: &Case<'_, '_>,
    krate: &Ident,
    body: Option<&Value>,
) -> Option<(TokenStream, TestUses)> {
    let plan = g.plan;
    let (group, at, b) = (case.group, case.at, case.builder);
    let list = b.list.as_ref()?;
    let (_, param_setters, url_path) = params(g, case, krate, &[&list.page, &list.size])?;
    let (_, schema) = b.response.as_ref()?;
    let mut item = synthesize(plan, list.item_schema, at.vi, 0)?;
    // The marker each request is asked with, when the list pages by marker: none, then the
    // last item's id or the first page's `next_marker`.
    const NEXT: &str = "next-page";
    let second_marker = match &list.kind {
        // Every synthesized item has the same id, the second page is asked after it; items get
        // one even where it is optional (synthesized items hold only the required fields).
        ListKind::Marker(id_field, _) => Some(
            item.as_object_mut()?
                .entry(id_field.trim_end_matches('_'))
                .or_insert_with(|| Value::from("example-id"))
                .as_str()?
                .to_owned(),
        ),
        ListKind::NextMarker(_) => Some(NEXT.to_owned()),
        ListKind::Page | ListKind::Offset => None,
    };
    let page = |n: usize| -> Option<String> {
        let mut body = synthesize(plan, schema, at.vi, 0)?;
        let map = body.as_object_mut()?;
        map.insert(list.items_wire.clone(), Value::Array(vec![item.clone(); n]));
        if let Some(total) = &list.total_wire {
            map.insert(total.clone(), Value::from(3));
        }
        // The first page says there is a next one; the second, short, says there is none.
        if let ListKind::NextMarker(next) = &list.kind {
            let more = n == 2;
            map.insert(
                next.marker.1.clone(),
                Value::from(if more { NEXT } else { "" }),
            );
            if let Some((_, wire, _, text)) = &next.truncated {
                let flag = match text {
                    true => Value::from(more.to_string()),
                    false => Value::from(more),
                };
                map.insert(wire.clone(), flag);
            }
        }
        Some(body.to_string())
    };
    let (first, second) = (page(2)?, page(1)?);
    let (page_wire, size_wire) = (&list.wires.0, &list.wires.1);
    // The page (offset) each request says, and the size: `2`, or `"2"` where the docs give the
    // numbers as strings.
    let number = |n: u32, ty: PagingType| match ty {
        PagingType::Str => Value::from(n.to_string()),
        _ => Value::from(n),
    };
    let (first_page, second_page) = match &list.kind {
        ListKind::Page => (list.first_page, list.first_page + 1),
        _ => (0, 2),
    };
    let mut uses = TestUses {
        server: true,
        ..TestUses::default()
    };
    // What the first and the second request must say about paging.
    let (first_match, second_match, once, mut setters) = if list.in_body {
        uses.body_partial_json = true;
        let partial = |page: Option<Value>| {
            let mut map = serde_json::Map::new();
            if let Some(page) = page {
                map.insert(page_wire.clone(), page);
            }
            map.insert(size_wire.clone(), number(2, list.types.1));
            Value::Object(map).to_string()
        };
        let (a, b, once) = match &second_marker {
            // The first request has no marker, which a partial match cannot say: the first
            // mock answers once, and the second request finds the second mock.
            Some(marker) => (
                partial(None),
                partial(Some(Value::from(marker.clone()))),
                quote!(.up_to_n_times(1)),
            ),
            None => (
                partial(Some(number(first_page, list.types.0))),
                partial(Some(number(second_page, list.types.0))),
                TokenStream::new(),
            ),
        };
        (
            quote!(.and(body_partial_json(v::<serde_json::Value>(#a)))),
            quote!(.and(body_partial_json(v::<serde_json::Value>(#b)))),
            once,
            required_body_setters(g, case, krate, body, &[&list.page, &list.size])?,
        )
    } else {
        uses.query_param = true;
        let (first_match, second_no) = match &second_marker {
            Some(marker) => {
                uses.query_param_is_missing = true;
                (
                    quote!(.and(query_param_is_missing(#page_wire))),
                    marker.clone(),
                )
            }
            None => {
                let first = first_page.to_string();
                (
                    quote!(.and(query_param(#page_wire, #first))),
                    second_page.to_string(),
                )
            }
        };
        (
            quote!(#first_match .and(query_param(#size_wire, "2"))),
            quote!(.and(query_param(#page_wire, #second_no)).and(query_param(#size_wire, "2"))),
            TokenStream::new(),
            Vec::new(),
        )
    };
    setters.splice(0..0, param_setters);
    let two = match list.types.1 {
        PagingType::Str => quote!("2"),
        _ => quote!(2),
    };
    let size = id(&list.size);
    let name = format_ident!(
        "{}_{}_streams_every_page",
        group.name,
        plan.versions[at.vi].module
    );
    let call = &case.call;
    let http = at.method.as_str();
    let allow = at.deprecated.then(|| quote!(#[allow(deprecated, reason = "deprecated API versions stay tested until they are removed")]));
    let test = quote! {
        /// The list helper requests page after page and yields every item.
        #allow
        #[tokio::test]
        async fn #name() {
            let server = MockServer::start().await;
            Mock::given(method(#http)).and(path(#url_path)) #first_match
                .respond_with(ResponseTemplate::new(200u16).set_body_raw(#first, "application/json"))
                #once
                .expect(1)
                .mount(&server)
                .await;
            Mock::given(method(#http)).and(path(#url_path)) #second_match
                .respond_with(ResponseTemplate::new(200u16).set_body_raw(#second, "application/json"))
                .expect(1)
                .mount(&server)
                .await;
            let stream = client(&server) #call #(#setters)* .#size(#two).into_stream();
            let items = docsdk_runtime::collect_all(stream).await.expect("every page");
            assert_eq!(items.len(), 3);
        }
    };
    Some((test, uses))
}

fn request_test(
    g: &Gen<'_, '_>,
    case: &Case<'_, '_>,
    krate: &Ident,
    body: Option<Value>,
) -> Option<(TokenStream, TestUses)> {
    let plan = g.plan;
    let (group, at, b) = (case.group, case.at, case.builder);
    let ext = |ty: &RustType| ty.outside(plan, krate);
    let (mut matchers, mut setters, url_path) = params(g, case, krate, &[])?;
    if let Some(h) = &at.op.api_version_header {
        matchers.push(Matcher {
            header: true,
            name: h.name.clone(),
            value: h.value.clone(),
        });
    }
    let mut uses = TestUses {
        server: true,
        ..TestUses::default()
    };
    let matchers: Vec<TokenStream> = matchers.iter().map(|m| m.tokens(&mut uses)).collect();
    let mut body_check = TokenStream::new();
    match (&b.body, &body) {
        (
            Body::Fields {
                fields,
                flatten: false,
                ..
            },
            Some(Value::Object(map)),
        ) => {
            let mut expected = serde_json::Map::new();
            for bf in fields {
                if let Some(value) = map.get(bf.field.wire).filter(|v| !v.is_null()) {
                    let (f, ty, json) = (
                        id(&bf.ident),
                        ext(&bf.ty.inner),
                        json_literal(&value.to_string()),
                    );
                    setters.push(quote!(.#f(v::<#ty>(#json))));
                    expected.insert(bf.field.wire.to_owned(), value.clone());
                }
            }
            let expected = json_literal(&Value::Object(expected).to_string());
            (uses.sent_body, uses.same) = (true, true);
            body_check = quote! {
                let sent = sent_body(&server).await;
                assert!(same(&sent, &v(#expected)), "sent body {sent}");
            };
        }
        (Body::Whole { ident, ty, .. }, Some(value)) => {
            let (f, ty, json) = (id(ident), ext(ty), json_literal(&value.to_string()));
            setters.push(quote!(.#f(v::<#ty>(#json))));
            (uses.sent_body, uses.same) = (true, true);
            body_check = quote! {
                let sent = sent_body(&server).await;
                assert!(same(&sent, &v(#json)), "sent body {sent}");
            };
        }
        (Body::None, _) => {}
        _ => return None,
    }
    let status: u16 = b.success.map_or(200, |(s, _)| s.example_code());
    let (respond, returned) = match &b.response {
        Some((ty, s)) => {
            let json = json_literal(&synthesize(plan, s, at.vi, 0)?.to_string());
            let ty = ext(ty);
            (
                quote!(ResponseTemplate::new(#status).set_body_raw(#json, "application/json")),
                // The documented body is returned, typed: this does not compile if `send`
                // dropped it, and fails if the body does not decode.
                quote! {
                    let body: #ty = result.expect("the documented body decodes");
                    let _ = body;
                },
            )
        }
        None => (
            quote!(ResponseTemplate::new(#status)),
            quote!(assert!(result.is_ok(), "{result:?}");),
        ),
    };
    let error_test = b.error.as_ref().and_then(|(ty, s, statuses)| {
        let code = statuses.iter().find_map(|s| match s {
            Status::Code(c) if *c >= 400 => Some(*c),
            Status::Range(c) if *c >= 4 => Some(u16::from(*c) * 100),
            Status::Default => Some(500),
            _ => None,
        })?;
        let json = json_literal(&synthesize(plan, s, at.vi, 0)?.to_string());
        let ty = ext(ty);
        let builder_path = builder_path(plan, b, krate);
        Some((code, json, ty, builder_path))
    });
    let http = at.method.as_str();
    let error_test = error_test.map(|(code, json, ty, builder)| {
        let name = format_ident!(
            "{}_{}_returns_documented_error_body",
            group.name,
            plan.versions[at.vi].module
        );
        let call = &case.call;
        let (m2, s2) = (matchers.clone(), setters.clone());
        quote! {
            /// The documented error body is reachable from the error, typed.
            #[tokio::test]
            async fn #name() {
                let server = MockServer::start().await;
                Mock::given(method(#http)).and(path(#url_path)) #(#m2)*
                    .respond_with(ResponseTemplate::new(#code).set_body_raw(#json, "application/json"))
                    .mount(&server)
                    .await;
                let error = client(&server) #call #(#s2)* .send().await.expect_err("an error status");
                let body: Option<#ty> = #builder::error_body(&error);
                assert!(body.is_some(), "{error:?}");
            }
        }
    });
    let name = format_ident!(
        "{}_{}_sends_documented_request",
        group.name,
        plan.versions[at.vi].module
    );
    let call = &case.call;
    let doc = format!(
        " `{}` at API version {} sends {http} {}.",
        group.name, plan.versions[at.vi].name, at.path
    );
    let test = quote! {
        #[doc = #doc]
        #[tokio::test]
        async fn #name() {
            let server = MockServer::start().await;
            Mock::given(method(#http)).and(path(#url_path)) #(#matchers)*
                .respond_with(#respond)
                .expect(1)
                .mount(&server)
                .await;
            let result = client(&server) #call #(#setters)* .send().await;
            #returned
            #body_check
        }
        #error_test
    };
    Some((test, uses))
}

/// The builder type as the test crate names it.
fn builder_path(plan: &crate::plan::Plan<'_>, b: &Builder<'_>, krate: &Ident) -> TokenStream {
    let ident = id(&b.ident);
    match b.module {
        Some(v) => {
            let m = id(&plan.versions[v].module);
            quote!(#krate::#m::#ident)
        }
        None => quote!(#krate::operations::#ident),
    }
}

/// A JSON text as a Rust string literal: raw (`r#"{"a":1}"#`) so that it reads as the JSON it
/// is, with enough `#`s for any `"#` inside. A text holding a character an ordinary literal
/// would escape (a format or bidirectional control, which rustc rejects unescaped) stays an
/// ordinary, escaped literal, as does one with nothing to escape (`12`, `true`).
fn json_literal(text: &str) -> Literal {
    let escaped = |c: char| !matches!(c, '"' | '\\' | '\'') && c.escape_debug().nth(1).is_some();
    if text.chars().any(escaped) || !text.contains(['"', '\\']) {
        return Literal::string(text);
    }
    let longest = text
        .split('"')
        .skip(1)
        .map(|after_quote| after_quote.len() - after_quote.trim_start_matches('#').len())
        .max()
        .unwrap_or(0);
    let hashes = "#".repeat(longest + 1);
    format!("r{hashes}\"{text}\"{hashes}")
        .parse()
        .expect("a raw string literal of JSON text lexes")
}

#[cfg(test)]
mod json_literal_tests {
    use super::json_literal;

    #[test]
    fn json_reads_as_json_and_survives_hashes_and_controls() {
        assert_eq!(json_literal(r#"{"a":1}"#).to_string(), r##"r#"{"a":1}"#"##);
        assert_eq!(json_literal("12").to_string(), r#""12""#);
        assert_eq!(
            json_literal(r###"{"c":"#x","d":"##y"}"###).to_string(),
            r####"r###"{"c":"#x","d":"##y"}"###"####
        );
        assert_eq!(
            json_literal("\"\u{202E}\"").to_string(),
            "\"\\\"\\u{202e}\\\"\""
        );
    }
}
