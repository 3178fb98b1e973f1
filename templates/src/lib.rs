//! quote! templates that render the OpenAPI 3.1 documents of one service into a Rust client
//! crate: models, operation builders, a `Client`, generated tests, `Cargo.toml` and `README.md`.
//!
//! Entry point: [`render_crate`]. The output is deterministic (the same input gives the same
//! bytes) and formatted with prettyplease.

mod cargo_toml;
mod client;
pub mod docs;
mod examples;
pub mod ident;
mod models;
mod operations;
mod plan;
mod responses;
mod shape;
mod tests_gen;

use std::collections::BTreeMap;
use std::path::PathBuf;

use docsdk_spec::{OpenApi, Provider};
use proc_macro2::TokenStream;
use quote::quote;

use crate::ident::Namespace;
use crate::models::{Gen, id};
use crate::plan::Plan;

/// What to put in the generated crate's manifest.
#[derive(Clone, Debug)]
pub struct CrateOptions {
    /// Package name, e.g. `scp-event-streams`.
    pub name: String,
    /// Package version.
    pub version: String,
    /// Package description; defaults to one made from the service title.
    pub description: Option<String>,
    /// Path from the crate directory to `crates/runtime`, e.g. `../../crates/runtime`.
    pub runtime_path: String,
    /// Version requirement of `docsdk-runtime`.
    pub runtime_version: String,
    /// Repository URL.
    pub repository: Option<String>,
    /// SPDX license expression.
    pub license: String,
}

/// One file of the generated crate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the crate directory (`src/lib.rs`).
    pub path: PathBuf,
    /// Contents.
    pub contents: String,
}

/// A rendered crate.
#[derive(Clone, Debug)]
pub struct RenderedCrate {
    /// Its files, in a fixed order.
    pub files: Vec<GeneratedFile>,
    /// Things the generator had to work around (each names the operation or model).
    pub warnings: Vec<String>,
}

impl RenderedCrate {
    /// Lines of Rust in `src/` (what a crate-only rebuild compiles).
    pub fn source_lines(&self) -> usize {
        self.files
            .iter()
            .filter(|f| f.path.starts_with("src"))
            .map(|f| f.contents.lines().count())
            .sum()
    }
}

/// Why a crate could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// No documents were given.
    #[error("no OpenAPI documents to render for `{0}`")]
    NoDocuments(String),
    /// A template produced invalid Rust (a bug in the templates).
    #[error("generated `{file}` is not valid Rust: {message}")]
    InvalidRust {
        /// The file.
        file: String,
        /// The parser's message.
        message: String,
    },
}

const SUPPORT: &str = include_str!("../support/support.rs");

