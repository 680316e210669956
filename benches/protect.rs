//! A protected journal against a plain one, on the 10-year sample journal (~11,000 entries):
//! opening (the key derivation is paid once per open), the durable save of one check-in
//! (budget ≤ 1 ms median), Insights (all statistics + 3 SVG charts, ≤ 30 ms), and — printed
//! once, not benched — the file sizes and how long protecting and unprotecting take.
//!
//! `cargo bench --bench protect`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::time::Instant;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use relief::analysis::Range;
use relief::charts::{self, ChartKind, Size};
use relief::model::{EntryDraft, Key, Minutes, Rating, RemedyUse, Timestamp};
use relief::sample::{self, SampleSpec};
use relief::store::protect::Passphrase;
use relief::Journal;

fn check_in() -> EntryDraft {
    let mut d = EntryDraft::new(
        Timestamp::parse("2026-10-31T16:30:00+01:00").unwrap(),
        Rating::new(5).unwrap(),
    );
    let mut heat = RemedyUse::new(Key::new("heat").unwrap());
    heat.minutes = Some(Minutes::new(15).unwrap());
    heat.rating_after = Some(Rating::new(3).unwrap());
    d.remedies = vec![heat];
    d
}

fn size_kb(path: &std::path::Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len() / 1024).unwrap_or(0)
}

fn protect(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let plain_path = dir.path().join("plain.db");
    let secret_path = dir.path().join("protected.db");
    let data = sample::generate(&SampleSpec {
        days: 3650,
        seed: 1,
        end: NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
    })
    .unwrap();
    let key = Passphrase::new_one("a long walk at dusk").unwrap();
    Journal::open(&plain_path).unwrap().import(&data).unwrap();
    let mut secret = Journal::open(&secret_path).unwrap();
    secret.import(&data).unwrap();
    let started = Instant::now();
    secret.protect(&key).unwrap();
    let protecting = started.elapsed();
    drop(secret);
    let started = Instant::now();
    {
        let copy = dir.path().join("copy.db");
        std::fs::copy(&secret_path, &copy).unwrap();
        Journal::open_with(&copy, Some(&key))
            .unwrap()
            .unprotect()
            .unwrap();
    }
    let unprotecting = started.elapsed();
    eprintln!(
        "10-year journal: plain {} KB, protected {} KB; protecting took {protecting:?}, unprotecting {unprotecting:?} (each with its key derivations and checks)",
        size_kb(&plain_path),
        size_kb(&secret_path),
    );

    let mut group = c.benchmark_group("open (with the full check), 10 years");
    group.sample_size(20);
    group.bench_function("plain", |b| {
        b.iter(|| black_box(Journal::open(&plain_path).unwrap()))
    });
    group.bench_function("protected", |b| {
        b.iter(|| black_box(Journal::open_with(&secret_path, Some(&key)).unwrap()))
    });
    group.finish();

    let mut plain = Journal::open(&plain_path).unwrap();
    let mut secret = Journal::open_with(&secret_path, Some(&key)).unwrap();
    let insights = |journal: &Journal| {
        let stats = relief::analysis::stats(&journal.snapshot(Range::default()).unwrap());
        for kind in [ChartKind::Trend, ChartKind::Remedies, ChartKind::Causes] {
            black_box(charts::svg(kind, &stats, Size::DEFAULT).unwrap());
        }
    };
    let mut group = c.benchmark_group("insights, 10 years");
    group.bench_function("plain", |b| b.iter(|| insights(&plain)));
    group.bench_function("protected", |b| b.iter(|| insights(&secret)));
    group.finish();

    let draft = check_in();
    let mut group = c.benchmark_group("save one check-in (WAL, synchronous=FULL)");
    group.bench_function("plain", |b| {
        b.iter(|| black_box(plain.add_entry(&draft).unwrap()))
    });
    group.bench_function("protected", |b| {
        b.iter(|| black_box(secret.add_entry(&draft).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, protect);
criterion_main!(benches);
