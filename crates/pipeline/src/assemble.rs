//! Assembling one service: its documents from every source, merged per API version, and its
//! client crate rendered.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::{Duration, Instant};

use docsdk_merge::MergeOptions;
use docsdk_spec::{Diagnostic, DiagnosticCode, Diagnostics, OpenApi, Provider, ReadOutput};
use docsdk_templates::{CrateOptions, RenderedCrate};
use serde::{Deserialize, Serialize};

use crate::sources::ReadDocument;
use crate::{CrateEntry, PipelineError, SourceCache, layout};

/// One service, assembled.
#[derive(Debug)]
pub struct ServiceBuild {
    /// Crate name.
    pub name: String,
    /// One document per API version, oldest first.
    pub documents: Vec<OpenApi>,
    /// Reader diagnostics that fall in this service's part of its documents, and merge
    /// conflicts (as warnings naming both locations).
    pub diagnostics: Diagnostics,
    /// The emitted YAML of each document of [`ServiceBuild::documents`], in the same order
    /// (serialised in the service's own thread, so that regen spreads it over the cores).
    pub spec_yaml: Vec<String>,
    /// The rendered crate, unless rendering was skipped.
    pub rendered: Option<RenderedCrate>,
    /// Time spent reading this service's sources (a share of a shared document's time is not
    /// split: each service shows its documents' full read time), merging and rendering.
    pub elapsed: Duration,
    /// [`ServiceBuild::elapsed`] by phase.
    pub timings: ServiceTimings,
}

/// What a run reports about one service: counts, diagnostics and generator notes. Built from a
/// [`ServiceBuild`], or recalled from the last run when the service was reused.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ServiceSummary {
    /// Crate name.
    pub name: String,
    /// Distinct operations (method and path) over all versions.
    pub operations: usize,
    /// (operation, version) pairs.
    pub operation_versions: usize,
    /// Distinct model names over all versions.
    pub models: usize,
    /// The API versions, oldest first.
    pub versions: Vec<String>,
    /// Reader diagnostics and merge conflicts, printed (`file:line: warning[code]: ...`).
    pub diagnostics: Vec<String>,
    /// How many of [`ServiceSummary::diagnostics`] are warnings.
    pub warnings: usize,
    /// How many of [`ServiceSummary::diagnostics`] are errors.
    pub errors: usize,
    /// The generator's notes on the documents (examples that contradict their schema,
    /// untyped shapes).
    pub notes: Vec<String>,
    /// Lines of generated Rust code.
    pub generated_lines: usize,
    /// Where this run's time went; zero when reused.
    #[serde(skip)]
    pub timings: ServiceTimings,
    /// Whether the service was reused from the last run instead of being built.
    #[serde(skip)]
    pub reused: bool,
}

/// Where one service's time went (each figure is time in the service's own thread).
#[derive(Clone, Copy, Debug, Default)]
pub struct ServiceTimings {
    /// Reading its sources (the full read time of each, shared documents included).
    pub read: Duration,
    /// Picking its documents out of the reads, merging per version, sorting diagnostics.
    pub merge: Duration,
    /// Serialising its spec documents to YAML.
    pub yaml: Duration,
    /// Rendering its crate (templates and formatting).
    pub render: Duration,
}

impl ServiceBuild {
    /// What a run reports about this service.
    pub fn summary(&self) -> ServiceSummary {
        ServiceSummary {
            name: self.name.clone(),
            operations: self.operation_count(),
            operation_versions: self.operation_version_count(),
            models: self.model_count(),
            versions: self.versions().into_iter().map(str::to_owned).collect(),
            diagnostics: self.diagnostics.0.iter().map(|d| d.to_string()).collect(),
            warnings: self.diagnostics.warning_count(),
            errors: self.diagnostics.error_count(),
            notes: self
                .rendered
                .iter()
                .flat_map(|r| r.warnings.iter().cloned())
                .collect(),
            generated_lines: self.generated_lines(),
            timings: self.timings,
            reused: false,
        }
    }

