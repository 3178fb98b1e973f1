//! `cargo xtask bench`: the figures the README quotes, measured on this machine.
//!
//! - regen: the whole pipeline as `regen --check` runs it, in process and as a whole process
//!   (best of several runs);
//! - side by side: the crate-only rebuild (after touching `lib.rs`, dependencies already
//!   built) of a generated crate and of progenitor's client for the same spec, each in a
//!   workspace of its own under `target/bench/`; ours is copied out with the runtime, the
//!   project's `Cargo.lock` and dev profile, progenitor's gets its own dependencies and the same
//!   dev profile; and each crate's first, non-incremental build after `cargo clean -p` (what a
//!   user pays once for the crate as a dependency); best of several runs, the two crates
//!   taking turns. Progenitor's rows are skipped, saying so, when `cargo-progenitor` is not
//!   installed;
//! - readers: throughput of each input read (best of several runs);
//! - per generated crate named on the command line (`all` for every one): lines of Rust (src/
//!   and tests/), render time, crate-only rebuild time in this workspace and the number of
//!   packages it depends on.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
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

/// Best of `runs` times of `run(i)` for every `i < count`, taken in turns run by run so that a
/// slow spell of the machine falls on each alike; `before(i)` runs ahead of each, untimed.
fn best_in_turns(
    runs: usize,
    count: usize,
    mut before: impl FnMut(usize) -> Result<(), String>,
    mut run: impl FnMut(usize) -> Result<(), String>,
) -> Result<Vec<Duration>, String> {
    let mut best = vec![Duration::MAX; count];
    for _ in 0..runs {
        for (i, best) in best.iter_mut().enumerate() {
            before(i)?;
            let start = Instant::now();
            run(i)?;
            *best = (*best).min(start.elapsed());
        }
    }
    Ok(best)
}

/// The generated crate compared with progenitor's client, and the large one timed per
/// operation.
const SIDE_BY_SIDE: &str = "scp-event-streams";
const PER_OPERATION: &str = "otc-modelarts";

