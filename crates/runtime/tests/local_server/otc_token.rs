//! OTC password authentication against a local identity service: the token exchange, renewal
//! before expiry and once after a 401, the project id from the token's scope.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, UNIX_EPOCH};

use docsdk_runtime::{
    Clock, Config, Error, HttpClient, Method, OtcPassword, Provider, Request, RetryConfig, Service,
};
use serde_json::{Value, json};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

/// 2026-01-01T00:00:00Z.
const T0: u64 = 1_767_225_600;

/// A clock the test moves by hand.
fn manual_clock() -> (Clock, Arc<AtomicU64>) {
    let now = Arc::new(AtomicU64::new(T0));
    let reading = now.clone();
    (
        Clock::new(move || UNIX_EPOCH + Duration::from_secs(reading.load(Ordering::SeqCst))),
        now,
    )
}

/// Serves tokens `tok-1`, `tok-2`, ... in turn, each valid for one hour from T0 + 1 h * (n-1).
async fn identity(server: &MockServer, tokens: u64) {
    for n in 1..=tokens {
        Mock::given(method("POST"))
            .and(path("/v3/auth/tokens"))
            .respond_with(
                ResponseTemplate::new(201)
                    .insert_header("X-Subject-Token", format!("tok-{n}"))
                    .set_body_json(json!({"token": {
                        "expires_at": format!("2026-01-01T{:02}:00:00.000000Z", n),
                        "project": {"id": "project-from-scope", "name": "eu-de"},
                    }})),
            )
            .up_to_n_times(1)
            .mount(server)
            .await;
    }
}

fn client(server: &MockServer, clock: Clock) -> HttpClient {
    client_retrying(server, clock, fast_retry())
}

fn client_retrying(server: &MockServer, clock: Clock, retry: RetryConfig) -> HttpClient {
    let config = Config::builder()
        .credentials(
            OtcPassword::new(format!("{}/v3", server.uri()), "OTC-DOMAIN", "alice", "pw")
                .with_project_name("eu-de"),
        )
        .clock(clock)
        .retry(retry)
        .build()
        .unwrap();
    HttpClient::for_service(
        config,
        Service::new(Provider::Otc, "modelarts", server.uri()),
    )
    .unwrap()
}

fn get() -> Request {
    Request::new(Method::Get, "/v2/jobs", "list_jobs")
}

async fn tokens_sent(server: &MockServer) -> Vec<String> {
    received(server)
        .await
        .iter()
        .filter_map(|r| r.headers.get("x-auth-token"))
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn token_is_obtained_reused_and_renewed_before_expiry() {
    let server = MockServer::start().await;
    identity(&server, 2).await;
    Mock::given(method("GET"))
        .and(path("/v2/jobs"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"jobs": []})))
        .mount(&server)
        .await;
    let (clock, now) = manual_clock();
    let client = client(&server, clock);

    assert_eq!(client.config().project_id(), None);
    assert_eq!(client.project_id().await.unwrap(), "project-from-scope");
    let _: Value = client.send_json(get()).await.unwrap();
    now.store(T0 + 50 * 60, Ordering::SeqCst); // 10 minutes before expiry: still used
    let _: Value = client.send_json(get()).await.unwrap();
    now.store(T0 + 56 * 60, Ordering::SeqCst); // 4 minutes before expiry: renewed
    let _: Value = client.send_json(get()).await.unwrap();
    assert_eq!(tokens_sent(&server).await, ["tok-1", "tok-1", "tok-2"]);
    assert_eq!(client.config().project_id(), Some("project-from-scope"));

    // The token request: password identity, project scope by name, never the password elsewhere.
    let requests = received(&server).await;
    let token_request = &requests[0];
    assert_eq!(token_request.url.path(), "/v3/auth/tokens");
    let body: Value = serde_json::from_slice(&token_request.body).unwrap();
    assert_eq!(
        body,
        json!({"auth": {
            "identity": {"methods": ["password"], "password": {"user": {
                "name": "alice", "password": "pw", "domain": {"name": "OTC-DOMAIN"}}}},
            "scope": {"project": {"name": "eu-de"}},
        }})
    );
    for r in requests
        .iter()
        .filter(|r| r.url.path() != "/v3/auth/tokens")
    {
        assert!(!String::from_utf8_lossy(&r.body).contains("pw"));
    }
}