    /// Distinct operations (method and path) over all versions.
    pub fn operation_count(&self) -> usize {
        let ops: BTreeSet<_> = self
            .documents
            .iter()
            .flat_map(|d| d.operations().map(|(p, m, _)| (p.to_owned(), m)))
            .collect();
        ops.len()
    }

    /// (operation, version) pairs.
    pub fn operation_version_count(&self) -> usize {
        self.documents.iter().map(|d| d.operations().count()).sum()
    }

    /// Distinct model names over all versions.
    pub fn model_count(&self) -> usize {
        let names: BTreeSet<_> = self
            .documents
            .iter()
            .flat_map(|d| d.components.schemas.keys())
            .collect();
        names.len()
    }

    /// The API versions, oldest first.
    pub fn versions(&self) -> Vec<&str> {
        self.documents
            .iter()
            .map(|d| d.info.version.as_str())
            .collect()
    }

    /// Lines of generated Rust code.
    pub fn generated_lines(&self) -> usize {
        self.rendered.as_ref().map_or(0, |r| {
            r.files
                .iter()
                .filter(|f| f.path.extension().is_some_and(|e| e == "rs"))
                .map(|f| f.contents.lines().count())
                .sum()
        })
    }
}

/// Builds the service of `entry` from the documents in `cache`; renders its crate when
/// `render` is set.
pub fn assemble_service(
    entry: &CrateEntry,
    cache: &SourceCache,
    docs: &Path,
    render: bool,
) -> Result<ServiceBuild, PipelineError> {
    let inputs: Vec<(&str, &ReadDocument)> = match entry.provider {
        Provider::Otc => {
            let read = cache.otc_service(&entry.name).ok_or_else(|| {
                PipelineError::Input(format!("crate `{}`: its pages were not read", entry.name))
            })?;
            vec![(entry.name.as_str(), read)]
        }
        Provider::Scp => entry
            .sources
            .iter()
            .map(|s| {
                let read = cache.document(s).ok_or_else(|| {
                    PipelineError::Input(format!("{}: not found under {}", s, docs.display()))
                })?;
                Ok((s.as_str(), read))
            })
            .collect::<Result<_, PipelineError>>()?,
    };
    assemble_inputs(entry, inputs, render, 1)
}

/// [`assemble_service`] from the reads of the crate's sources, `(source, read)` in source
/// order (for an OTC crate: its name and the read of its pages).
pub(crate) fn assemble_inputs(
    entry: &CrateEntry,
    inputs: Vec<(&str, &ReadDocument)>,
    render: bool,
    threads: usize,
) -> Result<ServiceBuild, PipelineError> {
    let start = Instant::now();
    let mut diagnostics = Diagnostics::new();
    let mut read_time = Duration::ZERO;
    // Documents of this service from each source, in source (precedence) order.
    let mut per_source: Vec<Vec<OpenApi>> = Vec::new();
    for (source, read) in inputs {
        read_time += read.elapsed;
        let mine: Vec<OpenApi> = read
            .output
            .documents
            .iter()
            .filter(|d| d.info.title == entry.service)
            .cloned()
            .collect();
        if mine.is_empty() {
            let titles: BTreeSet<_> = read
                .output
                .documents
                .iter()
                .map(|d| d.info.title.as_str())
                .collect();
            let found = if titles.is_empty() {
                "no service at all".to_owned()
            } else {
                titles.into_iter().collect::<Vec<_>>().join(", ")
            };
            let errors: Vec<String> = read
                .output
                .diagnostics
                .iter()
                .take(5)
                .map(|d| d.to_string())
                .collect();
            return Err(PipelineError::Input(format!(
                "{source}: expected the service `{}` (crate `{}`), found {found}{}{}",
                entry.service,
                entry.name,
                if errors.is_empty() {
                    ""
                } else {
                    "; first diagnostics:\n  "
                },
                errors.join("\n  ")
            )));
        }
        diagnostics.extend(diagnostics_of_service(&read.output, &entry.service));
        per_source.push(mine);
    }

    let documents = merge_versions(
        per_source.into_iter().flatten(),
        &entry.language,
        &mut diagnostics,
    );
    // A source without a Models section (the pipe extraction) reports every model it names as
    // undefined; when another source of the service defines it, the merge has resolved the
    // reference and the warning no longer describes the output. Unresolved ones stay.
    diagnostics
        .0
        .retain(|d| match (d.code, d.subject.as_deref()) {
            (DiagnosticCode::UndefinedModel, Some(name)) => !documents
                .iter()
                .any(|doc| doc.components.schemas.contains_key(name)),
            _ => true,
        });

    let merge_time = start.elapsed();

    // With a core to spare (one service changed), the YAML is written on a thread of its own
    // while the crate renders, and the render formats part of its files on another.
    let emit_yaml = || {
        let yaml_start = Instant::now();
        let yaml: Vec<String> = documents.iter().map(docsdk_spec::to_yaml).collect();
        (yaml, yaml_start.elapsed())
    };
    let render_crate = || {
        let render_start = Instant::now();
        let rendered = render
            .then(|| {
                render_on(
                    &entry.name,
                    &documents,
                    &RuntimePaths::in_workspace(),
                    threads,
                )
            })
            .transpose();
        (rendered, render_start.elapsed())
    };
    let ((spec_yaml, yaml_time), (rendered, render_time)) = if threads > 1 {
        std::thread::scope(|scope| {
            let yaml = scope.spawn(emit_yaml);
            let rendered = render_crate();
            let yaml = yaml
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (yaml, rendered)
        })
    } else {
        (emit_yaml(), render_crate())
    };
    let rendered = rendered?;
    Ok(ServiceBuild {
        name: entry.name.clone(),
        documents,
        diagnostics,
        spec_yaml,
        rendered,
        elapsed: read_time + start.elapsed(),
        timings: ServiceTimings {
            read: read_time,
            merge: merge_time,
            yaml: yaml_time,
            render: render_time,
        },
    })
}

