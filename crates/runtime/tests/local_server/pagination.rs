//! `paginate` against a real server: the three stopping rules and errors.

use docsdk_runtime::{Error, HttpClient, Method, Page, Request, collect_all, next_item, paginate};
use futures_util::StreamExt as _;
use serde::Deserialize;
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

/// SCP's list response shape.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListResponse {
    contents: Vec<u32>,
    total_count: Option<u64>,
}

async fn serve_page(server: &MockServer, page: u32, contents: &[u32], total: Option<u64>) {
    let mut body = json!({"contents": contents});
    if let Some(total) = total {
        body["totalCount"] = json!(total);
    }
    Mock::given(method("GET"))
        .and(path("/v1/clusters"))
        .and(query_param("page", page.to_string()))
        .and(query_param("size", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

/// What a generated `list_clusters_stream` does.
fn clusters(client: &HttpClient) -> impl futures_util::Stream<Item = Result<u32, Error>> + use<> {
    let client = client.clone();
    paginate(0, 2, move |page| {
        let client = client.clone();
        async move {
            let response: ListResponse = client
                .send_json(
                    Request::new(Method::Get, "/v1/clusters", "list_clusters")
                        .query("size", 2)
                        .query("page", page),
                )
                .await?;
            Ok(Page::new(response.contents, response.total_count))
        }
    })
}

async fn pages_requested(server: &MockServer) -> Vec<String> {
    received(server)
        .await
        .iter()
        .map(|r| {
            r.url
                .query_pairs()
                .find(|(k, _)| k == "page")
                .unwrap()
                .1
                .into_owned()
        })
        .collect()
}

#[tokio::test]
async fn stops_at_the_total() {
    let server = MockServer::start().await;
    serve_page(&server, 0, &[1, 2], Some(4)).await;
    serve_page(&server, 1, &[3, 4], Some(4)).await;
    serve_page(&server, 2, &[99], Some(4)).await; // must not be requested
    let items = collect_all(clusters(&scp_client(&server))).await.unwrap();
    assert_eq!(items, [1, 2, 3, 4]);
    assert_eq!(pages_requested(&server).await, ["0", "1"]);
}

#[tokio::test]
async fn stops_on_an_empty_page() {
    let server = MockServer::start().await;
    serve_page(&server, 0, &[1, 2], None).await;
    serve_page(&server, 1, &[3, 4], None).await;
    serve_page(&server, 2, &[], None).await;
    let items: Vec<u32> = clusters(&scp_client(&server))
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(items, [1, 2, 3, 4]);
    assert_eq!(pages_requested(&server).await, ["0", "1", "2"]);
}

#[tokio::test]
async fn stops_on_a_short_page() {
    let server = MockServer::start().await;
    serve_page(&server, 0, &[1, 2], None).await;
    serve_page(&server, 1, &[3], None).await;
    serve_page(&server, 2, &[99], None).await; // must not be requested
    let items = collect_all(clusters(&scp_client(&server))).await.unwrap();
    assert_eq!(items, [1, 2, 3]);
    assert_eq!(pages_requested(&server).await, ["0", "1"]);
}

#[tokio::test]
async fn an_error_ends_the_stream_after_the_items_before_it() {
    let server = MockServer::start().await;
    serve_page(&server, 0, &[1, 2], None).await;
    Mock::given(query_param("page", "1"))
        .respond_with(
            ResponseTemplate::new(403).set_body_json(json!({"code": "FORBIDDEN", "message": "no"})),
        )
        .mount(&server)
        .await;
    let mut stream = clusters(&scp_client(&server));
    assert_eq!(next_item(&mut stream).await.unwrap().unwrap(), 1);
    assert_eq!(next_item(&mut stream).await.unwrap().unwrap(), 2);
    let err = next_item(&mut stream).await.unwrap().unwrap_err();
    assert_eq!(err.status(), Some(403));
    assert!(next_item(&mut stream).await.is_none());
    assert!(next_item(&mut stream).await.is_none());
    assert_eq!(pages_requested(&server).await, ["0", "1"]);
}

#[tokio::test]
async fn nothing_is_fetched_until_polled() {
    let server = MockServer::start().await;
    serve_page(&server, 0, &[1], None).await;
    let stream = clusters(&scp_client(&server));
    assert!(received(&server).await.is_empty());
    drop(stream);
    assert!(received(&server).await.is_empty());
}
