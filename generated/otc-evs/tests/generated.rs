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
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
fn client(server: &MockServer) -> otc_evs::Client {
    let config = otc_evs::runtime::Config::builder()
        .credentials(otc_evs::runtime::OtcToken::new("token"))
        .endpoint_url(server.uri())
        .retry(otc_evs::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    otc_evs::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// `creating_evs_disks` at API version v3 sends POST /v3/{project_id}/cloudvolumes.
#[tokio::test]
async fn creating_evs_disks_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/cloudvolumes"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_evs_disks()
        .project_id(v::<String>("\"example\""))
        .volume(
            v::<
                otc_evs::types::EvsDiskParametersInTheVolumeField,
            >("{\"availability_zone\":\"example\",\"size\":1,\"volume_type\":\"ESSD\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"volume\":{\"availability_zone\":\"example\",\"size\":1,\"volume_type\":\"ESSD\"}}")),
        "sent body {sent}"
    );
}
/// `creating_evs_disks` at API version v2 sends POST /v2/{project_id}/cloudvolumes.
#[tokio::test]
async fn creating_evs_disks_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/cloudvolumes"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .creating_evs_disks()
        .project_id(v::<String>("\"example\""))
        .volume(
            v::<
                otc_evs::types::EvsDiskParametersInTheVolumeField,
            >("{\"availability_zone\":\"example\",\"size\":1,\"volume_type\":\"ESSD\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"volume\":{\"availability_zone\":\"example\",\"size\":1,\"volume_type\":\"ESSD\"}}")),
        "sent body {sent}"
    );
}
/// `querying_details_about_all_evs_disks_deprecated` at API version v3 sends GET /v3/{project_id}/os-vendor-volumes/detail.
#[tokio::test]
async fn querying_details_about_all_evs_disks_deprecated_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/os-vendor-volumes/detail"))
        .and(query_param("marker", "example"))
        .and(query_param("name", "example"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("offset", "1"))
        .and(query_param("status", "example"))
        .and(query_param("metadata", "example"))
        .and(query_param("availability_zone", "example"))
        .and(query_param("multiattach", "true"))
        .and(query_param("volume_type_id", "example"))
        .and(query_param("id", "example"))
        .and(query_param("ids", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_all_evs_disks_deprecated()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .sort_key(v::<String>("\"created_at\""))
        .sort_dir(v::<String>("\"desc\""))
        .offset(v::<i64>("1"))
        .status(v::<String>("\"example\""))
        .metadata(v::<String>("\"example\""))
        .availability_zone(v::<String>("\"example\""))
        .multiattach(v::<bool>("true"))
        .volume_type_id(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .ids(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_an_evs_disk_deprecated` at API version v3 sends GET /v3/{project_id}/os-vendor-volumes/{volume_id}.
#[tokio::test]
async fn querying_details_about_an_evs_disk_deprecated_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/os-vendor-volumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_an_evs_disk_deprecated()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_loading_progress_of_a_lazyloading_disk` at API version v3 sends GET /v3/{project_id}/os-vendor-volumes/{volume_id}/internal-info.
#[tokio::test]
async fn querying_loading_progress_of_a_lazyloading_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/os-vendor-volumes/example/internal-info"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_loading_progress_of_a_lazyloading_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `batch_adding_tags_for_the_specified_evs_disk` at API version v3 sends POST /v3/{project_id}/os-vendor-volumes/{volume_id}/tags/action.
#[tokio::test]
async fn batch_adding_tags_for_the_specified_evs_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/os-vendor-volumes/example/tags/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .batch_adding_tags_for_the_specified_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `batch_adding_tags_for_the_specified_evs_disk` at API version v2 sends POST /v2/{project_id}/os-vendor-volumes/{volume_id}/tags/action.
#[tokio::test]
async fn batch_adding_tags_for_the_specified_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/os-vendor-volumes/example/tags/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .batch_adding_tags_for_the_specified_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `querying_details_of_evs_disks_by_tag` at API version v3 sends POST /v3/{project_id}/os-vendor-volumes/resource_instances/action.
#[tokio::test]
async fn querying_details_of_evs_disks_by_tag_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/os-vendor-volumes/resource_instances/action"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_of_evs_disks_by_tag()
        .project_id(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `querying_details_of_evs_disks_by_tag` at API version v2 sends POST /v2/{project_id}/os-vendor-volumes/resource_instances/action.
#[tokio::test]
async fn querying_details_of_evs_disks_by_tag_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/os-vendor-volumes/resource_instances/action"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_details_of_evs_disks_by_tag()
        .project_id(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `querying_tags_of_an_evs_disk` at API version v3 sends GET /v3/{project_id}/os-vendor-volumes/{volume_id}/tags.
#[tokio::test]
async fn querying_tags_of_an_evs_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/os-vendor-volumes/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_tags_of_an_evs_disk` at API version v2 sends GET /v2/{project_id}/os-vendor-volumes/{volume_id}/tags.
#[tokio::test]
async fn querying_tags_of_an_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-volumes/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_tags_of_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_metadata_of_an_evs_disk` at API version v3 sends GET /v3/{project_id}/volumes/{volume_id}/metadata.
#[tokio::test]
async fn querying_metadata_of_an_evs_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/volumes/example/metadata"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_metadata_of_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_metadata_of_an_evs_disk` at API version v2 sends GET /v2/{project_id}/volumes/{volume_id}/metadata.
#[tokio::test]
async fn querying_metadata_of_an_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/volumes/example/metadata"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_metadata_of_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_metadata_of_an_evs_disk` at API version v3 sends PUT /v3/{project_id}/volumes/{volume_id}/metadata.
#[tokio::test]
async fn updating_metadata_of_an_evs_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/volumes/example/metadata"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_metadata_of_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .metadata(
            v::<std::collections::BTreeMap<String, String>>("{\"key\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"metadata\":{\"key\":\"example\"}}")), "sent body {sent}"
    );
}
/// `adding_metadata_of_an_evs_disk` at API version v3 sends POST /v3/{project_id}/volumes/{volume_id}/metadata.
#[tokio::test]
async fn adding_metadata_of_an_evs_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/volumes/example/metadata"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_metadata_of_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .metadata(
            v::<std::collections::BTreeMap<String, String>>("{\"key\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"metadata\":{\"key\":\"example\"}}")), "sent body {sent}"
    );
}
/// `querying_evs_disks` at API version v3 sends GET /v3/{project_id}/volumes.
#[tokio::test]
async fn querying_evs_disks_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/volumes"))
        .and(query_param("marker", "example"))
        .and(query_param("name", "example"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("offset", "1"))
        .and(query_param("status", "example"))
        .and(query_param("metadata", "example"))
        .and(query_param("availability_zone", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_evs_disks()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .sort_key(v::<String>("\"created_at\""))
        .sort_dir(v::<String>("\"desc\""))
        .offset(v::<i64>("1"))
        .status(v::<String>("\"example\""))
        .metadata(v::<String>("\"example\""))
        .availability_zone(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_evs_disks` at API version v2 sends GET /v2/{project_id}/cloudvolumes.
#[tokio::test]
async fn querying_evs_disks_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/cloudvolumes"))
        .and(query_param("marker", "example"))
        .and(query_param("name", "example"))
        .and(query_param("status", "example"))
        .and(query_param("limit", "1000"))
        .and(query_param("availability_zone", "example"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("sort_dir", "desc"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_evs_disks()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .availability_zone(v::<String>("\"example\""))
        .sort_key(v::<String>("\"created_at\""))
        .sort_dir(v::<String>("\"desc\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `creating_evs_disks_2` at API version v3 sends POST /v3/{project_id}/volumes.
#[tokio::test]
async fn creating_evs_disks_2_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/volumes"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_evs_disks_2()
        .project_id(v::<String>("\"example\""))
        .volume(
            v::<
                otc_evs::types::CreateEvsDisksParametersInTheVolumeField,
            >("{\"availability_zone\":\"example\",\"size\":1}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"volume\":{\"availability_zone\":\"example\",\"size\":1}}")),
        "sent body {sent}"
    );
}
/// `creating_evs_disks_2` at API version v2 sends POST /v2/{project_id}/volumes.
#[tokio::test]
async fn creating_evs_disks_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/volumes"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .creating_evs_disks_2()
        .project_id(v::<String>("\"example\""))
        .volume(
            v::<
                otc_evs::types::CreateEvsDisksParametersInTheVolumeField,
            >("{\"availability_zone\":\"example\",\"size\":1}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"volume\":{\"availability_zone\":\"example\",\"size\":1}}")),
        "sent body {sent}"
    );
}
/// `querying_details_about_a_disk` at API version v3 sends GET /v3/{project_id}/volumes/{volume_id}.
#[tokio::test]
async fn querying_details_about_a_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/volumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_a_disk` at API version v2 sends GET /v2/{project_id}/os-vendor-volumes/{volume_id}.
#[tokio::test]
async fn querying_details_about_a_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-volumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_details_about_a_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_an_evs_disk` at API version v3 sends PUT /v3/{project_id}/volumes/{volume_id}.
#[tokio::test]
async fn updating_an_evs_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/volumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .volume(v::<otc_evs::types::UpdateEvsDiskParametersInTheVolumeField>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"volume\":{}}")), "sent body {sent}");
}
/// `updating_an_evs_disk` at API version v2 sends PUT /v2/{project_id}/cloudvolumes/{volume_id}.
#[tokio::test]
async fn updating_an_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/cloudvolumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .updating_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .volume(v::<otc_evs::v2::types::UpdateEvsDiskParametersInTheVolumeField>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"volume\":{}}")), "sent body {sent}");
}
/// `deleting_an_evs_disk` at API version v3 sends DELETE /v3/{project_id}/volumes/{volume_id}.
#[tokio::test]
async fn deleting_an_evs_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/volumes/example"))
        .and(query_param("cascade", "false"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .cascade(v::<bool>("false"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_an_evs_disk` at API version v2 sends DELETE /v2/{project_id}/cloudvolumes/{volume_id}.
#[tokio::test]
async fn deleting_an_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/cloudvolumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .deleting_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_one_piece_of_metadata_for_an_evs_disk` at API version v3 sends GET /v3/{project_id}/volumes/{volume_id}/metadata/{key}.
#[tokio::test]
async fn querying_one_piece_of_metadata_for_an_evs_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/volumes/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_one_piece_of_metadata_for_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_one_piece_of_metadata_for_an_evs_disk` at API version v2 sends GET /v2/{project_id}/volumes/{volume_id}/metadata/{key}.
#[tokio::test]
async fn querying_one_piece_of_metadata_for_an_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/volumes/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_one_piece_of_metadata_for_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_one_piece_of_metadata_for_an_evs_disk` at API version v3 sends PUT /v3/{project_id}/volumes/{volume_id}/metadata/{key}.
#[tokio::test]
async fn updating_one_piece_of_metadata_for_an_evs_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/volumes/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_one_piece_of_metadata_for_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .meta(v::<otc_evs::types::EvsDiskMetadataOnePieceParameterInTheMetaField>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"meta\":{}}")), "sent body {sent}");
}
/// `updating_one_piece_of_metadata_for_an_evs_disk` at API version v2 sends PUT /v2/{project_id}/volumes/{volume_id}/metadata/{key}.
#[tokio::test]
async fn updating_one_piece_of_metadata_for_an_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/volumes/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .updating_one_piece_of_metadata_for_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .meta(v::<otc_evs::types::EvsDiskMetadataOnePieceParameterInTheMetaField>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"meta\":{}}")), "sent body {sent}");
}
/// `deleting_one_piece_of_metadata_for_an_evs_disk` at API version v3 sends DELETE /v3/{project_id}/volumes/{volume_id}/metadata/{key}.
#[tokio::test]
async fn deleting_one_piece_of_metadata_for_an_evs_disk_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/volumes/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_one_piece_of_metadata_for_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_one_piece_of_metadata_for_an_evs_disk` at API version v2 sends DELETE /v2/{project_id}/volumes/{volume_id}/metadata/{key}.
#[tokio::test]
async fn deleting_one_piece_of_metadata_for_an_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/volumes/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .deleting_one_piece_of_metadata_for_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_all_a_zs` at API version v3 sends GET /v3/{project_id}/os-availability-zone.
#[tokio::test]
async fn querying_all_a_zs_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/os-availability-zone"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_all_a_zs()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_all_a_zs` at API version v2 sends GET /v2/{project_id}/os-availability-zone.
#[tokio::test]
async fn querying_all_a_zs_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-availability-zone"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_all_a_zs()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_all_disks` at API version v3 sends GET /v3/{project_id}/volumes/detail.
#[tokio::test]
async fn querying_details_about_all_disks_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/volumes/detail"))
        .and(query_param("marker", "example"))
        .and(query_param("name", "example"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("offset", "1"))
        .and(query_param("status", "example"))
        .and(query_param("metadata", "example"))
        .and(query_param("availability_zone", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_all_disks()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .sort_key(v::<String>("\"created_at\""))
        .sort_dir(v::<String>("\"desc\""))
        .offset(v::<i64>("1"))
        .status(v::<String>("\"example\""))
        .metadata(v::<String>("\"example\""))
        .availability_zone(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_all_disks` at API version v2 sends GET /v2/{project_id}/cloudvolumes/detail.
#[tokio::test]
async fn querying_details_about_all_disks_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/cloudvolumes/detail"))
        .and(query_param("availability_zone", "example"))
        .and(query_param("dedicated_storage_id", "example"))
        .and(query_param("dedicated_storage_name", "example"))
        .and(query_param("enterprise_project_id", "example"))
        .and(query_param("id", "example"))
        .and(query_param("ids", "example"))
        .and(query_param("limit", "1000"))
        .and(query_param("marker", "example"))
        .and(query_param("metadata", "example"))
        .and(query_param("multiattach", "true"))
        .and(query_param("name", "example"))
        .and(query_param("offset", "1"))
        .and(query_param("server_id", "example"))
        .and(query_param("service_type", "example"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("status", "example"))
        .and(query_param("volume_type_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_details_about_all_disks()
        .project_id(v::<String>("\"example\""))
        .availability_zone(v::<String>("\"example\""))
        .dedicated_storage_id(v::<String>("\"example\""))
        .dedicated_storage_name(v::<String>("\"example\""))
        .enterprise_project_id(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .ids(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .marker(v::<String>("\"example\""))
        .metadata(v::<String>("\"example\""))
        .multiattach(v::<bool>("true"))
        .name(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .server_id(v::<String>("\"example\""))
        .service_type(v::<String>("\"example\""))
        .sort_dir(v::<String>("\"desc\""))
        .sort_key(v::<String>("\"created_at\""))
        .status(v::<String>("\"example\""))
        .volume_type_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_an_evs_disk_type` at API version v3 sends GET /v3/{project_id}/types/{type_id}.
#[tokio::test]
async fn querying_details_about_an_evs_disk_type_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/types/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_an_evs_disk_type()
        .project_id(v::<String>("\"example\""))
        .type_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_an_evs_disk_type` at API version v2 sends GET /v2/{project_id}/types/{type_id}.
#[tokio::test]
async fn querying_details_about_an_evs_disk_type_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/types/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_details_about_an_evs_disk_type()
        .project_id(v::<String>("\"example\""))
        .type_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_of_tenant_quotas` at API version v3 sends GET /v3/{project_id}/os-quota-sets/{target_project_id}.
#[tokio::test]
async fn querying_details_of_tenant_quotas_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/os-quota-sets/example"))
        .and(query_param("usage", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_of_tenant_quotas()
        .project_id(v::<String>("\"example\""))
        .target_project_id(v::<String>("\"example\""))
        .usage(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_of_tenant_quotas` at API version v2 sends GET /v2/{project_id}/os-quota-sets/{target_project_id}.
#[tokio::test]
async fn querying_details_of_tenant_quotas_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-quota-sets/example"))
        .and(query_param("usage", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_details_of_tenant_quotas()
        .project_id(v::<String>("\"example\""))
        .target_project_id(v::<String>("\"example\""))
        .usage(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_evs_disk_types` at API version v3 sends GET /v3/{project_id}/types.
#[tokio::test]
async fn querying_evs_disk_types_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/types"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_evs_disk_types()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_evs_disk_types` at API version v2 sends GET /v2/{project_id}/types.
#[tokio::test]
async fn querying_evs_disk_types_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/types"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_evs_disk_types()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_extension_ap_is` at API version v3 sends GET /v3/{project_id}/extensions.
#[tokio::test]
async fn querying_extension_ap_is_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/extensions"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_extension_ap_is()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_extension_ap_is` at API version v2 sends GET /v2/{project_id}/extensions.
#[tokio::test]
async fn querying_extension_ap_is_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/extensions"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_extension_ap_is()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_summary_information_of_evs_disks` at API version v3 sends GET /v3/{project_id}/volumes/summary.
#[tokio::test]
async fn querying_summary_information_of_evs_disks_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/volumes/summary"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_summary_information_of_evs_disks()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `canceling_reservation_of_an_evs_disk_deprecated` at API version v3 sends POST /v3/{project_id}/volumes/{volume_id}/action.
#[tokio::test]
async fn canceling_reservation_of_an_evs_disk_deprecated_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/volumes/example/action"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .canceling_reservation_of_an_evs_disk_deprecated()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `accepting_a_disk_transfer` at API version v3 sends POST /v3/{project_id}/os-volume-transfer/{transfer_id}/accept.
#[tokio::test]
async fn accepting_a_disk_transfer_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/os-volume-transfer/example/accept"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .accepting_a_disk_transfer()
        .project_id(v::<String>("\"example\""))
        .transfer_id(v::<String>("\"example\""))
        .accept(
            v::<
                otc_evs::types::DiskTransferParameterInTheAcceptField,
            >("{\"auth_key\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"accept\":{\"auth_key\":\"example\"}}")), "sent body {sent}"
    );
}
/// `accepting_a_disk_transfer` at API version v2 sends POST /v2/{project_id}/os-volume-transfer/{transfer_id}/accept.
#[tokio::test]
async fn accepting_a_disk_transfer_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/os-volume-transfer/example/accept"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .accepting_a_disk_transfer()
        .project_id(v::<String>("\"example\""))
        .transfer_id(v::<String>("\"example\""))
        .accept(
            v::<
                otc_evs::types::DiskTransferParameterInTheAcceptField,
            >("{\"auth_key\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"accept\":{\"auth_key\":\"example\"}}")), "sent body {sent}"
    );
}
/// `querying_all_disk_transfers` at API version v3 sends GET /v3/{project_id}/os-volume-transfer.
#[tokio::test]
async fn querying_all_disk_transfers_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/os-volume-transfer"))
        .and(query_param("limit", "1000"))
        .and(query_param("offset", "1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_all_disk_transfers()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .offset(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_all_disk_transfers` at API version v2 sends GET /v2/{project_id}/os-volume-transfer.
#[tokio::test]
async fn querying_all_disk_transfers_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-volume-transfer"))
        .and(query_param("limit", "1000"))
        .and(query_param("offset", "1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_all_disk_transfers()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .offset(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `creating_a_disk_transfer` at API version v3 sends POST /v3/{project_id}/os-volume-transfer.
#[tokio::test]
async fn creating_a_disk_transfer_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/os-volume-transfer"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_disk_transfer()
        .project_id(v::<String>("\"example\""))
        .transfer(
            v::<
                otc_evs::types::CreateDiskTransferParametersInTheTransferField,
            >("{\"volume_id\":\"example\",\"name\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"transfer\":{\"volume_id\":\"example\",\"name\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `creating_a_disk_transfer` at API version v2 sends POST /v2/{project_id}/os-volume-transfer.
#[tokio::test]
async fn creating_a_disk_transfer_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/os-volume-transfer"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .creating_a_disk_transfer()
        .project_id(v::<String>("\"example\""))
        .transfer(
            v::<
                otc_evs::types::CreateDiskTransferParametersInTheTransferField,
            >("{\"volume_id\":\"example\",\"name\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"transfer\":{\"volume_id\":\"example\",\"name\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `querying_details_of_a_disk_transfer` at API version v3 sends GET /v3/{project_id}/os-volume-transfer/{transfer_id}.
#[tokio::test]
async fn querying_details_of_a_disk_transfer_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/os-volume-transfer/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_of_a_disk_transfer()
        .project_id(v::<String>("\"example\""))
        .transfer_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_of_a_disk_transfer` at API version v2 sends GET /v2/{project_id}/os-volume-transfer/{transfer_id}.
#[tokio::test]
async fn querying_details_of_a_disk_transfer_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-volume-transfer/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_details_of_a_disk_transfer()
        .project_id(v::<String>("\"example\""))
        .transfer_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_disk_transfer` at API version v3 sends DELETE /v3/{project_id}/os-volume-transfer/{transfer_id}.
#[tokio::test]
async fn deleting_a_disk_transfer_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/os-volume-transfer/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_disk_transfer()
        .project_id(v::<String>("\"example\""))
        .transfer_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_disk_transfer` at API version v2 sends DELETE /v2/{project_id}/os-volume-transfer/{transfer_id}.
#[tokio::test]
async fn deleting_a_disk_transfer_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/os-volume-transfer/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .deleting_a_disk_transfer()
        .project_id(v::<String>("\"example\""))
        .transfer_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_of_all_disk_transfers` at API version v3 sends GET /v3/{project_id}/os-volume-transfer/detail.
#[tokio::test]
async fn querying_details_of_all_disk_transfers_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/os-volume-transfer/detail"))
        .and(query_param("limit", "1000"))
        .and(query_param("offset", "1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_of_all_disk_transfers()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .offset(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_of_all_disk_transfers` at API version v2 sends GET /v2/{project_id}/os-volume-transfer/detail.
#[tokio::test]
async fn querying_details_of_all_disk_transfers_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-volume-transfer/detail"))
        .and(query_param("limit", "1000"))
        .and(query_param("offset", "1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_details_of_all_disk_transfers()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .offset(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_metadata_of_an_evs_snapshot` at API version v3 sends GET /v3/{project_id}/snapshots/{snapshot_id}/metadata.
#[tokio::test]
async fn querying_metadata_of_an_evs_snapshot_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/snapshots/example/metadata"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_metadata_of_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_metadata_of_an_evs_snapshot` at API version v2 sends GET /v2/{project_id}/snapshots/{snapshot_id}/metadata.
#[tokio::test]
async fn querying_metadata_of_an_evs_snapshot_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/snapshots/example/metadata"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_metadata_of_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_metadata_of_an_evs_snapshot` at API version v3 sends PUT /v3/{project_id}/snapshots/{snapshot_id}/metadata.
#[tokio::test]
async fn updating_metadata_of_an_evs_snapshot_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/snapshots/example/metadata"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_metadata_of_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .metadata(
            v::<otc_evs::types::EvsSnapshotMetadataParameterInTheMetadataField>("{}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"metadata\":{}}")), "sent body {sent}");
}
/// `adding_metadata_of_an_evs_snapshot` at API version v3 sends POST /v3/{project_id}/snapshots/{snapshot_id}/metadata.
#[tokio::test]
async fn adding_metadata_of_an_evs_snapshot_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/snapshots/example/metadata"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_metadata_of_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .metadata(
            v::<otc_evs::types::EvsSnapshotMetadataParameterInTheMetadataField>("{}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"metadata\":{}}")), "sent body {sent}");
}
/// `adding_metadata_of_an_evs_snapshot` at API version v2 sends POST /v2/{project_id}/snapshots/{snapshot_id}/metadata.
#[tokio::test]
async fn adding_metadata_of_an_evs_snapshot_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/snapshots/example/metadata"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .adding_metadata_of_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .metadata(
            v::<otc_evs::types::EvsSnapshotMetadataParameterInTheMetadataField>("{}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"metadata\":{}}")), "sent body {sent}");
}
/// `querying_evs_snapshots` at API version v3 sends GET /v3/{project_id}/snapshots.
#[tokio::test]
async fn querying_evs_snapshots_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/snapshots"))
        .and(query_param("marker", "example"))
        .and(query_param("offset", "1"))
        .and(query_param("limit", "1000"))
        .and(query_param("name", "example"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("status", "example"))
        .and(query_param("volume_id", "example"))
        .and(query_param("name~", "example"))
        .and(query_param("status~", "example"))
        .and(query_param("volume_id~", "example"))
        .and(query_param("sort_key", "example"))
        .and(query_param("with_count", "true"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_evs_snapshots()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .limit(v::<i64>("1000"))
        .name(v::<String>("\"example\""))
        .sort_dir(v::<String>("\"desc\""))
        .status(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .name_2(v::<String>("\"example\""))
        .status_2(v::<String>("\"example\""))
        .volume_id_2(v::<String>("\"example\""))
        .sort_key(v::<String>("\"example\""))
        .with_count(v::<bool>("true"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_evs_snapshots` at API version v2 sends GET /v2/{project_id}/snapshots.
#[tokio::test]
async fn querying_evs_snapshots_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/snapshots"))
        .and(query_param("marker", "example"))
        .and(query_param("offset", "1"))
        .and(query_param("limit", "1000"))
        .and(query_param("name", "example"))
        .and(query_param("status", "example"))
        .and(query_param("volume_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_evs_snapshots()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .limit(v::<i64>("1000"))
        .name(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `creating_an_evs_snapshot` at API version v3 sends POST /v3/{project_id}/snapshots.
#[tokio::test]
async fn creating_an_evs_snapshot_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/snapshots"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot(
            v::<
                otc_evs::types::EvsSnapshotParametersInTheSnapshotField,
            >("{\"volume_id\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"snapshot\":{\"volume_id\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `creating_an_evs_snapshot` at API version v2 sends POST /v2/{project_id}/cloudsnapshots.
#[tokio::test]
async fn creating_an_evs_snapshot_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/cloudsnapshots"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .creating_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot(
            v::<
                otc_evs::types::EvsSnapshotParametersInTheSnapshotField,
            >("{\"volume_id\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"snapshot\":{\"volume_id\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `querying_details_about_an_evs_snapshot` at API version v3 sends GET /v3/{project_id}/snapshots/{snapshot_id}.
#[tokio::test]
async fn querying_details_about_an_evs_snapshot_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/snapshots/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_an_evs_snapshot` at API version v2 sends GET /v2/{project_id}/cloudsnapshots/{snapshot_id}.
#[tokio::test]
async fn querying_details_about_an_evs_snapshot_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/cloudsnapshots/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_details_about_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_an_evs_snapshot` at API version v3 sends PUT /v3/{project_id}/snapshots/{snapshot_id}.
#[tokio::test]
async fn updating_an_evs_snapshot_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/snapshots/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .snapshot(
            v::<otc_evs::types::UpdateEvsSnapshotParametersInTheSnapshotField>("{}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"snapshot\":{}}")), "sent body {sent}");
}
/// `updating_an_evs_snapshot` at API version v2 sends PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}.
#[tokio::test]
async fn updating_an_evs_snapshot_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/cloudsnapshots/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .updating_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .snapshot(
            v::<otc_evs::types::UpdateEvsSnapshotParametersInTheSnapshotField>("{}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"snapshot\":{}}")), "sent body {sent}");
}
/// `deleting_an_evs_snapshot` at API version v3 sends DELETE /v3/{project_id}/snapshots/{snapshot_id}.
#[tokio::test]
async fn deleting_an_evs_snapshot_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/snapshots/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_an_evs_snapshot` at API version v2 sends DELETE /v2/{project_id}/cloudsnapshots/{snapshot_id}.
#[tokio::test]
async fn deleting_an_evs_snapshot_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/cloudsnapshots/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .deleting_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_one_piece_of_metadata_for_an_evs_snapshot` at API version v3 sends GET /v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}.
#[tokio::test]
async fn querying_one_piece_of_metadata_for_an_evs_snapshot_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/snapshots/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_one_piece_of_metadata_for_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_one_piece_of_metadata_for_an_evs_snapshot` at API version v2 sends GET /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}.
#[tokio::test]
async fn querying_one_piece_of_metadata_for_an_evs_snapshot_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/snapshots/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_one_piece_of_metadata_for_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_one_piece_of_metadata_for_an_evs_snapshot` at API version v3 sends PUT /v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}.
#[tokio::test]
async fn updating_one_piece_of_metadata_for_an_evs_snapshot_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/snapshots/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_one_piece_of_metadata_for_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .meta(v::<otc_evs::types::MetadataOnePieceParameterInTheMetadataField>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"meta\":{}}")), "sent body {sent}");
}
/// `updating_one_piece_of_metadata_for_an_evs_snapshot` at API version v2 sends PUT /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}.
#[tokio::test]
async fn updating_one_piece_of_metadata_for_an_evs_snapshot_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/snapshots/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .updating_one_piece_of_metadata_for_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .meta(v::<otc_evs::types::MetadataOnePieceParameterInTheMetadataField>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"meta\":{}}")), "sent body {sent}");
}
/// `deleting_one_piece_of_metadata_for_an_evs_snapshot` at API version v3 sends DELETE /v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}.
#[tokio::test]
async fn deleting_one_piece_of_metadata_for_an_evs_snapshot_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/snapshots/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_one_piece_of_metadata_for_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_one_piece_of_metadata_for_an_evs_snapshot` at API version v2 sends DELETE /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}.
#[tokio::test]
async fn deleting_one_piece_of_metadata_for_an_evs_snapshot_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/snapshots/example/metadata/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .deleting_one_piece_of_metadata_for_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_evs_snapshots` at API version v3 sends GET /v3/{project_id}/snapshots/detail.
#[tokio::test]
async fn querying_details_about_evs_snapshots_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/snapshots/detail"))
        .and(query_param("marker", "example"))
        .and(query_param("offset", "1"))
        .and(query_param("limit", "1000"))
        .and(query_param("name", "example"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("status", "example"))
        .and(query_param("volume_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_evs_snapshots()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .limit(v::<i64>("1000"))
        .name(v::<String>("\"example\""))
        .sort_dir(v::<String>("\"desc\""))
        .status(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_evs_snapshots` at API version v2 sends GET /v2/{project_id}/cloudsnapshots/detail.
#[tokio::test]
async fn querying_details_about_evs_snapshots_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/cloudsnapshots/detail"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2()
        .querying_details_about_evs_snapshots()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `changing_the_evs_disk_type` v2 response_202 example deserializes and serializes back.
#[test]
fn changing_the_evs_disk_type_v2_response_202() {
    round_trips::<
        otc_evs::types::UpdateEvsDiskTypeResponse202,
    >("{\"job_id\":\"4011af9965d85d3c0165d8628c650007\"}");
}
/// The documented `changing_the_evs_disk_type` v2 response_400 example deserializes and serializes back.
#[test]
fn changing_the_evs_disk_type_v2_response_400() {
    round_trips::<
        otc_evs::types::UpdateEvsDiskTypeResponse400,
    >("{\"error\":{\"message\":\"XXXX\",\"code\":\"XXX\"}}");
}
/// `changing_the_evs_disk_type` at API version v2 sends POST /v2/{project_id}/volumes/{volume_id}/retype.
#[tokio::test]
async fn changing_the_evs_disk_type_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/volumes/example/retype"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .changing_the_evs_disk_type()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .os_retype(v::<otc_evs::types::Retypevolume>("{\"new_type\":\"example\"}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"os-retype\":{\"new_type\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `expanding_capacity_of_an_evs_disk` at API version v2 sends POST /v2/{project_id}/cloudvolumes/{volume_id}/action.
#[tokio::test]
async fn expanding_capacity_of_an_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/cloudvolumes/example/action"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .expanding_capacity_of_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .os_extend(
            v::<
                otc_evs::v2::types::EvsDiskCapacityParameterInTheOsExtendField,
            >("{\"new_size\":1}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"os-extend\":{\"new_size\":1}}")), "sent body {sent}");
}
/// `querying_details_about_all_disks_deprecated` at API version v2 sends GET /v2/{project_id}/os-vendor-volumes/detail.
#[tokio::test]
async fn querying_details_about_all_disks_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-volumes/detail"))
        .and(query_param("marker", "example"))
        .and(query_param("name", "example"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("offset", "1"))
        .and(query_param("status", "example"))
        .and(query_param("metadata", "example"))
        .and(query_param("availability_zone", "example"))
        .and(query_param("multiattach", "true"))
        .and(query_param("volume_type_id", "example"))
        .and(query_param("id", "example"))
        .and(query_param("ids", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_all_disks_deprecated()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .sort_key(v::<String>("\"created_at\""))
        .sort_dir(v::<String>("\"desc\""))
        .offset(v::<i64>("1"))
        .status(v::<String>("\"example\""))
        .metadata(v::<String>("\"example\""))
        .availability_zone(v::<String>("\"example\""))
        .multiattach(v::<bool>("true"))
        .volume_type_id(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .ids(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_all_evs_replication_pairs_deprecated` at API version v2 sends GET /v2/{project_id}/os-vendor-replications.
#[tokio::test]
async fn querying_all_evs_replication_pairs_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-replications"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_key", "example"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("offset", "1"))
        .and(query_param("changes-since", "example"))
        .and(query_param("name", "example"))
        .and(query_param("status", "example"))
        .and(query_param("replication_consistency_group_id", "example"))
        .and(query_param("volume_ids", "example"))
        .and(query_param("volume_id", "example"))
        .and(query_param("priority_station", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_all_evs_replication_pairs_deprecated()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .sort_key(v::<String>("\"example\""))
        .sort_dir(v::<String>("\"desc\""))
        .offset(v::<i64>("1"))
        .changes_since(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .replication_consistency_group_id(v::<String>("\"example\""))
        .volume_ids(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .priority_station(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `creating_an_evs_replication_pair_deprecated` at API version v2 sends POST /v2/{project_id}/os-vendor-replications.
#[tokio::test]
async fn creating_an_evs_replication_pair_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/os-vendor-replications"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_evs_replication_pair_deprecated()
        .project_id(v::<String>("\"example\""))
        .replication(
            v::<
                otc_evs::types::ReplicationPairParametersInTheReplicationField,
            >(
                "{\"volume_ids\":[\"example\"],\"priority_station\":\"example\",\"replication_model\":\"example\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"replication\":{\"volume_ids\":[\"example\"],\"priority_station\":\"example\",\"replication_model\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `querying_details_about_an_evs_replication_pair_deprecated` at API version v2 sends GET /v2/{project_id}/os-vendor-replications/{replication_id}.
#[tokio::test]
async fn querying_details_about_an_evs_replication_pair_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-replications/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_an_evs_replication_pair_deprecated()
        .project_id(v::<String>("\"example\""))
        .replication_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_an_evs_replication_pair_deprecated` at API version v2 sends DELETE /v2/{project_id}/os-vendor-replications/{replication_id}.
#[tokio::test]
async fn deleting_an_evs_replication_pair_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/os-vendor-replications/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_evs_replication_pair_deprecated()
        .project_id(v::<String>("\"example\""))
        .replication_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_all_replication_consistency_groups_deprecated` at API version v2 sends GET /v2/{project_id}/os-vendor-replication-consistency-groups.
#[tokio::test]
async fn querying_all_replication_consistency_groups_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-replication-consistency-groups"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_key", "example"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("offset", "1"))
        .and(query_param("changes-since", "example"))
        .and(query_param("name", "example"))
        .and(query_param("status", "example"))
        .and(query_param("priority_station", "example"))
        .and(query_param("volume_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_all_replication_consistency_groups_deprecated()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .sort_key(v::<String>("\"example\""))
        .sort_dir(v::<String>("\"desc\""))
        .offset(v::<i64>("1"))
        .changes_since(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .priority_station(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `creating_a_replication_consistency_group_deprecated` at API version v2 sends POST /v2/{project_id}/os-vendor-replication-consistency-groups.
#[tokio::test]
async fn creating_a_replication_consistency_group_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/os-vendor-replication-consistency-groups"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_replication_consistency_group_deprecated()
        .project_id(v::<String>("\"example\""))
        .replication_consistency_group(
            v::<
                otc_evs::types::ParametersInTheReplicationConsistencyGroupField,
            >(
                "{\"replication_ids\":[\"example\"],\"priority_station\":\"example\",\"replication_model\":\"example\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"replication_consistency_group\":{\"replication_ids\":[\"example\"],\"priority_station\":\"example\",\"replication_model\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `querying_details_about_a_replication_consistency_group_deprecated` at API version v2 sends GET /v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}.
#[tokio::test]
async fn querying_details_about_a_replication_consistency_group_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-replication-consistency-groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_replication_consistency_group_deprecated()
        .project_id(v::<String>("\"example\""))
        .replication_consistency_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_a_replication_consistency_group_deprecated` at API version v2 sends PUT /v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}.
#[tokio::test]
async fn updating_a_replication_consistency_group_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/os-vendor-replication-consistency-groups/example"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"replication_consistency_group\":{},\"id\":\"example\",\"name\":\"example\",\"description\":\"example\",\"status\":\"example\",\"priority_station\":\"example\",\"created_at\":\"example\",\"updated_at\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_replication_consistency_group_deprecated()
        .project_id(v::<String>("\"example\""))
        .replication_consistency_group_id(v::<String>("\"example\""))
        .replication_consistency_group(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"replication_consistency_group\":{}}")), "sent body {sent}"
    );
}
/// `deleting_a_replication_consistency_group_deprecated` at API version v2 sends DELETE /v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}.
#[tokio::test]
async fn deleting_a_replication_consistency_group_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/os-vendor-replication-consistency-groups/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_replication_consistency_group_deprecated()
        .project_id(v::<String>("\"example\""))
        .replication_consistency_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `expanding_evs_disks_in_a_replication_consistency_group_deprecated` at API version v2 sends POST /v2/{project_id}/os-vendor-replication-consistency-groups/{replication_consistency_group_id}/action.
#[tokio::test]
async fn expanding_evs_disks_in_a_replication_consistency_group_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/os-vendor-replication-consistency-groups/example/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .expanding_evs_disks_in_a_replication_consistency_group_deprecated()
        .project_id(v::<String>("\"example\""))
        .replication_consistency_group_id(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `obtaining_tags_of_a_specified_evs_resource_deprecated` at API version v2 sends GET /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}.
#[tokio::test]
async fn obtaining_tags_of_a_specified_evs_resource_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-tags/volumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .obtaining_tags_of_a_specified_evs_resource_deprecated()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<otc_evs::types::ResourceType>("\"volumes\""))
        .resource_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `resetting_tags_of_an_evs_resource_deprecated` at API version v2 sends PUT /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}.
#[tokio::test]
async fn resetting_tags_of_an_evs_resource_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/os-vendor-tags/volumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .resetting_tags_of_an_evs_resource_deprecated()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<otc_evs::types::ResourceType>("\"volumes\""))
        .resource_id(v::<String>("\"example\""))
        .tags(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"tags\":{}}")), "sent body {sent}");
}
/// `adding_or_updating_tags_for_an_evs_resource_deprecated` at API version v2 sends POST /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}.
#[tokio::test]
async fn adding_or_updating_tags_for_an_evs_resource_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/os-vendor-tags/volumes/example"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_or_updating_tags_for_an_evs_resource_deprecated()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<otc_evs::types::ResourceType>("\"volumes\""))
        .resource_id(v::<String>("\"example\""))
        .tags(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"tags\":{}}")), "sent body {sent}");
}
/// `batch_deleting_tags_for_an_evs_resource_deprecated` at API version v2 sends POST /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/action.
#[tokio::test]
async fn batch_deleting_tags_for_an_evs_resource_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/os-vendor-tags/volumes/example/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .batch_deleting_tags_for_an_evs_resource_deprecated()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<otc_evs::types::ResourceType>("\"volumes\""))
        .resource_id(v::<String>("\"example\""))
        .os_delete_tags(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"os-delete_tags\":{}}")), "sent body {sent}");
}
/// `querying_tags_of_an_evs_resource_by_key_deprecated` at API version v2 sends GET /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/{key}.
#[tokio::test]
async fn querying_tags_of_an_evs_resource_by_key_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-tags/volumes/example/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_an_evs_resource_by_key_deprecated()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<otc_evs::types::ResourceType>("\"volumes\""))
        .resource_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_tags_of_an_evs_resource_by_key_deprecated` at API version v2 sends PUT /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/{key}.
#[tokio::test]
async fn updating_tags_of_an_evs_resource_by_key_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/os-vendor-tags/volumes/example/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_tags_of_an_evs_resource_by_key_deprecated()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<otc_evs::types::ResourceType>("\"volumes\""))
        .resource_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .tag(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"tag\":{}}")), "sent body {sent}");
}
/// `deleting_the_tag_of_an_evs_resource_by_key` at API version v2 sends DELETE /v2/{project_id}/os-vendor-tags/{resource_type}/{resource_id}/{key}.
#[tokio::test]
async fn deleting_the_tag_of_an_evs_resource_by_key_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/os-vendor-tags/volumes/example/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_the_tag_of_an_evs_resource_by_key()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<otc_evs::types::ResourceType>("\"volumes\""))
        .resource_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `obtaining_all_tags_of_an_evs_resource_type` at API version v2 sends GET /v2/{project_id}/os-vendor-tags/{resource_type}.
#[tokio::test]
async fn obtaining_all_tags_of_an_evs_resource_type_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-tags/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .obtaining_all_tags_of_an_evs_resource_type()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_evs_resources_by_tag_deprecated` at API version v2 sends GET /v2/{project_id}/os-vendor-tags/{resource_type}/resource_instances.
#[tokio::test]
async fn querying_evs_resources_by_tag_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/os-vendor-tags/volumes/resource_instances"))
        .and(query_param("tags", "example"))
        .and(query_param("tags_any", "example"))
        .and(query_param("not_tags", "example"))
        .and(query_param("not_tags_any", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_evs_resources_by_tag_deprecated()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<otc_evs::types::ResourceType>("\"volumes\""))
        .tags(v::<String>("\"example\""))
        .tags_any(v::<String>("\"example\""))
        .not_tags(v::<String>("\"example\""))
        .not_tags_any(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `attaching_an_evs_disk_deprecated` at API version v2 sends POST /v2/{project_id}/volumes/{volume_id}/action.
#[tokio::test]
async fn attaching_an_evs_disk_deprecated_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/volumes/example/action"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .attaching_an_evs_disk_deprecated()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `querying_evs_disks_2` at API version v2 sends GET /v2/{project_id}/volumes.
#[tokio::test]
async fn querying_evs_disks_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/volumes"))
        .and(query_param("marker", "example"))
        .and(query_param("name", "example"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("offset", "1"))
        .and(query_param("status", "example"))
        .and(query_param("metadata", "example"))
        .and(query_param("availability_zone", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_evs_disks_2()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .sort_key(v::<String>("\"created_at\""))
        .sort_dir(v::<String>("\"desc\""))
        .offset(v::<i64>("1"))
        .status(v::<String>("\"example\""))
        .metadata(v::<String>("\"example\""))
        .availability_zone(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_a_disk_2` at API version v2 sends GET /v2/{project_id}/volumes/{volume_id}.
#[tokio::test]
async fn querying_details_about_a_disk_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/volumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_disk_2()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_an_evs_disk_2` at API version v2 sends PUT /v2/{project_id}/volumes/{volume_id}.
#[tokio::test]
async fn updating_an_evs_disk_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/volumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_an_evs_disk_2()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .volume(v::<otc_evs::types::UpdateEvsDiskParametersInTheVolumeField>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"volume\":{}}")), "sent body {sent}");
}
/// `deleting_an_evs_disk_2` at API version v2 sends DELETE /v2/{project_id}/volumes/{volume_id}.
#[tokio::test]
async fn deleting_an_evs_disk_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/volumes/example"))
        .and(query_param("cascade", "false"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_evs_disk_2()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .cascade(v::<bool>("false"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_all_disks_2` at API version v2 sends GET /v2/{project_id}/volumes/detail.
#[tokio::test]
async fn querying_details_about_all_disks_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/volumes/detail"))
        .and(query_param("marker", "example"))
        .and(query_param("name", "example"))
        .and(query_param("limit", "1000"))
        .and(query_param("sort_key", "created_at"))
        .and(query_param("sort_dir", "desc"))
        .and(query_param("offset", "1"))
        .and(query_param("status", "example"))
        .and(query_param("metadata", "example"))
        .and(query_param("availability_zone", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_all_disks_2()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .limit(v::<i64>("1000"))
        .sort_key(v::<String>("\"created_at\""))
        .sort_dir(v::<String>("\"desc\""))
        .offset(v::<i64>("1"))
        .status(v::<String>("\"example\""))
        .metadata(v::<String>("\"example\""))
        .availability_zone(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_the_metadata_of_an_evs_disk` at API version v2 sends PUT /v2/{project_id}/volumes/{volume_id}/metadata.
#[tokio::test]
async fn updating_the_metadata_of_an_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/volumes/example/metadata"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_the_metadata_of_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .metadata(
            v::<std::collections::BTreeMap<String, String>>("{\"key\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"metadata\":{\"key\":\"example\"}}")), "sent body {sent}"
    );
}
/// `adding_the_metadata_for_an_evs_disk` at API version v2 sends POST /v2/{project_id}/volumes/{volume_id}/metadata.
#[tokio::test]
async fn adding_the_metadata_for_an_evs_disk_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/volumes/example/metadata"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_the_metadata_for_an_evs_disk()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .metadata(
            v::<std::collections::BTreeMap<String, String>>("{\"key\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"metadata\":{\"key\":\"example\"}}")), "sent body {sent}"
    );
}
/// `creating_an_evs_snapshot_2` at API version v2 sends POST /v2/{project_id}/snapshots.
#[tokio::test]
async fn creating_an_evs_snapshot_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/snapshots"))
        .respond_with(
            ResponseTemplate::new(202u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_evs_snapshot_2()
        .project_id(v::<String>("\"example\""))
        .snapshot(
            v::<
                otc_evs::types::EvsSnapshotParametersInTheSnapshotField,
            >("{\"volume_id\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"snapshot\":{\"volume_id\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `querying_details_about_an_evs_snapshot_2` at API version v2 sends GET /v2/{project_id}/snapshots/{snapshot_id}.
#[tokio::test]
async fn querying_details_about_an_evs_snapshot_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/snapshots/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_an_evs_snapshot_2()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_an_evs_snapshot_2` at API version v2 sends PUT /v2/{project_id}/snapshots/{snapshot_id}.
#[tokio::test]
async fn updating_an_evs_snapshot_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/snapshots/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_an_evs_snapshot_2()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .snapshot(
            v::<otc_evs::types::UpdateEvsSnapshotParametersInTheSnapshotField>("{}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"snapshot\":{}}")), "sent body {sent}");
}
/// `deleting_an_evs_snapshot_2` at API version v2 sends DELETE /v2/{project_id}/snapshots/{snapshot_id}.
#[tokio::test]
async fn deleting_an_evs_snapshot_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/snapshots/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_evs_snapshot_2()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_evs_snapshots_2` at API version v2 sends GET /v2/{project_id}/snapshots/detail.
#[tokio::test]
async fn querying_details_about_evs_snapshots_2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/snapshots/detail"))
        .and(query_param("marker", "example"))
        .and(query_param("offset", "1"))
        .and(query_param("limit", "1000"))
        .and(query_param("name", "example"))
        .and(query_param("status", "example"))
        .and(query_param("volume_id", "example"))
        .and(query_param("availability_zone", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_evs_snapshots_2()
        .project_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .limit(v::<i64>("1000"))
        .name(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .availability_zone(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_the_metadata_of_an_evs_snapshot` at API version v2 sends PUT /v2/{project_id}/snapshots/{snapshot_id}/metadata.
#[tokio::test]
async fn updating_the_metadata_of_an_evs_snapshot_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/snapshots/example/metadata"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_the_metadata_of_an_evs_snapshot()
        .project_id(v::<String>("\"example\""))
        .snapshot_id(v::<String>("\"example\""))
        .metadata(
            v::<otc_evs::types::EvsSnapshotMetadataParameterInTheMetadataField>("{}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"metadata\":{}}")), "sent body {sent}");
}
/// `querying_task_status` at API version v1 sends GET /v1/{project_id}/jobs/{job_id}.
#[tokio::test]
async fn querying_task_status_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/jobs/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_task_status()
        .project_id(v::<String>("\"example\""))
        .job_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_about_a_disk_deprecated` at API version v1 sends GET /v1/{project_id}/volumes/{volume_id}.
#[tokio::test]
async fn querying_details_about_a_disk_deprecated_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/example/volumes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_disk_deprecated()
        .project_id(v::<String>("\"example\""))
        .volume_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_information_of_an_api_version` at API version unversioned sends GET /{api_version}.
#[tokio::test]
async fn querying_information_of_an_api_version_vunversioned_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_information_of_an_api_version()
        .api_version(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_information_of_api_versions` at API version unversioned sends GET /.
#[tokio::test]
async fn querying_information_of_api_versions_vunversioned_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server).querying_information_of_api_versions().send().await;
    assert!(result.is_ok(), "{result:?}");
}
