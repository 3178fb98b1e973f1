//! The reader over seed 003 and the ModelArts 2022 corpus.

use std::path::{Path, PathBuf};

mod common;

use docsdk_read_otc_html::{ServiceOptions, read_page, read_service, read_service_on};
use docsdk_spec::{AdditionalProperties, OpenApi, Schema, Severity};

const SEED: &str = "003_912305248eadce30.txt";

fn docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/docs")
}

fn seed() -> (String, String) {
    let text = std::fs::read_to_string(docs().join(SEED)).expect("seed 003 is vendored");
    (SEED.to_owned(), text)
}

/// Every `.html` page of the corpus, named as the pipeline names them.
fn corpus() -> Vec<(String, String)> {
    let dir = docs().join("otc-modelarts-2022");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the corpus is vendored")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".html"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(dir.join(&n)).expect("readable page");
            (format!("otc-modelarts-2022/{n}"), text)
        })
        .collect()
}

/// As `spec/manifest.toml` says, so the output is the committed spec.
fn options() -> ServiceOptions {
    common::options("ModelArts", "modelarts")
}

fn all_pages() -> Vec<(String, String)> {
    let mut pages = vec![seed()];
    pages.extend(corpus());
    pages
}

/// The pipeline reads a service's pages on one thread when it reads other services on the
/// other cores, and on every core when it is the only read: the output must be the same.
#[test]
fn the_thread_count_does_not_change_the_output() {
    let pages = all_pages();
    let read = |threads| {
        let out = read_service_on(&pages, &options(), threads);
        let yaml: Vec<String> = out.documents.iter().map(docsdk_spec::to_yaml).collect();
        (yaml, format!("{:?}", out.diagnostics))
    };
    let one = read(1);
    assert!(!one.0.is_empty());
    assert_eq!(one, read(3));
    assert_eq!(one, read(0), "0 threads reads on the caller's thread");
}

#[test]
fn seed_003_snapshot() {
    let out = read_service(&[seed()], &options());
    assert!(!out.diagnostics.has_errors(), "{:?}", out.diagnostics);
    assert_eq!(out.documents.len(), 1);
    insta::assert_snapshot!("seed_003", docsdk_spec::to_yaml(&out.documents[0]));
}

/// The reader's output for the whole service is the committed spec, its one stored copy
/// (`spec/openapi/otc-modelarts/<version>.yaml`, written by `cargo xtask regen`): a reader
/// change that regen has not been run for fails here, in this crate's own tests.
#[test]
fn assembled_modelarts_is_the_committed_spec() {
    let out = read_service(&all_pages(), &options());
    let versions: Vec<&str> = out
        .documents
        .iter()
        .map(|d| d.info.version.as_str())
        .collect();
    assert_eq!(versions, ["v1", "v2"]);
    for doc in &out.documents {
        let path = docs().join(format!(
            "../openapi/otc-modelarts/{}.yaml",
            doc.info.version
        ));
        let committed = std::fs::read_to_string(&path).expect("the spec is committed");
        assert!(
            docsdk_spec::to_yaml(doc) == committed,
            "{} is not what the reader writes now: run `cargo xtask regen` and review the diff",
            path.display()
        );
    }
    let diagnostics: Vec<String> = out.diagnostics.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!("modelarts_diagnostics", diagnostics.join("\n"));
}

#[test]
fn reading_does_not_depend_on_input_order() {
    let mut reversed = all_pages();
    reversed.reverse();
    let a = read_service(&all_pages(), &options());
    let b = read_service(&reversed, &options());
    assert_eq!(a.documents, b.documents);
}

#[test]
fn every_operation_page_parses_without_errors() {
    let mut operation_pages = 0;
    for (name, text) in all_pages() {
        let page = read_page(&name, &text);
        let errors: Vec<String> = page
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        if page.is_operation_page() {
            operation_pages += 1;
        }
    }
    assert_eq!(operation_pages, 141);
}

