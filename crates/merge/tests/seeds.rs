//! Seeds 000 (printable view, Korean chrome) and 001 (pipe extraction, English) of SCP Cloud
//! ML, merged in manifest order. The merged document itself is stored once, as
//! `spec/openapi/scp-cloud-ml/1.0.yaml` (the pipeline writes exactly this merge;
//! `cargo xtask regen --check` fails when it is stale and `git diff` is its review).

use std::collections::BTreeSet;

use docsdk_merge::{MergeOptions, MergeOutput, merge};
use docsdk_spec::OpenApi;
use serde_json::Value;

const PRINTABLE: (&str, &str) = (
    "000_82ebfbc0b226c8e0.txt",
    include_str!("../../../spec/docs/000_82ebfbc0b226c8e0.txt"),
);
const PIPE: (&str, &str) = (
    "001_116f7b41e8a1f4cd.txt",
    include_str!("../../../spec/docs/001_116f7b41e8a1f4cd.txt"),
);

fn sources() -> (OpenApi, OpenApi) {
    let a = docsdk_read_scp_printable::read(PRINTABLE.0, PRINTABLE.1);
    let b = docsdk_read_scp_pipe::read(PIPE.0, PIPE.1);
    assert_eq!((a.documents.len(), b.documents.len()), (1, 1));
    (
        a.documents.into_iter().next().unwrap(),
        b.documents.into_iter().next().unwrap(),
    )
}

fn merged(language: &str) -> MergeOutput {
    let (a, b) = sources();
    merge(
        vec![a, b],
        &MergeOptions {
            language: language.into(),
        },
    )
}

/// Every (method, path), parameter, response code and example of `doc`, as strings.
fn inventory(doc: &OpenApi) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (path, method, op) in doc.operations() {
        let op_key = format!("{} {path}", method.as_str());
        out.insert(op_key.clone());
        for p in &op.parameters {
            out.insert(format!("{op_key} param {}:{}", p.location.as_str(), p.name));
            if let Some(e) = &p.example {
                out.insert(format!("{op_key} param {} example {e}", p.name));
            }
        }
        if let Some(body) = &op.request_body {
            for (media, m) in &body.content {
                out.insert(format!("{op_key} body {media}"));
                if let Some(e) = &m.example {
                    out.insert(format!("{op_key} body example {e}"));
                }
            }
        }
        for (code, r) in &op.responses {
            out.insert(format!("{op_key} response {code}"));
            for m in r.content.values() {
                if let Some(e) = &m.example {
                    out.insert(format!("{op_key} response {code} example {e}"));
                }
            }
        }
    }
    out
}

/// Every example a merged document keeps: the kept ones and the `x-other-examples`.
fn all_examples(doc: &OpenApi) -> BTreeSet<String> {
    let mut out = inventory(doc);
    for (path, method, op) in doc.operations() {
        let op_key = format!("{} {path}", method.as_str());
        let others = |extra: &docsdk_spec::Extra| -> Vec<Value> {
            extra
                .get("x-other-examples")
                .and_then(Value::as_array)
                .map_or_else(Vec::new, |l| l.iter().map(|e| e["value"].clone()).collect())
        };
        for p in &op.parameters {
            for e in others(&p.extra) {
                out.insert(format!("{op_key} param {} example {e}", p.name));
            }
        }
        for (code, r) in &op.responses {
            for m in r.content.values() {
                for e in others(&m.extra) {
                    out.insert(format!("{op_key} response {code} example {e}"));
                }
            }
        }
    }
    out
}

#[test]
fn the_merged_spec_carries_everything_either_source_states() {
    let (a, b) = sources();
    let out = merge(vec![a.clone(), b.clone()], &MergeOptions::default());
    let kept = all_examples(&out.document);
    for (name, doc) in [("000", &a), ("001", &b)] {
        let missing: Vec<_> = inventory(doc).difference(&kept).cloned().collect();
        assert!(
            missing.is_empty(),
            "items of {name} missing from the merged spec: {missing:#?}"
        );
    }
    // 001's derived ids give way to 000's titles; every model of 000 is there.
    assert_eq!(
        out.document.components.schemas.len(),
        a.components.schemas.len()
    );
    for (_, _, op) in out.document.operations() {
        assert!(op.summary.is_some());
        assert!(!op.extra.contains_key("x-operation-id-derived"));
        assert_eq!(op.also_stated_at.len(), 1, "{:?}", op.operation_id);
        assert!(op.also_stated_at[0].file.starts_with("001_"));
    }
    assert_eq!(out.document.source_documents, [PRINTABLE.0, PIPE.0]);
}

#[test]
fn english_is_preferred_and_korean_selectable() {
    let en = merged("en").document;
    assert!(
        en.info
            .description
            .as_deref()
            .unwrap()
            .starts_with("Provides an Application Programming Interface")
    );
    assert_eq!(en.language.as_deref(), Some("en"));
    let op = en.paths["/v1/cloud-ml/images"].get.as_ref().unwrap();
    let header = op
        .example_request
        .as_ref()
        .unwrap()
        .headers
        .iter()
        .find(|h| h.name == "Accept-Language")
        .unwrap();
    assert_eq!(header.value, "en-US");
    assert_eq!(
        op.lifecycle.as_ref().unwrap().date_label.as_deref(),
        Some("Supported Until")
    );

    let ko = merged("ko").document;
    assert!(
        ko.info
            .description
            .as_deref()
            .unwrap()
            .starts_with("SCP에서 제공하는")
    );
    let op = ko.paths["/v1/cloud-ml/images"].get.as_ref().unwrap();
    let header = op
        .example_request
        .as_ref()
        .unwrap()
        .headers
        .iter()
        .find(|h| h.name == "Accept-Language")
        .unwrap();
    assert_eq!(header.value, "ko-KR");
    assert_eq!(
        op.lifecycle.as_ref().unwrap().date_label.as_deref(),
        Some("최소 지원 보장일")
    );
}

#[test]
fn the_seeds_do_not_conflict() {
    let out = merged("en");
    let conflicts: Vec<String> = out.conflicts.iter().map(ToString::to_string).collect();
    assert_eq!(conflicts, Vec::<String>::new());
    let diagnostics: Vec<String> = out.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(diagnostics, Vec::<String>::new());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Whatever a damaged second source looks like, merging it never panics and keeps every
    /// operation of the intact first source.
    #[test]
    fn merging_a_mangled_source_never_panics(deletes in proptest::collection::vec(0usize..451, 0..20)) {
        let (a, _) = sources();
        let mut lines: Vec<&str> = PIPE.1.lines().collect();
        for d in deletes {
            if !lines.is_empty() {
                lines.remove(d % lines.len());
            }
        }
        let b = docsdk_read_scp_pipe::read(PIPE.0, &lines.join("\n"));
        let ops = a.operations().count();
        let mut docs = vec![a];
        docs.extend(b.documents);
        let out = merge(docs, &MergeOptions::default());
        proptest::prop_assert!(out.document.operations().count() >= ops);
    }
}
