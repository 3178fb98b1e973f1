//! TLS setup: rustls with the `ring` provider; roots as SCP's own SDK trusts them.
//!
//! Trusted roots, in this order:
//! - the system's store, or `SSL_CERT_FILE` / `SSL_CERT_DIR` when set (`rustls-native-certs`
//!   reads them: the same rule as OpenSSL-based tools, SCP's SDK among them);
//! - when that yields no certificate at all (a minimal container without a CA bundle), the
//!   compiled-in Mozilla roots of `webpki-roots`;
//! - plus every certificate of [`crate::ConfigBuilder::add_root_certificate`] (a TLS-inspecting
//!   corporate proxy's CA).

use std::sync::{Arc, OnceLock};

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject as _;

use crate::{Config, Error};

/// The base roots (system or compiled-in), loaded once per process: reading the system store
/// parses a few hundred certificates.
fn base_roots() -> &'static rustls::RootCertStore {
    static ROOTS: OnceLock<rustls::RootCertStore> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let native = rustls_native_certs::load_native_certs();
        for error in &native.errors {
            tracing::debug!(%error, "system root certificates: skipped");
        }
        roots_or_compiled_in(native.certs)
    })
}

/// A store of the usable certificates among `native`; when none is usable (a minimal container
/// without a CA bundle, an `SSL_CERT_FILE` that cannot be read), the compiled-in roots keep
/// HTTPS working.
fn roots_or_compiled_in(native: Vec<CertificateDer<'static>>) -> rustls::RootCertStore {
    let mut roots = rustls::RootCertStore::empty();
    let (added, ignored) = roots.add_parsable_certificates(native);
    tracing::debug!(added, ignored, "system root certificates");
    if roots.is_empty() {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    roots
}

/// The certificates of a PEM bundle; an error when it holds none or one is malformed.
pub(crate) fn parse_pem(pem: &[u8]) -> Result<Vec<CertificateDer<'static>>, Error> {
    let certs = CertificateDer::pem_slice_iter(pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Error::InvalidRequest(format!("root certificate: invalid PEM: {e}")))?;
    if certs.is_empty() {
        return Err(Error::InvalidRequest(
            "root certificate: no `BEGIN CERTIFICATE` block in the PEM".to_owned(),
        ));
    }
    Ok(certs)
}

/// The rustls client configuration for `config`: the base roots plus the config's own.
pub(crate) fn client_config(config: &Config) -> Result<rustls::ClientConfig, Error> {
    let mut roots = base_roots().clone();
    for pem in config.root_certificates() {
        for cert in parse_pem(pem)? {
            roots.add(cert).map_err(|e| {
                Error::InvalidRequest(format!(
                    "root certificate: not usable as a trust anchor: {e}"
                ))
            })?;
        }
    }
    // ring, not rustls' default aws-lc-rs: it builds with no C toolchain beyond cc and no
    // cmake, which keeps a user's first build of a generated crate short. rustls 0.23.48
    // deprecates ring's provider because it lacks post-quantum key exchange; the classical
    // groups it offers are what the vendors' endpoints negotiate today.
    #[allow(
        deprecated,
        reason = "ring's provider, chosen for build cost; see the comment above"
    )]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::InvalidRequest(format!("TLS setup failed: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    // The runtime speaks HTTP/1.1 only (no h2 dependency); say so in ALPN.
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(tls)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_in_roots_only_when_the_system_has_none() {
        let compiled_in = webpki_roots::TLS_SERVER_ROOTS.len();
        assert!(compiled_in > 100, "{compiled_in}");
        assert_eq!(roots_or_compiled_in(Vec::new()).len(), compiled_in);
        // Garbage only (an unreadable bundle) counts as none.
        let garbage = CertificateDer::from(vec![0u8; 8]);
        assert_eq!(roots_or_compiled_in(vec![garbage]).len(), compiled_in);
        // A usable system certificate replaces the compiled-in set, as OpenSSL's rule does.
        let key = rcgen::KeyPair::generate().unwrap();
        let ca = rcgen::CertificateParams::new(Vec::<String>::new())
            .unwrap()
            .self_signed(&key)
            .unwrap();
        assert_eq!(roots_or_compiled_in(vec![ca.der().clone()]).len(), 1);
    }
}
