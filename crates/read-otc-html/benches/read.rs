//! Throughput of the reader over the ModelArts corpus and seed 003: pages/s (per-page reads)
//! and MB/s (the whole service assembled).

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

criterion_group!(benches, bench);
criterion_main!(benches);
