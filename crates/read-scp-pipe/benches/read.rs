//! Throughput of the reader on the pipe-extraction seed (MB/s).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SEEDS: [&str; 1] = ["001_116f7b41e8a1f4cd.txt"];

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("read-scp-pipe");
    for name in SEEDS {
        let path = format!("{}/../../spec/docs/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("seed is vendored under spec/docs");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| docsdk_read_scp_pipe::read(name, std::hint::black_box(&text)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
