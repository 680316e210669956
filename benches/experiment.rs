//! A personal experiment's result: the estimate with the sign-flip randomization test, exact
//! for 16 pairs (65,536 sign patterns) and from 20,000 draws for 40 pairs.
//!
//! `cargo bench --bench experiment`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use relief::experiment::estimate;

fn differences(m: usize) -> Vec<f64> {
    (0..m)
        .map(|i| ((i * 7919) % 13) as f64 / 4.0 - 1.0)
        .collect()
}

fn result(c: &mut Criterion) {
    for m in [16, 40] {
        let d = differences(m);
        c.bench_function(&format!("experiment result, {m} pairs"), |b| {
            b.iter(|| estimate(black_box(&d), 1.0, 0.0, 7))
        });
    }
}

criterion_group!(benches, result);
criterion_main!(benches);
