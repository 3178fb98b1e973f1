//! Open Telekom Cloud AK/SK signing (`SDK-HMAC-SHA256`, OTC's API signing guide).
//!
//! ```text
//! canonical request = METHOD \n canonical URI \n canonical query \n
//!                     canonical headers (each "name:value\n") \n signed headers \n hex(SHA-256(body))
//! string to sign    = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(SHA-256(canonical request))
//! signature         = hex(HMAC-SHA256(secret key, string to sign))
//! Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>
//! ```
//!
//! - canonical URI: each path segment percent-decoded and re-encoded (RFC 3986 unreserved
//!   bytes kept), always ending in `/`;
//! - canonical query: `key=value` pairs, each side decoded and re-encoded, sorted by key then
//!   value, joined by `&`;
//! - canonical headers: lower-case names, trimmed values, sorted by name.

use std::time::SystemTime;

use percent_encoding::{percent_decode_str, utf8_percent_encode};

use super::{UNRESERVED, hex, hmac_sha256, sha256_hex};
use crate::{Error, OtcAkSk};

/// The algorithm name, first line of the string to sign and prefix of `Authorization`.
pub const ALGORITHM: &str = "SDK-HMAC-SHA256";
/// Header carrying the signing time (`YYYYMMDDTHHMMSSZ`).
pub const DATE_HEADER: &str = "X-Sdk-Date";
/// Header carrying the project id (optional).
pub const PROJECT_ID_HEADER: &str = "X-Project-Id";
/// Header carrying the security token of temporary credentials (optional).
pub const SECURITY_TOKEN_HEADER: &str = "X-Security-Token";

/// `YYYYMMDDTHHMMSSZ` of `time` in UTC.
pub fn sdk_date(time: SystemTime) -> String {
    // Outside years 0000-9999 (no real clock) the epoch is signed, and the server refuses it.
    let t = crate::DateTime::from_system_time(time).unwrap_or_else(|| {
        crate::DateTime::from_unix_timestamp(0, 0).expect("the epoch is in range")
    });
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Canonical URI of an (encoded) URL path: every segment decoded then re-encoded, ending in `/`.
pub fn canonical_uri(path: &str) -> String {
    let mut out: String = path
        .split('/')
        .map(|segment| {
            let decoded = percent_decode_str(segment).decode_utf8_lossy();
            utf8_percent_encode(&decoded, UNRESERVED).to_string()
        })
        .collect::<Vec<_>>()
        .join("/");
    if !out.starts_with('/') {
        out.insert(0, '/');
    }
    if !out.ends_with('/') {
        out.push('/');
    }
    out
}

/// Canonical query of an (encoded) query string, without the `?`.
pub fn canonical_query(query: &str) -> String {
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let enc = |s: &str| {
                utf8_percent_encode(&percent_decode_str(s).decode_utf8_lossy(), UNRESERVED)
                    .to_string()
            };
            (enc(k), enc(v))
        })
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// Canonical headers block and signed header names. Names are lower-cased, values trimmed,
/// sorted by name; every line ends with `\n`.
pub fn canonical_headers(headers: &[(String, String)]) -> (String, String) {
    let mut lines: Vec<(String, &str)> = headers
        .iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v.trim()))
        .collect();
    lines.sort();
    let block = lines
        .iter()
        .map(|(k, v)| format!("{k}:{v}\n"))
        .collect::<String>();
    let names = lines
        .iter()
        .map(|(k, _)| k.as_str())
        .collect::<Vec<_>>()
        .join(";");
    (block, names)
}

/// The canonical request of `method` on `url` with exactly the `signed` headers and `body`.
pub fn canonical_request(
    method: &str,
    url: &url::Url,
    signed: &[(String, String)],
    body: &[u8],
) -> String {
    let (block, names) = canonical_headers(signed);
    format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        method.to_ascii_uppercase(),
        canonical_uri(url.path()),
        canonical_query(url.query().unwrap_or("")),
        block,
        names,
        sha256_hex(body)
    )
}

/// The string to sign for a canonical request at `sdk_date`.
pub fn string_to_sign(sdk_date: &str, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{sdk_date}\n{}",
        sha256_hex(canonical_request.as_bytes())
    )
}

/// The hex signature of a string to sign.
pub fn signature(secret_key: &str, string_to_sign: &str) -> String {
    hex(hmac_sha256(secret_key.as_bytes(), string_to_sign.as_bytes()).as_ref())
}

/// The `Host` header value for `url` (with the port when it is not the scheme's default).
pub fn host_header(url: &url::Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    })
}

