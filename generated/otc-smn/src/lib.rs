//! Rust client for Simple Message Notification (Open Telekom Cloud).
//!
//! API versions: v2, unversioned. Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.
//!
//! ```no_run
//! # async fn example() -> Result<(), otc_smn::runtime::Error> {
//! let config = otc_smn::runtime::Config::from_env()?;
//! let client = otc_smn::Client::new(config, otc_smn::Region::EuDe)?;
//! let response = client.listing_all_smn_api_versions().send().await?;
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
