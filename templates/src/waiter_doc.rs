//! The crate docs' "wait until it runs" example for SCP services: their create, update and
//! delete calls answer `202` with a request id, and users poll the resource until its state
//! field settles. The example is chosen from the spec, never written per service:
//!
//! - the *show* call: a `GET` on `<collection>/{id}` with no other required parameter whose
//!   success body has a state field (`…state`; one whose values include `RUNNING` first);
//! - the *create* call, when there is one: a `POST` on `<collection>` whose success body
//!   gives the new resource's id as `resource_id` or `resource.id` (a string);
//! - without a create call that gives the id, the example waits for an id it is given.

use docsdk_spec::{Method, ParameterLocation, Schema};
use proc_macro2::TokenStream;
use quote::quote;

use crate::ident;
use crate::models::id;
use crate::plan::{OpGroup, Plan};
use crate::responses::Responses;
use crate::shape::{Shape, classify};

/// The state the example waits for.
const TARGET: &str = "RUNNING";

/// The example as Rust source (an `async fn`), or `None` when the spec has no show call with
/// a state field.
pub fn example(plan: &Plan<'_>, construct: &TokenStream) -> Option<TokenStream> {
    let (show, param, state) = plan.ops.iter().find_map(|g| show_call(plan, g))?;
    let (collection, _) = show.at[show.default].path.rsplit_once('/')?;
    let created = plan
        .ops
        .iter()
        .find_map(|g| create_call(plan, g, collection));
    let (show_m, param) = (id(&show.name), id(&param));
    let state_check = state.check();
    let what = format!("{} {{id}} {TARGET}", resource_noun(collection));
    let (signature, get_id) = match &created {
        Some((create, id_expr)) => {
            let create = id(&create.name);
            (
                quote!(async fn example() -> Result<(), docsdk_runtime::Error>),
                quote! {
                    let accepted = client.#create().send().await?;
                    let id: String = #id_expr;
                },
            )
        }
        None => (
            quote!(async fn example(id: String) -> Result<(), docsdk_runtime::Error>),
            TokenStream::new(),
        ),
    };
    Some(quote! {
        #signature {
            let config = docsdk_runtime::Config::from_env_for(docsdk_runtime::Provider::Scp)?;
            #construct
            #get_id
            let waiter = docsdk_runtime::Waiter::new(format!(#what), std::time::Duration::from_secs(30 * 60));
            let resource = waiter
                .until(|| client.#show_m().#param(id.clone()).send(), |r| #state_check)
                .await?;
            println!("{resource:?}");
            Ok(())
        }
    })
}

/// The state field a waiter compares: its Rust name, and how it is stored.
struct StateField {
    ident: String,
    optional: bool,
    open_enum: bool,
}

impl StateField {
    /// `r.<field> … == "RUNNING"` for the field's Rust type.
    fn check(&self) -> TokenStream {
        let f = id(&self.ident);
        match (self.optional, self.open_enum) {
            (true, true) => quote!(r.#f.as_ref().map(|s| s.as_str()) == Some(#TARGET)),
            (true, false) => quote!(r.#f.as_deref() == Some(#TARGET)),
            (false, true) => quote!(r.#f.as_str() == #TARGET),
            (false, false) => quote!(r.#f == #TARGET),
        }
    }
}

/// A show call: its group, the setter of its one path parameter and the state field.
fn show_call<'g>(
    plan: &Plan<'_>,
    g: &'g OpGroup<'_>,
) -> Option<(&'g OpGroup<'g>, String, StateField)> {
    let at = &g.at[g.default];
    if at.method != Method::Get || at.deprecated || !at.path.ends_with('}') {
        return None;
    }
    let mut path_params = at
        .op
        .parameters
        .iter()
        .filter(|p| p.location == ParameterLocation::Path);
    let param = path_params.next()?;
    let others_required = at
        .op
        .parameters
        .iter()
        .any(|p| p.required && p.location != ParameterLocation::Path);
    if path_params.next().is_some() || others_required {
        return None;
    }
    let body = object(plan, Responses::of(at.op).success_schema()?, at.vi)?;
    let mut states: Vec<(&String, &Schema)> = body
        .properties
        .iter()
        .filter(|(name, _)| name.to_ascii_lowercase().ends_with("state"))
        .collect();
    // A field whose documented values include the target wins; then one named after the
    // resource (`release_state` for `{release_id}`, `cloud_ml_state` on `/cloud-ml/{id}`);
    // then the shortest (`state` itself).
    let (collection, _) = at.path.rsplit_once('/')?;
    let owners = [
        ident::snake(
            param.name.trim_end_matches("_id").trim_end_matches("Id"),
            "id",
        ),
        ident::snake(&resource_noun(collection), "resource"),
    ];
    states.sort_by_key(|(name, s)| {
        let values = enum_values(plan, s, at.vi);
        let owner = ident::snake(&name[..name.len() - "state".len()], "");
        (
            !values.iter().any(|v| v == TARGET),
            !owners.contains(&owner),
            name.len(),
        )
    });
    let (name, schema) = states.first()?;
    let open_enum = !enum_values(plan, schema, at.vi).is_empty();
    if !open_enum && !matches!(classify(resolve(plan, schema, at.vi)?).shape, Shape::Str) {
        return None;
    }
    let optional = !body.required.contains(name) || classify(schema).nullable;
    let field = StateField {
        ident: ident::snake(name, "value"),
        optional,
        open_enum,
    };
    Some((g, ident::snake(&param.name, "value"), field))
}

/// A create call on `collection` whose success body gives the new id, and the expression
/// (on `accepted`) that reads it.
fn create_call<'g>(
    plan: &Plan<'_>,
    g: &'g OpGroup<'_>,
    collection: &str,
) -> Option<(&'g OpGroup<'g>, TokenStream)> {
    let at = &g.at[g.default];
    if at.method != Method::Post || at.deprecated || at.path != collection {
        return None;
    }
    if at
        .op
        .parameters
        .iter()
        .any(|p| p.location == ParameterLocation::Path)
    {
        return None;
    }
    let body = object(plan, Responses::of(at.op).success_schema()?, at.vi)?;
    let mut expr = quote!(accepted);
    let mut optional = false;
    let steps: &[&str] = if body.properties.contains_key("resource_id") {
        &["resource_id"]
    } else {
        &["resource", "id"]
    };
    let mut here = body;
    for (i, step) in steps.iter().enumerate() {
        let schema = here.properties.get(*step)?;
        let f = id(&ident::snake(step, "value"));
        let step_optional = !here.required.iter().any(|r| r == step) || classify(schema).nullable;
        expr = match (optional, step_optional) {
            (false, _) => quote!(#expr.#f),
            (true, true) => quote!(#expr.and_then(|v| v.#f)),
            (true, false) => quote!(#expr.map(|v| v.#f)),
        };
        optional |= step_optional;
        let resolved = resolve(plan, schema, at.vi)?;
        if i + 1 < steps.len() {
            here = object(plan, resolved, at.vi)?;
        } else if !matches!(classify(resolved).shape, Shape::Str) {
            return None;
        }
    }
    if optional {
        expr = quote!(#expr.unwrap_or_default());
    }
    Some((g, expr))
}

/// The resource a collection path holds, in words: `/v1/data-flows` -> `data flow`.
fn resource_noun(collection: &str) -> String {
    let segment = collection.rsplit('/').next().unwrap_or_default();
    let mut words = ident::words(segment);
    if let Some(last) = words.last_mut() {
        *last = ident::singularize(last);
    }
    words.join(" ").to_lowercase()
}

/// `schema`, or the model it references.
fn resolve<'s>(plan: &'s Plan<'_>, schema: &'s Schema, vi: usize) -> Option<&'s Schema> {
    match schema.referenced_name() {
        Some(name) => plan.def(name, vi).map(|d| d.schema),
        None => Some(schema),
    }
}

/// `schema` (or its model) when it is an object with properties.
fn object<'s>(plan: &'s Plan<'_>, schema: &'s Schema, vi: usize) -> Option<&'s Schema> {
    resolve(plan, schema, vi).filter(|s| !s.properties.is_empty())
}

/// The documented values of a string enum field.
fn enum_values(plan: &Plan<'_>, schema: &Schema, vi: usize) -> Vec<String> {
    match resolve(plan, schema, vi).map(|s| classify(s).shape) {
        Some(Shape::Enum(values)) => values,
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{VariantOps, variant_ops};

    const SPEC: &str = r#"
openapi: 3.1.0
info: {title: T, version: '1'}
x-provider: scp
paths:
  /v1/data-flows:
    post:
      operationId: createDataFlow
      responses:
        '202':
          description: Accepted
          content:
            application/json:
              schema:
                type: object
                properties:
                  resource: {type: object, properties: {id: {type: string}}, required: [id]}
                required: [resource]
  /v1/data-flows/{data_flow_id}:
    get:
      operationId: showDataFlow
      parameters:
      - {name: data_flow_id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  cluster_state: {type: string}
                  data_flow_state: {type: string}
                  state: {type: string}
                required: [data_flow_state]
"#;

    fn rendered(yaml: &str) -> String {
        let specs = [docsdk_spec::from_yaml(yaml).expect("test spec parses")];
        let variants: Vec<VariantOps> = specs.iter().map(variant_ops).collect();
        let plan = Plan::new(&specs, &variants);
        example(
            &plan,
            &quote!(let client = k::Client::with_endpoint(config)?;),
        )
        .map(|t| t.to_string().replace(' ', ""))
        .unwrap_or_default()
    }

    #[test]
    fn waits_on_the_state_named_after_the_resource_with_the_id_the_create_call_returns() {
        let text = rendered(SPEC);
        assert!(
            text.contains("letid:String=accepted.resource.id;"),
            "{text}"
        );
        assert!(
            text.contains("show_data_flow().data_flow_id(id.clone())"),
            "{text}"
        );
        assert!(text.contains("r.data_flow_state==\"RUNNING\""), "{text}");
        assert!(text.contains("\"dataflow{id}RUNNING\""), "{text}");
    }

    #[test]
    fn a_state_listing_running_wins_and_without_a_create_call_the_id_is_given() {
        let yaml = SPEC
            .replace(
                "cluster_state: {type: string}",
                "cluster_state: {type: string, enum: [RUNNING, STOPPED]}",
            )
            .replace(
                "operationId: createDataFlow",
                "operationId: createDataFlow\n      deprecated: true",
            );
        let text = rendered(&yaml);
        assert!(text.contains("asyncfnexample(id:String)"), "{text}");
        assert!(
            text.contains("r.cluster_state.as_ref().map(|s|s.as_str())==Some(\"RUNNING\")"),
            "{text}"
        );
    }

    #[test]
    fn no_state_field_no_example() {
        assert_eq!(
            rendered(
                &SPEC
                    .replace("_state:", "_phase:")
                    .replace("state:", "phase:")
            ),
            ""
        );
    }
}
