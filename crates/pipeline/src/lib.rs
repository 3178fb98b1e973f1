//! The regen pipeline of docsdk: docs -> reader -> spec -> templates -> crates.
//!
//! `cargo xtask` is a thin shell over this crate:
//! - [`regen`] reads `spec/manifest.toml`, reads every source document once, assembles one
//!   OpenAPI document per service and API version (merging when a service has several
//!   sources), renders one client crate per service, and writes (or, with `check`, compares)
//!   `spec/openapi/` and `generated/`;
//! - [`read_documents`] reads any documents (format detected from content) for `xtask spec`;
//! - [`render_specs`] renders crates from any OpenAPI files for `xtask gen`.

mod assemble;
mod format;
mod incremental;
mod manifest;
mod outputs;
mod pool;
mod sources;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use assemble::{
    RuntimePaths, ServiceBuild, ServiceSummary, ServiceTimings, assemble_service, merge_versions,
    render,
};
pub use format::Format;
use incremental::Lookup;
pub use incremental::RegenCache;
pub use manifest::{CrateEntry, Manifest, OtcSettings};
pub use outputs::{FileSet, StaleFile};
pub use sources::{ReadDocument, SourceCache, read_documents, read_path};

/// Where things live, relative to the workspace root.
pub mod layout {
    /// The manifest.
    pub const MANIFEST: &str = "spec/manifest.toml";
    /// The vendored input documents.
    pub const DOCS: &str = "spec/docs";
    /// The emitted OpenAPI files, one folder per crate.
    pub const OPENAPI: &str = "spec/openapi";
    /// The generated client crates.
    pub const GENERATED: &str = "generated";
    /// The crate the generated crates build on (requests, errors, models, the transport trait).
    pub const RUNTIME_API: &str = "crates/runtime-api";
    /// The transport (signing, HTTPS, retries): the generated crates' tests and their users
    /// depend on it, the crates themselves do not.
    pub const RUNTIME: &str = "crates/runtime";
}

/// What can stop the pipeline.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The manifest is malformed.
    #[error("manifest: {0}")]
    Manifest(String),
    /// An input document is unusable as a whole (unknown format, wrong service).
    #[error("{0}")]
    Input(String),
    /// The code generator refused a spec.
    #[error("rendering `{crate_name}`: {message}")]
    Render {
        /// The crate.
        crate_name: String,
        /// What went wrong.
        message: String,
    },
}

impl PipelineError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        PipelineError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// Options of [`regen`].
#[derive(Clone, Debug, Default)]
pub struct RegenOptions {
    /// Compare with the files on disk instead of writing them.
    pub check: bool,
    /// Skip rendering crates (spec files only).
    pub spec_only: bool,
    /// Reuse services whose inputs and outputs are as the last run left them (see
    /// [`RegenCache`]); `None` builds every service.
    pub cache: Option<RegenCache>,
}

/// What [`regen`] did, per crate and in total.
#[derive(Debug)]
pub struct RegenReport {
    /// One entry per crate, in manifest order.
    pub services: Vec<ServiceSummary>,
    /// The crates built in this run (not reused), in manifest order. Their outputs are
    /// compared with the disk as each is built, and only what differs is kept until the
    /// end: holding every service's documents and files to the end took a third more memory.
    pub built: Vec<String>,
    /// Files that differ from what regen would write (with `check`), or were written.
    pub changed: Vec<StaleFile>,
    /// Time spent finding reusable services, reading, assembling, rendering and comparing
    /// each built service's outputs with the disk (not writing).
    pub elapsed: Duration,
    /// Wall time of each phase.
    pub phases: Phases,
}

/// Wall time of each phase of [`regen`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Phases {
    /// Loading the manifest.
    pub manifest: Duration,
    /// Hashing inputs and outputs to find the services the last run left current.
    pub lookup: Duration,
    /// From the start of reading until the last source document was read (services whose
    /// sources are read are assembled meanwhile: reads and builds share one pool of workers).
    pub read: Duration,
    /// From then until every service is assembled, serialised and rendered.
    pub assemble: Duration,
    /// Writing what differs (each service's outputs were compared with the disk as soon as
    /// it was built) and finding the files regen no longer writes.
    pub compare: Duration,
}

