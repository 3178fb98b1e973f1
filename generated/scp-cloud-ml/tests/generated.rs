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
fn client(server: &MockServer) -> scp_cloud_ml::Client {
    let config = scp_cloud_ml::runtime::Config::builder()
        .credentials(
            scp_cloud_ml::runtime::ScpCredentials::new("access-key", "secret-key"),
        )
        .endpoint_url(server.uri())
        .retry(scp_cloud_ml::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    scp_cloud_ml::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// The documented `check_duplication_name_and_domain_name` 1.0 response_200 example deserializes and serializes back.
#[test]
fn check_duplication_name_and_domain_name_v1_0_response_200() {
    round_trips::<
        scp_cloud_ml::types::CloudMLCheckDuplicationResponse,
    >("{\"result\":false}");
}
/// `check_duplication_name_and_domain_name` at API version 1.0 sends GET /v1/cloud-ml/check-duplication.
#[tokio::test]
async fn check_duplication_name_and_domain_name_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/cloud-ml/check-duplication"))
        .and(header("accept", "application/json"))
        .and(header("content_type", "application/json"))
        .and(query_param("name", "example"))
        .and(query_param("domain_name", "example"))
        .and(header("Scp-Api-Version", "cloud-ml 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .check_duplication_name_and_domain_name()
        .accept(v::<String>("\"application/json\""))
        .content_type(v::<String>("\"application/json\""))
        .name(v::<String>("\"example\""))
        .domain_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `cloud_ml_cluster_check_estimate` 1.0 response_200 example contradicts the schema ($.analytics.cpu: expected an integer, found ""), so the strict type rejects it.
#[test]
fn cloud_ml_cluster_check_estimate_v1_0_response_200() {
    rejects::<
        scp_cloud_ml::types::CloudMLClusterEstimateResponse,
    >(
        "{\"analytics\":{\"cpu\":\"\",\"gpu\":\"\",\"memory\":\"\"},\"application\":{\"cpu\":\"\",\"memory\":\"\"},\"copilot\":{}}",
    );
}
/// `cloud_ml_cluster_check_estimate` at API version 1.0 sends GET /v1/cloud-ml/clusters/{cluster_id}/estimate.
#[tokio::test]
async fn cloud_ml_cluster_check_estimate_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/cloud-ml/clusters/example/estimate"))
        .and(header("accept", "application/json"))
        .and(header("content_type", "application/json"))
        .and(query_param("use_copilot", "false"))
        .and(header("Scp-Api-Version", "cloud-ml 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"analytics\":{\"cpu\":1,\"memory\":1},\"application\":{\"cpu\":1,\"memory\":1}}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .cloud_ml_cluster_check_estimate()
        .accept(v::<String>("\"application/json\""))
        .content_type(v::<String>("\"application/json\""))
        .cluster_id(v::<String>("\"example\""))
        .use_copilot(v::<bool>("false"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `cloud_ml_images` 1.0 response_200 example contradicts the schema ($.total_count: expected an integer, found ""), so the strict type rejects it.
#[test]
fn cloud_ml_images_v1_0_response_200() {
    rejects::<
        scp_cloud_ml::types::ImageVersionsResponse,
    >(
        "{\"contents\":[{\"copilot_enabled\":\"\",\"display_version\":\"\",\"image_id\":\"\",\"image_name\":\"\",\"k8s_version\":\"\"}],\"total_count\":\"\"}",
    );
}
/// `cloud_ml_images` at API version 1.0 sends GET /v1/cloud-ml/images.
#[tokio::test]
async fn cloud_ml_images_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/cloud-ml/images"))
        .and(header("accept", "application/json"))
        .and(header("content_type", "application/json"))
        .and(header("Scp-Api-Version", "cloud-ml 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"contents\":[{\"copilot_enabled\":\"example\",\"display_version\":\"example\",\"image_id\":\"example\",\"image_name\":\"example\"}],\"total_count\":1}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .cloud_ml_images()
        .accept(v::<String>("\"application/json\""))
        .content_type(v::<String>("\"application/json\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `cluster_check_releasable` 1.0 response_200 example deserializes and serializes back.
#[test]
fn cluster_check_releasable_v1_0_response_200() {
    round_trips::<
        scp_cloud_ml::types::CloudMLClusterCheckReleasableResponse,
    >("{\"exceptions\":[],\"result\":true}");
}
/// `cluster_check_releasable` at API version 1.0 sends GET /v1/cloud-ml/clusters/{cluster_id}/check-releasable.
#[tokio::test]
async fn cluster_check_releasable_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/cloud-ml/clusters/example/check-releasable"))
        .and(header("accept", "application/json"))
        .and(header("content_type", "application/json"))
        .and(header("Scp-Api-Version", "cloud-ml 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .cluster_check_releasable()
        .accept(v::<String>("\"application/json\""))
        .content_type(v::<String>("\"application/json\""))
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `cluster_product` 1.0 response_200 example contradicts the schema ($.cloud_ml.cloud_ml_id: required field is missing), so the strict type rejects it.
#[test]
fn cluster_product_v1_0_response_200() {
    rejects::<
        scp_cloud_ml::types::CloudMLClusterProductsResponse,
    >("{\"cloud_ml\":{},\"cloud_ml_common\":{}}");
}
/// `cluster_product` at API version 1.0 sends GET /v1/cloud-ml/clusters/{cluster_id}.
#[tokio::test]
async fn cluster_product_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/cloud-ml/clusters/example"))
        .and(header("accept", "application/json"))
        .and(header("content_type", "application/json"))
        .and(header("Scp-Api-Version", "cloud-ml 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .cluster_product()
        .accept(v::<String>("\"application/json\""))
        .content_type(v::<String>("\"application/json\""))
        .cluster_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `create_cloud_ml` 1.0 response_200 example deserializes and serializes back.
#[test]
fn create_cloud_ml_v1_0_response_200() {
    round_trips::<
        scp_cloud_ml::types::AsyncResponse,
    >(
        "{\"project_id\":\"10a599e031e749b7b260868f441e862b\",\"request_id\":\"10a599e031e749b7b260868f441e862b\",\"resource_id\":\"10a599e031e749b7b260868f441e862b\"}",
    );
}
/// The documented `create_cloud_ml` 1.0 request_body example deserializes and serializes back.
#[test]
fn create_cloud_ml_v1_0_request_body() {
    round_trips::<
        scp_cloud_ml::types::CloudMLRequest,
    >(
        "{\"analytics_resource\":{\"cpu\":0,\"gpu\":\"\",\"memory\":0},\"application_resource\":{\"cpu\":0,\"memory\":0},\"cloud_ml_name\":\"aiml-test\",\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"copilot\":{\"cpu\":0,\"gpu\":\"\",\"memory\":0},\"custom_registry_access_key\":\"10a599e031e749b7b260868f441e862b\",\"custom_registry_access_project_id\":\"10a599e031e749b7b260868f441e862b\",\"custom_registry_access_region\":\"10a599e031e749b7b260868f441e862b\",\"custom_registry_access_secret_key\":\"10a599e031e749b7b260868f441e862b\",\"custom_registry_host\":\"10a599e031e749b7b260868f441e862b\",\"description\":\"147@53A69a\",\"domain_name\":\"147@53A69a\",\"endpoint_type\":\"147@53A69a\",\"image_id\":\"10a599e031e749b7b260868f441e862b\",\"product_group_id\":\"10a599e031e749b7b260868f441e862b\",\"tags\":[],\"use_copilot\":true}",
    );
}
/// `create_cloud_ml` at API version 1.0 sends POST /v1/cloud-ml.
#[tokio::test]
async fn create_cloud_ml_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/cloud-ml"))
        .and(header("accept", "application/json"))
        .and(header("content_type", "application/json"))
        .and(header("Scp-Api-Version", "cloud-ml 1.0"))
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
        .create_cloud_ml()
        .accept(v::<String>("\"application/json\""))
        .content_type(v::<String>("\"application/json\""))
        .analytics_resource(
            v::<serde_json::Value>("{\"cpu\":0,\"gpu\":\"\",\"memory\":0}"),
        )
        .application_resource(v::<serde_json::Value>("{\"cpu\":0,\"memory\":0}"))
        .cloud_ml_name(v::<String>("\"aiml-test\""))
        .cluster_id(v::<String>("\"10a599e031e749b7b260868f441e862b\""))
        .copilot(v::<serde_json::Value>("{\"cpu\":0,\"gpu\":\"\",\"memory\":0}"))
        .custom_registry_access_key(v::<String>("\"10a599e031e749b7b260868f441e862b\""))
        .custom_registry_access_project_id(
            v::<String>("\"10a599e031e749b7b260868f441e862b\""),
        )
        .custom_registry_access_region(
            v::<String>("\"10a599e031e749b7b260868f441e862b\""),
        )
        .custom_registry_access_secret_key(
            v::<String>("\"10a599e031e749b7b260868f441e862b\""),
        )
        .custom_registry_host(v::<String>("\"10a599e031e749b7b260868f441e862b\""))
        .description(v::<String>("\"147@53A69a\""))
        .domain_name(v::<String>("\"147@53A69a\""))
        .endpoint_type(v::<String>("\"147@53A69a\""))
        .image_id(v::<String>("\"10a599e031e749b7b260868f441e862b\""))
        .product_group_id(v::<String>("\"10a599e031e749b7b260868f441e862b\""))
        .tags(v::<Vec<serde_json::Value>>("[]"))
        .use_copilot(v::<bool>("true"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"analytics_resource\":{\"cpu\":0,\"gpu\":\"\",\"memory\":0},\"application_resource\":{\"cpu\":0,\"memory\":0},\"cloud_ml_name\":\"aiml-test\",\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"copilot\":{\"cpu\":0,\"gpu\":\"\",\"memory\":0},\"custom_registry_access_key\":\"10a599e031e749b7b260868f441e862b\",\"custom_registry_access_project_id\":\"10a599e031e749b7b260868f441e862b\",\"custom_registry_access_region\":\"10a599e031e749b7b260868f441e862b\",\"custom_registry_access_secret_key\":\"10a599e031e749b7b260868f441e862b\",\"custom_registry_host\":\"10a599e031e749b7b260868f441e862b\",\"description\":\"147@53A69a\",\"domain_name\":\"147@53A69a\",\"endpoint_type\":\"147@53A69a\",\"image_id\":\"10a599e031e749b7b260868f441e862b\",\"product_group_id\":\"10a599e031e749b7b260868f441e862b\",\"tags\":[],\"use_copilot\":true}")),
        "sent body {sent}"
    );
}
/// The documented `show_cloud_ml` 1.0 response_200 example deserializes and serializes back.
#[test]
fn show_cloud_ml_v1_0_response_200() {
    round_trips::<
        scp_cloud_ml::types::CloudMLDetailResponse,
    >(
        "{\"cloud_ml_id\":\"10a599e031e749b7b260868f441e862b\",\"cloud_ml_name\":\"aiml-test\",\"cloud_ml_state\":\"DEPLOYED\",\"cluster_id\":\"10a599e031e749b7b260868f441e862b\",\"cluster_name\":\"cluster-test\",\"cluster_permission\":{},\"cluster_request_failed\":false,\"copilot_enabled\":false,\"created_by\":\"10a599e031e749b7b260868f441e862b\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"custom_registry_access_key\":\"aiml-test\",\"custom_registry_host\":\"aiml-test\",\"description\":\"aiml-test\",\"display_version\":\"22.04\",\"domain_name\":\"aiml-test\",\"endpoint_ip_address\":\"aiml-test\",\"endpoint_type\":\"private\",\"image_id\":\"10a599e031e749b7b260868f441e862b\",\"image_name\":\"aiml-test\",\"modified_by\":\"10a599e031e749b7b260868f441e862b\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"aiml-test\",\"product_group_id\":\"10a599e031e749b7b260868f441e862b\",\"project_id\":\"10a599e031e749b7b260868f441e862b\",\"request_id\":\"10a599e031e749b7b260868f441e862b\",\"resource_limit_text\":\"aiml-test\",\"resource_request_text\":\"aiml-test\",\"storage_class_name\":\"aiml-test\"}",
    );
}
/// `show_cloud_ml` at API version 1.0 sends GET /v1/cloud-ml/{cloud_ml_id}.
#[tokio::test]
async fn show_cloud_ml_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/cloud-ml/example"))
        .and(header("accept", "application/json"))
        .and(header("content_type", "application/json"))
        .and(header("Scp-Api-Version", "cloud-ml 1.0"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"cloud_ml_id\":\"example\",\"cloud_ml_name\":\"example\",\"cloud_ml_state\":\"example\",\"cluster_id\":\"example\",\"copilot_enabled\":true,\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"custom_registry_access_key\":\"example\",\"custom_registry_host\":\"example\",\"display_version\":\"example\",\"domain_name\":\"example\",\"endpoint_type\":\"example\",\"image_id\":\"example\",\"image_name\":\"example\",\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"project_id\":\"example\",\"request_id\":\"example\",\"resource_limit_text\":\"example\",\"resource_request_text\":\"example\",\"storage_class_name\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .show_cloud_ml()
        .accept(v::<String>("\"application/json\""))
        .content_type(v::<String>("\"application/json\""))
        .cloud_ml_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `update_cloud_ml` 1.0 request_body example deserializes and serializes back.
#[test]
fn update_cloud_ml_v1_0_request_body() {
    round_trips::<
        scp_cloud_ml::types::CloudMLUpdateRequest,
    >("{\"description\":\"147@53A69a\"}");
}
/// `update_cloud_ml` at API version 1.0 sends PUT /v1/cloud-ml/{cloud_ml_id}.
#[tokio::test]
async fn update_cloud_ml_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/cloud-ml/example"))
        .and(header("accept", "application/json"))
        .and(header("content_type", "application/json"))
        .and(header("Scp-Api-Version", "cloud-ml 1.0"))
        .respond_with(
            ResponseTemplate::new(202u16)
                .set_body_raw(
                    "{\"cloud_ml_id\":\"example\",\"cloud_ml_name\":\"example\",\"cloud_ml_state\":\"example\",\"cluster_id\":\"example\",\"copilot_enabled\":true,\"created_by\":\"example\",\"created_dt\":\"2024-05-17T00:23:17Z\",\"custom_registry_access_key\":\"example\",\"custom_registry_host\":\"example\",\"display_version\":\"example\",\"domain_name\":\"example\",\"endpoint_type\":\"example\",\"image_id\":\"example\",\"image_name\":\"example\",\"modified_by\":\"example\",\"modified_dt\":\"2024-05-17T00:23:17Z\",\"namespace_name\":\"example\",\"project_id\":\"example\",\"request_id\":\"example\",\"resource_limit_text\":\"example\",\"resource_request_text\":\"example\",\"storage_class_name\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .update_cloud_ml()
        .accept(v::<String>("\"application/json\""))
        .content_type(v::<String>("\"application/json\""))
        .cloud_ml_id(v::<String>("\"example\""))
        .description(v::<String>("\"147@53A69a\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"description\":\"147@53A69a\"}")), "sent body {sent}");
}
/// `delete_cloud_ml` at API version 1.0 sends DELETE /v1/cloud-ml/{cloud_ml_id}.
#[tokio::test]
async fn delete_cloud_ml_v1_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/cloud-ml/example"))
        .and(header("accept", "application/json"))
        .and(header("content_type", "application/json"))
        .and(header("Scp-Api-Version", "cloud-ml 1.0"))
        .respond_with(ResponseTemplate::new(202u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .delete_cloud_ml()
        .accept(v::<String>("\"application/json\""))
        .content_type(v::<String>("\"application/json\""))
        .cloud_ml_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
