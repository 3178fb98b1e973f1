//! `spec/manifest.toml`: the client crates to build and the documents each is read from.

use std::path::Path;

use docsdk_spec::Provider;
use serde::Deserialize;

use crate::PipelineError;

/// The parsed manifest.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The crates, in manifest order.
    #[serde(rename = "crate", default)]
    pub crates: Vec<CrateEntry>,
}

/// One client crate: one service read from one or more documents.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrateEntry {
    /// Crate name (`scp-event-streams`).
    pub name: String,
    /// Cloud provider.
    pub provider: Provider,
    /// The service's name as the documents print it (`Vertica(DBaaS)`).
    pub service: String,
    /// Documents under `spec/docs/`, in order of precedence; a name ending in `/` is a folder.
    pub sources: Vec<String>,
    /// Preferred language of texts when sources differ.
    #[serde(default = "default_language")]
    pub language: String,
    /// Endpoint settings of an OTC service.
    #[serde(default)]
    pub otc: Option<OtcSettings>,
}

/// Endpoint settings of an OTC service: its pages only say `https://{endpoint}`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtcSettings {
    /// Endpoint service code (`modelarts`).
    pub service_key: String,
    /// URL template with a `{region}` variable.
    pub endpoint: String,
    /// Regions the service is offered in.
    pub regions: Vec<String>,
    /// Region used when none is chosen.
    pub default_region: String,
}

fn default_language() -> String {
    "en".to_owned()
}

impl Manifest {
    /// Reads and checks the manifest at `path`.
    pub fn load(path: &Path) -> Result<Manifest, PipelineError> {
        let text = std::fs::read_to_string(path).map_err(|e| PipelineError::io(path, e))?;
        Self::parse(&path.display().to_string(), &text)
    }

    /// Parses and checks manifest text; `origin` names it in errors.
    pub fn parse(origin: &str, text: &str) -> Result<Manifest, PipelineError> {
        let manifest: Manifest = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|span| line_of(text, span.start)).unwrap_or(1);
            PipelineError::Manifest(format!("{origin}:{line}: {}", e.message()))
        })?;
        manifest.check(origin)?;
        Ok(manifest)
    }

    fn check(&self, origin: &str) -> Result<(), PipelineError> {
        let mut names = std::collections::BTreeSet::new();
        for entry in &self.crates {
            let fail = |what: String| {
                Err(PipelineError::Manifest(format!(
                    "{origin}: crate `{}`: {what}",
                    entry.name
                )))
            };
            if !names.insert(entry.name.as_str()) {
                return fail("listed twice".into());
            }
            if entry.name.is_empty()
                || !entry
                    .name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                return fail("expected a crate name of lower-case letters, digits and `-`".into());
            }
            if entry.sources.is_empty() {
                return fail("expected at least one source document".into());
            }
            if !matches!(entry.language.as_str(), "en" | "ko") {
                return fail(format!(
                    "expected language `en` or `ko`, found `{}`",
                    entry.language
                ));
            }
            if entry.provider == Provider::Otc && entry.otc.is_none() {
                return fail("an OTC crate needs a [crate.otc] table with its endpoint".into());
            }
        }
        Ok(())
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_committed_manifest() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/manifest.toml");
        let manifest = Manifest::load(&path).unwrap();
        assert_eq!(manifest.crates.len(), 17);
        assert_eq!(manifest.crates[0].sources.len(), 2);
    }

    #[test]
    fn reports_the_line_of_a_bad_field() {
        let text =
            "[[crate]]\nname = \"a\"\nprovider = \"aws\"\nservice = \"A\"\nsources = [\"x\"]\n";
        let err = Manifest::parse("manifest.toml", text)
            .unwrap_err()
            .to_string();
        assert!(err.contains("manifest.toml:3:"), "{err}");
    }

    #[test]
    fn rejects_an_otc_crate_without_endpoint() {
        let text = "[[crate]]\nname = \"otc-x\"\nprovider = \"otc\"\nservice = \"X\"\nsources = [\"x/\"]\n";
        let err = Manifest::parse("m.toml", text).unwrap_err().to_string();
        assert!(err.contains("[crate.otc]"), "{err}");
    }
}
