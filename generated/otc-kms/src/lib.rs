//! Rust client for Key Management Service (Open Telekom Cloud).
//!
//! API versions: v1.0, unversioned. Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.
//!
//! ```no_run
//! # async fn example() -> Result<(), otc_kms::runtime::Error> {
//! let config = otc_kms::runtime::Config::from_env()?;
//! let client = otc_kms::Client::new(config, otc_kms::Region::EuDe)?;
//! let response = client.querying_all_api_versions().send().await?;
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
