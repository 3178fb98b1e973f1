//! Rust client for Search Engine (Samsung Cloud Platform).
//!
//! SCP에서 제공하는 IaaS/PaaS 상품을 프로그램적으로 이용할 수 있도록 지원하는 응용 프로그램 인터페이스(Application Programming Interface, API)를 제공합니다.
//!
//! 본 가이드는 Search Engine 서비스에 대한 간략한 설명 및 API를 호출하는 방법을 제공합니다. API는 RESTful API 방식으로 제공되며, JSON 형식으로 응답합니다.
//!
//! API versions: 1.0 (CURRENT). Each method of `Client` calls the operation's newest CURRENT version; the other versions stay callable through their modules (`Client::v1_0()`-style accessors) with their own types.
//!
//! ```no_run
//! # async fn example() -> Result<(), scp_search_engine::runtime::Error> {
//! let config = scp_search_engine::runtime::Config::from_env()?;
//! let client = scp_search_engine::Client::new(
//!     config,
//!     scp_search_engine::Region::KrWest1,
//!     scp_search_engine::Environment::S,
//! )?;
//! let response = client.list_clusters().send().await?;
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
