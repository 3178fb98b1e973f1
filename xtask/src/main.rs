//! `cargo xtask`: the project's commands, in plain Rust (a thin shell over `docsdk-pipeline`).
//!
//! ```text
//! cargo xtask regen [--check] [--strict] [--spec-only] [--no-cache]
//! cargo xtask spec --out DIR [--format scp-printable|scp-pipe|otc-html|otc-rst] [--strict] FILE|FOLDER...
//! cargo xtask gen --spec DIR --out DIR
//! cargo xtask bench [regen|CRATE...|all]
//! ```

// The readers and templates allocate many small strings and token trees: with glibc's malloc,
// allocation was about 14 % of a cold regen's CPU; mimalloc takes a cold regen from about
// 0.85 to 0.73 s on the 2-core machine. Its 2.x line (feature `v2`), not 3.x: a cold regen
// allocated 1.3 GB in all with at most 93 MB live when this was measured, and 3.x kept 175 MB
// resident against 2.x's 135 MB. Fresh memory is costly on the VMs we run on (the kernel
// zeroing new pages was a fifth of the CPU), so 2.x used 8 % less CPU, by two sets of
// interleaved runs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod bench;
mod lower;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use docsdk_pipeline::{Format, PipelineError, RegenOptions, layout};

const USAGE: &str = "\
usage:
  cargo xtask regen [--check] [--strict] [--spec-only] [--no-cache]
      read spec/manifest.toml, write spec/openapi/ and generated/ (--check: only compare, fail when stale);
      services whose documents, generator and outputs are as the last run left them are reused
      (records in target/docsdk-regen/; --no-cache builds every service)
  cargo xtask spec --out DIR [--format FORMAT] [--strict] FILE|FOLDER...
      read any documents (format detected from content unless --format: scp-printable, scp-pipe, otc-html, otc-rst)
      and write their OpenAPI files into DIR; the committed spec is left alone
  cargo xtask gen --spec DIR --out DIR
      render a client crate for every service of the OpenAPI files in DIR
  cargo xtask bench [regen|CRATE...|all]
      regen time (in process, whole process), crate-only rebuild of scp-event-streams and otc-modelarts
      next to progenitor's client for the same spec (when cargo-progenitor is installed), reader
      throughput; per named generated crate: lines, render time, rebuild time, dependency count
      (`regen`: the regen times only)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("regen") => regen(&args[1..]),
        Some("spec") => spec(&args[1..]),
        Some("gen") => gen_crates(&args[1..]),
        Some("bench") => bench::run(&workspace_root(), &args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(true)
        }
        _ => Err(format!("expected a command\n{USAGE}")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: xtask lives in `<root>/xtask`.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the workspace")
        .to_path_buf()
}

/// Splits flags (`--x`, `--x VALUE` for the names in `with_value`) from positional arguments.
struct Args {
    flags: Vec<(String, Option<String>)>,
    positional: Vec<String>,
}

impl Args {
    fn parse(args: &[String], known: &[&str], with_value: &[&str]) -> Result<Args, String> {
        let mut flags = Vec::new();
        let mut positional = Vec::new();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if let Some(name) = arg.strip_prefix("--") {
                let (name, inline) = match name.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_owned())),
                    None => (name, None),
                };
                if with_value.contains(&name) {
                    let value = inline
                        .or_else(|| iter.next().cloned())
                        .ok_or_else(|| format!("--{name} expects a value\n{USAGE}"))?;
                    flags.push((name.to_owned(), Some(value)));
                } else if known.contains(&name) {
                    flags.push((name.to_owned(), None));
                } else {
                    return Err(format!("unknown option --{name}\n{USAGE}"));
                }
            } else {
                positional.push(arg.clone());
            }
        }
        Ok(Args { flags, positional })
    }

    fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|(n, _)| n == name)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.as_deref())
    }
}

/// Prints one diagnostic line (see [`push_diagnostic`]).
fn print_diagnostic(prefix: &str, diagnostic: &impl std::fmt::Display, strict: bool) {
    let mut line = String::new();
    push_diagnostic(&mut line, prefix, diagnostic, strict);
    eprint!("{line}");
}

/// Appends one diagnostic line (a warning reads as an error under `--strict`) to `out`.
fn push_diagnostic(
    out: &mut String,
    prefix: &str,
    diagnostic: &impl std::fmt::Display,
    strict: bool,
) {
    let text = diagnostic.to_string();
    let text = if strict {
        text.replacen(": warning: ", ": error: ", 1)
    } else {
        text
    };
    out.push_str(prefix);
    out.push_str(&text);
    out.push('\n');
}

/// Where regen keeps its records of past runs: in the build folder, which `cargo clean`
/// empties and git ignores.
pub(crate) fn regen_cache_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
        .join("docsdk-regen")
}

