//! Samsung Cloud Platform request signing, exactly as SCP's own SDK signs.
//!
//! `Scp-Signature = base64(HMAC-SHA256(key = secret key, message = METHOD + URL + TIMESTAMP +
//! ACCESS_KEY + ACCOUNT_ID + CLIENT_TYPE))` where METHOD is upper-case, URL is the full request
//! URL as sent (scheme, host, path, encoded query), TIMESTAMP is Unix time in milliseconds as
//! decimal text, ACCOUNT_ID may be empty and CLIENT_TYPE is `Openapi`.

use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use crate::ScpCredentials;

/// Value of `Scp-ClientType`, also the last part of the signed message.
pub const CLIENT_TYPE: &str = "Openapi";
/// Header carrying the access key.
pub const ACCESS_KEY_HEADER: &str = "Scp-Accesskey";
/// Header carrying the signature.
pub const SIGNATURE_HEADER: &str = "Scp-Signature";
/// Header carrying the timestamp in Unix milliseconds.
pub const TIMESTAMP_HEADER: &str = "Scp-Timestamp";
/// Header carrying the client type.
pub const CLIENT_TYPE_HEADER: &str = "Scp-ClientType";
/// Header carrying the account id (only sent when set).
pub const ACCOUNT_ID_HEADER: &str = "Scp-AccountId";
/// Header carrying the operation's API version (set by [`crate::Request::api_version`]).
pub const API_VERSION_HEADER: &str = "Scp-Api-Version";

/// The message that is signed.
pub fn string_to_sign(
    method: &str,
    url: &str,
    timestamp_ms: u64,
    access_key: &str,
    account_id: &str,
) -> String {
    format!(
        "{}{url}{timestamp_ms}{access_key}{account_id}{CLIENT_TYPE}",
        method.to_ascii_uppercase()
    )
}

/// The base64 `Scp-Signature` value.
pub fn signature(
    secret_key: &str,
    method: &str,
    url: &str,
    timestamp_ms: u64,
    access_key: &str,
    account_id: &str,
) -> String {
    let message = string_to_sign(method, url, timestamp_ms, access_key, account_id);
    STANDARD.encode(super::hmac_sha256(
        secret_key.as_bytes(),
        message.as_bytes(),
    ))
}

/// Milliseconds since the Unix epoch (0 for times before it).
pub fn timestamp_ms(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// The SCP authentication headers for `method` + `url` at `time`: `Scp-Accesskey`,
/// `Scp-Signature`, `Scp-Timestamp`, `Scp-ClientType` and, when set, `Scp-AccountId`.
pub fn sign(
    credentials: &ScpCredentials,
    method: &str,
    url: &str,
    time: SystemTime,
) -> Vec<(&'static str, String)> {
    let ts = timestamp_ms(time);
    let account_id = credentials.account_id.as_deref().unwrap_or("");
    let sig = signature(
        credentials.secret_key.expose(),
        method,
        url,
        ts,
        &credentials.access_key,
        account_id,
    );
    let mut headers = vec![
        (ACCESS_KEY_HEADER, credentials.access_key.clone()),
        (SIGNATURE_HEADER, sig),
        (TIMESTAMP_HEADER, ts.to_string()),
        (CLIENT_TYPE_HEADER, CLIENT_TYPE.to_owned()),
    ];
    if let Some(id) = &credentials.account_id {
        headers.push((ACCOUNT_ID_HEADER, id.clone()));
    }
    headers
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    const URL: &str =
        "https://eventstreams.kr-west1.e.samsungsdscloud.com/v1/clusters?size=20&page=0";

    /// The test vector of issue 7 (from SCP's SDK documentation).
    #[test]
    fn published_test_vector() {
        assert_eq!(
            signature("SKEXAMPLE", "GET", URL, 1_605_290_625_682, "AKEXAMPLE", ""),
            "9ozLvM15Fg7k4OYakCAl1Iem/Hg364zAKQbCwNniVhg="
        );
        // The method is upper-cased before signing.
        assert_eq!(
            signature("SKEXAMPLE", "get", URL, 1_605_290_625_682, "AKEXAMPLE", ""),
            "9ozLvM15Fg7k4OYakCAl1Iem/Hg364zAKQbCwNniVhg="
        );
    }

    #[test]
    fn sign_produces_headers_with_clock_time() {
        let time = UNIX_EPOCH + Duration::from_millis(1_605_290_625_682);
        let creds = ScpCredentials::new("AKEXAMPLE", "SKEXAMPLE");
        let headers = sign(&creds, "GET", URL, time);
        assert_eq!(
            headers,
            vec![
                ("Scp-Accesskey", "AKEXAMPLE".to_owned()),
                (
                    "Scp-Signature",
                    "9ozLvM15Fg7k4OYakCAl1Iem/Hg364zAKQbCwNniVhg=".to_owned()
                ),
                ("Scp-Timestamp", "1605290625682".to_owned()),
                ("Scp-ClientType", "Openapi".to_owned()),
            ]
        );
        // The account id is part of the message and is sent.
        let with_account = sign(&creds.clone().with_account_id("ACC1"), "GET", URL, time);
        assert_ne!(with_account[1], headers[1]);
        assert_eq!(with_account[4], ("Scp-AccountId", "ACC1".to_owned()));
        assert_eq!(
            string_to_sign("get", URL, 1, "AK", "ACC1"),
            format!("GET{URL}1AKACC1Openapi")
        );
    }
}
