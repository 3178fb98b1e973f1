//! `cargo xtask bench`: the figures the README quotes, measured on this machine.
//!
//! - readers: throughput of each input read (best of several runs);
//! - regen: the whole pipeline without writing (best of several runs);
//! - per generated crate: lines of Rust (src/ and tests/), render time, crate-only rebuild time (after touching
//!   its `lib.rs`, dependencies already built) and the number of packages it depends on.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use docsdk_pipeline::{Manifest, RegenOptions, SourceCache, assemble_service, layout};

const RUNS: usize = 5;

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed());
        last = Some(value);
    }
    (best, last.expect("at least one run"))
}

pub fn run(root: &Path, args: &[String]) -> Result<bool, String> {
    let manifest = Manifest::load(&root.join(layout::MANIFEST)).map_err(|e| e.to_string())?;
    let docs = root.join(layout::DOCS);

    println!("## Readers (best of {RUNS} runs, dev profile as `cargo xtask` runs them)");
    println!("| input | format | bytes | time (ms) | MB/s |");
    println!("|---|---|---:|---:|---:|");
    let mut best: std::collections::BTreeMap<String, (String, usize, Duration)> =
        Default::default();
    let mut cache = None;
    for _ in 0..RUNS {
        let read = SourceCache::read_all(&docs, &manifest).map_err(|e| e.to_string())?;
        for (name, doc) in read.reads() {
            let entry = best.entry(name.to_owned()).or_insert((
                doc.format.to_string(),
                doc.bytes,
                Duration::MAX,
            ));
            entry.2 = entry.2.min(doc.elapsed);
        }
        cache = Some(read);
    }
    let cache = cache.expect("at least one run");
    for (name, (format, bytes, time)) in &best {
        println!(
            "| {name} | {format} | {bytes} | {:.1} | {:.1} |",
            time.as_secs_f64() * 1000.0,
            *bytes as f64 / 1e6 / time.as_secs_f64()
        );
    }
    println!();

    let (regen_time, report) = best_of(RUNS, || {
        docsdk_pipeline::regen(
            root,
            RegenOptions {
                check: true,
                spec_only: false,
            },
        )
    });
    let report = report.map_err(|e| e.to_string())?;
    println!(
        "regen of {} services (read, assemble, render, compare; no build): {:.1} ms",
        report.services.len(),
        regen_time.as_secs_f64() * 1000.0
    );
    println!();

    println!("## Generated crates");
    println!(
        "| crate | ops | lines in src/ | lines in tests/ | render (ms) | crate-only rebuild (s) | packages in tree |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for entry in &manifest.crates {
        if !args.is_empty() && !args.contains(&entry.name) {
            continue;
        }
        let service = assemble_service(entry, &cache, &docs, false).map_err(|e| e.to_string())?;
        let (render_time, rendered) = best_of(RUNS, || {
            docsdk_pipeline::render(&entry.name, &service.documents, "../../crates/runtime")
        });
        let rendered = rendered.map_err(|e| e.to_string())?;
        let lines = |dir: &str| -> usize {
            rendered
                .files
                .iter()
                .filter(|f| {
                    f.path.starts_with(dir) && f.path.extension().is_some_and(|e| e == "rs")
                })
                .map(|f| f.contents.lines().count())
                .sum()
        };
        let (src_lines, test_lines) = (lines("src"), lines("tests"));
        let rebuild = rebuild_time(root, &entry.name)?;
        let packages = package_count(root, &entry.name)?;
        println!(
            "| {} | {} | {} | {} | {:.2} | {:.2} | {} |",
            entry.name,
            service.operation_count(),
            src_lines,
            test_lines,
            render_time.as_secs_f64() * 1000.0,
            rebuild.as_secs_f64(),
            packages
        );
    }
    Ok(true)
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
}

/// Builds the crate once (dependencies), then touches its `lib.rs` and times the rebuild of
/// the crate alone.
fn rebuild_time(root: &Path, name: &str) -> Result<Duration, String> {
    let build = || {
        cargo()
            .current_dir(root)
            .args(["build", "--quiet", "-p", name])
            .status()
            .map_err(|e| format!("cargo build -p {name}: {e}"))
    };
    if !build()?.success() {
        return Err(format!("cargo build -p {name} failed"));
    }
    let lib = root.join(layout::GENERATED).join(name).join("src/lib.rs");
    let text = std::fs::read(&lib).map_err(|e| format!("{}: {e}", lib.display()))?;
    let mut best = Duration::MAX;
    for _ in 0..3 {
        // Rewriting the same bytes bumps the modification time, which is what cargo checks.
        std::fs::write(&lib, &text).map_err(|e| format!("{}: {e}", lib.display()))?;
        let start = Instant::now();
        if !build()?.success() {
            return Err(format!("cargo build -p {name} failed"));
        }
        best = best.min(start.elapsed());
    }
    Ok(best)
}

/// Distinct packages in the crate's normal dependency tree, itself included.
fn package_count(root: &Path, name: &str) -> Result<usize, String> {
    let out = cargo()
        .current_dir(root)
        .args([
            "tree",
            "--quiet",
            "-p",
            name,
            "-e",
            "normal",
            "--prefix",
            "none",
            "--no-dedupe",
        ])
        .output()
        .map_err(|e| format!("cargo tree -p {name}: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut packages: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split(" (").next())
        .filter(|l| !l.is_empty())
        .collect();
    packages.sort();
    packages.dedup();
    Ok(packages.len())
}
