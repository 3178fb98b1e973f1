//! Rendering only what changed: a record of each service's last regen, kept in the build
//! folder (`target/docsdk-regen/<crate>.json`), lets the next run reuse a service whose
//! inputs, generator and outputs on disk are all as they were.
//!
//! A service is reused when:
//! - the key of its inputs is the recorded one: the generator binary (size and modification
//!   time, which change with every rebuild of a reader or a template), the manifest entry,
//!   the run's options and the bytes of every file of its sources;
//! - and every output it wrote is on disk with the recorded length and hash, so a
//!   hand-edited, deleted or checked-out-over file is noticed and rewritten.
//!
//! Anything missing or unreadable is a miss, never an error: the cache can only make a run
//! faster, not different. Hashes are the standard library's SipHash; a collision would need
//! equal lengths and 64 equal bits, and a toolchain change that alters the hash only costs one
//! full run.

use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{CrateEntry, ServiceSummary};

/// The records of past runs, in one folder.
#[derive(Debug, Clone)]
pub struct RegenCache {
    dir: PathBuf,
    generator: u64,
}

/// What was recorded about one service's last run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Record {
    /// The key of the inputs it was built from (hex, so the JSON stays readable).
    key: String,
    /// What the run reported about it.
    pub(crate) summary: ServiceSummary,
    /// Every file it wrote, relative to the workspace root.
    pub(crate) outputs: BTreeMap<PathBuf, Fingerprint>,
}

/// Length and hash of a file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    pub(crate) fn of(bytes: &[u8]) -> Self {
        let mut hasher = DefaultHasher::new();
        hasher.write(bytes);
        Fingerprint {
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }
}

impl RegenCache {
    /// The cache in `dir`, keyed to the running binary; `None` when the binary cannot be
    /// inspected (then every service is built).
    pub fn open(dir: &Path) -> Option<Self> {
        let exe = std::env::current_exe().ok()?;
        let meta = std::fs::metadata(exe).ok()?;
        let modified = meta
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        let mut hasher = DefaultHasher::new();
        hasher.write_u64(meta.len());
        hasher.write_u128(modified.as_nanos());
        Some(RegenCache {
            dir: dir.to_path_buf(),
            generator: hasher.finish(),
        })
    }

    /// The key of `entry`'s inputs: the generator, the entry, `spec_only` and every file
    /// under its sources in `docs` (a missing source gives no key: the run reports it).
    pub(crate) fn key(&self, entry: &CrateEntry, docs: &Path, spec_only: bool) -> Option<String> {
        let mut hasher = DefaultHasher::new();
        hasher.write_u64(self.generator);
        hasher.write(format!("{entry:?}").as_bytes());
        hasher.write_u8(u8::from(spec_only));
        for source in &entry.sources {
            let mut files = Vec::new();
            list_files(&docs.join(source), &mut files).ok()?;
            files.sort();
            for file in files {
                let bytes = std::fs::read(&file).ok()?;
                hasher.write(file.as_os_str().as_encoded_bytes());
                hasher.write_u64(bytes.len() as u64);
                hasher.write(&bytes);
            }
        }
        Some(format!("{:016x}", hasher.finish()))
    }

    /// The record of `entry`'s last run if it was built from `key` and its outputs under
    /// `root` are untouched since.
    pub(crate) fn reusable(&self, root: &Path, entry: &CrateEntry, key: &str) -> Option<Record> {
        let text = std::fs::read(self.record_path(&entry.name)).ok()?;
        let record: Record = serde_json::from_slice(&text).ok()?;
        let intact = record.key == key
            && record.outputs.iter().all(|(path, recorded)| {
                std::fs::read(root.join(path)).is_ok_and(|b| Fingerprint::of(&b) == *recorded)
            });
        intact.then_some(record)
    }

    /// Records a service built from `key`, with the files it produced. A record that cannot
    /// be written only costs the next run time, so failures are ignored.
    pub(crate) fn store(
        &self,
        key: String,
        summary: ServiceSummary,
        outputs: BTreeMap<PathBuf, Fingerprint>,
    ) {
        let path = self.record_path(&summary.name);
        let record = Record {
            key,
            summary,
            outputs,
        };
        let Ok(json) = serde_json::to_vec(&record) else {
            return;
        };
        // Written next to its place and renamed, so a reader never sees half a record.
        let partial = path.with_extension("json.partial");
        if std::fs::create_dir_all(&self.dir).is_ok() && std::fs::write(&partial, json).is_ok() {
            let _ = std::fs::rename(&partial, &path);
        }
    }

    fn record_path(&self, crate_name: &str) -> PathBuf {
        self.dir.join(format!("{crate_name}.json"))
    }
}

/// Every file at `path` (itself, or everything under a folder).
fn list_files(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if !path.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    for entry in std::fs::read_dir(path)? {
        list_files(&entry?.path(), out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_tell_contents_apart() {
        assert_eq!(Fingerprint::of(b"abc"), Fingerprint::of(b"abc"));
        assert_ne!(Fingerprint::of(b"abc"), Fingerprint::of(b"abd"));
        assert_ne!(Fingerprint::of(b"abc"), Fingerprint::of(b"abc "));
    }
}
