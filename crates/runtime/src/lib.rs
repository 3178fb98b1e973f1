//! Runtime for docsdk-generated cloud clients: the signed HTTPS transport and its
//! configuration.
//!
//! Generated crates build requests against `docsdk-runtime-api`, whose every item this crate
//! re-exports; this crate makes the [`Transport`] those requests go through, so that request
//! signing, TLS, retries, timeouts and error mapping are written and tested once:
//!
//! - [`Config`] / [`ConfigBuilder`]: credentials, region, endpoint override, trust, proxy,
//!   timeouts, retry policy; [`Config::from_env_for`] reads a [`Provider`]'s own sources
//!   (`SCP_TF_*` and `~/.scpconf`; `OS_*` and `clouds.yaml`), see [`ConfigSources`]. A generated
//!   crate's `Client::new(config, ..)` takes a `Config` (it implements [`Connect`]).
//! - [`Credentials`]: Samsung Cloud Platform access keys ([`ScpCredentials`]), Open Telekom Cloud
//!   IAM tokens ([`OtcToken`]), AK/SK pairs ([`OtcAkSk`]) or user and password
//!   ([`OtcPassword`], exchanged for a renewed token); never printed by `Debug`.
//! - [`HttpClient`]: sends a [`Request`] built from the documented path template with retries
//!   (re-signed on each attempt, per-call timeout and retry overrides);
//!   [`HttpClient::for_service`] checks the credentials' cloud and discovers SCP endpoints from
//!   the IAM catalogue. [`Client`] wraps it (or any transport) and decodes the JSON answers.
//! - [`Waiter`]: poll until a resource settles, with a deadline.
//! - [`Error`]: one error type whose `Display` is one line a person can act on.
//!
//! The signing algorithms are pure functions in [`signing`], testable without I/O.
//!
//! # Example
//!
//! ```no_run
//! use docsdk_runtime::{Client, Config, HttpClient, Method, Request, ScpCredentials};
//!
//! # async fn run() -> Result<(), docsdk_runtime::Error> {
//! let config = Config::builder()
//!     .credentials(ScpCredentials::new("my-access-key", "my-secret-key"))
//!     .build()?;
//! let client = Client::new(HttpClient::new(
//!     config,
//!     "https://eventstreams.kr-west1.e.samsungsdscloud.com",
//! )?);
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

mod client;
mod config;
mod credentials;
mod discovery;
mod otc_auth;
pub mod signing;
mod sources;
mod tls;
mod waiter;

pub use client::HttpClient;
pub use config::{
    Clock, Config, ConfigBuilder, DEFAULT_ACCEPT_LANGUAGE, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_REQUEST_TIMEOUT, DEFAULT_USER_AGENT,
};
pub use credentials::{Credentials, OtcAkSk, OtcPassword, OtcToken, ScpCredentials, env};
pub use discovery::scp_auth_url;
pub use docsdk_runtime_api::*;
pub use sources::ConfigSources;
pub use waiter::Waiter;
