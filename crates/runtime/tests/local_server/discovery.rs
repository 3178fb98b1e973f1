//! SCP endpoint discovery against a local identity service that checks the signature of the
//! catalogue request.

use docsdk_runtime::{
    Config, HttpClient, Method, Provider, Request, RetryConfig, ScpCredentials, Service,
    scp_auth_url,
};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

async fn catalogue_server() -> MockServer {
    catalogue_server_failing(0, 503).await
}

/// The catalogue server, answering the catalogue request `failures` times with `status` first.
async fn catalogue_server_failing(failures: u64, status: u16) -> MockServer {
    let server = MockServer::start().await;
    let uri = server.uri();
    if failures > 0 {
        Mock::given(method("GET"))
            .and(path("/v1/endpoints"))
            .respond_with(ResponseTemplate::new(status))
            .up_to_n_times(failures)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path("/v1/endpoints"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"endpoints": [
            {"region": "kr-west1", "service_type": "eventstreams", "service_name": "Event Streams",
             "url": format!("{uri}/west/eventstreams")},
            {"region": "kr-east1", "service_type": "eventstreams", "service_name": "Event Streams",
             "url": format!("{uri}/east/eventstreams")},
            {"region": "kr-west1", "service_type": "vertica", "service_name": "Vertica",
             "url": format!("{uri}/west/vertica")},
        ]})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/east/eventstreams/v1/clusters"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"contents": []})))
        .mount(&server)
        .await;
    server
}

fn config(server: &MockServer) -> Config {
    Config::builder()
        .credentials(ScpCredentials::new(SCP_AK, SCP_SK))
        .auth_url(format!("{}/v1", server.uri()))
        .region("kr-west1")
        .retry(fast_retry())
        .build()
        .unwrap()
}

fn event_streams() -> Service {
    Service::new(
        Provider::Scp,
        "eventstreams",
        "https://eventstreams.kr-east1.e.samsungsdscloud.com",
    )
}

fn list() -> Request {
    Request::new(Method::Get, "/v1/clusters", "list_clusters")
}

#[tokio::test]
async fn catalogue_is_signed_consulted_once_and_picks_the_region() {
    let server = catalogue_server().await;
    // The service's region (kr-east1) wins over the config's default region (kr-west1).
    let client =
        HttpClient::for_service(config(&server), event_streams().region("kr-east1")).unwrap();
    for _ in 0..2 {
        let _: Value = client.send_json(list()).await.unwrap();
    }
    assert_eq!(
        client.base_url(),
        format!("{}/east/eventstreams", server.uri())
    );
    let requests = received(&server).await;
    let paths: Vec<&str> = requests.iter().map(|r| r.url.path()).collect();
    assert_eq!(
        paths,
        [
            "/v1/endpoints",
            "/east/eventstreams/v1/clusters",
            "/east/eventstreams/v1/clusters"
        ]
    );
    // The catalogue request is signed like any SCP request; the server recomputes it.
    verify_scp(&requests[0], SCP_AK, SCP_SK, "");
    verify_scp(&requests[1], SCP_AK, SCP_SK, "");
}

#[tokio::test]
async fn unknown_service_lists_what_the_region_has() {
    let server = catalogue_server().await;
    let service = Service::new(Provider::Scp, "quickquery", "https://unused.example.com");
    let err = HttpClient::for_service(config(&server), service)
        .unwrap()
        .send_empty(list())
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains(
            "has no `quickquery` in region `kr-west1` (services there: eventstreams, vertica)"
        ),
        "{err}"
    );
}

#[tokio::test]
async fn documented_url_without_auth_url_and_override_wins() {
    let no_auth = Config::builder()
        .credentials(ScpCredentials::new(SCP_AK, SCP_SK))
        .build()
        .unwrap();
    let client = HttpClient::for_service(no_auth, event_streams()).unwrap();
    assert_eq!(
        client.base_url(),
        "https://eventstreams.kr-east1.e.samsungsdscloud.com"
    );

    // An endpoint override wins over discovery: the catalogue is never asked.
    let server = catalogue_server().await;
    let overridden = Config::builder()
        .credentials(ScpCredentials::new(SCP_AK, SCP_SK))
        .auth_url(format!("{}/v1", server.uri()))
        .endpoint_url(format!("{}/east/eventstreams", server.uri()))
        .build()
        .unwrap();
    let client = HttpClient::for_service(overridden, event_streams()).unwrap();
    let _: Value = client.send_json(list()).await.unwrap();
    assert_eq!(received(&server).await.len(), 1);

    assert_eq!(scp_auth_url("e"), "https://iam.e.samsungsdscloud.com/v1");
}

