//! Credentials for the supported clouds. `Debug` never prints a secret.

use std::fmt;

use crate::{Error, Provider};

/// A secret string: readable by the signer, redacted in every `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Secret(String);

impl Secret {
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"<redacted>\"")
    }
}

/// Shows an access key id with all but its first four characters masked: enough to tell which
/// key is in use without printing it whole.
struct MaskedId<'a>(&'a str);

impl fmt::Debug for MaskedId<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix: String = self.0.chars().take(4).collect();
        if self.0.chars().count() > 4 {
            write!(f, "\"{prefix}****\"")
        } else {
            f.write_str("\"****\"")
        }
    }
}

/// Samsung Cloud Platform access key credentials (`Scp-Accesskey` / HMAC signature).
#[derive(Clone, PartialEq, Eq)]
pub struct ScpCredentials {
    pub(crate) access_key: String,
    pub(crate) secret_key: Secret,
    pub(crate) account_id: Option<String>,
}

impl ScpCredentials {
    /// Credentials from an access key and its secret key.
    pub fn new(access_key: impl Into<String>, secret_key: impl Into<String>) -> Self {
        ScpCredentials {
            access_key: access_key.into(),
            secret_key: Secret(secret_key.into()),
            account_id: None,
        }
    }

    /// Sets the account (project) id sent as `Scp-AccountId` and signed; an empty id means none.
    pub fn with_account_id(mut self, id: impl Into<String>) -> Self {
        let id = id.into();
        self.account_id = (!id.is_empty()).then_some(id);
        self
    }

    /// The access key id (not secret: it names the key).
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// The account id, when set.
    pub fn account_id(&self) -> Option<&str> {
        self.account_id.as_deref()
    }
}

impl fmt::Debug for ScpCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ScpCredentials")
            .field("access_key", &MaskedId(&self.access_key))
            .field("secret_key", &self.secret_key)
            .field("account_id", &self.account_id)
            .finish()
    }
}

/// An Open Telekom Cloud IAM token, sent as `X-Auth-Token`.
#[derive(Clone, PartialEq, Eq)]
pub struct OtcToken {
    pub(crate) token: Secret,
}

impl OtcToken {
    /// Wraps an IAM token (as returned by `POST /v3/auth/tokens` in `X-Subject-Token`).
    pub fn new(token: impl Into<String>) -> Self {
        OtcToken {
            token: Secret(token.into()),
        }
    }
}

impl fmt::Debug for OtcToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OtcToken")
            .field("token", &self.token)
            .finish()
    }
}

/// Open Telekom Cloud access key / secret key, used for `SDK-HMAC-SHA256` request signing.
#[derive(Clone, PartialEq, Eq)]
pub struct OtcAkSk {
    pub(crate) access_key: String,
    pub(crate) secret_key: Secret,
    pub(crate) project_id: Option<String>,
    pub(crate) security_token: Option<Secret>,
}

impl OtcAkSk {
    /// Credentials from an access key and its secret key.
    pub fn new(access_key: impl Into<String>, secret_key: impl Into<String>) -> Self {
        OtcAkSk {
            access_key: access_key.into(),
            secret_key: Secret(secret_key.into()),
            project_id: None,
            security_token: None,
        }
    }

    /// Sends (and signs) `X-Project-Id`, which some OTC services require with AK/SK.
    pub fn with_project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = Some(project_id.into());
        self
    }

    /// Sends (and signs) `X-Security-Token` for temporary AK/SK credentials.
    pub fn with_security_token(mut self, token: impl Into<String>) -> Self {
        self.security_token = Some(Secret(token.into()));
        self
    }

    /// The access key id (not secret: it names the key).
    pub fn access_key(&self) -> &str {
        &self.access_key
    }
}

impl fmt::Debug for OtcAkSk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OtcAkSk")
            .field("access_key", &MaskedId(&self.access_key))
            .field("secret_key", &self.secret_key)
            .field("project_id", &self.project_id)
            .field("security_token", &self.security_token)
            .finish()
    }
}

/// An Open Telekom Cloud user name and password, exchanged for an IAM token
/// (`POST {auth_url}/v3/auth/tokens`) by the [`crate::HttpClient`], which renews it before it expires
/// and once when the service answers 401.
#[derive(Clone, PartialEq, Eq)]
pub struct OtcPassword {
    pub(crate) auth_url: String,
    pub(crate) username: String,
    pub(crate) password: Secret,
    pub(crate) user_domain_name: String,
    pub(crate) project_name: Option<String>,
    pub(crate) project_id: Option<String>,
}

