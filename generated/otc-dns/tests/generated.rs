//! Generated tests: every documented example against its type, and one request per operation and API version against a local server.
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
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
fn client(server: &MockServer) -> otc_dns::Client {
    let config = otc_dns::runtime::Config::builder()
        .credentials(otc_dns::runtime::OtcToken::new("token"))
        .endpoint_url(server.uri())
        .retry(otc_dns::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    otc_dns::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// `associating_a_private_zone_with_a_vpc` at API version v2 sends POST /v2/zones/{zone_id}/associaterouter.
#[tokio::test]
async fn associating_a_private_zone_with_a_vpc_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/zones/example/associaterouter"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .associating_a_private_zone_with_a_vpc()
        .zone_id(v::<String>("\"example\""))
        .router(
            v::<
                otc_dns::types::PrivateZoneDescriptionOfTheRouterField,
            >("{\"router_id\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"router\":{\"router_id\":\"example\"}}")), "sent body {sent}"
    );
}
/// `querying_private_zones` at API version v2 sends GET /v2/zones.
#[tokio::test]
async fn querying_private_zones_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/zones"))
        .and(query_param("type", "example"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "500"))
        .and(query_param("offset", "0"))
        .and(query_param("tags", "example"))
        .and(query_param("name", "example"))
        .and(query_param("status", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_private_zones()
        .type_(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("500"))
        .offset(v::<i64>("0"))
        .tags(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `creating_a_private_zone` at API version v2 sends POST /v2/zones.
#[tokio::test]
async fn creating_a_private_zone_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/zones"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_private_zone()
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `querying_a_private_zone` at API version v2 sends GET /v2/zones/{zone_id}.
#[tokio::test]
async fn querying_a_private_zone_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/zones/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_private_zone()
        .zone_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_private_zone` at API version v2 sends DELETE /v2/zones/{zone_id}.
#[tokio::test]
async fn deleting_a_private_zone_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/zones/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_private_zone()
        .zone_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `modifying_a_private_zone` at API version v2 sends PATCH /v2/zones/{zone_id}.
#[tokio::test]
async fn modifying_a_private_zone_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/v2/zones/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_a_private_zone()
        .zone_id(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `disassociating_a_vpc_from_a_private_zone` at API version v2 sends POST /v2/zones/{zone_id}/disassociaterouter.
#[tokio::test]
async fn disassociating_a_vpc_from_a_private_zone_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/zones/example/disassociaterouter"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .disassociating_a_vpc_from_a_private_zone()
        .zone_id(v::<String>("\"example\""))
        .router(
            v::<
                otc_dns::types::PrivateZoneDescriptionOfTheRouterField,
            >("{\"router_id\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"router\":{\"router_id\":\"example\"}}")), "sent body {sent}"
    );
}
/// `querying_name_servers_in_a_private_zone` at API version v2 sends GET /v2/zones/{zone_id}/nameservers.
#[tokio::test]
async fn querying_name_servers_in_a_private_zone_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/zones/example/nameservers"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_name_servers_in_a_private_zone()
        .zone_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_a_ptr_record` at API version v2 sends GET /v2/reverse/floatingips/{region}:{floatingip_id}.
#[tokio::test]
async fn querying_a_ptr_record_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/reverse/floatingips/example:example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_ptr_record()
        .region(v::<String>("\"example\""))
        .floatingip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `creating_a_ptr_record` at API version v2 sends PATCH /v2/reverse/floatingips/{region}:{floatingip_id}.
#[tokio::test]
async fn creating_a_ptr_record_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/v2/reverse/floatingips/example:example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_ptr_record()
        .region(v::<String>("\"example\""))
        .floatingip_id(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `querying_all_ptr_records` at API version v2 sends GET /v2/reverse/floatingips.
#[tokio::test]
async fn querying_all_ptr_records_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/reverse/floatingips"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "500"))
        .and(query_param("offset", "0"))
        .and(query_param("tags", "example"))
        .and(query_param("status", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_all_ptr_records()
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("500"))
        .offset(v::<i64>("0"))
        .tags(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_record_sets_in_a_zone` at API version v2 sends GET /v2/zones/{zone_id}/recordsets.
#[tokio::test]
async fn querying_record_sets_in_a_zone_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/zones/example/recordsets"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "500"))
        .and(query_param("offset", "0"))
        .and(query_param("tags", "example"))
        .and(query_param("status", "ACTIVE"))
        .and(query_param("type", "example"))
        .and(query_param("name", "example"))
        .and(query_param("id", "example"))
        .and(query_param("sort_key", "name"))
        .and(query_param("sort_dir", "desc"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_record_sets_in_a_zone()
        .zone_id(v::<String>("\"example\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("500"))
        .offset(v::<i64>("0"))
        .tags(v::<String>("\"example\""))
        .status(v::<otc_dns::types::Status>("\"ACTIVE\""))
        .type_(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .sort_key(v::<otc_dns::types::SortKey>("\"name\""))
        .sort_dir(v::<otc_dns::types::SortDir>("\"desc\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `creating_a_record_set` at API version v2 sends POST /v2/zones/{zone_id}/recordsets.
#[tokio::test]
async fn creating_a_record_set_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/zones/example/recordsets"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_record_set()
        .zone_id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .type_(v::<String>("\"example\""))
        .records(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"name\":\"example\",\"type\":\"example\",\"records\":[\"example\"]}")),
        "sent body {sent}"
    );
}
/// `querying_a_record_set` at API version v2 sends GET /v2/zones/{zone_id}/recordsets/{recordset_id}.
#[tokio::test]
async fn querying_a_record_set_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/zones/example/recordsets/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_record_set()
        .zone_id(v::<String>("\"example\""))
        .recordset_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `modifying_a_record_set` at API version v2 sends PUT /v2/zones/{zone_id}/recordsets/{recordset_id}.
#[tokio::test]
async fn modifying_a_record_set_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/zones/example/recordsets/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_a_record_set()
        .zone_id(v::<String>("\"example\""))
        .recordset_id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .type_(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"name\":\"example\",\"type\":\"example\"}")),
        "sent body {sent}"
    );
}
/// `deleting_a_record_set` at API version v2 sends DELETE /v2/zones/{zone_id}/recordsets/{recordset_id}.
#[tokio::test]
async fn deleting_a_record_set_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/zones/example/recordsets/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_record_set()
        .zone_id(v::<String>("\"example\""))
        .recordset_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_all_record_sets` at API version v2 sends GET /v2/recordsets.
#[tokio::test]
async fn querying_all_record_sets_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/recordsets"))
        .and(query_param("zone_type", "public"))
        .and(query_param("marker", "example"))
        .and(query_param("limit", "500"))
        .and(query_param("offset", "0"))
        .and(query_param("tags", "example"))
        .and(query_param("status", "ACTIVE"))
        .and(query_param("type", "example"))
        .and(query_param("name", "example"))
        .and(query_param("id", "example"))
        .and(query_param("records", "example"))
        .and(query_param("sort_key", "name"))
        .and(query_param("sort_dir", "desc"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_all_record_sets()
        .zone_type(v::<String>("\"public\""))
        .marker(v::<String>("\"example\""))
        .limit(v::<i64>("500"))
        .offset(v::<i64>("0"))
        .tags(v::<String>("\"example\""))
        .status(v::<otc_dns::types::Status>("\"ACTIVE\""))
        .type_(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .id(v::<String>("\"example\""))
        .records(v::<String>("\"example\""))
        .sort_key(v::<otc_dns::types::SortKey>("\"name\""))
        .sort_dir(v::<otc_dns::types::SortDir>("\"desc\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `adding_or_deleting_resource_tags_in_batches` at API version v2 sends POST /v2/{project_id}/{resource_type}/{resource_id}/tags/action.
#[tokio::test]
async fn adding_or_deleting_resource_tags_in_batches_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/example/example/tags/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_or_deleting_resource_tags_in_batches()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<otc_dns::types::AddOrDeleteResourceTagParametersInTheTagsField>,
            >("[{\"key\":\"example\"}]"),
        )
        .action(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"tags\":[{\"key\":\"example\"}],\"action\":\"example\"}")),
        "sent body {sent}"
    );
}
/// `querying_tags_of_a_resource` at API version v2 sends GET /v2/{project_id}/{resource_type}/{resource_id}/tags.
#[tokio::test]
async fn querying_tags_of_a_resource_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/example/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_a_resource()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `adding_resource_tags` at API version v2 sends POST /v2/{project_id}/{resource_type}/{resource_id}/tags.
#[tokio::test]
async fn adding_resource_tags_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/example/example/tags"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_resource_tags()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .tag(
            v::<
                otc_dns::types::ResourceTagParametersInTheTagList,
            >("{\"key\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"tag\":{\"key\":\"example\"}}")), "sent body {sent}");
}
/// `deleting_a_resource_tag` at API version v2 sends DELETE /v2/{project_id}/{resource_type}/{resource_id}/tags/{key}.
#[tokio::test]
async fn deleting_a_resource_tag_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/example/example/tags/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_resource_tag()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_resources_by_tag` at API version v2 sends POST /v2/{project_id}/{resource_type}/resource_instances/action.
#[tokio::test]
async fn querying_resources_by_tag_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/example/resource_instances/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_resources_by_tag()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .action(v::<otc_dns::types::ListResourcesByTagRequestAction>("\"filter\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":\"filter\"}")), "sent body {sent}");
}
/// `querying_tags_of_a_specified_resource_type` at API version v2 sends GET /v2/{project_id}/{resource_type}/tags.
#[tokio::test]
async fn querying_tags_of_a_specified_resource_type_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_a_specified_resource_type()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `listing_all_dns_api_versions` at API version unversioned sends GET /.
#[tokio::test]
async fn listing_all_dns_api_versions_vunversioned_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server).listing_all_dns_api_versions().send().await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_the_dns_api_version` at API version unversioned sends GET /{version}.
#[tokio::test]
async fn querying_the_dns_api_version_vunversioned_sends_documented_request() {
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
        .querying_the_dns_api_version()
        .version(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
