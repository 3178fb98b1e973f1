//! Reads documents and prints their diagnostics and a summary (for manual inspection).
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable file");
        let name = std::path::Path::new(&path)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("");
        let out = docsdk_read_scp_printable::read(name, &text);
        for d in &out.diagnostics {
            println!("{d}");
        }
        for doc in &out.documents {
            let ops = doc.operations().count();
            let params: usize = doc
                .operations()
                .map(|(_, _, o)| o.parameters.len() + usize::from(o.request_body.is_some()))
                .sum();
            println!(
                "{} {}: {} ops, {} params, {} models",
                doc.info.title,
                doc.info.version,
                ops,
                params,
                doc.components.schemas.len()
            );
        }
        if std::env::var("DUMP").is_ok() {
            for doc in &out.documents {
                println!("{}", docsdk_spec::to_yaml(doc));
            }
        }
    }
}