impl OtcPassword {
    /// A user of the domain (tenant) `user_domain_name`, authenticating at `auth_url` (e.g.
    /// `https://iam.eu-de.otc.t-systems.com/v3`; a trailing `/v3` is accepted with or
    /// without). Scope the token with [`OtcPassword::with_project_name`] or
    /// [`OtcPassword::with_project_id`]; without either the token is scoped to the domain.
    pub fn new(
        auth_url: impl Into<String>,
        user_domain_name: impl Into<String>,
        username: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        OtcPassword {
            auth_url: auth_url.into(),
            username: username.into(),
            password: Secret(password.into()),
            user_domain_name: user_domain_name.into(),
            project_name: None,
            project_id: None,
        }
    }

    /// Scopes the token to the project named `name` (e.g. `eu-de`); the project id then comes
    /// from the token.
    pub fn with_project_name(mut self, name: impl Into<String>) -> Self {
        self.project_name = Some(name.into()).filter(|n| !n.is_empty());
        self
    }

    /// Scopes the token to the project with this id (wins over a project name).
    pub fn with_project_id(mut self, id: impl Into<String>) -> Self {
        self.project_id = Some(id.into()).filter(|n| !n.is_empty());
        self
    }

    /// The identity service URL.
    pub fn auth_url(&self) -> &str {
        &self.auth_url
    }

    /// The user name.
    pub fn username(&self) -> &str {
        &self.username
    }

    /// The user's domain (OTC: the tenant name, `OTC-EU-DE-000000000010000xxxxx`).
    pub fn user_domain_name(&self) -> &str {
        &self.user_domain_name
    }

    /// The project name of the scope, if given.
    pub fn project_name(&self) -> Option<&str> {
        self.project_name.as_deref()
    }

    /// The project id of the scope, if given.
    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    /// `{auth_url}/v3/auth/tokens`, whether or not `auth_url` already ends in `/v3`.
    pub(crate) fn tokens_url(&self) -> String {
        let base = self.auth_url.trim_end_matches('/');
        let base = base.strip_suffix("/v3").unwrap_or(base);
        format!("{base}/v3/auth/tokens")
    }
}

impl fmt::Debug for OtcPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OtcPassword")
            .field("auth_url", &self.auth_url)
            .field("username", &self.username)
            .field("password", &self.password)
            .field("user_domain_name", &self.user_domain_name)
            .field("project_name", &self.project_name)
            .field("project_id", &self.project_id)
            .finish()
    }
}

/// How requests are authenticated.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// Samsung Cloud Platform access key signing.
    Scp(ScpCredentials),
    /// Open Telekom Cloud IAM token.
    OtcToken(OtcToken),
    /// Open Telekom Cloud AK/SK signing.
    OtcAkSk(OtcAkSk),
    /// Open Telekom Cloud user and password, exchanged for a token by the client.
    OtcPassword(OtcPassword),
}

impl Credentials {
    /// The cloud these credentials are for.
    pub fn provider(&self) -> Provider {
        match self {
            Credentials::Scp(_) => Provider::Scp,
            Credentials::OtcToken(_) | Credentials::OtcAkSk(_) | Credentials::OtcPassword(_) => {
                Provider::Otc
            }
        }
    }

    /// A short name of the kind, for messages (`SCP access key`, `OTC AK/SK`, ...).
    pub fn kind(&self) -> &'static str {
        match self {
            Credentials::Scp(_) => "SCP access key",
            Credentials::OtcToken(_) => "OTC IAM token",
            Credentials::OtcAkSk(_) => "OTC AK/SK",
            Credentials::OtcPassword(_) => "OTC user and password",
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::Scp(c) => f.debug_tuple("Scp").field(c).finish(),
            Credentials::OtcToken(c) => f.debug_tuple("OtcToken").field(c).finish(),
            Credentials::OtcAkSk(c) => f.debug_tuple("OtcAkSk").field(c).finish(),
            Credentials::OtcPassword(c) => f.debug_tuple("OtcPassword").field(c).finish(),
        }
    }
}

impl From<ScpCredentials> for Credentials {
    fn from(c: ScpCredentials) -> Self {
        Credentials::Scp(c)
    }
}

impl From<OtcToken> for Credentials {
    fn from(c: OtcToken) -> Self {
        Credentials::OtcToken(c)
    }
}

impl From<OtcPassword> for Credentials {
    fn from(c: OtcPassword) -> Self {
        Credentials::OtcPassword(c)
    }
}

impl From<OtcAkSk> for Credentials {
    fn from(c: OtcAkSk) -> Self {
        Credentials::OtcAkSk(c)
    }
}

