//! insta snapshots of every spec file the pipeline emits, built in-process from the vendored
//! documents. A change to a reader, the merge or a document shows up as a reviewable diff
//! (`cargo insta review`). Generated crate sources are not snapshotted: `generated/` is their
//! one stored copy and `cargo xtask regen --check` checks that it is fresh.

use std::path::Path;
use std::sync::OnceLock;

use docsdk_pipeline::{Manifest, ServiceBuild, SourceCache, assemble_service, layout};

/// Every service of the manifest, read, merged and rendered once for all tests here.
fn services() -> &'static [ServiceBuild] {
    static SERVICES: OnceLock<Vec<ServiceBuild>> = OnceLock::new();
    SERVICES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let manifest = Manifest::load(&root.join(layout::MANIFEST)).unwrap();
        let docs = root.join(layout::DOCS);
        let cache = SourceCache::read_all(&docs, &manifest).unwrap();
        manifest
            .crates
            .iter()
            .map(|entry| assemble_service(entry, &cache, &docs, true).unwrap())
            .collect()
    })
}

fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

#[test]
fn every_emitted_spec_file() {
    snapshot_settings().bind(|| {
        for service in services() {
            for doc in &service.documents {
                insta::assert_snapshot!(
                    format!("{}-{}", service.name, doc.info.version),
                    docsdk_spec::to_yaml(doc)
                );
            }
        }
    });
}
