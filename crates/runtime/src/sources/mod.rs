//! Where configuration comes from: the environment and the files the vendors' own tools use.
//!
//! [`ConfigSources::system`] reads the process environment, the home directory, the current
//! directory and `/etc`; tests build a [`ConfigSources`] over a map and a temporary home so
//! they never touch the real environment.

mod otc;
mod scp;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::{Credentials, Error, Provider};

/// Reads one variable.
type VarLookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// The environment and directories configuration is read from.
#[derive(Clone)]
pub struct ConfigSources {
    vars: VarLookup,
    home: Option<PathBuf>,
    cwd: Option<PathBuf>,
    system_dir: Option<PathBuf>,
}

impl fmt::Debug for ConfigSources {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConfigSources")
            .field("home", &self.home)
            .field("cwd", &self.cwd)
            .field("system_dir", &self.system_dir)
            .finish_non_exhaustive()
    }
}

impl ConfigSources {
    /// The process environment, `$HOME` (or `%USERPROFILE%`), the current directory and `/etc`.
    pub fn system() -> Self {
        let home = std::env::var_os("HOME")
            .or_else(|| std::env::var_os("USERPROFILE"))
            .map(PathBuf::from);
        ConfigSources {
            vars: Arc::new(|name| std::env::var(name).ok()),
            home,
            cwd: std::env::current_dir().ok(),
            system_dir: Some(PathBuf::from("/etc")),
        }
    }

    /// Variables read through `vars`, and no directory at all until set with
    /// [`ConfigSources::home`], [`ConfigSources::cwd`] and [`ConfigSources::system_dir`].
    pub fn new(vars: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
        ConfigSources {
            vars: Arc::new(vars),
            home: None,
            cwd: None,
            system_dir: None,
        }
    }

    /// The home directory (`~/.scpconf`, `~/.config/openstack`).
    pub fn home(mut self, dir: impl Into<PathBuf>) -> Self {
        self.home = Some(dir.into());
        self
    }

    /// The working directory (`./clouds.yaml`).
    pub fn cwd(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self
    }

    /// The system configuration directory, `/etc` for [`ConfigSources::system`]
    /// (`/etc/openstack/clouds.yaml`).
    pub fn system_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.system_dir = Some(dir.into());
        self
    }

    /// A variable, `None` when unset or blank.
    pub(crate) fn var(&self, name: &str) -> Option<String> {
        (self.vars)(name).filter(|v| !v.trim().is_empty())
    }

    pub(crate) fn home_path(&self, rel: &str) -> Option<PathBuf> {
        self.home.as_ref().map(|h| h.join(rel))
    }

    pub(crate) fn cwd_path(&self, rel: &str) -> Option<PathBuf> {
        self.cwd.as_ref().map(|h| h.join(rel))
    }

    pub(crate) fn system_path(&self, rel: &str) -> Option<PathBuf> {
        self.system_dir.as_ref().map(|h| h.join(rel))
    }
}

/// What the sources of one provider yield.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub(crate) credentials: Option<Credentials>,
    pub(crate) region: Option<String>,
    pub(crate) auth_url: Option<String>,
    pub(crate) project_id: Option<String>,
}

/// Reads the sources of `provider`, and only those.
pub(crate) fn load(provider: Provider, sources: &ConfigSources) -> Result<Loaded, Error> {
    match provider {
        Provider::Scp => scp::load(sources),
        Provider::Otc => otc::load(sources),
        // `Provider` is non-exhaustive in docsdk-runtime-api; a cloud added there has no
        // sources here until this runtime learns it.
        other => Err(Error::InvalidRequest(format!(
            "this docsdk-runtime has no configuration sources for {other}"
        ))),
    }
}

/// A configuration error naming the file (and key) at fault.
pub(crate) fn file_error(path: &Path, message: impl fmt::Display) -> Error {
    Error::InvalidRequest(format!("{}: {message}", path.display()))
}

/// Reads `path`; `Ok(None)` when it does not exist.
pub(crate) fn read_optional(path: &Path) -> Result<Option<String>, Error> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(file_error(path, format!("cannot be read: {e}"))),
    }
}

/// Every source looked at, for the "no credentials found" message.
#[derive(Default)]
pub(crate) struct Tried(Vec<String>);

impl Tried {
    pub(crate) fn push(&mut self, what: impl Into<String>) {
        self.0.push(what.into());
    }

    pub(crate) fn file(&mut self, path: &Path, found: bool, what: &str) {
        let state = if found { what } else { "not found" };
        self.0.push(format!("{} ({state})", path.display()));
    }

    pub(crate) fn into_error(self, provider: Provider) -> Error {
        Error::InvalidRequest(format!(
            "no {provider} credentials found; tried: {}",
            self.0.join("; ")
        ))
    }
}

/// The first set variable among `names`, with its name.
pub(crate) fn first_var(
    sources: &ConfigSources,
    names: &[&'static str],
) -> Option<(String, &'static str)> {
    names.iter().find_map(|n| sources.var(n).map(|v| (v, *n)))
}
