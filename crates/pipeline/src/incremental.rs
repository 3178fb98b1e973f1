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
//! Hashing every input and output read as many bytes as the readers do (most of a run in
//! which nothing changed), so a record also keeps each file's [`Stamp`]: its hash, and what
//! its metadata said when it was hashed. A file whose metadata is unchanged since is not read
//! again, as git's index and cargo's fingerprints do; on Unix the stamp includes the inode
//! and the change time, which no editor, checkout or copy can keep. A record whose files had
//! to be hashed again is rewritten with their new stamps when the service is reused.
//!
//! Anything missing or unreadable is a miss, never an error: the cache can only make a run
//! faster, not different. Hashes are the standard library's SipHash; a collision would need
//! equal lengths and 64 equal bits, and a toolchain change that alters the hash only costs one
//! full run.

use std::collections::{BTreeMap, HashMap};
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

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
    /// Inputs and outputs as they were when last hashed, by the path they were read at (a
    /// hash map: thousands of paths compared component by component in a B-tree were most
    /// of the time of a run in which nothing changed).
    #[serde(default)]
    stamps: HashMap<PathBuf, Stamp>,
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

/// A file's fingerprint, with its metadata when it was hashed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stamp {
    fingerprint: Fingerprint,
    /// `None` when the metadata could not be read or expressed: such a stamp is never trusted.
    meta: Option<FileMeta>,
    /// When the bytes were read (nanoseconds since the Unix epoch; 0 when the clock is not
    /// after it, which makes the stamp untrusted).
    hashed_at: u128,
}

/// What a file's metadata says about its contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct FileMeta {
    len: u64,
    /// Modification time (nanoseconds since the Unix epoch).
    modified: u128,
    /// Inode change time (nanoseconds since the Unix epoch; 0 where there is none).
    changed: u128,
    /// Inode number (0 where there is none).
    inode: u64,
}

/// How long after its modification time a file's stamp is trusted: a write within the same
/// tick of the file system's clock as the hash would leave the same modification time.
const SETTLED: Duration = Duration::from_secs(1);

impl FileMeta {
    /// The metadata of the file at `path`; `None` when it cannot be read, or a time is before
    /// the Unix epoch.
    fn of(path: &Path) -> Option<FileMeta> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let (changed, inode) = {
            use std::os::unix::fs::MetadataExt;
            let changed = u128::try_from(meta.ctime()).ok()? * 1_000_000_000
                + u128::try_from(meta.ctime_nsec()).ok()?;
            (changed, meta.ino())
        };
        #[cfg(not(unix))]
        let (changed, inode) = (0, 0);
        Some(FileMeta {
            len: meta.len(),
            modified: nanos(meta.modified().ok()?)?,
            changed,
            inode,
        })
    }
}

fn nanos(time: SystemTime) -> Option<u128> {
    Some(time.duration_since(SystemTime::UNIX_EPOCH).ok()?.as_nanos())
}

impl Stamp {
    /// The stamp of the file at `path`: `known` when the file's metadata is as `known` saw it
    /// and the file had settled before it was hashed, otherwise hashed now.
    fn of(path: &Path, known: Option<&Stamp>) -> Option<Stamp> {
        let meta = FileMeta::of(path);
        let holds = |k: &&Stamp| match (k.meta, meta) {
            (Some(then), Some(now)) => {
                then == now && then.modified + SETTLED.as_nanos() <= k.hashed_at
            }
            _ => false,
        };
        if let Some(known) = known.filter(holds) {
            return Some(*known);
        }
        let hashed_at = nanos(SystemTime::now()).unwrap_or(0);
        let bytes = std::fs::read(path).ok()?;
        Some(Stamp {
            fingerprint: Fingerprint::of(&bytes),
            // The metadata read before the bytes: a write in between makes the next run hash
            // the file again, never trust a stamp of older bytes.
            meta,
            hashed_at,
        })
    }
}

/// What the cache knows of one service before this run builds anything.
#[derive(Debug, Default)]
pub(crate) struct Lookup {
    /// The key of its inputs, when there is a cache and its sources could be read.
    pub(crate) key: Option<String>,
    /// The last run's record, when the service can be reused.
    pub(crate) record: Option<Record>,
    /// The stamps of its inputs, for the record of this run's build (empty once the service
    /// is reused: they are in [`Lookup::record`] then).
    stamps: HashMap<PathBuf, Stamp>,
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

