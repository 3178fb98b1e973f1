//! SCP's request signing as an OpenAPI security scheme, the same in every SCP document.

use docsdk_spec::{OpenApi, SecurityScheme};
use indexmap::IndexMap;

/// Name of the security scheme in `components.securitySchemes`.
pub const SECURITY_SCHEME: &str = "scpSignature";

/// `x-signing` of the SCP security scheme.
pub const SIGNING: &str = "scp-hmac-sha256";

/// Description of the scheme: how SCP signs requests, as the example headers show it.
pub const SECURITY_DESCRIPTION: &str = "SCP request signing. Every request carries the access key in \
    `Scp-Accesskey`, the request time in milliseconds since the epoch in `Scp-Timestamp`, \
    `Scp-ClientType: Openapi`, and `Scp-Signature`: the Base64 HMAC-SHA256, keyed with the secret \
    key, of the request method, URL, timestamp and access key (the example requests show these \
    headers).";

/// The SCP security scheme.
pub fn security_scheme() -> SecurityScheme {
    SecurityScheme {
        scheme_type: "apiKey".into(),
        description: Some(SECURITY_DESCRIPTION.into()),
        name: Some("Scp-Accesskey".into()),
        location: Some("header".into()),
        signing: Some(SIGNING.into()),
        extra: Default::default(),
    }
}

/// Declares the scheme on `api` and requires it on every operation.
pub fn require_signing(api: &mut OpenApi) {
    api.components
        .security_schemes
        .insert(SECURITY_SCHEME.into(), security_scheme());
    api.security = vec![IndexMap::from([(SECURITY_SCHEME.to_owned(), Vec::new())])];
}
