//! Client configuration: credentials, endpoint override, timeouts, retry policy.

use std::fmt;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, SystemTime};

use crate::sources::{self, ConfigSources};
use crate::{Credentials, Error, Provider, RetryConfig};

/// Default `Accept-Language` (SCP answers messages in this language).
pub const DEFAULT_ACCEPT_LANGUAGE: &str = "en-US";
/// Default TCP + TLS connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default timeout of one attempt, from sending the request to the end of the response body.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// Default `User-Agent`.
pub const DEFAULT_USER_AGENT: &str = concat!("docsdk-runtime/", env!("CARGO_PKG_VERSION"));

/// The wall clock used for signature timestamps; replace it in tests for fixed timestamps.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> SystemTime + Send + Sync>);

impl Clock {
    /// A clock reading `now`.
    pub fn new(now: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        Clock(Arc::new(now))
    }

    /// The system clock.
    pub fn system() -> Self {
        Clock::new(SystemTime::now)
    }

    /// A clock that always reads `time`.
    pub fn fixed(time: SystemTime) -> Self {
        Clock::new(move || time)
    }

    /// The current time.
    pub fn now(&self) -> SystemTime {
        (self.0)()
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Clock")
    }
}

/// Everything an [`crate::HttpClient`] needs besides the service URL. `Debug` redacts secrets.
#[derive(Clone, Debug)]
pub struct Config {
    credentials: Credentials,
    endpoint_url: Option<String>,
    project_id: Option<String>,
    /// The project id of the scope of the last OTC password token; shared by clones so that a
    /// client's token exchange is seen through every copy of its config.
    scope_project_id: Arc<OnceLock<String>>,
    /// The SCP endpoint catalogue, shared by clones like the token scope above.
    catalogue: crate::discovery::CatalogueCache,
    region: Option<String>,
    auth_url: Option<String>,
    root_certificates: Vec<Vec<u8>>,
    proxy: Option<String>,
    accept_language: String,
    connect_timeout: Duration,
    request_timeout: Duration,
    retry: RetryConfig,
    user_agent: String,
    clock: Clock,
}

impl Config {
    /// A builder; only the credentials are required.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// Configuration from `provider`'s own sources, as its vendor's tools read them, and only
    /// those (see [`ConfigBuilder::from_sources`]); every other setting at its default.
    pub fn from_env_for(provider: Provider) -> Result<Config, Error> {
        ConfigBuilder::from_sources(provider, &ConfigSources::system())?.build()
    }

    /// Like [`Config::from_env_for`], reading `sources` (a test environment, a temporary home).
    pub fn from_sources(provider: Provider, sources: &ConfigSources) -> Result<Config, Error> {
        ConfigBuilder::from_sources(provider, sources)?.build()
    }

    /// Configuration with credentials from docsdk's own variable names of either cloud (see
    /// [`Credentials::from_env`]).
    #[deprecated(
        note = "use Config::from_env_for(Provider): it reads the vendor's own sources (SCP_TF_*, ~/.scpconf, OS_*, clouds.yaml) of one provider only"
    )]
    pub fn from_env() -> Result<Config, Error> {
        #[allow(deprecated)]
        let credentials = Credentials::from_env()?;
        Config::builder().credentials(credentials).build()
    }

    /// The region from config (`SCP_TF_DEFAULT_REGION` / `default-region`, `OS_REGION_NAME` /
    /// `region_name`, or [`ConfigBuilder::region`]).
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The SCP identity service URL used for endpoint discovery (`SCP_TF_AUTH_URL` /
    /// `auth-url`, or [`ConfigBuilder::auth_url`]); `None` means the documented URL templates.
    pub fn auth_url(&self) -> Option<&str> {
        self.auth_url.as_deref()
    }

    /// Extra trusted root certificates (PEM), beside the system's.
    pub fn root_certificates(&self) -> &[Vec<u8>] {
        &self.root_certificates
    }

    /// The explicit proxy URL, if set (else `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` apply).
    pub fn proxy(&self) -> Option<&str> {
        self.proxy.as_deref()
    }

    /// The endpoint catalogue cache of this config and its clones.
    pub(crate) fn catalogue(&self) -> &crate::discovery::CatalogueCache {
        &self.catalogue
    }

    /// Records the project of a password token's scope (called by the client).
    pub(crate) fn set_scope_project_id(&self, id: &str) {
        let _ = self.scope_project_id.set(id.to_owned());
    }

    /// The credentials.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// The endpoint override (proxy, test server), if any.
    pub fn endpoint_url(&self) -> Option<&str> {
        self.endpoint_url.as_deref()
    }

    /// The OTC project id, from the first of: [`ConfigBuilder::project_id`] or `OS_PROJECT_ID`
    /// / clouds.yaml `project_id`; the credentials' project id; the scope of the password token
    /// once the client has obtained one (see [`crate::HttpClient::project_id`], which obtains it).
    /// `None` when none is known yet.
    pub fn project_id(&self) -> Option<&str> {
        if let Some(id) = self.project_id.as_deref() {
            return Some(id);
        }
        match &self.credentials {
            Credentials::OtcAkSk(c) => c.project_id.as_deref(),
            Credentials::OtcPassword(c) => c
                .project_id
                .as_deref()
                .or_else(|| self.scope_project_id.get().map(String::as_str)),
            _ => None,
        }
    }

    /// The `Accept-Language` sent with SCP requests (default `en-US`).
    pub fn accept_language(&self) -> &str {
        &self.accept_language
    }

    /// The retry policy.
    pub fn retry(&self) -> &RetryConfig {
        &self.retry
    }

    /// Connect timeout (default 10 s).
    pub fn connect_timeout(&self) -> Duration {
        self.connect_timeout
    }

    /// Timeout of one attempt including the response body (default 60 s).
    pub fn request_timeout(&self) -> Duration {
        self.request_timeout
    }

    /// The `User-Agent` header.
    pub fn user_agent(&self) -> &str {
        &self.user_agent
    }

    /// The clock used for signature timestamps.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }
}

