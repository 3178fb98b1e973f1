//! The `Client`: construction from the runtime's config and a documented location, one method
//! per operation at its default version, and one accessor per other API version.

use docsdk_spec::{OpenApi, Provider, Server};
use proc_macro2::TokenStream;
use quote::quote;

use crate::docs;
use crate::ident::{self, Namespace};
use crate::models::{Gen, id};
use crate::plan::{OpAt, OpGroup, Plan};

/// A server variable the client constructor takes as a typed enum.
pub struct Variable {
    /// Wire name (`region`).
    pub name: String,
    /// Type name (`Region`).
    pub ty: String,
    /// Values and their variant names.
    pub values: Vec<(String, String)>,
}

/// How the client finds its base URL.
pub struct Location {
    /// Typed variables, in URL template order.
    pub variables: Vec<Variable>,
    /// Every accepted combination (variant names per variable) and its URL.
    pub urls: Vec<(Vec<String>, String)>,
    /// The URL template with the untyped variables filled in with their defaults.
    pub template: String,
}

/// Reads the base URL choices of `servers[0]`: variables with an `enum` become typed
/// arguments; when `x-environment-regions` lists pairs, only those pairs are accepted.
pub fn location(spec: &OpenApi, warnings: &mut Vec<String>) -> Option<Location> {
    let server: &Server = spec.servers.first()?;
    let mut types = Namespace::with_reserved(["Client"]);
    let mut variables = Vec::new();
    for (name, var) in &server.variables {
        if var.enum_values.is_empty() {
            continue;
        }
        let mut ns = Namespace::default();
        variables.push(Variable {
            name: name.clone(),
            ty: types.claim(&ident::pascal(name, "Location")),
            values: var
                .enum_values
                .iter()
                .map(|v| (v.clone(), ns.claim(&ident::pascal(v, "Default"))))
                .collect(),
        });
    }
    let mut urls = Vec::new();
    let mut combos: Vec<Vec<usize>> = vec![Vec::new()];
    for v in &variables {
        combos = combos
            .into_iter()
            .flat_map(|c| (0..v.values.len()).map(move |i| [c.clone(), vec![i]].concat()))
            .collect();
    }
    for combo in combos {
        let value = |name: &str| {
            variables
                .iter()
                .zip(&combo)
                .find(|(v, _)| v.name == name)
                .map(|(v, &i)| v.values[i].0.clone())
                .or_else(|| server.variables.get(name).map(|v| v.default.clone()))
        };
        if !server.environment_regions.is_empty() {
            let (Some(env), Some(region)) = (value("environment"), value("region")) else {
                continue;
            };
            if !server
                .environment_regions
                .iter()
                .any(|p| p.environment == env && p.region == region)
            {
                continue;
            }
        }
        let mut url = server.url.clone();
        for name in server.variables.keys() {
            url = url.replace(&format!("{{{name}}}"), &value(name).unwrap_or_default());
        }
        urls.push((
            variables
                .iter()
                .zip(&combo)
                .map(|(v, &i)| v.values[i].1.clone())
                .collect(),
            url,
        ));
    }
    if urls.is_empty() {
        warnings.push("no (environment, region) pair matches the server variables; only `with_endpoint` is generated".into());
        return None;
    }
    let mut template = server.url.clone();
    for (name, var) in &server.variables {
        if !variables.iter().any(|v| &v.name == name) {
            template = template.replace(&format!("{{{name}}}"), &var.default);
        }
    }
    Some(Location {
        variables,
        urls,
        template,
    })
}

/// `API version 1.0, DEPRECATED (Not Before 2026-03-19)`.
pub fn status_text(plan: &Plan<'_>, at: &OpAt<'_>) -> String {
    let mut text = format!("API version {}", plan.versions[at.vi].name);
    if !at.status.is_empty() {
        text.push_str(&format!(", {}", at.status));
    }
    if let Some(date) = &at.date {
        text.push_str(&format!(
            " ({} {date})",
            at.date_label.as_deref().unwrap_or("date")
        ));
    }
    text
}

