//! Trust: a local HTTPS server whose certificate is issued by a CA this test makes. Trusted only
//! once the CA is added with `ConfigBuilder::add_root_certificate`, or named by `SSL_CERT_FILE`.

use std::sync::Arc;

use docsdk_runtime::{Config, Error, HttpClient, Method, OtcToken, Request, RetryConfig};
use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
use serde_json::Value;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio_rustls::rustls;

/// Starts an HTTPS server on 127.0.0.1 answering every request with `{"tls":"ok"}`; returns
/// its port and the PEM of the CA that issued its certificate.
async fn https_server() -> (u16, String) {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["localhost".to_owned()])
        .unwrap()
        .signed_by(&leaf_key, &ca, &ca_key)
        .unwrap();

    // The runtime's own provider (ring, deprecated by rustls 0.23.48 for lacking
    // post-quantum key exchange; see src/tls.rs).
    #[allow(deprecated, reason = "the same provider as the runtime's client")]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let server_config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![leaf.der().clone()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into()),
        )
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server_config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                // A handshake the client refuses ends here; that is the point of one test.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let mut request = Vec::new();
                let mut buf = [0u8; 1024];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let body = r#"{"tls":"ok"}"#;
                let response = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
                     Connection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = tls.write_all(response.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (port, ca.pem())
}

fn client(port: u16, root: Option<&str>) -> HttpClient {
    let mut builder = Config::builder()
        .credentials(OtcToken::new("t"))
        .endpoint_url(format!("https://localhost:{port}"))
        .retry(RetryConfig::disabled());
    if let Some(pem) = root {
        builder = builder.add_root_certificate(pem);
    }
    HttpClient::new(builder.build().unwrap(), "https://unused.example.com").unwrap()
}

fn get() -> Request {
    Request::new(Method::Get, "/v1/ping", "ping")
}

#[tokio::test]
async fn added_root_certificate_is_trusted() {
    let (port, ca_pem) = https_server().await;
    let body: Value = client(port, Some(&ca_pem)).send_json(get()).await.unwrap();
    assert_eq!(body, serde_json::json!({"tls": "ok"}));
}

#[tokio::test]
async fn unknown_issuer_is_refused_without_the_root() {
    let (port, _) = https_server().await;
    let err = client(port, None).send_empty(get()).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(err.to_string().contains("certificate"), "{err}");
    // The cause chain is reachable without naming reqwest's type.
    let source = std::error::Error::source(&err).expect("a source");
    assert!(!source.to_string().is_empty());
}

#[test]
fn invalid_pem_fails_at_build() {
    let e = Config::builder()
        .credentials(OtcToken::new("t"))
        .add_root_certificate("not a certificate")
        .build()
        .unwrap_err();
    assert!(
        e.to_string().contains("no `BEGIN CERTIFICATE` block"),
        "{e}"
    );
    let e = Config::builder()
        .credentials(OtcToken::new("t"))
        .proxy("not a url")
        .build()
        .unwrap_err();
    // One "invalid request:" prefix, then where the value came from.
    assert!(
        e.to_string()
            .starts_with("invalid request: config proxy: endpoint `not a url`"),
        "{e}"
    );
}

#[tokio::test]
async fn explicit_proxy_carries_the_request() {
    // The service host does not resolve; only a request through the proxy can arrive.
    let proxy = wiremock::MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::method("GET"))
        .respond_with(
            wiremock::ResponseTemplate::new(200).set_body_json(serde_json::json!({"via": "proxy"})),
        )
        .mount(&proxy)
        .await;
    let config = Config::builder()
        .credentials(OtcToken::new("t"))
        .proxy(proxy.uri())
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let client = HttpClient::new(config, "http://service.invalid").unwrap();
    let body: Value = client.send_json(get()).await.unwrap();
    assert_eq!(body, serde_json::json!({"via": "proxy"}));
    let received = proxy.received_requests().await.unwrap();
    assert_eq!(
        received[0].url.host_str(),
        Some("service.invalid"),
        "{:?}",
        received[0].url
    );
}

/// The variables that hand the child test its job.
const CHILD_URL: &str = "DOCSDK_TEST_TLS_CHILD_URL";
const CHILD_EXPECT: &str = "DOCSDK_TEST_TLS_CHILD_EXPECT";

/// Runs `ssl_cert_file_child` in a fresh process of this test binary with `SSL_CERT_FILE` set:
/// the system roots are read once per process, so the variable must be there from the start,
/// and a child process needs no `unsafe` `set_var`.
async fn run_child(port: u16, cert_file: &std::path::Path, expect: &str) {
    let exe = std::env::current_exe().unwrap();
    let cert_file = cert_file.to_owned();
    let expected = expect.to_owned();
    // Blocking wait off the runtime's thread, so the server task keeps answering meanwhile.
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(exe)
            .args(["tls::ssl_cert_file_child", "--exact", "--ignored"])
            .env("SSL_CERT_FILE", &cert_file)
            .env_remove("SSL_CERT_DIR")
            .env(CHILD_URL, format!("https://localhost:{port}"))
            .env(CHILD_EXPECT, &expected)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "child ({expect}) failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn ssl_cert_file_is_trusted() {
    let (port, ca_pem) = https_server().await;
    let dir = crate::sources::TempDir::new("ssl-cert-file");
    let ca_file = dir.write("ca.pem", &ca_pem);
    // SSL_CERT_FILE naming the server's CA: trusted, no add_root_certificate.
    run_child(port, &ca_file, "ok").await;
    // SSL_CERT_FILE naming another CA: refused, so it is the variable that made the difference.
    let (_, other_pem) = https_server().await;
    let other_file = dir.write("other.pem", &other_pem);
    run_child(port, &other_file, "refused").await;
}

/// The child half of `ssl_cert_file_is_trusted`; does nothing when run on its own.
#[tokio::test]
#[ignore = "run by ssl_cert_file_is_trusted in a child process with SSL_CERT_FILE set"]
async fn ssl_cert_file_child() {
    let (Ok(url), Ok(expect)) = (std::env::var(CHILD_URL), std::env::var(CHILD_EXPECT)) else {
        return;
    };
    let config = Config::builder()
        .credentials(OtcToken::new("t"))
        .endpoint_url(url)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let result = HttpClient::new(config, "https://unused.example.com")
        .unwrap()
        .send_json::<Value>(get())
        .await;
    match expect.as_str() {
        "ok" => assert_eq!(result.unwrap(), serde_json::json!({"tls": "ok"})),
        _ => {
            let err = result.unwrap_err();
            assert!(err.to_string().contains("certificate"), "{err}");
        }
    }
}