/// Builder of [`Config`].
#[derive(Clone, Default, Debug)]
pub struct ConfigBuilder {
    credentials: Option<Credentials>,
    endpoint_url: Option<String>,
    project_id: Option<String>,
    region: Option<String>,
    auth_url: Option<String>,
    root_certificates: Vec<Vec<u8>>,
    proxy: Option<String>,
    accept_language: Option<String>,
    connect_timeout: Option<Duration>,
    request_timeout: Option<Duration>,
    retry: Option<RetryConfig>,
    user_agent: Option<String>,
    clock: Option<Clock>,
}

impl ConfigBuilder {
    /// A builder filled from `provider`'s own sources, and only those; later builder calls
    /// override what was read.
    ///
    /// - SCP: `SCP_TF_ACCESS_KEY`, `SCP_TF_SECRET_KEY`, `SCP_TF_AUTH_URL`,
    ///   `SCP_TF_DEFAULT_REGION`, each over `~/.scpconf/credentials.json` (`access-key`,
    ///   `secret-key`) and `~/.scpconf/config.json` (`auth-url`, `default-region`); docsdk's
    ///   `SCP_ACCESS_KEY`, `SCP_SECRET_KEY` and `SCP_ACCOUNT_ID` as aliases.
    /// - OTC: `OS_*` variables, each over the `clouds.yaml` entry named by `OS_CLOUD`
    ///   (`./clouds.yaml`, `~/.config/openstack/clouds.yaml`, `/etc/openstack/clouds.yaml`);
    ///   AK/SK when a key pair is set, else user and password, else docsdk's `OTC_AUTH_TOKEN`.
    ///
    /// Fails listing every source tried when no credentials are found, and naming file and key
    /// when a file is malformed.
    pub fn from_sources(provider: Provider, sources: &ConfigSources) -> Result<Self, Error> {
        let loaded = sources::load(provider, sources)?;
        Ok(ConfigBuilder {
            credentials: loaded.credentials,
            region: loaded.region,
            auth_url: loaded.auth_url,
            project_id: loaded.project_id,
            ..ConfigBuilder::default()
        })
    }

