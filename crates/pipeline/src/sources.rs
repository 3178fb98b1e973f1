//! Reading input documents: each file once, with the reader its format needs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use docsdk_read_otc_html::ServiceOptions;
use docsdk_spec::{Provider, ReadOutput};

use crate::{CrateEntry, Format, Manifest, PipelineError};

/// One input read: a document file, or the pages of an OTC service.
#[derive(Debug)]
pub struct ReadDocument {
    /// The format it was read as.
    pub format: Format,
    /// The reader's documents and diagnostics.
    pub output: ReadOutput,
    /// Bytes of input read.
    pub bytes: usize,
    /// Time spent in the reader.
    pub elapsed: Duration,
}

/// Everything the manifest's crates read, read once: SCP documents by file name (one file may
/// serve several crates) and OTC services by crate name (their pages need the crate's endpoint
/// settings).
#[derive(Debug, Default)]
pub struct SourceCache {
    documents: HashMap<String, ReadDocument>,
    services: HashMap<String, ReadDocument>,
}

/// One read: an SCP document (which may serve several crates), or an OTC service's pages.
pub(crate) enum Job<'a> {
    Document(&'a str),
    OtcService(&'a CrateEntry),
}

impl Job<'_> {
    /// What its read is known by: the document's file name, or the OTC crate's name (the
    /// `source` of an assembled service's diagnostics and timings).
    pub(crate) fn name(&self) -> &str {
        match self {
            Job::Document(name) => name,
            Job::OtcService(entry) => &entry.name,
        }
    }

    /// Reads it, an OTC service's pages on up to `threads` threads.
    fn read(&self, docs: &Path, threads: usize) -> Result<ReadDocument, PipelineError> {
        match self {
            Job::Document(name) => read_file(&docs.join(name), name, None),
            Job::OtcService(entry) => read_otc_service(docs, entry, threads),
        }
    }

    /// Bytes of input on disk (0 where unreadable: the read reports it): the pool starts
    /// the largest reads first so that no large service is left alone at the end.
    fn size(&self, docs: &Path) -> u64 {
        match self {
            Job::Document(name) => std::fs::metadata(docs.join(name)).map_or(0, |m| m.len()),
            Job::OtcService(entry) => entry
                .sources
                .iter()
                .map(|source| tree_size(&docs.join(source)))
                .sum(),
        }
    }
}

/// Bytes of the files under `path` (or of `path`, a file).
fn tree_size(path: &Path) -> u64 {
    match std::fs::read_dir(path) {
        Ok(entries) => entries.flatten().map(|e| tree_size(&e.path())).sum(),
        Err(_) => std::fs::metadata(path).map_or(0, |m| m.len()),
    }
}

/// The reads of `manifest`, largest first, and for each crate the indices of the reads it
/// needs, in source order.
pub(crate) fn jobs<'a>(docs: &Path, manifest: &'a Manifest) -> (Vec<Job<'a>>, Vec<Vec<usize>>) {
    let mut jobs: Vec<Job> = Vec::new();
    for entry in &manifest.crates {
        match entry.provider {
            Provider::Otc => jobs.push(Job::OtcService(entry)),
            Provider::Scp => {
                for source in &entry.sources {
                    if !jobs
                        .iter()
                        .any(|j| matches!(j, Job::Document(s) if *s == source.as_str()))
                    {
                        jobs.push(Job::Document(source));
                    }
                }
            }
        }
    }
    let mut sized: Vec<(u64, Job)> = jobs.into_iter().map(|j| (j.size(docs), j)).collect();
    sized.sort_by_key(|(size, _)| std::cmp::Reverse(*size));
    let jobs: Vec<Job> = sized.into_iter().map(|(_, j)| j).collect();
    // In source order, whatever the read order: the order of an SCP crate's sources is their
    // precedence when they disagree.
    let position = |wanted: &dyn Fn(&Job) -> bool| jobs.iter().position(wanted);
    let needs = manifest
        .crates
        .iter()
        .map(|entry| match entry.provider {
            Provider::Otc => {
                position(&|job| matches!(job, Job::OtcService(e) if e.name == entry.name))
                    .into_iter()
                    .collect()
            }
            Provider::Scp => entry
                .sources
                .iter()
                .filter_map(|source| {
                    position(&|job| matches!(job, Job::Document(s) if s == source))
                })
                .collect(),
        })
        .collect();
    (jobs, needs)
}

