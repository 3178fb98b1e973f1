//! Identifier rules: the generator uses docsdk's one naming module, shared with the readers.

pub use docsdk_naming::*;
