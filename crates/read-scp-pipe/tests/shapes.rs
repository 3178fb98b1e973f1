//! Shapes of the pipe extraction that seed 001 does not show, written by hand.

use docsdk_read_scp_pipe::{looks_like, read, undefined_model};
use docsdk_spec::Method;
use docsdk_spec::{Ext, ExtraExt};
use serde_json::json;

const TWO_SERVICES: &str = "\
1 - Data Flow
Overview
데이터 플로우 서비스
Version
| Version | Status | Supported Until |
|---|
| 1.1 | CURRENT | - |
| 1.0 | SUPPORTED | 20260701 |
OpenAPI URL
https://data-flow.{region}.{environment}.samsungsdscloud.com
Environment and Region List
| environment | region |
|---|
| s | kr-west1 |
1.1 - ListDataFlows
1.1.1 - 1.1
get /v1/data-flows
Description
list data flows
상태 ACTIVE (CURRENT)
| 버전 | 최소 지원 보장일 |
|---|
| 1.1 | - |
Parameters
| Type | Name | Description | Schema | Default |
|---|
| query | size optional | Page size Example : 20 | any of [integer, null] | 20 |
| query | status optional | Status Example : ACTIVE | enum (ACTIVE, DELETED) | None |
Responses
| HTTP Code | Description | Schema |
|---|
| 200 | OK | DataFlowListResponse |
| 400 | Bad Request | None |
Example HTTP request
Request path
/v1/data-flows
Request header
\"Scp-Api-Version = data-flow 1.1\"
Example HTTP response
Response 200
{
\"contents\": []
}
1.1.2 - 1.0
get /v1/data-flows
Description
list data flows
상태 ACTIVE (SUPPORTED)
| 버전 | 최소 지원 보장일 |
|---|
| 1.0 | 20260701 |
Responses
| HTTP Code | Description | Schema |
|---|
| 201 | Created | None |
Example HTTP request
Request path
/v1/data-flows
\"Scp-Api-Version = data-flow 1.1\"
Example HTTP response
Response 200
2 - Quick Query
Overview
Quick Query service
OpenAPI URL
https://quick-query.{region}.{environment}.samsungsdscloud.com
1.1.1 - 1.0
delete /v1/quick-query/{id}
Description
delete
State ACTIVE (DEPRECATED)
| Version | Not Before |
|---|
| 1.0 | 20260319 |
Parameters
| Type | Name | Description | Schema | Default |
|---|
| path | id required | ID Example : abc
| string | None |
Responses
| HTTP Code | Description | Schema |
|---|
| 202 | Accepted | None |
Example HTTP request
Request path
/v1/quick-query/{id}
\"Scp-Api-Version = quick-query 1.0\"
Example HTTP response
Response 202";

