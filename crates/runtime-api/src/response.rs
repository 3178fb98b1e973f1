//! A decoded body together with its HTTP status, headers and request id (what generated
//! builders' `send_with_response()` returns), and typed error bodies.

use crate::error::{DecodeErrorData, excerpt, offset_of};
use crate::{Client, DecodeError, Error, RawResponse, Request};

/// Response headers that carry a request id, in order of preference.
pub const REQUEST_ID_HEADERS: [&str; 5] = [
    "x-request-id",
    "scp-request-id",
    "x-openstack-request-id",
    "x-compute-request-id",
    "x-trace-id",
];

/// The first value of header `name` (case-insensitive), as received.
pub(crate) fn find_header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// The first value of header `name` (case-insensitive), trimmed; `None` when empty.
pub(crate) fn header_value<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    find_header(headers, name)
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// The request id among `headers`, by [`REQUEST_ID_HEADERS`]' preference.
pub(crate) fn request_id(headers: &[(String, String)]) -> Option<&str> {
    REQUEST_ID_HEADERS
        .iter()
        .find_map(|h| header_value(headers, h))
}

/// A successful answer: the decoded body with the status, headers and request id it came with
/// (like the AWS SDK's output with `request_id()`, or progenitor's `ResponseValue`).
#[derive(Clone, Debug)]
pub struct Response<T> {
    status: u16,
    headers: Vec<(String, String)>,
    body: T,
}

impl<T> Response<T> {
    /// A response made by hand, e.g. to fake one in a user's tests.
    pub fn new(status: u16, headers: Vec<(String, String)>, body: T) -> Self {
        Response {
            status,
            headers,
            body,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Every header, names lowercase, in the order received.
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }

    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// The service's request id, when a known request-id header was sent.
    pub fn request_id(&self) -> Option<&str> {
        request_id(&self.headers)
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, by value.
    pub fn into_body(self) -> T {
        self.body
    }
}

/// Sends `request` and decodes its JSON body into `T`, keeping status and headers. An empty
/// body decodes as `null`, then as `{}`, as in [`Client::send_json`].
pub async fn send_with_response<T: serde::de::DeserializeOwned>(
    client: &Client,
    request: Request,
) -> Result<Response<T>, Error> {
    let operation = request.operation();
    let raw = client.send_raw(request).await?;
    let body = decode(operation, &raw)?;
    Ok(Response::new(raw.status, raw.headers, body))
}

/// Sends `request` and accepts any body (or none), keeping status and headers.
pub async fn send_empty_with_response(
    client: &Client,
    request: Request,
) -> Result<Response<()>, Error> {
    let raw = client.send_raw(request).await?;
    Ok(Response::new(raw.status, raw.headers, ()))
}

/// The body of an API error decoded as `T`, the operation's documented error type; `None` for
/// other errors and for bodies that are not a `T`.
pub fn error_body<T: serde::de::DeserializeOwned>(error: &Error) -> Option<T> {
    serde_json::from_str(error.as_api()?.raw_body()).ok()
}

/// [`decode_body`] of a raw answer.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(
    operation: &'static str,
    raw: &RawResponse,
) -> Result<T, Error> {
    let request_id = request_id(&raw.headers).map(str::to_owned);
    decode_body(operation, raw.status, request_id, &raw.body)
}

/// Decodes a JSON answer into `T` (an empty body as `null`, then `{}`); a failure names the
/// JSON path, the expected type and an excerpt. Shared by every way of sending.
fn decode_body<T: serde::de::DeserializeOwned>(
    operation: &'static str,
    status: u16,
    request_id: Option<String>,
    body: &[u8],
) -> Result<T, Error> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return serde_json::from_str("null")
            .or_else(|_| serde_json::from_str("{}"))
            .map_err(|e| {
                Error::Decode(DecodeError(Box::new(DecodeErrorData {
                    operation,
                    status,
                    expected: short_type_name(std::any::type_name::<T>()),
                    path: ".".to_owned(),
                    message: format!("the body is empty ({e})"),
                    excerpt: String::new(),
                    request_id: request_id.clone(),
                })))
            });
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    let result = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| (e.path().to_string(), e.into_inner()))
        // Trailing non-whitespace after the value is an error too, as in serde_json::from_slice.
        .and_then(|value| de.end().map(|()| value).map_err(|e| (".".to_owned(), e)));
    result.map_err(|(path, inner)| {
        let text = String::from_utf8_lossy(body);
        let at = offset_of(&text, inner.line(), inner.column());
        Error::Decode(DecodeError(Box::new(DecodeErrorData {
            operation,
            status,
            expected: short_type_name(std::any::type_name::<T>()),
            path,
            message: inner.to_string(),
            excerpt: excerpt(&text, at, 200),
            request_id,
        })))
    })
}

/// `alloc::vec::Vec<my_crate::types::Cluster>` -> `Vec<Cluster>`: module paths only add noise
/// to a one-line error.
fn short_type_name(full: &'static str) -> String {
    let mut out = String::with_capacity(full.len());
    let mut token = String::new();
    for c in full.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            token.push(c);
        } else {
            out.push_str(token.rsplit("::").next().unwrap_or_default());
            token.clear();
            out.push(c);
        }
    }
    out.pop(); // the sentinel space
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_type_names() {
        assert_eq!(
            short_type_name("alloc::vec::Vec<a::b::Cluster>"),
            "Vec<Cluster>"
        );
        assert_eq!(
            short_type_name("core::option::Option<(u8, &str, [x::Y; 2])>"),
            "Option<(u8, &str, [Y; 2])>"
        );
        assert_eq!(short_type_name("Plain"), "Plain");
    }

    #[test]
    fn headers_and_request_id_are_found_case_insensitively() {
        let r = Response::new(201, vec![("X-Request-Id".into(), "abc".into())], 5);
        assert_eq!(r.status(), 201);
        assert_eq!(r.request_id(), Some("abc"));
        assert_eq!(r.header("x-request-id"), Some("abc"));
        assert_eq!(r.into_body(), 5);
    }

    #[test]
    fn bodies_decode_and_mismatches_name_the_path() {
        let raw = |body: &str| RawResponse {
            status: 200,
            headers: vec![("scp-request-id".into(), "r-1".into())],
            body: body.as_bytes().to_vec(),
        };
        let n: Vec<u32> = decode("op", &raw("[1, 2]")).expect("decodes");
        assert_eq!(n, vec![1, 2]);
        let empty: Option<u32> = decode("op", &raw(" ")).expect("empty is null");
        assert_eq!(empty, None);
        let err = decode::<Vec<u32>>("op", &raw("[1, \"x\"]")).expect_err("mismatch");
        let Error::Decode(d) = err else {
            panic!("not a decode error: {err:?}")
        };
        assert_eq!((d.path(), d.request_id()), ("[1]", Some("r-1")));
    }
}
