//! Runtime for docsdk-generated cloud clients.
//!
//! Every crate that docsdk generates from a vendor's API reference calls into this crate, so
//! that request signing, transport, retries, error mapping and pagination are written and tested
//! once:
//!
//! - [`Config`] / [`ConfigBuilder`]: credentials, region, endpoint override, trust, proxy,
//!   timeouts, retry policy; [`Config::from_env_for`] reads a [`Provider`]'s own sources
//!   (`SCP_TF_*` and `~/.scpconf`; `OS_*` and `clouds.yaml`), see [`ConfigSources`].
//! - [`Credentials`]: Samsung Cloud Platform access keys ([`ScpCredentials`]), Open Telekom Cloud
//!   IAM tokens ([`OtcToken`]), AK/SK pairs ([`OtcAkSk`]) or user and password
//!   ([`OtcPassword`], exchanged for a renewed token); never printed by `Debug`.
//! - [`Client`] and [`Request`]: build a request from the documented path template, send it with
//!   retries (re-signed on each attempt, per-call timeout and retry overrides) and decode the
//!   JSON answer; [`Client::for_service`] checks the credentials' cloud and discovers SCP
//!   endpoints from the IAM catalogue.
//! - [`Waiter`]: poll until a resource settles, with a deadline.
//! - [`Error`]: one error type whose `Display` is one line a person can act on.
//! - [`paginate`]: every item of a page/size list operation as a [`Stream`].
//! - [`DateTime`] and [`Nullable`]: model helpers used by generated types.
//!
//! The signing algorithms are pure functions in [`signing`], testable without I/O.
//!
//! # Example
//!
//! ```no_run
//! use docsdk_runtime::{Client, Config, Method, Request, ScpCredentials};
//!
//! # async fn run() -> Result<(), docsdk_runtime::Error> {
//! let config = Config::builder()
//!     .credentials(ScpCredentials::new("my-access-key", "my-secret-key"))
//!     .build()?;
//! let client = Client::new(config, "https://eventstreams.kr-west1.e.samsungsdscloud.com")?;
//! let clusters: serde_json::Value = client
//!     .send_json(
//!         Request::new(Method::Get, "/v1/clusters", "list_clusters")
//!             .api_version("eventstreams 1.0")
//!             .query("size", 20)
//!             .query("page", 0),
//!     )
//!     .await?;
//! println!("{clusters}");
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod civil;
mod client;
mod config;
mod credentials;
mod datetime;
mod discovery;
mod error;
#[doc(hidden)]
pub mod model_de;
mod nullable;
mod operation;
mod otc_auth;
mod pagination;
mod redact;
mod request;
mod response;
mod retry;
pub mod send;
pub mod signing;
mod sources;
mod tls;
mod waiter;

pub use client::{Client, RawResponse, Service};
pub use config::{
    Clock, Config, ConfigBuilder, DEFAULT_ACCEPT_LANGUAGE, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_REQUEST_TIMEOUT, DEFAULT_USER_AGENT,
};
pub use credentials::{Credentials, OtcAkSk, OtcPassword, OtcToken, Provider, ScpCredentials, env};
pub use datetime::{DateTime, DateTimeParseError};
pub use discovery::scp_auth_url;
pub use error::{
    ApiError, BoxError, DecodeError, Error, ErrorBody, TimeoutError, TimeoutKind, TransportError,
};
pub use futures_core::Stream;
pub use nullable::Nullable;
pub use operation::require;
pub use pagination::{MarkerPage, Page, collect_all, next_item, paginate, paginate_marker};
pub use redact::Redacted;
pub use request::{Method, Request, url_from_template};
pub use response::{Response, error_body, send_empty_with_response, send_with_response};
pub use retry::RetryConfig;
pub use sources::ConfigSources;
pub use waiter::{WaitTimeoutError, Waiter};

/// The result type of every fallible runtime call.
pub type Result<T, E = Error> = std::result::Result<T, E>;
