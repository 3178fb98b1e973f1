//! The one error type of the runtime and of every generated client.

use std::fmt;
use std::time::Duration;

/// Everything that can go wrong with a call. `Display` is one line saying what went wrong and,
/// where there is one, what to do; `Debug` contains no secret (credentials are never stored in
/// errors, and request headers are not kept).
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The service answered with a non-2xx status.
    #[error("{0}")]
    Api(ApiError),
    /// The service could not be reached, or the connection broke.
    /// `std::error::Error::source` leads to the HTTP client's error and its causes.
    #[error(transparent)]
    Transport(TransportError),
    /// An attempt timed out, or the retry deadline was reached.
    #[error(transparent)]
    Timeout(TimeoutError),
    /// A waiter (`docsdk_runtime::Waiter`) reached its deadline before the condition held.
    #[error(transparent)]
    WaitTimeout(WaitTimeoutError),
    /// A 2xx answer whose body does not match the expected type.
    #[error("{0}")]
    Decode(DecodeError),
    /// The request could not be built or sent as configured (missing required parameter, bad
    /// endpoint, missing credentials).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
}

impl Error {
    /// `InvalidRequest` for a required parameter the caller did not set, e.g.
    /// "list_clusters: required parameter `cluster_id` was not set".
    pub fn missing_parameter(operation: &'static str, parameter: &'static str) -> Error {
        Error::InvalidRequest(format!(
            "{operation}: required parameter `{parameter}` was not set"
        ))
    }

    /// The HTTP status, for API and decode errors.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status()),
            Error::Decode(e) => Some(e.status()),
            _ => None,
        }
    }

    /// The service's request id, when the response carried one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id(),
            Error::Decode(e) => e.request_id(),
            _ => None,
        }
    }

    /// The API error, if this is one.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Whether this is a timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout(_))
    }
}

/// Error body fields of the documented shapes: SCP-style `{"code", "message"}`, OTC-style
/// `{"error_code", "error_msg"}`, also when nested under `"error"` or as the first element of
/// `"errors"`.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorBody {
    /// The service's error code (`code`, `error_code` or `errorCode`), numbers as text.
    pub code: Option<String>,
    /// The service's message (`message`, `error_msg`, `errorMessage`, `msg` or `detail`).
    pub message: Option<String>,
}

impl ErrorBody {
    /// Parses a body that has at least a code or a message in one of the documented shapes.
    pub fn parse(body: &[u8]) -> Option<ErrorBody> {
        let value: serde_json::Value = serde_json::from_slice(body).ok()?;
        Self::from_value(&value)
    }

    fn from_value(value: &serde_json::Value) -> Option<ErrorBody> {
        let obj = value.as_object()?;
        let text = |keys: &[&str]| {
            keys.iter().find_map(|k| match obj.get(*k)? {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
        };
        let body = ErrorBody {
            code: text(&["code", "error_code", "errorCode"]),
            message: text(&["message", "error_msg", "errorMessage", "msg", "detail"]),
        };
        if body.code.is_some() || body.message.is_some() {
            return Some(body);
        }
        if let Some(inner) = obj.get("error") {
            return Self::from_value(inner);
        }
        Self::from_value(obj.get("errors")?.as_array()?.first()?)
    }
}

/// A non-2xx answer. Boxed inside so that `Result<T, Error>` stays small.
#[derive(Clone, Debug)]
pub struct ApiError(Box<ApiErrorData>);

#[derive(Clone, Debug)]
struct ApiErrorData {
    operation: &'static str,
    method: crate::Method,
    status: u16,
    reason: Option<&'static str>,
    body: Option<ErrorBody>,
    raw_body: String,
    content_type: Option<String>,
    request_id: Option<String>,
    retry_after: Option<Duration>,
    attempts: u32,
}

impl ApiError {
    /// The error for a non-2xx answer to `request` after `attempts` attempts: `reason` is the
    /// status's canonical phrase when the transport knows it; the documented error shape,
    /// `Retry-After`, `Content-Type` and the request id are read from `headers` and `body`.
    pub fn new(
        request: &crate::Request,
        status: u16,
        reason: Option<&'static str>,
        headers: &[(String, String)],
        body: &[u8],
        attempts: u32,
    ) -> ApiError {
        let header = |name: &str| crate::response::header_value(headers, name);
        ApiError(Box::new(ApiErrorData {
            operation: request.operation(),
            method: request.method(),
            status,
            reason,
            body: ErrorBody::parse(body),
            raw_body: String::from_utf8_lossy(body).into_owned(),
            content_type: header("content-type").map(str::to_owned),
            request_id: crate::response::request_id(headers).map(str::to_owned),
            retry_after: header("retry-after")
                .and_then(|v| crate::retry::parse_retry_after(v, std::time::SystemTime::now())),
            attempts,
        }))
    }

    /// Operation name (e.g. `list_clusters`).
    pub fn operation(&self) -> &'static str {
        self.0.operation
    }

    /// HTTP method.
    pub fn method(&self) -> crate::Method {
        self.0.method
    }

    /// HTTP status code.
    pub fn status(&self) -> u16 {
        self.0.status
    }

    /// Canonical reason phrase of the status, when known.
    pub fn reason(&self) -> Option<&'static str> {
        self.0.reason
    }