/// Reads every job of `jobs` in `docs`, then `build(crate, reads)` for each crate as soon as
/// the reads `needs[crate]` names are done, on one worker per core (see [`crate::pool`]).
/// Returns the read results, the builds and the wall time until the last read finished.
///
/// An OTC service's pages are read on the cores the pool leaves it: all of them when it is
/// the only read (one service changed), one when there are as many reads as cores. Nested
/// threads beyond that only competed with the pool's (a cold regen of every service took
/// 8 % more CPU with them). Each build is told the cores left to it the same way, as its
/// last argument.
pub(crate) fn read_and_build<B: Send>(
    docs: &Path,
    jobs: &[Job],
    needs: &[Vec<usize>],
    build: impl Fn(usize, &[&Result<ReadDocument, PipelineError>], usize) -> B + Sync,
) -> crate::pool::Staged<Result<ReadDocument, PipelineError>, B> {
    let read_threads = cores_each(jobs.len());
    let build_threads = cores_each(needs.len());
    crate::pool::run(
        jobs.len(),
        |i| jobs[i].read(docs, read_threads),
        needs,
        |b, reads| build(b, reads, build_threads),
    )
}

/// The cores each of `jobs` jobs run at once can have (at least one).
fn cores_each(jobs: usize) -> usize {
    (cores() / jobs.max(1)).max(1)
}

impl SourceCache {
    /// Reads every source of `manifest` from `docs`, in parallel.
    pub fn read_all(docs: &Path, manifest: &Manifest) -> Result<SourceCache, PipelineError> {
        let (jobs, _) = jobs(docs, manifest);
        let staged = read_and_build(docs, &jobs, &[], |_, _, _| ());
        let mut cache = SourceCache::default();
        for (job, result) in jobs.iter().zip(staged.reads) {
            let map = match job {
                Job::Document(_) => &mut cache.documents,
                Job::OtcService(_) => &mut cache.services,
            };
            map.insert(job.name().to_owned(), result?);
        }
        Ok(cache)
    }

    /// The document read from `file`, if it was a source.
    pub fn document(&self, file: &str) -> Option<&ReadDocument> {
        self.documents.get(file)
    }

    /// Every input read, by name (file name, or crate name for an OTC service), sorted.
    pub fn reads(&self) -> Vec<(&str, &ReadDocument)> {
        let mut all: Vec<_> = self
            .documents
            .iter()
            .chain(&self.services)
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        all.sort_by_key(|(name, _)| *name);
        all
    }

    /// The OTC service read for crate `name`.
    pub fn otc_service(&self, name: &str) -> Option<&ReadDocument> {
        self.services.get(name)
    }
}

/// Reads one file as `format`, or as the format its content shows. `name` is the file name
/// recorded in `x-source`.
fn read_file(
    path: &Path,
    name: &str,
    format: Option<Format>,
) -> Result<ReadDocument, PipelineError> {
    let text = std::fs::read_to_string(path).map_err(|e| PipelineError::io(path, e))?;
    let format = match format.or_else(|| Format::detect(&text)) {
        Some(format) => format,
        None => {
            return Err(PipelineError::Input(format!(
                "{}:1: cannot tell the format: expected an SCP printable view, an SCP pipe-table extraction, \
                 an OTC HTML page or an OTC RST page (use --format to force one)",
                path.display()
            )));
        }
    };
    let start = Instant::now();
    let output = match format {
        Format::ScpPrintable => docsdk_read_scp_printable::read(name, &text),
        Format::ScpPipe => docsdk_read_scp_pipe::read(name, &text),
        Format::OtcHtml | Format::OtcRst => {
            let pages = vec![(name.to_owned(), text.clone())];
            docsdk_read_otc_html::read_service(&pages, &ServiceOptions::fallback(&pages))
        }
    };
    Ok(ReadDocument {
        format,
        output,
        bytes: text.len(),
        elapsed: start.elapsed(),
    })
}

/// Collects `(name, text)` of the pages a source names: a file, or every HTML or RST file of
/// a folder (a name ending in `/`) and its subfolders (RST references nest pages by topic).
/// Names are relative to `docs`, so `x-source` reads `otc-modelarts-2022/ListWorkforces.html:42`.
/// Files of a folder that are not pages (its README, LICENSE, the export's JSON metadata) are
/// not read.
fn collect_pages(
    docs: &Path,
    source: &str,
    pages: &mut Vec<(String, String)>,
) -> Result<(), PipelineError> {
    let path = docs.join(source);
    if !path.is_dir() {
        let text = std::fs::read_to_string(&path).map_err(|e| PipelineError::io(&path, e))?;
        pages.push((source.to_owned(), text));
        return Ok(());
    }
    let prefix = source.trim_end_matches('/');
    let mut names: Vec<PathBuf> = Vec::new();
    page_files(&path, &mut names)?;
    names.sort();
    for file in names {
        let text = std::fs::read_to_string(&file).map_err(|e| PipelineError::io(&file, e))?;
        let name = file
            .strip_prefix(&path)
            .map(|n| n.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        pages.push((format!("{prefix}/{name}"), text));
    }
    Ok(())
}

/// The `.html`, `.htm` and `.rst` files under `dir`, recursively.
fn page_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), PipelineError> {
    let entries = std::fs::read_dir(dir).map_err(|e| PipelineError::io(dir, e))?;
    for entry in entries.filter_map(Result::ok) {
        let p = entry.path();
        if p.is_dir() {
            page_files(&p, out)?;
        } else if p.extension().is_some_and(|ext| {
            ["html", "htm", "rst"]
                .iter()
                .any(|known| ext.eq_ignore_ascii_case(known))
        }) {
            out.push(p);
        }
    }
    Ok(())
}

