//! Rust client for Elastic Volume Service (Open Telekom Cloud).
//!
//! API versions: v3, v2, v1, unversioned. Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.
//!
//! ```no_run
//! # async fn example() -> Result<(), otc_evs::runtime::Error> {
//! let config = otc_evs::runtime::Config::from_env()?;
//! let client = otc_evs::Client::new(config, otc_evs::Region::EuDe)?;
//! let response = client.querying_information_of_api_versions().send().await?;
//! println!("{response:?}");
//! # Ok(())
//! # }
//! ```
mod client;
pub mod operations;
mod support;
pub mod types;
pub mod v1;
pub mod v2;
pub use client::{Client, Region};
/// The runtime this crate sends requests with: `Config`, credentials, errors.
pub use docsdk_runtime as runtime;
