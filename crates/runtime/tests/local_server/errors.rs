//! Error mapping and response decoding against a real server.

use docsdk_runtime::{DateTime, Error, Method, OtcToken, Request};
use serde::Deserialize;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
struct Cluster {
    id: String,
    created_at: DateTime,
    nodes: Vec<Node>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Node {
    port: u16,
}

#[derive(Debug, Deserialize, PartialEq)]
struct ClusterList {
    items: Vec<Cluster>,
}

#[derive(Debug, Default, Deserialize, PartialEq)]
struct AllOptional {
    #[serde(default)]
    id: Option<String>,
}

async fn server_answering(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path("/v1/clusters"))
        .respond_with(template)
        .mount(&server)
        .await;
    server
}

fn list() -> Request {
    Request::new(Method::Get, "/v1/clusters", "list_clusters")
}

#[tokio::test]
async fn documented_error_body_400() {
    let server = server_answering(ResponseTemplate::new(400)
            .set_body_json(json!({"code": "INVALID_PARAMETER", "message": "size must be between 1 and 100", "traceId": "t"}))
            .insert_header("X-Request-Id", "req-123"),
    )
    .await;
    let err = scp_client(&server)
        .send_json::<ClusterList>(list())
        .await
        .unwrap_err();
    let api = err.as_api().expect("an API error");
    assert_eq!(api.status(), 400);
    assert_eq!(api.reason(), Some("Bad Request"));
    let body = api.body().unwrap();
    assert_eq!(body.code.as_deref(), Some("INVALID_PARAMETER"));
    assert_eq!(
        body.message.as_deref(),
        Some("size must be between 1 and 100")
    );
    assert!(api.raw_body().contains("traceId"));
    assert_eq!(err.request_id(), Some("req-123"));
    assert_eq!(
        err.to_string(),
        "list_clusters: HTTP 400 Bad Request: INVALID_PARAMETER: size must be between 1 and 100 (request id req-123)"
    );
}

#[tokio::test]
async fn otc_error_body_and_openstack_request_id() {
    let server = server_answering(
        ResponseTemplate::new(404)
            .set_body_json(json!({"error_code": "ModelArts.0104", "error_msg": "Image not found."}))
            .insert_header("X-Openstack-Request-Id", "req-otc-9"),
    )
    .await;
    let client = client_with(&server, OtcToken::new(OTC_TOKEN), fast_retry());
    let err = client.send_json::<Value>(list()).await.unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.request_id(), Some("req-otc-9"));
    assert_eq!(
        err.to_string(),
        "list_clusters: HTTP 404 Not Found: ModelArts.0104: Image not found. (request id req-otc-9); \
         check the path parameters and the endpoint URL"
    );
}

#[tokio::test]
async fn html_error_body_500() {
    let html = "<html>\n<head><title>500 Internal Server Error</title></head>\n<body>nginx</body>\n</html>\n";
    let server = server_answering(ResponseTemplate::new(500).set_body_raw(html, "text/html")).await;
    let err = scp_client(&server)
        .send_json::<ClusterList>(list())
        .await
        .unwrap_err();
    let api = err.as_api().unwrap();
    assert!(api.body().is_none());
    assert_eq!(api.raw_body(), html);
    assert_eq!(api.content_type(), Some("text/html"));
    let text = err.to_string();
    assert_eq!(
        text,
        format!(
            "list_clusters: HTTP 500 Internal Server Error ({} bytes of text/html, not an API error body); \
             the service failed: retry later or report the request id",
            html.len()
        )
    );
    assert_eq!(received(&server).await.len(), 1, "500 is not retried");
}

