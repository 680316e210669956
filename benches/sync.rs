//! Sync on the 10-year sample journal (docs/sync.md), against the budgets of issue #28:
//! one check-in sealed and written to the folder (≤ 20 ms), a round with nothing new over a
//! folder of 10,000 change files (≤ 100 ms: the watcher runs it often); and, printed once, how
//! long setting up and joining take (≤ 5 s), the memory joining needs (≤ 200 MB) and the
//! folder's size against the journal's.
//!
//! `cargo bench --bench sync`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use relief::model::sync::{Batch, Change, ComputerId, Stamp};
use relief::model::{EntryDraft, Key, Rating, RemedyUse, Timestamp};
use relief::sample::{self, SampleSpec};
use relief::Journal;
use relief_sync::{folder, seal, Options};

fn size_kb(path: &std::path::Path) -> u64 {
    let mut total = 0;
    for e in std::fs::read_dir(path).unwrap().flatten() {
        let m = e.metadata().unwrap();
        total += if m.is_dir() {
            size_kb(&e.path()) * 1024
        } else {
            m.len()
        };
    }
    total / 1024
}

fn walk(path: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(path).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}

/// The peak memory of this process so far (VmHWM), in MB.
fn peak_mb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

/// 10,000 change files of another computer in `folder`, sealed for `journal`'s key.
#[allow(
    clippy::disallowed_methods,
    reason = "the benchmark fills a sync folder with files another computer wrote"
)]
fn fill(folder_path: &std::path::Path, b: &Journal) {
    let config = b.sync_config().unwrap().unwrap();
    let journal = b.journal_id().unwrap();
    let other = ComputerId::random();
    for seq in 1..=10_000u64 {
        let batch = Batch {
            journal,
            computer: other.clone(),
            name: "laptop".into(),
            seq,
            changes: vec![Change {
                thing: "setting/theme".into(),
                field: "value".into(),
                stamp: Stamp {
                    wall_ms: 1_700_000_000_000 + seq as i64,
                    counter: 0,
                    computer: other.clone(),
                },
                value: serde_json::Value::from(if seq % 2 == 0 { "dark" } else { "light" }),
            }],
        };
        let plain = serde_json::to_vec(&batch).unwrap();
        let sealed = seal::seal(&config.key, &folder::place(&other, seq), &plain).unwrap();
        let sub = folder_path.join(other.as_str());
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join(folder::file_name(seq)), sealed).unwrap();
    }
}

/// Both computers say what they have, a snapshot is written, the files both have go; a new
/// computer joins from the snapshot.
fn compaction(dir: &std::path::Path, a: &mut Journal, b: &mut Journal) {
    let folder_path = dir.join("folder");
    let a_path = dir.join("a.db");
    for _ in 0..2 {
        relief_sync::round(b, &Options::default()).unwrap();
        relief_sync::round(a, &Options::default()).unwrap();
    }
    let files = |path: &std::path::Path| {
        walk(path)
            .iter()
            .filter(|f| folder::kind_of(&f.file_name().unwrap().to_string_lossy()).is_some())
            .count()
    };
    let before_join = peak_mb();
    let mut c3 = Journal::open(dir.join("c.db")).unwrap();
    let started = Instant::now();
    let joined = relief_sync::join(&mut c3, &folder_path, b"a long walk at dusk", false).unwrap();
    println!(
        "sync: compacted folder {} KB in {} files, journal {} KB; a new computer joins from it in {:.2} s ({} files read, peak memory {} MB, {} MB before)",
        size_kb(&folder_path),
        files(&folder_path),
        std::fs::metadata(&a_path).unwrap().len() / 1024,
        started.elapsed().as_secs_f64(),
        joined.merged.files,
        peak_mb(),
        before_join,
    );
    relief_sync::leave(&mut c3).unwrap();
}

fn sync(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let folder_path = dir.path().join("folder");
    let data = sample::generate(&SampleSpec {
        days: 3650,
        seed: 1,
        end: NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
    })
    .unwrap();
    let a_path = dir.path().join("a.db");
    let mut a = Journal::open(&a_path).unwrap();
    a.import(&data).unwrap();
    let entries = a.count_entries().unwrap();

    let started = Instant::now();
    relief_sync::setup(
        &mut a,
        &folder_path,
        b"a long walk at dusk",
        seal::Cost::default(),
    )
    .unwrap();
    let setting_up = started.elapsed();
    let before_join = peak_mb();
    let mut b = Journal::open(dir.path().join("b.db")).unwrap();
    let started = Instant::now();
    relief_sync::join(&mut b, &folder_path, b"a long walk at dusk", false).unwrap();
    let joining = started.elapsed();
    assert_eq!(b.count_entries().unwrap(), entries);
    println!(
        "sync: {entries} check-ins; setup {:.2} s, join {:.2} s (peak memory {} MB, {} MB before joining); folder {} KB, journal {} KB",
        setting_up.as_secs_f64(),
        joining.as_secs_f64(),
        peak_mb(),
        before_join,
        size_kb(&folder_path),
        std::fs::metadata(&a_path).unwrap().len() / 1024,
    );

    let mut draft = EntryDraft::new(
        Timestamp::parse("2026-10-31T16:30:00+01:00").unwrap(),
        Rating::new(5).unwrap(),
    );
    draft
        .remedies
        .push(RemedyUse::new(Key::new("heat").unwrap()));
    c.bench_function("one check-in sealed and written to the folder", |bench| {
        bench.iter(|| {
            a.add_entry(&draft).unwrap();
            relief_sync::round(&mut a, &Options::default()).unwrap()
        })
    });

    compaction(dir.path(), &mut a, &mut b);

    // 10,000 change files of a third computer, applied once; then rounds with nothing new.
    fill(&folder_path, &b);
    let started = Instant::now();
    relief_sync::round(&mut b, &Options::default()).unwrap();
    println!(
        "sync: 10,000 new change files merged in {:.2} s",
        started.elapsed().as_secs_f64()
    );
    c.bench_function(
        "a round with nothing new over 10,000 change files",
        |bench| bench.iter(|| relief_sync::round(&mut b, &Options::default()).unwrap()),
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = sync
}
criterion_main!(benches);