/// Environment variable names read by [`crate::Config::from_env_for`] (and, for the docsdk
/// aliases, the deprecated [`Credentials::from_env`]).
pub mod env {
    /// SCP identity service URL (SCP SDK / Terraform provider); overrides `auth-url` of
    /// `~/.scpconf/config.json`.
    pub const SCP_TF_AUTH_URL: &str = "SCP_TF_AUTH_URL";
    /// SCP default region; overrides `default-region` of `~/.scpconf/config.json`.
    pub const SCP_TF_DEFAULT_REGION: &str = "SCP_TF_DEFAULT_REGION";
    /// SCP access key; overrides `access-key` of `~/.scpconf/credentials.json`.
    pub const SCP_TF_ACCESS_KEY: &str = "SCP_TF_ACCESS_KEY";
    /// SCP secret key; overrides `secret-key` of `~/.scpconf/credentials.json`.
    pub const SCP_TF_SECRET_KEY: &str = "SCP_TF_SECRET_KEY";
    /// docsdk alias of `SCP_TF_ACCESS_KEY` (read after it).
    pub const SCP_ACCESS_KEY: &str = "SCP_ACCESS_KEY";
    /// docsdk alias of `SCP_TF_SECRET_KEY` (read after it).
    pub const SCP_SECRET_KEY: &str = "SCP_SECRET_KEY";
    /// SCP account id (optional, docsdk's own), sent as `Scp-AccountId` and signed.
    pub const SCP_ACCOUNT_ID: &str = "SCP_ACCOUNT_ID";

    /// Names the `clouds.yaml` entry to use.
    pub const OS_CLOUD: &str = "OS_CLOUD";
    /// OTC identity URL for password authentication (`https://iam.eu-de.otc.t-systems.com/v3`).
    pub const OS_AUTH_URL: &str = "OS_AUTH_URL";
    /// OTC user name.
    pub const OS_USERNAME: &str = "OS_USERNAME";
    /// OTC password.
    pub const OS_PASSWORD: &str = "OS_PASSWORD";
    /// The user's domain (OTC tenant name).
    pub const OS_USER_DOMAIN_NAME: &str = "OS_USER_DOMAIN_NAME";
    /// The domain, read when `OS_USER_DOMAIN_NAME` is not set.
    pub const OS_DOMAIN_NAME: &str = "OS_DOMAIN_NAME";
    /// OTC project name (token scope).
    pub const OS_PROJECT_NAME: &str = "OS_PROJECT_NAME";
    /// OTC project id (token scope, AK/SK `X-Project-Id`, `{project_id}` in paths).
    pub const OS_PROJECT_ID: &str = "OS_PROJECT_ID";
    /// OTC region (`eu-de`).
    pub const OS_REGION_NAME: &str = "OS_REGION_NAME";
    /// OTC access key (AK/SK signing).
    pub const OS_ACCESS_KEY: &str = "OS_ACCESS_KEY";
    /// OTC secret key (AK/SK signing).
    pub const OS_SECRET_KEY: &str = "OS_SECRET_KEY";
    /// OTC security token of temporary AK/SK.
    pub const OS_SECURITY_TOKEN: &str = "OS_SECURITY_TOKEN";
    /// docsdk alias of `OS_ACCESS_KEY` (read after it).
    pub const OTC_ACCESS_KEY: &str = "OTC_ACCESS_KEY";
    /// docsdk alias of `OS_SECRET_KEY` (read after it).
    pub const OTC_SECRET_KEY: &str = "OTC_SECRET_KEY";
    /// docsdk alias of `OS_PROJECT_ID` (read after it).
    pub const OTC_PROJECT_ID: &str = "OTC_PROJECT_ID";
    /// docsdk alias of `OS_SECURITY_TOKEN` (read after it).
    pub const OTC_SECURITY_TOKEN: &str = "OTC_SECURITY_TOKEN";
    /// docsdk's own: an OTC IAM token, used when no key pair and no password is configured.
    pub const OTC_AUTH_TOKEN: &str = "OTC_AUTH_TOKEN";
}

