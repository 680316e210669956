//! Imports from other apps: a first look at a 100,000-row CSV (its first 400 rows, what the
//! app shows at once; goal < 200 ms whatever the size), the whole preview of it and writing it
//! into a journal; a 3-year Bearable export.
//!
//! `cargo bench --bench imports`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use relief::imports::{self, App, Mapping};
use relief::Journal;

fn generic(rows: usize) -> String {
    let mut s = String::from("Date,Time,Pain,Meds,Notes\n");
    for i in 0..rows {
        let day = 1 + i / 12 % 28;
        let month = 1 + i / (12 * 28) % 12;
        let year = 2000 + i / (12 * 28 * 12);
        let _ = writeln!(
            s,
            "{day:02}.{month:02}.{year},{:02}:{:02},{},\"Ibuprofen, Heat pack\",\"slept badly, woke at 4\"",
            8 + i % 12,
            i % 60,
            i % 11
        );
    }
    s
}

fn bearable(days: usize) -> String {
    let mut s = String::from(
        "date,weekday,time of day,category,rating/amount,detail,notes,date formatted\n",
    );
    let start = chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap();
    for d in 0..days {
        let day = start + chrono::Duration::days(d as i64);
        for tod in ["am", "pm"] {
            let _ = writeln!(s, "x,x,{tod},Symptom,Moderate,Back pain,,{day}");
            let _ = writeln!(s, "x,x,{tod},Meds/Supplements,400mg,Ibuprofen,,{day}");
        }
        let _ = writeln!(s, "x,x,mid,Mood,4,,\"a note, with comma\",{day}");
    }
    s
}

fn reading(c: &mut Criterion) {
    let big = generic(100_000);
    let mapping = Mapping {
        date_column: "Date".into(),
        time_column: "Time".into(),
        rating_column: "Pain".into(),
        remedy_column: "Meds".into(),
        note_columns: vec!["Notes".into()],
        ..Mapping::default()
    };
    c.bench_function("import preview, first 400 rows of 100,000", |b| {
        b.iter(|| {
            imports::read_rows(
                black_box(big.as_bytes()),
                Some(App::Csv),
                &mapping,
                "x.csv",
                Some(400),
            )
            .unwrap()
        })
    });
    let mut slow = c.benchmark_group("whole files");
    slow.sample_size(10);
    slow.bench_function("import preview, all 100,000 rows", |b| {
        b.iter(|| {
            imports::read(black_box(big.as_bytes()), Some(App::Csv), &mapping, "x.csv").unwrap()
        })
    });
    let three_years = bearable(3 * 365);
    slow.bench_function("import preview, 3-year Bearable export", |b| {
        b.iter(|| {
            imports::read(
                black_box(three_years.as_bytes()),
                Some(App::Bearable),
                &Mapping::default(),
                "b.csv",
            )
            .unwrap()
        })
    });
    let preview = imports::read(big.as_bytes(), Some(App::Csv), &mapping, "x.csv").unwrap();
    slow.bench_function("import 100,000 rows, written durably", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let journal = Journal::open(dir.path().join("journal.db")).unwrap();
                (dir, journal)
            },
            |(dir, mut journal)| {
                journal.import(black_box(&preview.data)).unwrap();
                (dir, journal)
            },
            BatchSize::PerIteration,
        )
    });
    slow.finish();
}

criterion_group!(benches, reading);
criterion_main!(benches);