pub fn run(root: &Path, args: &[String]) -> Result<bool, String> {
    let manifest = Manifest::load(&root.join(layout::MANIFEST)).map_err(|e| e.to_string())?;
    let docs = root.join(layout::DOCS);

    regen_times(root)?;
    // `bench regen`: only the regen table, for iterating on regen's speed.
    if args.iter().any(|a| a == "regen") {
        return Ok(true);
    }
    side_by_side(root, &manifest)?;

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

    if args.is_empty() {
        return Ok(true);
    }
    println!("## Generated crates (crate-only rebuild in this workspace)");
    println!(
        "| crate | ops | lines in src/ | lines in tests/ | render (ms) | crate-only rebuild (s) | packages in tree |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for entry in &manifest.crates {
        if !args.iter().any(|a| a == "all" || *a == entry.name) {
            continue;
        }
        let service = assemble_service(entry, &cache, &docs, false).map_err(|e| e.to_string())?;
        let (render_time, rendered) = best_of(RUNS, || {
            docsdk_pipeline::render(
                &entry.name,
                &service.documents,
                &docsdk_pipeline::RuntimePaths::in_workspace(),
            )
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

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// `regen --check` in process (the library call) and as a whole process (this binary, and
/// through `cargo xtask`, which adds cargo's own start and freshness check), three ways:
/// every service built (`--no-cache`: a fresh clone, or a changed reader or template), nothing
/// changed since the last run, and one service's documents changed (the largest one, made
/// stale by removing its record before each run).
fn regen_times(root: &Path) -> Result<(), String> {
    let cache_dir = crate::regen_cache_dir(root);
    let options = |cache: bool| RegenOptions {
        check: true,
        spec_only: false,
        cache: if cache {
            docsdk_pipeline::RegenCache::open(&cache_dir)
        } else {
            None
        },
    };
    let exe = std::env::current_exe().map_err(|e| format!("this executable: {e}"))?;
    let binary = |args: &[&str]| -> Result<(), String> {
        let status = Command::new(&exe)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| format!("running regen: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`xtask {}` failed", args.join(" ")))
        }
    };
    let in_process = |cache: bool| {
        docsdk_pipeline::regen(root, options(cache))
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    // An untimed first run checks that the tree is fresh (a stale one would time writing it
    // and make `--check` fail).
    let first = docsdk_pipeline::regen(root, options(false)).map_err(|e| e.to_string())?;
    if !first.changed.is_empty() {
        return Err("spec/ or generated/ is stale: run `cargo xtask regen` first".to_owned());
    }
    // In process (0) and as a whole process (1), in turns.
    let pair = |before: &dyn Fn(),
                in_process: &mut dyn FnMut() -> Result<(), String>,
                args: &[&str]|
     -> Result<(Duration, Duration), String> {
        let best = best_in_turns(
            RUNS,
            2,
            |_| {
                before();
                Ok(())
            },
            |i| if i == 0 { in_process() } else { binary(args) },
        )?;
        Ok((best[0], best[1]))
    };
    let nothing = &|| {};
    // The phases printed below are those of the fastest timed run.
    let mut fastest = first;
    let (cold, cold_whole) = pair(
        nothing,
        &mut || {
            let report = docsdk_pipeline::regen(root, options(false)).map_err(|e| e.to_string())?;
            if report.elapsed < fastest.elapsed {
                fastest = report;
            }
            Ok(())
        },
        &["regen", "--check", "--no-cache"],
    )?;
    // The first cached run records every service; the ones timed reuse them (the binary and
    // this process are the same executable, so they share the records).
    in_process(true)?;
    let (unchanged, unchanged_whole) =
        pair(nothing, &mut || in_process(true), &["regen", "--check"])?;
    let forget = &|| {
        let _ = std::fs::remove_file(cache_dir.join(format!("{PER_OPERATION}.json")));
    };
    let (one_changed, one_changed_whole) =
        pair(forget, &mut || in_process(true), &["regen", "--check"])?;
    let rows = [
        ("every service built (`--no-cache`)", cold, cold_whole),
        (
            "nothing changed since the last run",
            unchanged,
            unchanged_whole,
        ),
        (
            "one service changed (`otc-modelarts`, the largest)",
            one_changed,
            one_changed_whole,
        ),
    ];
    let mut via_cargo = cargo();
    via_cargo
        .current_dir(root)
        .args(["xtask", "regen", "--check"])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let (via_cargo, status) = best_of(RUNS, || via_cargo.status());
    status.map_err(|e| format!("running cargo xtask regen: {e}"))?;
    let p = fastest.phases;
    println!(
        "## Regen of {} services (best of {RUNS} runs, `regen --check`, binary already built)",
        fastest.services.len()
    );
    println!("| run | in process (ms) | whole process, `target/debug/xtask` (ms) |");
    println!("|---|---:|---:|");
    for (what, in_process, whole) in rows {
        println!("| {what} | {:.0} | {:.0} |", ms(in_process), ms(whole));
    }
    println!(
        "(`cargo xtask regen --check`, nothing changed, with cargo's own start: {:.0} ms; \
         every service built, by phase: read (builds run meanwhile) {:.0} ms, rest of assemble+render {:.0} ms, \
         compare {:.0} ms)",
        ms(via_cargo),
        ms(p.read),
        ms(p.assemble),
        ms(p.compare),
    );
    println!();
    Ok(())
}

/// Lines of the `.rs` files under `dir`.
fn rust_lines(dir: &Path) -> usize {
    let mut total = 0;
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                total += rust_lines(&path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                total += std::fs::read_to_string(&path).map_or(0, |t| t.lines().count());
            }
        }
    }
    total
}

/// Copies `from` into `to`, leaving out build output.
fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if entry.file_name() == "target" {
            continue;
        }
        if src.is_dir() {
            copy_dir(&src, &dst)?;
        } else {
            std::fs::copy(&src, &dst).map_err(|e| format!("{}: {e}", src.display()))?;
        }
    }
    Ok(())
}

/// The root manifest's `[profile.*]` tables, so that a workspace of its own builds with the
/// project's dev profile.
fn profiles(root: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| e.to_string())?;
    Ok(text
        .find("\n[profile.")
        .map_or_else(String::new, |at| text[at..].to_owned()))
}

