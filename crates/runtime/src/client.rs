//! The HTTP client: signs, sends, retries, maps errors, decodes.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use tracing::Instrument as _;

use crate::otc_auth::TokenCache;
use crate::{
    ApiError, BoxFuture, Config, Connect, Credentials, Error, OtcToken, Provider, RawResponse,
    Request, Service, TimeoutError, TimeoutKind, Transport, TransportError, is_retryable_status,
    signing,
};

/// The transport of real calls: signs each attempt, sends it over HTTPS, retries, enforces
/// timeouts and maps errors. Cheap to clone (one shared connection pool). Generated crates get
/// one from [`Config`]'s [`Connect`] implementation; [`crate::Client::new`] wraps one to send
/// [`Request`]s by hand.
#[derive(Clone, Debug)]
pub struct HttpClient {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    base_url: String,
    service: Option<Service>,
    http: reqwest::Client,
    /// The OTC password token, when the credentials are a password.
    tokens: TokenCache,
    /// The URL picked from the SCP endpoint catalogue (itself fetched once per config).
    discovered: tokio::sync::OnceCell<String>,
}

/// One response as read from the wire.
pub(crate) struct Received {
    pub(crate) status: u16,
    headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl Received {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        header_str(&self.headers, name)
    }
}

/// A request the runtime makes for itself (the OTC token, the SCP endpoint catalogue).
pub(crate) struct Plain<'a> {
    pub(crate) operation: &'static str,
    pub(crate) method: crate::Method,
    pub(crate) url: &'a str,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Option<Vec<u8>>,
    /// Credentials to sign each attempt with (afresh: SCP checks the timestamp), if any.
    pub(crate) sign_with: Option<&'a Credentials>,
}

/// Sends `plain` with the config's retry policy: connection errors, timeouts and 429, 502, 503,
/// 504 are retried with the same backoff, `Retry-After` and deadline rules as ordinary requests,
/// whatever the method, because both calls are safe to repeat (a catalogue read; a token
/// request, whose only effect is a token). A non-2xx answer is an [`Error::Api`].
pub(crate) async fn send_plain(
    http: &reqwest::Client,
    config: &Config,
    plain: Plain<'_>,
) -> Result<Received, Error> {
    let url = url::Url::parse(plain.url)
        .map_err(|e| Error::InvalidRequest(format!("{}: `{}`: {e}", plain.operation, plain.url)))?;
    let request = Request::new(plain.method, "", plain.operation);
    let retry = config.retry();
    let started = Instant::now();
    let deadline = retry.deadline().map(|d| started + d);
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        let mut timeout = config.request_timeout();
        let mut limited_by_deadline = false;
        if let Some(deadline) = deadline {
            let left = deadline.saturating_duration_since(Instant::now());
            if left <= timeout {
                timeout = left;
                limited_by_deadline = true;
            }
        }
        if timeout.is_zero() {
            return Err(Error::Timeout(TimeoutError::new(
                plain.operation,
                TimeoutKind::Deadline,
                retry.deadline().unwrap_or_default(),
                attempt - 1,
                None,
            )));
        }
        let mut builder = http
            .request(reqwest_method(plain.method), url.clone())
            .header("Accept", "application/json")
            .timeout(timeout);
        for (name, value) in &plain.headers {
            builder = builder.header(name.as_str(), value.as_str());
        }
        if let Some(credentials) = plain.sign_with {
            let auth = signing::auth_headers(
                credentials,
                plain.method.as_str(),
                url.as_str(),
                &[],
                plain.body.as_deref().unwrap_or_default(),
                config.clock().now(),
            )?;
            for (name, value) in auth {
                builder = builder.header(name, value);
            }
        }
        if let Some(body) = &plain.body {
            builder = builder.body(body.clone());
        }
        let outcome = async {
            let response = builder.send().await?;
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let body = response.bytes().await?;
            Ok::<_, reqwest::Error>(Received {
                status,
                headers,
                body,
            })
        }
        .await;
        let can_retry = attempt < retry.max_attempts();
        let (error, retry_after) = match outcome {
            Ok(received) if (200..300).contains(&received.status) => return Ok(received),
            Ok(received) => {
                let api = api_error(&request, &received, attempt);
                if !(can_retry && is_retryable_status(received.status))
                    || api
                        .retry_after()
                        .is_some_and(|d| d > retry.max_retry_after())
                {
                    return Err(Error::Api(api));
                }
                let retry_after = api.retry_after();
                (Error::Api(api), retry_after)
            }
            Err(e) => {
                let error = transport_error(
                    &request,
                    &url,
                    e,
                    attempt,
                    timeout,
                    limited_by_deadline.then(|| retry.deadline().unwrap_or(timeout)),
                    config.connect_timeout(),
                );
                if !can_retry || limited_by_deadline {
                    return Err(error);
                }
                (error, None)
            }
        };
        let delay = retry_after.unwrap_or_else(|| retry.backoff(attempt));
        if deadline.is_some_and(|d| Instant::now() + delay >= d) {
            return Err(error);
        }
        tracing::info!(
            operation = plain.operation,
            attempt,
            delay_ms = delay.as_millis() as u64,
            error = %error,
            "retrying"
        );
        tokio::time::sleep(delay).await;
    }
}