fn read_otc_service(
    docs: &Path,
    entry: &CrateEntry,
    threads: usize,
) -> Result<ReadDocument, PipelineError> {
    let mut pages = Vec::new();
    for source in &entry.sources {
        collect_pages(docs, source, &mut pages)?;
    }
    let mut options = ServiceOptions::fallback(&pages);
    options.title = entry.service.clone();
    if let Some(otc) = &entry.otc {
        options.service_key = otc.service_key.clone();
        options.endpoint_template = otc.endpoint.clone();
        options.regions = otc.regions.clone();
        options.default_region = otc.default_region.clone();
    }
    Ok(read_otc_pages(&pages, &options, threads))
}

/// Reads the pages of one OTC service on up to `threads` threads, timed.
fn read_otc_pages(
    pages: &[(String, String)],
    options: &ServiceOptions,
    threads: usize,
) -> ReadDocument {
    let start = Instant::now();
    let output = docsdk_read_otc_html::read_service_on(pages, options, threads);
    let rst = pages
        .iter()
        .any(|(_, text)| docsdk_read_otc_html::looks_like_rst(text));
    ReadDocument {
        format: if rst { Format::OtcRst } else { Format::OtcHtml },
        output,
        bytes: pages.iter().map(|(_, text)| text.len()).sum(),
        elapsed: start.elapsed(),
    }
}

/// Reads a file or a folder of OTC pages for `xtask spec`; the format is detected unless
/// given.
pub fn read_path(path: &Path, format: Option<Format>) -> Result<ReadDocument, PipelineError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    if !path.is_dir() {
        return read_file(path, &name, format);
    }
    if format.is_some_and(|f| !f.is_otc()) {
        return Err(PipelineError::Input(format!(
            "{}: a folder is read as OTC HTML or RST pages, not as {}",
            path.display(),
            format.unwrap_or(Format::OtcHtml)
        )));
    }
    let parent = path.parent().unwrap_or(Path::new(""));
    let mut pages = Vec::new();
    collect_pages(parent, &format!("{name}/"), &mut pages)?;
    if pages.is_empty() {
        return Err(PipelineError::Input(format!(
            "{}: expected HTML or RST pages in the folder, found none",
            path.display()
        )));
    }
    let mut options = ServiceOptions::fallback(&pages);
    if options.title.is_empty() {
        // The pages name no service (`en-us_topic_N` files): the folder does.
        options.title = title_of_folder(&name);
    }
    Ok(read_otc_pages(&pages, &options, cores()))
}

/// `image-management-service` -> `Image Management Service`.
fn title_of_folder(name: &str) -> String {
    name.split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The machine's cores (1 when it cannot tell).
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Reads every path given (files or folders) for `xtask spec`.
pub fn read_documents(
    paths: &[PathBuf],
    format: Option<Format>,
) -> Result<Vec<ReadDocument>, PipelineError> {
    paths.iter().map(|p| read_path(p, format)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_name_reads_as_a_title() {
        assert_eq!(
            title_of_folder("image-management-service"),
            "Image Management Service"
        );
        assert_eq!(title_of_folder("otc_rst"), "Otc Rst");
    }

    /// The largest read comes first, but a crate's reads stay in its sources' order, which is
    /// their precedence in the merge.
    #[test]
    fn reads_run_largest_first_and_each_crate_sees_its_sources_in_order() {
        let docs = std::env::temp_dir().join(format!("docsdk-jobs-{}", std::process::id()));
        std::fs::create_dir_all(&docs).unwrap();
        std::fs::write(docs.join("small.txt"), "s").unwrap();
        std::fs::write(docs.join("big.txt"), "b".repeat(100)).unwrap();
        let text = "[[crate]]\nname = \"scp-x\"\nprovider = \"scp\"\nservice = \"X\"\n\
                    sources = [\"small.txt\", \"big.txt\"]\n\
                    [[crate]]\nname = \"scp-y\"\nprovider = \"scp\"\nservice = \"Y\"\n\
                    sources = [\"big.txt\"]\n";
        let manifest = Manifest::parse("manifest.toml", text).unwrap();
        let (jobs, needs) = jobs(&docs, &manifest);
        let names: Vec<&str> = jobs.iter().map(Job::name).collect();
        assert_eq!(names, ["big.txt", "small.txt"]);
        assert_eq!(needs, [vec![1, 0], vec![0]]);
        let _ = std::fs::remove_dir_all(&docs);
    }
}
