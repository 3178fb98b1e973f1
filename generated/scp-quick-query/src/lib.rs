//! Rust client for Quick Query (Samsung Cloud Platform).
//!
//! SCP에서 제공하는 IaaS/PaaS 상품을 프로그램적으로 이용할 수 있도록 지원하는 응용 프로그램 인터페이스(Application Programming Interface, API)를 제공합니다.
//!
//! 본 가이드는 Quick Query 서비스에 대한 간략한 설명 및 API를 호출하는 방법을 제공합니다. API는 RESTful API 방식으로 제공되며, JSON 형식으로 응답합니다.
//!
//! API versions: 1.1 (CURRENT), 1.0 (SUPPORTED, 최소 지원 보장일 2026-07-01). Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.
//!
//! ```no_run
//! # async fn example() -> Result<(), scp_quick_query::runtime::Error> {
//! let config = scp_quick_query::runtime::Config::from_env()?;
//! let client = scp_quick_query::Client::new(
//!     config,
//!     scp_quick_query::Region::KrWest1,
//!     scp_quick_query::Environment::S,
//! )?;
//! let response = client.list_quick_query_images().send().await?;
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