fn regen(args: &[String]) -> Result<bool, String> {
    let args = Args::parse(args, &["check", "strict", "spec-only", "no-cache"], &[])?;
    if !args.positional.is_empty() {
        return Err(format!("regen takes no file arguments\n{USAGE}"));
    }
    let root = workspace_root();
    let strict = args.has("strict");
    let check = args.has("check");
    let options = RegenOptions {
        check,
        spec_only: args.has("spec-only"),
        cache: if args.has("no-cache") {
            None
        } else {
            docsdk_pipeline::RegenCache::open(&regen_cache_dir(&root))
        },
    };
    let report = docsdk_pipeline::regen(&root, options).map_err(|e| e.to_string())?;
    // Printed at once: stderr is unbuffered, and a line at a time was thousands of writes.
    let mut lines = String::new();
    let docs_prefix = format!("{}/", layout::DOCS);
    for service in &report.services {
        for diagnostic in &service.diagnostics {
            push_diagnostic(&mut lines, &docs_prefix, diagnostic, strict);
        }
    }
    // The generator's notes (documented examples that contradict their schema, untyped
    // shapes) are about the documents, not errors of the pipeline; they never fail a run.
    for service in &report.services {
        let prefix = format!("{}/{}: note: ", layout::GENERATED, service.name);
        for note in &service.notes {
            push_diagnostic(&mut lines, &prefix, note, false);
        }
    }
    eprint!("{lines}");
    println!(
        "{:<22} {:>4} {:>7} {:>6} {:>8} {:>6} {:>9} {:>7} {:>7} {:>7} {:>7}  versions",
        "crate",
        "ops",
        "op-vers",
        "models",
        "warnings",
        "errors",
        "gen-notes",
        "read",
        "merge",
        "yaml",
        "render"
    );
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    for s in &report.services {
        let time = |d| {
            if s.reused {
                "-".to_owned()
            } else {
                format!("{:.1}", ms(d))
            }
        };
        println!(
            "{:<22} {:>4} {:>7} {:>6} {:>8} {:>6} {:>9} {:>7} {:>7} {:>7} {:>7}  {}",
            s.name,
            s.operations,
            s.operation_versions,
            s.models,
            s.warnings,
            s.errors,
            s.notes.len(),
            time(s.timings.read),
            time(s.timings.merge),
            time(s.timings.yaml),
            time(s.timings.render),
            s.versions.join(", ")
        );
    }
    let p = report.phases;
    let reused = report.services.iter().filter(|s| s.reused).count();
    println!(
        "(per-service columns: ms of that service's own work; a shared document's read counts for each service; \
         - : unchanged since the last run, reused)"
    );
    println!(
        "read, assembled and rendered {} of {} services ({reused} unchanged since the last run) in {:.1} ms \
         ({} warnings, {} errors); wall per phase: manifest {:.1} ms, finding unchanged {:.1} ms, \
         read (builds run meanwhile) {:.1} ms, rest of assemble+render {:.1} ms, compare/write {:.1} ms",
        report.services.len() - reused,
        report.services.len(),
        ms(report.elapsed),
        report.warning_count(),
        report.error_count(),
        ms(p.manifest),
        ms(p.lookup),
        ms(p.read),
        ms(p.assemble),
        ms(p.compare),
    );
    let mut ok = report.error_count() == 0 && !(strict && report.warning_count() > 0);
    if check {
        if report.changed.is_empty() {
            println!("spec/ and generated/ are up to date");
        } else {
            eprintln!(
                "stale: regen would change {} files (run `cargo xtask regen`):",
                report.changed.len()
            );
            for file in &report.changed {
                eprintln!("  {file}");
            }
            ok = false;
        }
    } else {
        println!("{} files written or removed", report.changed.len());
    }
    // The report holds every document and rendered crate (hundreds of MB of small
    // allocations); the process ends right after this, so freeing them one by one is wasted
    // time (about 5% of a run).
    std::mem::forget(report);
    Ok(ok)
}

fn spec(args: &[String]) -> Result<bool, String> {
    let args = Args::parse(args, &["strict"], &["out", "format"])?;
    let out = args
        .value("out")
        .ok_or_else(|| format!("spec needs --out DIR\n{USAGE}"))?;
    if args.positional.is_empty() {
        return Err(format!("spec needs at least one FILE or FOLDER\n{USAGE}"));
    }
    let format = args.value("format").map(str::parse::<Format>).transpose()?;
    let strict = args.has("strict");
    let paths: Vec<PathBuf> = args.positional.iter().map(PathBuf::from).collect();
    let mut documents = Vec::new();
    let (mut warnings, mut errors) = (0, 0);
    for (path, read) in paths
        .iter()
        .zip(docsdk_pipeline::read_documents(&paths, format).map_err(|e| e.to_string())?)
    {
        let dir = path
            .parent()
            .map(|p| p.display().to_string())
            .filter(|p| !p.is_empty());
        let prefix = dir.map(|d| format!("{d}/")).unwrap_or_default();
        for diagnostic in &read.output.diagnostics {
            print_diagnostic(&prefix, diagnostic, strict);
        }
        warnings += read.output.diagnostics.warning_count();
        errors += read.output.diagnostics.error_count();
        println!(
            "{}: {} ({} documents, {} bytes in {:.1} ms)",
            path.display(),
            read.format,
            read.output.documents.len(),
            read.bytes,
            read.elapsed.as_secs_f64() * 1000.0
        );
        documents.extend(read.output.documents);
    }
    let (written, merge_diagnostics) = docsdk_pipeline::write_specs(documents, Path::new(out))
        .map_err(|e: PipelineError| e.to_string())?;
    for diagnostic in &merge_diagnostics {
        print_diagnostic("", diagnostic, strict);
    }
    warnings += merge_diagnostics.warning_count();
    for file in &written {
        println!("wrote {}", file.display());
    }
    println!("{warnings} warnings, {errors} errors");
    Ok(errors == 0 && !(strict && warnings > 0))
}

fn gen_crates(args: &[String]) -> Result<bool, String> {
    let args = Args::parse(args, &[], &["spec", "out"])?;
    let spec_dir = args
        .value("spec")
        .ok_or_else(|| format!("gen needs --spec DIR\n{USAGE}"))?;
    let out = args
        .value("out")
        .ok_or_else(|| format!("gen needs --out DIR\n{USAGE}"))?;
    let written =
        docsdk_pipeline::render_specs(Path::new(spec_dir), Path::new(out), &workspace_root())
            .map_err(|e| e.to_string())?;
    for dir in &written {
        println!("wrote crate {}", dir.display());
    }
    Ok(true)
}
