//! The README's end-to-end example: the code between the markers appears verbatim in
//! README.md (checked by `readme_shows_this_code`).

// README-BEGIN
use docsdk_runtime::{Client, Config, HttpClient, Method, Request, ScpCredentials};
use serde::Deserialize;
use wiremock::matchers::{header_exists, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ClusterList {
    contents: Vec<Cluster>,
    total_count: u64,
}

#[derive(Debug, Deserialize)]
struct Cluster {
    id: String,
}

#[tokio::test]
async fn readme_signed_call_end_to_end() -> Result<(), docsdk_runtime::Error> {
    // A local server standing in for https://eventstreams.kr-west1.e.samsungsdscloud.com.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/clusters"))
        .and(header_exists("Scp-Signature"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"contents":[{"id":"cluster-1"}],"totalCount":1}"#,
            "application/json",
        ))
        .mount(&server)
        .await;

    let config = Config::builder()
        .credentials(ScpCredentials::new("my-access-key", "my-secret-key"))
        .endpoint_url(server.uri()) // omit to call the real service
        .build()?;
    // The signed HTTPS transport, and the client that sends requests through it.
    let client = Client::new(HttpClient::new(
        config,
        "https://eventstreams.kr-west1.e.samsungsdscloud.com",
    )?);

    let list: ClusterList = client
        .send_json(
            Request::new(Method::Get, "/v1/clusters", "list_clusters")
                .api_version("eventstreams 1.0")
                .query("size", 20)
                .query("page", 0),
        )
        .await?;
    assert_eq!(list.total_count, 1);
    assert_eq!(list.contents[0].id, "cluster-1");

    // What the server received: the SCP headers, signed over the URL as sent.
    let received = &server.received_requests().await.unwrap()[0];
    crate::common::verify_scp(received, "my-access-key", "my-secret-key", "");
    Ok(())
}
// README-END

#[test]
fn readme_shows_this_code() {
    let this = include_str!("readme.rs");
    let begin = this.find("// README-BEGIN\n").unwrap() + "// README-BEGIN\n".len();
    let end = this.find("// README-END").unwrap();
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains(&this[begin..end]),
        "README.md does not show tests/local_server/readme.rs"
    );
}