/// Checks that `url` can serve as a base URL: absolute, http or https, with a host.
pub(crate) fn check_base_url(url: &str) -> Result<(), Error> {
    base_url_problem(url).map_or(Ok(()), |m| Err(Error::InvalidRequest(m)))
}

/// What keeps `url` from serving as a base URL, for callers that prefix where it came from
/// (without a second "invalid request:").
pub(crate) fn base_url_problem(url: &str) -> Option<String> {
    let parsed = match url::Url::parse(url) {
        Ok(parsed) => parsed,
        Err(e) => return Some(format!("endpoint `{url}` is not a valid URL: {e}")),
    };
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Some(format!(
            "endpoint `{url}` must be an absolute http:// or https:// URL with a host"
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Some(format!(
            "endpoint `{url}` must not have a query or fragment"
        ));
    }
    None
}

impl HttpClient {
    /// A client for the service at `base_url` (resolved by the generated crate from its URL
    /// template, e.g. `https://eventstreams.kr-west1.e.samsungsdscloud.com`);
    /// `config.endpoint_url()`, when set, replaces it. Fails with [`Error::InvalidRequest`] for a
    /// URL that is not absolute http(s).
    ///
    /// No provider check and no endpoint discovery: generated crates call
    /// [`HttpClient::for_service`].
    pub fn new(config: Config, base_url: impl Into<String>) -> Result<HttpClient, Error> {
        Self::build(config, base_url.into(), None)
    }

    /// A client for `service`: fails when the config's credentials are for another cloud;
    /// the config's endpoint override wins; else, for SCP with an auth URL configured, the
    /// service URL comes from the endpoint catalogue (fetched on the first request, once for
    /// the config and its clones, so clients of several services share it);
    /// else the documented URL.
    pub fn for_service(config: Config, service: Service) -> Result<HttpClient, Error> {
        let credentials = config.credentials();
        let other_cloud = service
            .provider()
            .filter(|provider| *provider != credentials.provider());
        if let Some(provider) = other_cloud {
            return Err(Error::InvalidRequest(format!(
                "{} is a service of {provider}, but the config holds {} credentials ({}); use \
                 Config::from_env_for(Provider::{provider:?}) or credentials of that cloud",
                service.name(),
                credentials.provider(),
                credentials.kind(),
            )));
        }
        let url = service.documented_url().to_owned();
        Self::build(config, url, Some(service))
    }

    fn build(
        config: Config,
        base_url: String,
        service: Option<Service>,
    ) -> Result<HttpClient, Error> {
        let base_url = match config.endpoint_url() {
            Some(url) => url.to_owned(),
            None => base_url,
        };
        check_base_url(&base_url)?;
        let base_url = base_url.trim_end_matches('/').to_owned();
        let mut http = reqwest::Client::builder()
            .use_preconfigured_tls(crate::tls::client_config(&config)?)
            .connect_timeout(config.connect_timeout())
            .timeout(config.request_timeout())
            .user_agent(config.user_agent());
        if let Some(proxy) = config.proxy() {
            // An explicit proxy replaces the environment's (HTTPS_PROXY, HTTP_PROXY, NO_PROXY).
            let proxy = reqwest::Proxy::all(proxy)
                .map_err(|e| Error::InvalidRequest(format!("config proxy `{proxy}`: {e}")))?;
            http = http.proxy(proxy);
        }
        let http = http
            .build()
            .map_err(|e| Error::InvalidRequest(format!("could not build the HTTP client: {e}")))?;
        Ok(HttpClient {
            inner: Arc::new(Inner {
                config,
                base_url,
                service,
                http,
                tokens: TokenCache::default(),
                discovered: tokio::sync::OnceCell::new(),
            }),
        })
    }

    /// The OTC project id: [`Config::project_id`] when known, else the scope of the password
    /// token (obtained now if there is none yet). `InvalidRequest` when no source has one.
    pub async fn project_id(&self) -> Result<String, Error> {
        let config = &self.inner.config;
        if let Some(id) = config.project_id() {
            return Ok(id.to_owned());
        }
        if let Credentials::OtcPassword(c) = config.credentials() {
            self.inner
                .tokens
                .get(&self.inner.http, config, c, None)
                .await?;
            if let Some(id) = config.project_id() {
                return Ok(id.to_owned());
            }
        }
        Err(Error::InvalidRequest(
            "no OTC project id: set OS_PROJECT_ID (or clouds.yaml auth.project_id), \
             ConfigBuilder::project_id, or scope the password token to a project"
                .to_owned(),
        ))
    }

    /// The URL requests go to: the endpoint override, else the discovered URL (SCP with an
    /// auth URL), else the documented one.
    async fn resolve_base_url(&self) -> Result<&str, Error> {
        let inner = &self.inner;
        let config = &inner.config;
        let discover = match (&inner.service, config.auth_url()) {
            (Some(service), Some(auth_url))
                if config.endpoint_url().is_none() && service.provider() == Some(Provider::Scp) =>
            {
                Some((service, auth_url))
            }
            _ => None,
        };
        let Some((service, auth_url)) = discover else {
            return Ok(&inner.base_url);
        };
        let region = service.chosen_region().or(config.region()).ok_or_else(|| {
            Error::InvalidRequest(format!(
                "{}: endpoint discovery needs a region: set SCP_TF_DEFAULT_REGION or \
                     `default-region` in ~/.scpconf/config.json",
                service.name()
            ))
        })?;
        inner
            .discovered
            .get_or_try_init(|| {
                crate::discovery::discover(&inner.http, config, auth_url, service.name(), region)
            })
            .await
            .map(String::as_str)
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The base URL requests are sent to (the override when configured), without trailing `/`;
    /// once endpoint discovery has run, the discovered URL.
    pub fn base_url(&self) -> &str {
        self.inner
            .discovered
            .get()
            .map_or(&self.inner.base_url, String::as_str)
    }

    /// Sends `request` and decodes the JSON answer, as [`crate::Client::send_json`] does with
    /// this transport.
    pub async fn send_json<T: serde::de::DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<T, Error> {
        crate::Client::new(self.clone()).send_json(request).await
    }

    /// Sends `request` and accepts any body (or none), as [`crate::Client::send_empty`].
    pub async fn send_empty(&self, request: Request) -> Result<(), Error> {
        self.send_raw(request).await.map(|_| ())
    }

    /// Sends `request` (retrying per config, re-signing each attempt) and returns the 2xx
    /// answer undecoded; [`crate::Client`] decodes it.
    pub async fn send_raw(&self, request: Request) -> Result<RawResponse, Error> {
        let received = self.execute(request).await?;
        Ok(RawResponse::new(
            received.status,
            header_pairs(&received.headers),
            received.body.to_vec(),
        ))
    }

    async fn execute(&self, mut request: Request) -> Result<Received, Error> {
        if let Some(name) = request.take_project_param() {
            request = request.path_param(name, self.project_id().await?);
        }
        request.validate()?;
        let url = request.url(self.resolve_base_url().await?);
        let url = url::Url::parse(&url).map_err(|e| {
            Error::InvalidRequest(format!(
                "{}: `{url}` is not a valid URL: {e}",
                request.operation()
            ))
        })?;
        let span = tracing::info_span!(
            "docsdk.request",
            operation = request.operation(),
            method = request.method().as_str(),
            path = request.path_template(),
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        self.execute_with_retries(&request, &url)
            .instrument(span)
            .await
    }

    async fn execute_with_retries(
        &self,
        request: &Request,
        url: &url::Url,
    ) -> Result<Received, Error> {
        let config = &self.inner.config;
        // Per-call overrides (Request::retry, Request::timeout) win over the config.
        let retry = request.retry_override().unwrap_or(config.retry());
        let request_timeout = request
            .timeout_override()
            .unwrap_or(config.request_timeout());
        let started = Instant::now();
        let deadline = retry.deadline().map(|d| started + d);
        let may_retry = retry.allows(request.method());
        let mut attempt = 0u32;
        // The password token refused with a 401, renewed once per call.
        let mut refused_token: Option<String> = None;
        let mut renewed_after_401 = false;
        loop {
            attempt += 1;
            let span = tracing::Span::current();
            span.record("attempt", attempt);

            // The attempt's timeout, shortened to what is left of the overall deadline.
            let mut timeout = request_timeout;
            let mut limited_by_deadline = false;
            if let Some(deadline) = deadline {
                let left = deadline.saturating_duration_since(Instant::now());
                if left <= timeout {
                    timeout = left;
                    limited_by_deadline = true;
                }
            }
            if timeout.is_zero() {
                return Err(Error::Timeout(TimeoutError::new(
                    request.operation(),
                    TimeoutKind::Deadline,
                    retry.deadline().unwrap_or_default(),
                    attempt - 1,
                    None,
                )));
            }

            let (credentials, token) = self.credentials(refused_token.as_deref()).await?;
            let sent = Instant::now();
            let outcome = self.attempt(request, url, timeout, &credentials).await;
            let latency_ms = sent.elapsed().as_millis() as u64;
            span.record("latency_ms", latency_ms);
            let can_retry = may_retry && attempt < retry.max_attempts();

            let (error, retry_after) = match outcome {
                Ok(received) => {
                    span.record("status", received.status);
                    tracing::debug!(attempt, status = received.status, latency_ms, "response");
                    if (200..300).contains(&received.status) {
                        return Ok(received);
                    }
                    if received.status == 401 && token.is_some() && !renewed_after_401 {
                        // The token was revoked or expired early: one new token, one more try,
                        // not counted against the retry policy.
                        tracing::info!("HTTP 401 with a password token: renewing it");
                        renewed_after_401 = true;
                        refused_token = token;
                        attempt -= 1;
                        continue;
                    }
                    let api = api_error(request, &received, attempt);
                    if !(can_retry && is_retryable_status(received.status)) {
                        return Err(Error::Api(api));
                    }
                    if api
                        .retry_after()
                        .is_some_and(|d| d > retry.max_retry_after())
                    {
                        // The server asks for a longer pause than we wait for: let the caller
                        // decide (ApiError::retry_after says when).
                        return Err(Error::Api(api));
                    }
                    let retry_after = api.retry_after();
                    (Error::Api(api), retry_after)
                }
                Err(e) => {
                    tracing::debug!(attempt, latency_ms, error = %e, "attempt failed");
                    let error = transport_error(
                        request,
                        url,
                        e,
                        attempt,
                        timeout,
                        // The limit to report when the overall deadline cut the attempt.
                        limited_by_deadline.then(|| retry.deadline().unwrap_or(timeout)),
                        config.connect_timeout(),
                    );
                    if !can_retry || limited_by_deadline {
                        return Err(error);
                    }
                    (error, None)
                }
            };

            let delay = retry_after.unwrap_or_else(|| retry.backoff(attempt));
            if deadline.is_some_and(|d| Instant::now() + delay >= d) {
                // Waiting would cross the deadline: the last error is the most useful answer.
                return Err(error);
            }
            tracing::info!(attempt, delay_ms = delay.as_millis() as u64, error = %error, "retrying");
            tokio::time::sleep(delay).await;
        }
    }

    /// The credentials to sign an attempt with: the config's, or for a password a current
    /// token (a new one when `refused` is the cached one), which is returned too.
    async fn credentials(
        &self,
        refused: Option<&str>,
    ) -> Result<(Credentials, Option<String>), Error> {
        let config = &self.inner.config;
        match config.credentials() {
            Credentials::OtcPassword(c) => {
                let token = self
                    .inner
                    .tokens
                    .get(&self.inner.http, config, c, refused)
                    .await?;
                Ok((OtcToken::new(token.value.clone()).into(), Some(token.value)))
            }
            other => Ok((other.clone(), None)),
        }
    }

    /// One signed attempt with its own timeout; the body is read completely.
    async fn attempt(
        &self,
        request: &Request,
        url: &url::Url,
        timeout: Duration,
        credentials: &Credentials,
    ) -> Result<Received, reqwest::Error> {
        let config = &self.inner.config;
        let body = request.body_bytes();
        let mut headers = HeaderMap::new();
        // Request::header validated names and values; a rare invalid one is skipped, not sent.
        let mut set = |name: &str, value: &str| {
            if let (Ok(n), Ok(v)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) {
                headers.insert(n, v);
            }
        };
        set("Accept", "application/json");
        set("Accept-Language", config.accept_language());
        for (name, value) in request.headers() {
            set(name, value);
        }
        let mut to_sign = Vec::new();
        if let Some(ct) = request.content_type() {
            set("Content-Type", ct);
            to_sign.push(("Content-Type".to_owned(), ct.to_owned()));
        }
        if let Some(version) = request.api_version_value() {
            set(signing::scp::API_VERSION_HEADER, version);
        }
        // Signed afresh on every attempt: timestamps must be current.
        let auth = signing::auth_headers(
            credentials,
            request.method().as_str(),
            url.as_str(),
            &to_sign,
            body.as_deref().unwrap_or_default(),
            config.clock().now(),
        );
        // `auth_headers` only fails for URLs without a host, which `Client::new` rejects.
        for (name, value) in auth.unwrap_or_default() {
            set(&name, &value);
        }
        let mut builder = self
            .inner
            .http
            .request(reqwest_method(request.method()), url.clone())
            .headers(headers)
            .timeout(timeout);
        if let Some(body) = body {
            builder = builder.body(body);
        }
        let response = builder.send().await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await?;
        Ok(Received {
            status,
            headers,
            body,
        })
    }
}

impl Transport for HttpClient {
    fn send(&self, request: Request) -> BoxFuture<'_, Result<RawResponse, Error>> {
        Box::pin(self.send_raw(request))
    }
}

impl Connect for Config {
    fn endpoint_url(&self) -> Option<&str> {
        Config::endpoint_url(self)
    }

    /// [`HttpClient::for_service`], as a [`crate::Client`].
    fn connect(self, service: Service) -> Result<crate::Client, Error> {
        HttpClient::for_service(self, service).map(crate::Client::new)
    }
}

fn reqwest_method(method: crate::Method) -> reqwest::Method {
    match method {
        crate::Method::Get => reqwest::Method::GET,
        crate::Method::Put => reqwest::Method::PUT,
        crate::Method::Post => reqwest::Method::POST,
        crate::Method::Delete => reqwest::Method::DELETE,
        crate::Method::Patch => reqwest::Method::PATCH,
        crate::Method::Head => reqwest::Method::HEAD,
        crate::Method::Options => reqwest::Method::OPTIONS,
    }
}

fn header_str<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// Header names and values as text (values lossily decoded).
fn header_pairs(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect()
}

fn api_error(request: &Request, received: &Received, attempts: u32) -> ApiError {
    ApiError::new(
        request,
        received.status,
        reqwest::StatusCode::from_u16(received.status)
            .ok()
            .and_then(|s| s.canonical_reason()),
        &header_pairs(&received.headers),
        &received.body,
        attempts,
    )
}

fn transport_error(
    request: &Request,
    url: &url::Url,
    error: reqwest::Error,
    attempts: u32,
    timeout: Duration,
    deadline_limit: Option<Duration>,
    connect_timeout: Duration,
) -> Error {
    if error.is_timeout() {
        let (kind, limit) = if let Some(limit) = deadline_limit {
            (TimeoutKind::Deadline, limit)
        } else if error.is_connect() {
            (TimeoutKind::Connect, connect_timeout)
        } else {
            (TimeoutKind::Request, timeout)
        };
        return Error::Timeout(TimeoutError::new(
            request.operation(),
            kind,
            limit,
            attempts,
            Some(Box::new(error)),
        ));
    }
    let mut shown = url.clone();
    shown.set_query(None);
    Error::Transport(TransportError::new(
        request.operation(),
        shown.to_string(),
        attempts,
        Box::new(error.without_url()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Generated crates spawn calls and streams on multi-threaded runtimes.
    #[test]
    fn futures_and_streams_are_send() {
        fn assert_send<T: Send>(_: &T) {}
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<HttpClient>();
        assert_send_sync::<crate::Client>();
        assert_send_sync::<Error>();
        let config = Config::builder()
            .credentials(crate::OtcToken::new("t"))
            .build()
            .unwrap();
        let http = HttpClient::new(config, "http://127.0.0.1:1").unwrap();
        assert_send(&http.send_raw(Request::new(crate::Method::Get, "/", "op")));
        let client = crate::Client::new(http);
        let request = || Request::new(crate::Method::Get, "/", "op");
        assert_send(&client.send_json::<serde_json::Value>(request()));
        assert_send(&client.send_empty(request()));
        assert_send(&client.send_raw(request()));
        let c = client.clone();
        let stream = crate::paginate(0, 10, move |page| {
            let c = c.clone();
            async move {
                let items: Vec<u32> = c.send_json(request().query("page", page)).await?;
                Ok(crate::Page::new(items, None))
            }
        });
        assert_send(&stream);
    }
}
