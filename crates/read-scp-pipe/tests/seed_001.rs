//! Seed 001 (SCP Cloud ML, pipe-table extraction) read alone.

use docsdk_read_scp_pipe::{looks_like, read};
use docsdk_spec::{Ext, ExtraExt};
use docsdk_spec::{Method, ParameterLocation};

const FILE: &str = "001_116f7b41e8a1f4cd.txt";
const TEXT: &str = include_str!("../../../spec/docs/001_116f7b41e8a1f4cd.txt");
const PRINTABLE: &str = include_str!("../../../spec/docs/000_82ebfbc0b226c8e0.txt");
const PRINTABLE_EN: &str = include_str!("../../../spec/docs/002_d08617caa93a34a7.txt");
const HTML: &str = include_str!("../../../spec/docs/003_912305248eadce30.txt");

#[test]
fn snapshot_of_001_read_alone() {
    let out = read(FILE, TEXT);
    assert_eq!(out.documents.len(), 1);
    insta::assert_snapshot!("001_cloud_ml_1_0", docsdk_spec::to_yaml(&out.documents[0]));
}

#[test]
fn the_only_warnings_are_the_undefined_models() {
    let out = read(FILE, TEXT);
    let lines: Vec<String> = out.diagnostics.iter().map(ToString::to_string).collect();
    let model = |line: usize, name: &str| {
        format!(
            "{FILE}:{line}: warning[undefined-model]: model `{name}` is referenced but not defined (this extraction has no \
             Models section); kept as a `$ref` (first reference here)"
        )
    };
    assert_eq!(
        lines,
        [
            model(116, "ImageVersionsResponse"),
            model(228, "CloudMLRequest"),
            model(232, "AsyncResponse"),
            model(399, "CloudMLUpdateRequest"),
            model(403, "CloudMLDetailResponse"),
        ]
    );
}

/// Counts taken from the text itself, not from the reader.
#[test]
fn every_operation_parameter_and_response_is_read() {
    let out = read(FILE, TEXT);
    let doc = &out.documents[0];
    let method_lines = TEXT
        .lines()
        .filter(|l| {
            ["get /", "post /", "put /", "delete /"]
                .iter()
                .any(|m| l.starts_with(m))
        })
        .count();
    let param_rows = TEXT
        .lines()
        .filter(|l| {
            ["| header |", "| query |", "| path |", "| body |"]
                .iter()
                .any(|m| l.starts_with(m))
        })
        .count();
    let body_rows = TEXT.lines().filter(|l| l.starts_with("| body |")).count();
    let response_rows = TEXT
        .lines()
        .filter(|l| {
            let code = l.strip_prefix("| ").and_then(|r| r.get(..3));
            code.is_some_and(|c| c.bytes().all(|b| b.is_ascii_digit()))
                && l.get(5..8) == Some(" | ")
        })
        .count();
    let example_codes = TEXT.lines().filter(|l| l.starts_with("Response ")).count();
    assert_eq!(
        (
            method_lines,
            param_rows,
            body_rows,
            response_rows,
            example_codes
        ),
        (9, 29, 2, 17, 9)
    );

    assert_eq!(doc.operations().count(), method_lines);
    let params: usize = doc.operations().map(|(_, _, op)| op.parameters.len()).sum();
    let bodies = doc
        .operations()
        .filter(|(_, _, op)| op.request_body.is_some())
        .count();
    assert_eq!((params + bodies, bodies), (param_rows, body_rows));
    // Table rows plus one response for each of the 5 operations whose table is missing.
    let responses: usize = doc.operations().map(|(_, _, op)| op.responses.len()).sum();
    assert_eq!(responses, response_rows + 5);
    let examples = doc
        .operations()
        .flat_map(|(_, _, op)| op.responses.values())
        .filter(|r| r.content.values().any(|m| m.example.is_some()))
        .count();
    // 9 `Response NNN` lines, of which 1.1 (L52) and 1.7 (L319) print no JSON.
    assert_eq!(examples, 7);

    for (path, method, op) in doc.operations() {
        assert_eq!(
            op.extra.ext(Ext::OPERATION_ID_DERIVED),
            Some(&serde_json::json!(true)),
            "{path}"
        );
        assert!(op.summary.is_none());
        assert!(op.source.is_some() && op.lifecycle.is_some() && op.example_request.is_some());
        assert_eq!(
            op.api_version_header.as_ref().unwrap().value,
            "cloud-ml 1.0"
        );
        assert!(op.parameters.iter().all(|p| p.source.is_some()));
        assert!(
            op.responses.values().all(|r| r.source.is_some()),
            "{} {path}",
            method.as_str()
        );
    }
    let ids: Vec<&str> = doc
        .operations()
        .filter_map(|(_, _, op)| op.operation_id.as_deref())
        .collect();
    assert_eq!(
        ids,
        [
            "getV1CloudMlCheckDuplication",
            "getV1CloudMlClustersClusterIdEstimate",
            "getV1CloudMlImages",
            "getV1CloudMlClustersClusterIdCheckReleasable",
            "getV1CloudMlClustersClusterId",
            "postV1CloudMl",
            "getV1CloudMlCloudMlId",
            // One path item lists its methods in OpenAPI order: get, put, post, delete.
            "putV1CloudMlCloudMlId",
            "deleteV1CloudMlCloudMlId",
        ]
    );
}

