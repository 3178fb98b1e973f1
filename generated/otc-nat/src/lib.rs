//! Rust client for NAT Gateway (Open Telekom Cloud).
//!
//! API versions: v3, v2.0, unversioned. Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.
//!
//! ```no_run
//! # async fn example() -> Result<(), otc_nat::runtime::Error> {
//! let config = otc_nat::runtime::Config::from_env()?;
//! let client = otc_nat::Client::new(config, otc_nat::Region::EuDe)?;
//! let response = client.querying_nat_gateways().send().await?;
//! println!("{response:?}");
//! # Ok(())
//! # }
//! ```
mod client;
pub mod operations;
mod support;
pub mod types;
pub mod v2_0;
pub use client::{Client, Region};
/// The runtime this crate sends requests with: `Config`, credentials, errors.
pub use docsdk_runtime as runtime;
