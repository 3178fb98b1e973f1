//! TLS setup: rustls with the `ring` provider and the compiled-in Mozilla roots.
//!
//! `webpki-roots` rather than the OS store: it works identically in minimal containers that
//! have no CA bundle and needs no file access at start-up; it costs one package.

use std::sync::{Arc, OnceLock};

use crate::Error;

/// The rustls client configuration, built once per process (the root store has ~150 anchors).
pub(crate) fn client_config() -> Result<rustls::ClientConfig, Error> {
    static CONFIG: OnceLock<Result<rustls::ClientConfig, String>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let mut roots = rustls::RootCertStore::empty();
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            let provider = Arc::new(rustls::crypto::ring::default_provider());
            let mut config = rustls::ClientConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .map_err(|e| format!("TLS setup failed: {e}"))?
                .with_root_certificates(roots)
                .with_no_client_auth();
            // The runtime speaks HTTP/1.1 only (no h2 dependency); say so in ALPN.
            config.alpn_protocols = vec![b"http/1.1".to_vec()];
            Ok(config)
        })
        .clone()
        .map_err(Error::InvalidRequest)
}
