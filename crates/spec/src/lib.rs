//! The intermediate spec model of docsdk.
//!
//! Every reader turns a published document into [`OpenApi`] values (one per service and API
//! version); the merge step combines them; the templates render them into client crates.
//! The model is plain OpenAPI 3.1 (so any OpenAPI tool can read the YAML we write) plus a
//! small, documented set of `x-` extensions for what OpenAPI has no field for. See
//! [`extensions`] for the list.
//!
//! Readers report problems as [`Diagnostic`]s that carry a [`SourceRef`] (`file:line`), never
//! by panicking.

mod diag;
pub mod extensions;
mod openapi;
mod source;
mod yaml;

pub use diag::{Diagnostic, DiagnosticCode, Diagnostics, Severity};
pub use extensions::{Ext, ExtraExt};
pub use openapi::*;
pub use source::SourceRef;
pub use yaml::{from_yaml, to_yaml};

/// What a reader returns for one input: the documents it could build (one per service and
/// API version) and everything it noticed on the way.
#[derive(Clone, Debug, Default)]
pub struct ReadOutput {
    /// One OpenAPI document per service and API version found in the input.
    pub documents: Vec<OpenApi>,
    /// Errors and warnings, each with `file:line`.
    pub diagnostics: Diagnostics,
}
