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
fn client(server: &MockServer) -> otc_as::Client {
    let config = otc_as::runtime::Config::builder()
        .credentials(otc_as::runtime::OtcToken::new("token"))
        .endpoint_url(server.uri())
        .retry(otc_as::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    otc_as::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// The documented `querying_as_policies_v2` v2 response_2xx example deserializes and serializes back.
#[test]
fn querying_as_policies_v2_v2_response_2xx() {
    round_trips::<
        otc_as::types::ListAsPoliciesV2Response,
    >(
        "{\"limit\":20,\"total_number\":3,\"start_number\":0,\"scaling_policies\":[{\"scaling_policy_id\":\"803a35a5-38fb-4d27-a042-496c14bc1fb8\",\"scaling_policy_name\":\"as-policy-7a75\",\"scaling_resource_id\":\"8ade64b5-d685-40b8-8582-4ce306ea37a6\",\"scaling_resource_type\":\"SCALING_GROUP\",\"scaling_policy_type\":\"RECURRENCE\",\"scheduled_policy\":{\"launch_time\":\"03:30\",\"recurrence_type\":\"Daily\",\"start_time\":\"2017-08-28T03:08Z\",\"end_time\":\"2017-09-01T03:08Z\"},\"cool_down_time\":900,\"scaling_policy_action\":{\"operation\":\"ADD\",\"size\":1},\"policy_status\":\"INSERVICE\",\"create_time\":\"2017-08-31T03:02:41Z\"},{\"scaling_policy_id\":\"535fd67e-276b-409c-879e-52f4e09e14bb\",\"scaling_policy_name\":\"as-policy-7a75\",\"scaling_resource_id\":\"8ade64b5-d685-40b8-8582-4ce306ea37a6\",\"scaling_resource_type\":\"SCALING_GROUP\",\"scaling_policy_type\":\"RECURRENCE\",\"scheduled_policy\":{\"launch_time\":\"21:30\",\"recurrence_type\":\"Daily\",\"start_time\":\"2017-08-27T21:08Z\",\"end_time\":\"2017-08-31T21:08Z\"},\"cool_down_time\":900,\"scaling_policy_action\":{\"operation\":\"ADD\",\"size\":1},\"policy_status\":\"INSERVICE\",\"create_time\":\"2017-08-31T07:35:05Z\",\"meta_data\":{\"metadata_eip_id\":\"263f0886-de6a-4e21-ad83-814ca9f3844e\",\"metadata_eip_address\":\"255.255.255.255\"}},{\"scaling_policy_id\":\"37df92f8-73cb-469e-a420-c15f445d2ee1\",\"scaling_policy_name\":\"as-policy-7a75\",\"scaling_resource_id\":\"8ade64b5-d685-40b8-8582-4ce306ea37a6\",\"scaling_resource_type\":\"SCALING_GROUP\",\"scaling_policy_type\":\"RECURRENCE\",\"scheduled_policy\":{\"launch_time\":\"22:30\",\"recurrence_type\":\"Daily\",\"start_time\":\"2017-08-27T22:08Z\",\"end_time\":\"2017-08-31T22:08Z\"},\"cool_down_time\":900,\"scaling_policy_action\":{\"operation\":\"ADD\",\"size\":1},\"policy_status\":\"INSERVICE\",\"create_time\":\"2017-08-31T07:41:06Z\",\"meta_data\":{\"metadata_eip_id\":\"263f0886-de6a-4e21-ad83-814ca9f3844e\",\"metadata_eip_address\":\"255.255.255.255\"}}]}",
    );
}
/// `querying_as_policies_v2` at API version v2 sends GET /autoscaling-api/v2/{project_id}/scaling_policy.
#[tokio::test]
async fn querying_as_policies_v2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v2/example/scaling_policy"))
        .and(query_param("scaling_resource_id", "example"))
        .and(query_param("scaling_resource_type", "example"))
        .and(query_param("scaling_policy_name", "example"))
        .and(query_param("scaling_policy_id", "example"))
        .and(query_param("scaling_policy_type", "example"))
        .and(query_param("start_number", "0"))
        .and(query_param("limit", "20"))
        .and(query_param("sort_by", "example"))
        .and(query_param("order", "example"))
        .and(query_param("enterprise_project_id", "example"))
        .and(query_param("alarm_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_as_policies_v2()
        .project_id(v::<String>("\"example\""))
        .scaling_resource_id(v::<String>("\"example\""))
        .scaling_resource_type(v::<String>("\"example\""))
        .scaling_policy_name(v::<String>("\"example\""))
        .scaling_policy_id(v::<String>("\"example\""))
        .scaling_policy_type(v::<String>("\"example\""))
        .start_number(v::<i64>("0"))
        .limit(v::<i64>("20"))
        .sort_by(v::<String>("\"example\""))
        .order(v::<String>("\"example\""))
        .enterprise_project_id(v::<String>("\"example\""))
        .alarm_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_an_as_policy_v2` v2 response_2xx example deserializes and serializes back.
#[test]
fn creating_an_as_policy_v2_v2_response_2xx() {
    round_trips::<
        otc_as::types::CreateV2Response,
    >("{\"scaling_policy_id\":\"0h327883-324n-4dzd-9c61-68d03ee191dd\"}");
}
/// The documented `creating_an_as_policy_v2` v2 request_body example deserializes and serializes back.
#[test]
fn creating_an_as_policy_v2_v2_request_body() {
    round_trips::<
        otc_as::types::CreateV2Request,
    >(
        "{\"alarm_id\":\"al1513822380493GvlJKZwA8\",\"cool_down_time\":900,\"scaling_resource_id\":\"8ade64b5-d685-40b8-8582-4ce306ea37a6\",\"scaling_resource_type\":\"BANDWIDTH\",\"scaling_policy_action\":{\"size\":1,\"operation\":\"ADD\",\"limits\":10},\"scaling_policy_name\":\"hth_aspolicy_1\",\"scaling_policy_type\":\"ALARM\"}",
    );
}
/// `creating_an_as_policy_v2` at API version v2 sends POST /autoscaling-api/v2/{project_id}/scaling_policy.
#[tokio::test]
async fn creating_an_as_policy_v2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v2/example/scaling_policy"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_as_policy_v2()
        .project_id(v::<String>("\"example\""))
        .scaling_policy_name(v::<String>("\"hth_aspolicy_1\""))
        .scaling_resource_id(v::<String>("\"8ade64b5-d685-40b8-8582-4ce306ea37a6\""))
        .scaling_resource_type(v::<String>("\"BANDWIDTH\""))
        .scaling_policy_type(v::<String>("\"ALARM\""))
        .alarm_id(v::<String>("\"al1513822380493GvlJKZwA8\""))
        .scaling_policy_action(
            v::<
                otc_as::types::V2ScalingPolicyActionField,
            >("{\"size\":1,\"operation\":\"ADD\",\"limits\":10}"),
        )
        .cool_down_time(v::<i64>("900"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"scaling_policy_name\":\"hth_aspolicy_1\",\"scaling_resource_id\":\"8ade64b5-d685-40b8-8582-4ce306ea37a6\",\"scaling_resource_type\":\"BANDWIDTH\",\"scaling_policy_type\":\"ALARM\",\"alarm_id\":\"al1513822380493GvlJKZwA8\",\"scaling_policy_action\":{\"size\":1,\"operation\":\"ADD\",\"limits\":10},\"cool_down_time\":900}")),
        "sent body {sent}"
    );
}
/// The documented `querying_an_as_policy_v2` v2 response_2xx example deserializes and serializes back.
#[test]
fn querying_an_as_policy_v2_v2_response_2xx() {
    round_trips::<
        otc_as::types::ShowV2Response,
    >(
        "{\"scaling_policy\":{\"scaling_policy_id\":\"906f73ff-56e8-41b2-a005-8157d0c60361\",\"scaling_policy_name\":\"hth_aspolicy_1\",\"scaling_resource_id\":\"8ade64b5-d685-40b8-8582-4ce306ea37a6\",\"scaling_resource_type\":\"BANDWIDTH\",\"scaling_policy_type\":\"ALARM\",\"alarm_id\":\"al1513822380493GvlJKZwA8\",\"scheduled_policy\":{},\"cool_down_time\":900,\"scaling_policy_action\":{\"operation\":\"ADD\",\"size\":1,\"limits\":111},\"policy_status\":\"INSERVICE\",\"create_time\":\"2018-03-21T08:03:35Z\",\"meta_data\":{\"metadata_eip_id\":\"263f0886-de6a-4e21-ad83-814ca9f3844e\",\"metadata_eip_address\":\"255.255.255.255\"}}}",
    );
}
/// `querying_an_as_policy_v2` at API version v2 sends GET /autoscaling-api/v2/{project_id}/scaling_policy/{scaling_policy_id}.
#[tokio::test]
async fn querying_an_as_policy_v2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v2/example/scaling_policy/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_an_as_policy_v2()
        .project_id(v::<String>("\"example\""))
        .scaling_policy_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_an_as_policy_v2` v2 request_body example deserializes and serializes back.
#[test]
fn modifying_an_as_policy_v2_v2_request_body() {
    round_trips::<
        otc_as::types::UpdateV2Request,
    >(
        "{\"alarm_id\":\"al1513822380493GvlJKZwA8\",\"cool_down_time\":900,\"scaling_policy_action\":{\"size\":1,\"operation\":\"ADD\",\"limits\":10},\"scaling_policy_name\":\"hth_aspolicy_1\",\"scaling_policy_type\":\"ALARM\"}",
    );
}
/// `modifying_an_as_policy_v2` at API version v2 sends PUT /autoscaling-api/v2/{project_id}/scaling_policy/{scaling_policy_id}.
#[tokio::test]
async fn modifying_an_as_policy_v2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/autoscaling-api/v2/example/scaling_policy/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_an_as_policy_v2()
        .project_id(v::<String>("\"example\""))
        .scaling_policy_id(v::<String>("\"example\""))
        .scaling_policy_name(v::<String>("\"hth_aspolicy_1\""))
        .scaling_policy_type(v::<String>("\"ALARM\""))
        .alarm_id(v::<String>("\"al1513822380493GvlJKZwA8\""))
        .scaling_policy_action(
            v::<
                otc_as::types::V2ScalingPolicyActionField,
            >("{\"size\":1,\"operation\":\"ADD\",\"limits\":10}"),
        )
        .cool_down_time(v::<i64>("900"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"scaling_policy_name\":\"hth_aspolicy_1\",\"scaling_policy_type\":\"ALARM\",\"alarm_id\":\"al1513822380493GvlJKZwA8\",\"scaling_policy_action\":{\"size\":1,\"operation\":\"ADD\",\"limits\":10},\"cool_down_time\":900}")),
        "sent body {sent}"
    );
}
/// The documented `querying_as_policies_bound_to_a_scaling_resource_v2` v2 response_2xx example deserializes and serializes back.
#[test]
fn querying_as_policies_bound_to_a_scaling_resource_v2_v2_response_2xx() {
    round_trips::<
        otc_as::types::ShowResourceAsPoliciesBoundV2Response,
    >(
        "{\"limit\":20,\"total_number\":3,\"start_number\":0,\"scaling_policies\":[{\"scaling_policy_id\":\"803a35a5-38fb-4d27-a042-496c14bc1fb8\",\"scaling_policy_name\":\"as-policy-7a75\",\"scaling_resource_id\":\"8ade64b5-d685-40b8-8582-4ce306ea37a6\",\"scaling_resource_type\":\"SCALING_GROUP\",\"scaling_policy_type\":\"RECURRENCE\",\"scheduled_policy\":{\"launch_time\":\"03:30\",\"recurrence_type\":\"Daily\",\"start_time\":\"2017-08-28T03:08Z\",\"end_time\":\"2017-09-01T03:08Z\"},\"cool_down_time\":900,\"scaling_policy_action\":{\"operation\":\"ADD\",\"size\":1},\"policy_status\":\"INSERVICE\",\"create_time\":\"2017-08-31T03:02:41Z\"},{\"scaling_policy_id\":\"535fd67e-276b-409c-879e-52f4e09e14bb\",\"scaling_policy_name\":\"as-policy-7a75\",\"scaling_resource_id\":\"8ade64b5-d685-40b8-8582-4ce306ea37a6\",\"scaling_resource_type\":\"SCALING_GROUP\",\"scaling_policy_type\":\"RECURRENCE\",\"scheduled_policy\":{\"launch_time\":\"21:30\",\"recurrence_type\":\"Daily\",\"start_time\":\"2017-08-27T21:08Z\",\"end_time\":\"2017-08-31T21:08Z\"},\"cool_down_time\":900,\"scaling_policy_action\":{\"operation\":\"ADD\",\"size\":1},\"policy_status\":\"INSERVICE\",\"create_time\":\"2017-08-31T07:35:05Z\"},{\"scaling_policy_id\":\"37df92f8-73cb-469e-a420-c15f445d2ee1\",\"scaling_policy_name\":\"as-policy-7a75\",\"scaling_resource_id\":\"8ade64b5-d685-40b8-8582-4ce306ea37a6\",\"scaling_resource_type\":\"SCALING_GROUP\",\"scaling_policy_type\":\"RECURRENCE\",\"scheduled_policy\":{\"launch_time\":\"22:30\",\"recurrence_type\":\"Daily\",\"start_time\":\"2017-08-27T22:08Z\",\"end_time\":\"2017-08-31T22:08Z\"},\"cool_down_time\":900,\"scaling_policy_action\":{\"operation\":\"ADD\",\"size\":1},\"policy_status\":\"INSERVICE\",\"create_time\":\"2017-08-31T07:41:06Z\"}]}",
    );
}
/// `querying_as_policies_bound_to_a_scaling_resource_v2` at API version v2 sends GET /autoscaling-api/v2/{project_id}/scaling_policy/{scaling_resource_id}/list.
#[tokio::test]
async fn querying_as_policies_bound_to_a_scaling_resource_v2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v2/example/scaling_policy/example/list"))
        .and(query_param("scaling_policy_name", "example"))
        .and(query_param("scaling_policy_type", "example"))
        .and(query_param("scaling_policy_id", "example"))
        .and(query_param("start_number", "0"))
        .and(query_param("limit", "20"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_as_policies_bound_to_a_scaling_resource_v2()
        .project_id(v::<String>("\"example\""))
        .scaling_resource_id(v::<String>("\"example\""))
        .scaling_policy_name(v::<String>("\"example\""))
        .scaling_policy_type(v::<String>("\"example\""))
        .scaling_policy_id(v::<String>("\"example\""))
        .start_number(v::<i64>("0"))
        .limit(v::<i64>("20"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_scaling_action_logs_v2` v2 response_2xx example deserializes and serializes back.
#[test]
fn querying_scaling_action_logs_v2_v2_response_2xx() {
    round_trips::<
        otc_as::types::ListScalingActionLogsV2Response,
    >(
        "{\"limit\":20,\"scaling_activity_log\":[{\"id\":\"8753a18c-931d-4cb8-8d49-6c99396af348\",\"instance_value\":0,\"desire_value\":0,\"scaling_value\":0,\"start_time\":\"2018-11-22T13:46:20Z\",\"end_time\":\"2018-11-22T13:47:38Z\",\"status\":\"SUCCESS\",\"lb_bind_success_list\":[{\"lbaas_listener\":{\"weight\":1,\"listener_id\":null,\"pool_id\":\"0f0a9dd8-2e1d-4432-8ca2-49adc75aa662\",\"protocol_port\":82}}],\"lb_bind_failed_list\":[],\"lb_unbind_success_list\":[],\"lb_unbind_failed_list\":[],\"type\":\"MODIFY_ELB\"},{\"id\":\"44152cf2-a005-4507-b6e9-66a2a64eff52\",\"instance_value\":0,\"desire_value\":1,\"scaling_value\":1,\"start_time\":\"2018-11-22T13:44:22Z\",\"end_time\":\"2018-11-22T13:46:02Z\",\"instance_added_list\":[{\"instance_id\":\"8e273bac-d303-46dc-9883-628be2294bdf\",\"instance_name\":\"as-config-t66a_9W8L9SSK\"}],\"instance_deleted_list\":[],\"instance_removed_list\":[],\"instance_failed_list\":[],\"status\":\"SUCCESS\",\"description\":\"{\\\"reason\\\":[{\\\"change_reason\\\":\\\"MANNUAL\\\",\\\"old_value\\\":0,\\\"change_time\\\":\\\"2018-11-22T13:44:19Z\\\",\\\"new_value\\\":1}]}\",\"type\":\"NORMAL\"}],\"total_number\":2,\"start_number\":0}",
    );
}
/// `querying_scaling_action_logs_v2` at API version v2 sends GET /autoscaling-api/v2/{project_id}/scaling_activity_log/{scaling_group_id}.
#[tokio::test]
async fn querying_scaling_action_logs_v2_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v2/example/scaling_activity_log/example"))
        .and(query_param("log_id", "example"))
        .and(query_param("start_time", "example"))
        .and(query_param("end_time", "example"))
        .and(query_param("start_number", "0"))
        .and(query_param("limit", "20"))
        .and(query_param("type", "example"))
        .and(query_param("status", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_scaling_action_logs_v2()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .log_id(v::<String>("\"example\""))
        .start_time(v::<String>("\"example\""))
        .end_time(v::<String>("\"example\""))
        .start_number(v::<i64>("0"))
        .limit(v::<i64>("20"))
        .type_(v::<String>("\"example\""))
        .status(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `batch_deleting_as_configurations` v1 request_body example deserializes and serializes back.
#[test]
fn batch_deleting_as_configurations_v1_request_body() {
    round_trips::<
        otc_as::types::BatchDeleteAsConfigurationsRequest,
    >("{\"scaling_configuration_id\":[\"config1\",\"config2\"]}");
}
/// `batch_deleting_as_configurations` at API version v1 sends POST /autoscaling-api/v1/{project_id}/scaling_configurations.
#[tokio::test]
async fn batch_deleting_as_configurations_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/scaling_configurations"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .batch_deleting_as_configurations()
        .project_id(v::<String>("\"example\""))
        .scaling_configuration_id(v::<Vec<String>>("[\"config1\",\"config2\"]"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"scaling_configuration_id\":[\"config1\",\"config2\"]}")),
        "sent body {sent}"
    );
}
/// `querying_as_configurations` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_configuration.
#[tokio::test]
async fn querying_as_configurations_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_configuration"))
        .and(query_param("scaling_configuration_name", "example"))
        .and(query_param("image_id", "example"))
        .and(query_param("start_number", "0"))
        .and(query_param("limit", "20"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_as_configurations()
        .project_id(v::<String>("\"example\""))
        .scaling_configuration_name(v::<String>("\"example\""))
        .image_id(v::<String>("\"example\""))
        .start_number(v::<i64>("0"))
        .limit(v::<i64>("20"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_an_as_configuration` v1 response_2xx example deserializes and serializes back.
#[test]
fn creating_an_as_configuration_v1_response_2xx() {
    round_trips::<
        otc_as::types::CreateResponse,
    >("{\"scaling_configuration_id\":\"f8327883-6a07-4497-9a61-68c03e8e72a2\"}");
}
/// The documented `creating_an_as_configuration` v1 request_body example deserializes ($.instance_config.multi_flavor_priority_policy: field not in the schema).
#[test]
fn creating_an_as_configuration_v1_request_body() {
    deserializes::<
        otc_as::types::CreateRequest,
    >(
        "{\"scaling_configuration_name\":\"as-config-tlzq\",\"instance_config\":{\"flavorRef\":\"s3.xlarge.4\",\"imageRef\":\"627a1223-2ca3-46a7-8d5f-7aef22c74ee6\",\"disk\":[{\"size\":40,\"volume_type\":\"SATA\",\"disk_type\":\"SYS\"}],\"key_name\":\"100vm_key\",\"security_groups\":[{\"id\":\"6c22a6c0-b5d2-4a84-ac56-51090dcc33be\"}],\"multi_flavor_priority_policy\":\"PICK_FIRST\"}}",
    );
}
/// `creating_an_as_configuration` at API version v1 sends POST /autoscaling-api/v1/{project_id}/scaling_configuration.
#[tokio::test]
async fn creating_an_as_configuration_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/scaling_configuration"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_as_configuration()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// The documented `querying_an_as_configuration` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_an_as_configuration_v1_response_2xx() {
    round_trips::<
        otc_as::types::ShowResponse,
    >(
        "{\"scaling_configuration\":{\"tenant\":\"ce061903a53545dcaddb300093b477d2\",\"scaling_configuration_id\":\"6afe46f9-7d3d-4046-8748-3b2a1085ad86\",\"scaling_configuration_name\":\" config_name_1\",\"instance_config\":{\"disk\":[{\"size\":40,\"volume_type\":\"SATA\",\"disk_type\":\"SYS\"},{\"size\":100,\"volume_type\":\"SATA\",\"disk_type\":\"DATA\"}],\"adminPass\":\"***\",\"personality\":null,\"instance_name\":null,\"instance_id\":null,\"flavorRef\":\"103\",\"imageRef\":\"37ca2b35-6fc7-47ab-93c7-900324809c5c\",\"key_name\":\"keypair01\",\"key_fingerprint\":\"SHA256:qlvdUkYgSjKUxcr2uJgJJRMCKMLkJO5BPLooBcgsF8k\",\"public_ip\":null,\"user_data\":null,\"metadata\":{},\"security_groups\":[{\"id\":\"6c22a6c0-b5d2-4a84-ac56-51090dcc33be\"}],\"multi_flavor_priority_policy\":\"PICK_FIRST\"},\"create_time\":\"2015-07-23T01:04:07Z\"}}",
    );
}
/// `querying_an_as_configuration` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_configuration/{scaling_configuration_id}.
#[tokio::test]
async fn querying_an_as_configuration_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_configuration/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_an_as_configuration()
        .project_id(v::<String>("\"example\""))
        .scaling_configuration_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_an_as_configuration` at API version v1 sends DELETE /autoscaling-api/v1/{project_id}/scaling_configuration/{scaling_configuration_id}.
#[tokio::test]
async fn deleting_an_as_configuration_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/autoscaling-api/v1/example/scaling_configuration/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_as_configuration()
        .project_id(v::<String>("\"example\""))
        .scaling_configuration_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_as_groups` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_as_groups_v1_response_2xx() {
    round_trips::<
        otc_as::types::ListAsGroupsResponse,
    >(
        "{\"limit\":20,\"scaling_groups\":[{\"networks\":[{\"id\":\"a8327883-6b07-4497-9c61-68d03ee193a\",\"ipv6_enable\":true,\"ipv6_bandwidth\":{\"id\":\"076ee2ff-f23e-4338-b8ac-1bc7278532d5\"}}],\"available_zones\":[\"XXXa\",\"XXXb\"],\"detail\":null,\"scaling_group_name\":\"as-group-test\",\"scaling_group_id\":\"77a7a397-7d2f-4e79-9da9-6a35e2709150\",\"scaling_group_status\":\"INSERVICE\",\"scaling_configuration_id\":\"1d281494-6085-4579-b817-c1f813be835f\",\"scaling_configuration_name\":\"healthCheck\",\"current_instance_number\":0,\"desire_instance_number\":1,\"min_instance_number\":0,\"max_instance_number\":500,\"cool_down_time\":300,\"lb_listener_id\":null,\"security_groups\":[{\"id\":\"8a4b1d5b-0054-419f-84b1-5c8a59ebc829\"}],\"create_time\":\"2015-07-23T02:46:29Z\",\"vpc_id\":\"863ccae2-ee85-4d27-bc5b-3ba2a198a9e2\",\"health_periodic_audit_method\":\"ELB_AUDIT\",\"health_periodic_audit_time\":5,\"health_periodic_audit_grace_period\":600,\"instance_terminate_policy\":\"OLD_CONFIG_OLD_INSTANCE\",\"is_scaling\":false,\"delete_publicip\":false,\"notifications\":[\"EMAIL\"],\"enterprise_project_id\":\"c92b1a5d-6f20-43f2-b1b7-7ce35e58e413\",\"multi_az_priority_policy\":\"PICK_FIRST\"}],\"total_number\":1,\"start_number\":0}",
    );
}
/// `querying_as_groups` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_group.
#[tokio::test]
async fn querying_as_groups_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_group"))
        .and(query_param("scaling_group_name", "example"))
        .and(query_param("scaling_configuration_id", "example"))
        .and(query_param("scaling_group_status", "INSERVICE"))
        .and(query_param("start_number", "0"))
        .and(query_param("limit", "20"))
        .and(query_param("enterprise_project_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_as_groups()
        .project_id(v::<String>("\"example\""))
        .scaling_group_name(v::<String>("\"example\""))
        .scaling_configuration_id(v::<String>("\"example\""))
        .scaling_group_status(v::<otc_as::types::ScalingGroupStatus>("\"INSERVICE\""))
        .start_number(v::<i64>("0"))
        .limit(v::<i64>("20"))
        .enterprise_project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_an_as_group` v1 response_2xx example deserializes and serializes back.
#[test]
fn creating_an_as_group_v1_response_2xx() {
    round_trips::<
        otc_as::types::CreateResponse2,
    >("{\"scaling_group_id\":\"a8327883-6b07-4497-9c61-68d03ee193a1\"}");
}
/// The documented `creating_an_as_group` v1 request_body example deserializes and serializes back.
#[test]
fn creating_an_as_group_v1_request_body() {
    round_trips::<
        otc_as::types::CreateRequest2,
    >(
        "{\"scaling_group_name\":\"GroupNameTest\",\"scaling_configuration_id\":\"47683a91-93ee-462a-a7d7-484c006f4440\",\"desire_instance_number\":0,\"min_instance_number\":0,\"max_instance_number\":10,\"health_periodic_audit_method\":\"NOVA_AUDIT\",\"vpc_id\":\"a8327883-6b07-4497-9c61-68d03ee193a\",\"available_zones\":[\"XXXa\",\"XXXb\"],\"networks\":[{\"id\":\"3cd35bca-5a10-416f-8994-f79169559870\"}],\"enterprise_project_id\":\"c92b1a5d-6f20-43f2-b1b7-7ce35e58e413\",\"multi_az_priority_policy\":\"PICK_FIRST\"}",
    );
}
/// `creating_an_as_group` at API version v1 sends POST /autoscaling-api/v1/{project_id}/scaling_group.
#[tokio::test]
async fn creating_an_as_group_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/scaling_group"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_as_group()
        .project_id(v::<String>("\"example\""))
        .scaling_group_name(v::<String>("\"GroupNameTest\""))
        .scaling_configuration_id(
            v::<String>("\"47683a91-93ee-462a-a7d7-484c006f4440\""),
        )
        .desire_instance_number(v::<i64>("0"))
        .min_instance_number(v::<i64>("0"))
        .max_instance_number(v::<i64>("10"))
        .available_zones(v::<Vec<String>>("[\"XXXa\",\"XXXb\"]"))
        .networks(
            v::<
                Vec<otc_as::types::CreateNetworksField>,
            >("[{\"id\":\"3cd35bca-5a10-416f-8994-f79169559870\"}]"),
        )
        .vpc_id(v::<String>("\"a8327883-6b07-4497-9c61-68d03ee193a\""))
        .health_periodic_audit_method(v::<String>("\"NOVA_AUDIT\""))
        .enterprise_project_id(v::<String>("\"c92b1a5d-6f20-43f2-b1b7-7ce35e58e413\""))
        .multi_az_priority_policy(v::<String>("\"PICK_FIRST\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"scaling_group_name\":\"GroupNameTest\",\"scaling_configuration_id\":\"47683a91-93ee-462a-a7d7-484c006f4440\",\"desire_instance_number\":0,\"min_instance_number\":0,\"max_instance_number\":10,\"available_zones\":[\"XXXa\",\"XXXb\"],\"networks\":[{\"id\":\"3cd35bca-5a10-416f-8994-f79169559870\"}],\"vpc_id\":\"a8327883-6b07-4497-9c61-68d03ee193a\",\"health_periodic_audit_method\":\"NOVA_AUDIT\",\"enterprise_project_id\":\"c92b1a5d-6f20-43f2-b1b7-7ce35e58e413\",\"multi_az_priority_policy\":\"PICK_FIRST\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_an_as_group` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_an_as_group_v1_response_2xx() {
    round_trips::<
        otc_as::types::ShowResponse2,
    >(
        "{\"scaling_group\":{\"networks\":[{\"id\":\" a8327883-6b07-4497-9c61-68d03ee193a \",\"ipv6_enable\":true,\"ipv6_bandwidth\":{\"id\":\"076ee2ff-f23e-4338-b8ac-1bc7278532d5\"}}],\"available_zones\":[\"XXXa\",\"XXXb\"],\"detail\":null,\"scaling_group_name\":\"api_gateway_modify\",\"scaling_group_id\":\"d4e50321-3777-4135-97f8-9f5e9714a4b0\",\"scaling_group_status\":\"INSERVICE\",\"scaling_configuration_id\":\"53579851-3841-418d-a97b-9cecdb663a90\",\"scaling_configuration_name\":\"press\",\"current_instance_number\":7,\"desire_instance_number\":8,\"min_instance_number\":0,\"max_instance_number\":100,\"cool_down_time\":900,\"lb_listener_id\":null,\"security_groups\":[{\"id\":\"23b7b999-0a30-4b48-ae8f-ee201a88a6ab\"}],\"create_time\":\"2015-09-01T08:36:10Z\",\"vpc_id\":\"3e22f934-800d-4bb4-a588-0b9a76108190\",\"health_periodic_audit_method\":\"NOVA_AUDIT\",\"health_periodic_audit_time\":5,\"health_periodic_audit_grace_period\":600,\"instance_terminate_policy\":\"OLD_CONFIG_OLD_INSTANCE\",\"is_scaling\":true,\"delete_publicip\":false,\"notifications\":null,\"enterprise_project_id\":\"c92b1a5d-6f20-43f2-b1b7-7ce35e58e413\",\"activity_type\":\"MODIFY_ELB\",\"multi_az_priority_policy\":\"PICK_FIRST\"}}",
    );
}
/// `querying_an_as_group` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}.
#[tokio::test]
async fn querying_an_as_group_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_group/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_an_as_group()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_an_as_group` v1 request_body example deserializes and serializes back.
#[test]
fn modifying_an_as_group_v1_request_body() {
    round_trips::<
        otc_as::types::UpdateRequest,
    >(
        "{\"scaling_group_name\":\"group_1\",\"scaling_configuration_id\":\"f8327883-6a07-4497-9a61-68c03e8e72a2\",\"enterprise_project_id\":\"c92b1a5d-6f20-43f2-b1b7-7ce35e58e413\",\"desire_instance_number\":1,\"min_instance_number\":1,\"max_instance_number\":3,\"cool_down_time\":200,\"multi_az_priority_policy\":\"PICK_FIRST\"}",
    );
}
/// `modifying_an_as_group` at API version v1 sends PUT /autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}.
#[tokio::test]
async fn modifying_an_as_group_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/autoscaling-api/v1/example/scaling_group/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_an_as_group()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .scaling_group_name(v::<String>("\"group_1\""))
        .desire_instance_number(v::<i64>("1"))
        .min_instance_number(v::<i64>("1"))
        .max_instance_number(v::<i64>("3"))
        .cool_down_time(v::<i64>("200"))
        .scaling_configuration_id(
            v::<String>("\"f8327883-6a07-4497-9a61-68c03e8e72a2\""),
        )
        .enterprise_project_id(v::<String>("\"c92b1a5d-6f20-43f2-b1b7-7ce35e58e413\""))
        .multi_az_priority_policy(v::<String>("\"PICK_FIRST\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"scaling_group_name\":\"group_1\",\"desire_instance_number\":1,\"min_instance_number\":1,\"max_instance_number\":3,\"cool_down_time\":200,\"scaling_configuration_id\":\"f8327883-6a07-4497-9a61-68c03e8e72a2\",\"enterprise_project_id\":\"c92b1a5d-6f20-43f2-b1b7-7ce35e58e413\",\"multi_az_priority_policy\":\"PICK_FIRST\"}")),
        "sent body {sent}"
    );
}
/// `deleting_an_as_group` at API version v1 sends DELETE /autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}.
#[tokio::test]
async fn deleting_an_as_group_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/autoscaling-api/v1/example/scaling_group/example"))
        .and(query_param("force_delete", "no"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_as_group()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .force_delete(
            v::<otc_as::types::BatchManageAsPoliciesRequestForceDelete>("\"no\""),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `enabling_or_disabling_an_as_group` v1 request_body example deserializes and serializes back.
#[test]
fn enabling_or_disabling_an_as_group_v1_request_body() {
    round_trips::<otc_as::types::EnableOrDisableRequest>("{\"action\":\"resume\"}");
}
/// `enabling_or_disabling_an_as_group` at API version v1 sends POST /autoscaling-api/v1/{project_id}/scaling_group/{scaling_group_id}/action.
#[tokio::test]
async fn enabling_or_disabling_an_as_group_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/scaling_group/example/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .enabling_or_disabling_an_as_group()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .action(v::<String>("\"resume\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":\"resume\"}")), "sent body {sent}");
}
/// The documented `batch_managing_as_policies` v1 request_body example deserializes and serializes back.
#[test]
fn batch_managing_as_policies_v1_request_body() {
    round_trips::<
        otc_as::types::BatchManageAsPoliciesRequest,
    >("{\"action\":\"resume\",\"scaling_policy_id\":[\"policy_id1\",\"policy_id2\"]}");
}
/// `batch_managing_as_policies` at API version v1 sends POST /autoscaling-api/v1/{project_id}/scaling_policies/action.
#[tokio::test]
async fn batch_managing_as_policies_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/scaling_policies/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .batch_managing_as_policies()
        .project_id(v::<String>("\"example\""))
        .scaling_policy_id(v::<Vec<String>>("[\"policy_id1\",\"policy_id2\"]"))
        .action(v::<otc_as::types::BatchManageAsPoliciesRequestAction>("\"resume\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"scaling_policy_id\":[\"policy_id1\",\"policy_id2\"],\"action\":\"resume\"}")),
        "sent body {sent}"
    );
}
/// The documented `creating_an_as_policy` v1 request_body example deserializes and serializes back.
#[test]
fn creating_an_as_policy_v1_request_body() {
    round_trips::<
        otc_as::types::CreateRequest3,
    >(
        "{\"scaling_policy_name\":\"as-policy-7a75\",\"scaling_policy_action\":{\"operation\":\"ADD\",\"instance_number\":1},\"cool_down_time\":900,\"scheduled_policy\":{\"launch_time\":\"16:00\",\"recurrence_type\":\"Daily\",\"start_time\":\"2015-12-14T03:34Z\",\"end_time\":\"2015-12-27T03:34Z\"},\"scaling_policy_type\":\"RECURRENCE\",\"scaling_group_id\":\"5bc3aa02-b83e-454c-aba1-4d2095c68f8b\"}",
    );
}
/// `creating_an_as_policy` at API version v1 sends POST /autoscaling-api/v1/{project_id}/scaling_policy.
#[tokio::test]
async fn creating_an_as_policy_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/scaling_policy"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_an_as_policy()
        .project_id(v::<String>("\"example\""))
        .scaling_policy_name(v::<String>("\"as-policy-7a75\""))
        .scaling_group_id(v::<String>("\"5bc3aa02-b83e-454c-aba1-4d2095c68f8b\""))
        .scaling_policy_type(v::<String>("\"RECURRENCE\""))
        .scheduled_policy(
            v::<
                otc_as::types::CreateScheduledPolicyField,
            >(
                "{\"launch_time\":\"16:00\",\"recurrence_type\":\"Daily\",\"start_time\":\"2015-12-14T03:34Z\",\"end_time\":\"2015-12-27T03:34Z\"}",
            ),
        )
        .scaling_policy_action(
            v::<
                otc_as::types::CreateScalingPolicyActionField,
            >("{\"operation\":\"ADD\",\"instance_number\":1}"),
        )
        .cool_down_time(v::<i64>("900"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"scaling_policy_name\":\"as-policy-7a75\",\"scaling_group_id\":\"5bc3aa02-b83e-454c-aba1-4d2095c68f8b\",\"scaling_policy_type\":\"RECURRENCE\",\"scheduled_policy\":{\"launch_time\":\"16:00\",\"recurrence_type\":\"Daily\",\"start_time\":\"2015-12-14T03:34Z\",\"end_time\":\"2015-12-27T03:34Z\"},\"scaling_policy_action\":{\"operation\":\"ADD\",\"instance_number\":1},\"cool_down_time\":900}")),
        "sent body {sent}"
    );
}
/// The documented `querying_an_as_policy` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_an_as_policy_v1_response_2xx() {
    round_trips::<
        otc_as::types::ShowResponse3,
    >(
        "{\"scaling_policy\":{\"scaling_policy_id\":\"fd7d63ce-8f5c-443e-b9a0-bef9386b23b3\",\"scaling_group_id\":\"e5d27f5c-dd76-4a61-b4bc-a67c5686719a\",\"scaling_policy_name\":\"Scheduled 1\",\"scaling_policy_type\":\"SCHEDULED\",\"scheduled_policy\":{\"launch_time\":\"2015-07-24T01:21Z\"},\"cool_down_time\":300,\"scaling_policy_action\":{\"operation\":\"REMOVE\",\"instance_number\":1},\"policy_status\":\"INSERVICE\",\"create_time\":\"2015-07-24T01:09:30Z\"}}",
    );
}
/// `querying_an_as_policy` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}.
#[tokio::test]
async fn querying_an_as_policy_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_policy/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_an_as_policy()
        .project_id(v::<String>("\"example\""))
        .scaling_policy_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_an_as_policy` v1 response_2xx example deserializes and serializes back.
#[test]
fn modifying_an_as_policy_v1_response_2xx() {
    round_trips::<
        otc_as::types::UpdateResponse2,
    >("{\"scaling_policy_id\":\"0h327883-324n-4dzd-9c61-68d03ee191dd\"}");
}
/// The documented `modifying_an_as_policy` v1 request_body example deserializes and serializes back.
#[test]
fn modifying_an_as_policy_v1_request_body() {
    round_trips::<
        otc_as::types::UpdateRequest2,
    >(
        "{\"scaling_policy_type\":\"RECURRENCE\",\"scaling_policy_name\":\"policy_01\",\"scheduled_policy\":{\"launch_time\":\"16:00\",\"recurrence_type\":\"Daily\",\"end_time\":\"2016-02-08T17:31Z\",\"start_time\":\"2016-01-08T17:31Z\"},\"scaling_policy_action\":{\"operation\":\"SET\",\"instance_number\":2}}",
    );
}
/// `modifying_an_as_policy` at API version v1 sends PUT /autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}.
#[tokio::test]
async fn modifying_an_as_policy_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/autoscaling-api/v1/example/scaling_policy/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_an_as_policy()
        .project_id(v::<String>("\"example\""))
        .scaling_policy_id(v::<String>("\"example\""))
        .scaling_policy_name(v::<String>("\"policy_01\""))
        .scaling_policy_type(v::<String>("\"RECURRENCE\""))
        .scheduled_policy(
            v::<
                otc_as::types::UpdateScheduledPolicyField,
            >(
                "{\"launch_time\":\"16:00\",\"recurrence_type\":\"Daily\",\"end_time\":\"2016-02-08T17:31Z\",\"start_time\":\"2016-01-08T17:31Z\"}",
            ),
        )
        .scaling_policy_action(
            v::<
                otc_as::types::CreateScalingPolicyActionField,
            >("{\"operation\":\"SET\",\"instance_number\":2}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"scaling_policy_name\":\"policy_01\",\"scaling_policy_type\":\"RECURRENCE\",\"scheduled_policy\":{\"launch_time\":\"16:00\",\"recurrence_type\":\"Daily\",\"end_time\":\"2016-02-08T17:31Z\",\"start_time\":\"2016-01-08T17:31Z\"},\"scaling_policy_action\":{\"operation\":\"SET\",\"instance_number\":2}}")),
        "sent body {sent}"
    );
}
/// `deleting_an_as_policy` at API version v1 sends DELETE /autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}.
#[tokio::test]
async fn deleting_an_as_policy_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/autoscaling-api/v1/example/scaling_policy/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_an_as_policy()
        .project_id(v::<String>("\"example\""))
        .scaling_policy_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `executing_enabling_or_disabling_an_as_policy` v1 request_body example deserializes and serializes back.
#[test]
fn executing_enabling_or_disabling_an_as_policy_v1_request_body() {
    round_trips::<otc_as::types::RunEnableOrDisableRequest>("{\"action\":\"execute\"}");
}
/// `executing_enabling_or_disabling_an_as_policy` at API version v1 sends POST /autoscaling-api/v1/{project_id}/scaling_policy/{scaling_policy_id}/action.
#[tokio::test]
async fn executing_enabling_or_disabling_an_as_policy_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/scaling_policy/example/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .executing_enabling_or_disabling_an_as_policy()
        .project_id(v::<String>("\"example\""))
        .scaling_policy_id(v::<String>("\"example\""))
        .action(v::<String>("\"execute\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":\"execute\"}")), "sent body {sent}");
}
/// The documented `querying_as_policies_bound_to_an_as_group` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_as_policies_bound_to_an_as_group_v1_response_2xx() {
    round_trips::<
        otc_as::types::ShowAsGroupAsPoliciesBoundResponse,
    >(
        "{\"limit\":20,\"total_number\":1,\"start_number\":0,\"scaling_policies\":[{\"scaling_policy_id\":\"fd7d63ce-8f5c-443e-b9a0-bef9386b23b3\",\"scaling_group_id\":\"e5d27f5c-dd76-4a61-b4bc-a67c5686719a\",\"scaling_policy_name\":\"as-policy-test\",\"scaling_policy_type\":\"SCHEDULED\",\"scheduled_policy\":{\"launch_time\":\"2015-07-24T01:21Z\"},\"cool_down_time\":300,\"scaling_policy_action\":{\"operation\":\"REMOVE\",\"instance_number\":1},\"policy_status\":\"INSERVICE\",\"create_time\":\"2015-07-24T01:09:30Z\"}]}",
    );
}
/// `querying_as_policies_bound_to_an_as_group` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_policy/{scaling_group_id}/list.
#[tokio::test]
async fn querying_as_policies_bound_to_an_as_group_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_policy/example/list"))
        .and(query_param("scaling_policy_name", "example"))
        .and(query_param("scaling_policy_type", "example"))
        .and(query_param("scaling_policy_id", "example"))
        .and(query_param("start_number", "0"))
        .and(query_param("limit", "20"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_as_policies_bound_to_an_as_group()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .scaling_policy_name(v::<String>("\"example\""))
        .scaling_policy_type(v::<String>("\"example\""))
        .scaling_policy_id(v::<String>("\"example\""))
        .start_number(v::<i64>("0"))
        .limit(v::<i64>("20"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_as_policy_execution_logs` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_as_policy_execution_logs_v1_response_2xx() {
    round_trips::<
        otc_as::types::ListAsPolicyExecutionLogsResponse,
    >(
        "{\"limit\":20,\"scaling_policy_execute_log\":[{\"id\":\"b86e4175-30cb-4b1e-a332-83f9ee472c58\",\"status\":\"SUCCESS\",\"type\":\"REMOVE\",\"tenant_id\":\"0428982a1b8039f42f01c005edde7c0d\",\"scaling_resource_type\":\"SCALING_GROUP\",\"scaling_resource_id\":\"1f2d3e73-7ef6-40b3-a8fa-514b68eccaa7\",\"scaling_policy_id\":\"05545d3d-ccf9-4bca-ae4f-1e5e73ca0bf6\",\"old_value\":\"1\",\"desire_value\":\"0\",\"limit_value\":\"0\",\"execute_time\":\"2019-03-18T16:00:00Z\",\"execute_type\":\"RECURRENCE\",\"job_records\":[{\"message\":\"modify desire number of scaling group\",\"job_name\":\"ADJUST_VM_NUMBERS\",\"record_type\":\"MEG\",\"record_time\":\"2019-03-18T16:00:00Z\",\"job_status\":\"SUCCESS\"}]}],\"total_number\":1,\"start_number\":0}",
    );
}
/// `querying_as_policy_execution_logs` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_policy_execute_log/{scaling_policy_id}.
#[tokio::test]
async fn querying_as_policy_execution_logs_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_policy_execute_log/example"))
        .and(query_param("log_id", "example"))
        .and(query_param("scaling_resource_type", "example"))
        .and(query_param("scaling_resource_id", "example"))
        .and(query_param("execute_type", "example"))
        .and(query_param("start_time", "example"))
        .and(query_param("end_time", "example"))
        .and(query_param("start_number", "0"))
        .and(query_param("limit", "20"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_as_policy_execution_logs()
        .project_id(v::<String>("\"example\""))
        .scaling_policy_id(v::<String>("\"example\""))
        .log_id(v::<String>("\"example\""))
        .scaling_resource_type(v::<String>("\"example\""))
        .scaling_resource_id(v::<String>("\"example\""))
        .execute_type(v::<String>("\"example\""))
        .start_time(v::<String>("\"example\""))
        .end_time(v::<String>("\"example\""))
        .start_number(v::<i64>("0"))
        .limit(v::<i64>("20"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `batch_managing_instances` v1 request_body example deserializes and serializes back.
#[test]
fn batch_managing_instances_v1_request_body() {
    round_trips::<
        otc_as::types::BatchManageInstancesRequest,
    >("{\"action\":\"ADD\",\"instances_id\":[\"instance_id_1\",\"instance_id_2\"]}");
}
/// `batch_managing_instances` at API version v1 sends POST /autoscaling-api/v1/{project_id}/scaling_group_instance/{scaling_group_id}/action.
#[tokio::test]
async fn batch_managing_instances_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/scaling_group_instance/example/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .batch_managing_instances()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .instances_id(v::<Vec<String>>("[\"instance_id_1\",\"instance_id_2\"]"))
        .action(v::<otc_as::types::BatchManageInstancesRequestAction>("\"ADD\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"instances_id\":[\"instance_id_1\",\"instance_id_2\"],\"action\":\"ADD\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_instances_in_an_as_group` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_instances_in_an_as_group_v1_response_2xx() {
    round_trips::<
        otc_as::types::ListInstancesResponse,
    >(
        "{\"limit\":10,\"total_number\":1,\"start_number\":0,\"scaling_group_instances\":[{\"instance_id\":\"b25c1589-c96c-465b-9fef-d06540d1945c\",\"scaling_group_id\":\"e5d27f5c-dd76-4a61-b4bc-a67c5686719a\",\"scaling_group_name\":\"discuz\",\"life_cycle_state\":\"INSERVICE\",\"health_status\":\"NORMAL\",\"scaling_configuration_name\":\"discuz\",\"scaling_configuration_id\":\"ca3dcd84-d197-4c4f-af2a-cf8ba39696ac\",\"create_time\":\"2015-07-23T06:47:33Z\",\"instance_name\":\"discuz_3D210808\",\"protect_from_scaling_down\":false}]}",
    );
}
/// `querying_instances_in_an_as_group` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_group_instance/{scaling_group_id}/list.
#[tokio::test]
async fn querying_instances_in_an_as_group_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_group_instance/example/list"))
        .and(query_param("life_cycle_state", "example"))
        .and(query_param("health_status", "example"))
        .and(query_param("protect_from_scaling_down", "example"))
        .and(query_param("start_number", "0"))
        .and(query_param("limit", "20"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_instances_in_an_as_group()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .life_cycle_state(v::<String>("\"example\""))
        .health_status(v::<String>("\"example\""))
        .protect_from_scaling_down(v::<String>("\"example\""))
        .start_number(v::<i64>("0"))
        .limit(v::<i64>("20"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `removing_an_instance_from_an_as_group` at API version v1 sends DELETE /autoscaling-api/v1/{project_id}/scaling_group_instance/{instance_id}.
#[tokio::test]
async fn removing_an_instance_from_an_as_group_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/autoscaling-api/v1/example/scaling_group_instance/example"))
        .and(query_param("instance_delete", "no"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .removing_an_instance_from_an_as_group()
        .project_id(v::<String>("\"example\""))
        .instance_id(v::<String>("\"example\""))
        .instance_delete(
            v::<otc_as::types::BatchManageAsPoliciesRequestForceDelete>("\"no\""),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `calling_back_a_lifecycle_hook` v1 request_body example deserializes and serializes back.
#[test]
fn calling_back_a_lifecycle_hook_v1_request_body() {
    round_trips::<
        otc_as::types::CallingBackLifecycleHookRequest,
    >(
        "{\"lifecycle_action_result\":\"ABANDON\",\"lifecycle_action_key\":\"23880867-6288-4470-98a8-f8bda096b6c4\"}",
    );
}
/// `calling_back_a_lifecycle_hook` at API version v1 sends PUT /autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/callback.
#[tokio::test]
async fn calling_back_a_lifecycle_hook_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/autoscaling-api/v1/example/scaling_instance_hook/example/callback"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .calling_back_a_lifecycle_hook()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .lifecycle_action_key(v::<String>("\"23880867-6288-4470-98a8-f8bda096b6c4\""))
        .lifecycle_action_result(v::<String>("\"ABANDON\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"lifecycle_action_key\":\"23880867-6288-4470-98a8-f8bda096b6c4\",\"lifecycle_action_result\":\"ABANDON\"}")),
        "sent body {sent}"
    );
}
/// The documented `creating_a_lifecycle_hook` v1 response_2xx example deserializes and serializes back.
#[test]
fn creating_a_lifecycle_hook_v1_response_2xx() {
    round_trips::<
        otc_as::types::CreateLifecycleHookResponse,
    >(
        "{\"lifecycle_hook_name\":\"test-hook1\",\"default_result\":\"ABANDON\",\"default_timeout\":3600,\"notification_topic_urn\":\"urn:smn:regionId:b53e5554fad0494d96206fb84296510b:gsh\",\"notification_topic_name\":\"gsh\",\"lifecycle_hook_type\":\"INSTANCE_LAUNCHING\",\"notification_metadata\":null,\"create_time\":\"2019-03-18T16:00:11Z\"}",
    );
}
/// The documented `creating_a_lifecycle_hook` v1 request_body example deserializes and serializes back.
#[test]
fn creating_a_lifecycle_hook_v1_request_body() {
    round_trips::<
        otc_as::types::CreateLifecycleHookRequest,
    >(
        "{\"lifecycle_hook_name\":\"test-hook1\",\"default_result\":\"ABANDON\",\"default_timeout\":3600,\"notification_topic_urn\":\"urn:smn:regionId:b53e5554fad0494d96206fb84296510b:gsh\",\"lifecycle_hook_type\":\"INSTANCE_LAUNCHING\"}",
    );
}
/// `creating_a_lifecycle_hook` at API version v1 sends POST /autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}.
#[tokio::test]
async fn creating_a_lifecycle_hook_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/scaling_lifecycle_hook/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_lifecycle_hook()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .lifecycle_hook_name(v::<String>("\"test-hook1\""))
        .lifecycle_hook_type(
            v::<
                otc_as::types::CreateLifecycleHookRequestLifecycleHookType,
            >("\"INSTANCE_LAUNCHING\""),
        )
        .default_result(v::<String>("\"ABANDON\""))
        .default_timeout(v::<i64>("3600"))
        .notification_topic_urn(
            v::<String>("\"urn:smn:regionId:b53e5554fad0494d96206fb84296510b:gsh\""),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"lifecycle_hook_name\":\"test-hook1\",\"lifecycle_hook_type\":\"INSTANCE_LAUNCHING\",\"default_result\":\"ABANDON\",\"default_timeout\":3600,\"notification_topic_urn\":\"urn:smn:regionId:b53e5554fad0494d96206fb84296510b:gsh\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_a_lifecycle_hook` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_a_lifecycle_hook_v1_response_2xx() {
    round_trips::<
        otc_as::types::UpdateLifecycleHookResponse,
    >(
        "{\"lifecycle_hook_name\":\"test-hook1\",\"default_result\":\"CONTINUE\",\"default_timeout\":3600,\"notification_topic_urn\":\"urn:smn:regionId:b53e5554fad0494d96206fb84296510b:gsh\",\"notification_topic_name\":\"gsh\",\"lifecycle_hook_type\":\"INSTANCE_LAUNCHING\",\"notification_metadata\":null,\"create_time\":\"2016-11-18T04:01:34Z\"}",
    );
}
/// `querying_a_lifecycle_hook` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}.
#[tokio::test]
async fn querying_a_lifecycle_hook_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_lifecycle_hook/example/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_lifecycle_hook()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .lifecycle_hook_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `modifying_a_lifecycle_hook` v1 request_body example deserializes and serializes back.
#[test]
fn modifying_a_lifecycle_hook_v1_request_body() {
    round_trips::<
        otc_as::types::UpdateLifecycleHookRequest,
    >("{\"default_result\":\"CONTINUE\"}");
}
/// `modifying_a_lifecycle_hook` at API version v1 sends PUT /autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}.
#[tokio::test]
async fn modifying_a_lifecycle_hook_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/autoscaling-api/v1/example/scaling_lifecycle_hook/example/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_a_lifecycle_hook()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .lifecycle_hook_name(v::<String>("\"example\""))
        .default_result(v::<String>("\"CONTINUE\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"default_result\":\"CONTINUE\"}")), "sent body {sent}");
}
/// `deleting_a_lifecycle_hook` at API version v1 sends DELETE /autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}.
#[tokio::test]
async fn deleting_a_lifecycle_hook_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/autoscaling-api/v1/example/scaling_lifecycle_hook/example/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_lifecycle_hook()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .lifecycle_hook_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_instance_suspension` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_instance_suspension_v1_response_2xx() {
    round_trips::<
        otc_as::types::ShowInstanceSuspensionResponse,
    >(
        "{\"instance_hanging_info\":[{\"instance_id\":\"b25c1589-c96c-465b-9fef-d06540d1945c\",\"scaling_group_id\":\"e5d27f5c-dd76-4a61-b4bc-a67c5686719a\",\"lifecycle_hook_name\":\"hook-test\",\"lifecycle_action_key\":\"6ebe6e72-4b09-4adb-ae4a-a91dc0560069\",\"default_result\":\"ABANDON\",\"timeout\":\"2016-11-15T06:43:41Z\",\"lifecycle_hook_status\":\"HANGING\"}]}",
    );
}
/// `querying_instance_suspension` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/list.
#[tokio::test]
async fn querying_instance_suspension_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_instance_hook/example/list"))
        .and(query_param("instance_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_instance_suspension()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .instance_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_lifecycle_hooks` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_lifecycle_hooks_v1_response_2xx() {
    round_trips::<
        otc_as::types::ListLifecycleHooksResponse,
    >(
        "{\"lifecycle_hooks\":[{\"lifecycle_hook_name\":\"test-hook1\",\"default_result\":\"ABANDON\",\"default_timeout\":3600,\"notification_topic_urn\":\"urn:smn:regionId:b53e5554fad0494d96206fb84296510b:gsh\",\"notification_topic_name\":\"gsh\",\"lifecycle_hook_type\":\"INSTANCE_LAUNCHING\",\"notification_metadata\":null,\"create_time\":\"2016-11-18T04:01:34Z\"},{\"lifecycle_hook_name\":\"test-hook2\",\"default_result\":\"CONTINUE\",\"default_timeout\":300,\"notification_topic_urn\":\"urn:smn:regionId:a5b95554fad0494d94596fb84296510b:test\",\"notification_topic_name\":\"test\",\"lifecycle_hook_type\":\"INSTANCE_TERMINATING\",\"notification_metadata\":null,\"create_time\":\"2016-11-17T04:00:34Z\"}]}",
    );
}
/// `querying_lifecycle_hooks` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/list.
#[tokio::test]
async fn querying_lifecycle_hooks_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_lifecycle_hook/example/list"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_lifecycle_hooks()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_as_policy_and_instance_quotas` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_as_policy_and_instance_quotas_v1_response_2xx() {
    round_trips::<
        otc_as::types::ListAsPolicyAndInstanceQuotasResponse,
    >(
        "{\"quotas\":{\"resources\":[{\"type\":\"scaling_Policy\",\"used\":2,\"quota\":50,\"max\":50,\"min\":0},{\"type\":\"scaling_Instance\",\"used\":0,\"quota\":200,\"max\":1000,\"min\":0}]}}",
    );
}
/// `querying_as_policy_and_instance_quotas` at API version v1 sends GET /autoscaling-api/v1/{project_id}/quotas/{scaling_group_id}.
#[tokio::test]
async fn querying_as_policy_and_instance_quotas_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/quotas/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_as_policy_and_instance_quotas()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_as_quotas` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_as_quotas_v1_response_2xx() {
    round_trips::<
        otc_as::types::ListAsQuotasResponse,
    >(
        "{\"quotas\":{\"resources\":[{\"type\":\"scaling_Group\",\"used\":2,\"quota\":25,\"max\":50,\"min\":0},{\"type\":\"scaling_Config\",\"used\":3,\"quota\":100,\"max\":200,\"min\":0},{\"type\":\"scaling_Policy\",\"used\":-1,\"quota\":50,\"max\":50,\"min\":0},{\"type\":\"scaling_Instance\",\"used\":-1,\"quota\":200,\"max\":1000,\"min\":0},{\"type\":\"bandwidth_scaling_policy\",\"used\":1,\"quota\":10,\"max\":100,\"min\":0}]}}",
    );
}
/// `querying_as_quotas` at API version v1 sends GET /autoscaling-api/v1/{project_id}/quotas.
#[tokio::test]
async fn querying_as_quotas_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/quotas"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_as_quotas()
        .project_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_scaling_action_logs` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_scaling_action_logs_v1_response_2xx() {
    round_trips::<
        otc_as::types::ListScalingActionLogsResponse,
    >(
        "{\"limit\":20,\"scaling_activity_log\":[{\"id\":\"66e0f775-c4ac-4b52-9d5c-f93ba217aa5f\",\"instance_value\":1,\"desire_value\":0,\"scaling_value\":1,\"start_time\":\"2019-03-18T16:00:11Z\",\"end_time\":\"2019-03-18T16:00:32Z\",\"instance_added_list\":null,\"instance_deleted_list\":\"as-config-bblh-ONQE551S\",\"instance_removed_list\":null,\"status\":\"SUCCESS\",\"description\":\"{\\\"reason\\\":[{\\\"change_reason\\\":\\\"RECURRENCE\\\",\\\"old_value\\\":1,\\\"scaling_policy_name\\\":\\\"as-policy-bvfk\\\",\\\"change_time\\\":\\\"2019-03-18T16:00:00Z\\\",\\\"new_value\\\":0,\\\"scaling_policy_id\\\":\\\"05545d3d-ccf9-4bca-ae4f-1e5e73ca0bf6\\\"}]}\"},{\"id\":\"c3a1fff6-84a3-4cbc-8ac0-e3b0f645ecd8\",\"instance_value\":0,\"desire_value\":1,\"scaling_value\":1,\"start_time\":\"2019-03-16T10:21:11Z\",\"end_time\":\"2019-03-16T10:25:12Z\",\"instance_added_list\":\"as-config-bblh-ONQE551S\",\"instance_deleted_list\":null,\"instance_removed_list\":null,\"status\":\"SUCCESS\",\"description\":\"{\\\"reason\\\":[{\\\"change_reason\\\":\\\"DIFF\\\",\\\"old_value\\\":0,\\\"change_time\\\":\\\"2019-03-16T10:21:11Z\\\",\\\"new_value\\\":1}]}\"}],\"total_number\":2,\"start_number\":0}",
    );
}
/// `querying_scaling_action_logs` at API version v1 sends GET /autoscaling-api/v1/{project_id}/scaling_activity_log/{scaling_group_id}.
#[tokio::test]
async fn querying_scaling_action_logs_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/scaling_activity_log/example"))
        .and(query_param("start_time", "example"))
        .and(query_param("end_time", "example"))
        .and(query_param("start_number", "0"))
        .and(query_param("limit", "20"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_scaling_action_logs()
        .project_id(v::<String>("\"example\""))
        .scaling_group_id(v::<String>("\"example\""))
        .start_time(v::<String>("\"example\""))
        .end_time(v::<String>("\"example\""))
        .start_number(v::<i64>("0"))
        .limit(v::<i64>("20"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `creating_or_deleting_a_tag` v1 request_body example deserializes and serializes back.
#[test]
fn creating_or_deleting_a_tag_v1_request_body() {
    round_trips::<
        otc_as::types::CreateOrDeleteTagRequest,
    >(
        "{\"tags\":[{\"key\":\"ENV15\",\"value\":\"ENV15\"},{\"key\":\"ENV151\",\"value\":\"ENV151\"}],\"action\":\"create\"}",
    );
}
/// `creating_or_deleting_a_tag` at API version v1 sends POST /autoscaling-api/v1/{project_id}/{resource_type}/{resource_id}/tags/action.
#[tokio::test]
async fn creating_or_deleting_a_tag_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/example/example/tags/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_or_deleting_a_tag()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<otc_as::types::OrDeleteTagResourceTagField>,
            >(
                "[{\"key\":\"ENV15\",\"value\":\"ENV15\"},{\"key\":\"ENV151\",\"value\":\"ENV151\"}]",
            ),
        )
        .action(v::<String>("\"create\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"tags\":[{\"key\":\"ENV15\",\"value\":\"ENV15\"},{\"key\":\"ENV151\",\"value\":\"ENV151\"}],\"action\":\"create\"}")),
        "sent body {sent}"
    );
}
/// The documented `querying_resources_by_tag` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_resources_by_tag_v1_response_2xx() {
    round_trips::<
        otc_as::types::ListResourcesByTagResponse,
    >(
        "{\"resources\":[{\"resource_id\":\"64af4b6f-ec51-4436-8004-7a8f30080c87\",\"resource_detail\":\"SCALING_GROUP_TAG\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}],\"resource_name\":\"as_scaling_group_1\"},{\"resource_id\":\"7122ef51-604b-40e7-b9b2-1de4cd78dc60\",\"resource_detail\":\"SCALING_GROUP_TAG\",\"tags\":[{\"key\":\"key1\",\"value\":\"value1\"}],\"resource_name\":\"as_scaling_group_2\"}],\"marker\":\"2\",\"total_count\":2}",
    );
}
/// The documented `querying_resources_by_tag` v1 request_body example contradicts the schema ($.without_any_tag: required field is missing), so the strict type rejects it.
#[test]
fn querying_resources_by_tag_v1_request_body() {
    rejects::<
        otc_as::types::ListResourcesByTagRequest,
    >(
        "{\"offset\":\"100\",\"limit\":\"100\",\"action\":\"filter\",\"matches\":[{\"key\":\"resource_name\",\"value\":\"resource1\"}],\"not_tags\":[{\"key\":\"key2\",\"values\":[\"value2\"]}],\"tags\":[{\"key\":\"key1\",\"values\":[\"value1\"]}]}",
    );
}
/// `querying_resources_by_tag` at API version v1 sends POST /autoscaling-api/v1/{project_id}/{resource_type}/resource_instances/action.
#[tokio::test]
async fn querying_resources_by_tag_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/autoscaling-api/v1/example/example/resource_instances/action"))
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
        .action(v::<String>("\"example\""))
        .without_any_tag(v::<bool>("true"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"action\":\"example\",\"without_any_tag\":true}")),
        "sent body {sent}"
    );
}
/// The documented `querying_tags` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_tags_v1_response_2xx() {
    round_trips::<
        otc_as::types::ListTagsResponse,
    >(
        "{\"tags\":[{\"key\":\"ENV15\",\"values\":[\"ENV15\"]},{\"key\":\"111\",\"values\":[\"\"]},{\"key\":\"environment\",\"values\":[\"DEV\"]},{\"key\":\"ENV151\",\"values\":[\"ENV151\"]},{\"key\":\"ENV152\",\"values\":[\"ENV152\"]}]}",
    );
}
/// `querying_tags` at API version v1 sends GET /autoscaling-api/v1/{project_id}/{resource_type}/tags.
#[tokio::test]
async fn querying_tags_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/example/tags"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_tags()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_tags_of_a_resource` v1 response_2xx example deserializes and serializes back.
#[test]
fn querying_tags_of_a_resource_v1_response_2xx() {
    round_trips::<
        otc_as::types::ListResourceTagsResponse,
    >(
        "{\"tags\":[{\"key\":\"ENV15\",\"value\":\"ENV15\"},{\"key\":\"ENV151\",\"value\":\"ENV151\"},{\"key\":\"ENV152\",\"value\":\"ENV152\"}],\"sys_tags\":null}",
    );
}
/// `querying_tags_of_a_resource` at API version v1 sends GET /autoscaling-api/v1/{project_id}/{resource_type}/{resource_id}/tags.
#[tokio::test]
async fn querying_tags_of_a_resource_v1_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/autoscaling-api/v1/example/example/example/tags"))
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
/// The documented `querying_an_api_version` unversioned response_2xx example deserializes and serializes back.
#[test]
fn querying_an_api_version_vunversioned_response_2xx() {
    round_trips::<
        otc_as::types::ShowApiVersionResponse,
    >(
        "{\"version\":{\"id\":\"v1\",\"links\":[{\"href\":\"https://as.XXX.mycloud.com/autoscaling-api/v1/\",\"rel\":\"self\"}],\"min_version\":\"\",\"status\":\"CURRENT\",\"updated\":\"2016-06-30T00:00:00Z\",\"version\":\"\"}}",
    );
}
/// `querying_an_api_version` at API version unversioned sends GET /{api_version}.
#[tokio::test]
async fn querying_an_api_version_vunversioned_sends_documented_request() {
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
        .querying_an_api_version()
        .api_version(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// The documented `querying_api_versions` unversioned response_2xx example deserializes and serializes back.
#[test]
fn querying_api_versions_vunversioned_response_2xx() {
    round_trips::<
        otc_as::types::ListApiVersionsResponse,
    >(
        "{\"versions\":[{\"id\":\"v1\",\"links\":[{\"href\":\"https://as.XXX.mycloud.com/autoscaling-api/v1/\",\"rel\":\"self\"}],\"min_version\":\"\",\"status\":\"CURRENT\",\"updated\":\"2016-06-30T00:00:00Z\",\"version\":\"\"},{\"id\":\"v2\",\"links\":[{\"href\":\"https://as.XXX.mycloud.com/autoscaling-api/v2/\",\"rel\":\"self\"}],\"min_version\":\"\",\"status\":\"SUPPORTED\",\"updated\":\"2018-03-30T00:00:00Z\",\"version\":\"\"}]}",
    );
}
/// `querying_api_versions` at API version unversioned sends GET /.
#[tokio::test]
async fn querying_api_versions_vunversioned_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server).querying_api_versions().send().await;
    assert!(result.is_ok(), "{result:?}");
}
