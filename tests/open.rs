// Opening journals: new files are created; foreign, damaged and newer files are refused untouched.

use relief::store::SCHEMA_VERSION;
use relief::Error;

use crate::util::{bytes, draft, TempJournal};

/// A journal with one entry, closed, then stamped with a schema version from the future.
fn future_journal(tj: &TempJournal) {
    let mut j = tj.open();
    j.add_entry(&draft("2026-01-05T09:00:00+01:00", 4)).unwrap();
    drop(j);
    let conn = rusqlite_connection(&tj.path);
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
}

fn rusqlite_connection(path: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}

#[test]
fn a_new_journal_is_created_with_its_folder() {
    let tj = TempJournal::new();
    let nested = tj.file("deeper/still/journal.db");
    let j = relief::Journal::open(&nested).unwrap();
    assert_eq!(j.count_entries().unwrap(), 0);
    assert_eq!(j.integrity_check().unwrap(), "ok");
    let conn = rusqlite_connection(&nested);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}

#[test]
fn a_journal_from_a_newer_relief_is_refused_and_left_identical() {
    let tj = TempJournal::new();
    future_journal(&tj);
    let before = bytes(&tj.path);
    let err = relief::Journal::open(&tj.path).unwrap_err();
    assert!(matches!(err, Error::TooNew { .. }), "{err:?}");
    assert!(err.to_string().contains("newer Relief"), "{err}");
    let line = tj.run(&["list"]).expect_err();
    assert!(
        line.contains("newer Relief") && line.contains("journal.db"),
        "{line}"
    );
    tj.run(&["add", "--rating", "3"]).expect_err();
    assert_eq!(bytes(&tj.path), before);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_identical() {
    let tj = TempJournal::new();
    let content = b"Dear diary,\nmy back hurts.\n".repeat(200);
    std::fs::write(&tj.path, &content).unwrap();
    let err = relief::Journal::open(&tj.path).unwrap_err();
    assert!(matches!(err, Error::NotAJournal { .. }), "{err:?}");
    let line = tj.run(&["add", "--rating", "3"]).expect_err();
    assert!(line.contains("not a Relief journal"), "{line}");
    assert_eq!(bytes(&tj.path), content);
}

#[test]
fn another_programs_database_is_refused_and_left_identical() {
    let tj = TempJournal::new();
    {
        let conn = rusqlite_connection(&tj.path);
        conn.execute_batch(
            "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');",
        )
        .unwrap();
    }
    let before = bytes(&tj.path);
    let err = relief::Journal::open(&tj.path).unwrap_err();
    assert!(matches!(err, Error::NotAJournal { .. }), "{err:?}");
    assert!(err.to_string().contains("another program"), "{err}");
    tj.run(&["list"]).expect_err();
    assert_eq!(bytes(&tj.path), before);
}

#[test]
fn an_empty_file_becomes_a_journal_and_a_folder_is_refused() {
    let tj = TempJournal::new();
    std::fs::write(&tj.path, b"").unwrap();
    relief::Journal::open(&tj.path).unwrap();
    let folder = tj.file("a-folder");
    std::fs::create_dir(&folder).unwrap();
    assert!(matches!(
        relief::Journal::open(&folder),
        Err(Error::NotAJournal { .. })
    ));
}

#[test]
fn reopening_keeps_entries_and_migrates_nothing_twice() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    j.add_entry(&draft("2026-01-05T09:00:00+01:00", 4)).unwrap();
    drop(j);
    for _ in 0..3 {
        assert_eq!(tj.open().count_entries().unwrap(), 1);
    }
}

#[test]
fn a_frozen_v1_journal_opens_with_all_its_rows() {
    // tests/fixtures/journal-v1.db was written by the first release of the schema and is never
    // regenerated: later schema versions must upgrade it without losing a row.
    let tj = TempJournal::new();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/journal-v1.db"),
        &tj.path,
    )
    .unwrap();
    let expected = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/journal-v1.json"
    ))
    .unwrap();
    // The file was exported before the reminder and language settings existed: today's export adds them
    // with their defaults and is otherwise the same.
    let mut expected: serde_json::Value = serde_json::from_str(&expected).unwrap();
    let settings = expected["settings"].as_object_mut().unwrap();
    settings.insert("theme".into(), "system".into());
    settings.insert("reminders".into(), serde_json::json!([]));
    settings.insert("follow_up_minutes".into(), 30.into());
    // Following the system's language until one is chosen.
    settings.insert("language".into(), serde_json::Value::Null);
    let now: serde_json::Value = serde_json::from_str(&tj.snapshot()).unwrap();
    assert_eq!(now, expected);
    assert_eq!(tj.open().integrity_check().unwrap(), "ok");

    // And the old export still imports, into a journal that then has the defaults.
    let fresh = TempJournal::new();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/journal-v1.json"
    );
    let report = relief::exchange::read_file(path.as_ref())
        .and_then(|data| fresh.open().import(&data))
        .unwrap();
    assert_eq!(report.added, 12);
    assert_eq!(
        fresh.open().settings().unwrap(),
        relief::model::Settings::default()
    );
}