/// The reader diagnostics that belong to `service`: a document with several services (SCP's
/// category pages) reports for all of them, and each diagnostic belongs to the service whose
/// heading is the last one at or before its line.
fn diagnostics_of_service(output: &ReadOutput, service: &str) -> Diagnostics {
    let mut starts: Vec<(usize, &str)> = output
        .documents
        .iter()
        .filter_map(|d| {
            d.info
                .source
                .as_ref()
                .map(|s| (s.line, d.info.title.as_str()))
        })
        .collect();
    starts.sort();
    starts.dedup();
    let titles: BTreeSet<&str> = starts.iter().map(|(_, t)| *t).collect();
    let owner = |line: usize| {
        starts
            .iter()
            .rev()
            .find(|(start, _)| *start <= line)
            .or(starts.first())
            .map(|(_, t)| *t)
    };
    Diagnostics(
        output
            .diagnostics
            .iter()
            .filter(|d| titles.len() <= 1 || owner(d.source.line) == Some(service))
            .cloned()
            .collect(),
    )
}

/// Merges documents of one service into one per API version (oldest first); sources that
/// state the same version are merged in the order given, which is their precedence.
pub fn merge_versions(
    documents: impl IntoIterator<Item = OpenApi>,
    language: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<OpenApi> {
    let mut by_version: BTreeMap<VersionKey, Vec<OpenApi>> = BTreeMap::new();
    for doc in documents {
        by_version
            .entry(VersionKey::new(&doc.info.version))
            .or_default()
            .push(doc);
    }
    let options = MergeOptions {
        language: language.to_owned(),
    };
    let mut merged_docs = Vec::new();
    for (_, docs_of_version) in by_version {
        if docs_of_version.len() == 1 {
            merged_docs.extend(docs_of_version);
            continue;
        }
        let merged = docsdk_merge::merge(docs_of_version, &options);
        for conflict in &merged.conflicts {
            diagnostics.0.push(Diagnostic::warning(
                DiagnosticCode::MergeConflict,
                conflict.kept.1.clone(),
                format!("conflict: {conflict}"),
            ));
        }
        diagnostics.extend(merged.diagnostics);
        merged_docs.push(merged.document);
    }
    merged_docs
}

/// Orders versions numerically (`1.10` after `1.9`), then as text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct VersionKey(Vec<u64>, String);

impl VersionKey {
    fn new(version: &str) -> Self {
        let numbers = version
            .trim_start_matches(['v', 'V'])
            .split('.')
            .map(|p| p.parse().unwrap_or(u64::MAX))
            .collect();
        VersionKey(numbers, version.to_owned())
    }
}

/// Where a generated crate finds the runtime crates, relative to its own folder.
#[derive(Clone, Debug)]
pub struct RuntimePaths {
    /// `docsdk-runtime-api`, the crate's dependency.
    pub api: String,
    /// `docsdk-runtime`, the dependency of its tests.
    pub runtime: String,
}

impl RuntimePaths {
    /// The paths from `generated/<crate>` in this repository.
    pub fn in_workspace() -> RuntimePaths {
        RuntimePaths {
            api: format!("../../{}", layout::RUNTIME_API),
            runtime: format!("../../{}", layout::RUNTIME),
        }
    }
}

/// Renders the crate `name` from its documents.
pub fn render(
    name: &str,
    documents: &[OpenApi],
    runtime: &RuntimePaths,
) -> Result<RenderedCrate, PipelineError> {
    render_on(name, documents, runtime, 1)
}

/// [`render`], formatting part of the files on a second thread when `threads` is above 1.
fn render_on(
    name: &str,
    documents: &[OpenApi],
    runtime: &RuntimePaths,
    threads: usize,
) -> Result<RenderedCrate, PipelineError> {
    let title = documents
        .first()
        .map(|d| d.info.title.clone())
        .unwrap_or_default();
    let provider = match documents.first().and_then(|d| d.provider) {
        Some(Provider::Otc) => "Open Telekom Cloud",
        _ => "Samsung Cloud Platform",
    };
    let options = CrateOptions {
        name: name.to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        description: Some(format!(
            "Rust client for the {provider} {title} API, generated by docsdk from its published API reference."
        )),
        runtime_api_path: runtime.api.clone(),
        runtime_path: runtime.runtime.clone(),
        runtime_version: env!("CARGO_PKG_VERSION").to_owned(),
        repository: Some(env!("CARGO_PKG_REPOSITORY").to_owned()),
        license: env!("CARGO_PKG_LICENSE").to_owned(),
        spec_files: documents
            .iter()
            .map(|d| {
                let dir = Path::new(layout::OPENAPI).join(name);
                crate::outputs::spec_file(&dir, d).display().to_string()
            })
            .collect(),
    };
    docsdk_templates::render_crate_on(documents, &options, threads).map_err(|e| {
        PipelineError::Render {
            crate_name: name.to_owned(),
            message: e.to_string(),
        }
    })
}

/// Groups loose spec documents into services by provider and title, naming each crate
/// `<provider>-<title in kebab case>` (`scp-event-streams`).
pub(crate) fn group_by_service(specs: Vec<OpenApi>) -> BTreeMap<String, Vec<OpenApi>> {
    let mut groups: BTreeMap<String, Vec<OpenApi>> = BTreeMap::new();
    for doc in specs {
        let provider = match doc.provider {
            Some(Provider::Otc) => "otc",
            Some(Provider::Scp) => "scp",
            None => "api",
        };
        groups
            .entry(format!("{provider}-{}", kebab(&doc.info.title)))
            .or_default()
            .push(doc);
    }
    for docs in groups.values_mut() {
        docs.sort_by_key(|d| VersionKey::new(&d.info.version));
    }
    groups
}

fn kebab(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "service".to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_versions_numerically() {
        let mut versions = [
            VersionKey::new("1.10"),
            VersionKey::new("1.9"),
            VersionKey::new("1.0"),
        ];
        versions.sort();
        let texts: Vec<_> = versions.iter().map(|v| v.1.as_str()).collect();
        assert_eq!(texts, ["1.0", "1.9", "1.10"]);
    }

    #[test]
    fn names_crates_from_titles() {
        assert_eq!(kebab("Vertica(DBaaS)"), "vertica-dbaas");
        assert_eq!(kebab("AI&MLOps Platform"), "ai-mlops-platform");
        assert_eq!(kebab("%%"), "service");
    }
}