/// Signs a request. `headers` are request headers to cover besides the ones added here
/// (`Host`, `X-Sdk-Date`, and `X-Project-Id` / `X-Security-Token` when the credentials have
/// them). Returns every header to set: the added ones and `Authorization`. `Host` is returned
/// too so the client sends exactly the value that was signed.
pub fn sign(
    credentials: &OtcAkSk,
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: &[u8],
    time: SystemTime,
) -> Result<Vec<(String, String)>, Error> {
    let parsed = url::Url::parse(url)
        .map_err(|e| Error::InvalidRequest(format!("cannot sign `{url}`: not a valid URL: {e}")))?;
    let host = host_header(&parsed).ok_or_else(|| {
        Error::InvalidRequest(format!("cannot sign `{url}`: the URL has no host"))
    })?;
    let date = sdk_date(time);
    let mut added = vec![
        ("Host".to_owned(), host),
        (DATE_HEADER.to_owned(), date.clone()),
    ];
    if let Some(p) = &credentials.project_id {
        added.push((PROJECT_ID_HEADER.to_owned(), p.clone()));
    }
    if let Some(t) = &credentials.security_token {
        added.push((SECURITY_TOKEN_HEADER.to_owned(), t.expose().to_owned()));
    }
    let mut signed: Vec<(String, String)> = headers
        .iter()
        .filter(|(k, _)| !added.iter().any(|(a, _)| a.eq_ignore_ascii_case(k)))
        .cloned()
        .collect();
    signed.extend(added.iter().cloned());
    let canonical = canonical_request(method, &parsed, &signed, body);
    let (_, names) = canonical_headers(&signed);
    let sig = signature(
        credentials.secret_key.expose(),
        &string_to_sign(&date, &canonical),
    );
    added.push((
        "Authorization".to_owned(),
        format!(
            "{ALGORITHM} Access={}, SignedHeaders={names}, Signature={sig}",
            credentials.access_key
        ),
    ));
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn sdk_date_format() {
        let t = UNIX_EPOCH + Duration::from_secs(1_767_225_600); // 2026-01-01T00:00:00Z
        assert_eq!(sdk_date(t), "20260101T000000Z");
        let t = UNIX_EPOCH + Duration::from_millis(1_605_290_625_682);
        assert_eq!(sdk_date(t), "20201113T180345Z");
    }

    const URL: &str = "https://modelarts.eu-de.otc.t-systems.com/v1/0123456789abcdef/images/group?type=DEDICATED&name=pytorch";
    /// 2026-01-01T00:00:00Z.
    const TIME: u64 = 1_767_225_600;

    /// The test vector of issue 7.
    #[test]
    fn published_test_vector() {
        let url = url::Url::parse(URL).unwrap();
        let signed = vec![
            (
                "Host".to_owned(),
                "modelarts.eu-de.otc.t-systems.com".to_owned(),
            ),
            ("X-Sdk-Date".to_owned(), "20260101T000000Z".to_owned()),
        ];
        let canonical = canonical_request("GET", &url, &signed, b"");
        assert_eq!(
            canonical,
            "GET\n/v1/0123456789abcdef/images/group/\nname=pytorch&type=DEDICATED\n\
             host:modelarts.eu-de.otc.t-systems.com\nx-sdk-date:20260101T000000Z\n\n\
             host;x-sdk-date\n\
             e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let sts = string_to_sign("20260101T000000Z", &canonical);
        assert_eq!(
            signature("SKEXAMPLE", &sts),
            "c007921c2f875496ad03eb1d922f41e87db72c6fc7c5f7673dd6fbad8ea741de"
        );
    }

    #[test]
    fn sign_uses_the_clock_and_returns_headers() {
        let time = UNIX_EPOCH + Duration::from_secs(TIME);
        let headers = sign(
            &OtcAkSk::new("AKEXAMPLE", "SKEXAMPLE"),
            "GET",
            URL,
            &[],
            b"",
            time,
        )
        .unwrap();
        assert_eq!(
            headers,
            vec![
                (
                    "Host".to_owned(),
                    "modelarts.eu-de.otc.t-systems.com".to_owned()
                ),
                ("X-Sdk-Date".to_owned(), "20260101T000000Z".to_owned()),
                (
                    "Authorization".to_owned(),
                    "SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=host;x-sdk-date, \
                     Signature=c007921c2f875496ad03eb1d922f41e87db72c6fc7c5f7673dd6fbad8ea741de"
                        .to_owned()
                ),
            ]
        );
    }

    #[test]
    fn extra_headers_are_signed_and_change_the_signature() {
        let time = UNIX_EPOCH + Duration::from_secs(TIME);
        let creds = OtcAkSk::new("AK", "SK")
            .with_project_id("p1")
            .with_security_token("st");
        let ct = [("Content-Type".to_owned(), " application/json ".to_owned())];
        let h = sign(
            &creds,
            "POST",
            "http://127.0.0.1:8080/v1/x",
            &ct,
            b"{}",
            time,
        )
        .unwrap();
        assert_eq!(h[0], ("Host".to_owned(), "127.0.0.1:8080".to_owned()));
        assert!(h.iter().any(|(k, v)| k == "X-Project-Id" && v == "p1"));
        assert!(h.iter().any(|(k, v)| k == "X-Security-Token" && v == "st"));
        let auth = &h.last().unwrap().1;
        assert!(
            auth.contains(
                "SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,"
            ),
            "{auth}"
        );
        let other_body = sign(
            &creds,
            "POST",
            "http://127.0.0.1:8080/v1/x",
            &ct,
            b"{ }",
            time,
        )
        .unwrap();
        assert_ne!(other_body.last(), h.last());
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(canonical_uri(""), "/");
        assert_eq!(canonical_uri("/"), "/");
        assert_eq!(canonical_uri("/a%20b/c~d/"), "/a%20b/c~d/");
        assert_eq!(canonical_uri("/a b/%7e"), "/a%20b/~/");
        assert_eq!(canonical_query(""), "");
        assert_eq!(canonical_query("b=2&a=%2A&a=1&flag"), "a=%2A&a=1&b=2&flag=");
        assert!(
            sign(
                &OtcAkSk::new("a", "b"),
                "GET",
                "not a url",
                &[],
                b"",
                UNIX_EPOCH
            )
            .is_err()
        );
    }
}