impl RegenReport {
    /// Total warnings (reader warnings and merge conflicts).
    pub fn warning_count(&self) -> usize {
        self.services.iter().map(|s| s.warnings).sum()
    }

    /// Total errors.
    pub fn error_count(&self) -> usize {
        self.services.iter().map(|s| s.errors).sum()
    }
}

/// Regenerates `spec/openapi/` and `generated/` under `root` from the manifest.
pub fn regen(root: &Path, options: RegenOptions) -> Result<RegenReport, PipelineError> {
    let start = std::time::Instant::now();
    let manifest = Manifest::load(&root.join(layout::MANIFEST))?;
    let docs = root.join(layout::DOCS);
    let manifest_time = start.elapsed();

    // Services whose inputs and outputs are as the last run left them are not built again.
    let lookups = lookup_cache(root, &docs, &manifest, &options);
    let lookup_time = start.elapsed() - manifest_time;
    let to_build = Manifest {
        crates: manifest
            .crates
            .iter()
            .zip(&lookups)
            .filter(|(_, lookup)| lookup.record.is_none())
            .map(|(entry, _)| entry.clone())
            .collect(),
    };
    // Reads and builds share one pool: a service is assembled as soon as its sources are read.
    let (jobs, needs) = sources::jobs(&docs, &to_build);
    let staged = sources::read_and_build(&docs, &jobs, &needs, |c, reads, threads| {
        let entry = &to_build.crates[c];
        // A crate with a failed read is skipped; the read's own error is returned below.
        let inputs = reads
            .iter()
            .zip(&needs[c])
            .map(|(read, &job)| read.as_ref().ok().map(|r| (jobs[job].name(), r)))
            .collect::<Option<Vec<_>>>()?;
        let built = assemble::assemble_inputs(entry, inputs, !options.spec_only, threads)
            .and_then(|service| Built::settle(root, service));
        Some(built)
    });
    let read_time = staged.reads_done;
    for read in staged.reads {
        read?;
    }
    let built = staged
        .builds
        .into_iter()
        .map(|b| b.expect("every read succeeded"))
        .collect::<Result<Vec<_>, _>>()?;
    let elapsed = start.elapsed();
    let assemble_time = elapsed - manifest_time - lookup_time - read_time;

    let compare_start = std::time::Instant::now();
    let mut files = FileSet::default();
    for record in lookups.iter().filter_map(|l| l.record.as_ref()) {
        for path in record.outputs.keys() {
            files.keep(path.clone());
        }
    }
    let owned_dirs: Vec<PathBuf> = if options.spec_only {
        vec![PathBuf::from(layout::OPENAPI)]
    } else {
        vec![
            PathBuf::from(layout::OPENAPI),
            PathBuf::from(layout::GENERATED),
        ]
    };
    let mut built_iter = built.into_iter();
    let mut services = Vec::with_capacity(manifest.crates.len());
    let mut built_names = Vec::new();
    let mut records = Vec::new();
    for lookup in lookups {
        match lookup.record {
            Some(record) => services.push(ServiceSummary {
                reused: true,
                ..record.summary
            }),
            None => {
                let service = built_iter.next().expect("one build per service not reused");
                built_names.push(service.summary.name.clone());
                services.push(service.summary.clone());
                files.absorb(service.files);
                records.push((lookup, service.summary, service.fingerprints));
            }
        }
    }
    let changed = if options.check {
        files.compare(root, &owned_dirs)?
    } else {
        files.write(root, &owned_dirs)?
    };
    // With `check`, a record describes what regen would write; the next run compares it with
    // the disk before trusting it, so a stale tree stays stale.
    if let Some(cache) = &options.cache {
        for (lookup, summary, fingerprints) in records {
            cache.store(lookup, summary, fingerprints);
        }
    }
    Ok(RegenReport {
        services,
        built: built_names,
        changed,
        elapsed,
        phases: Phases {
            manifest: manifest_time,
            lookup: lookup_time,
            read: read_time,
            assemble: assemble_time,
            compare: compare_start.elapsed(),
        },
    })
}

