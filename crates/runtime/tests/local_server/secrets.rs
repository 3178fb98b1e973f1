//! No secret in `Debug` output or tracing data; tracing carries the documented fields.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use docsdk_runtime::{
    Config, Credentials, Method, OtcAkSk, OtcToken, Request, RetryConfig, ScpCredentials,
};
use serde_json::{Value, json};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

const SECRETS: [&str; 4] = [SCP_SK, OTC_SK, OTC_TOKEN, "security-token-DO-NOT-PRINT"];

/// Records every span field and event field as `name=value` text.
struct Capture {
    text: Arc<Mutex<String>>,
    next_id: AtomicU64,
}

struct Fields<'a>(&'a mut String);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, "{}={:?} ", field.name(), value);
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut text = self.text.lock().unwrap();
        let _ = write!(text, "\nspan {} ", span.metadata().name());
        span.record(&mut Fields(&mut text));
        Id::from_u64(self.next_id.fetch_add(1, Ordering::SeqCst) + 1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        let mut text = self.text.lock().unwrap();
        text.push_str("\nrecord ");
        values.record(&mut Fields(&mut text));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut text = self.text.lock().unwrap();
        text.push_str("\nevent ");
        event.record(&mut Fields(&mut text));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[tokio::test]
async fn debug_and_tracing_carry_no_secret() {
    let server = MockServer::start().await;
    Mock::given(path("/ok"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"x": 1})))
        .mount(&server)
        .await;
    Mock::given(path("/flaky"))
        .respond_with(
            ResponseTemplate::new(503)
                .set_body_json(json!({"code": "BUSY", "message": "try again"})),
        )
        .mount(&server)
        .await;
    Mock::given(path("/bad"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"x": "y"})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/slow"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
        .mount(&server)
        .await;

    let text = Arc::new(Mutex::new(String::new()));
    let _guard = tracing::subscriber::set_default(Capture {
        text: text.clone(),
        next_id: AtomicU64::new(0),
    });

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct X {
        x: u32,
    }

    let mut debug = String::new();
    for credentials in [
        Credentials::from(ScpCredentials::new(SCP_AK, SCP_SK).with_account_id("acct")),
        OtcAkSk::new(OTC_AK, OTC_SK)
            .with_security_token("security-token-DO-NOT-PRINT")
            .into(),
        OtcToken::new(OTC_TOKEN).into(),
    ] {
        let builder = Config::builder()
            .credentials(credentials)
            .endpoint_url(server.uri())
            .request_timeout(Duration::from_millis(200))
            .retry(fast_retry());
        let config = builder.clone().build().unwrap();
        let client =
            docsdk_runtime::HttpClient::new(config.clone(), "https://unused.example.com").unwrap();
        let ok: X = client
            .send_json(Request::new(Method::Get, "/ok", "get_ok"))
            .await
            .unwrap();
        let flaky = client
            .send_json::<Value>(Request::new(Method::Get, "/flaky", "get_flaky"))
            .await
            .unwrap_err();
        let bad = client
            .send_json::<X>(Request::new(Method::Get, "/bad", "get_bad"))
            .await
            .unwrap_err();
        let slow = client
            .send_empty(Request::new(Method::Get, "/slow", "get_slow"))
            .await
            .unwrap_err();
        let closed = Config::builder()
            .credentials(config.credentials().clone())
            .endpoint_url(closed_port_url())
            .retry(RetryConfig::disabled())
            .build()
            .unwrap();
        let refused = docsdk_runtime::HttpClient::new(closed, "https://x.example")
            .unwrap()
            .send_empty(Request::new(Method::Get, "/", "get_root"))
            .await
            .unwrap_err();
        assert!(slow.is_timeout() && matches!(refused, docsdk_runtime::Error::Transport(_)));
        for e in [&flaky, &bad, &slow, &refused] {
            let _ = write!(debug, "{e:?}\n{e:#?}\n{e}\n");
        }
        let _ = write!(debug, "{builder:?}\n{config:#?}\n{client:?}\n{ok:?}\n");
    }

    let traced = text.lock().unwrap().clone();
    for secret in SECRETS {
        assert!(
            !debug.contains(secret),
            "`{secret}` appears in Debug/Display output:\n{debug}"
        );
        assert!(
            !traced.contains(secret),
            "`{secret}` appears in tracing data:\n{traced}"
        );
    }
    // The documented span fields are there.
    for field in [
        "span docsdk.request",
        "operation=\"get_flaky\"",
        "method=\"GET\"",
        "path=\"/flaky\"",
        "status=503",
        "attempt=3",
        "latency_ms=",
    ] {
        assert!(
            traced.contains(field),
            "tracing data lacks `{field}`:\n{traced}"
        );
    }
}
