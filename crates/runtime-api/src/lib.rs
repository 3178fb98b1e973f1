//! What every docsdk-generated cloud client builds on, and nothing that talks to the network.
//!
//! Generated crates depend on this crate only: they build [`Request`]s and send them through a
//! [`Client`], whose [`Transport`] does the signing, retries, timeouts and HTTP. The transport of
//! real calls is `docsdk_runtime::HttpClient`, made from a `docsdk_runtime::Config`; keeping it in
//! that other crate keeps reqwest, rustls and tokio out of the generated crates' builds (compiled
//! once there, not loaded again by every generated crate). `docsdk_runtime` re-exports every
//! item of this crate, so users name one crate.
//!
//! - [`Request`], [`Method`]: a call before signing; [`Client`] sends it and decodes the JSON
//!   answer ([`Response`] keeps status, headers and request id with the body).
//! - [`Error`]: one error type whose `Display` is one line a person can act on.
//! - [`paginate`], [`paginate_marker`]: every item of a list operation as a [`Stream`].
//! - [`DateTime`], [`Nullable`], [`Redacted`]: model helpers used by generated types.
//! - [`Transport`] and [`Connect`]: implement them to answer calls in memory in tests.
//!
//! # A fake transport
//!
//! ```
//! use docsdk_runtime_api::{BoxFuture, Client, Error, Method, RawResponse, Request, Transport};
//!
//! #[derive(Debug)]
//! struct Canned;
//!
//! impl Transport for Canned {
//!     fn send(&self, request: Request) -> BoxFuture<'_, Result<RawResponse, Error>> {
//!         let body = format!(r#"{{"path": "{}"}}"#, request.path());
//!         Box::pin(async move { Ok(RawResponse::new(200, Vec::new(), body.into_bytes())) })
//!     }
//! }
//!
//! # async fn run() -> Result<(), Error> {
//! let client = Client::new(Canned);
//! let answer: serde_json::Value = client
//!     .send_json(Request::new(Method::Get, "/v1/clusters/{id}", "show_cluster").path_param("id", "c-1"))
//!     .await?;
//! assert_eq!(answer["path"], "/v1/clusters/c-1");
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod civil;
mod datetime;
mod error;
#[doc(hidden)]
pub mod model_de;
mod nullable;
mod operation;
mod pagination;
mod redact;
mod request;
mod response;
mod retry;
pub mod send;
mod transport;

pub use datetime::{DateTime, DateTimeParseError};
pub use error::{
    ApiError, BoxError, DecodeError, Error, ErrorBody, TimeoutError, TimeoutKind, TransportError,
    WaitTimeoutError,
};
pub use futures_core::Stream;
pub use nullable::Nullable;
pub use operation::{debug_fields_set, require};
pub use pagination::{MarkerPage, Page, collect_all, next_item, paginate, paginate_marker};
pub use redact::Redacted;
pub use request::{Method, Request, UNRESERVED, is_sensitive_header, url_from_template};
pub use response::{
    REQUEST_ID_HEADERS, Response, error_body, send_empty_with_response, send_with_response,
};
pub use retry::{RetryConfig, is_retryable_status};
pub use transport::{BoxFuture, Client, Connect, Provider, RawResponse, Service, Transport};

/// The result type of every fallible call.
pub type Result<T, E = Error> = std::result::Result<T, E>;
