//! Open Telekom Cloud settings, as the OpenStack tools read them.
//!
//! `OS_*` variables, and `OS_CLOUD` naming an entry of `clouds.yaml` (searched in
//! `./clouds.yaml`, `~/.config/openstack/clouds.yaml`, `/etc/openstack/clouds.yaml`; the first
//! file that has the entry is used). A variable wins over the entry's value. docsdk's older
//! names (`OTC_ACCESS_KEY`, `OTC_SECRET_KEY`, `OTC_PROJECT_ID`, `OTC_SECURITY_TOKEN`,
//! `OTC_AUTH_TOKEN`) are aliases read after the `OS_*` ones.

use std::path::PathBuf;

use serde_norway::Value;

use super::{ConfigSources, Loaded, Tried, file_error, first_var, read_optional};
use crate::{Credentials, Error, OtcAkSk, OtcPassword, OtcToken, Provider, env};

/// The selected `clouds.yaml` entry.
struct CloudEntry {
    path: PathBuf,
    name: String,
    entry: serde_norway::Mapping,
}

impl CloudEntry {
    /// `auth.<key>` (or `<key>` at the entry's top level when `auth` is `None`), as a string;
    /// an error naming file and key for any other YAML type.
    fn string(&self, auth: bool, key: &str) -> Result<Option<String>, Error> {
        let (map, shown) = if auth {
            match self.entry.get("auth") {
                None | Some(Value::Null) => return Ok(None),
                Some(Value::Mapping(m)) => (m, format!("clouds.{}.auth.{key}", self.name)),
                Some(_) => {
                    return Err(file_error(
                        &self.path,
                        format!("key `clouds.{}.auth` must be a mapping", self.name),
                    ));
                }
            }
        } else {
            (&self.entry, format!("clouds.{}.{key}", self.name))
        };
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            // YAML reads an unquoted numeric project id as a number; it is still an id.
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(_) => Err(file_error(
                &self.path,
                format!("key `{shown}` must be a string"),
            )),
        }
    }
}