    /// Sets the region (SCP endpoint discovery, OTC region); generated crates may pass their
    /// own region instead.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into()).filter(|r| !r.is_empty());
        self
    }

    /// Sets the SCP identity service URL (`https://iam.{s|g|e}.samsungsdscloud.com/v1`, see
    /// [`crate::scp_auth_url`]); service URLs are then looked up in its endpoint catalogue.
    pub fn auth_url(mut self, url: impl Into<String>) -> Self {
        self.auth_url = Some(url.into()).filter(|u| !u.is_empty());
        self
    }

    /// Trusts `pem` (one or more PEM certificates) as root certificates beside the system's,
    /// e.g. the CA of a TLS-inspecting corporate proxy. Invalid PEM fails at build.
    pub fn add_root_certificate(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.root_certificates.push(pem.into());
        self
    }

    /// Sends every request through this HTTP(S) proxy (`http://user:pass@proxy:3128`), instead
    /// of the one `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` name.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Some(url.into()).filter(|u| !u.is_empty());
        self
    }

    /// Sets the credentials (required).
    pub fn credentials(mut self, credentials: impl Into<Credentials>) -> Self {
        self.credentials = Some(credentials.into());
        self
    }

    /// Sends every request to this base URL instead of the service's documented one (a proxy, a
    /// test server). The path of the operation is appended to it.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
        self
    }

    /// Sets the OTC project id that generated crates put into `{project_id}` paths; it wins over
    /// the one the credentials carry.
    pub fn project_id(mut self, id: impl Into<String>) -> Self {
        self.project_id = Some(id.into()).filter(|id| !id.is_empty());
        self
    }

    /// Sets `Accept-Language` (default `en-US`).
    pub fn accept_language(mut self, tag: impl Into<String>) -> Self {
        self.accept_language = Some(tag.into());
        self
    }

    /// Sets the connect timeout (default [`DEFAULT_CONNECT_TIMEOUT`], 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Sets the per-attempt timeout (default [`DEFAULT_REQUEST_TIMEOUT`], 60 s).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = Some(timeout);
        self
    }

    /// Sets the retry policy (default [`RetryConfig::standard`]).
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// Sets the `User-Agent` (default [`DEFAULT_USER_AGENT`]).
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = Some(ua.into());
        self
    }

    /// Replaces the clock used for signature timestamps (tests).
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = Some(clock);
        self
    }

    /// Builds the configuration. Fails with [`Error::InvalidRequest`] when the credentials are
    /// missing, a timeout is zero, or a header value would be invalid.
    pub fn build(self) -> Result<Config, Error> {
        let credentials = self.credentials.ok_or_else(|| {
            Error::InvalidRequest(
                "no credentials configured: call ConfigBuilder::credentials or use Config::from_env"
                    .to_owned(),
            )
        })?;
        let connect_timeout = self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let request_timeout = self.request_timeout.unwrap_or(DEFAULT_REQUEST_TIMEOUT);
        if connect_timeout.is_zero() || request_timeout.is_zero() {
            return Err(Error::InvalidRequest(
                "timeouts must be greater than zero".to_owned(),
            ));
        }
        let accept_language = self
            .accept_language
            .unwrap_or_else(|| DEFAULT_ACCEPT_LANGUAGE.to_owned());
        let user_agent = self
            .user_agent
            .unwrap_or_else(|| DEFAULT_USER_AGENT.to_owned());
        for (name, value) in [
            ("accept_language", &accept_language),
            ("user_agent", &user_agent),
        ] {
            if reqwest::header::HeaderValue::from_str(value).is_err() {
                return Err(Error::InvalidRequest(format!(
                    "config {name} {value:?} is not a valid HTTP header value"
                )));
            }
        }
        if let Some(url) = &self.auth_url {
            if let Some(problem) = crate::client::base_url_problem(url) {
                return Err(Error::InvalidRequest(format!("config auth_url: {problem}")));
            }
        }
        if let Some(url) = &self.proxy {
            if let Some(problem) = crate::client::base_url_problem(url) {
                return Err(Error::InvalidRequest(format!("config proxy: {problem}")));
            }
        }
        for pem in &self.root_certificates {
            crate::tls::parse_pem(pem)?;
        }
        Ok(Config {
            credentials,
            endpoint_url: self.endpoint_url,
            project_id: self.project_id,
            scope_project_id: Arc::default(),
            catalogue: crate::discovery::CatalogueCache::default(),
            region: self.region,
            auth_url: self.auth_url,
            root_certificates: self.root_certificates,
            proxy: self.proxy,
            accept_language,
            connect_timeout,
            request_timeout,
            retry: self.retry.unwrap_or_default(),
            user_agent,
            clock: self.clock.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{OtcAkSk, OtcToken, ScpCredentials};

    #[test]
    fn defaults() {
        let c = Config::builder()
            .credentials(OtcToken::new("t"))
            .build()
            .unwrap();
        assert_eq!(c.accept_language(), "en-US");
        assert_eq!(c.connect_timeout(), Duration::from_secs(10));
        assert_eq!(c.request_timeout(), Duration::from_secs(60));
        assert_eq!(c.retry(), &RetryConfig::standard());
        assert_eq!(c.endpoint_url(), None);
        assert!(c.user_agent().starts_with("docsdk-runtime/"));
    }

    #[test]
    fn project_id_explicit_wins_over_credentials() {
        let aksk = OtcAkSk::new("a", "s").with_project_id("from-creds");
        let c = Config::builder().credentials(aksk.clone()).build().unwrap();
        assert_eq!(c.project_id(), Some("from-creds"));
        let c = Config::builder()
            .credentials(aksk)
            .project_id("explicit")
            .build()
            .unwrap();
        assert_eq!(c.project_id(), Some("explicit"));
        let c = Config::builder()
            .credentials(OtcToken::new("t"))
            .build()
            .unwrap();
        assert_eq!(c.project_id(), None);
    }

    #[test]
    fn missing_credentials_is_invalid_request() {
        let e = Config::builder().build().unwrap_err();
        assert!(matches!(e, Error::InvalidRequest(_)), "{e:?}");
        let e = Config::builder()
            .credentials(OtcToken::new("t"))
            .accept_language("bad\nvalue")
            .build()
            .unwrap_err();
        assert!(e.to_string().contains("accept_language"), "{e}");
    }

    #[test]
    fn debug_redacts_secrets() {
        for creds in [
            Credentials::from(ScpCredentials::new("AK-visible", "SECRET-scp-123")),
            OtcAkSk::new("AK-visible", "SECRET-otc-456").into(),
            OtcToken::new("SECRET-token-789").into(),
            crate::OtcPassword::new("https://iam.example/v3", "dom", "user", "SECRET-pw-000")
                .into(),
        ] {
            let builder = Config::builder()
                .credentials(creds)
                .endpoint_url("http://127.0.0.1:1");
            let config = builder.clone().build().unwrap();
            let debug = format!("{builder:?} {builder:#?} {config:?} {config:#?}");
            assert!(!debug.contains("SECRET"), "secret leaked: {debug}");
            assert!(debug.contains("127.0.0.1"), "{debug}");
        }
    }
}
