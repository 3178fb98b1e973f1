//! `xtask spec` behaviour: any document, format detected from content, output written to a
//! folder of the user's choice; unreadable input gets a clear error, never a panic.

use std::path::{Path, PathBuf};

use docsdk_pipeline::{Format, read_documents, read_path, write_specs};

fn docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/docs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("docsdk-pipeline-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn unknown_content_is_an_error_naming_the_file_and_the_formats() {
    let dir = scratch("unknown");
    let file = dir.join("notes.txt");
    std::fs::write(&file, "meeting notes\nnothing to see\n").unwrap();
    let err = read_path(&file, None).unwrap_err().to_string();
    assert!(err.contains("notes.txt:1: cannot tell the format"), "{err}");
    assert!(err.contains("--format"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_file_is_an_io_error_with_its_path() {
    let err = read_path(Path::new("/nonexistent/x.txt"), None)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("/nonexistent/x.txt: "), "{err}");
}

#[test]
fn a_forced_format_is_used_even_when_detection_would_differ() {
    let read = read_path(
        &docs().join("001_116f7b41e8a1f4cd.txt"),
        Some(Format::ScpPipe),
    )
    .unwrap();
    assert_eq!(read.format, Format::ScpPipe);
    assert_eq!(read.output.documents.len(), 1);
}

#[test]
fn the_two_cloud_ml_documents_merge_into_one_spec_per_version() {
    let files = vec![
        docs().join("000_82ebfbc0b226c8e0.txt"),
        docs().join("001_116f7b41e8a1f4cd.txt"),
    ];
    let reads = read_documents(&files, None).unwrap();
    assert_eq!(reads[0].format, Format::ScpPrintable);
    assert_eq!(reads[1].format, Format::ScpPipe);
    let out = scratch("merge");
    let documents = reads.into_iter().flat_map(|r| r.output.documents).collect();
    let (written, _) = write_specs(documents, &out).unwrap();
    assert_eq!(written, vec![out.join("scp-cloud-ml/1.0.yaml")]);
    let doc = docsdk_spec::from_yaml(&std::fs::read_to_string(&written[0]).unwrap()).unwrap();
    assert_eq!(doc.operations().count(), 9);
    assert_eq!(doc.source_documents.len(), 2, "{:?}", doc.source_documents);
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn a_folder_of_otc_pages_reads_as_one_service() {
    let read = read_path(&docs().join("otc-modelarts-2022"), None).unwrap();
    assert_eq!(read.format, Format::OtcHtml);
    // Every operation page is an operation, except that pages sharing one method and path
    // become one operation listing them as typed `x-variants`.
    let pages: usize = read
        .output
        .documents
        .iter()
        .flat_map(|d| d.operations())
        .map(|(_, _, op)| op.variants.len().max(1))
        .sum();
    assert_eq!(pages, 140, "expected the corpus' 140 operation pages");
    assert_eq!(
        read.output.diagnostics.error_count(),
        0,
        "{:?}",
        read.output.diagnostics
    );
}

#[test]
fn a_manifest_service_the_document_does_not_hold_is_an_error_listing_what_it_holds() {
    let text = "[[crate]]\nname = \"scp-x\"\nprovider = \"scp\"\nservice = \"Event Stream\"\nsources = [\"004_a654bf60b90d6dd0.txt\"]\n";
    let manifest = docsdk_pipeline::Manifest::parse("manifest.toml", text).unwrap();
    let cache = docsdk_pipeline::SourceCache::read_all(&docs(), &manifest).unwrap();
    let err = docsdk_pipeline::assemble_service(&manifest.crates[0], &cache, &docs(), false)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with(
            "004_a654bf60b90d6dd0.txt: expected the service `Event Stream` (crate `scp-x`), found "
        ),
        "{err}"
    );
    assert!(
        err.contains("Event Streams") && err.contains("Vertica(DBaaS)"),
        "{err}"
    );
}

#[test]
fn a_manifest_source_that_does_not_exist_is_an_error_with_its_path() {
    let text = "[[crate]]\nname = \"scp-x\"\nprovider = \"scp\"\nservice = \"X\"\nsources = [\"missing.txt\"]\n";
    let manifest = docsdk_pipeline::Manifest::parse("manifest.toml", text).unwrap();
    let err = docsdk_pipeline::SourceCache::read_all(&docs(), &manifest)
        .unwrap_err()
        .to_string();
    assert!(err.contains("spec/docs/missing.txt: "), "{err}");
}

#[test]
fn gen_renders_a_crate_for_specs_the_manifest_does_not_know() {
    // `xtask spec` then `xtask gen` on a document read outside the manifest.
    let read = read_path(&docs().join("002_d08617caa93a34a7.txt"), None).unwrap();
    let specs = scratch("gen-specs");
    write_specs(read.output.documents, &specs).unwrap();
    let out = scratch("gen-out");
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let written = docsdk_pipeline::render_specs(&specs, &out, &workspace).unwrap();
    assert_eq!(written, vec![out.join("scp-ai-mlops-platform")]);
    let manifest = std::fs::read_to_string(written[0].join("Cargo.toml")).unwrap();
    // The runtime API (the dependency) and the runtime (the tests' dependency).
    let runtime_lines: Vec<&str> = manifest
        .lines()
        .filter(|l| l.starts_with("docsdk-runtime"))
        .collect();
    assert_eq!(runtime_lines.len(), 2, "{manifest}");
    for runtime_line in runtime_lines {
        let relative = runtime_line.split('"').nth(1).unwrap();
        assert!(
            written[0].join(relative).join("Cargo.toml").exists(),
            "{runtime_line} does not point at the runtime"
        );
    }
    for file in [
        "README.md",
        "src/lib.rs",
        "src/client.rs",
        "src/operations.rs",
        "src/types.rs",
        "tests/generated.rs",
    ] {
        assert!(written[0].join(file).exists(), "{file} missing");
    }
    std::fs::remove_dir_all(&specs).unwrap();
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn a_nested_folder_of_otc_rst_pages_reads_as_one_service_with_cross_page_links() {
    let read = read_path(&docs().join("otc-rst/key-management-service"), None).unwrap();
    assert_eq!(read.format, Format::OtcRst);
    let ops: usize = read
        .output
        .documents
        .iter()
        .map(|d| d.operations().count())
        .sum();
    assert_eq!(
        ops, 41,
        "the 41 `METHOD /path` pairs of the KMS URI sections"
    );
    assert_eq!(read.output.diagnostics.error_count(), 0);
    // Sources name the RST file and line, nested folders included.
    let yaml = docsdk_spec::to_yaml(&read.output.documents[0]);
    assert!(
        yaml.contains("x-source: key-management-service/apis/key_management_service/"),
        "{}",
        &yaml[..400.min(yaml.len())]
    );
}

#[test]
fn a_folder_whose_pages_name_no_service_is_named_by_the_folder() {
    // IMS's pages are `en-us_topic_N` files: no service key in them.
    let read = read_path(&docs().join("otc-rst/image-management-service"), None).unwrap();
    let titles: Vec<&str> = read
        .output
        .documents
        .iter()
        .map(|d| d.info.title.as_str())
        .collect();
    assert!(
        !titles.is_empty() && titles.iter().all(|t| *t == "Image Management Service"),
        "{titles:?}"
    );
}
