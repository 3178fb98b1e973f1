//! The waiter against a local server: a resource that settles, and one that never does.

use std::time::{Duration, Instant};

use docsdk_runtime::{Error, Method, Request, Waiter};
use serde::Deserialize;
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

#[derive(Debug, Deserialize)]
struct Cluster {
    state: String,
}

async fn cluster_server(creating_polls: u64) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"state": "CREATING"})))
        .up_to_n_times(creating_polls)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"state": "RUNNING"})))
        .mount(&server)
        .await;
    server
}

fn show() -> Request {
    Request::new(Method::Get, "/v1/clusters/{cluster_id}", "show_cluster")
        .path_param("cluster_id", "c-1")
}

#[tokio::test]
async fn waits_until_the_state_settles() {
    let server = cluster_server(2).await;
    let client = scp_client(&server);
    let cluster = Waiter::new("cluster c-1 RUNNING", Duration::from_secs(5))
        .interval(Duration::from_millis(10), Duration::from_millis(40))
        .until(
            || client.send_json::<Cluster>(show()),
            |c| c.state == "RUNNING",
        )
        .await
        .unwrap();
    assert_eq!(cluster.state, "RUNNING");
    assert_eq!(received(&server).await.len(), 3);
}

#[tokio::test]
async fn deadline_gives_a_clear_timeout_error() {
    let server = cluster_server(u64::MAX).await;
    let client = scp_client(&server);
    let started = Instant::now();
    let err = Waiter::new("cluster c-1 RUNNING", Duration::from_millis(300))
        .interval(Duration::from_millis(20), Duration::from_millis(80))
        .until(
            || client.send_json::<Cluster>(show()),
            |c| c.state == "RUNNING",
        )
        .await
        .unwrap_err();
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(300) && waited < Duration::from_secs(2),
        "{waited:?}"
    );
    let Error::WaitTimeout(timeout) = &err else {
        panic!("{err:?}")
    };
    let polls = received(&server).await.len() as u32;
    assert_eq!(timeout.polls, polls);
    // 20 + 40 + 80 + 80 + (cut to the deadline): at least 5 polls, far fewer than at 20 ms.
    assert!((5..=8).contains(&polls), "{polls}");
    assert_eq!(
        err.to_string(),
        format!(
            "gave up waiting for cluster c-1 RUNNING after 300ms ({polls} polls); last answer: \
             Cluster {{ state: \"CREATING\" }}; wait longer (Waiter::new's deadline) or check the resource"
        )
    );
}

#[tokio::test]
async fn a_failing_poll_ends_the_wait() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let client = scp_client(&server);
    let err = Waiter::new("cluster c-1 RUNNING", Duration::from_secs(5))
        .until(
            || client.send_json::<Cluster>(show()),
            |c| c.state == "RUNNING",
        )
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
}
