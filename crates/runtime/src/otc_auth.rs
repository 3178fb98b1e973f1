//! OTC password authentication: a token from `POST {auth_url}/v3/auth/tokens`, kept until
//! shortly before it expires, renewed early and once after a 401.

use std::time::{Duration, SystemTime};

use serde_json::json;

use crate::client::{Plain, send_plain};
use crate::{Config, DateTime, Error, OtcPassword};

/// Renew this long before the token's `expires_at`, so that no request leaves with a token that
/// expires on the way (OTC tokens live 24 h).
pub(crate) const RENEW_BEFORE: Duration = Duration::from_secs(5 * 60);

/// A token and when it stops being valid.
#[derive(Clone)]
pub(crate) struct Token {
    pub(crate) value: String,
    expires_at: SystemTime,
}

/// The token of one client, shared by its clones.
#[derive(Default)]
pub(crate) struct TokenCache(tokio::sync::Mutex<Option<Token>>);

impl std::fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenCache(<redacted>)")
    }
}

impl TokenCache {
    /// A valid token: the cached one unless it is about to expire or is `stale` (the token a
    /// request was just refused with), else a new one.
    pub(crate) async fn get(
        &self,
        http: &reqwest::Client,
        config: &Config,
        credentials: &OtcPassword,
        stale: Option<&str>,
    ) -> Result<Token, Error> {
        // One exchange at a time: concurrent requests wait for it instead of each logging in.
        let mut cached = self.0.lock().await;
        let now = config.clock().now();
        if let Some(token) = cached.as_ref() {
            let fresh = token
                .expires_at
                .checked_sub(RENEW_BEFORE)
                .is_some_and(|renew_at| now < renew_at);
            if fresh && stale != Some(token.value.as_str()) {
                return Ok(token.clone());
            }
        }
        let token = exchange(http, config, credentials).await?;
        *cached = Some(token.clone());
        Ok(token)
    }
}

/// The token request body: password identity, project scope by id or name.
fn request_body(c: &OtcPassword) -> serde_json::Value {
    let mut body = json!({"auth": {"identity": {"methods": ["password"], "password": {"user": {
        "name": c.username,
        "password": c.password.expose(),
        "domain": {"name": c.user_domain_name},
    }}}}});
    let scope = match (&c.project_id, &c.project_name) {
        (Some(id), _) => json!({"project": {"id": id}}),
        (None, Some(name)) => json!({"project": {"name": name}}),
        (None, None) => json!({"domain": {"name": c.user_domain_name}}),
    };
    body["auth"]["scope"] = scope;
    body
}

async fn exchange(
    http: &reqwest::Client,
    config: &Config,
    credentials: &OtcPassword,
) -> Result<Token, Error> {
    const OPERATION: &str = "otc_password_token";
    let url = credentials.tokens_url();
    let body = serde_json::to_vec(&request_body(credentials))
        .map_err(|e| Error::InvalidRequest(format!("{OPERATION}: {e}")))?;
    let received = send_plain(
        http,
        config,
        Plain {
            operation: OPERATION,
            method: crate::Method::Post,
            url: &url,
            headers: vec![("Content-Type".to_owned(), "application/json".to_owned())],
            body: Some(body),
            sign_with: None,
        },
    )
    .await?;
    let invalid = |what: &str| {
        Error::InvalidRequest(format!(
            "{OPERATION}: the identity service at {url} answered HTTP {} without {what}",
            received.status
        ))
    };
    let value = received
        .header("x-subject-token")
        .ok_or_else(|| invalid("an X-Subject-Token header"))?
        .to_owned();
    let parsed: serde_json::Value =
        serde_json::from_slice(&received.body).map_err(|_| invalid("a JSON body"))?;
    let token = &parsed["token"];
    let expires_at = token["expires_at"]
        .as_str()
        .and_then(|t| DateTime::parse(t).ok())
        .and_then(|t| t.unix_timestamp())
        .and_then(|secs| u64::try_from(secs).ok())
        .map(|secs| SystemTime::UNIX_EPOCH + Duration::from_secs(secs))
        .ok_or_else(|| invalid("token.expires_at as an RFC 3339 time"))?;
    if let Some(id) = token["project"]["id"].as_str() {
        config.set_scope_project_id(id);
    }
    tracing::debug!(url = %url, "obtained an OTC token");
    Ok(Token { value, expires_at })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_scopes_by_id_then_name_then_domain() {
        let c = OtcPassword::new("https://iam.example/v3", "dom", "user", "pw");
        let body = request_body(&c.clone().with_project_name("eu-de").with_project_id("p1"));
        assert_eq!(body["auth"]["scope"], json!({"project": {"id": "p1"}}));
        let body = request_body(&c.clone().with_project_name("eu-de"));
        assert_eq!(body["auth"]["scope"], json!({"project": {"name": "eu-de"}}));
        let body = request_body(&c);
        assert_eq!(body["auth"]["scope"], json!({"domain": {"name": "dom"}}));
        assert_eq!(
            body["auth"]["identity"]["password"]["user"]["password"],
            "pw"
        );
        assert_eq!(c.tokens_url(), "https://iam.example/v3/auth/tokens");
    }
}
