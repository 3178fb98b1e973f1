//! The files regen writes, compared with or written to disk.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Component, Path, PathBuf};

use docsdk_spec::OpenApi;
use docsdk_templates::RenderedCrate;

use crate::incremental::Fingerprint;
use crate::{PipelineError, ServiceBuild, layout};

/// Files to write, by path relative to the workspace root.
#[derive(Debug, Default)]
pub struct FileSet {
    files: BTreeMap<PathBuf, String>,
    /// Files known to be current on disk (a service reused from the last run): neither
    /// compared nor written, but still regen's own.
    kept: BTreeSet<PathBuf>,
}

/// A file on disk that is not what regen writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaleFile {
    /// Path relative to the root.
    pub path: PathBuf,
    /// How it differs.
    pub kind: StaleKind,
}

/// How a file on disk differs from regen's output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaleKind {
    /// Regen writes it; it is not on disk.
    Missing,
    /// Its content differs.
    Changed,
    /// It is on disk in a folder regen owns, but regen does not write it.
    Extra,
}

impl fmt::Display for StaleFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            StaleKind::Missing => "missing",
            StaleKind::Changed => "changed",
            StaleKind::Extra => "not generated",
        };
        write!(f, "{} ({kind})", self.path.display())
    }
}

impl FileSet {
    /// Adds a service's spec files and, when rendered, its crate (taking their contents).
    pub fn add_service(&mut self, service: ServiceBuild) {
        let dir = Path::new(layout::OPENAPI).join(&service.name);
        for (doc, yaml) in service.documents.iter().zip(service.spec_yaml) {
            self.files.insert(spec_file(&dir, doc), yaml);
        }
        if let Some(rendered) = service.rendered {
            let crate_dir = Path::new(layout::GENERATED).join(&service.name);
            for file in rendered.files {
                self.files.insert(crate_dir.join(file.path), file.contents);
            }
        }
    }

    /// Adds the files of a rendered crate under `crate_dir`.
    pub fn add_crate(&mut self, crate_dir: &Path, rendered: &RenderedCrate) {
        for file in &rendered.files {
            self.files
                .insert(crate_dir.join(&file.path), file.contents.clone());
        }
    }

    /// Claims a file known to be current on disk, so that it is left alone.
    pub fn keep(&mut self, path: PathBuf) {
        self.kept.insert(path);
    }

    /// Length and hash of every file in the set.
    pub(crate) fn fingerprints(&self) -> BTreeMap<PathBuf, Fingerprint> {
        self.files
            .iter()
            .map(|(path, contents)| (path.clone(), Fingerprint::of(contents.as_bytes())))
            .collect()
    }

    /// Compares every file with the disk under `root` now, and keeps only those that differ:
    /// the others are claimed as current. Regen settles each service as soon as it is built,
    /// so that the contents (and the documents behind them) of the files that are already on
    /// disk, usually all of them, are not held until the last service is done.
    pub(crate) fn settle(&mut self, root: &Path) -> Result<(), PipelineError> {
        let mut current = Vec::new();
        for (path, contents) in &self.files {
            if difference(root, path, contents)?.is_none() {
                current.push(path.clone());
            }
        }
        for path in current {
            self.files.remove(&path);
            self.kept.insert(path);
        }
        Ok(())
    }

    /// Adds every file of `other`, to write and kept alike.
    pub(crate) fn absorb(&mut self, other: FileSet) {
        self.files.extend(other.files);
        self.kept.extend(other.kept);
    }

    /// Adds one file.
    pub fn insert(&mut self, path: PathBuf, contents: String) {
        self.files.insert(path, contents);
    }

    /// The files, by path.
    pub fn files(&self) -> &BTreeMap<PathBuf, String> {
        &self.files
    }

    /// Lists what differs between the set and the disk under `root`, including files in the
    /// `owned` folders that the set does not contain.
    pub fn compare(&self, root: &Path, owned: &[PathBuf]) -> Result<Vec<StaleFile>, PipelineError> {
        let mut stale = Vec::new();
        for (path, contents) in &self.files {
            if let Some(kind) = difference(root, path, contents)? {
                stale.push(StaleFile {
                    path: path.clone(),
                    kind,
                });
            }
        }
        for dir in owned {
            for path in list_files(root, dir)? {
                if !self.files.contains_key(&path) && !self.kept.contains(&path) {
                    stale.push(StaleFile {
                        path,
                        kind: StaleKind::Extra,
                    });
                }
            }
        }
        Ok(stale)
    }

    /// Writes what differs and removes files in the `owned` folders that the set does not
    /// contain; returns what changed.
    pub fn write(&self, root: &Path, owned: &[PathBuf]) -> Result<Vec<StaleFile>, PipelineError> {
        let stale = self.compare(root, owned)?;
        for file in &stale {
            let full = root.join(&file.path);
            match file.kind {
                StaleKind::Extra => {
                    std::fs::remove_file(&full).map_err(|e| PipelineError::io(&full, e))?
                }
                StaleKind::Missing | StaleKind::Changed => {
                    if let Some(parent) = full.parent() {
                        std::fs::create_dir_all(parent)
                            .map_err(|e| PipelineError::io(parent, e))?;
                    }
                    std::fs::write(&full, &self.files[&file.path])
                        .map_err(|e| PipelineError::io(&full, e))?;
                }
            }
        }
        for dir in owned {
            remove_empty_dirs(&root.join(dir));
        }
        Ok(stale)
    }
}

