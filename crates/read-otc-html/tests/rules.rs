//! One test per rule of issue 10 (status of unmarked bodies, names, constraints), each on
//! every ModelArts layout it applies to: the older hand-written `modelarts_03_*` pages, the
//! API Explorer pages (`ListWorkforces.html`) and the git-viewer capture of seed 003.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

mod common;

use docsdk_read_otc_html::{ServiceOptions, read_page, read_service};
use docsdk_spec::{DiagnosticCode, Ext, ExtraExt, OpenApi, Operation, ReadOutput};
use serde_json::json;

fn docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/docs")
}

fn page(name: &str) -> (String, String) {
    let text = std::fs::read_to_string(docs().join("otc-modelarts-2022").join(name))
        .expect("the corpus is vendored");
    (format!("otc-modelarts-2022/{name}"), text)
}

fn all_pages() -> Vec<(String, String)> {
    let seed = "003_912305248eadce30.txt";
    let mut pages = vec![(
        seed.to_owned(),
        std::fs::read_to_string(docs().join(seed)).expect("seed 003 is vendored"),
    )];
    let dir = docs().join("otc-modelarts-2022");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the corpus is vendored")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".html"))
        .collect();
    names.sort();
    pages.extend(names.iter().map(|n| page(n)));
    pages
}

fn options() -> ServiceOptions {
    common::options("ModelArts", "modelarts")
}

static SERVICE: LazyLock<ReadOutput> = LazyLock::new(|| read_service(&all_pages(), &options()));

fn op(version: &str, path: &str, method: &str) -> &'static Operation {
    let doc: &OpenApi = SERVICE
        .documents
        .iter()
        .find(|d| d.info.version == version)
        .expect("version");
    let item = &doc.paths[path];
    match method {
        "get" => item.get.as_ref(),
        "post" => item.post.as_ref(),
        "put" => item.put.as_ref(),
        "delete" => item.delete.as_ref(),
        _ => None,
    }
    .expect("operation")
}

fn all_ops() -> impl Iterator<Item = &'static Operation> {
    SERVICE
        .documents
        .iter()
        .flat_map(OpenApi::operations)
        .map(|(_, _, op)| op)
}

fn snake(id: &str) -> String {
    docsdk_naming::snake(id, "x")
}

// --- 1. Status codes ---------------------------------------------------------------------

#[test]
fn no_success_body_is_left_under_default() {
    for op in all_ops() {
        if let Some(r) = op.responses.get("default") {
            assert!(
                r.content.is_empty(),
                "{:?} keeps a body under default",
                op.operation_id
            );
        }
    }
}

#[test]
fn old_layout_body_takes_the_one_code_of_its_method_in_the_service() {
    let list = op("v1", "/v1/{project_id}/training-jobs", "get");
    let ok = &list.responses["200"];
    assert!(!ok.content.is_empty());
    assert_eq!(
        ok.extra.ext(Ext::STATUS_RULE),
        Some(&json!("service-method"))
    );
}

#[test]
fn old_layout_body_without_one_service_code_is_2xx() {
    // POST operations of the service return bodies with 200 and 201: no single code.
    let create = op("v1", "/v1/{project_id}/training-jobs", "post");
    let ok = &create.responses["2XX"];
    assert!(!ok.content.is_empty());
    assert_eq!(
        ok.extra.ext(Ext::STATUS_RULE),
        Some(&json!("success-range"))
    );
    let warned = SERVICE.diagnostics.iter().any(|d| {
        d.code == DiagnosticCode::ResponseStatusInferred
            && d.source.file.ends_with("modelarts_03_0045.html")
            && d.message.contains("success-range")
    });
    assert!(warned);
}

#[test]
fn new_layout_stated_code_is_kept_without_a_rule() {
    let list = op("v2", "/v2/{project_id}/workforces", "get");
    let ok = &list.responses["200"];
    assert!(!ok.content.is_empty());
    assert!(!ok.extra.has_ext(Ext::STATUS_RULE));
}

#[test]
fn a_page_read_alone_puts_its_unmarked_body_under_2xx_and_says_so() {
    let (name, text) = page("modelarts_03_0046.html");
    let out = read_page(&name, &text);
    let op = &out.operations[0].operation;
    assert!(!op.responses["2XX"].content.is_empty());
    assert!(
        out.diagnostics
            .has_code(DiagnosticCode::ResponseStatusInferred)
    );
}

// --- 3. Names ------------------------------------------------------------------------------

#[test]
fn old_layout_ids_come_from_titles_by_the_verb_mapping() {
    let cases = [
        (
            "v1",
            "/v1/{project_id}/training-jobs",
            "get",
            "listTrainingJobs",
        ),
        (
            "v1",
            "/v1/{project_id}/training-jobs",
            "post",
            "createTrainingJob",
        ),
        (
            "v1",
            "/v1/{project_id}/models/{model_id}",
            "get",
            "showModel",
        ),
        (
            "v1",
            "/v1/{project_id}/training-jobs/{job_id}",
            "delete",
            "deleteTrainingJob",
        ),
        (
            "v1",
            "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}",
            "delete",
            "deleteTrainingJobVersion",
        ),
    ];
    for (version, path, method, id) in cases {
        assert_eq!(op(version, path, method).operation_id.as_deref(), Some(id));
    }
}

