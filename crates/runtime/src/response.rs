//! A decoded body together with its HTTP status, headers and request id (what generated
//! builders' `send_with_response()` returns), and typed error bodies.

use crate::client::REQUEST_ID_HEADERS;
use crate::{Client, Error, RawResponse, Request};

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
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The service's request id, when a known request-id header was sent.
    pub fn request_id(&self) -> Option<&str> {
        REQUEST_ID_HEADERS.iter().find_map(|h| self.header(h))
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

/// [`crate::client::decode`] of a raw answer.
fn decode<T: serde::de::DeserializeOwned>(
    operation: &'static str,
    raw: &RawResponse,
) -> Result<T, Error> {
    let request_id = REQUEST_ID_HEADERS
        .iter()
        .find_map(|h| raw.header(h))
        .map(str::to_owned);
    crate::client::decode(operation, raw.status, request_id, &raw.body)
}

#[cfg(test)]
mod tests {
    use super::*;

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