/// How the file at `path` under `root` differs from `contents` (`None`: not at all).
fn difference(
    root: &Path,
    path: &Path,
    contents: &str,
) -> Result<Option<StaleKind>, PipelineError> {
    let full = root.join(path);
    match std::fs::read(&full) {
        Ok(bytes) if bytes == contents.as_bytes() => Ok(None),
        Ok(_) => Ok(Some(StaleKind::Changed)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Some(StaleKind::Missing)),
        Err(e) => Err(PipelineError::io(&full, e)),
    }
}

/// `<dir>/<version>.yaml`, the version made safe as a file name.
pub(crate) fn spec_file(dir: &Path, doc: &OpenApi) -> PathBuf {
    let version: String = doc
        .info
        .version
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    dir.join(format!("{version}.yaml"))
}

/// Files under `root/dir`, relative to `root`; dot files (`.gitkeep`) and build output
/// (`target/`) are not regen's.
fn list_files(root: &Path, dir: &Path) -> Result<Vec<PathBuf>, PipelineError> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let full = root.join(&dir);
        let entries = match std::fs::read_dir(&full) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(PipelineError::io(&full, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| PipelineError::io(&full, e))?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || name == "target" {
                continue;
            }
            let path = dir.join(&*name);
            if entry
                .file_type()
                .map_err(|e| PipelineError::io(&full, e))?
                .is_dir()
            {
                pending.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn remove_empty_dirs(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                remove_empty_dirs(&entry.path());
                // Fails (harmlessly) unless the folder is now empty.
                let _ = std::fs::remove_dir(entry.path());
            }
        }
    }
}

/// Loads every `.yaml`/`.yml` OpenAPI file under `dir`, in path order.
pub(crate) fn load_specs(dir: &Path) -> Result<Vec<OpenApi>, PipelineError> {
    let files = list_files(dir, Path::new(""))?;
    let mut specs = Vec::new();
    for file in files
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "yaml" || e == "yml"))
    {
        let full = dir.join(&file);
        let text = std::fs::read_to_string(&full).map_err(|e| PipelineError::io(&full, e))?;
        let doc = docsdk_spec::from_yaml(&text).map_err(|e| {
            PipelineError::Input(format!(
                "{}: not an OpenAPI document docsdk can read: {e}",
                full.display()
            ))
        })?;
        specs.push(doc);
    }
    if specs.is_empty() {
        return Err(PipelineError::Input(format!(
            "{}: expected OpenAPI .yaml files, found none",
            dir.display()
        )));
    }
    Ok(specs)
}

/// The path of `to` as seen from folder `from` (`../../crates/runtime`); both are made
/// absolute first. Falls back to the absolute path when they share no root.
pub(crate) fn relative_path(from: &Path, to: &Path) -> String {
    let absolute = |p: &Path| {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        normalise(&p)
    };
    let (from, to) = (absolute(from), absolute(to));
    let from_parts: Vec<_> = from.components().collect();
    let to_parts: Vec<_> = to.components().collect();
    let common = from_parts
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    if common == 0 {
        return to.display().to_string();
    }
    let mut rel = PathBuf::new();
    for _ in common..from_parts.len() {
        rel.push("..");
    }
    for part in &to_parts[common..] {
        rel.push(part);
    }
    rel.display().to_string()
}

fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_climb_to_the_common_root() {
        assert_eq!(
            relative_path(
                Path::new("/w/generated/scp-x"),
                Path::new("/w/crates/runtime")
            ),
            "../../crates/runtime"
        );
        assert_eq!(
            relative_path(Path::new("/tmp/out/a"), Path::new("/w/crates/runtime")),
            "../../../w/crates/runtime"
        );
        assert_eq!(
            relative_path(Path::new("/w/a/../b"), Path::new("/w/c")),
            "../c"
        );
    }

    #[test]
    fn compare_finds_missing_changed_and_extra_files() {
        let root = std::env::temp_dir().join(format!("docsdk-outputs-{}", std::process::id()));
        let owned = root.join("own");
        std::fs::create_dir_all(&owned).unwrap();
        std::fs::write(owned.join("same.txt"), "same").unwrap();
        std::fs::write(owned.join("changed.txt"), "old").unwrap();
        std::fs::write(owned.join("extra.txt"), "x").unwrap();
        std::fs::write(owned.join(".gitkeep"), "").unwrap();
        let mut set = FileSet::default();
        for (name, text) in [
            ("same.txt", "same"),
            ("changed.txt", "new"),
            ("missing.txt", "m"),
        ] {
            set.files
                .insert(Path::new("own").join(name), text.to_owned());
        }
        let stale = set.compare(&root, &[PathBuf::from("own")]).unwrap();
        let listed: Vec<String> = stale.iter().map(|s| s.to_string()).collect();
        assert_eq!(
            listed,
            [
                "own/changed.txt (changed)",
                "own/missing.txt (missing)",
                "own/extra.txt (not generated)"
            ]
        );
        set.write(&root, &[PathBuf::from("own")]).unwrap();
        assert!(
            set.compare(&root, &[PathBuf::from("own")])
                .unwrap()
                .is_empty()
        );
        assert!(owned.join(".gitkeep").exists());
        std::fs::remove_dir_all(&root).unwrap();
    }
}