#[test]
fn reads_several_services_versions_and_titles() {
    assert!(looks_like(TWO_SERVICES));
    let out = read("t.txt", TWO_SERVICES);
    let docs: Vec<(&str, &str)> = out
        .documents
        .iter()
        .map(|d| (d.info.title.as_str(), d.info.version.as_str()))
        .collect();
    assert_eq!(
        docs,
        [
            ("Data Flow", "1.1"),
            ("Data Flow", "1.0"),
            ("Quick Query", "1.0")
        ]
    );
    let lines: Vec<String> = out.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "t.txt:32: warning[undefined-model]: model `DataFlowListResponse` is referenced but not defined (this extraction has no Models section); kept as a `$ref` (first reference here)",
            "t.txt:59: warning[inconsistent]: expected version `1.0` in `Scp-Api-Version`, found `data-flow 1.1`",
            "t.txt:61: warning[inconsistent]: expected `Response 200` to name a row of the Responses table, found no row 200; the example is kept in x-example-responses",
            // The same rules as the printable view: a URL variable needs documented values.
            "t.txt:66: warning[missing-item]: expected documented values for server variable `region` (the environment/region list), found none; its default is empty",
            "t.txt:66: warning[missing-item]: expected documented values for server variable `environment` (the environment/region list), found none; its default is empty",
        ]
    );
    assert_eq!(
        undefined_model(&out.diagnostics.0[0]),
        Some("DataFlowListResponse")
    );
    assert_eq!(undefined_model(&out.diagnostics.0[1]), None);

    let v11 = &out.documents[0];
    assert_eq!(v11.language.as_deref(), Some("ko"));
    let life = v11.info.lifecycle.as_ref().unwrap();
    assert_eq!(
        (
            life.status.as_str(),
            life.date.as_deref(),
            life.date_label.as_deref()
        ),
        ("CURRENT", None, Some("Supported Until"))
    );
    let op = v11.paths["/v1/data-flows"].operation(Method::Get).unwrap();
    // A title heading before the version heading is the summary and gives the id, by the
    // rule the printable reader follows (so both readers name the operation alike).
    assert_eq!(op.summary.as_deref(), Some("ListDataFlows"));
    assert_eq!(op.operation_id.as_deref(), Some("listDataFlows"));
    assert!(!op.extra.has_ext(Ext::OPERATION_ID_DERIVED));
    assert_eq!(
        op.lifecycle.as_ref().unwrap().date_label.as_deref(),
        Some("최소 지원 보장일")
    );
    let size = &op.parameters[0];
    assert_eq!(size.schema.as_ref().unwrap().default, Some(json!(20)));
    assert_eq!(size.example, Some(json!(20)));
    let status = &op.parameters[1].schema.as_ref().unwrap().enum_values;
    assert_eq!(status, &[json!("ACTIVE"), json!("DELETED")]);

    let v10 = &out.documents[1];
    let life = v10.info.lifecycle.as_ref().unwrap();
    assert_eq!(
        (life.status.as_str(), life.date.as_deref()),
        ("SUPPORTED", Some("2026-07-01"))
    );
    let op = v10.paths["/v1/data-flows"].operation(Method::Get).unwrap();
    assert_eq!(op.extra["x-example-responses"][0]["code"], json!("200"));

    let qq = &out.documents[2];
    assert_eq!(
        qq.language.as_deref(),
        Some("ko"),
        "Korean labels anywhere in the file"
    );
    assert_eq!(qq.service_key.as_deref(), Some("quick-query"));
    assert!(qq.servers[0].environment_regions.is_empty());
    let op = qq.paths["/v1/quick-query/{id}"]
        .operation(Method::Delete)
        .unwrap();
    assert!(op.deprecated);
    let life = op.lifecycle.as_ref().unwrap();
    assert_eq!(
        (
            life.status.as_str(),
            life.date.as_deref(),
            life.date_label.as_deref()
        ),
        ("DEPRECATED", Some("2026-03-19"), Some("Not Before"))
    );
    assert_eq!(op.extra["x-state"], json!("ACTIVE"));
}

/// Untitled blocks of the same method and path at two versions are one operation: the same
/// derived id in both documents (never `_2`, which a second operation would get).
#[test]
fn versions_of_one_operation_share_its_id() {
    let block = |n: &str, v: &str| {
        format!(
            "1.1.{n} - {v}\nget /v1/things\nDescription\nlist\nState ACTIVE (CURRENT)\n| Version | Supported Until |\n|---|\n| {v} | - |\nResponses\n| HTTP Code | Description | Schema |\n|---|\n| 200 | OK | None |\n"
        )
    };
    let text = format!(
        "Things\nOverview\nthings\nOpenAPI URL\nhttps://things.samsungsdscloud.com\n{}{}",
        block("1", "1.1"),
        block("2", "1.0")
    );
    let out = read("t.txt", &text);
    let ids: Vec<(&str, &str)> = out
        .documents
        .iter()
        .map(|d| {
            let (_, _, op) = d.operations().next().unwrap();
            (d.info.version.as_str(), op.operation_id.as_deref().unwrap())
        })
        .collect();
    assert_eq!(ids, [("1.1", "getV1Things"), ("1.0", "getV1Things")]);
}
