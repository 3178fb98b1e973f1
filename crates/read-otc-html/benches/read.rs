//! Throughput of the reader over the ModelArts corpus and seed 003: pages/s (per-page reads)
//! and MB/s (the whole service assembled); and of the RST front end over the vendored OTC RST
//! references (`spec/docs/otc-rst/`).

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use docsdk_read_otc_html::{ServiceOptions, read_page, read_service};

fn pages() -> Vec<(String, String)> {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/docs");
    let mut pages = vec![(
        "003_912305248eadce30.txt".to_owned(),
        std::fs::read_to_string(docs.join("003_912305248eadce30.txt")).expect("seed"),
    )];
    let dir = docs.join("otc-modelarts-2022");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".html"))
        .collect();
    names.sort();
    for n in names {
        let text = std::fs::read_to_string(dir.join(&n)).expect("page");
        pages.push((format!("otc-modelarts-2022/{n}"), text));
    }
    pages
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(|(_, t)| t.len()).sum();
    let options = ServiceOptions {
        title: "ModelArts".into(),
        service_key: "modelarts".into(),
        endpoint_template: "https://modelarts.{region}.otc.t-systems.com".into(),
        regions: vec!["eu-de".into()],
        default_region: "eu-de".into(),
    };
    let mut group = c.benchmark_group("otc-modelarts");
    group.sample_size(10);
    group.throughput(Throughput::Elements(pages.len() as u64));
    group.bench_function("read_page (pages/s)", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(n, t)| read_page(n, t).operations.len())
                .sum::<usize>()
        })
    });
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("read_service (MB/s)", |b| {
        b.iter(|| read_service(&pages, &options).documents.len())
    });
    group.finish();
}

/// Every `.rst` page under `dir`, named relative to it.
fn rst_pages(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        let name = format!(
            "{prefix}/{}",
            p.file_name().and_then(|n| n.to_str()).unwrap_or("")
        );
        if p.is_dir() {
            rst_pages(&p, &name, out);
        } else if name.ends_with(".rst") {
            out.push((name, std::fs::read_to_string(&p).expect("page")));
        }
    }
}

fn bench_rst(c: &mut Criterion) {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/docs/otc-rst");
    let mut pages = Vec::new();
    rst_pages(&docs, "otc-rst", &mut pages);
    let bytes: usize = pages.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("otc-rst (8 services)");
    group.sample_size(10);
    group.throughput(Throughput::Elements(pages.len() as u64));
    group.bench_function("read_page (pages/s)", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(n, t)| read_page(n, t).operations.len())
                .sum::<usize>()
        })
    });
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("read_page (MB/s)", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(n, t)| read_page(n, t).operations.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench, bench_rst);
criterion_main!(benches);