/// Renders one client crate from all API-version documents of one service (same title and
/// provider).
pub fn render_crate(
    specs: &[OpenApi],
    options: &CrateOptions,
) -> Result<RenderedCrate, RenderError> {
    if specs.is_empty() {
        return Err(RenderError::NoDocuments(options.name.clone()));
    }
    let variants: Vec<plan::VariantOps> = specs.iter().map(plan::variant_ops).collect();
    let plan = Plan::new(specs, &variants);
    let mut g = Gen::new(&plan);
    let newest = plan.versions.last().map(|v| v.spec).unwrap_or(&specs[0]);
    for spec in specs {
        if spec.info.title != newest.info.title {
            g.warnings.push(format!(
                "documents of different services: `{}` and `{}`",
                spec.info.title, newest.info.title
            ));
        }
    }
    g.render_models();

    let mut root_ns = Namespace::with_reserved(["Client"]);
    let mut version_ns: BTreeMap<usize, Namespace> = BTreeMap::new();
    let mut builders: Vec<operations::Builder<'_>> = Vec::new();
    // (group, at index, builder index, call tokens, rendered-in-module or shared)
    let mut uses: Vec<(usize, usize, usize, TokenStream, bool)> = Vec::new();
    for (gi, group) in plan.ops.iter().enumerate() {
        let d = &group.at[group.default];
        let ident = root_ns.claim(&ident::pascal(&group.name, "Call"));
        let b = g.builder(group, d, None, &ident);
        let name = id(&group.name);
        builders.push(b);
        uses.push((
            gi,
            group.default,
            builders.len() - 1,
            quote!(.#name()),
            true,
        ));
        let default_builder = builders.len() - 1;
        for (ai, at) in group.at.iter().enumerate() {
            if ai == group.default {
                continue;
            }
            let m = id(&plan.versions[at.vi].module);
            let snapshot = g.sinks.clone();
            let saved_uses = g.uses;
            let warnings = g.warnings.len();
            let shared = g.builder(group, at, None, &ident);
            if shared.signature() == builders[default_builder].signature() {
                builders.push(shared);
                uses.push((gi, ai, builders.len() - 1, quote!(.#m().#name()), false));
            } else {
                g.sinks = snapshot;
                g.uses = saved_uses;
                g.warnings.truncate(warnings);
                let ns = version_ns
                    .entry(at.vi)
                    .or_insert_with(|| Namespace::with_reserved(["Client", "types"]));
                let vident = ns.claim(&ident::pascal(&group.name, "Call"));
                builders.push(g.builder(group, at, Some(at.vi), &vident));
                uses.push((gi, ai, builders.len() - 1, quote!(.#m().#name()), true));
            }
        }
    }

    // Methods and builder items per module.
    let mut root_methods = Vec::new();
    let mut root_items = Vec::new();
    let mut version_methods: BTreeMap<usize, Vec<TokenStream>> = BTreeMap::new();
    let mut version_items: BTreeMap<usize, Vec<TokenStream>> = BTreeMap::new();
    for (gi, ai, bi, _, own) in &uses {
        let (group, at, b) = (&plan.ops[*gi], &plan.ops[*gi].at[*ai], &builders[*bi]);
        let bident = id(&b.ident);
        let path = match (b.module, at.vi == group.at[group.default].vi) {
            (None, true) => quote!(operations::#bident),
            (None, false) => quote!(crate::operations::#bident),
            (Some(_), _) => quote!(#bident),
        };
        if *own {
            let tokens = g.render_builder(b);
            match b.module {
                None => root_items.push(tokens),
                Some(v) => version_items.entry(v).or_default().push(tokens),
            }
        }
        if *ai == group.default {
            root_methods.push(client::method(&plan, group, at, &path, &quote!(self.inner)));
        } else {
            version_methods
                .entry(at.vi)
                .or_default()
                .push(client::method(
                    &plan,
                    group,
                    at,
                    &path,
                    &quote!(self.0.inner),
                ));
        }
    }

    let mut warnings = plan.warnings.clone();
    let loc = client::location(newest, &mut warnings);
    let provider = newest.provider;
    let krate = options.name.replace('-', "_");
    let cases: Vec<tests_gen::Case<'_, '_>> = uses
        .iter()
        .map(|(gi, ai, bi, call, _)| tests_gen::Case {
            group: &plan.ops[*gi],
            at: &plan.ops[*gi].at[*ai],
            builder: &builders[*bi],
            call: call.clone(),
        })
        .collect();
    let (tests, test_warnings) = tests_gen::render(&g, &krate, provider, &cases);

    let mut files: Vec<(String, TokenStream)> = Vec::new();
    let client_tokens = client::render(&g, loc.as_ref(), &root_methods, provider);
    let version_modules: Vec<usize> = (0..plan.versions.len())
        .filter(|vi| {
            version_methods.contains_key(vi)
                || version_items.contains_key(vi)
                || g.sinks.contains_key(&Some(*vi))
        })
        .collect();
    for &vi in &version_modules {
        let types = g.sinks.get(&Some(vi)).map(|s| {
            let items = &s.items;
            quote!(#(#items)*)
        });
        let tokens = client::render_version(
            &g,
            vi,
            version_methods.get(&vi).map(Vec::as_slice).unwrap_or(&[]),
            version_items.get(&vi).map(Vec::as_slice).unwrap_or(&[]),
            types,
        );
        files.push((format!("src/{}.rs", plan.versions[vi].module), tokens));
    }
    let root_types = g
        .sinks
        .get(&None)
        .map(|s| s.items.clone())
        .unwrap_or_default();
    let types_doc = format!(
        " Models of {} (shared by every API version unless a version module has its own).",
        docs::escape(&newest.info.title)
    );
    files.push((
        "src/types.rs".into(),
        quote!(#![doc = #types_doc] #(#root_types)*),
    ));
    let ops_tokens = quote!(#(#root_items)*);
    let use_types = operations::imports(&ops_tokens.to_string(), true);
    files.push((
        "src/operations.rs".into(),
        quote!(#![doc = " Request builders, one per operation: set parameters, then `.send().await`."] #use_types #ops_tokens),
    ));
    files.push(("src/client.rs".into(), client_tokens));

    // The crate root.
    let title = &newest.info.title;
    let description = options.description.clone().unwrap_or_else(|| {
        format!("Rust client for the {title} API, generated from its published API reference.")
    });
    let versions_text = plan
        .versions
        .iter()
        .rev()
        .map(|v| match &v.spec.info.lifecycle {
            Some(l) => match &l.date {
                Some(date) => format!(
                    "{} ({}, {} {date})",
                    v.name,
                    l.status,
                    l.date_label.as_deref().unwrap_or("date")
                ),
                None => format!("{} ({})", v.name, l.status),
            },
            None => v.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let example = usage_example(&plan, &krate, loc.as_ref());
    let mut crate_doc = vec![format!(
        "Rust client for {} ({}).",
        docs::escape(title),
        match provider {
            Some(Provider::Otc) => "Open Telekom Cloud",
            Some(Provider::Scp) => "Samsung Cloud Platform",
            None => "generated",
        }
    )];
    if let Some(d) = &newest.info.description {
        crate_doc.push(String::new());
        crate_doc.extend(docs::lines(d));
    }
    crate_doc.push(String::new());
    crate_doc.push(format!(
        "API versions: {}. Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.",
        docs::escape(&versions_text)
    ));
    crate_doc.push(String::new());
    crate_doc.push("```no_run".into());
    crate_doc.extend(example.lines().map(str::to_owned));
    crate_doc.push("```".into());
    let crate_doc = crate_doc.iter().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    let mods = version_modules.iter().map(|vi| {
        let m = id(&plan.versions[*vi].module);
        quote!(pub mod #m;)
    });
    let mut reexports = vec![quote!(Client)];
    if let Some(loc) = &loc {
        reexports.extend(loc.variables.iter().map(|v| {
            let t = id(&v.ty);
            quote!(#t)
        }));
    }
    let lib = quote! {
        #(#![doc = #crate_doc])*
        mod client;
        pub mod operations;
        mod support;
        pub mod types;
        #(#mods)*
        pub use client::{#(#reexports),*};
        /// The runtime this crate sends requests with: `Config`, credentials, errors.
        pub use docsdk_runtime as runtime;
    };
    files.insert(0, ("src/lib.rs".into(), lib));

    let mut out = Vec::new();
    out.push(GeneratedFile {
        path: "Cargo.toml".into(),
        contents: cargo_toml::cargo_toml(options, &description, &keywords(newest)),
    });
    let rows = readme_rows(&plan, &uses);
    out.push(GeneratedFile {
        path: "README.md".into(),
        contents: cargo_toml::readme(
            options,
            title,
            &description,
            // The README shows the body; the hidden `# ` lines only make the doctest compile.
            &example
                .lines()
                .filter(|l| !(l.starts_with("# ") || *l == "#"))
                .fold(String::new(), |acc, l| acc + l + "\n"),
            &rows,
            &versions_text,
        ),
    });
    for (path, tokens) in files {
        let text = format(&path, tokens)?;
        out.push(GeneratedFile {
            path: path.into(),
            contents: text,
        });
    }
    out.insert(
        2,
        GeneratedFile {
            path: "src/support.rs".into(),
            contents: support(g.uses),
        },
    );
    out.push(GeneratedFile {
        path: "tests/generated.rs".into(),
        contents: format("tests/generated.rs", tests)?,
    });
    warnings.extend(g.warnings);
    warnings.extend(test_warnings);
    Ok(RenderedCrate {
        files: out,
        warnings,
    })
}

/// Only the helpers the emitted code uses (an unused one would be a warning), as recorded
/// while emitting.
fn support(uses: models::Uses) -> String {
    let mut out = String::new();
    for (i, section) in SUPPORT.split("//~ ").enumerate() {
        if i == 0 {
            out.push_str(section);
            continue;
        }
        let (name, body) = section.split_once('\n').unwrap_or((section, ""));
        let used = match name.trim() {
            "call" | "builder" => uses.builder,
            "need" => uses.need,
            "json" => uses.json,
            "empty" => uses.empty,
            "open_enum" => uses.open_enum,
            "paged" => uses.paged,
            "setters" => uses.setters,
            _ => true,
        };
        if used {
            out.push_str(body);
        }
    }
    out.trim_end().to_owned() + "\n"
}

fn format(path: &str, tokens: TokenStream) -> Result<String, RenderError> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| RenderError::InvalidRust {
        file: path.to_owned(),
        message: e.to_string(),
    })?;
    Ok(prettyplease::unparse(&file))
}

fn keywords(spec: &OpenApi) -> Vec<String> {
    let mut out = vec!["api".to_owned(), "sdk".to_owned(), "cloud".to_owned()];
    out.insert(
        0,
        match spec.provider {
            Some(Provider::Otc) => "otc".into(),
            _ => "scp".into(),
        },
    );
    if let Some(key) = &spec.service_key {
        let key: String = key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(20)
            .collect();
        if !key.is_empty() && !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// The example of the crate docs and README: construct a client, call a simple operation.
fn usage_example(plan: &Plan<'_>, krate: &str, loc: Option<&client::Location>) -> String {
    let k = id(krate);
    let construct = match loc {
        Some(loc) if !loc.urls.is_empty() => {
            let (combo, _) = &loc.urls[0];
            let args = loc.variables.iter().zip(combo).map(|(v, var)| {
                let (t, var) = (id(&v.ty), id(var));
                quote!(#k::#t::#var)
            });
            quote!(let client = #k::Client::new(config #(, #args)*)?;)
        }
        _ => quote!(let client = #k::Client::with_endpoint(config)?;),
    };
    let simple = plan.ops.iter().find(|g| {
        let at = &g.at[g.default];
        at.method == docsdk_spec::Method::Get
            && !at.deprecated
            && at
                .op
                .parameters
                .iter()
                .all(|p| !p.required && p.location != docsdk_spec::ParameterLocation::Path)
    });
    let call = simple.map(|g| {
        let m = id(&g.name);
        quote! {
            let response = client.#m().send().await?;
            println!("{response:?}");
        }
    });
    let tokens = quote! {
        async fn example() -> Result<(), #k::runtime::Error> {
            let config = #k::runtime::Config::from_env()?;
            #construct
            #call
            Ok(())
        }
    };
    let text = syn::parse2::<syn::File>(tokens)
        .map(|f| prettyplease::unparse(&f))
        .unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let hidden = i == 0 || i + 1 == lines.len() || line.trim() == "Ok(())";
        let line = line.strip_prefix("    ").unwrap_or(line);
        if hidden {
            out.push_str("# ");
        }
        out.push_str(line.trim_start_matches(|c| hidden && c == ' '));
        out.push('\n');
    }
    out
}

fn readme_rows(
    plan: &Plan<'_>,
    uses: &[(usize, usize, usize, TokenStream, bool)],
) -> Vec<cargo_toml::OpRow> {
    uses.iter()
        .map(|(gi, ai, _, call, _)| {
            let (g, at) = (&plan.ops[*gi], &plan.ops[*gi].at[*ai]);
            cargo_toml::OpRow {
                call: format!("client{}", call.to_string().replace(' ', "")),
                http: format!("{} {}", at.method.as_str(), at.path),
                version: match at.status.as_str() {
                    "" => plan.versions[at.vi].name.clone(),
                    status => format!("{} ({status})", plan.versions[at.vi].name),
                },
                title: at.op.summary.clone().unwrap_or_else(|| g.name.clone()),
            }
        })
        .collect()
}
