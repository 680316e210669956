//! The clinician report for the 10-year sample journal, summary + full log (budget ≤ 200 ms).
//!
//! `cargo bench --bench report`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use relief::analysis::Range;
use relief::report::Paper;
use relief::sample::{self, SampleSpec};
use relief::Journal;

fn report(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(dir.path().join("journal.db")).unwrap();
    let end = NaiveDate::from_ymd_opt(2026, 10, 31).unwrap();
    let data = sample::generate(&SampleSpec {
        days: 3650,
        seed: 1,
        end,
    })
    .unwrap();
    journal.import(&data).unwrap();
    let all = Range {
        from: None,
        to: None,
    };
    let pdf = relief::report::report(
        &journal.snapshot(all).unwrap(),
        Some("Alex Example"),
        end,
        Paper::A4,
    )
    .unwrap();
    eprintln!("10-year report: {} KB", pdf.len() / 1024);

    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.bench_function("PDF report, summary + full 10-year log", |b| {
        b.iter(|| {
            black_box(
                relief::report::report(
                    &journal.snapshot(all).unwrap(),
                    Some("Alex Example"),
                    end,
                    Paper::A4,
                )
                .unwrap(),
            )
        })
    });
    let month = Range {
        from: NaiveDate::from_ymd_opt(2026, 10, 2),
        to: Some(end),
    };
    group.bench_function("PDF report, last 30 days", |b| {
        b.iter(|| {
            black_box(
                relief::report::report(&journal.snapshot(month).unwrap(), None, end, Paper::A4)
                    .unwrap(),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
