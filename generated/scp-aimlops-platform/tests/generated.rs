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
fn client(server: &MockServer) -> scp_aimlops_platform::Client {
    let config = scp_aimlops_platform::runtime::Config::builder()
        .credentials(
            scp_aimlops_platform::runtime::ScpCredentials::new(
                "access-key",
                "secret-key",
            ),
        )
        .endpoint_url(server.uri())
        .retry(scp_aimlops_platform::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    scp_aimlops_platform::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// The documented `check_cluster_version` 1.1 response_200 example contradicts the schema ($.result: expected a boolean, found ""), so the strict type rejects it.
#[test]
fn check_cluster_version_v1_1_response_200() {
    rejects::<scp_aimlops_platform::types::CheckResponse>("{\"result\":\"\"}");
}
/// `check_cluster_version` at API version 1.1 sends GET /v1/aimlops-platform/clusters/{cluster_id}/check-version.
#[tokio::test]
async fn check_cluster_version_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/clusters/example/check-version"))
        .and(query_param("version", "example"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .check_cluster_version()
        .cluster_id(v::<String>("\"example\""))
        .version(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `check_cluster_version` at API version 1.0 sends GET /v1/aimlops-platform/clusters/{cluster_id}/check-version.
#[tokio::test]
async fn check_cluster_version_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/clusters/example/check-version"))
        .and(query_param("version", "example"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .check_cluster_version()
        .cluster_id(v::<String>("\"example\""))
        .version(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `check_duplication_ai_ml_ops_platform_name` at API version 1.1 sends GET /v1/aimlops-platform/check-duplication.
#[tokio::test]
async fn check_duplication_ai_ml_ops_platform_name_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/check-duplication"))
        .and(query_param("release_name", "example"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .check_duplication_ai_ml_ops_platform_name()
        .release_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `check_duplication_ai_ml_ops_platform_name` at API version 1.0 sends GET /v1/aimlops-platform/check-duplication.
#[tokio::test]
async fn check_duplication_ai_ml_ops_platform_name_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/check-duplication"))
        .and(query_param("release_name", "example"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .check_duplication_ai_ml_ops_platform_name()
        .release_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_ai_ml_ops_platform` 1.1 response_200 example deserializes and serializes back.
#[test]
fn list_ai_ml_ops_platform_v1_1_response_200() {
    round_trips::<
        scp_aimlops_platform::types::AiMlOpsPlatformsListResponse,
    >(
        "{\"contents\":[{\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"cluster_name\":\"cluster-test\",\"created_by\":\"10a599e031e749b7b260868f441e862b\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"kubeflow_type\":\"Enterprise\",\"modified_by\":\"10a599e031e749b7b260868f441e862b\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"release_id\":\"10a599e031e749b7b260868f441e862b\",\"release_name\":\"aiml-test\",\"status\":\"DEPLOYED\",\"version\":\"v1.7.1\"}],\"total_count\":10}",
    );
}
/// The list helper requests page after page and yields every item.
#[tokio::test]
async fn list_ai_ml_ops_platform_v1_1_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        (
            "0",
            "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"kubeflow_type\":\"example\",\"release_id\":\"example\",\"release_name\":\"example\",\"status\":\"example\",\"version\":\"example\"},{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"kubeflow_type\":\"example\",\"release_id\":\"example\",\"release_name\":\"example\",\"status\":\"example\",\"version\":\"example\"}],\"total_count\":3}",
        ),
        (
            "1",
            "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"kubeflow_type\":\"example\",\"release_id\":\"example\",\"release_name\":\"example\",\"status\":\"example\",\"version\":\"example\"}],\"total_count\":3}",
        ),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/aimlops-platform"))
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
        .list_ai_ml_ops_platform()
        .sort(v::<String>("\"created_dt:desc\""))
        .created_by(v::<String>("\"\""))
        .release_name(v::<String>("\"\""))
        .cluster_name(v::<String>("\"\""))
        .version(v::<String>("\"\""))
        .kubeflow_type(v::<String>("\"\""))
        .status(v::<String>("\"\""))
        .size(2)
        .into_stream();
    let items = scp_aimlops_platform::runtime::collect_all(stream)
        .await
        .expect("every page");
    assert_eq!(items.len(), 3);
}
/// `list_ai_ml_ops_platform` at API version 1.1 sends GET /v1/aimlops-platform.
#[tokio::test]
async fn list_ai_ml_ops_platform_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform"))
        .and(query_param("size", "20"))
        .and(query_param("page", "0"))
        .and(query_param("sort", "created_dt:desc"))
        .and(query_param("created_by", ""))
        .and(query_param("release_name", ""))
        .and(query_param("cluster_name", ""))
        .and(query_param("version", ""))
        .and(query_param("kubeflow_type", ""))
        .and(query_param("status", ""))
        .and(header("Scp-Api-Version", "aimlops-platform 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"kubeflow_type\":\"example\",\"release_id\":\"example\",\"release_name\":\"example\",\"status\":\"example\",\"version\":\"example\"}],\"total_count\":1}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_ai_ml_ops_platform()
        .size(v::<i64>("20"))
        .page(v::<i64>("0"))
        .sort(v::<String>("\"created_dt:desc\""))
        .created_by(v::<String>("\"\""))
        .release_name(v::<String>("\"\""))
        .cluster_name(v::<String>("\"\""))
        .version(v::<String>("\"\""))
        .kubeflow_type(v::<String>("\"\""))
        .status(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The list helper requests page after page and yields every item.
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
#[tokio::test]
async fn list_ai_ml_ops_platform_v1_0_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        (
            "0",
            "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"kubeflow_type\":\"example\",\"release_id\":\"example\",\"release_name\":\"example\",\"status\":\"example\",\"version\":\"example\"},{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"kubeflow_type\":\"example\",\"release_id\":\"example\",\"release_name\":\"example\",\"status\":\"example\",\"version\":\"example\"}],\"total_count\":3}",
        ),
        (
            "1",
            "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"kubeflow_type\":\"example\",\"release_id\":\"example\",\"release_name\":\"example\",\"status\":\"example\",\"version\":\"example\"}],\"total_count\":3}",
        ),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/aimlops-platform"))
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
        .list_ai_ml_ops_platform()
        .sort(v::<String>("\"created_dt:desc\""))
        .created_by(v::<String>("\"\""))
        .release_name(v::<String>("\"\""))
        .cluster_name(v::<String>("\"\""))
        .version(v::<String>("\"\""))
        .kubeflow_type(v::<String>("\"\""))
        .status(v::<String>("\"\""))
        .size(2)
        .into_stream();
    let items = scp_aimlops_platform::runtime::collect_all(stream)
        .await
        .expect("every page");
    assert_eq!(items.len(), 3);
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `list_ai_ml_ops_platform` at API version 1.0 sends GET /v1/aimlops-platform.
#[tokio::test]
async fn list_ai_ml_ops_platform_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform"))
        .and(query_param("size", "20"))
        .and(query_param("page", "0"))
        .and(query_param("sort", "created_dt:desc"))
        .and(query_param("created_by", ""))
        .and(query_param("release_name", ""))
        .and(query_param("cluster_name", ""))
        .and(query_param("version", ""))
        .and(query_param("kubeflow_type", ""))
        .and(query_param("status", ""))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"kubeflow_type\":\"example\",\"release_id\":\"example\",\"release_name\":\"example\",\"status\":\"example\",\"version\":\"example\"}],\"total_count\":1}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .list_ai_ml_ops_platform()
        .size(v::<i64>("20"))
        .page(v::<i64>("0"))
        .sort(v::<String>("\"created_dt:desc\""))
        .created_by(v::<String>("\"\""))
        .release_name(v::<String>("\"\""))
        .cluster_name(v::<String>("\"\""))
        .version(v::<String>("\"\""))
        .kubeflow_type(v::<String>("\"\""))
        .status(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `create_ai_ml_ops_platform` 1.1 response_201 example deserializes and serializes back.
#[test]
fn create_ai_ml_ops_platform_v1_1_response_201() {
    round_trips::<
        scp_aimlops_platform::types::AsyncResponse,
    >(
        "{\"project_id\":\"10a599e031e749b7b260868f441e862b\",\"request_id\":\"10a599e031e749b7b260868f441e862b\",\"resource_id\":\"10a599e031e749b7b260868f441e862b\"}",
    );
}
/// The documented `create_ai_ml_ops_platform` 1.1 request_body example deserializes and serializes back.
#[test]
fn create_ai_ml_ops_platform_v1_1_request_body() {
    round_trips::<
        scp_aimlops_platform::types::AiMlOpsPlatformCreateWithK8sEngineRequest,
    >(
        "{\"ai_ml_ops_platform_create_request\":{\"ai_ml_ops_platform_endpoint_type\":\"\",\"ai_ml_ops_platform_type\":\"Enterprise\",\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"image_id\":\"10a599e031e749b7b260868f441e862b\",\"initial_user_email\":\"example@gmail.com\",\"initial_user_password\":\"147@53A69a\",\"node_type\":\"\",\"release_name\":\"aiml-test\",\"storage_class_name\":\"\",\"tags\":[]},\"kubernetes_engine_create_request\":{\"cifs_volume_id\":\"\",\"cloud_logging_enabled\":false,\"k8s_version\":\"v1.28.1\",\"kubernetes_engine_name\":\"cluster-test\",\"lb_id\":\"\",\"private_acl_ip_resource\":[],\"public_acl_ip_address\":\"\",\"security_group_id_list\":[\"10a599e031e749b7b260868f441e862b\"],\"subnet_id\":\"10a599e031e749b7b260868f441e862b\",\"volume_id\":\"10a599e031e749b7b260868f441e862b\",\"vpc_id\":\"10a599e031e749b7b260868f441e862b\"},\"node_pool_create_request\":{\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"desired_node_count\":2,\"image_os\":\"ubuntu\",\"image_os_version\":\"22.04\",\"is_auto_recovery\":false,\"is_auto_scale\":false,\"keypair_name\":\"keypair\",\"kubernetes_version\":\"v1.28.1\",\"max_node_count\":3,\"min_node_count\":2,\"name\":\"nodepool-test\",\"server_type_id\":\"s1v16m64\",\"volume_size\":104,\"volume_type_name\":\"SSD\"}}",
    );
}
/// `create_ai_ml_ops_platform` at API version 1.1 sends POST /v1/aimlops-platform.
#[tokio::test]
async fn create_ai_ml_ops_platform_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/aimlops-platform"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.1"))
        .respond_with(
            ResponseTemplate::new(201u16)
                .set_body_raw(
                    "{\"project_id\":\"example\",\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .create_ai_ml_ops_platform()
        .ai_ml_ops_platform_create_request(
            v::<
                scp_aimlops_platform::types::AiMLOpsPlatformCreateRequest,
            >(
                "{\"ai_ml_ops_platform_endpoint_type\":\"\",\"ai_ml_ops_platform_type\":\"Enterprise\",\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"image_id\":\"10a599e031e749b7b260868f441e862b\",\"initial_user_email\":\"example@gmail.com\",\"initial_user_password\":\"147@53A69a\",\"node_type\":\"\",\"release_name\":\"aiml-test\",\"storage_class_name\":\"\",\"tags\":[]}",
            ),
        )
        .kubernetes_engine_create_request(
            v::<
                scp_aimlops_platform::types::KubernetesEngineCreateRequest,
            >(
                "{\"cifs_volume_id\":\"\",\"cloud_logging_enabled\":false,\"k8s_version\":\"v1.28.1\",\"kubernetes_engine_name\":\"cluster-test\",\"lb_id\":\"\",\"private_acl_ip_resource\":[],\"public_acl_ip_address\":\"\",\"security_group_id_list\":[\"10a599e031e749b7b260868f441e862b\"],\"subnet_id\":\"10a599e031e749b7b260868f441e862b\",\"volume_id\":\"10a599e031e749b7b260868f441e862b\",\"vpc_id\":\"10a599e031e749b7b260868f441e862b\"}",
            ),
        )
        .node_pool_create_request(
            v::<
                scp_aimlops_platform::types::NodePoolCreateRequest,
            >(
                "{\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"desired_node_count\":2,\"image_os\":\"ubuntu\",\"image_os_version\":\"22.04\",\"is_auto_recovery\":false,\"is_auto_scale\":false,\"keypair_name\":\"keypair\",\"kubernetes_version\":\"v1.28.1\",\"max_node_count\":3,\"min_node_count\":2,\"name\":\"nodepool-test\",\"server_type_id\":\"s1v16m64\",\"volume_size\":104,\"volume_type_name\":\"SSD\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"ai_ml_ops_platform_create_request\":{\"ai_ml_ops_platform_endpoint_type\":\"\",\"ai_ml_ops_platform_type\":\"Enterprise\",\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"image_id\":\"10a599e031e749b7b260868f441e862b\",\"initial_user_email\":\"example@gmail.com\",\"initial_user_password\":\"147@53A69a\",\"node_type\":\"\",\"release_name\":\"aiml-test\",\"storage_class_name\":\"\",\"tags\":[]},\"kubernetes_engine_create_request\":{\"cifs_volume_id\":\"\",\"cloud_logging_enabled\":false,\"k8s_version\":\"v1.28.1\",\"kubernetes_engine_name\":\"cluster-test\",\"lb_id\":\"\",\"private_acl_ip_resource\":[],\"public_acl_ip_address\":\"\",\"security_group_id_list\":[\"10a599e031e749b7b260868f441e862b\"],\"subnet_id\":\"10a599e031e749b7b260868f441e862b\",\"volume_id\":\"10a599e031e749b7b260868f441e862b\",\"vpc_id\":\"10a599e031e749b7b260868f441e862b\"},\"node_pool_create_request\":{\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"desired_node_count\":2,\"image_os\":\"ubuntu\",\"image_os_version\":\"22.04\",\"is_auto_recovery\":false,\"is_auto_scale\":false,\"keypair_name\":\"keypair\",\"kubernetes_version\":\"v1.28.1\",\"max_node_count\":3,\"min_node_count\":2,\"name\":\"nodepool-test\",\"server_type_id\":\"s1v16m64\",\"volume_size\":104,\"volume_type_name\":\"SSD\"}}")),
        "sent body {sent}"
    );
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `create_ai_ml_ops_platform` at API version 1.0 sends POST /v1/aimlops-platform.
#[tokio::test]
async fn create_ai_ml_ops_platform_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/aimlops-platform"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(201u16)
                .set_body_raw(
                    "{\"project_id\":\"example\",\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .create_ai_ml_ops_platform()
        .ai_ml_ops_platform_create_request(
            v::<
                scp_aimlops_platform::types::AiMLOpsPlatformCreateRequest,
            >(
                "{\"ai_ml_ops_platform_endpoint_type\":\"\",\"ai_ml_ops_platform_type\":\"Enterprise\",\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"image_id\":\"10a599e031e749b7b260868f441e862b\",\"initial_user_email\":\"example@gmail.com\",\"initial_user_password\":\"147@53A69a\",\"node_type\":\"\",\"release_name\":\"aiml-test\",\"storage_class_name\":\"\",\"tags\":[]}",
            ),
        )
        .kubernetes_engine_create_request(
            v::<
                scp_aimlops_platform::types::KubernetesEngineCreateRequest,
            >(
                "{\"cifs_volume_id\":\"\",\"cloud_logging_enabled\":false,\"k8s_version\":\"v1.28.1\",\"kubernetes_engine_name\":\"cluster-test\",\"lb_id\":\"\",\"private_acl_ip_resource\":[],\"public_acl_ip_address\":\"\",\"security_group_id_list\":[\"10a599e031e749b7b260868f441e862b\"],\"subnet_id\":\"10a599e031e749b7b260868f441e862b\",\"volume_id\":\"10a599e031e749b7b260868f441e862b\",\"vpc_id\":\"10a599e031e749b7b260868f441e862b\"}",
            ),
        )
        .node_pool_create_request(
            v::<
                scp_aimlops_platform::types::NodePoolCreateRequest,
            >(
                "{\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"desired_node_count\":2,\"image_os\":\"ubuntu\",\"image_os_version\":\"22.04\",\"is_auto_recovery\":false,\"is_auto_scale\":false,\"keypair_name\":\"keypair\",\"kubernetes_version\":\"v1.28.1\",\"max_node_count\":3,\"min_node_count\":2,\"name\":\"nodepool-test\",\"server_type_id\":\"s1v16m64\",\"volume_size\":104,\"volume_type_name\":\"SSD\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"ai_ml_ops_platform_create_request\":{\"ai_ml_ops_platform_endpoint_type\":\"\",\"ai_ml_ops_platform_type\":\"Enterprise\",\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"image_id\":\"10a599e031e749b7b260868f441e862b\",\"initial_user_email\":\"example@gmail.com\",\"initial_user_password\":\"147@53A69a\",\"node_type\":\"\",\"release_name\":\"aiml-test\",\"storage_class_name\":\"\",\"tags\":[]},\"kubernetes_engine_create_request\":{\"cifs_volume_id\":\"\",\"cloud_logging_enabled\":false,\"k8s_version\":\"v1.28.1\",\"kubernetes_engine_name\":\"cluster-test\",\"lb_id\":\"\",\"private_acl_ip_resource\":[],\"public_acl_ip_address\":\"\",\"security_group_id_list\":[\"10a599e031e749b7b260868f441e862b\"],\"subnet_id\":\"10a599e031e749b7b260868f441e862b\",\"volume_id\":\"10a599e031e749b7b260868f441e862b\",\"vpc_id\":\"10a599e031e749b7b260868f441e862b\"},\"node_pool_create_request\":{\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"desired_node_count\":2,\"image_os\":\"ubuntu\",\"image_os_version\":\"22.04\",\"is_auto_recovery\":false,\"is_auto_scale\":false,\"keypair_name\":\"keypair\",\"kubernetes_version\":\"v1.28.1\",\"max_node_count\":3,\"min_node_count\":2,\"name\":\"nodepool-test\",\"server_type_id\":\"s1v16m64\",\"volume_size\":104,\"volume_type_name\":\"SSD\"}}")),
        "sent body {sent}"
    );
}
/// The documented `get_ai_ml_ops_platform_details` 1.1 response_200 example deserializes and serializes back.
#[test]
fn get_ai_ml_ops_platform_details_v1_1_response_200() {
    round_trips::<
        scp_aimlops_platform::types::AiMlOpsPlatformDetailResponse,
    >(
        "{\"ai_ml_ops_platform_domain_service\":\"\",\"ai_ml_ops_platform_endpoint_ip_address\":\"\",\"ai_ml_ops_platform_endpoint_port\":\"\",\"ai_ml_ops_platform_endpoint_type\":\"\",\"ai_ml_ops_platform_type\":\"Enterprise\",\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"cluster_name\":\"cluster-test\",\"cluster_state\":\"RUNNING\",\"created_by\":\"10a599e031e749b7b260868f441e862b\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"dashboard_state\":\"\",\"image_id\":\"10a599e031e749b7b260868f441e862b\",\"image_name\":\"\",\"initial_user_email\":\"\",\"modified_by\":\"10a599e031e749b7b260868f441e862b\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"project_id\":\"10a599e031e749b7b260868f441e862b\",\"project_name\":\"\",\"release_id\":\"10a599e031e749b7b260868f441e862b\",\"release_name\":\"aiml-test\",\"release_state\":\"DEPLOYED\",\"storage_class_name\":\"\",\"version\":\"v1.7.1\"}",
    );
}
/// `get_ai_ml_ops_platform_details` at API version 1.1 sends GET /v1/aimlops-platform/{release_id}.
#[tokio::test]
async fn get_ai_ml_ops_platform_details_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/example"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"dashboard_state\":\"example\",\"image_id\":\"example\",\"image_name\":\"example\",\"initial_user_email\":\"example\",\"project_id\":\"example\",\"project_name\":\"example\",\"release_id\":\"example\",\"release_name\":\"example\",\"release_state\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .get_ai_ml_ops_platform_details()
        .release_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `get_ai_ml_ops_platform_details` at API version 1.0 sends GET /v1/aimlops-platform/{release_id}.
#[tokio::test]
async fn get_ai_ml_ops_platform_details_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/example"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"cluster_id\":\"example\",\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"dashboard_state\":\"example\",\"image_id\":\"example\",\"image_name\":\"example\",\"initial_user_email\":\"example\",\"project_id\":\"example\",\"project_name\":\"example\",\"release_id\":\"example\",\"release_name\":\"example\",\"release_state\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .get_ai_ml_ops_platform_details()
        .release_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `update_ai_ml_ops_platform` 1.1 request_body example deserializes and serializes back.
#[test]
fn update_ai_ml_ops_platform_v1_1_request_body() {
    round_trips::<
        scp_aimlops_platform::types::AiMlOpsPlatformUpdateRequest,
    >(
        "{\"ai_ml_ops_platform_domain_service\":{\"dns_id\":\"acdd205d-b1d3-44e7-ab7a-429ca090e941\",\"domain_service_name\":\"sample.aimlopsplatform.com\",\"ip\":\"192.168.3.197\",\"operation_type\":\"CREATE | UPDATE | DELETE\",\"record_id\":\"8af744b9-4893-4f98-881d-4df984de7162\",\"record_name\":\"sample\"},\"ai_ml_ops_platform_endpoint_type\":\"Public | Private\"}",
    );
}
/// `update_ai_ml_ops_platform` at API version 1.1 sends PUT /v1/aimlops-platform/{release_id}.
#[tokio::test]
async fn update_ai_ml_ops_platform_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/aimlops-platform/example"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"project_id\":\"example\",\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .update_ai_ml_ops_platform()
        .release_id(v::<String>("\"example\""))
        .ai_ml_ops_platform_domain_service(
            v::<
                scp_aimlops_platform::types::AiMlOpsPlatformDomainServiceReuqest,
            >(
                "{\"dns_id\":\"acdd205d-b1d3-44e7-ab7a-429ca090e941\",\"domain_service_name\":\"sample.aimlopsplatform.com\",\"ip\":\"192.168.3.197\",\"operation_type\":\"CREATE | UPDATE | DELETE\",\"record_id\":\"8af744b9-4893-4f98-881d-4df984de7162\",\"record_name\":\"sample\"}",
            ),
        )
        .ai_ml_ops_platform_endpoint_type(v::<String>("\"Public | Private\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"ai_ml_ops_platform_domain_service\":{\"dns_id\":\"acdd205d-b1d3-44e7-ab7a-429ca090e941\",\"domain_service_name\":\"sample.aimlopsplatform.com\",\"ip\":\"192.168.3.197\",\"operation_type\":\"CREATE | UPDATE | DELETE\",\"record_id\":\"8af744b9-4893-4f98-881d-4df984de7162\",\"record_name\":\"sample\"},\"ai_ml_ops_platform_endpoint_type\":\"Public | Private\"}")),
        "sent body {sent}"
    );
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `update_ai_ml_ops_platform` at API version 1.0 sends PUT /v1/aimlops-platform/{release_id}.
#[tokio::test]
async fn update_ai_ml_ops_platform_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/aimlops-platform/example"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"project_id\":\"example\",\"request_id\":\"example\",\"resource_id\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .update_ai_ml_ops_platform()
        .release_id(v::<String>("\"example\""))
        .ai_ml_ops_platform_domain_service(
            v::<
                scp_aimlops_platform::types::AiMlOpsPlatformDomainServiceReuqest,
            >(
                "{\"dns_id\":\"acdd205d-b1d3-44e7-ab7a-429ca090e941\",\"domain_service_name\":\"sample.aimlopsplatform.com\",\"ip\":\"192.168.3.197\",\"operation_type\":\"CREATE | UPDATE | DELETE\",\"record_id\":\"8af744b9-4893-4f98-881d-4df984de7162\",\"record_name\":\"sample\"}",
            ),
        )
        .ai_ml_ops_platform_endpoint_type(v::<String>("\"Public | Private\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"ai_ml_ops_platform_domain_service\":{\"dns_id\":\"acdd205d-b1d3-44e7-ab7a-429ca090e941\",\"domain_service_name\":\"sample.aimlopsplatform.com\",\"ip\":\"192.168.3.197\",\"operation_type\":\"CREATE | UPDATE | DELETE\",\"record_id\":\"8af744b9-4893-4f98-881d-4df984de7162\",\"record_name\":\"sample\"},\"ai_ml_ops_platform_endpoint_type\":\"Public | Private\"}")),
        "sent body {sent}"
    );
}
/// `delete_ai_ml_ops_platform` at API version 1.1 sends DELETE /v1/aimlops-platform/{release_id}.
#[tokio::test]
async fn delete_ai_ml_ops_platform_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/aimlops-platform/example"))
        .and(query_param("with_k8s", "false"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.1"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .delete_ai_ml_ops_platform()
        .release_id(v::<String>("\"example\""))
        .with_k8s(v::<bool>("false"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `delete_ai_ml_ops_platform` at API version 1.0 sends DELETE /v1/aimlops-platform/{release_id}.
#[tokio::test]
async fn delete_ai_ml_ops_platform_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/aimlops-platform/example"))
        .and(query_param("with_k8s", "false"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .delete_ai_ml_ops_platform()
        .release_id(v::<String>("\"example\""))
        .with_k8s(v::<bool>("false"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_images` 1.1 response_200 example deserializes and serializes back.
#[test]
fn list_images_v1_1_response_200() {
    round_trips::<
        scp_aimlops_platform::types::AiMlOpsPlatformImagesListResponse,
    >(
        "{\"contents\":[{\"base_image\":\"\",\"category\":\"\",\"created_by\":\"10a599e031e749b7b260868f441e862b\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"description\":\"\",\"icon_file\":\"\",\"icon_file_name\":\"\",\"image_attr\":\"\",\"image_id\":\"\",\"image_name\":\"\",\"modified_by\":\"10a599e031e749b7b260868f441e862b\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"os_type\":\"\",\"product_type\":\"Enterprise\",\"project_id\":\"10a599e031e749b7b260868f441e862b\"}],\"total_count\":10}",
    );
}
/// The list helper requests page after page and yields every item.
#[tokio::test]
async fn list_images_v1_1_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        ("0", "{\"contents\":[{},{}],\"total_count\":3}"),
        ("1", "{\"contents\":[{}],\"total_count\":3}"),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/aimlops-platform/images"))
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
        .list_images()
        .sort(v::<String>("\"created_dt:desc\""))
        .image_name(v::<String>("\"\""))
        .size(2)
        .into_stream();
    let items = scp_aimlops_platform::runtime::collect_all(stream)
        .await
        .expect("every page");
    assert_eq!(items.len(), 3);
}
/// `list_images` at API version 1.1 sends GET /v1/aimlops-platform/images.
#[tokio::test]
async fn list_images_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/images"))
        .and(query_param("size", "20"))
        .and(query_param("page", "0"))
        .and(query_param("sort", "created_dt:desc"))
        .and(query_param("image_name", ""))
        .and(header("Scp-Api-Version", "aimlops-platform 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{}],\"total_count\":1}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_images()
        .size(v::<i64>("20"))
        .page(v::<i64>("0"))
        .sort(v::<String>("\"created_dt:desc\""))
        .image_name(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The list helper requests page after page and yields every item.
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
#[tokio::test]
async fn list_images_v1_0_streams_every_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        ("0", "{\"contents\":[{},{}],\"total_count\":3}"),
        ("1", "{\"contents\":[{}],\"total_count\":3}"),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/aimlops-platform/images"))
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
        .list_images()
        .sort(v::<String>("\"created_dt:desc\""))
        .image_name(v::<String>("\"\""))
        .size(2)
        .into_stream();
    let items = scp_aimlops_platform::runtime::collect_all(stream)
        .await
        .expect("every page");
    assert_eq!(items.len(), 3);
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `list_images` at API version 1.0 sends GET /v1/aimlops-platform/images.
#[tokio::test]
async fn list_images_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/images"))
        .and(query_param("size", "20"))
        .and(query_param("page", "0"))
        .and(query_param("sort", "created_dt:desc"))
        .and(query_param("image_name", ""))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{}],\"total_count\":1}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .list_images()
        .size(v::<i64>("20"))
        .page(v::<i64>("0"))
        .sort(v::<String>("\"created_dt:desc\""))
        .image_name(v::<String>("\"\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `validate_cluster_namespace` at API version 1.1 sends GET /v1/aimlops-platform/clusters/{cluster_id}/validate-namespaces.
#[tokio::test]
async fn validate_cluster_namespace_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/clusters/example/validate-namespaces"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .validate_cluster_namespace()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `validate_cluster_namespace` at API version 1.0 sends GET /v1/aimlops-platform/clusters/{cluster_id}/validate-namespaces.
#[tokio::test]
async fn validate_cluster_namespace_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/clusters/example/validate-namespaces"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .validate_cluster_namespace()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `validate_cluster_resource_size` at API version 1.1 sends GET /v1/aimlops-platform/clusters/{cluster_id}/validate-resources.
#[tokio::test]
async fn validate_cluster_resource_size_v1_1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/clusters/example/validate-resources"))
        .and(query_param("product_type", "example"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.1"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .validate_cluster_resource_size()
        .cluster_id(v::<String>("\"example\""))
        .product_type(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `validate_cluster_resource_size` at API version 1.0 sends GET /v1/aimlops-platform/clusters/{cluster_id}/validate-resources.
#[tokio::test]
async fn validate_cluster_resource_size_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/clusters/example/validate-resources"))
        .and(query_param("product_type", "example"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"result\":true}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v1_0()
        .validate_cluster_resource_size()
        .cluster_id(v::<String>("\"example\""))
        .product_type(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_nodes` 1.0 response_200 example deserializes and serializes back.
#[test]
fn list_nodes_v1_0_response_200() {
    round_trips::<
        scp_aimlops_platform::types::ListNodeResponse,
    >("{\"count\":0,\"links\":[],\"nodes\":[]}");
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `list_nodes` at API version 1.0 sends GET /v1/aimlops-platform/internal/clusters/{cluster_id}/nodes.
#[tokio::test]
async fn list_nodes_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/internal/clusters/example/nodes"))
        .and(query_param("size", "20"))
        .and(query_param("page", "0"))
        .and(query_param("sort", "created_dt:desc"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_nodes()
        .cluster_id(v::<String>("\"example\""))
        .size(v::<i64>("20"))
        .page(v::<i64>("0"))
        .sort(v::<String>("\"created_dt:desc\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `list_storage_classes` 1.0 response_200 example deserializes and serializes back.
#[test]
fn list_storage_classes_v1_0_response_200() {
    round_trips::<
        scp_aimlops_platform::types::ListStorageClassResponse,
    >("{\"count\":0,\"links\":[],\"storage_classes\":[]}");
}
#[allow(
    deprecated,
    reason = "deprecated API versions stay tested until they are removed"
)]
/// `list_storage_classes` at API version 1.0 sends GET /v1/aimlops-platform/internal/clusters/{cluster_id}/storageclasses.
#[tokio::test]
async fn list_storage_classes_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/aimlops-platform/internal/clusters/example/storageclasses"))
        .and(header("Scp-Api-Version", "aimlops-platform 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .list_storage_classes()
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
