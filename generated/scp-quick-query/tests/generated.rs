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
fn client(server: &MockServer) -> scp_quick_query::Client {
    let config = scp_quick_query::runtime::Config::builder()
        .credentials(
            scp_quick_query::runtime::ScpCredentials::new("access-key", "secret-key"),
        )
        .endpoint_url(server.uri())
        .retry(scp_quick_query::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    scp_quick_query::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// The documented `check_cluster_resource_size_for_quick_query` 1.1 response_200 example contradicts the schema ($.min_spec_node_pool[0].is_node_pool_auto_scalable: expected a boolean, found ""), so the strict type rejects it.
#[test]
fn check_cluster_resource_size_for_quick_query_v1_1_response_200() {
    rejects::<
        scp_quick_query::types::QuickQueryValidateResourceResponse,
    >(
        "{\"min_spec_node_pool\":[{\"cpu\":\"\",\"is_node_pool_auto_scalable\":\"\",\"memory\":\"\",\"replica\":\"\"}],\"result\":\"\"}",
    );
}
/// The documented `check_cluster_resource_size_for_quick_query` 1.1 request_body example contradicts the schema ($.node_pool_validation_request[0].auto_scale: expected a boolean, found ""), so the strict type rejects it.
#[test]
fn check_cluster_resource_size_for_quick_query_v1_1_request_body() {
    rejects::<
        scp_quick_query::types::QuickQueryValidateResourceRequest,
    >(
        "{\"cluster_id\":\"\",\"node_pool_validation_request\":[{\"auto_scale\":\"\",\"desired_node_count\":\"\",\"max_node_count\":\"\",\"min_node_count\":\"\",\"scale_name\":\"\"}],\"quick_query_engine_request\":{\"auto_scale\":\"\",\"cluster_size\":\"\",\"cpu\":\"\",\"is_engine_type_private\":\"\",\"memory\":\"\",\"replica\":\"\"}}",
    );
}
/// `check_cluster_resource_size_for_quick_query` at API version 1.1 sends POST /v1/quick-query/validate-resources.
#[tokio::test]
async fn check_cluster_resource_size_for_quick_query_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/quick-query/validate-resources"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .check_cluster_resource_size_for_quick_query()
        .node_pool_validation_request(
            v::<
                Vec<scp_quick_query::types::NodePoolResourceValidationRequest>,
            >(
                "[{\"auto_scale\":true,\"desired_node_count\":1,\"scale_name\":\"example\"}]",
            ),
        )
        .quick_query_engine_request(
            v::<scp_quick_query::types::QuickQueryEngineRequest>("{}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"node_pool_validation_request\":[{\"auto_scale\":true,\"desired_node_count\":1,\"scale_name\":\"example\"}],\"quick_query_engine_request\":{}}")),
        "sent body {sent}"
    );
}
/// `check_cluster_resource_size_for_quick_query` at API version 1.0 sends POST /v1/quick-query/validate-resources.
#[tokio::test]
async fn check_cluster_resource_size_for_quick_query_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/quick-query/validate-resources"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .check_cluster_resource_size_for_quick_query()
        .node_pool_validation_request(
            v::<
                Vec<scp_quick_query::types::NodePoolResourceValidationRequest>,
            >(
                "[{\"auto_scale\":true,\"desired_node_count\":1,\"scale_name\":\"example\"}]",
            ),
        )
        .quick_query_engine_request(
            v::<scp_quick_query::types::QuickQueryEngineRequest>("{}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"node_pool_validation_request\":[{\"auto_scale\":true,\"desired_node_count\":1,\"scale_name\":\"example\"}],\"quick_query_engine_request\":{}}")),
        "sent body {sent}"
    );
}
/// The documented `check_duplication_quick_query_name` 1.1 response_200 example contradicts the schema ($.result: expected a boolean, found ""), so the strict type rejects it.
#[test]
fn check_duplication_quick_query_name_v1_1_response_200() {
    rejects::<scp_quick_query::types::CheckResponse>("{\"result\":\"\"}");
}
/// `check_duplication_quick_query_name` at API version 1.1 sends GET /v1/quick-query/{quick_query_name}/check-duplication.
#[tokio::test]
async fn check_duplication_quick_query_name_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/quick-query/example/check-duplication"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .check_duplication_quick_query_name()
        .quick_query_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `check_duplication_quick_query_name` at API version 1.0 sends GET /v1/quick-query/{quick_query_name}/check-duplication.