#[tokio::test]
async fn body_not_matching_the_type_names_the_json_path() {
    let body = json!({"items": [
        {"id": "c-1", "createdAt": "2024-05-17T00:23:17Z", "nodes": [{"port": 80}], "unknownField": true},
        {"id": "c-2", "createdAt": "2024-05-17T00:23:17.071Z", "nodes": [{"port": 80}, {"port": "eighty"}]}
    ]});
    let server = server_answering(
        ResponseTemplate::new(200)
            .set_body_json(body)
            .insert_header("Scp-Request-Id", "r-7"),
    )
    .await;
    let err = scp_client(&server)
        .send_json::<ClusterList>(list())
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(decode.path(), "items[1].nodes[1].port");
    assert_eq!(decode.status(), 200);
    assert!(decode.excerpt().contains("eighty"), "{}", decode.excerpt());
    assert_eq!(err.request_id(), Some("r-7"));
    let text = err.to_string();
    assert!(
        text.starts_with("list_clusters: the HTTP 200 response does not match ClusterList at"),
        "{text}"
    );
    assert!(
        text.ends_with(r#"{\"port\":\"eighty\"}]}]}" (request id r-7)"#),
        "{text}"
    );
    assert_eq!(decode.expected(), "ClusterList");
    assert!(
        text.contains("at `items[1].nodes[1].port`: invalid type: string \"eighty\", expected u16"),
        "{text}"
    );
    assert!(!text.contains('\n'));
}

#[tokio::test]
async fn bad_date_time_names_the_path() {
    let body = json!({"items": [{"id": "c-1", "createdAt": "17.05.2024", "nodes": []}]});
    let server = server_answering(ResponseTemplate::new(200).set_body_json(body)).await;
    let err = scp_client(&server)
        .send_json::<ClusterList>(list())
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.path(), "items[0].createdAt");
    assert!(
        decode.message().contains("invalid date-time"),
        "{}",
        decode.message()
    );
}

#[tokio::test]
async fn unknown_fields_are_tolerated() {
    let body = json!({"items": [{"id": "c-1", "createdAt": "2024-05-17T09:23:17+09:00", "nodes": [], "new": {"x": 1}}], "extra": 1});
    let server = server_answering(ResponseTemplate::new(200).set_body_json(body)).await;
    let list: ClusterList = scp_client(&server).send_json(list()).await.unwrap();
    assert_eq!(
        list.items[0].created_at.to_string(),
        "2024-05-17T09:23:17+09:00"
    );
}

#[tokio::test]
async fn truncated_json_is_a_decode_error() {
    let body = "{\"items\": [{\"id\": \"é".to_owned() + &"é".repeat(200);
    let server =
        server_answering(ResponseTemplate::new(200).set_body_raw(body, "application/json")).await;
    let err = scp_client(&server)
        .send_json::<ClusterList>(list())
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert!(
        decode.excerpt().len() <= 200 + 2 * '…'.len_utf8(),
        "{}",
        decode.excerpt().len()
    );
    assert!(decode.message().contains("EOF"), "{}", decode.message());
}

/// Empty 202/204 bodies: `send_empty` accepts them; `send_json` decodes them as `null`, then
/// `{}`, and otherwise reports a decode error.
#[tokio::test]
async fn empty_bodies() {
    for status in [202, 204] {
        let server = MockServer::start().await;
        Mock::given(method("DELETE"))
            .respond_with(ResponseTemplate::new(status))
            .mount(&server)
            .await;
        let client = scp_client(&server);
        let delete = || {
            Request::new(Method::Delete, "/v1/clusters/{id}", "delete_cluster")
                .path_param("id", "c-1")
        };
        client.send_empty(delete()).await.unwrap();
        assert_eq!(
            client.send_json::<Value>(delete()).await.unwrap(),
            Value::Null
        );
        client.send_json::<()>(delete()).await.unwrap();
        assert_eq!(
            client.send_json::<Option<Cluster>>(delete()).await.unwrap(),
            None
        );
        assert_eq!(
            client.send_json::<AllOptional>(delete()).await.unwrap(),
            AllOptional::default()
        );
        let err = client.send_json::<Cluster>(delete()).await.unwrap_err();
        let Error::Decode(decode) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(decode.status(), status);
        assert!(err.to_string().contains("the body is empty"), "{err}");
    }
    // send_empty also ignores a body it does not need.
    let server =
        server_answering(ResponseTemplate::new(202).set_body_json(json!({"jobId": "j"}))).await;
    scp_client(&server).send_empty(list()).await.unwrap();
}

#[tokio::test]
async fn invalid_requests_fail_before_sending() {
    let server = MockServer::start().await;
    let client = scp_client(&server);
    let err = client
        .send_empty(Request::new(
            Method::Get,
            "/v1/clusters/{cluster_id}",
            "get_cluster",
        ))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid request: get_cluster: required path parameter `cluster_id` was not set"
    );
    assert!(received(&server).await.is_empty());
    let config = docsdk_runtime::Config::builder()
        .credentials(OtcToken::new("t"))
        .build()
        .unwrap();
    let err = docsdk_runtime::HttpClient::new(config, "not a url").unwrap_err();
    assert!(
        matches!(err, Error::InvalidRequest(_)) && err.to_string().contains("not a valid URL"),
        "{err}"
    );
}