#[test]
fn capture_layout_ids_come_from_titles_too() {
    // Seed 003 (git-viewer capture): `Obtaining User Image Groups`, plural -> list.
    let list = op("v1", "/v1/{project_id}/images/group", "get");
    assert_eq!(list.operation_id.as_deref(), Some("listUserImageGroups"));
}

#[test]
fn new_layout_ids_are_the_api_names() {
    let list = op("v2", "/v2/{project_id}/workforces", "get");
    assert_eq!(list.operation_id.as_deref(), Some("listWorkforces"));
    let desc = op("v2", "/v2/{project_id}/datasets/{dataset_id}", "get");
    assert_eq!(desc.operation_id.as_deref(), Some("describeDataset"));
}

#[test]
fn every_method_name_is_short_and_verb_first() {
    let ids: Vec<String> = all_ops()
        .flat_map(|op| {
            op.operation_id
                .iter()
                .cloned()
                .chain(op.variants.iter().map(|v| v.operation_id.clone()))
        })
        .collect();
    assert!(ids.len() > 130);
    let long: Vec<&String> = ids.iter().filter(|i| snake(i).len() > 40).collect();
    assert!(long.is_empty(), "{long:?}");
    let verbs = [
        "list",
        "show",
        "describe",
        "create",
        "delete",
        "update",
        "batch",
        "start",
        "stop",
        "restart",
        "add",
        "remove",
        "import",
        "export",
        "accept",
        "deploy",
        "manage",
        "get",
        "configure",
        "submit",
        "review",
        "run",
        "sync",
        "cancel",
        "publish",
        "upload",
    ];
    let verb_first = ids
        .iter()
        .filter(|i| verbs.contains(&snake(i).split('_').next().unwrap_or("")))
        .count();
    assert!(
        verb_first * 100 >= ids.len() * 95,
        "{verb_first}/{}",
        ids.len()
    );
}

#[test]
fn model_names_are_bounded_unnumbered_and_from_resources() {
    let names: Vec<&String> = SERVICE
        .documents
        .iter()
        .flat_map(|d| d.components.schemas.keys())
        .collect();
    let long: Vec<_> = names.iter().filter(|n| n.len() > 48).collect();
    assert!(long.is_empty(), "{long:?}");
    let numbered: Vec<_> = names
        .iter()
        .filter(|n| n.ends_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert!(numbered.is_empty(), "{numbered:?}");
    let v1 = SERVICE
        .documents
        .iter()
        .find(|d| d.info.version == "v1")
        .expect("v1");
    // Older layout: the nested `config` table of Creating a Training Job.
    assert!(v1.components.schemas.contains_key("TrainingJobConfig"));
    assert!(
        v1.components
            .schemas
            .contains_key("CreateTrainingJobRequest")
    );
}

// --- 4. Constraints ------------------------------------------------------------------------

#[test]
fn old_layout_recommended_range_is_advice() {
    let list = op("v1", "/v1/{project_id}/models", "get");
    let limit = list
        .parameters
        .iter()
        .find(|p| p.name == "limit")
        .expect("limit");
    let schema = limit.schema.as_ref().expect("schema");
    assert_eq!(schema.maximum, None);
    assert_eq!(schema.default, Some(json!(100)));
    assert_eq!(
        schema.extra.ext(Ext::STATED_RANGE),
        Some(&json!("10 to 50 (recommended)"))
    );
}

#[test]
fn new_layout_hard_range_is_a_constraint() {
    let list = op("v2", "/v2/{project_id}/workforces", "get");
    let limit = list
        .parameters
        .iter()
        .find(|p| p.name == "limit")
        .expect("limit");
    let schema = limit.schema.as_ref().expect("schema");
    assert_eq!(schema.maximum, Some(100.into()));
    assert_eq!(schema.default, Some(json!(10)));
}

#[test]
fn a_default_outside_a_hard_range_is_kept_as_text_with_a_warning() {
    let (name, text) = page("modelarts_03_0077.html");
    let hard = text.replace("The recommended value ranges", "The value ranges");
    assert_ne!(hard, text, "the page states the recommendation");
    let out = read_page(&name, &hard);
    let op = &out.operations[0].operation;
    let limit = op
        .parameters
        .iter()
        .find(|p| p.name == "limit")
        .expect("limit");
    let schema = limit.schema.as_ref().expect("schema");
    assert_eq!(schema.maximum, Some(50.into()));
    assert_eq!(schema.default, None);
    assert_eq!(schema.stated_default.as_deref(), Some("100"));
    assert!(out.diagnostics.has_code(DiagnosticCode::DefaultOutOfRange));
}