impl Credentials {
    /// Reads credentials from the environment: `SCP_ACCESS_KEY` + `SCP_SECRET_KEY`
    /// (+ optional `SCP_ACCOUNT_ID`), else `OTC_ACCESS_KEY` + `OTC_SECRET_KEY` (+ optional
    /// `OTC_PROJECT_ID`, `OTC_SECURITY_TOKEN`), else `OTC_AUTH_TOKEN`. Empty variables count as
    /// unset. Half a key pair is an error rather than a silent fall-through.
    ///
    /// Reads docsdk's own variable names of both clouds; use [`crate::Config::from_env_for`],
    /// which reads the provider's own sources (`SCP_TF_*`, `~/.scpconf`, `OS_*`, `clouds.yaml`)
    /// and only those.
    #[deprecated(
        note = "use Config::from_env_for(Provider), which reads only the provider's sources"
    )]
    pub fn from_env() -> Result<Credentials, Error> {
        #[allow(deprecated)]
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`Credentials::from_env`], reading variables through `lookup` (for tests and for
    /// configuration sources other than the process environment).
    #[deprecated(note = "use Config::from_sources(Provider, &ConfigSources)")]
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Credentials, Error> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        match (get(env::SCP_ACCESS_KEY), get(env::SCP_SECRET_KEY)) {
            (Some(ak), Some(sk)) => {
                let mut c = ScpCredentials::new(ak, sk);
                if let Some(id) = get(env::SCP_ACCOUNT_ID) {
                    c = c.with_account_id(id);
                }
                return Ok(c.into());
            }
            (Some(_), None) => return Err(half_pair(env::SCP_ACCESS_KEY, env::SCP_SECRET_KEY)),
            (None, Some(_)) => return Err(half_pair(env::SCP_SECRET_KEY, env::SCP_ACCESS_KEY)),
            (None, None) => {}
        }
        match (get(env::OTC_ACCESS_KEY), get(env::OTC_SECRET_KEY)) {
            (Some(ak), Some(sk)) => {
                let mut c = OtcAkSk::new(ak, sk);
                if let Some(p) = get(env::OTC_PROJECT_ID) {
                    c = c.with_project_id(p);
                }
                if let Some(t) = get(env::OTC_SECURITY_TOKEN) {
                    c = c.with_security_token(t);
                }
                return Ok(c.into());
            }
            (Some(_), None) => return Err(half_pair(env::OTC_ACCESS_KEY, env::OTC_SECRET_KEY)),
            (None, Some(_)) => return Err(half_pair(env::OTC_SECRET_KEY, env::OTC_ACCESS_KEY)),
            (None, None) => {}
        }
        if let Some(token) = get(env::OTC_AUTH_TOKEN) {
            return Ok(OtcToken::new(token).into());
        }
        Err(Error::InvalidRequest(
            "no credentials found: set SCP_ACCESS_KEY and SCP_SECRET_KEY, or OTC_ACCESS_KEY and \
             OTC_SECRET_KEY, or OTC_AUTH_TOKEN"
                .to_owned(),
        ))
    }
}

fn half_pair(set: &str, missing: &str) -> Error {
    Error::InvalidRequest(format!(
        "{set} is set but {missing} is not: set both or neither"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn lookup(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    #[allow(deprecated)]
    fn env_precedence_and_errors() {
        let c = Credentials::from_lookup(lookup(&[
            ("SCP_ACCESS_KEY", "ak"),
            ("SCP_SECRET_KEY", "sk"),
            ("SCP_ACCOUNT_ID", "acc"),
            ("OTC_AUTH_TOKEN", "tok"),
        ]))
        .unwrap();
        assert_eq!(
            c,
            ScpCredentials::new("ak", "sk")
                .with_account_id("acc")
                .into()
        );

        let c =
            Credentials::from_lookup(lookup(&[("OTC_ACCESS_KEY", "a"), ("OTC_SECRET_KEY", "s")]))
                .unwrap();
        assert_eq!(c, OtcAkSk::new("a", "s").into());

        let c =
            Credentials::from_lookup(lookup(&[("OTC_AUTH_TOKEN", "tok"), ("SCP_ACCESS_KEY", "")]))
                .unwrap();
        assert_eq!(c, OtcToken::new("tok").into());

        let e = Credentials::from_lookup(lookup(&[("SCP_ACCESS_KEY", "ak")])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid request: SCP_ACCESS_KEY is set but SCP_SECRET_KEY is not: set both or neither"
        );
        let e = Credentials::from_lookup(lookup(&[])).unwrap_err();
        assert!(e.to_string().contains("no credentials found"), "{e}");
    }

    #[test]
    fn debug_redacts_secrets() {
        let creds: Vec<Credentials> = vec![
            ScpCredentials::new("AKIDSCP123", "scp-secret-value")
                .with_account_id("acct")
                .into(),
            OtcAkSk::new("AKIDOTC123", "otc-secret-value")
                .with_security_token("otc-session-token")
                .into(),
            OtcToken::new("otc-iam-token-value").into(),
        ];
        let debug = format!("{creds:?} {creds:#?}");
        for secret in [
            "scp-secret-value",
            "otc-secret-value",
            "otc-session-token",
            "otc-iam-token-value",
            "AKIDSCP123",
            "AKIDOTC123",
        ] {
            assert!(!debug.contains(secret), "{secret} leaked in {debug}");
        }
        assert!(debug.contains("AKID****"), "{debug}");
        assert!(debug.contains("<redacted>"), "{debug}");
    }
}
