//! Rust client for Cloud ML (Samsung Cloud Platform).
//!
//! Provides an Application Programming Interface (API) that supports programmatic use of IaaS/PaaS products provided by SCP.
//! This guide provides a brief description of Cloud ML service and how to call API.
//! The API is provided as a RESTful API, and it responds in JSON format.
//!
//! API versions: 1.0 (CURRENT). Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.
//!
//! ```no_run
//! # async fn example() -> Result<(), scp_cloud_ml::runtime::Error> {
//! let config = scp_cloud_ml::runtime::Config::from_env()?;
//! let client = scp_cloud_ml::Client::new(
//!     config,
//!     scp_cloud_ml::Region::KrWest1,
//!     scp_cloud_ml::Environment::S,
//! )?;
//! let response = client.check_duplication_name_and_domain_name().send().await?;
//! println!("{response:?}");
//! # Ok(())
//! # }
//! ```
mod client;
pub mod operations;
mod support;
pub mod types;
pub use client::{Client, Region, Environment};
/// The runtime this crate sends requests with: `Config`, credentials, errors.
pub use docsdk_runtime as runtime;
