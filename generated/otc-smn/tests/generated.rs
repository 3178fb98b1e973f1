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
fn client(server: &MockServer) -> otc_smn::Client {
    let config = otc_smn::runtime::Config::builder()
        .credentials(otc_smn::runtime::OtcToken::new("token"))
        .endpoint_url(server.uri())
        .retry(otc_smn::runtime::RetryConfig::disabled())
        .build()
        .expect("test config");
    otc_smn::Client::with_endpoint(config).expect("test client")
}
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.expect("recording is on");
    serde_json::from_slice(&requests[0].body).expect("a JSON body")
}
/// `publishing_messages_in_the_text_format` at API version v2 sends POST /v2/{project_id}/notifications/topics/{topic_urn}/publish.
#[tokio::test]
async fn publishing_messages_in_the_text_format_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/notifications/topics/example/publish"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .publishing_messages_in_the_text_format()
        .project_id(v::<String>("\"example\""))
        .topic_urn(v::<String>("\"example\""))
        .body(v::<serde_json::Value>("{}"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{}")), "sent body {sent}");
}
/// `querying_tags_of_a_topic` at API version v2 sends GET /v2/{project_id}/{resource_type}/{resource_id}/tags.
#[tokio::test]
async fn querying_tags_of_a_topic_v2_sends_documented_request() {
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
        .querying_tags_of_a_topic()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `adding_a_tag` at API version v2 sends POST /v2/{project_id}/{resource_type}/{resource_id}/tags.
#[tokio::test]
async fn adding_a_tag_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/example/example/tags"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_tag()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .tag(
            v::<
                otc_smn::types::TagResourceTag,
            >("{\"key\":\"example\",\"value\":\"example\"}"),
        )
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"tag\":{\"key\":\"example\",\"value\":\"example\"}}")),
        "sent body {sent}"
    );
}
/// `adding_or_deleting_tags_in_batches` at API version v2 sends POST /v2/{project_id}/{resource_type}/{resource_id}/tags/action.
#[tokio::test]
async fn adding_or_deleting_tags_in_batches_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/example/example/tags/action"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_or_deleting_tags_in_batches()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .tags(
            v::<
                Vec<otc_smn::types::TagResourceTag>,
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
/// `deleting_a_tag` at API version v2 sends DELETE /v2/{project_id}/{resource_type}/{resource_id}/tags/{key}.
#[tokio::test]
async fn deleting_a_tag_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/example/example/tags/example"))
        .respond_with(ResponseTemplate::new(200u16))
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_tag()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .resource_id(v::<String>("\"example\""))
        .key(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_tags_in_a_specified_project` at API version v2 sends GET /v2/{project_id}/{resource_type}/tags.
#[tokio::test]
async fn querying_tags_in_a_specified_project_v2_sends_documented_request() {
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
        .querying_tags_in_a_specified_project()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_topics_by_tag` at API version v2 sends POST /v2/{project_id}/{resource_type}/resource_instances/action.
#[tokio::test]
async fn querying_topics_by_tag_v2_sends_documented_request() {
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
        .querying_topics_by_tag()
        .project_id(v::<String>("\"example\""))
        .resource_type(v::<String>("\"example\""))
        .action(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"action\":\"example\"}")), "sent body {sent}");
}
/// `querying_subscriptions_of_a_specified_topic` at API version v2 sends GET /v2/{project_id}/notifications/topics/{topic_urn}/subscriptions.
#[tokio::test]
async fn querying_subscriptions_of_a_specified_topic_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/notifications/topics/example/subscriptions"))
        .and(query_param("offset", "1"))
        .and(query_param("limit", "1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_subscriptions_of_a_specified_topic()
        .project_id(v::<String>("\"example\""))
        .topic_urn(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .limit(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `adding_a_subscription` at API version v2 sends POST /v2/{project_id}/notifications/topics/{topic_urn}/subscriptions.
#[tokio::test]
async fn adding_a_subscription_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/notifications/topics/example/subscriptions"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .adding_a_subscription()
        .project_id(v::<String>("\"example\""))
        .topic_urn(v::<String>("\"example\""))
        .endpoint(v::<String>("\"example\""))
        .protocol(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"endpoint\":\"example\",\"protocol\":\"example\"}")),
        "sent body {sent}"
    );
}
/// `deleting_a_subscription` at API version v2 sends DELETE /v2/{project_id}/notifications/subscriptions/{subscription_urn}.
#[tokio::test]
async fn deleting_a_subscription_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/notifications/subscriptions/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_subscription()
        .project_id(v::<String>("\"example\""))
        .subscription_urn(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_subscriptions` at API version v2 sends GET /v2/{project_id}/notifications/subscriptions.
#[tokio::test]
async fn querying_subscriptions_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/notifications/subscriptions"))
        .and(query_param("offset", "1"))
        .and(query_param("limit", "1"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_subscriptions()
        .project_id(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .limit(v::<i64>("1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_message_templates` at API version v2 sends GET /v2/{project_id}/notifications/message_template.
#[tokio::test]
async fn querying_message_templates_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/notifications/message_template"))
        .and(query_param("offset", "1"))
        .and(query_param("limit", "1"))
        .and(query_param("message_template_name", "example"))
        .and(query_param("protocol", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_message_templates()
        .project_id(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .limit(v::<i64>("1"))
        .message_template_name(v::<String>("\"example\""))
        .protocol(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `creating_a_message_template` at API version v2 sends POST /v2/{project_id}/notifications/message_template.
#[tokio::test]
async fn creating_a_message_template_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/notifications/message_template"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_message_template()
        .project_id(v::<String>("\"example\""))
        .message_template_name(v::<String>("\"example\""))
        .content(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, &
        v("{\"message_template_name\":\"example\",\"content\":\"example\"}")),
        "sent body {sent}"
    );
}
/// `querying_the_details_of_a_message_template` at API version v2 sends GET /v2/{project_id}/notifications/message_template/{message_template_id}.
#[tokio::test]
async fn querying_the_details_of_a_message_template_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/notifications/message_template/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_the_details_of_a_message_template()
        .project_id(v::<String>("\"example\""))
        .message_template_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `modifying_a_message_template` at API version v2 sends PUT /v2/{project_id}/notifications/message_template/{message_template_id}.
#[tokio::test]
async fn modifying_a_message_template_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/notifications/message_template/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .modifying_a_message_template()
        .project_id(v::<String>("\"example\""))
        .message_template_id(v::<String>("\"example\""))
        .content(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"content\":\"example\"}")), "sent body {sent}");
}
/// `deleting_a_message_template` at API version v2 sends DELETE /v2/{project_id}/notifications/message_template/{message_template_id}.
#[tokio::test]
async fn deleting_a_message_template_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/notifications/message_template/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_message_template()
        .project_id(v::<String>("\"example\""))
        .message_template_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_topics` at API version v2 sends GET /v2/{project_id}/notifications/topics.
#[tokio::test]
async fn querying_topics_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/notifications/topics"))
        .and(query_param("offset", "1"))
        .and(query_param("limit", "100"))
        .and(query_param("topic_id", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_topics()
        .project_id(v::<String>("\"example\""))
        .offset(v::<i64>("1"))
        .limit(v::<i64>("100"))
        .topic_id(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `creating_a_topic` at API version v2 sends POST /v2/{project_id}/notifications/topics.
#[tokio::test]
async fn creating_a_topic_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/example/notifications/topics"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .creating_a_topic()
        .project_id(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .display_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(
        same(& sent, & v("{\"name\":\"example\",\"display_name\":\"example\"}")),
        "sent body {sent}"
    );
}
/// `updating_a_topic_policy` at API version v2 sends PUT /v2/{project_id}/notifications/topics/{topic_urn}/attributes/{name}.
#[tokio::test]
async fn updating_a_topic_policy_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/notifications/topics/example/attributes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_topic_policy()
        .project_id(v::<String>("\"example\""))
        .topic_urn(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .value(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"value\":\"example\"}")), "sent body {sent}");
}
/// `deleting_a_specified_topic_policy` at API version v2 sends DELETE /v2/{project_id}/notifications/topics/{topic_urn}/attributes/{name}.
#[tokio::test]
async fn deleting_a_specified_topic_policy_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/notifications/topics/example/attributes/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_specified_topic_policy()
        .project_id(v::<String>("\"example\""))
        .topic_urn(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_details_of_a_topic` at API version v2 sends GET /v2/{project_id}/notifications/topics/{topic_urn}.
#[tokio::test]
async fn querying_details_of_a_topic_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/notifications/topics/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_details_of_a_topic()
        .project_id(v::<String>("\"example\""))
        .topic_urn(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `updating_a_topic` at API version v2 sends PUT /v2/{project_id}/notifications/topics/{topic_urn}.
#[tokio::test]
async fn updating_a_topic_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v2/example/notifications/topics/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .updating_a_topic()
        .project_id(v::<String>("\"example\""))
        .topic_urn(v::<String>("\"example\""))
        .display_name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    let sent = sent_body(&server).await;
    assert!(same(& sent, & v("{\"display_name\":\"example\"}")), "sent body {sent}");
}
/// `deleting_a_topic` at API version v2 sends DELETE /v2/{project_id}/notifications/topics/{topic_urn}.
#[tokio::test]
async fn deleting_a_topic_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/notifications/topics/example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_a_topic()
        .project_id(v::<String>("\"example\""))
        .topic_urn(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_a_topic_policy` at API version v2 sends GET /v2/{project_id}/notifications/topics/{topic_urn}/attributes.
#[tokio::test]
async fn querying_a_topic_policy_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/example/notifications/topics/example/attributes"))
        .and(query_param("name", "example"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .querying_a_topic_policy()
        .project_id(v::<String>("\"example\""))
        .topic_urn(v::<String>("\"example\""))
        .name(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `deleting_all_topic_policies` at API version v2 sends DELETE /v2/{project_id}/notifications/topics/{topic_urn}/attributes.
#[tokio::test]
async fn deleting_all_topic_policies_v2_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v2/example/notifications/topics/example/attributes"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server)
        .deleting_all_topic_policies()
        .project_id(v::<String>("\"example\""))
        .topic_urn(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
/// `listing_all_smn_api_versions` at API version unversioned sends GET /.
#[tokio::test]
async fn listing_all_smn_api_versions_vunversioned_sends_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/"))
        .respond_with(
            ResponseTemplate::new(200u16).set_body_raw("{}", "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client(&server).listing_all_smn_api_versions().send().await;
    assert!(result.is_ok(), "{result:?}");
}
/// `querying_the_smn_api_v2_version` at API version unversioned sends GET /{api_version}.
#[tokio::test]
async fn querying_the_smn_api_v2_version_vunversioned_sends_documented_request() {
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
        .querying_the_smn_api_v2_version()
        .api_version(v::<String>("\"example\""))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
}
