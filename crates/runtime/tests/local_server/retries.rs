//! Retry policy against a real server: what is retried, Retry-After, deadline, timeouts.

use std::time::{Duration, Instant};

use docsdk_runtime::{Error, Method, Request, RetryConfig, ScpCredentials, TimeoutKind};
use serde_json::{Value, json};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

async fn flaky_server(status: u16, failures: u64) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(status))
        .up_to_n_times(failures)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(&server)
        .await;
    server
}

fn get() -> Request {
    Request::new(Method::Get, "/v1/clusters", "list_clusters")
}

#[tokio::test]
async fn get_503_then_200_succeeds() {
    for status in [429, 502, 503, 504] {
        let server = flaky_server(status, 1).await;
        let body: Value = scp_client(&server).send_json(get()).await.unwrap();
        assert_eq!(body, json!({"ok": true}));
        assert_eq!(received(&server).await.len(), 2, "status {status}");
    }
}

#[tokio::test]
async fn gives_up_after_max_attempts() {
    let server = flaky_server(503, 10).await;
    let err = scp_client(&server)
        .send_json::<Value>(get())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.as_api().unwrap().attempts(), 3);
    assert_eq!(received(&server).await.len(), 3);
    assert!(err.to_string().contains("after 3 attempts"), "{err}");
}

#[tokio::test]
async fn non_retryable_status_is_not_retried() {
    let server = flaky_server(500, 1).await;
    let err = scp_client(&server)
        .send_json::<Value>(get())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn post_is_not_retried_by_default() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let post = || {
        Request::new(Method::Post, "/v1/clusters", "create_cluster")
            .json_body(&json!({}))
            .unwrap()
    };
    let err = scp_client(&server).send_empty(post()).await.unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(received(&server).await.len(), 1);

    // Opting in retries it.
    let client = client_with(
        &server,
        ScpCredentials::new(SCP_AK, SCP_SK),
        fast_retry().with_retry_non_idempotent(true),
    );
    client.send_empty(post()).await.unwrap_err();
    assert_eq!(received(&server).await.len(), 1 + 3);
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!(1)))
        .mount(&server)
        .await;
    // The computed backoff would be ~1 ms; only Retry-After explains a wait of a second.
    let client = client_with(
        &server,
        ScpCredentials::new(SCP_AK, SCP_SK),
        RetryConfig::standard().with_initial_backoff(Duration::from_millis(1)),
    );
    let started = Instant::now();
    let n: u32 = client.send_json(get()).await.unwrap();
    assert_eq!(n, 1);
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited only {:?}",
        started.elapsed()
    );
    assert_eq!(received(&server).await.len(), 2);
}

#[tokio::test]
async fn retry_after_longer_than_the_limit_ends_retrying() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "120"))
        .mount(&server)
        .await;
    let err = scp_client(&server)
        .send_json::<Value>(get())
        .await
        .unwrap_err();
    assert_eq!(
        err.as_api().unwrap().retry_after(),
        Some(Duration::from_secs(120))
    );
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn deadline_stops_retrying() {
    let server = flaky_server(503, 10).await;
    // Backoff of 0.5-1 s cannot fit into a 300 ms deadline: one attempt, then the 503.
    let retry = RetryConfig::standard()
        .with_max_attempts(5)
        .with_initial_backoff(Duration::from_secs(1))
        .with_deadline(Duration::from_millis(300));
    let client = client_with(&server, ScpCredentials::new(SCP_AK, SCP_SK), retry);
    let started = Instant::now();
    let err = client.send_json::<Value>(get()).await.unwrap_err();
    assert_eq!(err.status(), Some(503), "{err}");
    assert_eq!(received(&server).await.len(), 1);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn deadline_cuts_a_slow_attempt() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!(1))
                .set_delay(Duration::from_secs(3)),
        )
        .mount(&server)
        .await;
    let retry = fast_retry().with_deadline(Duration::from_millis(300));
    let client = client_with(&server, ScpCredentials::new(SCP_AK, SCP_SK), retry);
    let err = client.send_json::<Value>(get()).await.unwrap_err();
    match &err {
        Error::Timeout(t) => assert_eq!(t.kind, TimeoutKind::Deadline, "{err}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(err.to_string().contains("retry deadline"), "{err}");
}

#[tokio::test]
async fn timeout_is_reported_as_timeout() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!(1))
                .set_delay(Duration::from_secs(3)),
        )
        .mount(&server)
        .await;
    let config = docsdk_runtime::Config::builder()
        .credentials(ScpCredentials::new(SCP_AK, SCP_SK))
        .endpoint_url(server.uri())
        .request_timeout(Duration::from_millis(200))
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let client = docsdk_runtime::HttpClient::new(config, "https://unused.example.com").unwrap();
    let err = client.send_json::<Value>(get()).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    match &err {
        Error::Timeout(t) => {
            assert_eq!(t.kind, TimeoutKind::Request);
            assert_eq!(t.limit, Duration::from_millis(200));
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "list_clusters: the request timed out after 200ms; raise request_timeout or check that the endpoint is reachable"
    );
}

#[tokio::test]
async fn connection_refused_is_a_transport_error_after_retries() {
    let config = docsdk_runtime::Config::builder()
        .credentials(ScpCredentials::new(SCP_AK, SCP_SK))
        .endpoint_url(closed_port_url())
        .retry(fast_retry())
        .build()
        .unwrap();
    let client = docsdk_runtime::HttpClient::new(config, "https://unused.example.com").unwrap();
    let err = client
        .send_json::<Value>(get().query("page", 1))
        .await
        .unwrap_err();
    match &err {
        Error::Transport(t) => assert_eq!(t.attempts, 3),
        other => panic!("expected a transport error, got {other:?}"),
    }
    let text = err.to_string();
    assert!(
        text.starts_with("list_clusters: could not complete the request to http://127.0.0.1:"),
        "{text}"
    );
    assert!(
        text.contains("after 3 attempts") && !text.contains('\n'),
        "{text}"
    );
}

#[tokio::test]
async fn per_call_retry_and_timeout_override_the_config() {
    // Config: 3 attempts. This call: 1 attempt.
    let server = flaky_server(503, 10).await;
    let err = scp_client(&server)
        .send_json::<Value>(get().retry(RetryConfig::disabled()))
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().attempts(), 1);
    assert_eq!(received(&server).await.len(), 1);

    // Config: no retry of POST. This call: 2 attempts, POST included.
    let server = flaky_server(503, 10).await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let err = scp_client(&server)
        .send_empty(
            Request::new(Method::Post, "/v1/clusters", "create_cluster").retry(
                fast_retry()
                    .with_max_attempts(2)
                    .with_retry_non_idempotent(true),
            ),
        )
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().attempts(), 2);

    // Config: 60 s per attempt. This call: 100 ms, against a server taking 2 s.
    let slow = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(2)))
        .mount(&slow)
        .await;
    let started = Instant::now();
    let err = scp_client(&slow)
        .send_json::<Value>(
            get()
                .timeout(Duration::from_millis(100))
                .retry(RetryConfig::disabled()),
        )
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1), "{err}");
    match err {
        Error::Timeout(t) => {
            assert_eq!(t.kind, TimeoutKind::Request);
            assert_eq!(t.limit, Duration::from_millis(100));
        }
        other => panic!("expected a timeout, got {other:?}"),
    }

    let err = scp_client(&slow)
        .send_empty(get().timeout(Duration::ZERO))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("per-call timeout"), "{err}");
}
