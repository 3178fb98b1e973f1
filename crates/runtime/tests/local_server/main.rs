//! Tests of the runtime against a real local HTTP server (wiremock on 127.0.0.1).
//!
//! One test binary with modules, so wiremock is linked once.

mod common;
mod discovery;
mod errors;
mod otc_token;
mod pagination;
mod public_api;
mod readme;
mod retries;
mod secrets;
mod signing;
mod sources;
mod tls;
mod waiter;