/// The `#[deprecated]` attribute for `at`, when it is deprecated.
pub fn deprecation(plan: &Plan<'_>, group: &OpGroup<'_>, at: &OpAt<'_>) -> TokenStream {
    if !at.deprecated {
        return TokenStream::new();
    }
    let version = &plan.versions[at.vi].name;
    let mut note = format!("API version {version} of `{}` is deprecated", group.name);
    if let Some(date) = &at.date {
        note.push_str(&format!("; it is removed not before {date}"));
    }
    let default = &group.at[group.default];
    if default.vi != at.vi {
        note.push_str(&format!(
            "; use `Client::{}` (version {})",
            group.name, plan.versions[default.vi].name
        ));
    }
    quote!(#[deprecated(note = #note)])
}

/// The method that starts `builder` for `group` at `at`.
pub fn method(
    plan: &Plan<'_>,
    group: &OpGroup<'_>,
    at: &OpAt<'_>,
    builder: &TokenStream,
    inner: &TokenStream,
) -> TokenStream {
    let title = at
        .op
        .summary
        .as_deref()
        .or(at.op.operation_id.as_deref())
        .unwrap_or(&group.name);
    let mut lines = vec![format!(
        "{}: {}, {}.",
        docs::escape(title),
        docs::code(&format!("{} {}", at.method.as_str(), at.path)),
        status_text(plan, at)
    )];
    if let Some(d) = at
        .op
        .description
        .as_deref()
        .filter(|d| d.trim().trim_end_matches('.') != title.trim().trim_end_matches('.'))
    {
        lines.push(String::new());
        lines.extend(docs::lines(d));
    }
    let doc = docs::attrs(&lines);
    let deprecated = deprecation(plan, group, at);
    let name = id(&group.name);
    let version = match &at.op.api_version_header {
        Some(h) => {
            let value = &h.value;
            quote!(Some(#value))
        }
        None => quote!(None),
    };
    quote! {
        #doc
        #deprecated
        pub fn #name(&self) -> #builder {
            #builder::new(&#inner, #version)
        }
    }
}

/// `src/client.rs`: the client type, its location enums and constructors, the default-version
/// methods and the version accessors.
pub fn render(
    g: &Gen<'_, '_>,
    loc: Option<&Location>,
    methods: &[TokenStream],
    provider: Option<Provider>,
) -> TokenStream {
    let plan = g.plan;
    let title = &plan
        .versions
        .last()
        .map(|v| v.spec.info.title.clone())
        .unwrap_or_default();
    let client_doc = format!(
        " A client for {}: one method per operation (see the crate docs).",
        docs::escape(title)
    );
    let mut enums = Vec::new();
    let mut constructor = TokenStream::new();
    if let Some(loc) = loc {
        for v in &loc.variables {
            let ty = id(&v.ty);
            let doc = format!(
                " The `{}` part of the service URL: only documented values.",
                v.name
            );
            let variants = v.values.iter().map(|(_, var)| id(var));
            let vdocs = v
                .values
                .iter()
                .map(|(wire, _)| format!(" {}", docs::code(wire)));
            enums.push(quote! {
                #[doc = #doc]
                #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum #ty { #(#[doc = #vdocs] #variants,)* }
            });
        }
        let args: Vec<_> = loc
            .variables
            .iter()
            .map(|v| id(&ident::snake(&v.name, "location")))
            .collect();
        let tys: Vec<_> = loc.variables.iter().map(|v| id(&v.ty)).collect();
        // Each documented combination gives the wire values of the variables.
        let arms = loc.urls.iter().map(|(combo, _)| {
            let pats = combo.iter().zip(&tys).map(|(var, ty)| {
                let var = id(var);
                quote!(#ty::#var)
            });
            let values = combo.iter().zip(&loc.variables).map(|(var, v)| {
                v.values
                    .iter()
                    .find(|(_, name)| name == var)
                    .map(|(wire, _)| wire.clone())
                    .unwrap_or_default()
            });
            quote!((#(#pats),*) => [#(#values),*],)
        });
        let all = loc.urls.len()
            == loc
                .variables
                .iter()
                .map(|v| v.values.len())
                .product::<usize>();
        let fallback = (!all).then(|| {
            let msg = format!(
                "{title}: the documentation lists no endpoint for {}",
                args.iter()
                    .map(|a| format!("{a} {{{a}:?}}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            quote!(_ => return Err(docsdk_runtime_api::Error::InvalidRequest(format!(#msg))),)
        });
        let doc = if loc.variables.is_empty() {
            format!(
                " Creates a client for the documented service URL (the config's endpoint override, when set, wins).{CONFIG_DOC}"
            )
        } else {
            format!(
                " Creates a client for the service URL at the given {}. Only documented combinations are accepted; others fail with `Error::InvalidRequest`. The config's endpoint override, when set, wins.{CONFIG_DOC}",
                loc.variables
                    .iter()
                    .map(|v| format!("`{}`", v.name))
                    .collect::<Vec<_>>()
                    .join(" and ")
            )
        };
        let template = &loc.template;
        let names = loc.variables.iter().map(|v| &v.name);
        let index = (0..loc.variables.len()).map(proc_macro2::Literal::usize_unsuffixed);
        let region_index = loc
            .variables
            .iter()
            .position(|v| v.name == "region")
            .map(proc_macro2::Literal::usize_unsuffixed);
        let region = region_index.map(|i| quote!(values[#i]));
        let select = if loc.variables.is_empty() {
            let url = &loc.urls[0].1;
            quote!(#url)
        } else {
            let (scrutinee, arms): (TokenStream, Vec<TokenStream>) = if loc.variables.len() == 1 {
                let arms = loc.urls.iter().map(|(combo, _)| {
                    let (ty, var) = (&tys[0], id(&combo[0]));
                    let wire = &loc.variables[0]
                        .values
                        .iter()
                        .find(|(_, n)| *n == combo[0])
                        .map(|(w, _)| w.clone())
                        .unwrap_or_default();
                    quote!(#ty::#var => [#wire],)
                });
                (quote!(#(#args)*), arms.collect())
            } else {
                (quote!((#(#args),*)), arms.collect())
            };
            quote! {
                let values = match #scrutinee { #(#arms)* #fallback };
                let base_url: &str = &docsdk_runtime_api::url_from_template(#template, &[#((#names, values[#index])),*])?;
            }
        };
        let select = if loc.variables.is_empty() {
            quote!(let base_url: &str = #select;)
        } else {
            select
        };
        // With the service's key, the runtime checks that the credentials belong to this
        // cloud and asks SCP's endpoint catalogue when an auth URL is configured; the
        // documented URL stays the fallback.
        let region = region.map(|r| quote!(.region(#r)));
        let inner = runtime_client(plan, provider, quote!(base_url), region);
        constructor = quote! {
            #[doc = #doc]
            pub fn new(config: impl docsdk_runtime_api::Connect #(, #args: #tys)*) -> docsdk_runtime_api::Result<Self> {
                #select
                Ok(Self { inner: #inner })
            }
        };
    }
    let credentials = match provider {
        Some(Provider::Otc) => "OTC token or AK/SK",
        _ => "SCP access key",
    };
    let endpoint_doc = format!(
        " Creates a client that sends every request to the config's endpoint override (a proxy or a test server), signing with the config's credentials ({credentials}). Fails with `Error::InvalidRequest` when the config has no endpoint."
    );
    // The same provider check as `new`: wrong-cloud credentials fail here too.
    let endpoint_inner = runtime_client(plan, provider, quote!(url), None);
    let accessors = plan.versions.iter().enumerate().filter(|(vi, _)| g.sinks.contains_key(&Some(*vi)) || has_version_module(plan, *vi)).map(|(vi, v)| {
        let m = id(&v.module);
        let info = &v.spec.info;
        let status = info.lifecycle.as_ref().map(|l| format!(", {}", l.status)).unwrap_or_default();
        let doc = format!(" The operations at API version {}{status}, each with the request and response types of that version.", v.name);
        let deprecated = info.lifecycle.as_ref().filter(|l| l.status.eq_ignore_ascii_case("DEPRECATED")).map(|l| {
            let note = match &l.date {
                Some(date) => format!("API version {} is deprecated; it is removed not before {date}", v.name),
                None => format!("API version {} is deprecated", v.name),
            };
            quote!(#[deprecated(note = #note)])
        });
        let has_client = has_version_module(plan, vi);
        has_client.then(|| quote! {
            #[doc = #doc]
            #deprecated
            pub fn #m(&self) -> crate::#m::Client<'_> {
                crate::#m::Client(self)
            }
        })
    });
    // Every root method returns its builder as `operations::X`: the default builders live in
    // the crate's `operations` module.
    let use_ops = (!methods.is_empty()).then(|| {
        quote!(
            use crate::operations;
        )
    });
    quote! {
        #use_ops
        #[doc = #client_doc]
        #[derive(Clone, Debug)]
        pub struct Client {
            pub(crate) inner: docsdk_runtime_api::Client,
        }
        #(#enums)*
        impl Client {
            #constructor
            #[doc = #endpoint_doc]
            pub fn with_endpoint(config: impl docsdk_runtime_api::Connect) -> docsdk_runtime_api::Result<Self> {
                let Some(url) = docsdk_runtime_api::Connect::endpoint_url(&config).map(str::to_owned) else {
                    return Err(docsdk_runtime_api::Error::InvalidRequest("with_endpoint: the config has no endpoint_url".to_owned()));
                };
                Ok(Self { inner: #endpoint_inner })
            }
            #(#accessors)*
            #(#methods)*
        }
    }
}

/// What a constructor's `config` can be: the transport is chosen by it, not by this crate.
const CONFIG_DOC: &str = " `config` is a `docsdk_runtime::Config` (signed HTTPS calls), or a `docsdk_runtime::Client` over any other `Transport`, e.g. an in-memory fake in a test.";

/// The runtime client for `url`: for a known provider and service key, one that checks the
/// credentials' cloud (and, for SCP, may ask the endpoint catalogue), else a plain one.
fn runtime_client(
    plan: &Plan<'_>,
    provider: Option<Provider>,
    url: TokenStream,
    region: Option<TokenStream>,
) -> TokenStream {
    let service_key = plan
        .versions
        .last()
        .and_then(|v| v.spec.service_key.as_deref());
    match (provider, service_key) {
        (Some(p), Some(key)) => {
            let p = match p {
                Provider::Scp => quote!(Scp),
                Provider::Otc => quote!(Otc),
            };
            quote! {
                docsdk_runtime_api::Connect::connect(
                    config,
                    docsdk_runtime_api::Service::new(docsdk_runtime_api::Provider::#p, #key, #url)#region,
                )?
            }
        }
        _ => {
            quote!(docsdk_runtime_api::Connect::connect(config, docsdk_runtime_api::Service::at_url(#url))?)
        }
    }
}

/// Whether version `vi` gets a module with its own `Client` (it is not the default of some
/// operation documented at it).
pub fn has_version_module(plan: &Plan<'_>, vi: usize) -> bool {
    plan.ops.iter().any(|g| {
        g.at.iter()
            .enumerate()
            .any(|(i, at)| at.vi == vi && i != g.default)
    })
}

/// `src/<vX_Y>.rs`.
pub fn render_version(
    g: &Gen<'_, '_>,
    vi: usize,
    methods: &[TokenStream],
    builders: &[TokenStream],
    types: Option<TokenStream>,
) -> TokenStream {
    let v = &g.plan.versions[vi];
    let info = &v.spec.info;
    let mut head = format!(" API version {} of {}", v.name, docs::escape(&info.title));
    if let Some(l) = &info.lifecycle {
        head.push_str(&format!(": {}", l.status));
        if let Some(date) = &l.date {
            head.push_str(&format!(
                " ({} {date})",
                l.date_label.as_deref().unwrap_or("date")
            ));
        }
    }
    head.push('.');
    let client = has_version_module(g.plan, vi).then(|| {
        let doc = format!(
            " The operations at API version {}: get it with `Client::{}`.",
            v.name, v.module
        );
        quote! {
            #[doc = #doc]
            #[derive(Clone, Copy, Debug)]
            pub struct Client<'a>(pub(crate) &'a crate::Client);
            impl Client<'_> { #(#methods)* }
        }
    });
    let types = types.map(|items| {
        let doc = format!(
            " Models whose shape at API version {} differs from the crate-level `types`.",
            v.name
        );
        quote! { #[doc = #doc] pub mod types { #items } }
    });
    let code = quote!(#(#builders)*);
    let uses = g.module_uses.get(&Some(vi)).copied().unwrap_or_default();
    let imports = crate::operations::imports(uses, false);
    quote! {
        #![doc = #head]
        #imports
        #client
        #code
        #types
    }
}
