//! Generated tests: every documented example against its type, and one request per operation and API version against a local server.
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
/// Parses a test value.
fn v<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}
/// Equal as JSON, where an absent field equals `null` and numbers compare by value.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            x.keys()
                .chain(y.keys())
                .all(|k| {
                    same(
                        x.get(k).unwrap_or(&Value::Null),
                        y.get(k).unwrap_or(&Value::Null),
                    )
                })
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}
fn round_trips<T: Serialize + DeserializeOwned>(json: &str) {
    let original: Value = v(json);
    let typed: T = v(json);
    let back = serde_json::to_value(&typed).expect("serializes");
    assert!(same(& original, & back), "lost or changed a field:\n{original}\n{back}");
}
fn rejects<T: DeserializeOwned>(json: &str) {
    assert!(serde_json::from_str:: < T > (json).is_err(), "accepted {json}");
}
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
fn client(server: &MockServer) -> scp_data_ops::Client {
    let config = scp_data_ops::runtime::Config::builder()
        .credentials(
            scp_data_ops::runtime::ScpCredentials::new("access-key", "secret-key"),
        )
        .endpoint_url(server.uri())
        .retry(scp_data_ops::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    scp_data_ops::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// The documented `check_cluster_resource_size_for_data_ops_service_create` 1.1 response_200 example contradicts the schema ($.result: expected a boolean, found ""), so the strict type rejects it.
#[test]
fn check_cluster_resource_size_for_data_ops_service_create_v1_1_response_200() {
    rejects::<
        scp_data_ops::types::ClusterResourceCheckResponse,
    >("{\"cpu\":\"CPU\",\"err_code\":\"\",\"memory\":\"Memory\",\"result\":\"\"}");
}
/// The documented `check_cluster_resource_size_for_data_ops_service_create` 1.1 request_body example deserializes and serializes back.
#[test]
fn check_cluster_resource_size_for_data_ops_service_create_v1_1_request_body() {
    round_trips::<
        scp_data_ops::types::DataOpsServiceValidateResourceRequest,
    >(
        "{\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}}",
    );
}
/// `check_cluster_resource_size_for_data_ops_service_create` at API version 1.1 sends POST /v1/data-ops-services/clusters/{cluster_id}/validate-resources.
#[tokio::test]
async fn check_cluster_resource_size_for_data_ops_service_create_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/data-ops-services/clusters/example/validate-resources"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"err_code\":\"example\",\"result\":true}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .check_cluster_resource_size_for_data_ops_service_create()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .cluster_id(v::<String>("\"example\""))
        .service_workload(
            v::<
                serde_json::Value,
            >(
                "{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}}")),
        "sent body {sent}"
    );
}
/// `check_cluster_resource_size_for_data_ops_service_create` at API version 1.0 sends POST /v1/data-ops-services/clusters/{cluster_id}/validate-resources.
#[tokio::test]
async fn check_cluster_resource_size_for_data_ops_service_create_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/data-ops-services/clusters/example/validate-resources"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"err_code\":\"example\",\"result\":true}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .check_cluster_resource_size_for_data_ops_service_create()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .cluster_id(v::<String>("\"example\""))
        .service_workload(
            v::<
                serde_json::Value,
            >(
                "{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}}")),
        "sent body {sent}"
    );
}
/// `check_cluster_resource_size_for_data_ops_service_update` at API version 1.1 sends POST /v1/data-ops-services/{data_ops_service_id}/validate-resources.
#[tokio::test]
async fn check_cluster_resource_size_for_data_ops_service_update_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/data-ops-services/example/validate-resources"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"err_code\":\"example\",\"result\":true}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .check_cluster_resource_size_for_data_ops_service_update()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_service_id(v::<String>("\"example\""))
        .service_workload(
            v::<
                serde_json::Value,
            >(
                "{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}}")),
        "sent body {sent}"
    );
}
/// `check_cluster_resource_size_for_data_ops_service_update` at API version 1.0 sends POST /v1/data-ops-services/{data_ops_service_id}/validate-resources.
#[tokio::test]
async fn check_cluster_resource_size_for_data_ops_service_update_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/data-ops-services/example/validate-resources"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"err_code\":\"example\",\"result\":true}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .check_cluster_resource_size_for_data_ops_service_update()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_service_id(v::<String>("\"example\""))
        .service_workload(
            v::<
                serde_json::Value,
            >(
                "{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}}")),
        "sent body {sent}"
    );
}
/// `check_data_ops_name_duplication` at API version 1.1 sends GET /v1/data-ops/{data_ops_name}/check-duplication.
#[tokio::test]
async fn check_data_ops_name_duplication_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops/example/check-duplication"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .check_data_ops_name_duplication()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `check_data_ops_name_duplication` at API version 1.0 sends GET /v1/data-ops/{data_ops_name}/check-duplication.
#[tokio::test]
async fn check_data_ops_name_duplication_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops/example/check-duplication"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .check_data_ops_name_duplication()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `check_data_ops_service_name_duplication` at API version 1.1 sends GET /v1/data-ops-services/{data_ops_service_name}/check-duplication.
#[tokio::test]
async fn check_data_ops_service_name_duplication_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops-services/example/check-duplication"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .check_data_ops_service_name_duplication()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_service_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `check_data_ops_service_name_duplication` at API version 1.0 sends GET /v1/data-ops-services/{data_ops_service_name}/check-duplication.
#[tokio::test]
async fn check_data_ops_service_name_duplication_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops-services/example/check-duplication"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .check_data_ops_service_name_duplication()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_service_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_data_ops` 1.1 response_200 example contradicts the schema ($.contents[0].is_active_image: expected a boolean, found ""), so the strict type rejects it.
#[test]
fn list_data_ops_v1_1_response_200() {
    rejects::<
        scp_data_ops::types::ListDataOpsConsoleResponseV1Dot1,
    >(
        "{\"contents\":[{\"account_id\":\"\",\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_by\":\"\",\"created_dt\":\"2026-02-11T06:41:30.704Z\",\"data_ops_id\":\"\",\"data_ops_name\":\"\",\"image_id\":\"\",\"instance_id\":\"\",\"is_active_image\":\"\",\"modified_by\":\"\",\"modified_dt\":\"2026-02-11T06:41:30.710Z\",\"namespace_name\":\"\",\"state\":\"\",\"version\":\"\"}],\"total_count\":\"\"}",
    );
}
/// The list helper requests page after page and yields every item.
#[tokio::test]
async fn list_data_ops_v1_1_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        (
            "0",
            "{\"total_count\":3,\"contents\":[{\"account_id\":\"example\",\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"image_id\":\"example\",\"is_active_image\":true,\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"version\":\"example\"},{\"account_id\":\"example\",\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"image_id\":\"example\",\"is_active_image\":true,\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"version\":\"example\"}]}",
        ),
        (
            "1",
            "{\"total_count\":3,\"contents\":[{\"account_id\":\"example\",\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"image_id\":\"example\",\"is_active_image\":true,\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"version\":\"example\"}]}",
        ),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/data-ops"))
            .and(query_param("page", page))
            .and(query_param("size", "2"))
            .respond_with(
                ResponseTemplate::new(200u16).set_body_raw(body, "application/json"),
            )
            .expect(1)
            .mount(&server)
            .await;
    }
    let stream = client(&server)
        .list_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .sort(v::<String>("\"created_dt:desc\""))
        .cluster_name(v::<String>("\"example\""))
        .created_by(v::<String>("\"example\""))
        .state(v::<scp_data_ops::types::State>("\"ACTIVE\""))
        .version(v::<String>("\"example\""))
        .cluster_id(v::<String>("\"example\""))
        .data_ops_name(v::<String>("\"example\""))
        .region(v::<String>("\"example\""))
        .size(2)
        .into_stream();
    let items = scp_data_ops::runtime::collect_all(stream).await.expect("every page");
    assert_eq!(items.len(), 3);
}
/// `list_data_ops` at API version 1.1 sends GET /v1/data-ops.
#[tokio::test]
async fn list_data_ops_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(query_param("sort", "created_dt:desc"))
        .and(query_param("cluster_name", "example"))
        .and(query_param("created_by", "example"))
        .and(query_param("state", "ACTIVE"))
        .and(query_param("version", "example"))
        .and(query_param("size", "1"))
        .and(query_param("page", "1"))
        .and(query_param("cluster_id", "example"))
        .and(query_param("data_ops_name", "example"))
        .and(query_param("region", "example"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"total_count\":1}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .sort(v::<String>("\"created_dt:desc\""))
        .cluster_name(v::<String>("\"example\""))
        .created_by(v::<String>("\"example\""))
        .state(v::<scp_data_ops::types::State>("\"ACTIVE\""))
        .version(v::<String>("\"example\""))
        .size(v::<i64>("1"))
        .page(v::<i64>("1"))
        .cluster_id(v::<String>("\"example\""))
        .data_ops_name(v::<String>("\"example\""))
        .region(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_data_ops` 1.0 response_200 example contradicts the schema ($.contents[0].is_active_image: expected a boolean, found ""), so the strict type rejects it.
#[test]
fn list_data_ops_v1_0_response_200() {
    rejects::<
        scp_data_ops::types::ListDataOpsConsoleResponse,
    >(
        "{\"contents\":[{\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_by\":\"\",\"created_dt\":\"2026-02-11T06:41:29.993Z\",\"data_ops_id\":\"\",\"data_ops_name\":\"\",\"image_id\":\"\",\"instance_id\":\"\",\"is_active_image\":\"\",\"modified_by\":\"\",\"modified_dt\":\"2026-02-11T06:41:30.000Z\",\"namespace_name\":\"\",\"state\":\"\",\"version\":\"\"}],\"total_count\":\"\"}",
    );
}
/// The list helper requests page after page and yields every item.
#[tokio::test]
async fn list_data_ops_v1_0_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        (
            "0",
            "{\"total_count\":3,\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"image_id\":\"example\",\"is_active_image\":true,\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"version\":\"example\"},{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"image_id\":\"example\",\"is_active_image\":true,\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"version\":\"example\"}]}",
        ),
        (
            "1",
            "{\"total_count\":3,\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"image_id\":\"example\",\"is_active_image\":true,\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"version\":\"example\"}]}",
        ),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/data-ops"))
            .and(query_param("page", page))
            .and(query_param("size", "2"))
            .respond_with(
                ResponseTemplate::new(200u16).set_body_raw(body, "application/json"),
            )
            .expect(1)
            .mount(&server)
            .await;
    }
    let stream = client(&server)
        .v1_0()
        .list_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .sort(v::<String>("\"created_dt:desc\""))
        .cluster_name(v::<String>("\"example\""))
        .created_by(v::<String>("\"example\""))
        .state(v::<scp_data_ops::v1_0::types::State>("\"ACTIVE\""))
        .version(v::<String>("\"example\""))
        .cluster_id(v::<String>("\"example\""))
        .data_ops_name(v::<String>("\"example\""))
        .region(v::<String>("\"example\""))
        .size(2)
        .into_stream();
    let items = scp_data_ops::runtime::collect_all(stream).await.expect("every page");
    assert_eq!(items.len(), 3);
}
/// `list_data_ops` at API version 1.0 sends GET /v1/data-ops.
#[tokio::test]
async fn list_data_ops_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(query_param("sort", "created_dt:desc"))
        .and(query_param("cluster_name", "example"))
        .and(query_param("created_by", "example"))
        .and(query_param("state", "ACTIVE"))
        .and(query_param("version", "example"))
        .and(query_param("size", "1"))
        .and(query_param("page", "1"))
        .and(query_param("cluster_id", "example"))
        .and(query_param("data_ops_name", "example"))
        .and(query_param("region", "example"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"total_count\":1}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .list_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .sort(v::<String>("\"created_dt:desc\""))
        .cluster_name(v::<String>("\"example\""))
        .created_by(v::<String>("\"example\""))
        .state(v::<scp_data_ops::v1_0::types::State>("\"ACTIVE\""))
        .version(v::<String>("\"example\""))
        .size(v::<i64>("1"))
        .page(v::<i64>("1"))
        .cluster_id(v::<String>("\"example\""))
        .data_ops_name(v::<String>("\"example\""))
        .region(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `create_data_ops` 1.1 request_body example deserializes and serializes back.
#[test]
fn create_data_ops_v1_1_request_body() {
    round_trips::<
        scp_data_ops::types::DataOpsCreateRequest,
    >(
        "{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"cluster_id\":\"\",\"data_ops_name\":\"\",\"description\":\"\",\"domain\":\"\",\"dsc_domain\":\"\",\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}],\"image_id\":\"\",\"ingress_controller_name\":\"\",\"instance_id\":\"\",\"node_selector\":\"\",\"storage_class_name\":\"\",\"tags\":[{\"tag_key\":\"\",\"tag_value\":\"\"}]}",
    );
}
/// `create_data_ops` at API version 1.1 sends POST /v1/data-ops.
#[tokio::test]
async fn create_data_ops_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/data-ops"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(ResponseTemplate::new(202u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .create_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .account(
            v::<serde_json::Value>("{\"account_id\":\"\",\"account_password\":\"\"}"),
        )
        .cluster_id(v::<String>("\"\""))
        .data_ops_name(v::<String>("\"\""))
        .description(v::<String>("\"\""))
        .domain(v::<String>("\"\""))
        .dsc_domain(v::<String>("\"\""))
        .host_alias_list(
            v::<Vec<serde_json::Value>>("[{\"hostnames\":[\"\"],\"ip\":\"\"}]"),
        )
        .image_id(v::<String>("\"\""))
        .ingress_controller_name(v::<String>("\"\""))
        .instance_id(v::<String>("\"\""))
        .node_selector(v::<String>("\"\""))
        .storage_class_name(v::<String>("\"\""))
        .tags(
            v::<Vec<scp_data_ops::types::Tag>>("[{\"tag_key\":\"\",\"tag_value\":\"\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"cluster_id\":\"\",\"data_ops_name\":\"\",\"description\":\"\",\"domain\":\"\",\"dsc_domain\":\"\",\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}],\"image_id\":\"\",\"ingress_controller_name\":\"\",\"instance_id\":\"\",\"node_selector\":\"\",\"storage_class_name\":\"\",\"tags\":[{\"tag_key\":\"\",\"tag_value\":\"\"}]}")),
        "sent body {sent}"
    );
}
/// `create_data_ops` at API version 1.0 sends POST /v1/data-ops.
#[tokio::test]
async fn create_data_ops_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/data-ops"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(ResponseTemplate::new(202u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .create_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .account(
            v::<serde_json::Value>("{\"account_id\":\"\",\"account_password\":\"\"}"),
        )
        .cluster_id(v::<String>("\"\""))
        .data_ops_name(v::<String>("\"\""))
        .description(v::<String>("\"\""))
        .domain(v::<String>("\"\""))
        .dsc_domain(v::<String>("\"\""))
        .host_alias_list(
            v::<Vec<serde_json::Value>>("[{\"hostnames\":[\"\"],\"ip\":\"\"}]"),
        )
        .image_id(v::<String>("\"\""))
        .ingress_controller_name(v::<String>("\"\""))
        .instance_id(v::<String>("\"\""))
        .node_selector(v::<String>("\"\""))
        .storage_class_name(v::<String>("\"\""))
        .tags(
            v::<Vec<scp_data_ops::types::Tag>>("[{\"tag_key\":\"\",\"tag_value\":\"\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"cluster_id\":\"\",\"data_ops_name\":\"\",\"description\":\"\",\"domain\":\"\",\"dsc_domain\":\"\",\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}],\"image_id\":\"\",\"ingress_controller_name\":\"\",\"instance_id\":\"\",\"node_selector\":\"\",\"storage_class_name\":\"\",\"tags\":[{\"tag_key\":\"\",\"tag_value\":\"\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `list_data_ops_service` 1.1 response_200 example contradicts the schema ($.total_count: expected an integer, found ""), so the strict type rejects it.
#[test]
fn list_data_ops_service_v1_1_response_200() {
    rejects::<
        scp_data_ops::types::ListDataOpsServicesConsoleResponseV1Dot1,
    >(
        "{\"contents\":[{\"account_id\":\"\",\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_by\":\"\",\"created_dt\":\"2026-02-11T06:41:30.741Z\",\"data_ops_id\":\"\",\"data_ops_name\":\"\",\"data_ops_service_id\":\"\",\"data_ops_service_name\":\"\",\"description\":\"\",\"modified_by\":\"\",\"modified_dt\":\"2026-02-11T06:41:30.747Z\",\"state\":\"\",\"version\":\"\"}],\"total_count\":\"\"}",
    );
}
/// The list helper requests page after page and yields every item.
#[tokio::test]
async fn list_data_ops_service_v1_1_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        (
            "0",
            "{\"total_count\":3,\"contents\":[{\"account_id\":\"example\",\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"data_ops_service_id\":\"example\",\"data_ops_service_name\":\"example\",\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"state\":\"example\",\"version\":\"example\"},{\"account_id\":\"example\",\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"data_ops_service_id\":\"example\",\"data_ops_service_name\":\"example\",\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"state\":\"example\",\"version\":\"example\"}]}",
        ),
        (
            "1",
            "{\"total_count\":3,\"contents\":[{\"account_id\":\"example\",\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"data_ops_service_id\":\"example\",\"data_ops_service_name\":\"example\",\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"state\":\"example\",\"version\":\"example\"}]}",
        ),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/data-ops-services"))
            .and(query_param("page", page))
            .and(query_param("size", "2"))
            .respond_with(
                ResponseTemplate::new(200u16).set_body_raw(body, "application/json"),
            )
            .expect(1)
            .mount(&server)
            .await;
    }
    let stream = client(&server)
        .list_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .created_by(v::<String>("\"example\""))
        .state(v::<scp_data_ops::types::State>("\"ACTIVE\""))
        .sort(v::<String>("\"created_dt:desc\""))
        .data_ops_service_name(v::<String>("\"example\""))
        .data_ops_name(v::<String>("\"example\""))
        .size(2)
        .into_stream();
    let items = scp_data_ops::runtime::collect_all(stream).await.expect("every page");
    assert_eq!(items.len(), 3);
}
/// `list_data_ops_service` at API version 1.1 sends GET /v1/data-ops-services.
#[tokio::test]
async fn list_data_ops_service_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops-services"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(query_param("created_by", "example"))
        .and(query_param("state", "ACTIVE"))
        .and(query_param("sort", "created_dt:desc"))
        .and(query_param("size", "1"))
        .and(query_param("page", "1"))
        .and(query_param("data_ops_service_name", "example"))
        .and(query_param("data_ops_name", "example"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"total_count\":1}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .created_by(v::<String>("\"example\""))
        .state(v::<scp_data_ops::types::State>("\"ACTIVE\""))
        .sort(v::<String>("\"created_dt:desc\""))
        .size(v::<i64>("1"))
        .page(v::<i64>("1"))
        .data_ops_service_name(v::<String>("\"example\""))
        .data_ops_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_data_ops_service` 1.0 response_200 example contradicts the schema ($.total_count: expected an integer, found ""), so the strict type rejects it.
#[test]
fn list_data_ops_service_v1_0_response_200() {
    rejects::<
        scp_data_ops::types::ListDataOpsServicesConsoleResponse,
    >(
        "{\"contents\":[{\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_by\":\"\",\"created_dt\":\"2026-02-11T06:41:30.089Z\",\"data_ops_id\":\"\",\"data_ops_name\":\"\",\"data_ops_service_id\":\"\",\"data_ops_service_name\":\"\",\"description\":\"\",\"modified_by\":\"\",\"modified_dt\":\"2026-02-11T06:41:30.095Z\",\"state\":\"\",\"version\":\"\"}],\"total_count\":\"\"}",
    );
}
/// The list helper requests page after page and yields every item.
#[tokio::test]
async fn list_data_ops_service_v1_0_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        (
            "0",
            "{\"total_count\":3,\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"data_ops_service_id\":\"example\",\"data_ops_service_name\":\"example\",\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"state\":\"example\",\"version\":\"example\"},{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"data_ops_service_id\":\"example\",\"data_ops_service_name\":\"example\",\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"state\":\"example\",\"version\":\"example\"}]}",
        ),
        (
            "1",
            "{\"total_count\":3,\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"data_ops_service_id\":\"example\",\"data_ops_service_name\":\"example\",\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"state\":\"example\",\"version\":\"example\"}]}",
        ),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/data-ops-services"))
            .and(query_param("page", page))
            .and(query_param("size", "2"))
            .respond_with(
                ResponseTemplate::new(200u16).set_body_raw(body, "application/json"),
            )
            .expect(1)
            .mount(&server)
            .await;
    }
    let stream = client(&server)
        .v1_0()
        .list_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .created_by(v::<String>("\"example\""))
        .state(v::<scp_data_ops::v1_0::types::State>("\"ACTIVE\""))
        .sort(v::<String>("\"created_dt:desc\""))
        .data_ops_service_name(v::<String>("\"example\""))
        .data_ops_name(v::<String>("\"example\""))
        .size(2)
        .into_stream();
    let items = scp_data_ops::runtime::collect_all(stream).await.expect("every page");
    assert_eq!(items.len(), 3);
}
/// `list_data_ops_service` at API version 1.0 sends GET /v1/data-ops-services.
#[tokio::test]
async fn list_data_ops_service_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops-services"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(query_param("created_by", "example"))
        .and(query_param("state", "ACTIVE"))
        .and(query_param("sort", "created_dt:desc"))
        .and(query_param("size", "1"))
        .and(query_param("page", "1"))
        .and(query_param("data_ops_service_name", "example"))
        .and(query_param("data_ops_name", "example"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"total_count\":1}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .list_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .created_by(v::<String>("\"example\""))
        .state(v::<scp_data_ops::v1_0::types::State>("\"ACTIVE\""))
        .sort(v::<String>("\"created_dt:desc\""))
        .size(v::<i64>("1"))
        .page(v::<i64>("1"))
        .data_ops_service_name(v::<String>("\"example\""))
        .data_ops_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `create_data_ops_service` 1.1 request_body example deserializes and serializes back.
