//! Rust client for Domain Name Service (Open Telekom Cloud).
//!
//! API versions: v2, unversioned. Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.
//!
//! ```no_run
//! # async fn example() -> Result<(), otc_dns::runtime::Error> {
//! let config = otc_dns::runtime::Config::from_env()?;
//! let client = otc_dns::Client::new(config, otc_dns::Region::EuDe)?;
//! let response = client.querying_all_ptr_records().send().await?;
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