#[test]
fn reads_the_service_header() {
    let doc = &read(FILE, TEXT).documents[0];
    assert_eq!(
        (doc.info.title.as_str(), doc.info.version.as_str()),
        ("Cloud ML", "1.0")
    );
    assert_eq!(doc.language.as_deref(), Some("en"));
    assert_eq!(doc.service_key.as_deref(), Some("cloud-ml"));
    assert!(
        doc.info
            .description
            .as_deref()
            .unwrap()
            .starts_with("Provides an Application")
    );
    let server = &doc.servers[0];
    assert_eq!(
        server.url,
        "https://cloud-ml.{region}.{environment}.samsungsdscloud.com"
    );
    assert_eq!(server.environment_regions.len(), 7);
    assert_eq!(server.variables["environment"].enum_values, ["s", "g", "e"]);
    let scheme = &doc.components.security_schemes["scpSignature"];
    assert_eq!(
        (scheme.name.as_deref(), scheme.signing.as_deref()),
        (Some("Scp-Accesskey"), Some("scp-hmac-sha256"))
    );
}

#[test]
fn an_empty_responses_section_keeps_the_example_code() {
    let doc = &read(FILE, TEXT).documents[0];
    let op = doc.paths["/v1/cloud-ml/check-duplication"]
        .operation(Method::Get)
        .unwrap();
    assert_eq!(op.responses.keys().collect::<Vec<_>>(), ["200"]);
    assert_eq!(op.responses["200"].description, "");
    assert!(op.responses["200"].content.is_empty());
    let op = doc.paths["/v1/cloud-ml/clusters/{cluster_id}/estimate"]
        .operation(Method::Get)
        .unwrap();
    let media = &op.responses["200"].content["application/json"];
    assert!(media.schema.is_none());
    assert_eq!(
        media.example.as_ref().unwrap()["copilot"],
        serde_json::json!({})
    );
    let q = op
        .parameters
        .iter()
        .find(|p| p.location == ParameterLocation::Query)
        .unwrap();
    assert_eq!(q.example, Some(serde_json::json!(false)));
    assert_eq!(
        q.schema.as_ref().unwrap().default,
        Some(serde_json::json!(false))
    );
}

#[test]
fn looks_like_tells_the_formats_apart() {
    assert!(looks_like(TEXT));
    assert!(!looks_like(PRINTABLE));
    assert!(!looks_like(PRINTABLE_EN));
    assert!(
        docsdk_read_scp_printable::looks_like(PRINTABLE)
            && !docsdk_read_scp_printable::looks_like(TEXT)
    );
    assert!(!looks_like(HTML));
    assert!(!looks_like(""));
    assert!(
        !looks_like("| a | b |\n|---|\n| 1 | 2 |"),
        "a pipe table alone is not an SCP page"
    );
}