#[test]
fn create_data_ops_service_v1_1_request_body() {
    round_trips::<
        scp_data_ops::types::DataOpsServiceCreateRequest,
    >(
        "{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"data_ops_id\":\"\",\"data_ops_service_name\":\"\",\"description\":\"\",\"domain\":\"\",\"host_alias\":{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]},\"node_selector\":\"\",\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}},\"storage_class_name\":\"\",\"tags\":[{\"tag_key\":\"\",\"tag_value\":\"\"}],\"worker_type\":\"\"}",
    );
}
/// `create_data_ops_service` at API version 1.1 sends POST /v1/data-ops-services.
#[tokio::test]
async fn create_data_ops_service_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/data-ops-services"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(ResponseTemplate::new(202u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .create_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .account(
            v::<serde_json::Value>("{\"account_id\":\"\",\"account_password\":\"\"}"),
        )
        .data_ops_id(v::<String>("\"\""))
        .data_ops_service_name(v::<String>("\"\""))
        .description(v::<String>("\"\""))
        .domain(v::<String>("\"\""))
        .host_alias(
            v::<
                serde_json::Value,
            >(
                "{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]}",
            ),
        )
        .node_selector(v::<String>("\"\""))
        .service_workload(
            v::<
                serde_json::Value,
            >(
                "{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}",
            ),
        )
        .storage_class_name(v::<String>("\"\""))
        .tags(
            v::<Vec<scp_data_ops::types::Tag>>("[{\"tag_key\":\"\",\"tag_value\":\"\"}]"),
        )
        .worker_type(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"data_ops_id\":\"\",\"data_ops_service_name\":\"\",\"description\":\"\",\"domain\":\"\",\"host_alias\":{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]},\"node_selector\":\"\",\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}},\"storage_class_name\":\"\",\"tags\":[{\"tag_key\":\"\",\"tag_value\":\"\"}],\"worker_type\":\"\"}")),
        "sent body {sent}"
    );
}
/// `create_data_ops_service` at API version 1.0 sends POST /v1/data-ops-services.
#[tokio::test]
async fn create_data_ops_service_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/data-ops-services"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(ResponseTemplate::new(202u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .create_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .account(
            v::<serde_json::Value>("{\"account_id\":\"\",\"account_password\":\"\"}"),
        )
        .data_ops_id(v::<String>("\"\""))
        .data_ops_service_name(v::<String>("\"\""))
        .description(v::<String>("\"\""))
        .domain(v::<String>("\"\""))
        .host_alias(
            v::<
                serde_json::Value,
            >(
                "{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]}",
            ),
        )
        .node_selector(v::<String>("\"\""))
        .service_workload(
            v::<
                serde_json::Value,
            >(
                "{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}",
            ),
        )
        .storage_class_name(v::<String>("\"\""))
        .tags(
            v::<Vec<scp_data_ops::types::Tag>>("[{\"tag_key\":\"\",\"tag_value\":\"\"}]"),
        )
        .worker_type(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"data_ops_id\":\"\",\"data_ops_service_name\":\"\",\"description\":\"\",\"domain\":\"\",\"host_alias\":{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]},\"node_selector\":\"\",\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}},\"storage_class_name\":\"\",\"tags\":[{\"tag_key\":\"\",\"tag_value\":\"\"}],\"worker_type\":\"\"}")),
        "sent body {sent}"
    );
}
/// The documented `show_data_ops` 1.1 response_200 example contradicts the schema ($.http_port: expected an integer, found ""), so the strict type rejects it.
#[test]
fn show_data_ops_v1_1_response_200() {
    rejects::<
        scp_data_ops::types::DataOpsDetailResponseV1Dot1,
    >(
        "{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"account_id\":\"\",\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_dt\":\"2026-02-11T06:41:30.871Z\",\"data_ops_id\":\"\",\"data_ops_name\":\"\",\"description\":\"\",\"domain\":\"\",\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}],\"hosts_file\":\"\",\"http_port\":\"\",\"https_port\":\"\",\"image_id\":\"\",\"ingress_class_name\":\"\",\"instance_id\":\"\",\"is_active_image\":\"\",\"modified_dt\":\"2026-02-11T06:41:30.927Z\",\"namespace_name\":\"\",\"node_selector\":\"\",\"state\":\"\",\"storage_class_name\":\"\",\"version\":\"\",\"web_url\":\"\"}",
    );
}
/// `show_data_ops` at API version 1.1 sends GET /v1/data-ops/{data_ops_id}.
#[tokio::test]
async fn show_data_ops_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"account_id\":\"example\",\"cluster_id\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"image_id\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"storage_class_name\":\"example\",\"version\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .show_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `show_data_ops` 1.0 response_200 example contradicts the schema ($.http_port: expected an integer, found ""), so the strict type rejects it.
#[test]
fn show_data_ops_v1_0_response_200() {
    rejects::<
        scp_data_ops::types::DataOpsDetailResponse,
    >(
        "{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_dt\":\"2026-02-11T06:41:30.482Z\",\"data_ops_id\":\"\",\"data_ops_name\":\"\",\"description\":\"\",\"domain\":\"\",\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}],\"hosts_file\":\"\",\"http_port\":\"\",\"https_port\":\"\",\"image_id\":\"\",\"ingress_class_name\":\"\",\"instance_id\":\"\",\"is_active_image\":\"\",\"modified_dt\":\"2026-02-11T06:41:30.537Z\",\"namespace_name\":\"\",\"node_selector\":\"\",\"state\":\"\",\"storage_class_name\":\"\",\"version\":\"\",\"web_url\":\"\"}",
    );
}
/// `show_data_ops` at API version 1.0 sends GET /v1/data-ops/{data_ops_id}.
#[tokio::test]
async fn show_data_ops_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"cluster_id\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"image_id\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"storage_class_name\":\"example\",\"version\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .show_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `update_data_ops` 1.1 response_202 example contradicts the schema ($.http_port: expected an integer, found ""), so the strict type rejects it.
#[test]
fn update_data_ops_v1_1_response_202() {
    rejects::<
        scp_data_ops::types::DataOpsUpdateResponse,
    >(
        "{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_dt\":\"2026-02-11T06:41:30.617Z\",\"data_ops_id\":\"\",\"data_ops_name\":\"\",\"description\":\"\",\"domain\":\"\",\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}],\"hosts_file\":\"\",\"http_port\":\"\",\"https_port\":\"\",\"image_id\":\"\",\"ingress_class_name\":\"\",\"instance_id\":\"\",\"modified_dt\":\"2026-02-11T06:41:30.665Z\",\"namespace_name\":\"\",\"node_selector\":\"\",\"state\":\"\",\"storage_class_name\":\"\",\"version\":\"\",\"web_url\":\"\"}",
    );
}
/// The documented `update_data_ops` 1.1 request_body example deserializes and serializes back.
#[test]
fn update_data_ops_v1_1_request_body() {
    round_trips::<
        scp_data_ops::types::DataOpsUpdateRequest,
    >(
        "{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"description\":\"\",\"domain\":\"\",\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}],\"node_selector\":\"\"}",
    );
}
/// `update_data_ops` at API version 1.1 sends PUT /v1/data-ops/{data_ops_id}.
#[tokio::test]
async fn update_data_ops_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/data-ops/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"cluster_id\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"image_id\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"storage_class_name\":\"example\",\"version\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .update_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_id(v::<String>("\"example\""))
        .account(
            v::<serde_json::Value>("{\"account_id\":\"\",\"account_password\":\"\"}"),
        )
        .description(v::<String>("\"\""))
        .domain(v::<String>("\"\""))
        .host_alias_list(
            v::<Vec<serde_json::Value>>("[{\"hostnames\":[\"\"],\"ip\":\"\"}]"),
        )
        .node_selector(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"description\":\"\",\"domain\":\"\",\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}],\"node_selector\":\"\"}")),
        "sent body {sent}"
    );
}
/// `update_data_ops` at API version 1.0 sends PUT /v1/data-ops/{data_ops_id}.
#[tokio::test]
async fn update_data_ops_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/data-ops/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"cluster_id\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"image_id\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"storage_class_name\":\"example\",\"version\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .update_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_id(v::<String>("\"example\""))
        .account(
            v::<serde_json::Value>("{\"account_id\":\"\",\"account_password\":\"\"}"),
        )
        .description(v::<String>("\"\""))
        .domain(v::<String>("\"\""))
        .host_alias_list(
            v::<Vec<serde_json::Value>>("[{\"hostnames\":[\"\"],\"ip\":\"\"}]"),
        )
        .node_selector(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"description\":\"\",\"domain\":\"\",\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}],\"node_selector\":\"\"}")),
        "sent body {sent}"
    );
}
/// `delete_data_ops` at API version 1.1 sends DELETE /v1/data-ops/{data_ops_id}.
#[tokio::test]
async fn delete_data_ops_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/data-ops/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(ResponseTemplate::new(202u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .delete_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `delete_data_ops` at API version 1.0 sends DELETE /v1/data-ops/{data_ops_id}.
#[tokio::test]
async fn delete_data_ops_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/data-ops/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(ResponseTemplate::new(202u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .delete_data_ops()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `show_data_ops_service` 1.1 response_200 example contradicts the schema ($.http_port: expected an integer, found ""), so the strict type rejects it.
#[test]
fn show_data_ops_service_v1_1_response_200() {
    rejects::<
        scp_data_ops::types::DataOpsServiceDetailResponseV1Dot1,
    >(
        "{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"account_id\":\"\",\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_dt\":\"2026-02-11T06:41:30.772Z\",\"data_ops_id\":\"\",\"data_ops_name\":\"\",\"data_ops_service_id\":\"\",\"data_ops_service_name\":\"\",\"description\":\"\",\"domain\":\"\",\"host_alias\":{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]},\"hosts_file\":\"\",\"http_port\":\"\",\"https_port\":\"\",\"image_id\":\"\",\"ingress_class_name\":\"\",\"instance_id\":\"\",\"is_active_image\":\"\",\"modified_dt\":\"2026-02-11T06:41:30.828Z\",\"namespace_name\":\"\",\"node_selector\":\"\",\"service_workload\":\"\",\"state\":\"\",\"storage_class_name\":\"\",\"version\":\"\",\"web_url\":\"\"}",
    );
}
/// `show_data_ops_service` at API version 1.1 sends GET /v1/data-ops-services/{data_ops_service_id}.
#[tokio::test]
async fn show_data_ops_service_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops-services/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"account_id\":\"example\",\"cluster_id\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"data_ops_service_id\":\"example\",\"data_ops_service_name\":\"example\",\"image_id\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"storage_class_name\":\"example\",\"version\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .show_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_service_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `show_data_ops_service` 1.0 response_200 example contradicts the schema ($.http_port: expected an integer, found ""), so the strict type rejects it.
#[test]
fn show_data_ops_service_v1_0_response_200() {
    rejects::<
        scp_data_ops::types::DataOpsServiceDetailResponse,
    >(
        "{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_dt\":\"2026-02-11T06:41:30.212Z\",\"data_ops_id\":\"\",\"data_ops_name\":\"\",\"data_ops_service_id\":\"\",\"data_ops_service_name\":\"\",\"description\":\"\",\"domain\":\"\",\"host_alias\":{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]},\"hosts_file\":\"\",\"http_port\":\"\",\"https_port\":\"\",\"image_id\":\"\",\"ingress_class_name\":\"\",\"instance_id\":\"\",\"is_active_image\":\"\",\"modified_dt\":\"2026-02-11T06:41:30.267Z\",\"namespace_name\":\"\",\"node_selector\":\"\",\"service_workload\":\"\",\"state\":\"\",\"storage_class_name\":\"\",\"version\":\"\",\"web_url\":\"\"}",
    );
}
/// `show_data_ops_service` at API version 1.0 sends GET /v1/data-ops-services/{data_ops_service_id}.
#[tokio::test]
async fn show_data_ops_service_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops-services/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"cluster_id\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"data_ops_service_id\":\"example\",\"data_ops_service_name\":\"example\",\"image_id\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"storage_class_name\":\"example\",\"version\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .show_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_service_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `update_data_ops_service` 1.1 response_202 example contradicts the schema ($.http_port: expected an integer, found ""), so the strict type rejects it.
#[test]
fn update_data_ops_service_v1_1_response_202() {
    rejects::<
        scp_data_ops::types::DataOpsServiceUpdateResponse,
    >(
        "{\"account\":{\"account_id\":\"\",\"account_password\":\"\"},\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_dt\":\"2026-02-11T06:41:30.347Z\",\"data_ops_id\":\"\",\"data_ops_name\":\"\",\"data_ops_service_id\":\"\",\"data_ops_service_name\":\"\",\"description\":\"\",\"domain\":\"\",\"host_alias\":{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]},\"hosts_file\":\"\",\"http_port\":\"\",\"https_port\":\"\",\"image_id\":\"\",\"ingress_class_name\":\"\",\"instance_id\":\"\",\"modified_dt\":\"2026-02-11T06:41:30.395Z\",\"namespace_name\":\"\",\"node_selector\":\"\",\"service_workload\":\"\",\"state\":\"\",\"storage_class_name\":\"\",\"version\":\"\",\"web_url\":\"\"}",
    );
}
/// The documented `update_data_ops_service` 1.1 request_body example deserializes and serializes back.
#[test]
fn update_data_ops_service_v1_1_request_body() {
    round_trips::<
        scp_data_ops::types::DataOpsServiceUpdateRequest,
    >(
        "{\"description\":\"\",\"domain\":\"\",\"host_alias\":{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]},\"node_selector\":\"\",\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}},\"worker_type\":\"\"}",
    );
}
/// `update_data_ops_service` at API version 1.1 sends PUT /v1/data-ops-services/{data_ops_service_id}.
#[tokio::test]
async fn update_data_ops_service_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/data-ops-services/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"cluster_id\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"data_ops_service_id\":\"example\",\"data_ops_service_name\":\"example\",\"image_id\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"storage_class_name\":\"example\",\"version\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .update_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_service_id(v::<String>("\"example\""))
        .description(v::<String>("\"\""))
        .domain(v::<String>("\"\""))
        .host_alias(
            v::<
                serde_json::Value,
            >(
                "{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]}",
            ),
        )
        .node_selector(v::<String>("\"\""))
        .service_workload(
            v::<
                serde_json::Value,
            >(
                "{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}",
            ),
        )
        .worker_type(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"description\":\"\",\"domain\":\"\",\"host_alias\":{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]},\"node_selector\":\"\",\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}},\"worker_type\":\"\"}")),
        "sent body {sent}"
    );
}
/// `update_data_ops_service` at API version 1.0 sends PUT /v1/data-ops-services/{data_ops_service_id}.
#[tokio::test]
async fn update_data_ops_service_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/data-ops-services/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"cluster_id\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"data_ops_id\":\"example\",\"data_ops_name\":\"example\",\"data_ops_service_id\":\"example\",\"data_ops_service_name\":\"example\",\"image_id\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"state\":\"example\",\"storage_class_name\":\"example\",\"version\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .update_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_service_id(v::<String>("\"example\""))
        .description(v::<String>("\"\""))
        .domain(v::<String>("\"\""))
        .host_alias(
            v::<
                serde_json::Value,
            >(
                "{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]}",
            ),
        )
        .node_selector(v::<String>("\"\""))
        .service_workload(
            v::<
                serde_json::Value,
            >(
                "{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}}",
            ),
        )
        .worker_type(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"description\":\"\",\"domain\":\"\",\"host_alias\":{\"enabled\":\"true\",\"host_alias_list\":[{\"hostname\":\"\",\"ip\":\"\"}]},\"node_selector\":\"\",\"service_workload\":{\"scheduler\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"web_server\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"},\"worker\":{\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\",\"version\":\"\"}},\"worker_type\":\"\"}")),
        "sent body {sent}"
    );
}
/// `delete_data_ops_service` at API version 1.1 sends DELETE /v1/data-ops-services/{data_ops_service_id}.
#[tokio::test]
async fn delete_data_ops_service_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/data-ops-services/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(ResponseTemplate::new(202u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .delete_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_service_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `delete_data_ops_service` at API version 1.0 sends DELETE /v1/data-ops-services/{data_ops_service_id}.
#[tokio::test]
async fn delete_data_ops_service_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/data-ops-services/example"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(ResponseTemplate::new(202u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .delete_data_ops_service()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_service_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_data_ops_image_versions` 1.1 response_200 example contradicts the schema ($.total_count: expected an integer, found ""), so the strict type rejects it.
#[test]
fn list_data_ops_image_versions_v1_1_response_200() {
    rejects::<
        scp_data_ops::types::ImageVersionsResponse,
    >(
        "{\"contents\":[{\"image_attr\":{\"k8s.version\":\"\",\"os.type\":\"\"},\"image_id\":\"\",\"image_name\":\"\",\"version\":\"\"}],\"total_count\":\"\"}",
    );
}
/// `list_data_ops_image_versions` at API version 1.1 sends GET /v1/data-ops/image-versions.
#[tokio::test]
async fn list_data_ops_image_versions_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops/image-versions"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"image_attr\":{},\"image_id\":\"example\",\"image_name\":\"example\",\"version\":\"example\"}],\"total_count\":1}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_data_ops_image_versions()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `list_data_ops_image_versions` at API version 1.0 sends GET /v1/data-ops/image-versions.
#[tokio::test]
async fn list_data_ops_image_versions_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops/image-versions"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"image_attr\":{},\"image_id\":\"example\",\"image_name\":\"example\",\"version\":\"example\"}],\"total_count\":1}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .list_data_ops_image_versions()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `list_data_ops_ingress_controllers` at API version 1.1 sends GET /v1/data-ops/clusters/{cluster_id}/ingress-controllers.
#[tokio::test]
async fn list_data_ops_ingress_controllers_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops/clusters/example/ingress-controllers"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_data_ops_ingress_controllers()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `list_data_ops_ingress_controllers` at API version 1.0 sends GET /v1/data-ops/clusters/{cluster_id}/ingress-controllers.
#[tokio::test]
async fn list_data_ops_ingress_controllers_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops/clusters/example/ingress-controllers"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .list_data_ops_ingress_controllers()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `show_data_ops_service_sub_version` 1.1 response_200 example contradicts the schema ($.data_ops_service_count: expected an integer, found ""), so the strict type rejects it.
#[test]
fn show_data_ops_service_sub_version_v1_1_response_200() {
    rejects::<
        scp_data_ops::types::DataOpsServiceImageResponse,
    >(
        "{\"data_ops_service_count\":\"\",\"versions\":{\"scheduler\":\"\",\"webserver\":\"\",\"worker\":\"\"}}",
    );
}
/// `show_data_ops_service_sub_version` at API version 1.1 sends GET /v1/data-ops-services/data-ops/{data_ops_id}/sub-versions.
#[tokio::test]
async fn show_data_ops_service_sub_version_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops-services/data-ops/example/sub-versions"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .show_data_ops_service_sub_version()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `show_data_ops_service_sub_version` at API version 1.0 sends GET /v1/data-ops-services/data-ops/{data_ops_id}/sub-versions.
#[tokio::test]
async fn show_data_ops_service_sub_version_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data-ops-services/data-ops/example/sub-versions"))
        .and(header("Accept", "application/json"))
        .and(header("Scp-Request-Path", "openapi"))
        .and(header("Scp-Api-Version", "data-ops 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .show_data_ops_service_sub_version()
        .accept(v::<String>("\"application/json\""))
        .scp_request_path(v::<String>("\"openapi\""))
        .data_ops_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
