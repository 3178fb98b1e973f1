//! Renders every `*.yaml` document in a directory into one client crate.
//!
//! `cargo run -p docsdk-templates --example render -- SPEC_DIR OUT_DIR CRATE_NAME RUNTIME_API_PATH RUNTIME_PATH`
//! prints the warnings and the number of source lines. The lead's xtask is the real entry
//! point; this is for trying the templates on a spec directory by hand.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [spec_dir, out_dir, name, runtime_api_path, runtime_path] = args.as_slice() else {
        eprintln!("usage: render SPEC_DIR OUT_DIR CRATE_NAME RUNTIME_API_PATH RUNTIME_PATH");
        return ExitCode::FAILURE;
    };
    let mut paths: Vec<_> = match std::fs::read_dir(spec_dir) {
        Ok(dir) => dir
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect(),
        Err(e) => {
            eprintln!("{spec_dir}: {e}");
            return ExitCode::FAILURE;
        }
    };
    paths.sort();
    let mut specs = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        match docsdk_spec::from_yaml(&text) {
            Ok(spec) => specs.push(spec),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    let options = docsdk_templates::CrateOptions {
        name: name.clone(),
        version: "0.1.0".into(),
        description: None,
        runtime_api_path: runtime_api_path.clone(),
        runtime_path: runtime_path.clone(),
        runtime_version: "0.1.0".into(),
        repository: None,
        license: "Apache-2.0".into(),
        spec_files: paths.iter().map(|p| p.display().to_string()).collect(),
    };
    let started = std::time::Instant::now();
    let rendered = match docsdk_templates::render_crate(&specs, &options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let elapsed = started.elapsed();
    for file in &rendered.files {
        let path = std::path::Path::new(out_dir).join(&file.path);
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        if let Err(e) = std::fs::write(&path, &file.contents) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    for w in &rendered.warnings {
        println!("warning: {w}");
    }
    println!(
        "{name}: {} source lines, rendered in {elapsed:?}",
        rendered.source_lines()
    );
    ExitCode::SUCCESS
}
