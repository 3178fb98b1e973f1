//! The signature the server receives is recomputed from the request as received and matches.

use docsdk_runtime::{Config, Method, OtcAkSk, OtcToken, Request, ScpCredentials};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

#[tokio::test]
async fn scp_signature_matches_on_the_server() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/clusters"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"contents": [], "totalCount": 0})),
        )
        .mount(&server)
        .await;
    let client = scp_client(&server);
    let _: Value = client
        .send_json(
            Request::new(Method::Get, "/v1/clusters", "list_clusters")
                .api_version("eventstreams 1.0")
                .query("size", 20)
                .query("page", 0)
                .query("name", "a b&c/é"),
        )
        .await
        .unwrap();
    let reqs = received(&server).await;
    assert_eq!(reqs.len(), 1);
    let req = &reqs[0];
    assert_eq!(
        req.url.query(),
        Some("size=20&page=0&name=a%20b%26c%2F%C3%A9")
    );
    verify_scp(req, SCP_AK, SCP_SK, "");
    assert_eq!(header(req, "scp-api-version"), "eventstreams 1.0");
    assert_eq!(header(req, "accept-language"), "en-US");
    assert!(req.headers.get("scp-accountid").is_none());
}

#[tokio::test]
async fn scp_account_id_language_and_body_are_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": "c-1"})))
        .mount(&server)
        .await;
    let config = Config::builder()
        .credentials(ScpCredentials::new(SCP_AK, SCP_SK).with_account_id("ACCOUNT-7"))
        .endpoint_url(server.uri())
        .accept_language("ko-KR")
        .build()
        .unwrap();
    let client = docsdk_runtime::HttpClient::new(config, "https://unused.example.com").unwrap();
    let created: Value = client
        .send_json(
            Request::new(
                Method::Post,
                "/v1/projects/{project_id}/clusters",
                "create_cluster",
            )
            .path_param("project_id", "p 1")
            .json_body(&json!({"name": "demo"}))
            .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(created["id"], "c-1");
    let req = &received(&server).await[0];
    assert_eq!(req.url.path(), "/v1/projects/p%201/clusters");
    verify_scp(req, SCP_AK, SCP_SK, "ACCOUNT-7");
    assert_eq!(header(req, "scp-accountid"), "ACCOUNT-7");
    assert_eq!(header(req, "accept-language"), "ko-KR");
    assert_eq!(header(req, "content-type"), "application/json");
    assert_eq!(req.body, br#"{"name":"demo"}"#);
}

#[tokio::test]
async fn otc_aksk_signature_matches_on_the_server() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(&server)
        .await;
    let client = client_with(
        &server,
        OtcAkSk::new(OTC_AK, OTC_SK).with_project_id("0123456789abcdef"),
        fast_retry(),
    );
    let _: Value = client
        .send_json(
            Request::new(
                Method::Put,
                "/v1/{project_id}/images/{image}",
                "update_image",
            )
            .path_param("project_id", "0123456789abcdef")
            .path_param("image", "my image")
            .query("type", "DEDICATED")
            .query("name", "pytorch")
            .json_body(&json!({"description": "x"}))
            .unwrap(),
        )
        .await
        .unwrap();
    let req = &received(&server).await[0];
    verify_otc(req, OTC_AK, OTC_SK);
    let auth = header(req, "authorization");
    assert!(
        auth.contains("SignedHeaders=content-type;host;x-project-id;x-sdk-date,"),
        "{auth}"
    );
    assert_eq!(header(req, "x-project-id"), "0123456789abcdef");
    let date = header(req, "x-sdk-date");
    assert!(
        date.len() == 16 && date.ends_with('Z') && date.as_bytes()[8] == b'T',
        "{date}"
    );
}

#[tokio::test]
async fn otc_token_is_sent_as_x_auth_token() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client_with(&server, OtcToken::new(OTC_TOKEN), fast_retry());
    client
        .send_empty(
            Request::new(Method::Delete, "/v1/jobs/{id}", "delete_job").path_param("id", 42),
        )
        .await
        .unwrap();
    let req = &received(&server).await[0];
    assert_eq!(header(req, "x-auth-token"), OTC_TOKEN);
    assert!(req.headers.get("authorization").is_none());
}

/// Each retry is signed afresh: different timestamps, each signature valid for its request.
#[tokio::test]
async fn retries_are_re_signed() {
    for credentials in [
        docsdk_runtime::Credentials::from(ScpCredentials::new(SCP_AK, SCP_SK)),
        OtcAkSk::new(OTC_AK, OTC_SK).into(),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(503))
            .up_to_n_times(2)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
            .mount(&server)
            .await;
        let config = Config::builder()
            .credentials(credentials.clone())
            .endpoint_url(server.uri())
            .retry(fast_retry())
            .clock(ticking_clock())
            .build()
            .unwrap();
        let client = docsdk_runtime::HttpClient::new(config, "https://unused.example.com").unwrap();
        let _: Value = client
            .send_json(Request::new(Method::Get, "/v1/things", "list_things").query("page", 0))
            .await
            .unwrap();
        let reqs = received(&server).await;
        assert_eq!(reqs.len(), 3);
        let stamp_header = if matches!(credentials, docsdk_runtime::Credentials::Scp(_)) {
            "scp-timestamp"
        } else {
            "x-sdk-date"
        };
        let stamps: Vec<&str> = reqs.iter().map(|r| header(r, stamp_header)).collect();
        assert!(
            stamps[0] != stamps[1] && stamps[1] != stamps[2],
            "{stamps:?}"
        );
        for req in &reqs {
            match &credentials {
                docsdk_runtime::Credentials::Scp(_) => verify_scp(req, SCP_AK, SCP_SK, ""),
                _ => verify_otc(req, OTC_AK, OTC_SK),
            }
        }
        if stamp_header == "scp-timestamp" {
            assert_eq!(stamps, ["1767225600000", "1767225601000", "1767225602000"]);
        } else {
            assert_eq!(
                stamps,
                ["20260101T000000Z", "20260101T000001Z", "20260101T000002Z"]
            );
        }
    }
}
