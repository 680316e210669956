// Nothing lost: check-ins survive SIGKILL at any moment, and two writers at once both land.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::TempJournal;

fn relief_bin() -> &'static str {
    env!("CARGO_BIN_EXE_relief")
}

/// A shell loop of `relief add`, in its own process group, printing each id once saved.
fn saving_loop(tj: &TempJournal, count: Option<u32>) -> std::process::Child {
    let bound = count
        .map(|n| format!("[ $i -lt {n} ]"))
        .unwrap_or_else(|| "true".into());
    let script = format!(
        "i=0; while {bound}; do \"$RELIEF\" --db \"$DB\" $KEYS add --rating $((i % 11)) --remedy heat:15:3 --note \"check-in $i\" || exit 1; i=$((i+1)); done"
    );
    // A protected journal's passphrase comes from its file (the temp dir's path has no spaces).
    let keys = match &tj.passphrase {
        Some(_) => format!("--passphrase-file {}", tj.file("passphrase").display()),
        None => String::new(),
    };
    Command::new("sh")
        .args(["-c", &script])
        .env("RELIEF", relief_bin())
        .env("DB", &tj.path)
        .env("KEYS", keys)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("start the saving loop")
}

#[test]
fn saved_check_ins_survive_sigkill() {
    survive_sigkill(TempJournal::new(), 50, 40, 160);
}

#[test]
fn saved_check_ins_survive_sigkill_in_a_protected_journal() {
    // Each save opens the journal, a key derivation of about a quarter second (more on a busy
    // machine): later kills, so that saves land between them.
    survive_sigkill(TempJournal::protected(), 20, 1000, 600);
}

/// `kills` times: a saving loop killed after `min_ms` and up to `spread_ms` more.
fn survive_sigkill(tj: TempJournal, kills: usize, min_ms: u64, spread_ms: u64) {
    let mut printed: HashSet<String> = HashSet::new();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..kills {
        let mut child = saving_loop(&tj, None);
        let stdout = child.stdout.take().unwrap();
        // Read ids on a thread; kill the whole group after a pseudo-random moment.
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter(|l| l.len() == 36)
                .collect::<Vec<_>>()
        });
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(min_ms + seed % spread_ms));
        let status = Command::new("kill")
            .args(["-s", "KILL", "--", &format!("-{}", child.id())])
            .status()
            .unwrap();
        assert!(status.success());
        let _ = child.wait();
        printed.extend(reader.join().unwrap());

        // Every id printed after its save returned is in the journal, which is intact.
        let journal = tj.open();
        assert_eq!(journal.integrity_check().unwrap(), "ok");
        let stored: HashSet<String> = journal
            .entries(&Default::default())
            .unwrap()
            .into_iter()
            .map(|e| e.id.to_string())
            .collect();
        let missing: Vec<&String> = printed.difference(&stored).collect();
        assert!(missing.is_empty(), "lost saved check-ins: {missing:?}");
    }
    eprintln!(
        "{kills} kills survived; {} printed check-ins all present",
        printed.len()
    );
    assert!(
        printed.len() > kills,
        "the loop saved too little to mean anything"
    );
}

#[test]
fn two_writers_at_once_both_land() {
    two_writers(TempJournal::new(), 1000);
}

#[test]
fn two_writers_at_once_both_land_in_a_protected_journal() {
    two_writers(TempJournal::protected(), 40);
}

fn two_writers(tj: TempJournal, per_writer: u32) {
    tj.open(); // create it first, so neither writer races to create it
    let started = Instant::now();
    let children: Vec<_> = (0..2).map(|_| saving_loop(&tj, Some(per_writer))).collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let errors = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "a writer failed: {errors}");
        assert!(!errors.contains("locked"), "{errors}");
        let ids = String::from_utf8_lossy(&out.stdout).lines().count();
        assert_eq!(ids, per_writer as usize);
    }
    assert_eq!(
        tj.open().count_entries().unwrap(),
        2 * u64::from(per_writer)
    );
    eprintln!(
        "2 × {per_writer} concurrent saves in {:?}",
        started.elapsed()
    );
}

#[test]
fn daily_backups_list_and_restore() {
    let tj = crate::util::sample_journal(30, 41);
    // The first use of the day leaves a backup beside the journal.
    tj.run(&["list", "--from", "2026-10-30"]).expect_ok();
    let listed = tj.run(&["backup", "list"]).expect_ok();
    let backup = listed
        .lines()
        .next()
        .unwrap()
        .split("  ")
        .next()
        .unwrap()
        .to_owned();
    assert!(
        backup.contains("/backups/journal.db/journal-") && backup.ends_with(".db"),
        "{listed}"
    );
    let before = tj.snapshot();

    // Change the journal, then restore the morning's copy: the change is gone, and the
    // journal as it was before the restore is kept too.
    tj.run(&["add", "--rating", "9", "--note", "after the backup"])
        .expect_ok();
    assert_ne!(tj.snapshot(), before);
    let restored = tj.run(&["restore", &backup]).expect_ok();
    assert!(restored.starts_with("restored "), "{restored}");
    assert_eq!(tj.snapshot(), before);
    let listed = tj.run(&["backup", "list"]).expect_ok();
    assert!(listed.contains("before-restore"), "{listed}");

    // A damaged or foreign file is not restored, and the journal is left as it is.
    let bogus = tj.file("bogus.db");
    std::fs::write(&bogus, b"not a journal at all").unwrap();
    let err = tj.run(&["restore", bogus.to_str().unwrap()]).expect_err();
    assert!(err.contains("not a Relief journal"), "{err}");
    assert_eq!(tj.snapshot(), before);
}

#[test]
fn restore_rescues_a_damaged_journal() {
    let tj = crate::util::sample_journal(30, 42);
    let copy = tj.file("copy.db");
    tj.run(&["backup", "--out", copy.to_str().unwrap()])
        .expect_ok();
    let good = tj.snapshot();
    std::fs::write(&tj.path, b"SQLite format 3\0 and then garbage").unwrap();
    for side in ["journal.db-wal", "journal.db-shm"] {
        let _ = std::fs::remove_file(tj.file(side));
    }
    tj.run(&["list"]).expect_err();
    tj.run(&["restore", copy.to_str().unwrap()]).expect_ok();
    assert_eq!(tj.snapshot(), good);
}

#[test]
fn reading_a_snapshot_neither_waits_for_nor_holds_up_a_write() {
    let tj = crate::util::sample_journal(30, 2);
    let reader = tj.open();
    // Another process in the middle of a write: it holds the write lock.
    let writer = rusqlite::Connection::open(&tj.path).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    // A read that asked for the write lock would wait out the busy timeout and fail.
    let snapshot = reader.snapshot(Default::default()).unwrap();
    assert!(!snapshot.entries.is_empty());
    writer.execute_batch("COMMIT").unwrap();
    // And a write goes on while a reader is between its queries.
    let mut other = tj.open();
    other
        .add_entry(&crate::util::draft("2026-11-20T09:00:00+01:00", 6))
        .unwrap();
}