/// A journal with a few weeks of check-ins, closed and checkpointed into one file.
fn closed_journal(tj: &TempJournal) {
    let mut j = tj.open();
    let data = relief::sample::generate(&relief::sample::SampleSpec {
        days: 60,
        seed: 4,
        end: chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
    })
    .unwrap();
    j.import(&data).unwrap();
    drop(j);
    rusqlite_connection(&tj.path)
        .pragma_update(None, "journal_mode", "DELETE")
        .unwrap();
}

#[test]
fn a_truncated_journal_is_refused_and_left_identical() {
    let tj = TempJournal::new();
    closed_journal(&tj);
    let full = bytes(&tj.path);
    let cut = &full[..full.len() / 2];
    std::fs::write(&tj.path, cut).unwrap();
    let err = relief::Journal::open(&tj.path).unwrap_err();
    assert!(matches!(err, Error::Damaged { .. }), "{err:?}");
    let line = tj.run(&["add", "--rating", "3"]).expect_err();
    assert!(
        line.contains("journal.db") && line.contains("restore it from a backup"),
        "{line}"
    );
    assert_eq!(bytes(&tj.path), cut);
}

#[test]
fn a_journal_with_garbage_bytes_is_refused_and_left_identical() {
    let tj = TempJournal::new();
    closed_journal(&tj);
    let mut damaged = bytes(&tj.path);
    let middle = damaged.len() / 2;
    for b in &mut damaged[middle..middle + 8192] {
        *b = 0xA5;
    }
    std::fs::write(&tj.path, &damaged).unwrap();
    let err = relief::Journal::open(&tj.path).unwrap_err();
    assert!(matches!(err, Error::Damaged { .. }), "{err:?}");
    let line = tj.run(&["list"]).expect_err();
    assert!(
        line.contains("damaged") && line.contains("backup"),
        "{line}"
    );
    assert_eq!(bytes(&tj.path), damaged);
}

/// A journal Relief has opened and closed again: sealed as Relief left it (`crates/store/src/store/seal.rs`).
fn sealed_journal() -> TempJournal {
    let tj = crate::util::sample_journal(90, 5);
    drop(tj.open());
    drop(tj.open());
    assert!(
        relief::store::backups::folder(&tj.path)
            .join(".seal")
            .exists(),
        "the journal was not sealed"
    );
    tj
}

#[test]
fn a_sealed_journal_changed_from_outside_is_checked_whole_and_refused_as_before() {
    // A row edited with another program (within milliseconds of Relief's close: file times
    // cannot tell, the content can).
    let tj = sealed_journal();
    rusqlite_connection(&tj.path)
        .execute(
            "UPDATE entry SET recorded_utc = recorded_utc + 1 WHERE id = (SELECT min(id) FROM entry)",
            [],
        )
        .unwrap();
    let before = bytes(&tj.path);
    let err = relief::Journal::open(&tj.path).unwrap_err();
    assert!(matches!(err, Error::Damaged { .. }), "{err:?}");
    assert!(err.to_string().contains("recorded_utc"), "{err}");
    assert_eq!(bytes(&tj.path), before);

    // Bytes changed on disk, the length kept.
    let tj = sealed_journal();
    let mut damaged = bytes(&tj.path);
    let middle = damaged.len() / 2;
    for b in &mut damaged[middle..middle + 4096] {
        *b = 0xA5;
    }
    std::fs::write(&tj.path, &damaged).unwrap();
    let err = relief::Journal::open(&tj.path).unwrap_err();
    assert!(matches!(err, Error::Damaged { .. }), "{err:?}");
    assert_eq!(bytes(&tj.path), damaged);

    // A row edited by another program while Relief has the journal open: its next write does
    // not seal over the change, so the next open checks the whole file.
    let tj = sealed_journal();
    let mut open = tj.open();
    rusqlite_connection(&tj.path)
        .execute(
            "UPDATE entry SET recorded_utc = recorded_utc + 1 WHERE id = (SELECT max(id) FROM entry)",
            [],
        )
        .unwrap();
    open.add_entry(&crate::util::draft("2026-11-20T09:00:00+01:00", 6))
        .unwrap();
    drop(open);
    let err = relief::Journal::open(&tj.path).unwrap_err();
    assert!(matches!(err, Error::Damaged { .. }), "{err:?}");
}

#[test]
fn a_sealed_journal_opens_and_writes_as_always_and_stays_sealed() {
    let tj = sealed_journal();
    let before = tj.snapshot();
    let mut j = tj.open();
    let added = j
        .add_entry(&crate::util::draft("2026-11-20T09:00:00+01:00", 6))
        .unwrap();
    drop(j);
    let j = tj.open();
    assert_eq!(j.entry(added.id).unwrap().rating.get(), 6);
    drop(j);
    assert_ne!(tj.snapshot(), before);
    assert!(relief::store::backups::folder(&tj.path)
        .join(".seal")
        .exists());
}
