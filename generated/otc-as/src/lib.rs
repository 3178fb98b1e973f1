//! Rust client for Auto Scaling (Open Telekom Cloud).
//!
//! API versions: v2, v1, unversioned. Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.
//!
//! ```no_run
//! # async fn example() -> Result<(), otc_as::runtime::Error> {
//! let config = otc_as::runtime::Config::from_env()?;
//! let client = otc_as::Client::new(config, otc_as::Region::EuDe)?;
//! let response = client.querying_api_versions().send().await?;
//! println!("{response:?}");
//! # Ok(())
//! # }
//! ```
mod client;
pub mod operations;
mod support;
pub mod types;
pub use client::{Client, Region};
/// The runtime this crate sends requests with: `Config`, credentials, errors.
pub use docsdk_runtime as runtime;