    /// The error body, when it has a documented shape.
    pub fn body(&self) -> Option<&ErrorBody> {
        self.0.body.as_ref()
    }

    /// The raw body as text (lossy UTF-8).
    pub fn raw_body(&self) -> &str {
        &self.0.raw_body
    }

    /// The response `Content-Type`, if any.
    pub fn content_type(&self) -> Option<&str> {
        self.0.content_type.as_deref()
    }

    /// The request id (`X-Request-Id`, `Scp-Request-Id`, `X-Openstack-Request-Id`,
    /// `X-Compute-Request-Id`), if any.
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    /// The server's `Retry-After`, when it sent one.
    pub fn retry_after(&self) -> Option<Duration> {
        self.0.retry_after
    }

    /// Attempts made, including the first.
    pub fn attempts(&self) -> u32 {
        self.0.attempts
    }
}

impl ApiError {
    fn hint(&self) -> Option<&'static str> {
        Some(match self.0.status {
            401 => "check the credentials (access key, secret key or token) and the system clock",
            403 => "the credentials are valid but lack permission for this operation",
            404 => "check the path parameters and the endpoint URL",
            429 => "rate limited: retry later or lower the request rate",
            500..=599 => "the service failed: retry later or report the request id",
            _ => return None,
        })
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: HTTP {}", self.0.operation, self.0.status)?;
        if let Some(reason) = self.0.reason {
            write!(f, " {reason}")?;
        }
        match &self.0.body {
            Some(ErrorBody { code, message }) => {
                if let Some(code) = code {
                    write!(f, ": {}", one_line(code, 100))?;
                }
                if let Some(message) = message {
                    write!(f, ": {}", one_line(message, 300))?;
                }
            }
            None if self.0.raw_body.trim().is_empty() => f.write_str(" (empty body)")?,
            None if looks_like_markup(&self.0.raw_body, self.0.content_type.as_deref()) => {
                let ct = self.0.content_type.as_deref().unwrap_or("markup");
                write!(
                    f,
                    " ({} bytes of {ct}, not an API error body)",
                    self.0.raw_body.len()
                )?
            }
            None => write!(f, ": {}", one_line(&self.0.raw_body, 200))?,
        }
        if let Some(id) = &self.0.request_id {
            write!(f, " (request id {id})")?;
        }
        if self.0.attempts > 1 {
            write!(f, " after {} attempts", self.0.attempts)?;
        }
        if let Some(hint) = self.hint() {
            write!(f, "; {hint}")?;
        }
        Ok(())
    }
}

/// The service could not be reached or the connection failed.
#[non_exhaustive]
#[derive(Debug)]
pub struct TransportError {
    /// Operation name.
    pub operation: &'static str,
    /// The URL (no credentials are ever part of it).
    pub url: String,
    /// Attempts made, including the first.
    pub attempts: u32,
    /// The underlying error (the HTTP client's), also reachable through
    /// `std::error::Error::source`. Its type is not part of the API, so that the HTTP client
    /// can change without breaking callers.
    pub source: BoxError,
}

/// An error of a library the runtime uses, boxed so that its type stays out of the public API.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

impl TransportError {
    /// A transport failure of `operation` at `url` (shown in errors: leave the query out)
    /// after `attempts` attempts, caused by `source`.
    pub fn new(operation: &'static str, url: String, attempts: u32, source: BoxError) -> Self {
        TransportError {
            operation,
            url,
            attempts,
            source,
        }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: could not complete the request to {}: {}",
            self.operation,
            self.url,
            causes(self.source.as_ref())
        )?;
        if self.attempts > 1 {
            write!(f, " (after {} attempts)", self.attempts)?;
        }
        f.write_str("; check the endpoint URL, network and proxy settings")
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source.as_ref())
    }
}