    /// Looks `entry` up: the key of its inputs (sources in `docs`, the run's `spec_only`) and
    /// the last run's record when it was built from that key and its outputs under `root` are
    /// untouched since.
    pub(crate) fn lookup(
        &self,
        root: &Path,
        entry: &CrateEntry,
        docs: &Path,
        spec_only: bool,
    ) -> Lookup {
        let last: Option<Record> = std::fs::read(self.record_path(&entry.name))
            .ok()
            .and_then(|text| serde_json::from_slice(&text).ok());
        let known = last.as_ref().map(|r| &r.stamps);
        let Some((key, stamps)) = self.key(entry, docs, spec_only, known) else {
            return Lookup::default();
        };
        let mut lookup = Lookup {
            key: Some(key),
            record: None,
            stamps,
        };
        let Some(mut record) = last.filter(|r| Some(&r.key) == lookup.key.as_ref()) else {
            return lookup;
        };
        let mut outputs = Vec::with_capacity(record.outputs.len());
        for (path, recorded) in &record.outputs {
            let path = root.join(path);
            match Stamp::of(&path, record.stamps.get(&path)) {
                Some(stamp) if stamp.fingerprint == *recorded => outputs.push((path, stamp)),
                _ => return lookup,
            }
        }
        // Reused: the inputs' stamps go to the record (only a build stores them from here).
        let mut stamps = std::mem::take(&mut lookup.stamps);
        stamps.extend(outputs);
        if stamps != record.stamps {
            record.stamps = stamps;
            self.write(&record);
        }
        lookup.record = Some(record);
        lookup
    }

    /// The key of `entry`'s inputs, with their stamps: the generator, the entry, `spec_only`
    /// and every file under its sources in `docs` (a missing source gives no key: the run
    /// reports it). Files are hashed unless `known` has a stamp that still holds.
    fn key(
        &self,
        entry: &CrateEntry,
        docs: &Path,
        spec_only: bool,
        known: Option<&HashMap<PathBuf, Stamp>>,
    ) -> Option<(String, HashMap<PathBuf, Stamp>)> {
        let mut hasher = DefaultHasher::new();
        hasher.write_u64(self.generator);
        hasher.write(format!("{entry:?}").as_bytes());
        hasher.write_u8(u8::from(spec_only));
        let mut stamps = HashMap::new();
        for source in &entry.sources {
            let mut files = Vec::new();
            list_files(&docs.join(source), &mut files).ok()?;
            // By bytes, not path components: the same fixed order, at a fraction of the cost.
            files.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
            for file in files {
                let stamp = Stamp::of(&file, known.and_then(|k| k.get(&file)))?;
                hasher.write(file.as_os_str().as_encoded_bytes());
                hasher.write_u64(stamp.fingerprint.len);
                hasher.write_u64(stamp.fingerprint.hash);
                stamps.insert(file, stamp);
            }
        }
        Some((format!("{:016x}", hasher.finish()), stamps))
    }

    /// Records a service built from the inputs `lookup` found, with the files it produced.
    /// Their stamps are taken by the next run that reuses it. A record that cannot be written
    /// only costs the next run time, so failures are ignored.
    pub(crate) fn store(
        &self,
        lookup: Lookup,
        summary: ServiceSummary,
        outputs: BTreeMap<PathBuf, Fingerprint>,
    ) {
        let Some(key) = lookup.key else {
            return;
        };
        self.write(&Record {
            key,
            summary,
            outputs,
            stamps: lookup.stamps,
        });
    }

    fn write(&self, record: &Record) {
        let path = self.record_path(&record.summary.name);
        let Ok(json) = serde_json::to_vec(record) else {
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
    if path.is_dir() {
        list_dir(path, out)
    } else {
        out.push(path.to_path_buf());
        Ok(())
    }
}

/// Every file under the folder `dir` (the entries' own types: no second look at each file).
fn list_dir(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            list_dir(&entry.path(), out)?;
        } else {
            out.push(entry.path());
        }
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
