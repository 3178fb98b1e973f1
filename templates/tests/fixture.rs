//! Renders the hand-written fixture spec into `templates/fixture` (a workspace member, so
//! `cargo test --workspace` compiles it and runs its generated tests), and checks that the
//! committed files are exactly what the templates produce. `DOCSDK_BLESS=1` rewrites them.

use std::path::Path;

use docsdk_templates::{CrateOptions, RenderedCrate, render_crate, render_crate_on};

fn fixture_specs() -> Vec<docsdk_spec::OpenApi> {
    let text = include_str!("fixtures/features.yaml");
    text.split("\n---\n")
        .skip(1)
        .map(|doc| docsdk_spec::from_yaml(doc).expect("fixture document parses"))
        .collect()
}

fn options() -> CrateOptions {
    CrateOptions {
        name: "docsdk-fixture-client".into(),
        version: "0.1.0".into(),
        description: Some("Client for the docsdk templates' feature fixture (tests only).".into()),
        runtime_api_path: "../../crates/runtime-api".into(),
        runtime_path: "../../crates/runtime".into(),
        runtime_version: "0.1.0".into(),
        repository: Some("https://github.com/docsdk/docsdk".into()),
        license: "Apache-2.0".into(),
        spec_files: vec!["templates/tests/fixtures/features.yaml".into()],
    }
}

fn render() -> RenderedCrate {
    let mut rendered = render_crate(&fixture_specs(), &options()).expect("fixture renders");
    // The fixture is never published; the lead's crates are.
    for file in &mut rendered.files {
        if file.path == Path::new("Cargo.toml") {
            file.contents = file
                .contents
                .replacen("readme = ", "publish = false\nreadme = ", 1);
        }
    }
    rendered
}

/// Formatting part of the files on a helper thread (regen of one changed service) gives the
/// same files, in the same order, as formatting them all on the calling thread.
#[test]
fn a_second_formatting_thread_changes_nothing() {
    let alone = render_crate(&fixture_specs(), &options()).expect("fixture renders");
    let shared = render_crate_on(&fixture_specs(), &options(), 2).expect("fixture renders");
    assert_eq!(alone.files, shared.files);
    assert_eq!(alone.warnings, shared.warnings);
}

