//! Throughput of the reader on each printable-view seed (MB/s).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SEEDS: [&str; 3] = [
    "000_82ebfbc0b226c8e0.txt",
    "002_d08617caa93a34a7.txt",
    "004_a654bf60b90d6dd0.txt",
];

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("read-scp-printable");
    for name in SEEDS {
        let path = format!("{}/../../spec/docs/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("seed is vendored under spec/docs");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| docsdk_read_scp_printable::read(name, std::hint::black_box(&text)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
