//! `regen` with a cache renders only what changed: a service is reused when its documents,
//! the generator and its outputs on disk are as the last run left them, and built again
//! (rewriting its files) as soon as any of them differs.

use std::path::{Path, PathBuf};

use docsdk_pipeline::{RegenCache, RegenOptions, RegenReport, regen};

/// A workspace of two SCP services read from two copies of one seed document.
fn workspace(name: &str) -> PathBuf {
    let root =
        std::env::temp_dir().join(format!("docsdk-incremental-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("spec/docs")).unwrap();
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/docs/002_d08617caa93a34a7.txt");
    for copy in ["a.txt", "b.txt"] {
        std::fs::copy(&seed, root.join("spec/docs").join(copy)).unwrap();
    }
    let entry = |crate_name: &str, source: &str| {
        format!(
            "[[crate]]\nname = \"{crate_name}\"\nprovider = \"scp\"\nservice = \"AI&MLOps Platform\"\nsources = [\"{source}\"]\n"
        )
    };
    std::fs::write(
        root.join("spec/manifest.toml"),
        entry("scp-a", "a.txt") + &entry("scp-b", "b.txt"),
    )
    .unwrap();
    root
}

fn run(root: &Path, check: bool) -> RegenReport {
    let options = RegenOptions {
        check,
        spec_only: false,
        cache: RegenCache::open(&root.join("target/docsdk-regen")),
    };
    regen(root, options).unwrap()
}

fn reused(report: &RegenReport) -> Vec<&str> {
    report
        .services
        .iter()
        .filter(|s| s.reused)
        .map(|s| s.name.as_str())
        .collect()
}

#[test]
fn an_unchanged_service_is_reused_and_a_changed_one_is_built() {
    let root = workspace("reuse");
    let first = run(&root, false);
    assert!(reused(&first).is_empty());
    assert!(
        !first.changed.is_empty(),
        "the first run writes both crates"
    );

    let second = run(&root, true);
    assert_eq!(reused(&second), ["scp-a", "scp-b"]);
    assert!(second.changed.is_empty());
    assert!(second.built.is_empty());
    // A reused service reports what its build reported.
    let (a, built_a) = (&second.services[0], &first.services[0]);
    assert_eq!(
        (
            a.operations,
            a.models,
            &a.versions,
            a.warnings,
            &a.diagnostics
        ),
        (
            built_a.operations,
            built_a.models,
            &built_a.versions,
            built_a.warnings,
            &built_a.diagnostics
        )
    );

    // An edited document: only its service is built again.
    let doc = root.join("spec/docs/b.txt");
    let text = std::fs::read_to_string(&doc).unwrap();
    std::fs::write(&doc, format!("{text}\n")).unwrap();
    let third = run(&root, true);
    assert_eq!(reused(&third), ["scp-a"]);
    // One record per service: going back is a change too, then it is reused again.
    std::fs::write(&doc, text).unwrap();
    assert_eq!(reused(&run(&root, true)), ["scp-a"]);
    assert_eq!(reused(&run(&root, true)), ["scp-a", "scp-b"]);
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_hand_edited_or_deleted_output_is_noticed_and_rewritten() {
    let root = workspace("edited");
    run(&root, false);
    let lib = root.join("generated/scp-a/src/lib.rs");
    let original = std::fs::read_to_string(&lib).unwrap();
    std::fs::write(&lib, format!("{original}// edited by hand\n")).unwrap();
    std::fs::remove_file(root.join("generated/scp-b/Cargo.toml")).unwrap();

    let check = run(&root, true);
    assert!(reused(&check).is_empty());
    let stale: Vec<String> = check.changed.iter().map(|f| f.to_string()).collect();
    assert_eq!(
        stale,
        [
            "generated/scp-a/src/lib.rs (changed)",
            "generated/scp-b/Cargo.toml (missing)"
        ]
    );

    // A stray file in a reused crate's folder is still not regen's.
    run(&root, false);
    std::fs::write(root.join("generated/scp-a/src/stray.rs"), "").unwrap();
    let check = run(&root, true);
    assert_eq!(reused(&check), ["scp-a", "scp-b"]);
    let stale: Vec<String> = check.changed.iter().map(|f| f.to_string()).collect();
    assert_eq!(stale, ["generated/scp-a/src/stray.rs (not generated)"]);

    run(&root, false);
    assert_eq!(std::fs::read_to_string(&lib).unwrap(), original);
    assert!(!root.join("generated/scp-a/src/stray.rs").exists());
    assert!(run(&root, true).changed.is_empty());
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn without_a_cache_every_service_is_built() {
    let root = workspace("no-cache");
    run(&root, false);
    let report = regen(
        &root,
        RegenOptions {
            check: true,
            ..RegenOptions::default()
        },
    )
    .unwrap();
    assert!(reused(&report).is_empty());
    assert_eq!(report.built.len(), 2);
    assert!(report.changed.is_empty());
    std::fs::remove_dir_all(&root).unwrap();
}

/// Reads and builds share one pool: a source that cannot be read fails the run with the read's
/// own error (its path), not a build error, even while the other service is built; and two
/// crates whose builds wait on one shared read are both built, in manifest order.
#[test]
fn a_missing_source_fails_regen_with_its_path_and_crates_sharing_a_read_both_build() {
    let root = workspace("missing");
    let manifest = std::fs::read_to_string(root.join("spec/manifest.toml")).unwrap();
    std::fs::write(
        root.join("spec/manifest.toml"),
        manifest.replace("sources = [\"b.txt\"]", "sources = [\"gone.txt\"]"),
    )
    .unwrap();
    let options = RegenOptions {
        check: false,
        spec_only: false,
        cache: None,
    };
    let err = regen(&root, options).unwrap_err().to_string();
    assert!(err.contains("gone.txt"), "{err}");

    std::fs::write(
        root.join("spec/manifest.toml"),
        manifest.replace("sources = [\"b.txt\"]", "sources = [\"a.txt\"]"),
    )
    .unwrap();
    let report = run(&root, false);
    let names: Vec<&str> = report.built.iter().map(String::as_str).collect();
    assert_eq!(names, ["scp-a", "scp-b"], "builds keep manifest order");
    let _ = std::fs::remove_dir_all(&root);
}

/// Sets the modification time of every file under `dir` an hour back, as if the files had
/// been written long before the run (a stamp is trusted only once its file has settled).
fn age(dir: &Path) {
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            age(&path);
        } else {
            let file = std::fs::File::options().append(true).open(&path).unwrap();
            file.set_modified(hour_ago).unwrap();
        }
    }
}

/// A record keeps each file's metadata next to its hash so that an unchanged file is not read
/// again; an edit that keeps the length and puts the modification time back is still a
/// change (on Unix the inode's change time moves with any write).
#[cfg(unix)]
#[test]
fn an_edit_that_keeps_length_and_modification_time_is_still_noticed() {
    let root = workspace("stamps");
    run(&root, false);
    for dir in ["spec", "generated"] {
        age(&root.join(dir));
    }
    // The first run stamps the aged files, the second trusts the stamps.
    assert_eq!(reused(&run(&root, true)), ["scp-a", "scp-b"]);
    assert_eq!(reused(&run(&root, true)), ["scp-a", "scp-b"]);

    let doc = root.join("spec/docs/b.txt");
    let modified = std::fs::metadata(&doc).unwrap().modified().unwrap();
    let mut bytes = std::fs::read(&doc).unwrap();
    let last = bytes.iter().rposition(|b| b.is_ascii_alphabetic()).unwrap();
    bytes[last] = if bytes[last] == b'x' { b'y' } else { b'x' };
    std::fs::write(&doc, &bytes).unwrap();
    let file = std::fs::File::options().append(true).open(&doc).unwrap();
    file.set_modified(modified).unwrap();
    assert_eq!(
        std::fs::metadata(&doc).unwrap().modified().unwrap(),
        modified
    );
    assert_eq!(reused(&run(&root, true)), ["scp-a"]);

    // The same for an output: a hand edit of the same length is rewritten.
    run(&root, false);
    age(&root.join("generated"));
    run(&root, true);
    let lib = root.join("generated/scp-a/src/lib.rs");
    let modified = std::fs::metadata(&lib).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&lib).unwrap();
    std::fs::write(&lib, text.replacen("//!", "//?", 1)).unwrap();
    let file = std::fs::File::options().append(true).open(&lib).unwrap();
    file.set_modified(modified).unwrap();
    let check = run(&root, true);
    let stale: Vec<String> = check.changed.iter().map(|f| f.to_string()).collect();
    assert_eq!(stale, ["generated/scp-a/src/lib.rs (changed)"]);
    std::fs::remove_dir_all(&root).unwrap();
}