#[test]
fn fixture_crate_on_disk_is_up_to_date() {
    let rendered = render();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixture");
    let bless = std::env::var_os("DOCSDK_BLESS").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for file in &rendered.files {
        let path = dir.join(&file.path);
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        if on_disk != file.contents {
            if bless {
                std::fs::create_dir_all(path.parent().expect("a file has a parent"))
                    .expect("create dir");
                std::fs::write(&path, &file.contents).expect("write fixture file");
            } else {
                stale.push(file.path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "templates/fixture is stale ({}); run `DOCSDK_BLESS=1 cargo test -p docsdk-templates --test fixture` and review the diff",
        stale.join(", ")
    );
}

#[test]
fn rendering_is_deterministic() {
    let a = render();
    let b = render();
    assert_eq!(a.files, b.files);
    assert_eq!(a.warnings, b.warnings);
}

/// The generated files are stored once, in `templates/fixture` (checked above); only the
/// warnings, which are not written anywhere else, are an insta snapshot.
#[test]
fn snapshot_of_warnings() {
    insta::assert_snapshot!("warnings", render().warnings.join("\n"));
}

#[test]
fn generated_code_stays_small() {
    let rendered = render();
    let lines = rendered.source_lines();
    // 1,222 with the per-call timeout/retry overrides (written once, in support.rs); 1,274
    // with the by-name model builder (a macro written once, used by one fixture model); 1,329
    // with constructors on response models too (users fake responses in their tests); 1,413
    // with `deserialize!` (one line per model instead of serde's derive, which expands ~10x);
    // 1,506 with a second list operation (`listBackups`, an offset list: its builder, two
    // models and `into_stream`); 1,853 with the support macros' arguments laid out one entry
    // per line, docs as `///` lines (layout.rs: the same tokens, formerly filled into blocks).
    assert!(lines < 1900, "the fixture's sources grew to {lines} lines");
}

/// The `use` lines of `operations.rs` follow what the builders refer to: a builder with no
/// required value and no model imports neither `need!` nor `types`; one with both, both.
#[test]
fn operations_import_exactly_what_their_builders_use() {
    let render_ops = |yaml: &str| {
        let spec = docsdk_spec::from_yaml(yaml).expect("test spec parses");
        let rendered = render_crate(&[spec], &options()).expect("renders");
        let file = rendered
            .files
            .iter()
            .find(|f| f.path == Path::new("src/operations.rs"))
            .expect("operations.rs");
        file.contents.clone()
    };
    let head = "openapi: 3.1.0\ninfo: {title: T, version: '1.0'}\nservers: [{url: 'https://t.example.com'}]\n";
    let bare = render_ops(&format!(
        "{head}paths:\n  /ping:\n    get:\n      operationId: ping\n      \
         parameters:\n      - {{name: q, in: query, schema: {{type: string}}}}\n      \
         responses:\n        '204': {{description: No Content}}\n"
    ));
    assert!(bare.contains("use crate::support::request;"), "{bare}");
    assert!(!bare.contains("use crate::support::need;"), "{bare}");
    assert!(!bare.contains("use crate::types;"), "{bare}");
    let full = render_ops(&format!(
        "{head}paths:\n  /things/{{id}}:\n    get:\n      operationId: showThing\n      \
         parameters:\n      - {{name: id, in: path, required: true, schema: {{type: string}}}}\n      \
         responses:\n        '200':\n          description: OK\n          content:\n            \
         application/json:\n              schema: {{$ref: '#/components/schemas/Thing'}}\n\
         components:\n  schemas:\n    Thing:\n      type: object\n      properties:\n        \
         id: {{type: string}}\n"
    ));
    assert!(full.contains("use crate::support::need;"), "{full}");
    assert!(full.contains("use crate::types;"), "{full}");
}

/// Inline types (enums and objects without a name of their own) are named after their owner
/// and field by the naming module: words an owner ends with are said once, names are bounded
/// to 48 characters, and a name a model already has gets the type's kind, never a number.
#[test]
fn inline_types_are_named_after_owner_and_field_never_numbered() {
    let rendered = render();
    let types = rendered
        .files
        .iter()
        .find(|f| f.path == Path::new("src/types.rs"))
        .expect("types.rs");
    for wanted in [
        "pub result: Option<UpgradeResultEnum>",
        "pub results: Option<Vec<UpgradeResult>>",
        "pub volume_type: Option<UpgradeVolumeType>",
        "MaintenanceWindowDayOfTheWeekForUpgrades",
    ] {
        assert!(types.contents.contains(wanted), "{wanted}");
    }
    let names = declared_type_names(&types.contents);
    assert!(names.iter().all(|n| n.len() <= 48), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("Upgrade") && n.ends_with(char::is_numeric)),
        "{names:?}"
    );
}

/// The type names `types.rs` declares (`pub struct X`, `pub enum X`, `pub type X`, and the
/// first identifier of an `open_enum!`).
fn declared_type_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut open_enum = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        for prefix in ["pub struct ", "pub enum ", "pub type "] {
            if let Some(rest) = trimmed.strip_prefix(prefix) {
                names.push(rest.chars().take_while(|c| c.is_alphanumeric()).collect());
            }
        }
        if trimmed.starts_with("crate::support::open_enum!(") {
            open_enum = true;
        }
        if open_enum {
            // The enum's name is the identifier right before its `{`.
            if let Some(brace) = line.find(" {") {
                let before = &line[..brace];
                let name: String = before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("")
                    .to_owned();
                if name.starts_with(char::is_uppercase) {
                    names.push(name);
                    open_enum = false;
                }
            }
        }
    }
    names
}

#[test]
fn a_spec_that_names_no_cloud_gets_a_client_for_its_url_alone() {
    let mut specs = fixture_specs();
    for spec in &mut specs {
        spec.provider = None;
    }
    let rendered = render_crate(&specs, &options()).expect("renders without a provider");
    let client = rendered
        .files
        .iter()
        .find(|f| f.path == Path::new("src/client.rs"))
        .expect("src/client.rs");
    // No cloud to check the credentials against and no catalogue to ask: the URL only.
    assert!(
        client
            .contents
            .contains("docsdk_runtime_api::Service::at_url("),
        "{}",
        client.contents
    );
    assert!(
        !client.contents.contains("Provider::"),
        "{}",
        client.contents
    );
}