#[tokio::test]
async fn a_401_renews_the_token_once() {
    let server = MockServer::start().await;
    identity(&server, 3).await;
    Mock::given(method("GET"))
        .and(header("X-Auth-Token", "tok-1"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error_msg": "expired"})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(header("X-Auth-Token", "tok-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    for refused in ["tok-2", "tok-3"] {
        Mock::given(method("GET"))
            .and(header("X-Auth-Token", refused))
            .respond_with(ResponseTemplate::new(401))
            .mount(&server)
            .await;
    }
    let (clock, _) = manual_clock();
    let client = client(&server, clock);

    let body: Value = client.send_json(get()).await.unwrap();
    assert_eq!(body, json!({"ok": true}));
    assert_eq!(tokens_sent(&server).await, ["tok-1", "tok-2"]);

    // tok-2 is refused now: one renewal (tok-3), refused again, then the 401 is the answer.
    let err = client.send_json::<Value>(get()).await.unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert_eq!(
        tokens_sent(&server).await,
        ["tok-1", "tok-2", "tok-2", "tok-3"]
    );
}

#[tokio::test]
async fn a_failed_token_exchange_is_an_api_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_json(
            json!({"error": {"code": 401, "message": "The username or password is wrong."}}),
        ))
        .mount(&server)
        .await;
    let (clock, _) = manual_clock();
    let err = client(&server, clock).send_empty(get()).await.unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert!(
        err.to_string().contains("otc_password_token: HTTP 401"),
        "{err}"
    );
    assert!(err.to_string().contains("password is wrong"), "{err}");
}

#[tokio::test]
async fn token_call_is_retried_like_any_request() {
    for status in [429, 502, 503, 504] {
        let server = MockServer::start().await;
        // Two transient failures of the identity service, then the token.
        Mock::given(method("POST"))
            .and(path("/v3/auth/tokens"))
            .respond_with(ResponseTemplate::new(status))
            .up_to_n_times(2)
            .mount(&server)
            .await;
        identity(&server, 1).await;
        Mock::given(method("GET"))
            .and(path("/v2/jobs"))
            .and(header("X-Auth-Token", "tok-1"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"jobs": []})))
            .mount(&server)
            .await;
        let (clock, _) = manual_clock();
        let _: Value = client(&server, clock).send_json(get()).await.unwrap();
        let paths: Vec<String> = received(&server)
            .await
            .iter()
            .map(|r| format!("{} {}", r.method, r.url.path()))
            .collect();
        assert_eq!(
            paths,
            [
                "POST /v3/auth/tokens",
                "POST /v3/auth/tokens",
                "POST /v3/auth/tokens",
                "GET /v2/jobs"
            ],
            "status {status}"
        );
    }
}

#[tokio::test]
async fn token_call_follows_the_configured_policy() {
    let failing = || async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(503))
            .mount(&server)
            .await;
        server
    };
    // Retries disabled: one token request, its 503 is the answer.
    let server = failing().await;
    let (clock, _) = manual_clock();
    let err = client_retrying(&server, clock, RetryConfig::disabled())
        .send_empty(get())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert!(err.to_string().contains("otc_password_token"), "{err}");
    assert_eq!(received(&server).await.len(), 1);

    // The standard three attempts, then the last answer, saying so; the service is never called.
    let server = failing().await;
    let (clock, _) = manual_clock();
    let err = client(&server, clock).send_empty(get()).await.unwrap_err();
    assert!(err.to_string().contains("after 3 attempts"), "{err}");
    assert_eq!(received(&server).await.len(), 3);

    // A wrong password (401) is not transient: asked once.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    let (clock, _) = manual_clock();
    let err = client(&server, clock).send_empty(get()).await.unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert_eq!(received(&server).await.len(), 1);

    // An identity service that does not listen: retried, then a transport error.
    let config = Config::builder()
        .credentials(OtcPassword::new(
            format!("{}/v3", closed_port_url()),
            "OTC-DOMAIN",
            "alice",
            "pw",
        ))
        .retry(fast_retry())
        .build()
        .unwrap();
    let err = HttpClient::for_service(
        config,
        Service::new(Provider::Otc, "modelarts", server.uri()),
    )
    .unwrap()
    .send_empty(get())
    .await
    .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(err.to_string().contains("after 3 attempts"), "{err}");
}
