//! Helpers: clients pointed at the mock server, and an independent re-implementation of both
//! signing schemes that verifies a request *as the server received it*.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, UNIX_EPOCH};

use base64::Engine as _;
use docsdk_runtime::{Clock, Config, Credentials, HttpClient, RetryConfig};
use hmac::{Hmac, Mac};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use sha2::{Digest, Sha256};
use wiremock::MockServer;

pub const SCP_AK: &str = "AKSCPTEST01";
pub const SCP_SK: &str = "scp-secret-key-DO-NOT-PRINT";
pub const OTC_AK: &str = "AKOTCTEST01";
pub const OTC_SK: &str = "otc-secret-key-DO-NOT-PRINT";
pub const OTC_TOKEN: &str = "otc-iam-token-DO-NOT-PRINT";

/// Fast retries: 3 attempts, 10-20 ms backoff.
pub fn fast_retry() -> RetryConfig {
    RetryConfig::standard()
        .with_initial_backoff(Duration::from_millis(20))
        .with_max_backoff(Duration::from_millis(50))
}

pub fn client_with(
    server: &MockServer,
    credentials: impl Into<Credentials>,
    retry: RetryConfig,
) -> HttpClient {
    let config = Config::builder()
        .credentials(credentials)
        .endpoint_url(server.uri())
        .retry(retry)
        .build()
        .unwrap();
    // The documented URL is replaced by the endpoint override.
    HttpClient::new(config, "https://unused.example.com").unwrap()
}

pub fn scp_client(server: &MockServer) -> HttpClient {
    client_with(
        server,
        docsdk_runtime::ScpCredentials::new(SCP_AK, SCP_SK),
        fast_retry(),
    )
}

/// A clock that advances one second per reading, from 2026-01-01T00:00:00Z.
pub fn ticking_clock() -> Clock {
    let ticks = Arc::new(AtomicU64::new(0));
    Clock::new(move || {
        UNIX_EPOCH + Duration::from_secs(1_767_225_600 + ticks.fetch_add(1, Ordering::SeqCst))
    })
}

pub fn header<'r>(req: &'r wiremock::Request, name: &str) -> &'r str {
    req.headers
        .get(name)
        .unwrap_or_else(|| panic!("request has no {name} header"))
        .to_str()
        .unwrap()
}

/// The URL as the server sees it: scheme + Host header + request target.
pub fn url_as_received(req: &wiremock::Request) -> String {
    let mut url = format!("http://{}{}", header(req, "host"), req.url.path());
    if let Some(q) = req.url.query() {
        url.push('?');
        url.push_str(q);
    }
    url
}

fn hmac(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
    mac.update(msg);
    mac.finalize().into_bytes().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Recomputes the SCP signature of a received request and checks every SCP header.
pub fn verify_scp(req: &wiremock::Request, access_key: &str, secret_key: &str, account_id: &str) {
    assert_eq!(header(req, "scp-accesskey"), access_key);
    assert_eq!(header(req, "scp-clienttype"), "Openapi");
    let ts = header(req, "scp-timestamp");
    assert!(
        ts.len() == 13 && ts.bytes().all(|b| b.is_ascii_digit()),
        "timestamp {ts}"
    );
    let message = format!(
        "{}{}{ts}{access_key}{account_id}Openapi",
        req.method.as_str(),
        url_as_received(req)
    );
    let expected = base64::engine::general_purpose::STANDARD
        .encode(hmac(secret_key.as_bytes(), message.as_bytes()));
    assert_eq!(
        header(req, "scp-signature"),
        expected,
        "signed message was {message:?}"
    );
}

const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn reencode(s: &str) -> String {
    utf8_percent_encode(&percent_decode_str(s).decode_utf8_lossy(), UNRESERVED).to_string()
}

/// Recomputes the OTC AK/SK signature of a received request from its `Authorization` header's
/// signed header list, the headers as received, the URL and the body.
pub fn verify_otc(req: &wiremock::Request, access_key: &str, secret_key: &str) {
    let auth = header(req, "authorization");
    let rest = auth
        .strip_prefix("SDK-HMAC-SHA256 ")
        .expect("algorithm prefix");
    let mut parts = rest.split(", ");
    let access = parts.next().unwrap().strip_prefix("Access=").unwrap();
    let signed = parts
        .next()
        .unwrap()
        .strip_prefix("SignedHeaders=")
        .unwrap();
    let signature = parts.next().unwrap().strip_prefix("Signature=").unwrap();
    assert_eq!(access, access_key);
    assert!(
        signed.split(';').any(|h| h == "host") && signed.split(';').any(|h| h == "x-sdk-date"),
        "{signed}"
    );

    let mut uri: String = req
        .url
        .path()
        .split('/')
        .map(reencode)
        .collect::<Vec<_>>()
        .join("/");
    if !uri.ends_with('/') {
        uri.push('/');
    }
    let mut query: Vec<(String, String)> = req
        .url
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (reencode(k), reencode(v))
        })
        .collect();
    query.sort();
    let query = query
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let headers: String = signed
        .split(';')
        .map(|h| format!("{h}:{}\n", header(req, h).trim()))
        .collect();
    let canonical = format!(
        "{}\n{uri}\n{query}\n{headers}\n{signed}\n{}",
        req.method.as_str(),
        hex(&Sha256::digest(&req.body))
    );
    let date = header(req, "x-sdk-date");
    let to_sign = format!(
        "SDK-HMAC-SHA256\n{date}\n{}",
        hex(&Sha256::digest(canonical.as_bytes()))
    );
    assert_eq!(
        signature,
        hex(&hmac(secret_key.as_bytes(), to_sign.as_bytes())),
        "canonical request was {canonical:?}"
    );
}

/// Requests the server received so far.
pub async fn received(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap()
}

/// A 127.0.0.1 URL on which nothing listens (a port just released).
pub fn closed_port_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}
