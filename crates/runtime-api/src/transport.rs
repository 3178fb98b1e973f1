//! The boundary between generated crates and the transport: generated code builds
//! [`Request`]s and hands them to a [`Client`], which sends them through whatever
//! [`Transport`] it was made with (`docsdk_runtime`'s signed HTTPS client, or a user's fake in
//! tests). Keeping the transport behind this trait is what keeps reqwest, rustls and tokio out of
//! every generated crate's build: they are compiled once, in `docsdk-runtime`.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::{Error, Request};

/// A boxed future that can move between threads, as [`Transport::send`] returns.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Sends requests: signing, retries, timeouts and the HTTP exchange are the transport's.
///
/// `docsdk_runtime::HttpClient` is the transport of real calls. Implement it to answer
/// requests in memory, e.g. to test code that uses a generated client without a server. An OTC
/// request whose `{project_id}` the caller left to the client names that path parameter in
/// [`Request::take_project_param`]: a transport fills it (with [`Request::path_param`]) before
/// [`Request::validate`], which otherwise reports it as not set.
pub trait Transport: fmt::Debug + Send + Sync + 'static {
    /// Sends `request` and returns the 2xx answer, or the error: [`Error::Api`] for another
    /// status (see [`crate::ApiError::new`]), [`Error::Transport`] or [`Error::Timeout`] when
    /// no answer came, [`Error::InvalidRequest`] when the request cannot be sent
    /// ([`Request::validate`]).
    fn send(&self, request: Request) -> BoxFuture<'_, Result<RawResponse, Error>>;
}

/// Makes the [`Client`] of one service: what a generated crate's `Client::new` takes.
/// `docsdk_runtime::Config` implements it (it checks the credentials' cloud, applies the
/// endpoint override and discovers endpoints), and so does [`Client`] itself (it ignores the
/// service), so a client made from any [`Transport`] can stand in for a config.
pub trait Connect {
    /// The endpoint override, when one is configured (generated `with_endpoint` needs one).
    fn endpoint_url(&self) -> Option<&str>;

    /// The client for `service`.
    fn connect(self, service: Service) -> Result<Client, Error>;
}

/// Sends [`Request`]s through a [`Transport`] and decodes the answers. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Client {
    transport: Arc<dyn Transport>,
}

impl Client {
    /// A client that sends through `transport`.
    pub fn new(transport: impl Transport) -> Client {
        Client {
            transport: Arc::new(transport),
        }
    }

    /// Sends `request` and decodes the JSON body into `T`. Unknown fields are ignored unless
    /// `T` says otherwise.
    ///
    /// An empty 2xx body (202/204) decodes as JSON `null` (so `()`, `Option<_>` and
    /// `serde_json::Value::Null` work) or, failing that, as `{}` (so a struct whose fields are
    /// all optional comes back with defaults); any other `T` gives [`Error::Decode`]. Use
    /// [`Client::send_empty`] for operations documented without a response body.
    pub async fn send_json<T: serde::de::DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<T, Error> {
        let operation = request.operation();
        let raw = self.send_raw(request).await?;
        crate::response::decode(operation, &raw)
    }

    /// Sends `request` and accepts any body (or none) on success: for 202/204 answers and
    /// operations documented without a response body.
    pub async fn send_empty(&self, request: Request) -> Result<(), Error> {
        self.send_raw(request).await.map(|_| ())
    }

    /// Sends `request` and returns the successful answer undecoded (downloads, non-JSON bodies).
    pub fn send_raw(&self, request: Request) -> BoxFuture<'_, Result<RawResponse, Error>> {
        self.transport.send(request)
    }
}

impl Connect for Client {
    fn endpoint_url(&self) -> Option<&str> {
        None
    }

    fn connect(self, _service: Service) -> Result<Client, Error> {
        Ok(self)
    }
}

/// What a generated crate tells the runtime about its service: the cloud, the service's name in
/// the endpoint catalogue, its documented URL and the region chosen.
#[derive(Clone, Debug)]
pub struct Service {
    provider: Option<Provider>,
    name: &'static str,
    url: String,
    region: Option<String>,
}

impl Service {
    /// The service `name` (SCP catalogue `service_type`, e.g. `eventstreams`) of `provider`,
    /// at `documented_url` (the URL template filled for the chosen region).
    pub fn new(provider: Provider, name: &'static str, documented_url: impl Into<String>) -> Self {
        Service {
            provider: Some(provider),
            name,
            url: documented_url.into(),
            region: None,
        }
    }

    /// A service known only by its URL (its documents name no cloud or catalogue key): the
    /// transport checks no credentials' cloud and discovers no endpoint for it.
    pub fn at_url(url: impl Into<String>) -> Self {
        Service {
            provider: None,
            name: "",
            url: url.into(),
            region: None,
        }
    }

    /// The region the caller chose (wins over the config's region for endpoint discovery).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// The cloud, unless the service is known only by its URL.
    pub fn provider(&self) -> Option<Provider> {
        self.provider
    }

    /// The service's catalogue name (empty for a service known only by its URL).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The documented URL.
    pub fn documented_url(&self) -> &str {
        &self.url
    }

    /// The region the caller chose, if any.
    pub fn chosen_region(&self) -> Option<&str> {
        self.region.as_deref()
    }
}

/// A successful answer as received, for operations whose body is not JSON.
#[non_exhaustive]
#[derive(Clone, Debug)]
pub struct RawResponse {
    /// HTTP status (2xx).
    pub status: u16,
    /// Response headers (name, value), values lossily decoded.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl RawResponse {
    /// An answer with `status`, `headers` (name, value) and `body`.
    pub fn new(status: u16, headers: Vec<(String, String)>, body: Vec<u8>) -> Self {
        RawResponse {
            status,
            headers,
            body,
        }
    }

    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        crate::response::find_header(&self.headers, name)
    }
}

/// The cloud a generated crate talks to, and so the credentials and configuration sources it
/// accepts.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    /// Samsung Cloud Platform: access key signing, `~/.scpconf`, `SCP_TF_*`.
    Scp,
    /// Open Telekom Cloud: IAM token, password or AK/SK, `OS_*`, `clouds.yaml`.
    Otc,
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Provider::Scp => "Samsung Cloud Platform",
            Provider::Otc => "Open Telekom Cloud",
        })
    }
}
