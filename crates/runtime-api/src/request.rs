//! A request before signing: method, path template with parameters, query, headers, body.

use std::fmt;

use bytes::Bytes;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use std::time::Duration;

use crate::{Error, RetryConfig};

/// Bytes left unencoded in paths and queries: RFC 3986 `unreserved` (`A-Z a-z 0-9 - . _ ~`).
/// The transport signs with the same set it sends with, so the URL that is sent and the
/// canonical forms that are signed always agree.
pub const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// HTTP method of an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// GET (idempotent).
    Get,
    /// PUT (idempotent).
    Put,
    /// POST (not idempotent).
    Post,
    /// DELETE (idempotent).
    Delete,
    /// PATCH (not idempotent).
    Patch,
    /// HEAD (idempotent).
    Head,
    /// OPTIONS (idempotent).
    Options,
}

impl Method {
    /// The upper-case method name as sent and signed.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
        }
    }

    /// Whether repeating the request has the same effect as sending it once (RFC 9110 §9.2.2):
    /// GET, PUT, DELETE, HEAD and OPTIONS. Only these are retried by default.
    pub fn is_idempotent(self) -> bool {
        !matches!(self, Method::Post | Method::Patch)
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One API call, built by generated code and sent by [`crate::Client`].
///
/// Building never fails: problems (an unknown or empty path parameter, an invalid header) are
/// collected and reported as [`Error::InvalidRequest`] when the request is sent, so generated
/// code can chain calls. `Debug` shows no secret: header values whose names look like
/// credentials are redacted and the body is shown by length only.
#[derive(Clone)]
pub struct Request {
    method: Method,
    path_template: &'static str,
    operation: &'static str,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    api_version: Option<&'static str>,
    body: Option<Bytes>,
    content_type: Option<&'static str>,
    timeout: Option<Duration>,
    retry: Option<RetryConfig>,
    /// A path parameter the client fills with its project id when sent (OTC's
    /// `{project_id}`, when the builder was given none).
    project_param: Option<&'static str>,
    problems: Vec<String>,
}

impl Request {
    /// A request for `operation` (a stable name used in errors and tracing, e.g.
    /// `"list_clusters"`) at `path_template` (e.g. `"/v1/clusters/{cluster_id}"`).
    pub fn new(method: Method, path_template: &'static str, operation: &'static str) -> Self {
        Request {
            method,
            path_template,
            operation,
            path: path_template.to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            api_version: None,
            body: None,
            content_type: None,
            timeout: None,
            retry: None,
            project_param: None,
            problems: Vec::new(),
        }
    }

    /// Sets the path parameter `name` to `value`, or, when `None`, leaves it for the
    /// transport to fill with its project id when the request is sent
    /// (`docsdk_runtime::HttpClient::project_id`: the config's, else the project of the password
    /// token, which may need a token request).
    pub fn project_id_param(mut self, name: &'static str, value: Option<String>) -> Self {
        match value {
            Some(value) => self.path_param(name, value),
            None => {
                self.project_param = Some(name);
                self
            }
        }
    }

    /// The path parameter left for the client's project id, taken (so it is filled once): a
    /// transport fills it before [`Request::validate`].
    pub fn take_project_param(&mut self) -> Option<&'static str> {
        self.project_param.take()
    }

    /// Replaces `{name}` in the template with the percent-encoded value (every byte except
    /// `A-Z a-z 0-9 - . _ ~` is encoded, so a `/` in a value stays inside its segment).
    pub fn path_param(mut self, name: &str, value: impl fmt::Display) -> Self {
        let value = value.to_string();
        let placeholder = format!("{{{name}}}");
        if !self.path.contains(&placeholder) {
            self.problems.push(format!(
                "path template `{}` has no parameter `{name}`",
                self.path_template
            ));
        } else if value.is_empty() {
            self.problems
                .push(format!("path parameter `{name}` is empty"));
        } else {
            let encoded = utf8_percent_encode(&value, UNRESERVED).to_string();
            self.path = self.path.replace(&placeholder, &encoded);
        }
        self
    }

    /// Appends `name=value` to the query (encoded when sent), in call order.
    pub fn query(mut self, name: &str, value: impl fmt::Display) -> Self {
        self.query.push((name.to_owned(), value.to_string()));
        self
    }

    /// Appends `name=value` when `value` is `Some`.
    pub fn query_opt<V: fmt::Display>(self, name: &str, value: Option<V>) -> Self {
        match value {
            Some(v) => self.query(name, v),
            None => self,
        }
    }

    /// Adds a header. Invalid names or values are reported when the request is sent.
    pub fn header(mut self, name: &str, value: impl fmt::Display) -> Self {
        let value = value.to_string();
        if !is_header_name(name) {
            self.problems
                .push(format!("`{name}` is not a valid header name"));
        } else if !is_header_value(&value) {
            self.problems.push(format!(
                "header `{name}` has a value that is not valid in HTTP"
            ));
        } else {
            self.headers.push((name.to_owned(), value));
        }
        self
    }

    /// Adds a header when `value` is `Some`.
    pub fn header_opt<V: fmt::Display>(self, name: &str, value: Option<V>) -> Self {
        match value {
            Some(v) => self.header(name, v),
            None => self,
        }
    }

    /// Sets the SCP version header `Scp-Api-Version: <value>` (e.g. `"eventstreams 1.0"`).
    pub fn api_version(mut self, value: &'static str) -> Self {
        self.api_version = Some(value);
        self
    }

    /// Serialises `body` as JSON (`Content-Type: application/json`).
    pub fn json_body<B: serde::Serialize + ?Sized>(mut self, body: &B) -> Result<Self, Error> {
        let bytes = serde_json::to_vec(body).map_err(|e| {
            Error::InvalidRequest(format!(
                "{}: the request body could not be serialised as JSON: {e}",
                self.operation
            ))
        })?;
        self.body = Some(Bytes::from(bytes));
        self.content_type = Some("application/json");
        Ok(self)
    }

    /// Sets a non-JSON body with its content type (uploads).
    pub fn raw_body(mut self, content_type: &'static str, body: impl Into<Bytes>) -> Self {
        self.body = Some(body.into());
        self.content_type = Some(content_type);
        self
    }

    /// Overrides the config's per-attempt timeout (`docsdk_runtime::Config::request_timeout`) for this
    /// call only: a long upload or a slow report. A zero duration is reported when sent.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        if timeout.is_zero() {
            self.problems
                .push("the per-call timeout must be greater than zero".to_owned());
        }
        self.timeout = Some(timeout);
        self
    }

    /// Overrides the config's retry policy (`docsdk_runtime::Config::retry`) for this call only, e.g.
    /// [`RetryConfig::disabled`] for a call the caller retries itself.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// The per-call timeout override, if set.
    pub fn timeout_override(&self) -> Option<Duration> {
        self.timeout
    }

    /// The per-call retry policy override, if set.
    pub fn retry_override(&self) -> Option<&RetryConfig> {
        self.retry.as_ref()
    }

    /// The HTTP method.
    pub fn method(&self) -> Method {
        self.method
    }

    /// The documented path template.
    pub fn path_template(&self) -> &'static str {
        self.path_template
    }

    /// The operation name.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The path with the parameters substituted so far.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The query pairs, unencoded, in call order.
    pub fn query_pairs(&self) -> &[(String, String)] {
        &self.query
    }

    /// The extra headers, in call order.
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }

    /// The `Scp-Api-Version` value, if set.
    pub fn api_version_value(&self) -> Option<&'static str> {
        self.api_version
    }

    /// The body bytes, if any.
    pub fn body(&self) -> Option<&[u8]> {
        self.body.as_deref()
    }

    /// The body as shared bytes (cheap to clone for each attempt), if set.
    pub fn body_bytes(&self) -> Option<Bytes> {
        self.body.clone()
    }

    /// The body's content type, if a body is set.
    pub fn content_type(&self) -> Option<&'static str> {
        self.content_type
    }

    /// Checks that the request can be sent: every problem found while building and any
    /// path parameter left unset.
    pub fn validate(&self) -> Result<(), Error> {
        let mut problems = self.problems.clone();
        if let Some(start) = self.path.find('{') {
            let name = self.path[start + 1..].split('}').next().unwrap_or_default();
            problems.push(format!("required path parameter `{name}` was not set"));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::InvalidRequest(format!(
                "{}: {}",
                self.operation,
                problems.join("; ")
            )))
        }
    }

    /// The full URL: `base` (no trailing `/`) + path + encoded query.
    pub fn url(&self, base: &str) -> String {
        let mut url = String::with_capacity(base.len() + self.path.len() + 32);
        url.push_str(base.trim_end_matches('/'));
        if !self.path.starts_with('/') {
            url.push('/');
        }
        url.push_str(&self.path);
        for (i, (name, value)) in self.query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.extend(utf8_percent_encode(name, UNRESERVED));
            url.push('=');
            url.extend(utf8_percent_encode(value, UNRESERVED));
        }
        url
    }
}

