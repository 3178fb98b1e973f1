//! Rough throughput of reading seed 001 (pipe extraction) and of merging it with seed 000.
//!
//! `cargo run --release -p docsdk-merge --example throughput`; prints MB/s and µs per merge.
//! A measurement to quote, not a test: nothing asserts on time.

use std::hint::black_box;
use std::time::Instant;

const PRINTABLE: &str = include_str!("../../../spec/docs/000_82ebfbc0b226c8e0.txt");
const PIPE: &str = include_str!("../../../spec/docs/001_116f7b41e8a1f4cd.txt");
const ROUNDS: u32 = 300;

fn main() {
    let start = Instant::now();
    for _ in 0..ROUNDS {
        black_box(docsdk_read_scp_pipe::read("001.txt", black_box(PIPE)));
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = PIPE.len() as f64 * f64::from(ROUNDS) / 1e6;
    println!(
        "pipe reader: {:.1} MB/s ({:.0} µs per read of 001, {} bytes)",
        mb / secs,
        secs * 1e6 / f64::from(ROUNDS),
        PIPE.len()
    );

    let a = docsdk_read_scp_printable::read("000.txt", PRINTABLE).documents;
    let b = docsdk_read_scp_pipe::read("001.txt", PIPE).documents;
    let options = docsdk_merge::MergeOptions::default();
    let start = Instant::now();
    for _ in 0..ROUNDS {
        let docs = vec![a[0].clone(), b[0].clone()];
        black_box(docsdk_merge::merge(black_box(docs), &options));
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "merge 000 + 001: {:.0} µs per merge (clones of both inputs included)",
        secs * 1e6 / f64::from(ROUNDS)
    );
}