/// Which limit ran out.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeoutKind {
    /// The connection could not be established within the connect timeout.
    Connect,
    /// One attempt exceeded the request timeout.
    Request,
    /// The overall retry deadline cut an attempt short.
    Deadline,
}

/// A timeout.
#[non_exhaustive]
#[derive(Debug)]
pub struct TimeoutError {
    /// Operation name.
    pub operation: &'static str,
    /// Which limit ran out.
    pub kind: TimeoutKind,
    /// The limit that ran out.
    pub limit: Duration,
    /// Attempts made, including the first.
    pub attempts: u32,
    /// The underlying error, if any (also reachable through `std::error::Error::source`).
    pub source: Option<BoxError>,
}

impl TimeoutError {
    /// `operation` ran into the `kind` of time `limit` after `attempts` attempts.
    pub fn new(
        operation: &'static str,
        kind: TimeoutKind,
        limit: Duration,
        attempts: u32,
        source: Option<BoxError>,
    ) -> Self {
        TimeoutError {
            operation,
            kind,
            limit,
            attempts,
            source,
        }
    }
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, knob) = match self.kind {
            TimeoutKind::Connect => ("connecting timed out", "connect_timeout"),
            TimeoutKind::Request => ("the request timed out", "request_timeout"),
            TimeoutKind::Deadline => (
                "the retry deadline was reached",
                "RetryConfig::with_deadline",
            ),
        };
        write!(f, "{}: {what} after {:?}", self.operation, self.limit)?;
        if self.attempts > 1 {
            write!(f, " (attempt {})", self.attempts)?;
        }
        write!(f, "; raise {knob} or check that the endpoint is reachable")
    }
}

impl std::error::Error for TimeoutError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_ref().map(|e| e.as_ref() as _)
    }
}

/// A 2xx body that does not match the expected type. Boxed inside so that
/// `Result<T, Error>` stays small.
#[derive(Clone, Debug)]
pub struct DecodeError(pub(crate) Box<DecodeErrorData>);

#[derive(Clone, Debug)]
pub(crate) struct DecodeErrorData {
    pub(crate) operation: &'static str,
    pub(crate) status: u16,
    pub(crate) expected: String,
    pub(crate) path: String,
    pub(crate) message: String,
    pub(crate) excerpt: String,
    pub(crate) request_id: Option<String>,
}

impl DecodeError {
    /// Operation name.
    pub fn operation(&self) -> &'static str {
        self.0.operation
    }

    /// HTTP status of the answer.
    pub fn status(&self) -> u16 {
        self.0.status
    }

    /// The Rust type that was expected, without module paths (e.g. `Vec<Cluster>`).
    pub fn expected(&self) -> &str {
        &self.0.expected
    }

    /// JSON path of the failure (e.g. `items[0].created_at`); `.` for the top level.
    pub fn path(&self) -> &str {
        &self.0.path
    }

    /// serde's description of the mismatch.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// Up to 200 bytes of the body around the failure, cut on character boundaries, with `…`
    /// where it was cut.
    pub fn excerpt(&self) -> &str {
        &self.0.excerpt
    }

    /// The request id, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.0.path.is_empty() || self.0.path == "." {
            "at the top level".to_owned()
        } else {
            format!("at `{}`", self.0.path)
        };
        write!(
            f,
            "{}: the HTTP {} response does not match {} {at}: {}; body: {:?}",
            self.0.operation,
            self.0.status,
            self.0.expected,
            one_line(&self.0.message, 200),
            self.0.excerpt
        )?;
        if let Some(id) = &self.0.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {}
impl std::error::Error for ApiError {}

/// The error and its causes joined by ": ", skipping causes whose text repeats the previous one.
fn causes(error: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = vec![error.to_string()];
    let mut source = error.source();
    while let Some(e) = source {
        let text = e.to_string();
        if parts.last().is_none_or(|last| !last.contains(&text)) {
            parts.push(text);
        }
        source = e.source();
    }
    parts.join(": ")
}

fn looks_like_markup(body: &str, content_type: Option<&str>) -> bool {
    content_type.is_some_and(|ct| ct.contains("html") || ct.contains("xml"))
        || body.trim_start().starts_with('<')
}

/// `text` on one line (whitespace runs collapsed), at most `max` bytes, cut on a char boundary.
pub(crate) fn one_line(text: &str, max: usize) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.len() <= max {
        return collapsed;
    }
    let mut end = max;
    while !collapsed.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &collapsed[..end])
}