/// Whether a header's value must not appear in `Debug` output or logs (transports use it for
/// their own logging).
pub fn is_sensitive_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n == "authorization"
        || n == "cookie"
        || n == "proxy-authorization"
        || n.contains("token")
        || n.contains("secret")
        || n.contains("password")
        || n.contains("signature")
        || n.contains("api-key")
        || n.contains("apikey")
}

/// An HTTP header name (RFC 9110 `token`: letters, digits and ``!#$%&'*+-.^_`|~``).
fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// A header value as HTTP libraries accept it: visible ASCII, spaces and tabs (no line breaks,
/// no control bytes).
fn is_header_value(value: &str) -> bool {
    value
        .bytes()
        .all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Headers<'a>(&'a [(String, String)]);
        impl fmt::Debug for Headers<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map()
                    .entries(self.0.iter().map(|(k, v)| {
                        (
                            k,
                            if is_sensitive_header(k) {
                                "<redacted>"
                            } else {
                                v.as_str()
                            },
                        )
                    }))
                    .finish()
            }
        }
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("operation", &self.operation)
            .field("path_template", &self.path_template)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &Headers(&self.headers))
            .field("api_version", &self.api_version)
            .field("content_type", &self.content_type)
            .field("body_len", &self.body.as_ref().map(|b| b.len()))
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .finish()
    }
}

