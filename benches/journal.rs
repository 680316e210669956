//! Budgets of the journal core on a 10-year sample journal (~11,000 entries):
//! durable save of one check-in (≤ 1 ms median), opening (with its check), listing a month, full JSON export and import,
//! the daily backup and a restore.
//!
//! `cargo bench --bench journal`
#![allow(
    clippy::too_many_lines,
    reason = "a benchmark sets up one scenario from start to end"
)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use relief::exchange::{self, Format};
use relief::model::{
    EntryDraft, Filter, Key, Minutes, Rating, Region, RegionRating, RemedyUse, Timestamp,
};
use relief::sample::{self, SampleSpec};
use relief::store::backups;
use relief::Journal;

fn ten_year_journal(dir: &std::path::Path) -> Journal {
    let mut journal = Journal::open(dir.join("journal.db")).unwrap();
    let data = sample::generate(&SampleSpec {
        days: 3650,
        seed: 1,
        end: NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
    })
    .unwrap();
    journal.import(&data).unwrap();
    journal
}

fn check_in() -> EntryDraft {
    let mut d = EntryDraft::new(
        Timestamp::parse("2026-10-31T16:30:00+01:00").unwrap(),
        Rating::new(5).unwrap(),
    );
    d.regions = vec![RegionRating {
        region: Region::BetweenShoulderBlades,
        rating: None,
    }];
    d.causes = vec![Key::new("posture").unwrap()];
    let mut heat = RemedyUse::new(Key::new("heat").unwrap());
    heat.minutes = Some(Minutes::new(15).unwrap());
    heat.rating_after = Some(Rating::new(3).unwrap());
    d.remedies = vec![heat];
    d
}

/// Opening an unchanged journal, as every command does (a process of its own, nothing else of
/// it open): the 10-year sample against a journal of one check-in, both sealed by an earlier
/// open (docs/formats.md: at most 1.5× apart).
fn open_benches(c: &mut Criterion) {
    let big = tempfile::tempdir().unwrap();
    drop(ten_year_journal(big.path()));
    let small = tempfile::tempdir().unwrap();
    {
        let mut one = Journal::open(small.path().join("journal.db")).unwrap();
        one.add_entry(&check_in()).unwrap();
    }
    let mut group = c.benchmark_group("open an unchanged journal");
    for (name, dir) in [("10 years", &big), ("one check-in", &small)] {
        let path = dir.path().join("journal.db");
        drop(Journal::open(&path).unwrap()); // checked whole once, and sealed
        group.bench_function(name, |b| {
            b.iter(|| drop(black_box(Journal::open(&path).unwrap())))
        });
    }
    group.finish();
    // Each of Relief's writes keeps the seal (its log read again): against the save budget.
    let path = big.path().join("journal.db");
    let mut sealed = Journal::open(&path).unwrap();
    c.bench_function(
        "save one check-in, sealed journal (WAL, synchronous=FULL)",
        |b| b.iter(|| black_box(sealed.add_entry(&check_in()).unwrap())),
    );
}

fn journal_benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = ten_year_journal(dir.path());
    eprintln!(
        "10-year journal: {} entries",
        journal.count_entries().unwrap()
    );

    let month = Filter {
        from: NaiveDate::from_ymd_opt(2024, 3, 1),
        to: NaiveDate::from_ymd_opt(2024, 3, 31),
        ..Filter::default()
    };
    // A second handle on the same file in one process is checked whole (pages, schema, every
    // row): its file is not read apart while the first is open (crates/store/src/store/seal.rs).
    c.bench_function("open (with the full check), 10 years", |b| {
        b.iter(|| black_box(Journal::open(dir.path().join("journal.db")).unwrap()))
    });

    c.bench_function("list a month", |b| {
        b.iter(|| black_box(journal.entries(&month).unwrap()))
    });

    let mut json = Vec::new();
    c.bench_function("export JSON, 10 years", |b| {
        b.iter(|| {
            json.clear();
            exchange::export(
                &journal.snapshot(Default::default()).unwrap(),
                Format::Json,
                &mut json,
            )
            .unwrap();
        })
    });
    let mut csv = Vec::new();
    c.bench_function("export CSV, 10 years", |b| {
        b.iter(|| {
            csv.clear();
            exchange::export(
                &journal.snapshot(Default::default()).unwrap(),
                Format::Csv,
                &mut csv,
            )
            .unwrap();
        })
    });
    let mut fhir = Vec::new();
    let journal_id = journal.journal_id().unwrap();
    c.bench_function("export FHIR, 10 years", |b| {
        b.iter(|| {
            fhir.clear();
            let subject = relief::fhir::Subject {
                journal: journal_id,
                name: None,
            };
            relief::fhir::export(
                &journal.snapshot(Default::default()).unwrap(),
                &subject,
                &mut fhir,
            )
            .unwrap();
        })
    });
    eprintln!(
        "JSON export {} KB, CSV export {} KB, FHIR export {} KB",
        json.len() / 1024,
        csv.len() / 1024,
        fhir.len() / 1024
    );

    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.bench_function("import JSON, 10 years, into an empty journal", |b| {
        b.iter_batched(
            || {
                let d = tempfile::tempdir().unwrap();
                let j = Journal::open(d.path().join("journal.db")).unwrap();
                (d, j)
            },
            |(d, mut j)| {
                let data = exchange::parse(&json, Format::Json).unwrap();
                black_box(j.import(&data).unwrap());
                (d, j)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();

    let mut group = c.benchmark_group("backups");
    group.sample_size(20);
    let copies = tempfile::tempdir().unwrap();
    let backup = copies.path().join("backup.db");
    group.bench_function("online backup, 10 years", |b| {
        b.iter(|| {
            let _ = std::fs::remove_file(&backup);
            journal.backup_to(&backup).unwrap();
        })
    });
    eprintln!(
        "backup file {} KB",
        std::fs::metadata(&backup).unwrap().len() / 1024
    );
    let restored = copies.path().join("restored.db");
    group.bench_function("restore (validate, keep current, replace), 10 years", |b| {
        b.iter(|| {
            black_box(backups::restore(&restored, &backup, relief::system::now(), None).unwrap())
        })
    });
    group.finish();

    // Last: every iteration adds an entry, and the other figures are for the 10-year journal.
    let draft = check_in();
    c.bench_function("save one check-in (WAL, synchronous=FULL)", |b| {
        b.iter(|| black_box(journal.add_entry(&draft).unwrap()))
    });
}

criterion_group!(benches, open_benches, journal_benches);
criterion_main!(benches);