/// The files searched for `clouds.yaml`, in order.
fn clouds_yaml_paths(sources: &ConfigSources) -> Vec<PathBuf> {
    [
        sources.cwd_path("clouds.yaml"),
        sources.home_path(".config/openstack/clouds.yaml"),
        sources.system_path("openstack/clouds.yaml"),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Finds entry `name` in the first `clouds.yaml` that has it.
fn find_cloud(sources: &ConfigSources, name: &str, tried: &mut Tried) -> Result<CloudEntry, Error> {
    let mut searched = Vec::new();
    for path in clouds_yaml_paths(sources) {
        let Some(text) = read_optional(&path)? else {
            searched.push(format!("{} (not found)", path.display()));
            continue;
        };
        let doc: Value = serde_norway::from_str(&text)
            .map_err(|e| file_error(&path, format!("is not valid YAML: {e}")))?;
        let clouds = match doc.get("clouds") {
            Some(Value::Mapping(m)) => m,
            Some(_) => return Err(file_error(&path, "key `clouds` must be a mapping")),
            None => {
                searched.push(format!("{} (no `clouds`)", path.display()));
                continue;
            }
        };
        match clouds.get(name) {
            Some(Value::Mapping(entry)) => {
                tried.push(format!("{} (clouds.{name})", path.display()));
                return Ok(CloudEntry {
                    path,
                    name: name.to_owned(),
                    entry: entry.clone(),
                });
            }
            Some(_) => {
                return Err(file_error(
                    &path,
                    format!("key `clouds.{name}` must be a mapping"),
                ));
            }
            None => searched.push(format!("{} (no entry `{name}`)", path.display())),
        }
    }
    Err(Error::InvalidRequest(format!(
        "OS_CLOUD={name}, but no clouds.yaml has that entry; searched: {}",
        searched.join("; ")
    )))
}

/// A value from the first set variable of `vars`, else `auth.<key>` / `<key>` of the entry.
fn setting(
    sources: &ConfigSources,
    vars: &[&'static str],
    cloud: Option<&CloudEntry>,
    auth: bool,
    keys: &[&str],
) -> Result<Option<String>, Error> {
    if let Some((value, _)) = first_var(sources, vars) {
        return Ok(Some(value));
    }
    let Some(cloud) = cloud else { return Ok(None) };
    for key in keys {
        if let Some(v) = cloud.string(auth, key)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

pub(super) fn load(sources: &ConfigSources) -> Result<Loaded, Error> {
    let mut tried = Tried::default();
    let cloud = match sources.var(env::OS_CLOUD) {
        Some(name) => Some(find_cloud(sources, &name, &mut tried)?),
        None => {
            tried.push("OS_CLOUD (not set, no clouds.yaml entry read)");
            None
        }
    };
    let cloud = cloud.as_ref();
    let get = |vars: &[&'static str], auth: bool, keys: &[&str]| {
        setting(sources, vars, cloud, auth, keys)
    };

    let project_id = get(
        &[env::OS_PROJECT_ID, env::OTC_PROJECT_ID],
        true,
        &["project_id"],
    )?;
    let project_name = get(&[env::OS_PROJECT_NAME], true, &["project_name"])?;
    let region = get(&[env::OS_REGION_NAME], false, &["region_name"])?;

    let access = get(
        &[env::OS_ACCESS_KEY, env::OTC_ACCESS_KEY],
        true,
        &["ak", "access_key"],
    )?;
    let secret = get(
        &[env::OS_SECRET_KEY, env::OTC_SECRET_KEY],
        true,
        &["sk", "secret_key"],
    )?;
    let credentials: Credentials = match (access, secret) {
        (Some(ak), Some(sk)) => {
            let mut c = OtcAkSk::new(ak, sk);
            if let Some(p) = &project_id {
                c = c.with_project_id(p.clone());
            }
            let token = get(
                &[env::OS_SECURITY_TOKEN, env::OTC_SECURITY_TOKEN],
                true,
                &["security_token"],
            )?;
            if let Some(t) = token {
                c = c.with_security_token(t);
            }
            c.into()
        }
        (Some(_), None) | (None, Some(_)) => {
            return Err(Error::InvalidRequest(
                "OTC AK/SK pair is incomplete: set both OS_ACCESS_KEY and OS_SECRET_KEY \
                 (or clouds.yaml auth.ak and auth.sk)"
                    .to_owned(),
            ));
        }
        (None, None) => {
            tried.push("OS_ACCESS_KEY/OS_SECRET_KEY (not set)");
            let username = get(&[env::OS_USERNAME], true, &["username"])?;
            let password = get(&[env::OS_PASSWORD], true, &["password"])?;
            match (username, password) {
                (Some(user), Some(password)) => {
                    let auth_url = get(&[env::OS_AUTH_URL], true, &["auth_url"])?
                        .ok_or_else(|| missing("OS_AUTH_URL (or clouds.yaml auth.auth_url)"))?;
                    super::scp::check_url(&auth_url, "OTC auth URL")?;
                    let domain = get(
                        &[env::OS_USER_DOMAIN_NAME, env::OS_DOMAIN_NAME],
                        true,
                        &["user_domain_name", "domain_name"],
                    )?
                    .ok_or_else(|| {
                        missing(
                            "OS_USER_DOMAIN_NAME or OS_DOMAIN_NAME (or clouds.yaml \
                             auth.user_domain_name / auth.domain_name)",
                        )
                    })?;
                    let mut c = OtcPassword::new(auth_url, domain, user, password);
                    if let Some(name) = &project_name {
                        c = c.with_project_name(name.clone());
                    }
                    if let Some(id) = &project_id {
                        c = c.with_project_id(id.clone());
                    }
                    c.into()
                }
                (Some(_), None) => {
                    return Err(missing("OS_PASSWORD (or clouds.yaml auth.password)"));
                }
                (None, Some(_)) => {
                    return Err(missing("OS_USERNAME (or clouds.yaml auth.username)"));
                }
                (None, None) => {
                    tried.push("OS_USERNAME/OS_PASSWORD (not set)");
                    match sources.var(env::OTC_AUTH_TOKEN) {
                        Some(token) => OtcToken::new(token).into(),
                        None => {
                            tried.push("OTC_ACCESS_KEY/OTC_SECRET_KEY, OTC_AUTH_TOKEN (docsdk aliases, not set)");
                            return Err(tried.into_error(Provider::Otc));
                        }
                    }
                }
            }
        }
    };
    Ok(Loaded {
        credentials: Some(credentials),
        region,
        auth_url: None,
        project_id,
    })
}

fn missing(what: &str) -> Error {
    Error::InvalidRequest(format!("OTC password authentication needs {what}"))
}
