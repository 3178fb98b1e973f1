//! Samsung Cloud Platform settings, as SCP's SDK and Terraform provider read them.
//!
//! `~/.scpconf/config.json` (`auth-url`, `default-region`) and `~/.scpconf/credentials.json`
//! (`access-key`, `secret-key`), each value overridden by its `SCP_TF_*` variable. docsdk's
//! older names (`SCP_ACCESS_KEY`, `SCP_SECRET_KEY`, `SCP_ACCOUNT_ID`) are aliases read after the
//! `SCP_TF_*` ones.

use std::path::PathBuf;

use super::{ConfigSources, Loaded, Tried, file_error, first_var, read_optional};
use crate::{Error, Provider, ScpCredentials, env};

/// One JSON settings file: its path and its top-level string values.
struct JsonFile {
    path: PathBuf,
    object: serde_json::Map<String, serde_json::Value>,
}

impl JsonFile {
    /// Reads `path`; `Ok(None)` when it does not exist; an error naming the file when it is not
    /// a JSON object.
    fn read(path: PathBuf) -> Result<Option<JsonFile>, Error> {
        let Some(text) = read_optional(&path)? else {
            return Ok(None);
        };
        let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
            file_error(
                &path,
                format!(
                    "is not valid JSON (line {}, column {}): {e}",
                    e.line(),
                    e.column()
                ),
            )
        })?;
        let serde_json::Value::Object(object) = value else {
            return Err(file_error(&path, "must be a JSON object"));
        };
        Ok(Some(JsonFile { path, object }))
    }

    /// The string value of `key`; an error naming file and key for any other JSON type.
    fn string(&self, key: &str) -> Result<Option<String>, Error> {
        match self.object.get(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(file_error(
                &self.path,
                format!("key `{key}` must be a string, found {}", json_kind(other)),
            )),
        }
    }
}

fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// A value from the first of: its variables (in order), then `key` of `file`.
fn setting(
    sources: &ConfigSources,
    vars: &[&'static str],
    file: Option<&JsonFile>,
    key: &str,
) -> Result<Option<(String, String)>, Error> {
    if let Some((value, name)) = first_var(sources, vars) {
        return Ok(Some((value, name.to_owned())));
    }
    let Some(file) = file else { return Ok(None) };
    Ok(file
        .string(key)?
        .map(|v| (v, format!("{} key `{key}`", file.path.display()))))
}

pub(super) fn load(sources: &ConfigSources) -> Result<Loaded, Error> {
    let config_path = sources.home_path(".scpconf/config.json");
    let credentials_path = sources.home_path(".scpconf/credentials.json");
    let config = config_path
        .clone()
        .map(JsonFile::read)
        .transpose()?
        .flatten();
    let creds = credentials_path
        .clone()
        .map(JsonFile::read)
        .transpose()?
        .flatten();

    let access = setting(
        sources,
        &[env::SCP_TF_ACCESS_KEY, env::SCP_ACCESS_KEY],
        creds.as_ref(),
        "access-key",
    )?;
    let secret = setting(
        sources,
        &[env::SCP_TF_SECRET_KEY, env::SCP_SECRET_KEY],
        creds.as_ref(),
        "secret-key",
    )?;
    let credentials = match (access, secret) {
        (Some((ak, _)), Some((sk, _))) => {
            let mut c = ScpCredentials::new(ak, sk);
            if let Some(id) = sources.var(env::SCP_ACCOUNT_ID) {
                c = c.with_account_id(id);
            }
            Some(c.into())
        }
        (Some((_, from)), None) => return Err(half_pair(&from, "secret key")),
        (None, Some((_, from))) => return Err(half_pair(&from, "access key")),
        (None, None) => {
            let mut tried = Tried::default();
            tried.push(format!(
                "{}/{} (not set)",
                env::SCP_TF_ACCESS_KEY,
                env::SCP_TF_SECRET_KEY
            ));
            tried.push(format!(
                "{}/{} (docsdk aliases, not set)",
                env::SCP_ACCESS_KEY,
                env::SCP_SECRET_KEY
            ));
            match &credentials_path {
                Some(p) => tried.file(p, creds.is_some(), "no access-key/secret-key"),
                None => tried.push("~/.scpconf/credentials.json (no home directory)"),
            }
            return Err(tried.into_error(Provider::Scp));
        }
    };
    let region = setting(
        sources,
        &[env::SCP_TF_DEFAULT_REGION],
        config.as_ref(),
        "default-region",
    )?;
    let auth_url = setting(
        sources,
        &[env::SCP_TF_AUTH_URL],
        config.as_ref(),
        "auth-url",
    )?;
    if let Some((url, from)) = &auth_url {
        check_url(url, from)?;
    }
    Ok(Loaded {
        credentials,
        region: region.map(|(v, _)| v),
        auth_url: auth_url.map(|(v, _)| v),
        project_id: None,
    })
}

fn half_pair(from: &str, missing: &str) -> Error {
    Error::InvalidRequest(format!(
        "SCP access key pair is incomplete: {from} is set but no {missing} was found \
         (SCP_TF_ACCESS_KEY/SCP_TF_SECRET_KEY or ~/.scpconf/credentials.json access-key/secret-key)"
    ))
}

/// An auth URL must be absolute http(s); `from` names where it came from.
pub(crate) fn check_url(url: &str, from: &str) -> Result<(), Error> {
    match crate::client::base_url_problem(url) {
        Some(problem) => Err(Error::InvalidRequest(format!("{from}: {problem}"))),
        None => Ok(()),
    }
}
