//! quote! templates that render an OpenAPI 3.1 spec into a Rust client crate.
