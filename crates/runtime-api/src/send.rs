//! Sending a request a generated builder prepared. These are the only `async` bodies on the
//! way from `.send()` to the answer: a builder's `send` is a plain function returning one of
//! these futures, so a crate of hundreds of operations holds no state machine of its own and
//! compiles (and rebuilds) faster; the machines are built once, here.

use crate::{Client, Error, Request, Response};

/// What a request builder hands over: the client and the finished request, or the error that
/// stopped it before anything was sent (a required parameter not set, a body that does not
/// serialise).
pub type Prepared = Result<(Client, Request), Error>;

/// Sends the request and decodes its JSON body, as [`Client::send_json`].
pub async fn json<T: serde::de::DeserializeOwned>(prepared: Prepared) -> Result<T, Error> {
    let (client, request) = prepared?;
    client.send_json(request).await
}

/// Sends the request and decodes its JSON body, keeping status and headers, as
/// [`crate::send_with_response`].
pub async fn json_with_response<T: serde::de::DeserializeOwned>(
    prepared: Prepared,
) -> Result<Response<T>, Error> {
    let (client, request) = prepared?;
    crate::send_with_response(&client, request).await
}

/// Sends a request whose success response has no documented body, as [`Client::send_empty`].
pub async fn empty(prepared: Prepared) -> Result<(), Error> {
    let (client, request) = prepared?;
    client.send_empty(request).await
}

/// Sends a request without a documented body, keeping status and headers, as
/// [`crate::send_empty_with_response`].
pub async fn empty_with_response(prepared: Prepared) -> Result<Response<()>, Error> {
    let (client, request) = prepared?;
    crate::send_empty_with_response(&client, request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_error_from_preparing_is_returned_without_sending() {
        let prepared: Prepared = Err(Error::missing_parameter("show_cluster", "cluster_id"));
        let err = json::<serde_json::Value>(prepared).await.unwrap_err();
        assert!(err.to_string().contains("cluster_id"), "{err}");
    }
}
