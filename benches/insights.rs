//! Insights budget on a 10-year sample journal: all statistics + the three SVG charts
//! (≤ 30 ms), beside the bare aggregate queries through rusqlite (the floor; goal ≤ 2.5×).
//!
//! `cargo bench --bench insights`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use relief::analysis::Range;
use relief::charts::{self, ChartKind, Size};
use relief::sample::{self, SampleSpec};
use relief::Journal;

/// The aggregates Insights needs, as plain SQL: daily first/last/mean/max, per-remedy session
/// sums, per-cause and per-region counts and means.
const BARE: [&str; 4] = [
    "SELECT journal_day, count(*), avg(rating), max(rating),
            (SELECT rating FROM entry f WHERE f.journal_day = e.journal_day AND f.deleted_at IS NULL ORDER BY recorded_utc LIMIT 1),
            (SELECT rating FROM entry l WHERE l.journal_day = e.journal_day AND l.deleted_at IS NULL ORDER BY recorded_utc DESC LIMIT 1)
     FROM entry e WHERE deleted_at IS NULL GROUP BY journal_day",
    "SELECT u.remedy_id, count(*), avg(e.rating - u.rating_after), sum((e.rating - u.rating_after) * (e.rating - u.rating_after))
     FROM remedy_use u JOIN entry e ON e.id = u.entry_id WHERE e.deleted_at IS NULL AND u.rating_after IS NOT NULL GROUP BY u.remedy_id",
    "SELECT c.cause_id, count(*), avg(e.rating) FROM entry_cause c JOIN entry e ON e.id = c.entry_id WHERE e.deleted_at IS NULL GROUP BY c.cause_id",
    "SELECT g.region, count(*), avg(coalesce(g.rating, e.rating)) FROM entry_region g JOIN entry e ON e.id = g.entry_id WHERE e.deleted_at IS NULL GROUP BY g.region",
];

fn insights(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut journal = Journal::open(&path).unwrap();
    let data = sample::generate(&SampleSpec {
        days: 3650,
        seed: 1,
        end: NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
    })
    .unwrap();
    journal.import(&data).unwrap();

    c.bench_function("insights: all statistics + 3 SVG charts, 10 years", |b| {
        b.iter(|| {
            let stats = relief::analysis::stats(&journal.snapshot(Range::default()).unwrap());
            for kind in [ChartKind::Trend, ChartKind::Remedies, ChartKind::Causes] {
                black_box(charts::svg(kind, &stats, Size::DEFAULT).unwrap());
            }
        })
    });
    c.bench_function("statistics only, 10 years", |b| {
        b.iter(|| {
            black_box(relief::analysis::stats(
                &journal.snapshot(Range::default()).unwrap(),
            ))
        })
    });
    let stats = relief::analysis::stats(&journal.snapshot(Range::default()).unwrap());
    c.bench_function("three SVG charts only, 10 years", |b| {
        b.iter(|| {
            for kind in [ChartKind::Trend, ChartKind::Remedies, ChartKind::Causes] {
                black_box(charts::svg(kind, &stats, Size::DEFAULT).unwrap());
            }
        })
    });
    c.bench_function("trend PNG, 10 years", |b| {
        b.iter(|| black_box(charts::png(ChartKind::Trend, &stats, Size::DEFAULT).unwrap()))
    });

    let conn = rusqlite::Connection::open(&path).unwrap();
    c.bench_function("bare aggregate queries through rusqlite, 10 years", |b| {
        b.iter(|| {
            for sql in BARE {
                let mut stmt = conn.prepare_cached(sql).unwrap();
                let mut rows = stmt.query([]).unwrap();
                let mut n = 0;
                while let Some(row) = rows.next().unwrap() {
                    n += row.get::<_, i64>(1).unwrap();
                }
                black_box(n);
            }
        })
    });
}

criterion_group!(benches, insights);
criterion_main!(benches);