/// Fills a documented server URL template such as
/// `https://eventstreams.{region}.e.samsungsdscloud.com` with `vars` and checks that the result
/// starts with `http://` or `https://` and a host. Every `{name}` must be given. (The transport
/// parses the whole URL when a client is built for it.)
pub fn url_from_template(template: &str, vars: &[(&str, &str)]) -> Result<String, Error> {
    let mut url = template.to_owned();
    for (name, value) in vars {
        url = url.replace(&format!("{{{name}}}"), value);
    }
    if let Some(start) = url.find('{') {
        let name = url[start + 1..].split('}').next().unwrap_or_default();
        return Err(Error::InvalidRequest(format!(
            "server URL template `{template}` needs a value for `{name}`"
        )));
    }
    let host = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    if host.is_none_or(|h| h.is_empty() || h.starts_with(['/', '?', '#'])) {
        return Err(Error::InvalidRequest(format!(
            "server URL template `{template}` gives `{url}`, not an absolute http:// or https:// URL"
        )));
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_and_query_encoding() {
        let r = Request::new(Method::Get, "/v1/{project_id}/items/{name}", "get_item")
            .path_param("project_id", "abc")
            .path_param("name", "a b/c?d%é")
            .query("q", "x y&z=1")
            .query_opt("none", None::<u32>)
            .query_opt("size", Some(20))
            .query("tilde", "~.-_");
        r.validate().unwrap();
        assert_eq!(
            r.url("https://h.example/"),
            "https://h.example/v1/abc/items/a%20b%2Fc%3Fd%25%C3%A9?q=x%20y%26z%3D1&size=20&tilde=~.-_"
        );
    }

    #[test]
    fn problems_are_reported_at_send() {
        let e = Request::new(Method::Get, "/v1/{id}/x/{other}", "op")
            .path_param("idd", 1)
            .validate()
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid request: op: path template `/v1/{id}/x/{other}` has no parameter `idd`; \
             required path parameter `id` was not set"
        );
        let e = Request::new(Method::Get, "/v1/{id}", "op")
            .path_param("id", "")
            .validate()
            .unwrap_err();
        assert!(
            e.to_string().contains("path parameter `id` is empty"),
            "{e}"
        );
        let e = Request::new(Method::Get, "/", "op")
            .header("bad name", 1)
            .validate()
            .unwrap_err();
        assert!(e.to_string().contains("not a valid header name"), "{e}");
        let e = Request::new(Method::Get, "/", "op")
            .header("x", "a\nb")
            .validate()
            .unwrap_err();
        assert!(e.to_string().contains("not valid in HTTP"), "{e}");
    }

    #[test]
    fn debug_redacts_sensitive_headers_and_body() {
        let r = Request::new(Method::Post, "/v1/users", "create_user")
            .header("X-Auth-Token", "tok-SECRET")
            .header("X-Trace", "visible")
            .json_body(&serde_json::json!({"password": "pw-SECRET"}))
            .unwrap();
        let debug = format!("{r:?}");
        assert!(!debug.contains("SECRET"), "{debug}");
        assert!(
            debug.contains("visible") && debug.contains("body_len"),
            "{debug}"
        );
    }

    #[test]
    fn server_templates() {
        assert_eq!(
            url_from_template(
                "https://eventstreams.{region}.e.samsungsdscloud.com",
                &[("region", "kr-west1")]
            )
            .unwrap(),
            "https://eventstreams.kr-west1.e.samsungsdscloud.com"
        );
        let e = url_from_template("https://x.{region}.example", &[]).unwrap_err();
        assert!(e.to_string().contains("needs a value for `region`"), "{e}");
        assert!(url_from_template("ftp://x", &[]).is_err());
        assert!(url_from_template("https:///path", &[]).is_err());
    }

    #[test]
    fn idempotency() {
        for m in [
            Method::Get,
            Method::Put,
            Method::Delete,
            Method::Head,
            Method::Options,
        ] {
            assert!(m.is_idempotent(), "{m}");
        }
        assert!(!Method::Post.is_idempotent() && !Method::Patch.is_idempotent());
    }
}