/// A workspace of its own for generated crate `name`: the crate and the runtime crates at the
/// paths they have here (the transport only for the crate's tests), the root manifest with
/// those members, and the project's lock file.
fn our_workspace(root: &Path, bench: &Path, name: &str) -> Result<PathBuf, String> {
    let ws = bench.join(format!("ours-{name}"));
    let _ = std::fs::remove_dir_all(ws.join("generated"));
    let _ = std::fs::remove_dir_all(ws.join("crates"));
    copy_dir(
        &root.join(layout::RUNTIME_API),
        &ws.join(layout::RUNTIME_API),
    )?;
    copy_dir(&root.join(layout::RUNTIME), &ws.join(layout::RUNTIME))?;
    copy_dir(
        &root.join(layout::GENERATED).join(name),
        &ws.join(layout::GENERATED).join(name),
    )?;
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let start = manifest
        .find("members = [")
        .ok_or("root Cargo.toml: no `members = [`")?;
    let end = start
        + manifest[start..]
            .find(']')
            .ok_or("root Cargo.toml: unterminated members")?;
    let manifest = format!(
        "{}members = [\"{}\", \"{}\", \"{}/{name}\"{}",
        &manifest[..start],
        layout::RUNTIME_API,
        layout::RUNTIME,
        layout::GENERATED,
        &manifest[end..]
    );
    std::fs::write(ws.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    std::fs::copy(root.join("Cargo.lock"), ws.join("Cargo.lock")).map_err(|e| e.to_string())?;
    Ok(ws)
}

fn progenitor_installed() -> bool {
    cargo()
        .args(["progenitor", "--help"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Progenitor's client for one emitted spec file (lowered to OpenAPI 3.0, which is what
/// progenitor reads), in a workspace of its own with the project's dev profile. `Err` when
/// progenitor refuses the spec.
fn progenitor_workspace(
    root: &Path,
    bench: &Path,
    name: &str,
    spec: &Path,
) -> Result<PathBuf, String> {
    let text = std::fs::read_to_string(spec).map_err(|e| format!("{}: {e}", spec.display()))?;
    let mut doc: serde_json::Value =
        serde_norway::from_str(&text).map_err(|e| format!("{}: {e}", spec.display()))?;
    crate::lower::to_openapi_3_0(&mut doc);
    let ws = bench.join(format!("progenitor-{name}"));
    let _ = std::fs::remove_dir_all(ws.join("src"));
    std::fs::create_dir_all(bench).map_err(|e| e.to_string())?;
    let lowered = bench.join(format!("{name}.openapi-3.0.json"));
    std::fs::write(
        &lowered,
        serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let out = cargo()
        .args(["progenitor", "--interface", "builder", "-i"])
        .arg(&lowered)
        .arg("-o")
        .arg(&ws)
        .args(["-n", &progenitor_package(name), "-v", "0.1.0"])
        .output()
        .map_err(|e| format!("cargo progenitor: {e}"))?;
    if !out.status.success() {
        let message = String::from_utf8_lossy(&out.stderr);
        return Err(message.lines().last().unwrap_or("failed").to_owned());
    }
    let manifest_path = ws.join("Cargo.toml");
    let mut manifest = std::fs::read_to_string(&manifest_path).map_err(|e| e.to_string())?;
    if !manifest.contains("[workspace]") {
        manifest.push_str("\n[workspace]\n");
        manifest.push_str(&profiles(root)?);
        std::fs::write(&manifest_path, manifest).map_err(|e| e.to_string())?;
    }
    Ok(ws)
}

/// Build times of one workspace's crate.
struct Rebuild {
    /// Rebuilt after touching `lib.rs` (incremental, dependencies built): a developer's loop.
    crate_only: Duration,
    /// The same with an empty `lib.rs` (the same dependencies: what cargo and rustc cost for
    /// any crate, the floor no generator goes below).
    floor: Duration,
    /// Built from nothing without incremental compilation, dependencies built: what a user
    /// pays once when the crate is a dependency (cargo compiles dependencies that way).
    first_build: Duration,
}

impl Rebuild {
    /// The part of the rebuild the generated code costs.
    fn above_floor(&self) -> Duration {
        self.crate_only.saturating_sub(self.floor)
    }
}

/// Runs `cargo <args>` in the workspace `ws` (its own target folder), with `incremental`
/// compilation on or off.
fn cargo_in(ws: &Path, args: &[&str], incremental: bool) -> Result<(), String> {
    let out = cargo()
        .current_dir(ws)
        .env("CARGO_TARGET_DIR", ws.join("target"))
        .env("CARGO_INCREMENTAL", if incremental { "1" } else { "0" })
        .args(args)
        .output()
        .map_err(|e| format!("cargo {} in {}: {e}", args.join(" "), ws.display()))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "cargo {} in {} failed:\n{}",
            args.join(" "),
            ws.display(),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// The package name of progenitor's client for our crate `name`.
fn progenitor_package(name: &str) -> String {
    format!("{name}-progenitor")
}

/// Timed runs of each kind of build, best taken.
const REBUILD_RUNS: usize = 5;

/// A crate's workspace being timed: the workspace, the package, its `lib.rs` and that file's
/// text.
struct Timed {
    ws: PathBuf,
    package: String,
    lib: PathBuf,
    text: Vec<u8>,
}

impl Timed {
    fn new(ws: PathBuf, package: &str) -> Result<Timed, String> {
        let lib = find_lib(&ws).ok_or_else(|| format!("{}: no src/lib.rs", ws.display()))?;
        let text = std::fs::read(&lib).map_err(|e| format!("{}: {e}", lib.display()))?;
        Ok(Timed {
            ws,
            package: package.to_owned(),
            lib,
            text,
        })
    }

    fn write_lib(&self, contents: &[u8]) -> Result<(), String> {
        std::fs::write(&self.lib, contents).map_err(|e| format!("{}: {e}", self.lib.display()))
    }

    /// `cargo build -p` the crate: what cargo does when the crate changes (its dependencies
    /// built), and nothing else of the workspace.
    fn build(&self, incremental: bool) -> Result<(), String> {
        cargo_in(
            &self.ws,
            &["build", "--quiet", "-p", &self.package],
            incremental,
        )
    }
}

/// Times every crate's builds (see [`Rebuild`]), best of [`REBUILD_RUNS`] each. The crates
/// take turns run by run, so that a slow spell of the machine (this VM's speed drifts by 10
/// to 20 %) falls on each of them alike instead of on whichever was timed during it.
fn rebuilds(crates: &[Timed]) -> Result<Vec<Rebuild>, String> {
    let crate_only = touch_rebuilds(crates, |t| &t.text)?;
    // Other modules of the crate are left on disk but, unreferenced, are not compiled.
    let floor = touch_rebuilds(crates, |_| {
        b"//! Empty: the floor of a crate-only rebuild.\n"
    });
    for t in crates {
        t.write_lib(&t.text)?;
    }
    let floor = floor?;
    // The first build also rebuilds the workspace's other members without incremental
    // compilation (its setting is part of their fingerprint), so it is not timed.
    for t in crates {
        t.build(false)?;
    }
    let first_build = best_in_turns(
        REBUILD_RUNS,
        crates.len(),
        |i| {
            cargo_in(
                &crates[i].ws,
                &["clean", "--quiet", "-p", &crates[i].package],
                false,
            )
        },
        |i| crates[i].build(false),
    )?;
    Ok(crate_only
        .into_iter()
        .zip(floor)
        .zip(first_build)
        .map(|((crate_only, floor), first_build)| Rebuild {
            crate_only,
            floor,
            first_build,
        })
        .collect())
}

/// Each crate rebuilt after its `lib.rs` is rewritten with `contents` (which bumps the
/// modification time cargo checks), dependencies built, crates taking turns; best per crate.
fn touch_rebuilds<'a>(
    crates: &'a [Timed],
    contents: impl Fn(&'a Timed) -> &'a [u8],
) -> Result<Vec<Duration>, String> {
    for t in crates {
        t.write_lib(contents(t))?;
        t.build(true)?;
    }
    best_in_turns(
        REBUILD_RUNS,
        crates.len(),
        |i| crates[i].write_lib(contents(&crates[i])),
        |i| crates[i].build(true),
    )
}

/// The `lib.rs` of the workspace's crate (ours sits under `generated/`, progenitor's at the
/// top).
fn find_lib(ws: &Path) -> Option<PathBuf> {
    let top = ws.join("src/lib.rs");
    if top.exists() {
        return Some(top);
    }
    let generated = ws.join(layout::GENERATED);
    std::fs::read_dir(generated)
        .ok()?
        .flatten()
        .map(|e| e.path().join("src/lib.rs"))
        .find(|p| p.exists())
}

/// Operations (method and path pairs) of a spec file.
fn spec_operations(spec: &Path) -> usize {
    std::fs::read_to_string(spec)
        .ok()
        .and_then(|t| docsdk_spec::from_yaml(&t).ok())
        .map_or(0, |d| d.operations().count())
}

fn side_by_side(root: &Path, manifest: &Manifest) -> Result<(), String> {
    let bench = root.join("target/bench");
    let progenitor = progenitor_installed();
    println!(
        "## Side by side: crate-only rebuild after touching lib.rs, dependencies built, each crate in a workspace of its own"
    );
    if !progenitor {
        println!(
            "(cargo-progenitor is not installed: its rows are skipped; `cargo install cargo-progenitor --locked` adds them)"
        );
    }
    println!(
        "| crate | generator | ops | lines in src/ | rebuild (s) | empty lib.rs (s) | above that (s) | per op (ms) | first build as a dependency (s) | ours / progenitor |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for name in [SIDE_BY_SIDE, PER_OPERATION] {
        if !manifest.crates.iter().any(|c| c.name == name) {
            continue;
        }
        let ws = our_workspace(root, &bench, name)?;
        let ours_lines = rust_lines(&ws.join(layout::GENERATED).join(name).join("src"));
        let mut timed = vec![Timed::new(ws, name)?];
        let spec_dir = root.join(layout::OPENAPI).join(name);
        let mut specs: Vec<PathBuf> = std::fs::read_dir(&spec_dir)
            .map_err(|e| format!("{}: {e}", spec_dir.display()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        specs.sort();
        let ops: usize = specs.iter().map(|s| spec_operations(s)).sum();
        // Progenitor takes one document; the comparison uses the newest version.
        let mut their_size = None;
        if let (true, Some(spec)) = (progenitor, specs.last()) {
            // A client progenitor cannot generate, or that does not build, is reported and
            // left out; ours is still timed.
            let theirs = progenitor_workspace(root, &bench, name, spec).and_then(|ws| {
                let lines = rust_lines(&ws.join("src"));
                let t = Timed::new(ws, &progenitor_package(name))?;
                t.build(true)?;
                Ok((t, lines))
            });
            match theirs {
                Ok((t, lines)) => {
                    their_size = Some((lines, spec_operations(spec)));
                    timed.push(t);
                }
                Err(e) => println!("(progenitor on {name} {}: {e})", spec.display()),
            }
        }
        let mut measured = rebuilds(&timed)?.into_iter();
        let ours = measured.next().ok_or("no rebuild measured")?;
        let theirs = measured
            .next()
            .zip(their_size)
            .map(|(time, (lines, their_ops))| (time, lines, their_ops));
        let per_op = |time: Duration, ops: usize| ms(time) / ops.max(1) as f64;
        let ratio = theirs
            .as_ref()
            .map_or("–".to_owned(), |(time, _, their_ops)| {
                format!(
                    "{:.2} (per op {:.2}; above the floor {:.2}; first build {:.2}, per op {:.2})",
                    ours.crate_only.as_secs_f64() / time.crate_only.as_secs_f64(),
                    per_op(ours.crate_only, ops) / per_op(time.crate_only, *their_ops),
                    ours.above_floor().as_secs_f64() / time.above_floor().as_secs_f64(),
                    ours.first_build.as_secs_f64() / time.first_build.as_secs_f64(),
                    per_op(ours.first_build, ops) / per_op(time.first_build, *their_ops)
                )
            });
        let row = |who: &str, what: &str, ops: usize, lines: usize, r: &Rebuild, ratio: &str| {
            println!(
                "| {who} | {what} | {ops} | {lines} | {:.2} | {:.2} | {:.2} | {:.1} | {:.2} | {ratio} |",
                r.crate_only.as_secs_f64(),
                r.floor.as_secs_f64(),
                r.above_floor().as_secs_f64(),
                per_op(r.crate_only, ops),
                r.first_build.as_secs_f64()
            );
        };
        row(name, "docsdk", ops, ours_lines, &ours, &ratio);
        if let Some((time, lines, their_ops)) = theirs {
            let version = specs
                .last()
                .and_then(|s| s.file_stem())
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            row(
                &format!("{name} {version}"),
                "progenitor (builder)",
                their_ops,
                lines,
                &time,
                "",
            );
        }
    }
    println!();
    Ok(())
}
