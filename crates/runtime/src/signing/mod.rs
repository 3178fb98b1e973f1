//! Request signing, as pure functions of (method, URL, headers, body, time).
//!
//! [`crate::HttpClient`] calls [`auth_headers`] on every attempt with a fresh time from its
//! [`crate::Clock`]; the algorithms are public so they can be checked against the vendors'
//! published test vectors and reused for hand-made requests.
//!
//! - [`scp`]: Samsung Cloud Platform `Scp-Signature` (HMAC-SHA256 over method, URL, timestamp,
//!   access key, account id and client type; base64).
//! - [`otc`]: Open Telekom Cloud AK/SK `SDK-HMAC-SHA256` (canonical request, string to sign,
//!   hex HMAC-SHA256; `Authorization` header).
//! - OTC IAM tokens are not a signature: the token is sent as `X-Auth-Token`.

pub mod otc;
pub mod scp;

use std::time::SystemTime;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};
use ring::{digest, hmac};

use crate::{Credentials, Error};

/// Bytes left unencoded in paths and queries: RFC 3986 `unreserved` (`A-Z a-z 0-9 - . _ ~`).
/// The same set is used to build the URL that is sent and the canonical forms that are signed,
/// so the two always agree.
pub(crate) const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Header name of the OTC IAM token.
pub const X_AUTH_TOKEN: &str = "X-Auth-Token";

/// The authentication headers for one attempt of a request.
///
/// `headers` are the request's own headers that should be covered by the signature where the
/// scheme signs headers (OTC AK/SK signs them, plus `Host` and `X-Sdk-Date`; typically just
/// `Content-Type`). Returns header (name, value) pairs to set on the request, replacing any
/// header of the same name.
pub fn auth_headers(
    credentials: &Credentials,
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: &[u8],
    time: SystemTime,
) -> Result<Vec<(String, String)>, Error> {
    match credentials {
        Credentials::Scp(c) => Ok(scp::sign(c, method, url, time)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect()),
        Credentials::OtcAkSk(c) => otc::sign(c, method, url, headers, body, time),
        Credentials::OtcToken(t) => {
            Ok(vec![(X_AUTH_TOKEN.to_owned(), t.token.expose().to_owned())])
        }
        // A password is never sent to the service: the Client exchanges it for a token first.
        Credentials::OtcPassword(_) => Err(Error::InvalidRequest(
            "OTC user and password cannot sign a request: exchange them for a token \
             (docsdk_runtime::Client does this itself) and sign with OtcToken"
                .to_owned(),
        )),
    }
}

// ring, not the RustCrypto crates: rustls already builds ring for TLS, so signing adds no
// crates to what every generated client compiles.
pub(crate) fn hmac_sha256(key: &[u8], message: &[u8]) -> hmac::Tag {
    hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), message)
}

pub(crate) fn sha256_hex(data: &[u8]) -> String {
    hex(digest::digest(&digest::SHA256, data).as_ref())
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_hash() {
        assert_eq!(hex(&[0x00, 0xab, 0xff]), "00abff");
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        // RFC 4231 test case 2.
        assert_eq!(
            hex(hmac_sha256(b"Jefe", b"what do ya want for nothing?").as_ref()),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
