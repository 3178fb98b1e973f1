//! Reads the ModelArts corpus and seed 003 and prints the diagnostics and a summary.
use std::path::Path;

fn main() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/docs");
    let mut pages = Vec::new();
    pages.push((
        "003_912305248eadce30.txt".to_owned(),
        std::fs::read_to_string(docs.join("003_912305248eadce30.txt")).unwrap(),
    ));
    let mut names: Vec<_> = std::fs::read_dir(docs.join("otc-modelarts-2022"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".html"))
        .collect();
    names.sort();
    for n in names {
        let text = std::fs::read_to_string(docs.join("otc-modelarts-2022").join(&n)).unwrap();
        pages.push((format!("otc-modelarts-2022/{n}"), text));
    }
    let options = docsdk_read_otc_html::ServiceOptions {
        title: "ModelArts".into(),
        service_key: "modelarts".into(),
        endpoint_template: "https://modelarts.{region}.otc.t-systems.com".into(),
        regions: vec!["eu-de".into()],
        default_region: "eu-de".into(),
    };
    let out = docsdk_read_otc_html::read_service(&pages, &options);
    for d in &out.diagnostics {
        println!("{d}");
    }
    let out_dir = std::env::args().nth(1);
    for doc in &out.documents {
        println!(
            "{} {}: ops {} schemas {}",
            doc.info.title,
            doc.info.version,
            doc.operations().count(),
            doc.components.schemas.len()
        );
        if let Some(dir) = &out_dir {
            std::fs::write(
                format!("{dir}/{}.yaml", doc.info.version),
                docsdk_spec::to_yaml(doc),
            )
            .unwrap();
        }
    }
}
