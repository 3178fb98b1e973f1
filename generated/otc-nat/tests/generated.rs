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
fn deserializes<T: DeserializeOwned>(json: &str) {
    let _: T = v(json);
}
fn rejects<T: DeserializeOwned>(json: &str) {
    assert!(serde_json::from_str:: < T > (json).is_err(), "accepted {json}");
}
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
fn client(server: &MockServer) -> otc_nat::Client {
    let config = otc_nat::runtime::Config::builder()
        .credentials(otc_nat::runtime::OtcToken::new("token"))
        .endpoint_url(server.uri())
        .retry(otc_nat::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    otc_nat::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// The documented `querying_dnat_rules` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_dnat_rules_v3_response_200() {
    round_trips::<
        otc_nat::types::ListPrivateDnatsResponse,
    >(
        "{\"dnat_rules\":[{\"id\":\"24dd6bf5-48f2-4915-ad0b-5bb111d39c83\",\"project_id\":\"da261828016849188f4dcc2ef94d9da9\",\"description\":\"aa\",\"gateway_id\":\"0adefb29-a6c2-48a5-8637-2be67fa03fec\",\"transit_ip_id\":\"3faa719d-6d18-4ccb-a5c7-33e65a09663e\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"network_interface_id\":\"dae9393a-b536-491c-a5a2-72edc1104707\",\"type\":\"COMPUTE\",\"protocol\":\"any\",\"internal_service_port\":\"0\",\"transit_service_port\":\"0\",\"private_ip_address\":\"192.168.1.72\",\"created_at\":\"2019-04-29T07:10:01\",\"updated_at\":\"2019-04-29T07:10:01\",\"status\":\"ACTIVE\"},{\"id\":\"25dcdb21-97de-43cd-b476-31637a47f05d\",\"project_id\":\"da261828016849188f4dcc2ef94d9da9\",\"description\":\"aa\",\"gateway_id\":\"0adefb29-a6c2-48a5-8637-2be67fa03fec\",\"transit_ip_id\":\"15abdf29-4a68-474c-9963-79c4e6d495d7\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"network_interface_id\":\"9e2f0dbb-68b2-4c4b-9298-fa4f13187976\",\"type\":\"COMPUTE\",\"protocol\":\"any\",\"internal_service_port\":\"0\",\"transit_service_port\":\"0\",\"private_ip_address\":\"192.168.1.99\",\"created_at\":\"2019-04-29T07:15:41\",\"updated_at\":\"2019-04-29T07:15:41\",\"status\":\"ACTIVE\"}],\"request_id\":\"a7b00469-5a31-4274-bb10-59167243383e\",\"page_info\":{\"previous_marker\":\"14338426-6afe-4019-996b-018008113013\",\"current_count\":2}}",
    );
}
/// `querying_dnat_rules` at API version v3 sends GET /v3/{project_id}/private-nat/dnat-rules.
#[tokio::test]
async fn querying_dnat_rules_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/private-nat/dnat-rules"))
        .and(query_param("limit", "2000"))
        .and(query_param("marker", "example"))
        .and(query_param("page_reverse", "true"))
        .and(query_param("id", "example"))
        .and(query_param("project_id", "example"))
        .and(query_param("enterprise_project_id", "example"))
        .and(query_param("description", "example"))
        .and(query_param("gateway_id", "example"))
        .and(query_param("transit_ip_id", "example"))
        .and(query_param("external_ip_address", "example"))
        .and(query_param("network_interface_id", "example"))
        .and(query_param("type", "example"))
        .and(query_param("private_ip_address", "example"))
        .and(query_param("protocol", "example"))
        .and(query_param("internal_service_port", "example"))
        .and(query_param("transit_service_port", "example"))
        .and(query_param("created_at", "example"))
        .and(query_param("updated_at", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_dnat_rules()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .marker(v::<String>("\"example\""))
        .page_reverse(v::<bool>("true"))
        .id(v::<Vec<String>>("[\"example\"]"))
        .project_id_2(v::<Vec<String>>("[\"example\"]"))
        .enterprise_project_id(v::<Vec<String>>("[\"example\"]"))
        .description(v::<Vec<String>>("[\"example\"]"))
        .gateway_id(v::<Vec<String>>("[\"example\"]"))
        .transit_ip_id(v::<Vec<String>>("[\"example\"]"))
        .external_ip_address(v::<Vec<String>>("[\"example\"]"))
        .network_interface_id(v::<Vec<String>>("[\"example\"]"))
        .type_(v::<Vec<String>>("[\"example\"]"))
        .private_ip_address(v::<Vec<String>>("[\"example\"]"))
        .protocol(v::<Vec<String>>("[\"example\"]"))
        .internal_service_port(v::<Vec<String>>("[\"example\"]"))
        .transit_service_port(v::<Vec<String>>("[\"example\"]"))
        .created_at(v::<String>("\"example\""))
        .updated_at(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_dnat_rules` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_dnat_rules_v2_0_response_200() {
    round_trips::<
        otc_nat::types::ListDnatRulesResponse,
    >(
        "{\"dnat_rules\":[{\"floating_ip_id\":\"bf99c679-9f41-4dac-8513-9c9228e713e1\",\"status\":\"ACTIVE\",\"description\":\"description\",\"nat_gateway_id\":\"cda3a125-2406-456c-a11f-598e10578541\",\"admin_state_up\":true,\"port_id\":\"9a469561-daac-4c94-88f5-39366e5ea193\",\"internal_service_port\":993,\"protocol\":\"tcp\",\"tenant_id\":\"abc\",\"created_at\":\"2017-11-15 15:44:42.595173\",\"id\":\"79195d50-0271-41f1-bded-4c089b2502ff\",\"floating_ip_address\":\"5.21.11.226\",\"external_service_port\":242,\"private_ip\":\"\"},{\"floating_ip_id\":\"cf99c679-9f41-4dac-8513-9c9228e713e1\",\"status\":\"ACTIVE\",\"description\":\"description\",\"nat_gateway_id\":\"dda3a125-2406-456c-a11f-598e10578541\",\"admin_state_up\":true,\"port_id\":\"\",\"private_ip\":\"192.168.1.100\",\"internal_service_port\":0,\"protocol\":\"any\",\"tenant_id\":\"abc\",\"created_at\":\"2017-11-16 15:44:42.595173\",\"id\":\"89195d50-0271-41f1-bded-4c089b2502ff\",\"floating_ip_address\":\"5.21.11.227\",\"external_service_port\":0}]}",
    );
}
/// `querying_dnat_rules` at API version v2.0 sends GET /v2.0/dnat_rules.
#[tokio::test]
async fn querying_dnat_rules_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/dnat_rules"))
        .and(query_param("id", "example"))
        .and(query_param("limit", "1"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("nat_gateway_id", "example"))
        .and(query_param("port_id", "example"))
        .and(query_param("private_ip", "example"))
        .and(query_param("internal_service_port", "1"))
        .and(query_param("floating_ip_id", "example"))
        .and(query_param("floating_ip_address", "example"))
        .and(query_param("external_service_port", "1"))
        .and(query_param("protocol", "example"))
        .and(query_param("description", "example"))
        .and(query_param("status", "example"))
        .and(query_param("admin_state_up", "true"))
        .and(query_param("created_at", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .querying_dnat_rules()
        .id(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .tenant_id(v::<String>("\"example\""))
        .nat_gateway_id(v::<String>("\"example\""))
        .port_id(v::<String>("\"example\""))
        .private_ip(v::<String>("\"example\""))
        .internal_service_port(v::<i64>("1"))
        .floating_ip_id(v::<String>("\"example\""))
        .floating_ip_address(v::<String>("\"example\""))
        .external_service_port(v::<i64>("1"))
        .protocol(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .admin_state_up(v::<bool>("true"))
        .created_at(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_dnat_rule` v3 response_201 example deserializes and serializes back.
#[test]
fn creating_a_dnat_rule_v3_response_201() {
    round_trips::<
        otc_nat::types::CreatePrivateDnatResponse201,
    >(
        "{\"dnat_rule\":{\"id\":\"24dd6bf5-48f2-4915-ad0b-5bb111d39c83\",\"project_id\":\"da261828016849188f4dcc2ef94d9da9\",\"description\":\"aa\",\"gateway_id\":\"0adefb29-a6c2-48a5-8637-2be67fa03fec\",\"transit_ip_id\":\"3faa719d-6d18-4ccb-a5c7-33e65a09663e\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"network_interface_id\":\"dae9393a-b536-491c-a5a2-72edc1104707\",\"type\":\"COMPUTE\",\"protocol\":\"any\",\"internal_service_port\":\"0\",\"transit_service_port\":\"0\",\"private_ip_address\":\"192.168.1.72\",\"created_at\":\"2019-04-29T07:10:01\",\"updated_at\":\"2019-04-29T07:10:01\",\"status\":\"ACTIVE\"},\"request_id\":\"70505c941b9b4dfd82fd351932328a2f\"}",
    );
}
/// The documented `creating_a_dnat_rule` v3 request_body example deserializes and serializes back.
#[test]
fn creating_a_dnat_rule_v3_request_body() {
    round_trips::<
        otc_nat::types::CreatePrivateDnatRequest,
    >(
        "{\"dnat_rule\":{\"description\":\"aa\",\"gateway_id\":\"0adefb29-a6c2-48a5-8637-2be67fa03fec\",\"transit_ip_id\":\"3faa719d-6d18-4ccb-a5c7-33e65a09663e\",\"network_interface_id\":\"dae9393a-b536-491c-a5a2-72edc1104707\"}}",
    );
}
/// `creating_a_dnat_rule` at API version v3 sends POST /v3/{project_id}/private-nat/dnat-rules.
#[tokio::test]
async fn creating_a_dnat_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/private-nat/dnat-rules"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_dnat_rule()
        .project_id(v::<String>("\"example\""))
        .dnat_rule(
            v::<
                otc_nat::types::Createprivatednatoption,
            >(
                "{\"description\":\"aa\",\"gateway_id\":\"0adefb29-a6c2-48a5-8637-2be67fa03fec\",\"transit_ip_id\":\"3faa719d-6d18-4ccb-a5c7-33e65a09663e\",\"network_interface_id\":\"dae9393a-b536-491c-a5a2-72edc1104707\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"dnat_rule\":{\"description\":\"aa\",\"gateway_id\":\"0adefb29-a6c2-48a5-8637-2be67fa03fec\",\"transit_ip_id\":\"3faa719d-6d18-4ccb-a5c7-33e65a09663e\",\"network_interface_id\":\"dae9393a-b536-491c-a5a2-72edc1104707\"}}")),
        "sent body {sent}"
    );
}
/// The documented `creating_a_dnat_rule` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_dnat_rule_v2_0_response_2xx() {
    round_trips::<
        otc_nat::types::CreateDnatRuleResponse,
    >(
        "{\"dnat_rule\":{\"floating_ip_id\":\"bf99c679-9f41-4dac-8513-9c9228e713e1\",\"status\":\"ACTIVE\",\"description\":\"description\",\"nat_gateway_id\":\"cda3a125-2406-456c-a11f-598e10578541\",\"admin_state_up\":true,\"port_id\":\"9a469561-daac-4c94-88f5-39366e5ea193\",\"internal_service_port\":993,\"protocol\":\"tcp\",\"tenant_id\":\"abc\",\"created_at\":\"2017-11-15 15:44:42.595173\",\"id\":\"79195d50-0271-41f1-bded-4c089b2502ff\",\"floating_ip_address\":\"5.21.11.226\",\"external_service_port\":242,\"private_ip\":\"\"}}",
    );
}
/// The documented `creating_a_dnat_rule` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_dnat_rule_v2_0_request_body() {
    round_trips::<
        otc_nat::types::CreateDnatRuleRequest,
    >(
        "{\"dnat_rule\":{\"floating_ip_id\":\"bf99c679-9f41-4dac-8513-9c9228e713e1\",\"nat_gateway_id\":\"cda3a125-2406-456c-a11f-598e10578541\",\"port_id\":\"9a469561-daac-4c94-88f5-39366e5ea193\",\"description\":\"description\",\"internal_service_port\":993,\"protocol\":\"tcp\",\"external_service_port\":242}}",
    );
}
/// `creating_a_dnat_rule` at API version v2.0 sends POST /v2.0/dnat_rules.
#[tokio::test]
async fn creating_a_dnat_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/dnat_rules"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .creating_a_dnat_rule()
        .dnat_rule(
            v::<
                otc_nat::types::DnatRuleDescriptionOfTheDnatRuleField,
            >(
                "{\"floating_ip_id\":\"bf99c679-9f41-4dac-8513-9c9228e713e1\",\"nat_gateway_id\":\"cda3a125-2406-456c-a11f-598e10578541\",\"port_id\":\"9a469561-daac-4c94-88f5-39366e5ea193\",\"description\":\"description\",\"internal_service_port\":993,\"protocol\":\"tcp\",\"external_service_port\":242}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"dnat_rule\":{\"floating_ip_id\":\"bf99c679-9f41-4dac-8513-9c9228e713e1\",\"nat_gateway_id\":\"cda3a125-2406-456c-a11f-598e10578541\",\"port_id\":\"9a469561-daac-4c94-88f5-39366e5ea193\",\"description\":\"description\",\"internal_service_port\":993,\"protocol\":\"tcp\",\"external_service_port\":242}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_details_about_a_specified_dnat_rule` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_details_about_a_specified_dnat_rule_v3_response_200() {
    round_trips::<
        otc_nat::types::CreatePrivateDnatResponse201,
    >(
        "{\"dnat_rule\":{\"id\":\"24dd6bf5-48f2-4915-ad0b-5bb111d39c83\",\"project_id\":\"da261828016849188f4dcc2ef94d9da9\",\"description\":\"aa\",\"gateway_id\":\"0adefb29-a6c2-48a5-8637-2be67fa03fec\",\"transit_ip_id\":\"3faa719d-6d18-4ccb-a5c7-33e65a09663e\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"network_interface_id\":\"dae9393a-b536-491c-a5a2-72edc1104707\",\"type\":\"COMPUTE\",\"protocol\":\"any\",\"internal_service_port\":\"0\",\"transit_service_port\":\"0\",\"private_ip_address\":\"192.168.1.72\",\"created_at\":\"2019-04-29T07:10:01\",\"updated_at\":\"2019-04-29T07:10:01\",\"status\":\"ACTIVE\"},\"request_id\":\"747a911c17067a39692f75ac146fb47e\"}",
    );
}
/// `querying_details_about_a_specified_dnat_rule` at API version v3 sends GET /v3/{project_id}/private-nat/dnat-rules/{dnat_rule_id}.
#[tokio::test]
async fn querying_details_about_a_specified_dnat_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/private-nat/dnat-rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_specified_dnat_rule()
        .project_id(v::<String>("\"example\""))
        .dnat_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_dnat_rule` v3 response_200 example deserializes and serializes back.
#[test]
fn updating_a_dnat_rule_v3_response_200() {
    round_trips::<
        otc_nat::types::CreatePrivateDnatResponse201,
    >(
        "{\"dnat_rule\":{\"id\":\"24dd6bf5-48f2-4915-ad0b-5bb111d39c83\",\"project_id\":\"da261828016849188f4dcc2ef94d9da9\",\"description\":\"dnat rule description\",\"gateway_id\":\"0adefb29-a6c2-48a5-8637-2be67fa03fec\",\"transit_ip_id\":\"3faa719d-6d18-4ccb-a5c7-33e65a09663e\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"network_interface_id\":\"dae9393a-b536-491c-a5a2-72edc1104707\",\"type\":\"COMPUTE\",\"protocol\":\"any\",\"internal_service_port\":\"0\",\"transit_service_port\":\"0\",\"private_ip_address\":\"192.168.1.72\",\"created_at\":\"2019-04-29T07:10:01\",\"updated_at\":\"2019-04-29T07:10:01\",\"status\":\"ACTIVE\"},\"request_id\":\"747a911c17067a39692f75ac146fb47e\"}",
    );
}
/// The documented `updating_a_dnat_rule` v3 request_body example deserializes and serializes back.
#[test]
fn updating_a_dnat_rule_v3_request_body() {
    round_trips::<
        otc_nat::types::UpdatePrivateDnatRequest,
    >("{\"dnat_rule\":{\"description\":\"my dnat-rules 03\"}}");
}
/// `updating_a_dnat_rule` at API version v3 sends PUT /v3/{project_id}/private-nat/dnat-rules/{dnat_rule_id}.
#[tokio::test]
async fn updating_a_dnat_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/private-nat/dnat-rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_dnat_rule()
        .project_id(v::<String>("\"example\""))
        .dnat_rule_id(v::<String>("\"example\""))
        .dnat_rule(
            v::<
                otc_nat::types::Updateprivatednatoption,
            >("{\"description\":\"my dnat-rules 03\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"dnat_rule\":{\"description\":\"my dnat-rules 03\"}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_dnat_rule` at API version v3 sends DELETE /v3/{project_id}/private-nat/dnat-rules/{dnat_rule_id}.
#[tokio::test]
async fn deleting_a_dnat_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/private-nat/dnat-rules/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_dnat_rule()
        .project_id(v::<String>("\"example\""))
        .dnat_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_a_dnat_rule` at API version v2.0 sends DELETE /v2.0/dnat_rules/{dnat_rule_id}.
#[tokio::test]
async fn deleting_a_dnat_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/dnat_rules/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .deleting_a_dnat_rule()
        .dnat_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_tags_of_a_private_nat_gateway` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_tags_of_a_private_nat_gateway_v3_response_200() {
    round_trips::<
        otc_nat::types::ShowPrivateNatTagsResponse,
    >(
        "{\"request_id\":\"80ef5f21-b81a-4546-b23d-84272507d330\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"},{\"key\":\"key3\",\"value\":\"value3\"}]}",
    );
}
/// `querying_tags_of_a_private_nat_gateway` at API version v3 sends GET /v3/{project_id}/private-nat-gateways/{resource_id}/tags.
#[tokio::test]
async fn querying_tags_of_a_private_nat_gateway_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/private-nat-gateways/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_a_private_nat_gateway()
        .project_id(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `adding_a_tag_to_a_private_nat_gateway` v3 request_body example deserializes and serializes back.
#[test]
fn adding_a_tag_to_a_private_nat_gateway_v3_request_body() {
    round_trips::<
        otc_nat::types::CreatePrivateNatTagRequest,
    >("{\"tag\":{\"key\":\"key1\",\"value\":\"value1\"}}");
}
/// `adding_a_tag_to_a_private_nat_gateway` at API version v3 sends POST /v3/{project_id}/private-nat-gateways/{resource_id}/tags.
#[tokio::test]
async fn adding_a_tag_to_a_private_nat_gateway_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/private-nat-gateways/example/tags"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_tag_to_a_private_nat_gateway()
        .project_id(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .tag(v::<otc_nat::types::Tag>("{\"key\":\"key1\",\"value\":\"value1\"}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"tag\":{\"key\":\"key1\",\"value\":\"value1\"}}")),
        "sent body {sent}"
    );
}
/// The documented `batch_adding_or_deleting_tags_to_or_from_a_private_nat_gateway` v3 request_body example deserializes and serializes back.
#[test]
fn batch_adding_or_deleting_tags_to_or_from_a_private_nat_gateway_v3_request_body() {
    round_trips::<
        otc_nat::types::BatchCreateDeletePrivateNatTagsRequest,
    >(
        "{\"action\":\"create\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]}",
    );
}
/// `batch_adding_or_deleting_tags_to_or_from_a_private_nat_gateway` at API version v3 sends POST /v3/{project_id}/private-nat-gateways/{resource_id}/tags/action.
#[tokio::test]
async fn batch_adding_or_deleting_tags_to_or_from_a_private_nat_gateway_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/private-nat-gateways/example/tags/action"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .batch_adding_or_deleting_tags_to_or_from_a_private_nat_gateway()
        .project_id(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .action(v::<String>("\"create\""))
        .tags(
            v::<
                Vec<otc_nat::types::Tag>,
            >(
                "[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"action\":\"create\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]}")),
        "sent body {sent}"
    );
}
/// `deleting_a_tag_from_a_private_nat_gateway` at API version v3 sends DELETE /v3/{project_id}/private-nat-gateways/{resource_id}/tags/{key}.
#[tokio::test]
async fn deleting_a_tag_from_a_private_nat_gateway_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/private-nat-gateways/example/tags/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_tag_from_a_private_nat_gateway()
        .key(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_private_nat_gateways` v3 response_200 example deserializes ($.resources[0].tags: field not in the schema).
#[test]
fn querying_private_nat_gateways_v3_response_200() {
    deserializes::<
        otc_nat::types::ListPrivateNatsByTagsResponse,
    >(
        "{\"resources\":[{\"resource_detail\":null,\"resource_id\":\"e5ad289f-9c56-4daf-b08b-2e53a983473a\",\"resource_name\":\"nat_gateways\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value1\"}]}],\"request_id\":\"a67262f6b7242d63d4ae95e41abf2790\",\"total_count\":1}",
    );
}
/// The documented `querying_private_nat_gateways` v3 request_body example contradicts the schema ($.not_tags_any[0].values: required field is missing), so the strict type rejects it.
#[test]
fn querying_private_nat_gateways_v3_request_body() {
    rejects::<
        otc_nat::types::ListPrivateNatsByTagsRequest,
    >(
        "{\"offset\":\"0\",\"limit\":\"1000\",\"action\":\"filter\",\"not_tags_any\":[{\"key\":\"owner\",\"value\":\"tag_1_value\"}]}",
    );
}
/// `querying_private_nat_gateways` at API version v3 sends POST /v3/{project_id}/private-nat-gateways/resource_instances/action.
#[tokio::test]
async fn querying_private_nat_gateways_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/private-nat-gateways/resource_instances/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_private_nat_gateways()
        .project_id(v::<String>("\"example\""))
        .action(v::<otc_nat::types::ListPrivateNatsByTagsRequestAction>("\"filter\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":\"filter\"}")), "sent body {sent}");
}
/// The documented `querying_tags_of_all_private_nat_gateways_in_a_project` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_tags_of_all_private_nat_gateways_in_a_project_v3_response_200() {
    round_trips::<
        otc_nat::types::ListPrivateNatTagsResponse,
    >(
        "{\"request_id\":\"c285190c-b9e9-4f38-a69a-6745f22d8dca\",\"tags\":[{\"key\":\"keys\",\"values\":[\"value\"]},{\"key\":\"key3\",\"values\":[\"value3\"]},{\"key\":\"key1\",\"values\":[\"value1\"]},{\"key\":\"key2\",\"values\":[\"value2\"]}]}",
    );
}
/// `querying_tags_of_all_private_nat_gateways_in_a_project` at API version v3 sends GET /v3/{project_id}/private-nat-gateways/tags.
#[tokio::test]
async fn querying_tags_of_all_private_nat_gateways_in_a_project_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/private-nat-gateways/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_all_private_nat_gateways_in_a_project()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_private_nat_gateways_2` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_private_nat_gateways_2_v3_response_200() {
    round_trips::<
        otc_nat::types::ListPrivateNatsResponse,
    >(
        "{\"gateways\":[{\"id\":\"14338426-6afe-4019-996b-3a9525296e11\",\"name\":\"private-nat-gateway-name1\",\"description\":\"private-nat-gateway-description1\",\"spec\":\"Small\",\"project_id\":\"70505c941b9b4dfd82fd351932328a2f\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"status\":\"ACTIVE\",\"created_at\":\"2019-04-22T08:47:13\",\"updated_at\":\"2019-04-22T08:47:13\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}],\"downlink_vpcs\":[{\"vpc_id\":\"3cb66d44-9f75-4237-bfff-e37b14d23ad2\",\"virsubnet_id\":\"373979ee-f4f0-46c5-80e3-0fbf72646b70\",\"ngport_ip_address\":\"10.0.0.17\"}],\"transit_ip_pool_size_max\":1,\"rule_max\":20},{\"id\":\"65995b8e-dcb7-4ab4-9931-bc3c95beec0a\",\"name\":\"private-nat-gateway-name2\",\"description\":\"private-nat-gateway-description2\",\"spec\":\"Small\",\"project_id\":\"70505c941b9b4dfd82fd351932328a2f\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"status\":\"ACTIVE\",\"created_at\":\"2019-04-22T09:06:54\",\"updated_at\":\"2019-04-22T09:06:54\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}],\"downlink_vpcs\":[{\"vpc_id\":\"3cb66d44-9f75-4237-bfff-e37b14d23ad2\",\"virsubnet_id\":\"373979ee-f4f0-46c5-80e3-0fbf72646b70\",\"ngport_ip_address\":\"10.0.0.18\"}],\"transit_ip_pool_size_max\":1,\"rule_max\":20}],\"request_id\":\"a7b00469-5a31-4274-bb10-59167243383e\",\"page_info\":{\"previous_marker\":\"14338426-6afe-4019-996b-3a9525296e11\",\"current_count\":2}}",
    );
}
/// `querying_private_nat_gateways_2` at API version v3 sends GET /v3/{project_id}/private-nat/gateways.
#[tokio::test]
async fn querying_private_nat_gateways_2_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/private-nat/gateways"))
        .and(query_param("limit", "2000"))
        .and(query_param("marker", "example"))
        .and(query_param("page_reverse", "true"))
        .and(query_param("id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("description", "example"))
        .and(query_param("spec", "Small"))
        .and(query_param("project_id", "example"))
        .and(query_param("status", "ACTIVE"))
        .and(query_param("vpc_id", "example"))
        .and(query_param("virsubnet_id", "example"))
        .and(query_param("enterprise_project_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_private_nat_gateways_2()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .marker(v::<String>("\"example\""))
        .page_reverse(v::<bool>("true"))
        .id(v::<Vec<String>>("[\"example\"]"))
        .name(v::<Vec<String>>("[\"example\"]"))
        .description(v::<Vec<String>>("[\"example\"]"))
        .spec(v::<Vec<otc_nat::types::UpdateprivatenatoptionSpec>>("[\"Small\"]"))
        .project_id_2(v::<Vec<String>>("[\"example\"]"))
        .status(v::<Vec<otc_nat::types::PrivatednatStatus>>("[\"ACTIVE\"]"))
        .vpc_id(v::<Vec<String>>("[\"example\"]"))
        .virsubnet_id(v::<Vec<String>>("[\"example\"]"))
        .enterprise_project_id(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_private_nat_gateway` v3 response_201 example deserializes and serializes back.
#[test]
fn creating_a_private_nat_gateway_v3_response_201() {
    round_trips::<
        otc_nat::types::CreatePrivateNatResponse201,
    >(
        "{\"request_id\":\"9882046a9b96f1405472e36d797e33dc\",\"gateway\":{\"id\":\"14338426-6afe-4019-996b-3a9525296e11\",\"name\":\"private-nat-gateway-name\",\"description\":\"private-nat-gateway-description\",\"spec\":\"Small\",\"project_id\":\"70505c941b9b4dfd82fd351932328a2f\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"status\":\"ACTIVE\",\"created_at\":\"2019-04-22T08:47:13\",\"updated_at\":\"2019-04-22T08:47:13\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}],\"downlink_vpcs\":[{\"vpc_id\":\"3cb66d44-9f75-4237-bfff-e37b14d23ad2\",\"virsubnet_id\":\"373979ee-f4f0-46c5-80e3-0fbf72646b70\",\"ngport_ip_address\":\"192.168.10.190\"}],\"transit_ip_pool_size_max\":1,\"rule_max\":20}}",
    );
}
/// The documented `creating_a_private_nat_gateway` v3 request_body example deserializes and serializes back.
#[test]
fn creating_a_private_nat_gateway_v3_request_body() {
    round_trips::<
        otc_nat::types::CreatePrivateNatRequest,
    >(
        "{\"gateway\":{\"name\":\"private-nat-gateway-name\",\"spec\":\"Small\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"description\":\"create private nat\",\"downlink_vpcs\":[{\"virsubnet_id\":\"373979ee-f4f0-46c5-80e3-0fbf72646b70\"}],\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}]}}",
    );
}
/// `creating_a_private_nat_gateway` at API version v3 sends POST /v3/{project_id}/private-nat/gateways.
#[tokio::test]
async fn creating_a_private_nat_gateway_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/private-nat/gateways"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_private_nat_gateway()
        .project_id(v::<String>("\"example\""))
        .gateway(
            v::<
                otc_nat::types::Createprivatenatoption,
            >(
                "{\"name\":\"private-nat-gateway-name\",\"spec\":\"Small\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"description\":\"create private nat\",\"downlink_vpcs\":[{\"virsubnet_id\":\"373979ee-f4f0-46c5-80e3-0fbf72646b70\"}],\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}]}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"gateway\":{\"name\":\"private-nat-gateway-name\",\"spec\":\"Small\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"description\":\"create private nat\",\"downlink_vpcs\":[{\"virsubnet_id\":\"373979ee-f4f0-46c5-80e3-0fbf72646b70\"}],\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}]}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_details_about_a_specified_private_nat_gateway` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_details_about_a_specified_private_nat_gateway_v3_response_200() {
    round_trips::<
        otc_nat::types::CreatePrivateNatResponse201,
    >(
        "{\"gateway\":{\"id\":\"14338426-6afe-4019-996b-3a9525296e11\",\"name\":\"private-nat-gateway-name\",\"description\":\"private-nat-gateway-description\",\"spec\":\"Small\",\"project_id\":\"70505c941b9b4dfd82fd351932328a2f\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"status\":\"ACTIVE\",\"created_at\":\"2019-04-22T08:47:13\",\"updated_at\":\"2019-04-22T08:47:13\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}],\"downlink_vpcs\":[{\"vpc_id\":\"3cb66d44-9f75-4237-bfff-e37b14d23ad2\",\"virsubnet_id\":\"373979ee-f4f0-46c5-80e3-0fbf72646b70\",\"ngport_ip_address\":\"10.0.0.17\"}],\"transit_ip_pool_size_max\":1,\"rule_max\":20},\"request_id\":\"747a911c17067a39692f75ac146fb47e\"}",
    );
}
/// `querying_details_about_a_specified_private_nat_gateway` at API version v3 sends GET /v3/{project_id}/private-nat/gateways/{gateway_id}.
#[tokio::test]
async fn querying_details_about_a_specified_private_nat_gateway_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/private-nat/gateways/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_specified_private_nat_gateway()
        .project_id(v::<String>("\"example\""))
        .gateway_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_private_nat_gateway` v3 response_200 example deserializes and serializes back.
#[test]
fn updating_a_private_nat_gateway_v3_response_200() {
    round_trips::<
        otc_nat::types::CreatePrivateNatResponse201,
    >(
        "{\"gateway\":{\"id\":\"14338426-6afe-4019-996b-3a9525296e11\",\"name\":\"private-nat-gateway-name\",\"description\":\"private-nat-gateway-description\",\"spec\":\"Medium\",\"project_id\":\"70505c941b9b4dfd82fd351932328a2f\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"status\":\"ACTIVE\",\"created_at\":\"2019-04-22T08:47:13\",\"updated_at\":\"2019-04-22T08:47:13\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}],\"downlink_vpcs\":[{\"vpc_id\":\"3cb66d44-9f75-4237-bfff-e37b14d23ad2\",\"virsubnet_id\":\"373979ee-f4f0-46c5-80e3-0fbf72646b70\",\"ngport_ip_address\":\"10.0.0.17\"}],\"transit_ip_pool_size_max\":1,\"rule_max\":20},\"request_id\":\"e7e3323e95b348708d26e68a0ddece71\"}",
    );
}
/// The documented `updating_a_private_nat_gateway` v3 request_body example deserializes and serializes back.
#[test]
fn updating_a_private_nat_gateway_v3_request_body() {
    round_trips::<
        otc_nat::types::UpdatePrivateNatRequest,
    >(
        "{\"gateway\":{\"name\":\"private-nat-gateway-name\",\"description\":\"private-nat-gateway-description\",\"spec\":\"Medium\"}}",
    );
}
/// `updating_a_private_nat_gateway` at API version v3 sends PUT /v3/{project_id}/private-nat/gateways/{gateway_id}.
#[tokio::test]
async fn updating_a_private_nat_gateway_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/private-nat/gateways/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_private_nat_gateway()
        .project_id(v::<String>("\"example\""))
        .gateway_id(v::<String>("\"example\""))
        .gateway(
            v::<
                otc_nat::types::Updateprivatenatoption,
            >(
                "{\"name\":\"private-nat-gateway-name\",\"description\":\"private-nat-gateway-description\",\"spec\":\"Medium\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"gateway\":{\"name\":\"private-nat-gateway-name\",\"description\":\"private-nat-gateway-description\",\"spec\":\"Medium\"}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_private_nat_gateway` at API version v3 sends DELETE /v3/{project_id}/private-nat/gateways/{gateway_id}.
#[tokio::test]
async fn deleting_a_private_nat_gateway_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/private-nat/gateways/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_private_nat_gateway()
        .gateway_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_snat_rules` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_snat_rules_v3_response_200() {
    round_trips::<
        otc_nat::types::ListPrivateSnatsResponse,
    >(
        "{\"snat_rules\":[{\"id\":\"8a522ff9-8158-494b-83cd-533b045700e6\",\"project_id\":\"cfa563efb77d4b6d9960781d82530fd8\",\"description\":\"snat rule description\",\"gateway_id\":\"80da6f26-94eb-4537-97f0-5a56f4d04cfb\",\"cidr\":\"\",\"virsubnet_id\":\"95df1b88-d9bc-4edd-a808-a771dd4ded32\",\"transit_ip_associations\":[{\"transit_ip_id\":\"bbe7c2e7-3bad-445b-a067-b30acce66053\",\"transit_ip_address\":\"172.20.1.98\"}],\"created_at\":\"2019-10-22T03:33:07\",\"updated_at\":\"2019-10-22T03:33:07\",\"status\":\"ACTIVE\"},{\"id\":\"af4dbb83-7ca0-4ed1-b28b-668c1f9c6b81\",\"project_id\":\"cfa563efb77d4b6d9960781d82530fd8\",\"description\":\"snat rule description\",\"gateway_id\":\"80da6f26-94eb-4537-97f0-5a56f4d04cfb\",\"cidr\":\"\",\"virsubnet_id\":\"5b9ea497-727d-4ad0-a99e-3984b3f5aaed\",\"transit_ip_associations\":[{\"transit_ip_id\":\"36a3049a-1682-48b3-b1cf-cb986a3350ef\",\"transit_ip_address\":\"172.20.1.10\"}],\"created_at\":\"2019-10-22T03:31:19\",\"updated_at\":\"2019-10-22T03:31:19\",\"status\":\"ACTIVE\"}],\"page_info\":{\"next_marker\":\"af4dbb83-7ca0-4ed1-b28b-668c1f9c6b81\",\"previous_marker\":\"8a522ff9-8158-494b-83cd-533b045700e6\",\"current_count\":2},\"request_id\":\"69806207-62e3-4950-b463-ff5c1779b714\"}",
    );
}
/// `querying_snat_rules` at API version v3 sends GET /v3/{project_id}/private-nat/snat-rules.
#[tokio::test]
async fn querying_snat_rules_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/private-nat/snat-rules"))
        .and(query_param("limit", "2000"))
        .and(query_param("marker", "example"))
        .and(query_param("page_reverse", "true"))
        .and(query_param("id", "example"))
        .and(query_param("project_id", "example"))
        .and(query_param("description", "example"))
        .and(query_param("gateway_id", "example"))
        .and(query_param("cidr", "example"))
        .and(query_param("virsubnet_id", "example"))
        .and(query_param("transit_ip_id", "example"))
        .and(query_param("transit_ip_address", "example"))
        .and(query_param("enterprise_project_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_snat_rules()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .marker(v::<String>("\"example\""))
        .page_reverse(v::<bool>("true"))
        .id(v::<Vec<String>>("[\"example\"]"))
        .project_id_2(v::<Vec<String>>("[\"example\"]"))
        .description(v::<Vec<String>>("[\"example\"]"))
        .gateway_id(v::<Vec<String>>("[\"example\"]"))
        .cidr(v::<Vec<String>>("[\"example\"]"))
        .virsubnet_id(v::<Vec<String>>("[\"example\"]"))
        .transit_ip_id(v::<Vec<String>>("[\"example\"]"))
        .transit_ip_address(v::<Vec<String>>("[\"example\"]"))
        .enterprise_project_id(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_snat_rules` v2.0 response_200 example contradicts the schema ($.snat_rules: expected an object, found [{"floating_ip_id":"bf99c679-9f41-4dac-8...), so the strict type rejects it.
#[test]
fn querying_snat_rules_v2_0_response_200() {
    rejects::<
        otc_nat::types::ListSnatRulesResponse,
    >(
        "{\"snat_rules\":[{\"floating_ip_id\":\"bf99c679-9f41-4dac-8513-9c9228e713e1\",\"status\":\"ACTIVE\",\"nat_gateway_id\":\"cda3a125-2406-456c-a11f-598e10578541\",\"admin_state_up\":true,\"network_id\":\"9a469561-daac-4c94-88f5-39366e5ea193\",\"cidr\":\"null\",\"source_type\":0,\"tenant_id\":\"abc\",\"created_at\":\"2017-11-15 15:44:42.595173\",\"id\":\"79195d50-0271-41f1-bded-4c089b2502ff\",\"floating_ip_address\":\"5.21.11.242\",\"freezed_ip_address\":\"\",\"description\":\"description\"},{\"floating_ip_id\":\"6e496fba-abe9-4f5e-9406-2ad8c809ac8c\",\"status\":\"ACTIVE\",\"nat_gateway_id\":\"e824f1b4-4290-4ebc-8322-cfff370dbd1e\",\"admin_state_up\":true,\"network_id\":\"97e89905-f9c8-4ae3-9856-392b0b2fbe7f\",\"cidr\":\"null\",\"source_type\":0,\"tenant_id\":\"abc\",\"created_at\":\"2017-11-17 07:43:44.830845\",\"id\":\"4a1a10d7-0d9f-4846-8cda-24cffeffef5c\",\"floating_ip_address\":\"5.21.11.142\",\"freezed_ip_address\":\"\",\"description\":\"description\"}]}",
    );
}
/// `querying_snat_rules` at API version v2.0 sends GET /v2.0/snat_rules.
#[tokio::test]
async fn querying_snat_rules_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/snat_rules"))
        .and(query_param("id", "example"))
        .and(query_param("limit", "1"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("nat_gateway_id", "example"))
        .and(query_param("network_id", "example"))
        .and(query_param("cidr", "example"))
        .and(query_param("source_type", "1"))
        .and(query_param("floating_ip_id", "example"))
        .and(query_param("floating_ip_address", "example"))
        .and(query_param("description", "example"))
        .and(query_param("status", "example"))
        .and(query_param("admin_state_up", "true"))
        .and(query_param("created_at", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .querying_snat_rules()
        .id(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .tenant_id(v::<String>("\"example\""))
        .nat_gateway_id(v::<String>("\"example\""))
        .network_id(v::<String>("\"example\""))
        .cidr(v::<String>("\"example\""))
        .source_type(v::<i64>("1"))
        .floating_ip_id(v::<String>("\"example\""))
        .floating_ip_address(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .admin_state_up(v::<bool>("true"))
        .created_at(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_an_snat_rule` v3 response_201 example deserializes and serializes back.
#[test]
fn creating_an_snat_rule_v3_response_201() {
    round_trips::<
        otc_nat::types::CreatePrivateSnatResponse201,
    >(
        "{\"snat_rule\":{\"id\":\"af4dbb83-7ca0-4ed1-b28b-668c1f9c6b81\",\"project_id\":\"cfa563efb77d4b6d9960781d82530fd8\",\"description\":\"snat rule description\",\"gateway_id\":\"80da6f26-94eb-4537-97f0-5a56f4d04cfb\",\"cidr\":\"\",\"virsubnet_id\":\"5b9ea497-727d-4ad0-a99e-3984b3f5aaed\",\"transit_ip_associations\":[{\"transit_ip_id\":\"36a3049a-1682-48b3-b1cf-cb986a3350ef\",\"transit_ip_address\":\"172.20.1.10\"}],\"created_at\":\"2019-10-22T03:31:19\",\"updated_at\":\"2019-10-22T03:31:19\",\"status\":\"ACTIVE\"},\"request_id\":\"2937502e-73f9-4ba5-ae75-2293a0b35fb8\"}",
    );
}
/// The documented `creating_an_snat_rule` v3 request_body example deserializes and serializes back.
#[test]
fn creating_an_snat_rule_v3_request_body() {
    round_trips::<
        otc_nat::types::CreatePrivateSnatRequest,
    >(
        "{\"snat_rule\":{\"description\":\"my_snat_rule01\",\"gateway_id\":\"80da6f26-94eb-4537-97f0-5a56f4d04cfb\",\"virsubnet_id\":\"5b9ea497-727d-4ad0-a99e-3984b3f5aaed\",\"transit_ip_ids\":[\"36a3049a-1682-48b3-b1cf-cb986a3350ef\"]}}",
    );
}
/// `creating_an_snat_rule` at API version v3 sends POST /v3/{project_id}/private-nat/snat-rules.
#[tokio::test]
async fn creating_an_snat_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/private-nat/snat-rules"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_snat_rule()
        .project_id(v::<String>("\"example\""))
        .snat_rule(
            v::<
                otc_nat::types::Createprivatesnatoption,
            >(
                "{\"description\":\"my_snat_rule01\",\"gateway_id\":\"80da6f26-94eb-4537-97f0-5a56f4d04cfb\",\"virsubnet_id\":\"5b9ea497-727d-4ad0-a99e-3984b3f5aaed\",\"transit_ip_ids\":[\"36a3049a-1682-48b3-b1cf-cb986a3350ef\"]}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"snat_rule\":{\"description\":\"my_snat_rule01\",\"gateway_id\":\"80da6f26-94eb-4537-97f0-5a56f4d04cfb\",\"virsubnet_id\":\"5b9ea497-727d-4ad0-a99e-3984b3f5aaed\",\"transit_ip_ids\":[\"36a3049a-1682-48b3-b1cf-cb986a3350ef\"]}}")),
        "sent body {sent}"
    );
}
/// The documented `creating_an_snat_rule` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_an_snat_rule_v2_0_response_2xx() {
    round_trips::<
        otc_nat::types::CreateSnatRuleResponse,
    >(
        "{\"snat_rule\":{\"floating_ip_id\":\"bdc10a4c-d81a-41ec-adf7-de857f7c812a\",\"status\":\"PENDING_CREATE\",\"nat_gateway_id\":\"a78fb3eb-1654-4710-8742-3fc49d5f04f8\",\"admin_state_up\":true,\"network_id\":\"eaad9cd6-2372-4be1-9535-9bd37210ae7b\",\"cidr\":null,\"source_type\":0,\"tenant_id\":\"27e25061336f4af590faeabeb7fcd9a3\",\"created_at\":\"2017-11-18 07:54:21.665430\",\"id\":\"5b95c675-69c2-4656-ba06-58ff72e1d338\",\"floating_ip_address\":\"5.21.11.226\",\"freezed_ip_address\":\"\",\"description\":\"description\"}}",
    );
}
/// The documented `creating_an_snat_rule` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_an_snat_rule_v2_0_request_body() {
    round_trips::<
        otc_nat::types::CreateSnatRuleRequest,
    >(
        "{\"snat_rule\":{\"nat_gateway_id\":\"a78fb3eb-1654-4710-8742-3fc49d5f04f8\",\"description\":\"description\",\"network_id\":\"eaad9cd6-2372-4be1-9535-9bd37210ae7b\",\"source_type\":0,\"floating_ip_id\":\"bdc10a4c-d81a-41ec-adf7-de857f7c812a\"}}",
    );
}
/// `creating_an_snat_rule` at API version v2.0 sends POST /v2.0/snat_rules.
#[tokio::test]
async fn creating_an_snat_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/snat_rules"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .creating_an_snat_rule()
        .snat_rule(
            v::<
                otc_nat::types::SnatRuleDescriptionOfTheSnatRuleField,
            >(
                "{\"nat_gateway_id\":\"a78fb3eb-1654-4710-8742-3fc49d5f04f8\",\"description\":\"description\",\"network_id\":\"eaad9cd6-2372-4be1-9535-9bd37210ae7b\",\"source_type\":0,\"floating_ip_id\":\"bdc10a4c-d81a-41ec-adf7-de857f7c812a\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"snat_rule\":{\"nat_gateway_id\":\"a78fb3eb-1654-4710-8742-3fc49d5f04f8\",\"description\":\"description\",\"network_id\":\"eaad9cd6-2372-4be1-9535-9bd37210ae7b\",\"source_type\":0,\"floating_ip_id\":\"bdc10a4c-d81a-41ec-adf7-de857f7c812a\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_details_about_a_specified_snat_rule` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_details_about_a_specified_snat_rule_v3_response_200() {
    round_trips::<
        otc_nat::types::CreatePrivateSnatResponse201,
    >(
        "{\"snat_rule\":{\"id\":\"8a522ff9-8158-494b-83cd-533b045700e6\",\"project_id\":\"cfa563efb77d4b6d9960781d82530fd8\",\"description\":\"my_snat_rule02\",\"gateway_id\":\"80da6f26-94eb-4537-97f0-5a56f4d04cfb\",\"cidr\":\"\",\"virsubnet_id\":\"95df1b88-d9bc-4edd-a808-a771dd4ded32\",\"transit_ip_associations\":[{\"transit_ip_id\":\"bbe7c2e7-3bad-445b-a067-b30acce66053\",\"transit_ip_address\":\"172.20.1.98\"}],\"created_at\":\"2019-10-22T03:33:07\",\"updated_at\":\"2019-10-22T03:33:07\",\"status\":\"ACTIVE\"},\"request_id\":\"c8b21002-a594-414d-9585-2cc5963d4c3e\"}",
    );
}
/// `querying_details_about_a_specified_snat_rule` at API version v3 sends GET /v3/{project_id}/private-nat/snat-rules/{snat_rule_id}.
#[tokio::test]
async fn querying_details_about_a_specified_snat_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/private-nat/snat-rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_specified_snat_rule()
        .project_id(v::<String>("\"example\""))
        .snat_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_an_snat_rule` v3 response_200 example deserializes and serializes back.
#[test]
fn updating_an_snat_rule_v3_response_200() {
    round_trips::<
        otc_nat::types::UpdatePrivateSnatResponse,
    >(
        "{\"request_id\":\"15bd32b2-1464-4817-b559-444d22499f6c\",\"snat_rule\":{\"id\":\"af4dbb83-7ca0-4ed1-b28b-668c1f9c6b81\",\"project_id\":\"cfa563efb77d4b6d9960781d82530fd8\",\"description\":\"my_snat_rule_update\",\"gateway_id\":\"80da6f26-94eb-4537-97f0-5a56f4d04cfb\",\"cidr\":\"10.1.1.64/30\",\"virsubnet_id\":\"\",\"transit_ip_associations\":[{\"transit_ip_id\":\"bbe7c2e7-3bad-445b-a067-b30acce66053\",\"transit_ip_address\":\"172.20.1.98\"}],\"created_at\":\"2019-10-22T03:31:19\",\"updated_at\":\"2019-10-22T03:39:52\",\"status\":\"ACTIVE\"}}",
    );
}
/// The documented `updating_an_snat_rule` v3 request_body example deserializes and serializes back.
#[test]
fn updating_an_snat_rule_v3_request_body() {
    round_trips::<
        otc_nat::types::UpdatePrivateSnatRequest,
    >(
        "{\"snat_rule\":{\"description\":\"my_snat_rule_update\",\"transit_ip_ids\":[\"bbe7c2e7-3bad-445b-a067-b30acce66053\"]}}",
    );
}
/// `updating_an_snat_rule` at API version v3 sends PUT /v3/{project_id}/private-nat/snat-rules/{snat_rule_id}.
#[tokio::test]
async fn updating_an_snat_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v3/example/private-nat/snat-rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_an_snat_rule()
        .project_id(v::<String>("\"example\""))
        .snat_rule_id(v::<String>("\"example\""))
        .snat_rule(
            v::<
                otc_nat::types::Updateprivatesnatoption,
            >(
                "{\"description\":\"my_snat_rule_update\",\"transit_ip_ids\":[\"bbe7c2e7-3bad-445b-a067-b30acce66053\"]}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"snat_rule\":{\"description\":\"my_snat_rule_update\",\"transit_ip_ids\":[\"bbe7c2e7-3bad-445b-a067-b30acce66053\"]}}")),
        "sent body {sent}"
    );
}
/// `deleting_an_snat_rule` at API version v3 sends DELETE /v3/{project_id}/private-nat/snat-rules/{snat_rule_id}.
#[tokio::test]
async fn deleting_an_snat_rule_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/private-nat/snat-rules/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_snat_rule()
        .project_id(v::<String>("\"example\""))
        .snat_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_an_snat_rule` at API version v2.0 sends DELETE /v2.0/snat_rules/{snat_rule_id}.
#[tokio::test]
async fn deleting_an_snat_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/snat_rules/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .v2_0()
        .deleting_an_snat_rule()
        .snat_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_tags_of_a_transit_ip_address` at API version v3 sends GET /v3/{project_id}/transit-ips/{resource_id}/tags.
#[tokio::test]
async fn querying_tags_of_a_transit_ip_address_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/transit-ips/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_a_transit_ip_address()
        .project_id(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `adding_a_tag_to_a_transit_ip_address` at API version v3 sends POST /v3/{project_id}/transit-ips/{resource_id}/tags.
#[tokio::test]
async fn adding_a_tag_to_a_transit_ip_address_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/transit-ips/example/tags"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_tag_to_a_transit_ip_address()
        .project_id(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .tag(v::<otc_nat::types::Tag>("{\"key\":\"key1\",\"value\":\"value1\"}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"tag\":{\"key\":\"key1\",\"value\":\"value1\"}}")),
        "sent body {sent}"
    );
}
/// `batch_adding_or_deleting_tags_to_or_from_a_transit_ip_address` at API version v3 sends POST /v3/{project_id}/transit-ips/{resource_id}/tags/action.
#[tokio::test]
async fn batch_adding_or_deleting_tags_to_or_from_a_transit_ip_address_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/transit-ips/example/tags/action"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .batch_adding_or_deleting_tags_to_or_from_a_transit_ip_address()
        .project_id(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .action(v::<String>("\"create\""))
        .tags(
            v::<
                Vec<otc_nat::types::Tag>,
            >(
                "[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"action\":\"create\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]}")),
        "sent body {sent}"
    );
}
/// `deleting_a_tag_from_a_transit_ip_address` at API version v3 sends DELETE /v3/{project_id}/transit-ips/{resource_id}/tags/{key}.
#[tokio::test]
async fn deleting_a_tag_from_a_transit_ip_address_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/transit-ips/example/tags/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_tag_from_a_transit_ip_address()
        .key(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_tags_of_all_transit_ip_addresses_in_a_specified_project` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_tags_of_all_transit_ip_addresses_in_a_specified_project_v3_response_200() {
    round_trips::<
        otc_nat::types::ListPrivateNatTagsResponse,
    >(
        "{\"request_id\":\"36479272a29de0be0a8a8b294c02ab7a\",\"tags\":[{\"key\":\"keys\",\"values\":[\"value\"]},{\"key\":\"key3\",\"values\":[\"value3\"]},{\"key\":\"key1\",\"values\":[\"value1\"]},{\"key\":\"key2\",\"values\":[\"value2\"]}]}",
    );
}
/// `querying_tags_of_all_transit_ip_addresses_in_a_specified_project` at API version v3 sends GET /v3/{project_id}/transit-ips/tags.
#[tokio::test]
async fn querying_tags_of_all_transit_ip_addresses_in_a_specified_project_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/transit-ips/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_of_all_transit_ip_addresses_in_a_specified_project()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_transit_ip_addresses_by_tag` v3 response_200 example deserializes ($.resources[0].tags: field not in the schema).
#[test]
fn querying_transit_ip_addresses_by_tag_v3_response_200() {
    deserializes::<
        otc_nat::types::ListPrivateNatsByTagsResponse,
    >(
        "{\"resources\":[{\"resource_detail\":null,\"resource_id\":\"ae33be9b-d2c0-441b-a8d0-f6dafedf1778\",\"resource_name\":\"transit_ips\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value1\"}]}],\"request_id\":\"9e47d9476cfd346f864cb77acb274185\",\"total_count\":1}",
    );
}
/// `querying_transit_ip_addresses_by_tag` at API version v3 sends POST /v3/{project_id}/transit-ips/resource_instances/action.
#[tokio::test]
async fn querying_transit_ip_addresses_by_tag_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/transit-ips/resource_instances/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_transit_ip_addresses_by_tag()
        .project_id(v::<String>("\"example\""))
        .action(v::<otc_nat::types::ListPrivateNatsByTagsRequestAction>("\"filter\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":\"filter\"}")), "sent body {sent}");
}
/// The documented `querying_transit_ip_addresses` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_transit_ip_addresses_v3_response_200() {
    round_trips::<
        otc_nat::types::ListTransitIpsResponse,
    >(
        "{\"transit_ips\":[{\"id\":\"3faa719d-6d18-4ccb-a5c7-33e65a09663e\",\"project_id\":\"da261828016849188f4dcc2ef94d9da9\",\"network_interface_id\":\"c91c43fb-8d66-48df-bfa9-b89053ac3737\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"gateway_id\":\"521bb3d9-8bed-4c6c-9ee8-669bd0620f76\",\"ip_address\":\"192.168.1.68\",\"created_at\":\"2019-04-29T03:41:59\",\"updated_at\":\"2019-04-29T03:41:59\",\"virsubnet_id\":\"49ee5fb5-75bf-4320-946e-b21ef4c9c9c1\",\"status\":\"ACTIVE\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}]},{\"id\":\"a2845109-3b2f-4627-b08f-09a726c0a6e7\",\"project_id\":\"da261828016849188f4dcc2ef94d9da9\",\"network_interface_id\":\"adebbdca-8c26-4c14-b34f-3f53cd2c42f2\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"gateway_id\":\"521bb3d9-8bed-4c6c-9ee8-669bd0620f76\",\"ip_address\":\"192.168.1.68\",\"created_at\":\"2019-04-29T02:16:09\",\"updated_at\":\"2019-04-29T02:16:09\",\"virsubnet_id\":\"333e5fb5-75bf-4320-946e-b21ef4c9c2g5\",\"status\":\"ACTIVE\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}]}],\"request_id\":\"747a911c17067a39692f75ac146fb47e\"}",
    );
}
/// `querying_transit_ip_addresses` at API version v3 sends GET /v3/{project_id}/private-nat/transit-ips.
#[tokio::test]
async fn querying_transit_ip_addresses_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/private-nat/transit-ips"))
        .and(query_param("limit", "2000"))
        .and(query_param("marker", "example"))
        .and(query_param("page_reverse", "true"))
        .and(query_param("id", "example"))
        .and(query_param("project_id", "example"))
        .and(query_param("network_interface_id", "example"))
        .and(query_param("ip_address", "example"))
        .and(query_param("gateway_id", "example"))
        .and(query_param("enterprise_project_id", "example"))
        .and(query_param("virsubnet_id", "example"))
        .and(query_param("transit_subnet_id", "example"))
        .and(query_param("description", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_transit_ip_addresses()
        .project_id(v::<String>("\"example\""))
        .limit(v::<i64>("2000"))
        .marker(v::<String>("\"example\""))
        .page_reverse(v::<bool>("true"))
        .id(v::<Vec<String>>("[\"example\"]"))
        .project_id_2(v::<Vec<String>>("[\"example\"]"))
        .network_interface_id(v::<Vec<String>>("[\"example\"]"))
        .ip_address(v::<Vec<String>>("[\"example\"]"))
        .gateway_id(v::<Vec<String>>("[\"example\"]"))
        .enterprise_project_id(v::<Vec<String>>("[\"example\"]"))
        .virsubnet_id(v::<Vec<String>>("[\"example\"]"))
        .transit_subnet_id(v::<Vec<String>>("[\"example\"]"))
        .description(v::<Vec<String>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `assigning_a_transit_ip_address` v3 response_201 example deserializes and serializes back.
#[test]
fn assigning_a_transit_ip_address_v3_response_201() {
    round_trips::<
        otc_nat::types::CreateTransitIpResponse201,
    >(
        "{\"transit_ip\":{\"id\":\"a2845109-3b2f-4627-b08f-09a726c0a6e7\",\"project_id\":\"da261828016849188f4dcc2ef94d9da9\",\"network_interface_id\":\"adebbdca-8c26-4c14-b34f-3f53cd2c42f2\",\"ip_address\":\"192.168.1.68\",\"gateway_id\":\"521bb3d9-8bed-4c6c-9ee8-669bd0620f76\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"created_at\":\"2019-04-29T02:16:09\",\"updated_at\":\"2019-04-29T02:16:09\",\"virsubnet_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}],\"status\":\"ACTIVE\"},\"request_id\":\"747a911c17067a39692f75ac146fb47e\"}",
    );
}
/// The documented `assigning_a_transit_ip_address` v3 request_body example deserializes and serializes back.
#[test]
fn assigning_a_transit_ip_address_v3_request_body() {
    round_trips::<
        otc_nat::types::CreateTransitIpRequest,
    >(
        "{\"transit_ip\":{\"virsubnet_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"ip_address\":\"192.168.1.68\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}]}}",
    );
}
/// `assigning_a_transit_ip_address` at API version v3 sends POST /v3/{project_id}/private-nat/transit-ips.
#[tokio::test]
async fn assigning_a_transit_ip_address_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v3/example/private-nat/transit-ips"))
        .respond_with(
            ResponseTemplate::new(201u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .assigning_a_transit_ip_address()
        .project_id(v::<String>("\"example\""))
        .transit_ip(
            v::<
                otc_nat::types::Creattransitipoption,
            >(
                "{\"virsubnet_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"ip_address\":\"192.168.1.68\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}]}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"transit_ip\":{\"virsubnet_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"ip_address\":\"192.168.1.68\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}]}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_details_about_a_specified_transit_ip_address` v3 response_200 example deserializes and serializes back.
#[test]
fn querying_details_about_a_specified_transit_ip_address_v3_response_200() {
    round_trips::<
        otc_nat::types::CreateTransitIpResponse201,
    >(
        "{\"transit_ip\":{\"id\":\"a2845109-3b2f-4627-b08f-09a726c0a6e7\",\"project_id\":\"da261828016849188f4dcc2ef94d9da9\",\"network_interface_id\":\"adebbdca-8c26-4c14-b34f-3f53cd2c42f2\",\"ip_address\":\"192.168.1.68\",\"gateway_id\":\"521bb3d9-8bed-4c6c-9ee8-669bd0620f76\",\"enterprise_project_id\":\"2759da7b-8015-404c-ae0a-a389007b0e2a\",\"created_at\":\"2019-04-29T02:16:09\",\"updated_at\":\"2019-04-29T02:16:09\",\"virsubnet_id\":\"49ee5fb5-75bf-4320-946e-b21ef4c9c9c1\",\"status\":\"ACTIVE\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}]},\"request_id\":\"747a911c17067a39692f75ac146fb47e\"}",
    );
}
/// `querying_details_about_a_specified_transit_ip_address` at API version v3 sends GET /v3/{project_id}/private-nat/transit-ips/{transit_ip_id}.
#[tokio::test]
async fn querying_details_about_a_specified_transit_ip_address_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v3/example/private-nat/transit-ips/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_about_a_specified_transit_ip_address()
        .project_id(v::<String>("\"example\""))
        .transit_ip_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `releasing_a_transit_ip_address` at API version v3 sends DELETE /v3/{project_id}/private-nat/transit-ips/{transit_ip_id}.
#[tokio::test]
async fn releasing_a_transit_ip_address_v3_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v3/example/private-nat/transit-ips/example"))
        .respond_with(ResponseTemplate::new(204u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .releasing_a_transit_ip_address()
        .transit_ip_id(v::<String>("\"example\""))
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_of_a_dnat_rule` at API version v2.0 sends GET /v2.0/dnat_rules/{dnat_rule_id}.
#[tokio::test]
async fn querying_details_of_a_dnat_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/dnat_rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_of_a_dnat_rule()
        .dnat_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_nat_gateways` v2.0 response_200 example contradicts the schema ($.nat_gateways: expected an object, found [{"router_id":"b1d81744-5165-48b8-916e-e...), so the strict type rejects it.
#[test]
fn querying_nat_gateways_v2_0_response_200() {
    rejects::<
        otc_nat::types::ListNatGatewaysResponse,
    >(
        "{\"nat_gateways\":[{\"router_id\":\"b1d81744-5165-48b8-916e-e56626feb88f\",\"status\":\"ACTIVE\",\"description\":\"\",\"admin_state_up\":true,\"tenant_id\":\"27e25061336f4af590faeabeb7fcd9a3\",\"created_at\":\"2017-11-15 14:50:39.505112\",\"spec\":\"2\",\"internal_network_id\":\"5930796a-6026-4d8b-8790-6c6bfc9f87e8\",\"id\":\"a253be25-ae7c-4013-978b-3c0785eccd63\",\"billinginfo\":\"\",\"dnat_rules_limit\":200,\"snat_rule_public_ip_limit\":20,\"sys_tags\":[\"_sys_enterprise_project_id=0\"],\"name\":\"wj3\"},{\"router_id\":\"305dc52f-13dd-429b-a2d4-444a1039ba0b\",\"status\":\"ACTIVE\",\"description\":\"\",\"admin_state_up\":true,\"tenant_id\":\"27e25061336f4af590faeabeb7fcd9a3\",\"created_at\":\"2017-11-17 07:41:07.538062\",\"spec\":\"2\",\"internal_network_id\":\"fc09463b-4ef8-4c7a-93c8-92d9ca6daf9d\",\"id\":\"e824f1b4-4290-4ebc-8322-cfff370dbd1e\",\"billinginfo\":\"\",\"dnat_rules_limit\":200,\"snat_rule_public_ip_limit\":20,\"sys_tags\":[\"_sys_enterprise_project_id=0\"],\"name\":\"lyl001\"}]}",
    );
}
/// `querying_nat_gateways` at API version v2.0 sends GET /v2.0/nat_gateways.
#[tokio::test]
async fn querying_nat_gateways_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/nat_gateways"))
        .and(query_param("id", "example"))
        .and(query_param("limit", "1"))
        .and(query_param("tenant_id", "example"))
        .and(query_param("name", "example"))
        .and(query_param("description", "example"))
        .and(query_param("spec", "example"))
        .and(query_param("router_id", "example"))
        .and(query_param("internal_network_id", "example"))
        .and(query_param("status", "example"))
        .and(query_param("admin_state_up", "true"))
        .and(query_param("created_at", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_nat_gateways()
        .id(v::<String>("\"example\""))
        .limit(v::<i64>("1"))
        .tenant_id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .description(v::<String>("\"example\""))
        .spec(v::<String>("\"example\""))
        .router_id(v::<String>("\"example\""))
        .internal_network_id(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .admin_state_up(v::<bool>("true"))
        .created_at(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_a_nat_gateway` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_nat_gateway_v2_0_response_2xx() {
    round_trips::<
        otc_nat::types::CreateNatGatewayResponse,
    >(
        "{\"nat_gateway\":{\"router_id\":\"d84f345c-80a1-4fa2-a39c-d0d397c3f09a\",\"status\":\"PENDING_CREATE\",\"description\":\"my nat gateway 01\",\"admin_state_up\":true,\"tenant_id\":\"27e25061336f4af590faeabeb7fcd9a3\",\"created_at\":\"2017-11-18 07:34:32.203044\",\"spec\":\"1\",\"internal_network_id\":\"89d66639-aacb-4929-969d-07080b0f9fd9\",\"id\":\"a78fb3eb-1654-4710-8742-3fc49d5f04f8\",\"billinginfo\":\"\",\"dnat_rules_limit\":200,\"snat_rule_public_ip_limit\":20,\"sys_tags\":[\"_sys_enterprise_project_id=0\"],\"name\":\"nat_001\"}}",
    );
}
/// The documented `creating_a_nat_gateway` v2.0 request_body example deserializes and serializes back.
#[test]
fn creating_a_nat_gateway_v2_0_request_body() {
    round_trips::<
        otc_nat::types::CreateNatGatewayRequest,
    >(
        "{\"nat_gateway\":{\"name\":\"nat_001\",\"description\":\"my nat gateway 01\",\"router_id\":\"d84f345c-80a1-4fa2-a39c-d0d397c3f09a\",\"internal_network_id\":\"89d66639-aacb-4929-969d-07080b0f9fd9\",\"spec\":\"1\"}}",
    );
}
/// `creating_a_nat_gateway` at API version v2.0 sends POST /v2.0/nat_gateways.
#[tokio::test]
async fn creating_a_nat_gateway_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/nat_gateways"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_nat_gateway()
        .nat_gateway(
            v::<
                otc_nat::types::NatGatewayDescriptionOfTheNatGatewayField,
            >(
                "{\"name\":\"nat_001\",\"description\":\"my nat gateway 01\",\"router_id\":\"d84f345c-80a1-4fa2-a39c-d0d397c3f09a\",\"internal_network_id\":\"89d66639-aacb-4929-969d-07080b0f9fd9\",\"spec\":\"1\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"nat_gateway\":{\"name\":\"nat_001\",\"description\":\"my nat gateway 01\",\"router_id\":\"d84f345c-80a1-4fa2-a39c-d0d397c3f09a\",\"internal_network_id\":\"89d66639-aacb-4929-969d-07080b0f9fd9\",\"spec\":\"1\"}}")),
        "sent body {sent}"
    );
}
/// The documented `querying_details_of_a_nat_gateway` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_details_of_a_nat_gateway_v2_0_response_200() {
    round_trips::<
        otc_nat::types::ShowNatGatewayResponse,
    >(
        "{\"nat_gateway\":{\"router_id\":\"d84f345c-80a1-4fa2-a39c-d0d397c3f09a\",\"status\":\"ACTIVE\",\"description\":\"my nat gateway 01\",\"admin_state_up\":true,\"tenant_id\":\"27e25061336f4af590faeabeb7fcd9a3\",\"created_at\":\"2017-11-18 07:34:32.203044\",\"spec\":\"1\",\"internal_network_id\":\"89d66639-aacb-4929-969d-07080b0f9fd9\",\"id\":\"a78fb3eb-1654-4710-8742-3fc49d5f04f8\",\"billinginfo\":\"\",\"dnat_rules_limit\":200,\"snat_rule_public_ip_limit\":20,\"sys_tags\":[\"_sys_enterprise_project_id=0\"],\"name\":\"nat_001\"}}",
    );
}
/// `querying_details_of_a_nat_gateway` at API version v2.0 sends GET /v2.0/nat_gateways/{nat_gateway_id}.
#[tokio::test]
async fn querying_details_of_a_nat_gateway_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/nat_gateways/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_of_a_nat_gateway()
        .nat_gateway_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `updating_a_nat_gateway` v2.0 response_200 example deserializes and serializes back.
#[test]
fn updating_a_nat_gateway_v2_0_response_200() {
    round_trips::<
        otc_nat::types::UpdateNatGatewayResponse,
    >(
        "{\"nat_gateway\":{\"router_id\":\"d84f345c-80a1-4fa2-a39c-d0d397c3f09a\",\"status\":\"ACTIVE\",\"description\":\"new description\",\"admin_state_up\":true,\"tenant_id\":\"27e25061336f4af590faeabeb7fcd9a3\",\"created_at\":\"2017-11-18 07:34:32.203044\",\"spec\":\"1\",\"internal_network_id\":\"89d66639-aacb-4929-969d-07080b0f9fd9\",\"id\":\"a78fb3eb-1654-4710-8742-3fc49d5f04f8\",\"billinginfo\":\"\",\"dnat_rules_limit\":200,\"snat_rule_public_ip_limit\":20,\"sys_tags\":[\"_sys_enterprise_project_id=0\"],\"name\":\"new_name\"}}",
    );
}
/// The documented `updating_a_nat_gateway` v2.0 request_body example deserializes and serializes back.
#[test]
fn updating_a_nat_gateway_v2_0_request_body() {
    round_trips::<
        otc_nat::types::UpdateNatGatewayRequest,
    >(
        "{\"nat_gateway\":{\"name\":\"new_name\",\"description\":\"new description\",\"spec\":\"1\"}}",
    );
}
/// `updating_a_nat_gateway` at API version v2.0 sends PUT /v2.0/nat_gateways/{nat_gateway_id}.
#[tokio::test]
async fn updating_a_nat_gateway_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2.0/nat_gateways/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_nat_gateway()
        .nat_gateway_id(v::<String>("\"example\""))
        .nat_gateway(
            v::<
                otc_nat::types::UpdateNatGatewayDescriptionOfTheNatGatewayField,
            >(
                "{\"name\":\"new_name\",\"description\":\"new description\",\"spec\":\"1\"}",
            ),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"nat_gateway\":{\"name\":\"new_name\",\"description\":\"new description\",\"spec\":\"1\"}}")),
        "sent body {sent}"
    );
}
/// `deleting_a_nat_gateway` at API version v2.0 sends DELETE /v2.0/nat_gateways/{nat_gateway_id}.
#[tokio::test]
async fn deleting_a_nat_gateway_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/nat_gateways/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_nat_gateway()
        .nat_gateway_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_details_of_an_snat_rule` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_details_of_an_snat_rule_v2_0_response_200() {
    round_trips::<
        otc_nat::types::ShowSnatRuleResponse,
    >(
        "{\"snat_rule\":{\"floating_ip_id\":\"bdc10a4c-d81a-41ec-adf7-de857f7c812a\",\"status\":\"ACTIVE\",\"nat_gateway_id\":\"a78fb3eb-1654-4710-8742-3fc49d5f04f8\",\"admin_state_up\":true,\"network_id\":\"eaad9cd6-2372-4be1-9535-9bd37210ae7b\",\"cidr\":\"null\",\"source_type\":0,\"tenant_id\":\"27e25061336f4af590faeabeb7fcd9a3\",\"created_at\":\"2017-11-18 07:54:21.665430\",\"id\":\"5b95c675-69c2-4656-ba06-58ff72e1d338\",\"floating_ip_address\":\"5.21.11.226\",\"freezed_ip_address\":\"\",\"description\":\"description\"}}",
    );
}
/// `querying_details_of_an_snat_rule` at API version v2.0 sends GET /v2.0/snat_rules/{snat_rule_id}.
#[tokio::test]
async fn querying_details_of_an_snat_rule_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/snat_rules/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_of_an_snat_rule()
        .snat_rule_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_nat_gateway_tags` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_nat_gateway_tags_v2_0_response_200() {
    round_trips::<
        otc_nat::types::ListNatGatewayTagsResponse,
    >(
        "{\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]}",
    );
}
/// `querying_nat_gateway_tags` at API version v2.0 sends GET /v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags.
#[tokio::test]
async fn querying_nat_gateway_tags_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/example/nat_gateways/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"tags\":[\"example\"]}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_nat_gateway_tags()
        .project_id(v::<String>("\"example\""))
        .nat_gateway_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `adding_a_nat_gateway_tag` v2.0 request_body example contradicts the schema ($.tag: expected an array, found {"key":"key1","value":"value1"}), so the strict type rejects it.
#[test]
fn adding_a_nat_gateway_tag_v2_0_request_body() {
    rejects::<
        otc_nat::types::AddNatGatewayTagRequest,
    >("{\"tag\":{\"key\":\"key1\",\"value\":\"value1\"}}");
}
/// `adding_a_nat_gateway_tag` at API version v2.0 sends POST /v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags.
#[tokio::test]
async fn adding_a_nat_gateway_tag_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/nat_gateways/example/tags"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_nat_gateway_tag()
        .project_id(v::<String>("\"example\""))
        .nat_gateway_id(v::<String>("\"example\""))
        .tag(v::<Vec<serde_json::Value>>("[\"example\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"tag\":[\"example\"]}")), "sent body {sent}");
}
/// `adding_or_deleting_nat_gateway_tags_in_batches` at API version v2.0 sends POST /v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags/action.
#[tokio::test]
async fn adding_or_deleting_nat_gateway_tags_in_batches_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/nat_gateways/example/tags/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_or_deleting_nat_gateway_tags_in_batches()
        .project_id(v::<String>("\"example\""))
        .nat_gateway_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<otc_nat::types::AddOrDeleteNatGatewayTagParameterOfFieldTag>,
            >("[{\"key\":\"example\",\"value\":\"example\"}]"),
        )
        .action(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"tags\":[{\"key\":\"example\",\"value\":\"example\"}],\"action\":\"example\"}")),
        "sent body {sent}"
    );
}
/// `deleting_a_nat_gateway_tag` at API version v2.0 sends DELETE /v2.0/{project_id}/nat_gateways/{nat_gateway_id}/tags/{key}.
#[tokio::test]
async fn deleting_a_nat_gateway_tag_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2.0/example/nat_gateways/example/tags/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_nat_gateway_tag()
        .project_id(v::<String>("\"example\""))
        .nat_gateway_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_nat_gateways_by_tag` v2.0 response_2xx example deserializes and serializes back.
#[test]
fn querying_nat_gateways_by_tag_v2_0_response_2xx() {
    round_trips::<
        otc_nat::types::ListNatGatewaysByTagResponse,
    >(
        "{\"resources\":[{\"resource_id\":\"e5ad289f-9c56-4daf-b08b-2e53a983473a\",\"resource_name\":\"nat_gateways\",\"tags\":[{\"key\":\"key2\",\"value\":\"value4\"},{\"key\":\"key2\",\"value\":\"value3\"}]}],\"total_count\":1000}",
    );
}
/// The documented `querying_nat_gateways_by_tag` v2.0 request_body example deserializes and serializes back.
#[test]
fn querying_nat_gateways_by_tag_v2_0_request_body() {
    round_trips::<
        otc_nat::types::ListNatGatewaysByTagRequest,
    >(
        "{\"offset\":\"100\",\"limit\":\"100\",\"action\":\"filter\",\"matches\":[{\"key\":\"resource_name\",\"value\":\"nat_gateways\"}],\"not_tags\":[{\"key\":\"key1\",\"values\":[\"*value1\",\"value2\"]}],\"tags\":[{\"key\":\"key2\",\"values\":[\"*value3\",\"value4\"]}],\"tags_any\":[{\"key\":\"key3\",\"values\":[\"*value5\",\"value6\"]}],\"not_tags_any\":[{\"key\":\"key4\",\"values\":[\"*value7\",\"value8\"]}]}",
    );
}
/// `querying_nat_gateways_by_tag` at API version v2.0 sends POST /v2.0/{project_id}/nat_gateways/resource_instances/action.
#[tokio::test]
async fn querying_nat_gateways_by_tag_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/example/nat_gateways/resource_instances/action"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_nat_gateways_by_tag()
        .project_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<serde_json::Value>,
            >("[{\"key\":\"key2\",\"values\":[\"*value3\",\"value4\"]}]"),
        )
        .tags_any(
            v::<
                Vec<serde_json::Value>,
            >("[{\"key\":\"key3\",\"values\":[\"*value5\",\"value6\"]}]"),
        )
        .not_tags(
            v::<
                Vec<serde_json::Value>,
            >("[{\"key\":\"key1\",\"values\":[\"*value1\",\"value2\"]}]"),
        )
        .not_tags_any(
            v::<
                Vec<serde_json::Value>,
            >("[{\"key\":\"key4\",\"values\":[\"*value7\",\"value8\"]}]"),
        )
        .limit(v::<String>("\"100\""))
        .offset(v::<String>("\"100\""))
        .action(v::<String>("\"filter\""))
        .matches(
            v::<
                Vec<serde_json::Value>,
            >("[{\"key\":\"resource_name\",\"value\":\"nat_gateways\"}]"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"tags\":[{\"key\":\"key2\",\"values\":[\"*value3\",\"value4\"]}],\"tags_any\":[{\"key\":\"key3\",\"values\":[\"*value5\",\"value6\"]}],\"not_tags\":[{\"key\":\"key1\",\"values\":[\"*value1\",\"value2\"]}],\"not_tags_any\":[{\"key\":\"key4\",\"values\":[\"*value7\",\"value8\"]}],\"limit\":\"100\",\"offset\":\"100\",\"action\":\"filter\",\"matches\":[{\"key\":\"resource_name\",\"value\":\"nat_gateways\"}]}")),
        "sent body {sent}"
    );
}
/// The documented `querying_tags_in_a_project` v2.0 response_200 example deserializes and serializes back.
#[test]
fn querying_tags_in_a_project_v2_0_response_200() {
    round_trips::<
        otc_nat::types::ListNatGatewayTagsResponse,
    >(
        "{\"tags\":[{\"key\":\"key1\",\"values\":[\"value1\",\"value2\"]},{\"key\":\"key2\",\"values\":[\"value3\",\"value4\"]}]}",
    );
}
/// `querying_tags_in_a_project` at API version v2.0 sends GET /v2.0/{project_id}/nat_gateways/tags.
#[tokio::test]
async fn querying_tags_in_a_project_v2_0_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/example/nat_gateways/tags"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw("{\"tags\":[\"example\"]}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags_in_a_project()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_an_api_version` unversioned response_200 example contradicts the schema ($.version: expected a string, found {"id":"v2.0","links":[{"href":"https://x...), so the strict type rejects it.
#[test]
fn querying_an_api_version_vunversioned_response_200() {
    rejects::<
        otc_nat::types::ShowApiVersionResponse,
    >(
        "{\"version\":{\"id\":\"v2.0\",\"links\":[{\"href\":\"https://x.x.x.x/v2.0/\",\"rel\":\"self\"}],\"min_version\":\"\",\"status\":\"CURRENT\",\"updated\":\"2018-09-30T00:00:00Z\",\"version\":\"\"}}",
    );
}
/// `querying_an_api_version` at API version unversioned sends GET /{api_version}.
#[tokio::test]
async fn querying_an_api_version_vunversioned_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/example"))
        .respond_with(
            ResponseTemplate::new(200u16)
                .set_body_raw(
                    "{\"version\":\"example\",\"id\":\"example\",\"links\":[\"example\"],\"href\":\"example\",\"rel\":\"example\",\"status\":\"example\",\"updated\":\"example\"}",
                    "application/json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_an_api_version()
        .api_version(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