/// Counts pages with a URI section by a means independent of the reader (a text search for
/// the section title and a `METHOD /` right after it) and compares with the operations of
/// the documents, counting merged variants.
#[test]
fn operation_count_matches_the_pages() {
    let pages = all_pages();
    let method = regex::Regex::new(r">\s*(GET|POST|PUT|DELETE|PATCH)\s+/").expect("valid");
    let independent = pages
        .iter()
        .filter(|(_, text)| {
            text.find(">URI</h4>").is_some_and(|i| {
                let end = (i + 1500..=text.len())
                    .find(|&e| text.is_char_boundary(e))
                    .unwrap_or(text.len());
                method.is_match(&text[i..end])
            })
        })
        .count();
    assert_eq!(independent, 141);
    let out = read_service(&pages, &options());
    let operations: usize = out
        .documents
        .iter()
        .flat_map(OpenApi::operations)
        .map(|(_, _, op)| op.variants.len().max(1))
        .sum();
    assert_eq!(operations, independent);
}

fn refs<'a>(schema: &'a Schema, out: &mut Vec<&'a str>) {
    if let Some(r) = &schema.reference {
        out.push(r);
    }
    if let Some(i) = &schema.items {
        refs(i, out);
    }
    if let Some(AdditionalProperties::Schema(s)) = &schema.additional_properties {
        refs(s, out);
    }
    for s in schema.properties.values() {
        refs(s, out);
    }
    for s in schema
        .one_of
        .iter()
        .chain(&schema.any_of)
        .chain(&schema.all_of)
    {
        refs(s, out);
    }
}

fn all_refs(doc: &OpenApi) -> Vec<String> {
    let mut out = Vec::new();
    for s in doc.components.schemas.values() {
        refs(s, &mut out);
    }
    for (_, _, op) in doc.operations() {
        for p in &op.parameters {
            if let Some(s) = &p.schema {
                refs(s, &mut out);
            }
        }
        for m in op.request_body.iter().flat_map(|b| b.content.values()) {
            if let Some(s) = &m.schema {
                refs(s, &mut out);
            }
        }
        for r in op.responses.values() {
            for m in r.content.values() {
                if let Some(s) = &m.schema {
                    refs(s, &mut out);
                }
            }
        }
    }
    out.into_iter().map(str::to_owned).collect()
}

#[test]
fn no_dangling_references() {
    let out = read_service(&all_pages(), &options());
    let mut checked = 0;
    for doc in &out.documents {
        for r in all_refs(doc) {
            let name = r
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("unexpected reference {r}"));
            assert!(doc.components.schemas.contains_key(name), "dangling {r}");
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} references");
}

#[test]
fn nested_tables_enums_and_long() {
    let out = read_service(&[seed()], &options());
    let doc = &out.documents[0];
    let op = doc.paths["/v1/{project_id}/images/group"]
        .get
        .as_ref()
        .expect("GET");
    let ty = op
        .parameters
        .iter()
        .find(|p| p.name == "type")
        .expect("type");
    let enums = &ty.schema.as_ref().expect("schema").enum_values;
    assert_eq!(
        enums,
        &vec![
            serde_json::json!("BUILD_IN"),
            serde_json::json!("DEDICATED")
        ]
    );
    let fuzzy = op
        .parameters
        .iter()
        .find(|p| p.name == "name_fuzzy_match")
        .expect("param");
    assert_eq!(
        fuzzy.schema.as_ref().and_then(|s| s.default.clone()),
        Some(serde_json::json!(true))
    );
    let list = &doc.components.schemas["ImageGroupListResponse"];
    let data = &list.properties["data"];
    assert_eq!(
        data.items.as_ref().and_then(|i| i.reference.as_deref()),
        Some("#/components/schemas/ImageGroup")
    );
    let group = &doc.components.schemas["ImageGroup"];
    assert_eq!(
        group.properties["create_at"].format.as_deref(),
        Some("int64")
    );
    assert_eq!(list.properties["total"].format.as_deref(), Some("int64"));

    // 2022 inline form, and a oneOf of two nested tables (`config` of real-time or batch).
    let out = read_service(&all_pages(), &options());
    let v2 = out
        .documents
        .iter()
        .find(|d| d.info.version == "v2")
        .expect("v2");
    let list = v2.paths["/v2/{project_id}/workforces"]
        .get
        .as_ref()
        .expect("GET");
    let order = list
        .parameters
        .iter()
        .find(|p| p.name == "order")
        .expect("order");
    let schema = order.schema.as_ref().expect("schema");
    assert_eq!(
        schema.enum_values,
        vec![serde_json::json!("asc"), serde_json::json!("desc")]
    );
    assert_eq!(schema.default, Some(serde_json::json!("desc")));
    let v1 = out
        .documents
        .iter()
        .find(|d| d.info.version == "v1")
        .expect("v1");
    let deploy = &v1.components.schemas["DeployModelRequest"];
    let config = deploy.properties["config"].items.as_ref().expect("items");
    assert_eq!(config.one_of.len(), 2, "{config:?}");
}