/// A window of at most `max` bytes of `body` around byte `at`, cut on char boundaries, with
/// `…` where it was cut.
pub(crate) fn excerpt(body: &str, at: usize, max: usize) -> String {
    if body.len() <= max {
        return body.to_owned();
    }
    let at = at.min(body.len());
    let mut start = at.saturating_sub(max / 2);
    let mut end = (start + max).min(body.len());
    start = end.saturating_sub(max).min(start);
    while !body.is_char_boundary(start) {
        start += 1;
    }
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = String::with_capacity(max + 8);
    if start > 0 {
        out.push('…');
    }
    out.push_str(&body[start..end]);
    if end < body.len() {
        out.push('…');
    }
    out
}

/// Byte offset of serde_json's 1-based (line, column) in `text`.
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// A waiter (`docsdk_runtime::Waiter`) ran out of time.
#[non_exhaustive]
#[derive(Clone, Debug)]
pub struct WaitTimeoutError {
    /// What was awaited.
    pub what: String,
    /// The deadline that passed.
    pub deadline: Duration,
    /// Polls made.
    pub polls: u32,
    /// The last answer (`Debug`, on one line, at most 300 bytes).
    pub last: String,
}

impl WaitTimeoutError {
    /// What a waiter reports: `last` is the last answer's `Debug`, kept on one line and at
    /// most 300 bytes.
    pub fn new(what: String, deadline: Duration, polls: u32, last: &str) -> Self {
        WaitTimeoutError {
            what,
            deadline,
            polls,
            last: one_line(last, 300),
        }
    }
}

impl fmt::Display for WaitTimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "gave up waiting for {} after {:?} ({} polls); last answer: {}; \
             wait longer (Waiter::new's deadline) or check the resource",
            self.what, self.deadline, self.polls, self.last
        )
    }
}

impl std::error::Error for WaitTimeoutError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_shapes() {
        let scp =
            ErrorBody::parse(br#"{"code":"INVALID_PARAM","message":"size too large"}"#).unwrap();
        assert_eq!(scp.code.as_deref(), Some("INVALID_PARAM"));
        assert_eq!(scp.message.as_deref(), Some("size too large"));
        let otc =
            ErrorBody::parse(br#"{"error_code":"ModelArts.0104","error_msg":"bad","extra":1}"#)
                .unwrap();
        assert_eq!(otc.code.as_deref(), Some("ModelArts.0104"));
        assert_eq!(otc.message.as_deref(), Some("bad"));
        let nested = ErrorBody::parse(br#"{"error":{"code":401,"message":"expired"}}"#).unwrap();
        assert_eq!(nested.code.as_deref(), Some("401"));
        let list = ErrorBody::parse(br#"{"errors":[{"errorCode":"E1","detail":"d"}]}"#).unwrap();
        assert_eq!(
            (list.code.as_deref(), list.message.as_deref()),
            (Some("E1"), Some("d"))
        );
        assert!(ErrorBody::parse(br#"{"foo":1}"#).is_none());
        assert!(ErrorBody::parse(b"<html></html>").is_none());
        assert!(ErrorBody::parse(b"[1]").is_none());
    }

    #[test]
    fn excerpts_cut_on_char_boundaries() {
        let body = "é".repeat(300); // 600 bytes, 2 bytes per char
        for at in [0, 1, 299, 300, 301, 599, 600, 10_000] {
            for max in [1, 2, 3, 7, 200] {
                let e = excerpt(&body, at, max);
                assert!(e.trim_matches('…').len() <= max, "{at} {max}");
            }
        }
        assert_eq!(excerpt("short", 3, 200), "short");
        assert_eq!(excerpt("abcdefghij", 9, 4), "…ghij");
        assert_eq!(excerpt("abcdefghij", 0, 4), "abcd…");
        assert_eq!(one_line("a\n  b\tc", 100), "a b c");
        assert_eq!(one_line("ééé", 3), "é…");
        assert_eq!(offset_of("ab\ncd\nef", 2, 2), 4);
        assert_eq!(offset_of("ab", 9, 9), 2);
    }

    #[test]
    fn missing_parameter_message() {
        let e = Error::missing_parameter("list_clusters", "cluster_id");
        assert_eq!(
            e.to_string(),
            "invalid request: list_clusters: required parameter `cluster_id` was not set"
        );
        assert_eq!(e.status(), None);
    }
}