#[tokio::test]
async fn check_duplication_quick_query_name_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/quick-query/example/check-duplication"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .check_duplication_quick_query_name()
        .quick_query_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_quick_query` 1.1 response_200 example contradicts the schema ($.contents[0].modified_dt: expected a date-time string, found ""), so the strict type rejects it.
#[test]
fn list_quick_query_v1_1_response_200() {
    rejects::<
        scp_quick_query::types::QuickQueryListSearchResponse,
    >(
        "{\"contents\":[{\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_by\":\"\",\"created_dt\":\"2026-02-11T06:43:39.763Z\",\"modified_by\":\"\",\"modified_dt\":\"\",\"quick_query_id\":\"\",\"quick_query_name\":\"\",\"quick_query_state\":\"\",\"quick_query_version\":\"\"}],\"page\":\"\",\"size\":\"\",\"sort\":[\"\"],\"total_count\":\"\"}",
    );
}
/// The list helper requests page after page and yields every item.
#[tokio::test]
async fn list_quick_query_v1_1_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        (
            "0",
            "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"quick_query_id\":\"example\",\"quick_query_name\":\"example\",\"quick_query_state\":\"example\",\"quick_query_version\":\"example\"},{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"quick_query_id\":\"example\",\"quick_query_name\":\"example\",\"quick_query_state\":\"example\",\"quick_query_version\":\"example\"}],\"page\":1,\"size\":1,\"sort\":[\"example\"],\"total_count\":3}",
        ),
        (
            "1",
            "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"quick_query_id\":\"example\",\"quick_query_name\":\"example\",\"quick_query_state\":\"example\",\"quick_query_version\":\"example\"}],\"page\":1,\"size\":1,\"sort\":[\"example\"],\"total_count\":3}",
        ),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/quick-query"))
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
        .list_quick_query()
        .sort(v::<String>("\"created_dt:desc\""))
        .cluster_name(v::<String>("\"example\""))
        .created_by(v::<String>("\"example\""))
        .quick_query_state(v::<scp_quick_query::types::QuickQueryState>("\"ACTIVE\""))
        .version(v::<String>("\"example\""))
        .quick_query_name(v::<String>("\"example\""))
        .size(2)
        .into_stream();
    let items = scp_quick_query::runtime::collect_all(stream).await.expect("every page");
    assert_eq!(items.len(), 3);
}
/// `list_quick_query` at API version 1.1 sends GET /v1/quick-query.
#[tokio::test]
async fn list_quick_query_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/quick-query"))
        .and(query_param("sort", "created_dt:desc"))
        .and(query_param("cluster_name", "example"))
        .and(query_param("created_by", "example"))
        .and(query_param("quick_query_state", "ACTIVE"))
        .and(query_param("version", "example"))
        .and(query_param("quick_query_name", "example"))
        .and(query_param("size", "1"))
        .and(query_param("page", "1"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"quick_query_id\":\"example\",\"quick_query_name\":\"example\",\"quick_query_state\":\"example\",\"quick_query_version\":\"example\"}],\"page\":1,\"size\":1,\"sort\":[\"example\"],\"total_count\":1}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_quick_query()
        .sort(v::<String>("\"created_dt:desc\""))
        .cluster_name(v::<String>("\"example\""))
        .created_by(v::<String>("\"example\""))
        .quick_query_state(v::<scp_quick_query::types::QuickQueryState>("\"ACTIVE\""))
        .version(v::<String>("\"example\""))
        .quick_query_name(v::<String>("\"example\""))
        .size(v::<i64>("1"))
        .page(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The list helper requests page after page and yields every item.
#[tokio::test]
async fn list_quick_query_v1_0_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        (
            "0",
            "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"quick_query_id\":\"example\",\"quick_query_name\":\"example\",\"quick_query_state\":\"example\",\"quick_query_version\":\"example\"},{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"quick_query_id\":\"example\",\"quick_query_name\":\"example\",\"quick_query_state\":\"example\",\"quick_query_version\":\"example\"}],\"page\":1,\"size\":1,\"sort\":[\"example\"],\"total_count\":3}",
        ),
        (
            "1",
            "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"quick_query_id\":\"example\",\"quick_query_name\":\"example\",\"quick_query_state\":\"example\",\"quick_query_version\":\"example\"}],\"page\":1,\"size\":1,\"sort\":[\"example\"],\"total_count\":3}",
        ),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/quick-query"))
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
        .list_quick_query()
        .sort(v::<String>("\"created_dt:desc\""))
        .cluster_name(v::<String>("\"example\""))
        .created_by(v::<String>("\"example\""))
        .quick_query_state(v::<scp_quick_query::types::QuickQueryState>("\"ACTIVE\""))
        .version(v::<String>("\"example\""))
        .quick_query_name(v::<String>("\"example\""))
        .size(2)
        .into_stream();
    let items = scp_quick_query::runtime::collect_all(stream).await.expect("every page");
    assert_eq!(items.len(), 3);
}
/// `list_quick_query` at API version 1.0 sends GET /v1/quick-query.
#[tokio::test]
async fn list_quick_query_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/quick-query"))
        .and(query_param("sort", "created_dt:desc"))
        .and(query_param("cluster_name", "example"))
        .and(query_param("created_by", "example"))
        .and(query_param("quick_query_state", "ACTIVE"))
        .and(query_param("version", "example"))
        .and(query_param("quick_query_name", "example"))
        .and(query_param("size", "1"))
        .and(query_param("page", "1"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"quick_query_id\":\"example\",\"quick_query_name\":\"example\",\"quick_query_state\":\"example\",\"quick_query_version\":\"example\"}],\"page\":1,\"size\":1,\"sort\":[\"example\"],\"total_count\":1}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .list_quick_query()
        .sort(v::<String>("\"created_dt:desc\""))
        .cluster_name(v::<String>("\"example\""))
        .created_by(v::<String>("\"example\""))
        .quick_query_state(v::<scp_quick_query::types::QuickQueryState>("\"ACTIVE\""))
        .version(v::<String>("\"example\""))
        .quick_query_name(v::<String>("\"example\""))
        .size(v::<i64>("1"))
        .page(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `create_quick_query` 1.1 response_202 example deserializes and serializes back.
#[test]
fn create_quick_query_v1_1_response_202() {
    round_trips::<
        scp_quick_query::types::AsyncResponse,
    >(
        "{\"project_id\":\"10a599e031e749b7b260868f441e862b\",\"request_id\":\"10a599e031e749b7b260868f441e862b\",\"resource_id\":\"10a599e031e749b7b260868f441e862b\"}",
    );
}
/// The documented `create_quick_query` 1.1 request_body example contradicts the schema ($.kubernetes_engine_create_request.cloud_logging_enabled: expected a boolean, found ""), so the strict type rejects it.
#[test]
fn create_quick_query_v1_1_request_body() {
    rejects::<
        scp_quick_query::types::QuickQueryTotalCreateRequest,
    >(
        "{\"kubernetes_engine_create_request\":{\"cifs_volume_id\":\"\",\"cloud_logging_enabled\":\"\",\"k8s_version\":\"\",\"kubernetes_engine_name\":\"\",\"lb_id\":\"\",\"public_acl_ip_address\":\"\",\"security_group_id_list\":[\"\"],\"subnet_id\":\"\",\"tags\":[],\"volume_id\":\"\",\"vpc_id\":\"\"},\"node_pool_create_requests\":[{\"auto_recovery\":false,\"auto_scale\":false,\"desired_node_count\":\"\",\"image_os\":\"\",\"image_os_version\":\"\",\"k8s_version\":\"\",\"keypair_name\":\"\",\"max_node_count\":\"\",\"min_node_count\":\"\",\"name\":\"\",\"scale_name\":\"\",\"volume_size\":\"\",\"volume_type_name\":\"\"}],\"quick_query_create_request\":{\"description\":\"\",\"domain\":\"\",\"dsc_console_ip\":\"\",\"dsc_domain\":\"\",\"host_alias_list\":[],\"image_id\":\"\",\"instance_id\":\"\",\"is_engine_type_private\":\"\",\"max_query\":\"\",\"product_group_id\":\"\",\"query_engine_spec\":{\"auto_scale\":\"\",\"cluster_size\":\"\",\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\"},\"quick_query_name\":\"\",\"version\":\"\"},\"tags\":[]}",
    );
}
/// `create_quick_query` at API version 1.1 sends POST /v1/quick-query.
#[tokio::test]
async fn create_quick_query_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/quick-query"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .create_quick_query()
        .kubernetes_engine_create_request(
            v::<
                scp_quick_query::types::KubernetesEngineCreateRequest,
            >(
                "{\"cloud_logging_enabled\":true,\"k8s_version\":\"example\",\"kubernetes_engine_name\":\"example\",\"security_group_id_list\":[\"example\"],\"subnet_id\":\"example\",\"volume_id\":\"example\",\"vpc_id\":\"example\"}",
            ),
        )
        .node_pool_create_requests(
            v::<
                Vec<scp_quick_query::types::NodePoolCreateRequest>,
            >(
                "[{\"image_os\":\"example\",\"image_os_version\":\"example\",\"k8s_version\":\"example\",\"keypair_name\":\"example\",\"name\":\"example\",\"scale_name\":\"example\",\"volume_size\":1,\"volume_type_name\":\"example\"}]",
            ),
        )
        .quick_query_create_request(
            v::<
                scp_quick_query::types::QuickQueryCreateRequest,
            >(
                "{\"domain\":\"example\",\"dsc_domain\":\"example\",\"image_id\":\"example\",\"is_engine_type_private\":true,\"max_query\":\"example\",\"query_engine_spec\":{},\"quick_query_name\":\"example\",\"version\":\"example\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"kubernetes_engine_create_request\":{\"cloud_logging_enabled\":true,\"k8s_version\":\"example\",\"kubernetes_engine_name\":\"example\",\"security_group_id_list\":[\"example\"],\"subnet_id\":\"example\",\"volume_id\":\"example\",\"vpc_id\":\"example\"},\"node_pool_create_requests\":[{\"image_os\":\"example\",\"image_os_version\":\"example\",\"k8s_version\":\"example\",\"keypair_name\":\"example\",\"name\":\"example\",\"scale_name\":\"example\",\"volume_size\":1,\"volume_type_name\":\"example\"}],\"quick_query_create_request\":{\"domain\":\"example\",\"dsc_domain\":\"example\",\"image_id\":\"example\",\"is_engine_type_private\":true,\"max_query\":\"example\",\"query_engine_spec\":{},\"quick_query_name\":\"example\",\"version\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `create_quick_query` at API version 1.0 sends POST /v1/quick-query.
#[tokio::test]
async fn create_quick_query_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/quick-query"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .create_quick_query()
        .kubernetes_engine_create_request(
            v::<
                scp_quick_query::types::KubernetesEngineCreateRequest,
            >(
                "{\"cloud_logging_enabled\":true,\"k8s_version\":\"example\",\"kubernetes_engine_name\":\"example\",\"security_group_id_list\":[\"example\"],\"subnet_id\":\"example\",\"volume_id\":\"example\",\"vpc_id\":\"example\"}",
            ),
        )
        .node_pool_create_requests(
            v::<
                Vec<scp_quick_query::types::NodePoolCreateRequest>,
            >(
                "[{\"image_os\":\"example\",\"image_os_version\":\"example\",\"k8s_version\":\"example\",\"keypair_name\":\"example\",\"name\":\"example\",\"scale_name\":\"example\",\"volume_size\":1,\"volume_type_name\":\"example\"}]",
            ),
        )
        .quick_query_create_request(
            v::<
                scp_quick_query::types::QuickQueryCreateRequest,
            >(
                "{\"domain\":\"example\",\"dsc_domain\":\"example\",\"image_id\":\"example\",\"is_engine_type_private\":true,\"max_query\":\"example\",\"query_engine_spec\":{},\"quick_query_name\":\"example\",\"version\":\"example\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"kubernetes_engine_create_request\":{\"cloud_logging_enabled\":true,\"k8s_version\":\"example\",\"kubernetes_engine_name\":\"example\",\"security_group_id_list\":[\"example\"],\"subnet_id\":\"example\",\"volume_id\":\"example\",\"vpc_id\":\"example\"},\"node_pool_create_requests\":[{\"image_os\":\"example\",\"image_os_version\":\"example\",\"k8s_version\":\"example\",\"keypair_name\":\"example\",\"name\":\"example\",\"scale_name\":\"example\",\"volume_size\":1,\"volume_type_name\":\"example\"}],\"quick_query_create_request\":{\"domain\":\"example\",\"dsc_domain\":\"example\",\"image_id\":\"example\",\"is_engine_type_private\":true,\"max_query\":\"example\",\"query_engine_spec\":{},\"quick_query_name\":\"example\",\"version\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// The documented `show_quick_query` 1.1 response_200 example contradicts the schema ($.is_active_image: expected a boolean, found ""), so the strict type rejects it.
#[test]
fn show_quick_query_v1_1_response_200() {
    rejects::<
        scp_quick_query::types::QuickQueryDetailResponse,
    >(
        "{\"cluster_id\":\"\",\"cluster_name\":\"\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"created_dt\":\"2026-02-11T06:43:40.135Z\",\"description\":\"\",\"domain\":\"\",\"dsc_console_domain\":\"\",\"dsc_domain\":\"\",\"dsc_oidc_domain\":\"\",\"host_alias_list\":[{}],\"hosts_file\":\"\",\"is_active_image\":\"\",\"is_engine_type_private\":\"\",\"max_query\":\"\",\"modified_dt\":\"2026-02-11T06:43:40.159Z\",\"namespace_name\":\"\",\"node_information\":[],\"provisioning_state\":\"\",\"query_engine_spec\":\"\",\"quick_query_id\":\"\",\"quick_query_name\":\"\",\"quick_query_state\":\"\",\"quick_query_version\":\"\"}",
    );
}
/// `show_quick_query` at API version 1.1 sends GET /v1/quick-query/{quick_query_id}.
#[tokio::test]
async fn show_quick_query_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/quick-query/example"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"cluster_id\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"provisioning_state\":\"example\",\"quick_query_id\":\"example\",\"quick_query_name\":\"example\",\"quick_query_state\":\"example\",\"quick_query_version\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .show_quick_query()
        .quick_query_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `show_quick_query` at API version 1.0 sends GET /v1/quick-query/{quick_query_id}.
#[tokio::test]
async fn show_quick_query_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/quick-query/example"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"cluster_id\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"provisioning_state\":\"example\",\"quick_query_id\":\"example\",\"quick_query_name\":\"example\",\"quick_query_state\":\"example\",\"quick_query_version\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .show_quick_query()
        .quick_query_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `delete_quick_query` at API version 1.1 sends DELETE /v1/quick-query/{quick_query_id}.
#[tokio::test]
async fn delete_quick_query_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/quick-query/example"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .delete_quick_query()
        .quick_query_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `delete_quick_query` at API version 1.0 sends DELETE /v1/quick-query/{quick_query_id}.
#[tokio::test]
async fn delete_quick_query_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/quick-query/example"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .delete_quick_query()
        .quick_query_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_quick_query_images` 1.1 response_200 example contradicts the schema ($.total_count: expected an integer, found ""), so the strict type rejects it.