/// A service built in this run, its outputs compared with the disk in the worker that built
/// it (see [`FileSet::settle`]).
struct Built {
    summary: ServiceSummary,
    /// Its files that differ from the disk (those that do not are only claimed).
    files: FileSet,
    /// Length and hash of every file it produces, for its record.
    fingerprints: std::collections::BTreeMap<PathBuf, incremental::Fingerprint>,
}

impl Built {
    fn settle(root: &Path, service: ServiceBuild) -> Result<Built, PipelineError> {
        let summary = service.summary();
        let mut files = FileSet::default();
        files.add_service(service);
        let fingerprints = files.fingerprints();
        files.settle(root)?;
        Ok(Built {
            summary,
            files,
            fingerprints,
        })
    }
}

/// Looks every entry of `manifest` up in the cache of `options`, in parallel (a file whose
/// stamp no longer holds is read and hashed).
fn lookup_cache(
    root: &Path,
    docs: &Path,
    manifest: &Manifest,
    options: &RegenOptions,
) -> Vec<Lookup> {
    let Some(cache) = &options.cache else {
        return manifest.crates.iter().map(|_| Lookup::default()).collect();
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = manifest
            .crates
            .iter()
            .map(|entry| scope.spawn(move || cache.lookup(root, entry, docs, options.spec_only)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("hashing files never panics"))
            .collect()
    })
}

/// Renders client crates from the OpenAPI files in `spec_dir` (any depth) into `out_dir`,
/// one crate per service title; `workspace` is the folder of this repository, whose runtime
/// crates ([`layout::RUNTIME_API`], [`layout::RUNTIME`]) the crates name by path. Returns the
/// crate folders written.
pub fn render_specs(
    spec_dir: &Path,
    out_dir: &Path,
    workspace: &Path,
) -> Result<Vec<PathBuf>, PipelineError> {
    let specs = outputs::load_specs(spec_dir)?;
    let mut written = Vec::new();
    for (name, docs) in assemble::group_by_service(specs) {
        let crate_dir = out_dir.join(&name);
        let runtime = assemble::RuntimePaths {
            api: outputs::relative_path(&crate_dir, &workspace.join(layout::RUNTIME_API)),
            runtime: outputs::relative_path(&crate_dir, &workspace.join(layout::RUNTIME)),
        };
        let rendered = assemble::render(&name, &docs, &runtime)?;
        let mut files = FileSet::default();
        files.add_crate(&crate_dir, &rendered);
        files.write(Path::new(""), std::slice::from_ref(&crate_dir))?;
        written.push(crate_dir);
    }
    Ok(written)
}

/// Writes the documents read by `xtask spec` into `out_dir` as
/// `<provider>-<service>/<version>.yaml`, merging documents that state the same service and
/// version (in the order given). Returns the files written and the merge diagnostics.
pub fn write_specs(
    documents: Vec<docsdk_spec::OpenApi>,
    out_dir: &Path,
) -> Result<(Vec<PathBuf>, docsdk_spec::Diagnostics), PipelineError> {
    let mut diagnostics = docsdk_spec::Diagnostics::new();
    let mut files = FileSet::default();
    let mut written = Vec::new();
    for (name, docs) in assemble::group_by_service(documents) {
        for doc in merge_versions(docs, "en", &mut diagnostics) {
            let path = outputs::spec_file(&out_dir.join(&name), &doc);
            written.push(path.clone());
            files.insert(path, docsdk_spec::to_yaml(&doc));
        }
    }
    files.write(Path::new(""), &[])?;
    Ok((written, diagnostics))
}