#[test]
fn shared_method_and_path_become_one_operation_with_variants() {
    let out = read_service(&all_pages(), &options());
    let v1 = out
        .documents
        .iter()
        .find(|d| d.info.version == "v1")
        .expect("v1");
    let op = v1.paths["/v1/{project_id}/demanager/instances/{instance_id}/action"]
        .post
        .as_ref()
        .expect("POST");
    assert!(!op.extra.contains_key("x-variants"), "typed, not untyped");
    let ids: Vec<&str> = op
        .variants
        .iter()
        .map(|v| v.operation_id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "manageDevelopmentEnvironmentInstance",
            "restartMlStudioInstance"
        ]
    );
    let body = op.request_body.as_ref().expect("body").content["application/json"]
        .schema
        .as_ref()
        .expect("schema");
    assert_eq!(body.one_of.len(), 2);
    // Each variant keeps its own body, whose schema keeps the page's own required list.
    for variant in &op.variants {
        let schema =
            variant.request_body.as_ref().expect("variant body").content["application/json"]
                .schema
                .as_ref()
                .expect("schema");
        let name = schema
            .reference
            .as_deref()
            .and_then(|r| r.rsplit('/').next())
            .expect("a component");
        let component = &v1.components.schemas[name];
        assert!(
            component.required.iter().any(|r| r == "action"),
            "{name}: {:?}",
            component.required
        );
        assert!(variant.source.is_some());
    }
    // Where the pages' response bodies differ (the shared responses are their `oneOf`), every
    // variant, the first page's too, lists its own: none reads the other pages' bodies.
    let one_of = |responses: &indexmap::IndexMap<String, docsdk_spec::Response>| {
        responses
            .values()
            .flat_map(|r| r.content.values())
            .any(|m| m.schema.as_ref().is_some_and(|s| !s.one_of.is_empty()))
    };
    let mut checked = 0;
    for (path, _, op) in out.documents.iter().flat_map(|d| d.operations()) {
        if op.variants.is_empty() || !one_of(&op.responses) {
            continue;
        }
        checked += 1;
        for v in &op.variants {
            assert!(
                !v.responses.is_empty() && !one_of(&v.responses),
                "{path} {}: {:?}",
                v.operation_id,
                v.responses.keys().collect::<Vec<_>>()
            );
        }
    }
    assert!(
        checked > 0,
        "the corpus has pages sharing a path with other bodies"
    );
}

#[test]
fn sources_point_at_the_original_capture_lines() {
    let out = read_service(&[seed()], &options());
    let op = out.documents[0].paths["/v1/{project_id}/images/group"]
        .get
        .as_ref()
        .expect("GET");
    let text = seed().1;
    let line = |n: usize| text.lines().nth(n - 1).unwrap_or("").to_owned();
    let source = op.source.as_ref().expect("source");
    assert!(
        line(source.line).contains("GET /v1/{project_id}/images/group"),
        "{source}"
    );
    let ty = op
        .parameters
        .iter()
        .find(|p| p.name == "type")
        .expect("type");
    let row = ty.source.as_ref().expect("row source").line;
    assert!(
        line(row).contains("<tr>") && line(row).contains(">type<"),
        "{row}: {}",
        line(row)
    );
}
