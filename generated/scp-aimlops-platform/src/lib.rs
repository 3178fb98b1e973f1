//! Rust client for AI\&MLOps Platform (Samsung Cloud Platform).
//!
//! Provides an Application Programming Interface (API) that supports programmatic use of IaaS/PaaS products provided by SCP.
//!
//! This guide provides a brief description of AI\&MLOps Platform service and how to call API. The API is provided as a RESTful API, and it responds in JSON format.
//!
//! API versions: 1.1 (CURRENT), 1.0 (DEPRECATED, Not Before 2026-03-19). Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.
//!
//! ```no_run
//! # async fn example() -> Result<(), scp_aimlops_platform::runtime::Error> {
//! let config = scp_aimlops_platform::runtime::Config::from_env()?;
//! let client = scp_aimlops_platform::Client::new(
//!     config,
//!     scp_aimlops_platform::Region::KrWest1,
//!     scp_aimlops_platform::Environment::S,
//! )?;
//! let response = client.list_ai_ml_ops_platform().send().await?;
//! println!("{response:?}");
//! # Ok(())
//! # }
//! ```
mod client;
pub mod operations;
mod support;
pub mod types;
pub mod v1_0;
pub use client::{Client, Region, Environment};
/// The runtime this crate sends requests with: `Config`, credentials, errors.
pub use docsdk_runtime as runtime;
