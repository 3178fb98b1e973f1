//! insta snapshots of every spec file the pipeline emits, built in-process from the vendored
//! documents: a change to a reader, the merge or a document shows up as a reviewable diff
//! (`cargo insta review`).

use std::path::Path;

use docsdk_pipeline::{Manifest, SourceCache, assemble_service, layout};

#[test]
fn every_emitted_spec_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let manifest = Manifest::load(&root.join(layout::MANIFEST)).unwrap();
    let docs = root.join(layout::DOCS);
    let cache = SourceCache::read_all(&docs, &manifest).unwrap();
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for entry in &manifest.crates {
            let service = assemble_service(entry, &cache, &docs, false).unwrap();
            for doc in &service.documents {
                insta::assert_snapshot!(
                    format!("{}-{}", entry.name, doc.info.version),
                    docsdk_spec::to_yaml(doc)
                );
            }
        }
    });
}