#[test]
fn list_quick_query_images_v1_1_response_200() {
    rejects::<
        scp_quick_query::types::ImageVersionsResponse,
    >(
        "{\"contents\":[{\"image_attr\":{\"k8s.version\":\"\",\"os.type\":\"\"},\"image_id\":\"\",\"image_name\":\"\",\"version\":\"\"}],\"total_count\":\"\"}",
    );
}
/// `list_quick_query_images` at API version 1.1 sends GET /v1/quick-query/image-versions.
#[tokio::test]
async fn list_quick_query_images_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/quick-query/image-versions"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
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
    let result = client(&server).list_quick_query_images().send().await;
    assert!(result.is_ok(), "{result:?}");
}
/// `list_quick_query_images` at API version 1.0 sends GET /v1/quick-query/image-versions.
#[tokio::test]
async fn list_quick_query_images_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/quick-query/image-versions"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
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
    let result = client(&server).v1_0().list_quick_query_images().send().await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `update_quick_query_description` 1.1 response_202 example deserializes and serializes back.
#[test]
fn update_quick_query_description_v1_1_response_202() {
    round_trips::<
        scp_quick_query::types::QuickQueryDescriptionResponse,
    >("{\"description\":\"\",\"quick_query_id\":\"\"}");
}
/// The documented `update_quick_query_description` 1.1 request_body example deserializes and serializes back.
#[test]
fn update_quick_query_description_v1_1_request_body() {
    round_trips::<
        scp_quick_query::types::QuickQueryDescriptionRequest,
    >("{\"description\":\"\"}");
}
/// `update_quick_query_description` at API version 1.1 sends PUT /v1/quick-query/{quick_query_id}/description.
#[tokio::test]
async fn update_quick_query_description_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/quick-query/example/description"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"description\":\"example\",\"quick_query_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .update_quick_query_description()
        .quick_query_id(v::<String>("\"example\""))
        .description(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"description\":\"\"}")), "sent body {sent}");
}
/// `update_quick_query_description` at API version 1.0 sends PUT /v1/quick-query/{quick_query_id}/description.
#[tokio::test]
async fn update_quick_query_description_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/quick-query/example/description"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"description\":\"example\",\"quick_query_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .update_quick_query_description()
        .quick_query_id(v::<String>("\"example\""))
        .description(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"description\":\"\"}")), "sent body {sent}");
}
/// The documented `update_quick_query_domain` 1.1 request_body example deserializes and serializes back.
#[test]
fn update_quick_query_domain_v1_1_request_body() {
    round_trips::<scp_quick_query::types::QuickQueryDomainRequest>("{\"domain\":\"\"}");
}
/// `update_quick_query_domain` at API version 1.1 sends PUT /v1/quick-query/{quick_query_id}/domain.
#[tokio::test]
async fn update_quick_query_domain_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/quick-query/example/domain"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .update_quick_query_domain()
        .quick_query_id(v::<String>("\"example\""))
        .domain(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"domain\":\"\"}")), "sent body {sent}");
}
/// `update_quick_query_domain` at API version 1.0 sends PUT /v1/quick-query/{quick_query_id}/domain.
#[tokio::test]
async fn update_quick_query_domain_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/quick-query/example/domain"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .update_quick_query_domain()
        .quick_query_id(v::<String>("\"example\""))
        .domain(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"domain\":\"\"}")), "sent body {sent}");
}
/// The documented `update_quick_query_dsc_domain` 1.1 request_body example deserializes and serializes back.
#[test]
fn update_quick_query_dsc_domain_v1_1_request_body() {
    round_trips::<
        scp_quick_query::types::QuickQueryDscDomainRequest,
    >("{\"dsc_domain\":\"\"}");
}
/// `update_quick_query_dsc_domain` at API version 1.1 sends PUT /v1/quick-query/{quick_query_id}/dsc-domain.
#[tokio::test]
async fn update_quick_query_dsc_domain_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/quick-query/example/dsc-domain"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .update_quick_query_dsc_domain()
        .quick_query_id(v::<String>("\"example\""))
        .dsc_domain(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"dsc_domain\":\"\"}")), "sent body {sent}");
}
/// `update_quick_query_dsc_domain` at API version 1.0 sends PUT /v1/quick-query/{quick_query_id}/dsc-domain.
#[tokio::test]
async fn update_quick_query_dsc_domain_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/quick-query/example/dsc-domain"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .update_quick_query_dsc_domain()
        .quick_query_id(v::<String>("\"example\""))
        .dsc_domain(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"dsc_domain\":\"\"}")), "sent body {sent}");
}
/// The documented `update_quick_query_engine` 1.1 request_body example deserializes and serializes back.
#[test]
fn update_quick_query_engine_v1_1_request_body() {
    round_trips::<
        scp_quick_query::types::QuickQueryUpdateEngineRequest,
    >("{\"cluster_size\":\"\",\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\"}");
}
/// `update_quick_query_engine` at API version 1.1 sends PUT /v1/quick-query/{quick_query_id}/engine.
#[tokio::test]
async fn update_quick_query_engine_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/quick-query/example/engine"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .update_quick_query_engine()
        .quick_query_id(v::<String>("\"example\""))
        .cluster_size(v::<String>("\"\""))
        .cpu(v::<String>("\"\""))
        .memory(v::<String>("\"\""))
        .replica(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"cluster_size\":\"\",\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\"}")),
        "sent body {sent}"
    );
}
/// `update_quick_query_engine` at API version 1.0 sends PUT /v1/quick-query/{quick_query_id}/engine.
#[tokio::test]
async fn update_quick_query_engine_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/quick-query/example/engine"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .update_quick_query_engine()
        .quick_query_id(v::<String>("\"example\""))
        .cluster_size(v::<String>("\"\""))
        .cpu(v::<String>("\"\""))
        .memory(v::<String>("\"\""))
        .replica(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"cluster_size\":\"\",\"cpu\":\"\",\"memory\":\"\",\"replica\":\"\"}")),
        "sent body {sent}"
    );
}
/// The documented `update_quick_query_host_alias` 1.1 request_body example deserializes and serializes back.
#[test]
fn update_quick_query_host_alias_v1_1_request_body() {
    round_trips::<
        scp_quick_query::types::QuickQueryHostAliasRequest,
    >("{\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}]}");
}
/// `update_quick_query_host_alias` at API version 1.1 sends PUT /v1/quick-query/{quick_query_id}/host-alias.
#[tokio::test]
async fn update_quick_query_host_alias_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/quick-query/example/host-alias"))
        .and(header("Scp-Api-Version", "quick-query 1.1"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .update_quick_query_host_alias()
        .quick_query_id(v::<String>("\"example\""))
        .host_alias_list(
            v::<
                Vec<scp_quick_query::types::HostAliasList>,
            >("[{\"hostnames\":[\"\"],\"ip\":\"\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}]}")),
        "sent body {sent}"
    );
}
/// `update_quick_query_host_alias` at API version 1.0 sends PUT /v1/quick-query/{quick_query_id}/host-alias.
#[tokio::test]
async fn update_quick_query_host_alias_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/quick-query/example/host-alias"))
        .and(header("Scp-Api-Version", "quick-query 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .update_quick_query_host_alias()
        .quick_query_id(v::<String>("\"example\""))
        .host_alias_list(
            v::<
                Vec<scp_quick_query::types::HostAliasList>,
            >("[{\"hostnames\":[\"\"],\"ip\":\"\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"host_alias_list\":[{\"hostnames\":[\"\"],\"ip\":\"\"}]}")),
        "sent body {sent}"
    );
}