#[tokio::test]
async fn catalogue_call_is_retried_like_any_request_and_signed_afresh() {
    for status in [429, 502, 503, 504] {
        let server = catalogue_server_failing(2, status).await;
        let client =
            HttpClient::for_service(config(&server), event_streams().region("kr-east1")).unwrap();
        let _: Value = client.send_json(list()).await.unwrap();
        let requests = received(&server).await;
        let paths: Vec<&str> = requests.iter().map(|r| r.url.path()).collect();
        assert_eq!(
            paths,
            [
                "/v1/endpoints",
                "/v1/endpoints",
                "/v1/endpoints",
                "/east/eventstreams/v1/clusters"
            ],
            "status {status}"
        );
        // Every attempt is signed afresh: a valid signature over its own timestamp.
        for r in &requests[..3] {
            verify_scp(r, SCP_AK, SCP_SK, "");
        }
        let stamps: std::collections::BTreeSet<&str> = requests[..3]
            .iter()
            .map(|r| header(r, "scp-timestamp"))
            .collect();
        assert_eq!(stamps.len(), 3, "status {status}");
    }
}

#[tokio::test]
async fn catalogue_call_follows_the_configured_policy() {
    // Retries disabled: the first 503 is the answer.
    let server = catalogue_server_failing(1, 503).await;
    let no_retry = Config::builder()
        .credentials(ScpCredentials::new(SCP_AK, SCP_SK))
        .auth_url(format!("{}/v1", server.uri()))
        .region("kr-east1")
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let err = HttpClient::for_service(no_retry, event_streams())
        .unwrap()
        .send_empty(list())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert!(err.to_string().contains("scp_endpoint_discovery"), "{err}");
    assert_eq!(received(&server).await.len(), 1);

    // Three attempts (the standard count), then the last 503 is the answer, saying so.
    let server = catalogue_server_failing(5, 503).await;
    let err = HttpClient::for_service(config(&server), event_streams())
        .unwrap()
        .send_empty(list())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert!(err.to_string().contains("after 3 attempts"), "{err}");
    assert_eq!(received(&server).await.len(), 3);

    // A 500 is not transient: not retried.
    let server = catalogue_server_failing(1, 500).await;
    let err = HttpClient::for_service(config(&server), event_streams())
        .unwrap()
        .send_empty(list())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_eq!(received(&server).await.len(), 1);

    // A connection refused is retried too, then reported as a transport error.
    let unreachable = Config::builder()
        .credentials(ScpCredentials::new(SCP_AK, SCP_SK))
        .auth_url(format!("{}/v1", closed_port_url()))
        .region("kr-east1")
        .retry(fast_retry())
        .build()
        .unwrap();
    let err = HttpClient::for_service(unreachable, event_streams())
        .unwrap()
        .send_empty(list())
        .await
        .unwrap_err();
    assert!(
        matches!(err, docsdk_runtime::Error::Transport(_)),
        "{err:?}"
    );
    assert!(err.to_string().contains("after 3 attempts"), "{err}");
}

#[tokio::test]
async fn catalogue_is_fetched_once_per_config_for_every_service() {
    let server = catalogue_server().await;
    Mock::given(method("GET"))
        .and(path("/west/vertica/v1/clusters"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"contents": []})))
        .mount(&server)
        .await;
    let shared = config(&server);
    let vertica = Service::new(Provider::Scp, "vertica", "https://unused.example.com");
    let west_streams = event_streams().region("kr-west1");
    // Two services, clients built from clones of one config: one catalogue request.
    let a = HttpClient::for_service(shared.clone(), east_streams()).unwrap();
    let b = HttpClient::for_service(shared.clone(), vertica.clone()).unwrap();
    let _: Value = a.send_json(list()).await.unwrap();
    let _: Value = b.send_json(list()).await.unwrap();
    assert_eq!(b.base_url(), format!("{}/west/vertica", server.uri()));
    let catalogue_requests = |requests: &[wiremock::Request]| {
        requests
            .iter()
            .filter(|r| r.url.path() == "/v1/endpoints")
            .count()
    };
    assert_eq!(catalogue_requests(&received(&server).await), 1);
    // The picked URL is per service and region, from the same catalogue.
    let c = HttpClient::for_service(shared, west_streams).unwrap();
    assert_eq!(
        c.send_empty(list()).await.unwrap_err().status(),
        Some(404),
        "kr-west1 event streams is not served by this test server"
    );
    assert_eq!(catalogue_requests(&received(&server).await), 1);
    assert!(
        c.base_url().ends_with("/west/eventstreams"),
        "{}",
        c.base_url()
    );

    // A config built anew has its own cache.
    let other = HttpClient::for_service(config(&server), vertica).unwrap();
    let _: Value = other.send_json(list()).await.unwrap();
    assert_eq!(catalogue_requests(&received(&server).await), 2);
}

fn east_streams() -> Service {
    event_streams().region("kr-east1")
}
