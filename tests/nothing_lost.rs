// Nothing lost: no written file lands on the journal, restore restores what it checked, files
// that break the rules are refused, backups race safely, read-only journals stay readable.

use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use relief::files::{Confirm, Target};
use relief::model::{CatalogueKind, Label};
use relief::store::backups;
use relief::Error;

use crate::util::{bytes, draft, relief, sample_journal, Run, TempJournal};

/// Runs `relief --db journal.db args…` with `dir` as the working folder.
fn run_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_relief"))
        .current_dir(dir)
        .args(["--db", "journal.db"])
        .args(args)
        .env_remove("RELIEF_DB")
        .env("TZ", "Europe/Berlin")
        .output()
        .unwrap();
    Run { output }
}

/// The files in `dir`, but the journal's seal (`.seal`, Relief's own bookkeeping).
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|r| {
            r.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name != ".seal")
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn no_writer_lands_on_the_journal_its_log_or_its_backups() {
    let tj = sample_journal(12, 1);
    let dir = tj.dir.path().to_path_buf();
    tj.run(&["list"]).expect_ok(); // makes today's backup
    let backup = PathBuf::from(&backups::list(&tj.path).unwrap()[0].path);
    let before = tj.snapshot();
    let backup_before = bytes(&backup);
    std::fs::create_dir(dir.join("sub")).unwrap();
    symlink(&tj.path, dir.join("link.db")).unwrap();
    symlink(&tj.path, dir.join("link.svg")).unwrap();
    std::fs::hard_link(&tj.path, dir.join("hard.db")).unwrap();
    std::fs::hard_link(&tj.path, dir.join("hard.svg")).unwrap();
    std::fs::hard_link(&backup, dir.join("hard-backup.svg")).unwrap();
    let backup_name = format!("backups/{}", backup.file_name().unwrap().to_string_lossy());
    let names = [
        tj.path.display().to_string(),
        "journal.db".into(),
        "./journal.db".into(),
        "sub/../journal.db".into(),
        "link.db".into(),
        "hard.db".into(),
        "journal.db-wal".into(),
        "journal.db-shm".into(),
        backup_name.clone(),
        "backups/new-file.json".into(),
    ];
    let images = [
        "link.svg",
        "hard.svg",
        "hard-backup.svg",
        "backups/new.svg",
        "sub/../backups/new.png",
    ];
    let mut tried = 0;
    for name in &names {
        for force in [false, true] {
            let mut commands: Vec<Vec<&str>> = vec![
                vec!["report", "--out", name],
                vec!["export", "--format", "json", "--out", name],
                vec!["export", "--format", "csv", "--out", name],
            ];
            if !force {
                commands.push(vec!["backup", "--out", name]);
            }
            for mut args in commands {
                if force {
                    args.push("--force");
                }
                let line = run_in(&dir, &args).expect_err();
                assert!(
                    line.contains("will not write") || line.contains("already exists"),
                    "{args:?}: {line}"
                );
                tried += 1;
            }
        }
    }
    for name in images {
        for extra in [None, Some("--force")] {
            let mut args = vec!["chart", "trend", "--out", name];
            args.extend(extra);
            let line = run_in(&dir, &args).expect_err();
            assert!(line.contains("will not write"), "{args:?}: {line}");
            tried += 1;
        }
    }
    assert_eq!(tried, 80);
    assert_eq!(tj.snapshot(), before, "the journal changed");
    assert_eq!(bytes(&backup), backup_before, "the backup changed");
    assert!(std::fs::symlink_metadata(dir.join("link.db"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        files_in(&dir.join("backups")).len(),
        1,
        "nothing new in backups/"
    );
    // A journal named through a link: SQLite's log sits beside the real file, under its name.
    let real = tempfile::tempdir().unwrap();
    std::fs::copy(&tj.path, real.path().join("real.db")).unwrap();
    symlink(real.path().join("real.db"), dir.join("alias.db")).unwrap();
    let wal = real.path().join("real.db-wal");
    let line = relief(&[
        "--db",
        dir.join("alias.db").to_str().unwrap(),
        "export",
        "--format",
        "json",
        "--out",
        wal.to_str().unwrap(),
    ])
    .expect_err();
    assert!(line.contains("will not write"), "{line}");
    assert!(!wal.exists());
    let err = Target::new(&wal, &dir.join("alias.db"), Confirm::Yes).unwrap_err();
    assert!(matches!(err, Error::Output { .. }), "{err:?}");
    // The check the app's save dialogs go through is the same.
    let err = Target::new(&dir.join("hard.db"), &tj.path, Confirm::Yes).unwrap_err();
    assert!(matches!(err, Error::Output { .. }), "{err:?}");
}

#[test]
fn devices_and_pipes_are_never_replaced() {
    let tj = sample_journal(5, 2);
    let line = tj
        .run(&[
            "export",
            "--format",
            "json",
            "--out",
            "/dev/null",
            "--force",
        ])
        .expect_err();
    assert!(line.contains("a device"), "{line}");
    let meta = std::fs::metadata("/dev/null").unwrap();
    assert!(std::os::unix::fs::FileTypeExt::is_char_device(
        &meta.file_type()
    ));
    let fifo = tj.file("pipe.csv");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let line = tj
        .run(&["export", "--out", fifo.to_str().unwrap()])
        .expect_err();
    assert!(line.contains("a pipe"), "{line}");
    let line = tj
        .run(&["report", "--out", tj.dir.path().to_str().unwrap()])
        .expect_err();
    assert!(line.contains("a folder"), "{line}");
}

#[test]
fn a_read_only_file_or_a_symbolic_link_is_replaced_only_when_asked() {
    let tj = sample_journal(5, 3);
    let ro = tj.file("ro.json");
    std::fs::write(&ro, "old").unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    let line = tj
        .run(&["export", "--out", ro.to_str().unwrap()])
        .expect_err();
    assert!(
        line.contains("read-only") && line.contains("--force"),
        "{line}"
    );
    assert_eq!(std::fs::read_to_string(&ro).unwrap(), "old");
    tj.run(&["export", "--out", ro.to_str().unwrap(), "--force"])
        .expect_ok();
    assert!(std::fs::read_to_string(&ro).unwrap().starts_with('{'));

    let other = tj.file("other.csv");
    std::fs::write(&other, "old").unwrap();
    let link = tj.file("link.csv");
    symlink(&other, &link).unwrap();
    let line = tj
        .run(&["export", "--out", link.to_str().unwrap()])
        .expect_err();
    assert!(line.contains("symbolic link"), "{line}");
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "old");
    tj.run(&["export", "--out", link.to_str().unwrap(), "--force"])
        .expect_ok();
    assert!(std::fs::read_to_string(&other)
        .unwrap()
        .starts_with("entry_id,"));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    // A dangling link is refused even when asked.
    symlink(tj.file("nowhere/x.pdf"), tj.file("dangling.pdf")).unwrap();
    let line = tj
        .run(&[
            "report",
            "--out",
            tj.file("dangling.pdf").to_str().unwrap(),
            "--force",
        ])
        .expect_err();
    assert!(line.contains("does not exist"), "{line}");
    // Nothing temporary is left beside the written files.
    assert!(
        files_in(tj.dir.path())
            .iter()
            .all(|n| !n.contains("partial")),
        "{:?}",
        files_in(tj.dir.path())
    );
}

#[test]
fn restore_restores_exactly_what_it_checked_log_included() {
    let src = TempJournal::new();
    {
        let mut j = src.open();
        for i in 0..30 {
            j.add_entry(&draft(
                &format!("2026-03-{:02}T09:00:00+01:00", i % 28 + 1),
                4,
            ))
            .unwrap();
        }
    }
    let mut j = src.open();
    for i in 0..5 {
        j.add_entry(&draft(&format!("2026-04-{:02}T09:00:00+02:00", i + 1), 6))
            .unwrap();
    }
    // A copy taken while the journal was open: the newest 5 are only in its -wal.
    let copies = tempfile::tempdir().unwrap();
    let copy = copies.path().join("copy.db");
    std::fs::copy(&src.path, &copy).unwrap();
    std::fs::copy(
        src.file("journal.db-wal"),
        copies.path().join("copy.db-wal"),
    )
    .unwrap();
    drop(j);

    let tj = sample_journal(5, 4);
    let had = tj.open().count_entries().unwrap();
    let out = tj.run(&["restore", copy.to_str().unwrap()]).expect_ok();
    assert!(out.contains("(35 entries)"), "{out}");
    assert_eq!(tj.open().count_entries().unwrap(), 35);
    let list = tj.run(&["list", "--json"]).expect_ok();
    let listed: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 35);
    // The journal it replaced was kept whole, and can itself be restored.
    let kept = backups::list(&tj.path)
        .unwrap()
        .into_iter()
        .find(|b| b.file_name.contains("before-restore"))
        .unwrap();
    assert_eq!(backups::validate(Path::new(&kept.path), None).unwrap(), had);
    // No temporary copies are left.
    assert!(files_in(tj.dir.path())
        .iter()
        .all(|n| !n.starts_with(".relief-") && !n.ends_with(".restoring")));
}

/// A sample journal with one rule broken by hand, as a hostile or broken tool would.
fn broken(sql: &str) -> TempJournal {
    let tj = sample_journal(6, 5);
    let conn = rusqlite::Connection::open(&tj.path).unwrap();
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON; PRAGMA journal_mode = DELETE;",
    )
    .unwrap();
    conn.execute_batch(sql).unwrap();
    drop(conn);
    tj
}

const FIRST: &str = "(SELECT min(id) FROM entry)";

#[test]
fn files_whose_rows_break_the_rules_are_refused_before_anything_writes() {
    let cases = [
        (
            format!("UPDATE entry SET rating = 42 WHERE id = {FIRST}"),
            "rating: must be",
        ),
        (
            format!("UPDATE entry SET uuid = 'not-an-id' WHERE id = {FIRST}"),
            "entry row",
        ),
        (
            format!("UPDATE entry SET recorded_at = 'yesterday' WHERE id = {FIRST}"),
            "recorded_at",
        ),
        (
            format!("UPDATE entry SET recorded_utc = 0 WHERE id = {FIRST}"),
            "recorded_utc",
        ),
        (
            format!("UPDATE entry SET journal_day = '2026-13-45' WHERE id = {FIRST}"),
            "journal_day",
        ),
        (
            format!("UPDATE entry SET note = '' WHERE id = {FIRST}"),
            "note",
        ),
        (
            "INSERT INTO entry_region (entry_id, region) VALUES (99999, 'neck')".into(),
            "row of entry_region points to a missing entry",
        ),
        (
            "UPDATE remedy_use SET rating_after = -3 WHERE id = (SELECT min(id) FROM remedy_use)"
                .into(),
            "rating_after",
        ),
        (
            "UPDATE remedy SET key = 'Bad Key' WHERE key = 'massage'".into(),
            "key",
        ),
        (
            "PRAGMA user_version = 2".into(),
            "schema version 2: unexpected",
        ),
        (
            "DROP INDEX entry_by_day".into(),
            "missing index entry_by_day",
        ),
    ];
    for (sql, expected) in &cases {
        let tj = broken(sql);
        let before = bytes(&tj.path);
        let line = tj.run(&["list"]).expect_err();
        assert!(
            line.contains("damaged") && line.contains(expected),
            "{sql}: expected '{expected}' in: {line}"
        );
        for args in [
            vec!["add", "--rating", "3"],
            vec!["settings", "--theme", "dark"],
            vec!["stats", "--json"],
        ] {
            let line = tj.run(&args).expect_err();
            assert!(line.contains("damaged"), "{sql} {args:?}: {line}");
        }
        assert_eq!(bytes(&tj.path), before, "{sql}: the file changed");
        let err = relief::Journal::open(&tj.path).unwrap_err();
        assert!(matches!(err, Error::Damaged { .. }), "{sql}: {err:?}");
        // Restore refuses it as a backup, and the journal it would replace stays as it was.
        let good = sample_journal(4, 6);
        let good_before = good.snapshot();
        let line = good
            .run(&["restore", tj.path.to_str().unwrap()])
            .expect_err();
        assert!(line.contains("damaged"), "{sql}: {line}");
        assert_eq!(good.snapshot(), good_before);
    }
}

#[test]
fn the_daily_backup_is_made_once_whole_when_processes_race() {
    let tj = sample_journal(40, 7);
    let folder = backups::folder(&tj.path);
    for round in 0..6 {
        let _ = std::fs::remove_dir_all(&folder);
        let children: Vec<_> = (0..6)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_relief"))
                    .args(["--db", tj.path.to_str().unwrap(), "list"])
                    .env("TZ", "Europe/Berlin")
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success());
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.is_empty(), "round {round}: {err}");
        }
        let names = files_in(&folder);
        assert_eq!(names.len(), 1, "round {round}: {names:?}");
        assert_eq!(
            backups::validate(&folder.join(&names[0]), None).unwrap(),
            tj.open().count_entries().unwrap()
        );
    }
    // A broken backup of today (cut off by a crash of an older Relief) is made again, and a
    // temporary copy a killed process left behind goes once it is old.
    let name = files_in(&folder).remove(0);
    std::fs::write(folder.join(&name), b"").unwrap();
    let stale = folder.join(".relief-killed.copy");
    std::fs::write(&stale, b"half a copy").unwrap();
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    tj.run(&["list"]).expect_ok();
    assert!(backups::validate(&folder.join(&name), None).unwrap() > 0);
    assert_eq!(files_in(&folder), vec![name]);
}

/// As root, permissions do not stop writes: run the CLI as `nobody` then, from a copy of the
/// binary it may execute, in a folder it owns.
struct PlainUser {
    prefix: Vec<String>,
    bin: PathBuf,
}

impl PlainUser {
    fn new(dir: &Path) -> PlainUser {
        let bin = dir.join("relief-bin");
        std::fs::copy(env!("CARGO_BIN_EXE_relief"), &bin).unwrap();
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
        let root = String::from_utf8(Command::new("id").arg("-u").output().unwrap().stdout)
            .unwrap()
            .trim()
            == "0";
        let prefix = if root {
            chown_tree(dir, 65534);
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
            [
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                "--",
            ]
            .map(String::from)
            .to_vec()
        } else {
            Vec::new()
        };
        PlainUser { prefix, bin }
    }

    fn run(&self, journal: &Path, args: &[&str]) -> Run {
        let mut all: Vec<String> = self.prefix.clone();
        all.push(self.bin.display().to_string());
        all.extend(["--db".to_owned(), journal.display().to_string()]);
        all.extend(args.iter().map(|a| a.to_string()));
        let output = Command::new(&all[0])
            .args(&all[1..])
            .env("TZ", "Europe/Berlin")
            .output()
            .unwrap();
        Run { output }
    }
}

fn chown_tree(path: &Path, id: u32) {
    std::os::unix::fs::chown(path, Some(id), Some(id)).unwrap();
    if path.is_dir() {
        for e in std::fs::read_dir(path).unwrap().flatten() {
            chown_tree(&e.path(), id);
        }
    }
}

fn mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_read_only_journal_is_readable_and_refuses_writes_clearly() {
    let tj = sample_journal(20, 8);
    let entries = tj.open().count_entries().unwrap();
    let dir = tj.dir.path();
    let user = PlainUser::new(dir);
    let wal = tj.file("journal.db-wal");
    let shm = tj.file("journal.db-shm");
    mode(&tj.path, 0o444);
    let before = tj.snapshot();
    let list = user.run(&tj.path, &["list"]).expect_ok();
    assert!(list.lines().count() > 20, "{list}");
    user.run(&tj.path, &["stats", "--json"]).expect_ok();
    let json = user
        .run(&tj.path, &["export", "--format", "json"])
        .expect_ok();
    assert_eq!(json, before);
    let pdf = tj.file("r.pdf");
    user.run(&tj.path, &["report", "--out", pdf.to_str().unwrap()])
        .expect_ok();
    for args in [
        vec!["add", "--rating", "3"],
        vec!["settings", "--theme", "dark"],
        vec!["remedy", "add", "Yoga"],
    ] {
        let line = user.run(&tj.path, &args).expect_err();
        assert!(line.contains("read-only"), "{args:?}: {line}");
    }
    assert!(!shm.exists() && !wal.exists(), "{:?}", files_in(dir));
    // Writable again: writing works at once.
    mode(&tj.path, 0o644);
    user.run(&tj.path, &["add", "--rating", "3"]).expect_ok();

    // A read-only -shm left behind by an older Relief no longer blocks writes.
    std::fs::write(&shm, vec![0u8; 32768]).unwrap();
    chown_tree(&shm, file_owner(&tj.path));
    mode(&shm, 0o444);
    user.run(&tj.path, &["add", "--rating", "4"]).expect_ok();

    // A read-only folder: reading works, writing says why not.
    mode(dir, 0o555);
    user.run(&tj.path, &["list"]).expect_ok();
    let line = user.run(&tj.path, &["add", "--rating", "5"]).expect_err();
    assert!(
        line.contains("read-only") && line.contains("folder"),
        "{line}"
    );
    mode(dir, 0o755);
    assert_eq!(tj.open().count_entries().unwrap(), entries + 2);
}

fn file_owner(path: &Path) -> u32 {
    std::os::unix::fs::MetadataExt::uid(&std::fs::metadata(path).unwrap())
}

#[test]
fn json_export_keeps_renamed_and_archived_built_ins() {
    let tj = sample_journal(10, 9);
    {
        let mut j = tj.open();
        j.rename_item(
            CatalogueKind::Remedy,
            "heat",
            &Label::new("Hot water bottle").unwrap(),
        )
        .unwrap();
        j.set_archived(CatalogueKind::Remedy, "chiropractic", true)
            .unwrap();
        j.rename_item(
            CatalogueKind::Cause,
            "tension",
            &Label::new("Stress").unwrap(),
        )
        .unwrap();
        j.set_archived(CatalogueKind::Cause, "injury", true)
            .unwrap();
    }
    let file = tj.file("all.json");
    tj.run(&["export", "--out", file.to_str().unwrap()])
        .expect_ok();
    let fresh = TempJournal::new();
    fresh.run(&["import", file.to_str().unwrap()]).expect_ok();
    let (a, b) = (tj.open(), fresh.open());
    for kind in [CatalogueKind::Remedy, CatalogueKind::Cause] {
        assert_eq!(a.catalogue(kind).unwrap(), b.catalogue(kind).unwrap());
    }
    assert_eq!(fresh.snapshot(), tj.snapshot());
    // A journal in use keeps its own names.
    let used = sample_journal(3, 10);
    used.run(&["import", file.to_str().unwrap()]).expect_ok();
    let heat = used
        .open()
        .find_item(CatalogueKind::Remedy, "heat")
        .unwrap();
    assert_eq!(heat.label.as_str(), "Heat");
}

/// Text pdftotext reads from a PDF.
fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_reports_log_never_cuts_a_long_note() {
    let tj = TempJournal::new();
    let lines: Vec<String> = (1..=120).map(|i| format!("line{i:03}")).collect();
    let notes = [lines.join("\n"), "痛".repeat(1323), "Q".repeat(2000)];
    {
        let mut j = tj.open();
        for (i, note) in notes.iter().enumerate() {
            let mut d = draft(&format!("2026-05-0{}T09:00:00+02:00", i + 1), 5);
            d.note = relief::model::Note::new(note).unwrap();
            j.add_entry(&d).unwrap();
        }
        let mut d = draft("2026-05-04T09:00:00+02:00", 3);
        d.note = relief::model::Note::new("the entry after").unwrap();
        j.add_entry(&d).unwrap();
    }
    let pdf = tj.file("r.pdf");
    tj.run(&[
        "report",
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-04",
        "--out",
        pdf.to_str().unwrap(),
    ])
    .expect_ok();
    let text = pdf_text(&pdf);
    for line in &lines {
        assert!(text.contains(line.as_str()), "{line} is missing");
    }
    assert_eq!(text.matches('痛').count(), 1323);
    assert_eq!(text.matches('Q').count(), 2000);
    assert!(text.contains("the entry after"));
    assert!(text.contains("cont."));
}

const HEADER: &str = "entry_id,recorded_at,journal_day,rating,enjoyment,activity,regions,causes,note,remedy,minutes,detail,rating_after,after_minutes";

#[test]
fn a_spreadsheet_row_gets_the_same_id_whatever_its_journal_day_cell() {
    let tj = TempJournal::new();
    for (i, day) in ["", "2026-11-10", "1999-01-01"].iter().enumerate() {
        let file = tj.file(&format!("{i}.csv"));
        std::fs::write(
            &file,
            format!(
                "{HEADER}\n,2026-11-10T08:00:00+01:00,{day},5,,,neck,posture,stiff,heat,15,,3,20\n"
            ),
        )
        .unwrap();
        tj.run(&["import", file.to_str().unwrap()]).expect_ok();
    }
    // The same moment written another way is the same check-in too.
    let file = tj.file("utc.csv");
    std::fs::write(
        &file,
        format!("{HEADER}\n,2026-11-10T07:00:00Z,,5,,,neck,posture,stiff,heat,15,,3,20\n"),
    )
    .unwrap();
    let out = tj.run(&["import", file.to_str().unwrap()]).expect_ok();
    assert!(out.contains("imported 0 entries"), "{out}");
    assert_eq!(tj.open().count_entries().unwrap(), 1);
}

#[test]
fn import_reads_only_regular_files_within_the_limit() {
    let tj = sample_journal(3, 11);
    let before = tj.snapshot();
    let line = tj.run(&["import", "/dev/zero"]).expect_err();
    assert!(line.contains("a device"), "{line}");
    let fifo = tj.file("pipe.csv");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let line = tj.run(&["import", fifo.to_str().unwrap()]).expect_err();
    assert!(line.contains("a pipe"), "{line}");
    let big = tj.file("big.csv");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(relief::exchange::IMPORT_MAX_BYTES + 1).unwrap();
    let line = tj.run(&["import", big.to_str().unwrap()]).expect_err();
    assert!(line.contains("limited to 64 MB"), "{line}");
    assert_eq!(tj.snapshot(), before);
}

#[test]
fn errors_name_the_real_problem() {
    // A file's remedy key that is another item's name lands on that item.
    let tj = TempJournal::new();
    tj.run(&["remedy", "add", "Foam"]).expect_ok();
    tj.run(&["remedy", "rename", "foam", "yoga"]).expect_ok();
    let file = tj.file("y.csv");
    std::fs::write(
        &file,
        format!("{HEADER}\n,2026-11-10T08:00:00+01:00,,5,,,,,,yoga,20,,3,10\n"),
    )
    .unwrap();
    tj.run(&["import", file.to_str().unwrap()]).expect_ok();
    let entries = tj.open().entries(&Default::default()).unwrap();
    assert_eq!(entries[0].remedies[0].key.as_str(), "foam");
    assert_eq!(tj.open().catalogue(CatalogueKind::Remedy).unwrap().len(), 7);

    // A JSON file with a byte-order mark is read as JSON.
    let src = sample_journal(3, 12);
    let json = src.file("bom.json");
    let mut content = b"\xEF\xBB\xBF".to_vec();
    content.extend(src.snapshot().into_bytes());
    std::fs::write(&json, content).unwrap();
    let fresh = TempJournal::new();
    fresh.run(&["import", json.to_str().unwrap()]).expect_ok();
    assert_eq!(fresh.snapshot(), src.snapshot());

    // A device as the journal, a folder to restore.
    let line = relief(&["--db", "/dev/null", "list"]).expect_err();
    assert!(
        line.contains("/dev/null") && line.contains("a device"),
        "{line}"
    );
    let line = src
        .run(&["restore", src.dir.path().to_str().unwrap()])
        .expect_err();
    assert!(line.contains("a folder"), "{line}");
}

#[test]
fn a_full_disk_is_named_as_such() {
    // The journal's process may not grow files past 64 KB: its writes fail as on a full disk.
    let tj = TempJournal::new();
    tj.run(&["add", "--rating", "3"]).expect_ok();
    tj.run(&["list"]).expect_ok(); // today's backup is made
    let data = sample_journal(200, 13);
    let file = data.file("big.json");
    data.run(&["export", "--out", file.to_str().unwrap()])
        .expect_ok();
    let output = Command::new("bash")
        .args([
            "-c",
            "trap '' XFSZ; ulimit -f 64; exec \"$0\" --db \"$1\" import \"$2\"",
            env!("CARGO_BIN_EXE_relief"),
            tj.path.to_str().unwrap(),
            file.to_str().unwrap(),
        ])
        .env("TZ", "Europe/Berlin")
        .output()
        .unwrap();
    let line = Run { output }.expect_err();
    assert!(
        line.contains("journal.db") && (line.contains("disk") || line.contains("failed")),
        "{line}"
    );
    assert_eq!(tj.open().count_entries().unwrap(), 1);
}

#[test]
fn smaller_promises_are_kept() {
    let tj = sample_journal(10, 14);
    let line = tj
        .run(&["list", "--from", "2026-10-30", "--to", "2026-10-20"])
        .expect_err();
    assert!(
        line.contains("--from") && line.contains("2026-10-30 is after 2026-10-20"),
        "{line}"
    );

    // Nearly a day ahead, with its offset: in the future all the same.
    let ahead = (chrono::Utc::now() + chrono::Duration::hours(22))
        .with_timezone(&chrono::FixedOffset::east_opt(-10 * 3600).unwrap())
        .to_rfc3339();
    let line = tj
        .run(&["add", "--rating", "3", "--at", &ahead])
        .expect_err();
    assert!(line.contains("in the future"), "{line}");

    // The hour the clocks go back happens twice: the offset must be given.
    let line = tj
        .run(&["add", "--rating", "3", "--at", "2026-10-25 02:30"])
        .expect_err();
    assert!(
        line.contains("twice") && line.contains("+02:00") && line.contains("+01:00"),
        "{line}"
    );
    tj.run(&["add", "--rating", "3", "--at", "2026-10-25T02:30:00+01:00"])
        .expect_ok();
    // The hour the clocks go forward does not happen at all.
    let line = tj
        .run(&["add", "--rating", "3", "--at", "2026-03-29 02:30"])
        .expect_err();
    assert!(
        line.contains("does not exist") && line.contains("2026-03-29T02:30:00+01:00"),
        "{line}"
    );

    // Look-alike names are one name; invisible characters are refused.
    for name in ["Ｈｅａｔ", "HEAT", " heat "] {
        let line = tj.run(&["remedy", "add", name]).expect_err();
        assert!(
            line.contains("already a remedy named 'Heat'"),
            "{name}: {line}"
        );
    }
    let line = tj.run(&["remedy", "add", "Heat\u{200b}"]).expect_err();
    assert!(line.contains("invisible character (U+200B)"), "{line}");
    tj.run(&["cause", "add", "Straße"]).expect_ok();
    let line = tj.run(&["cause", "add", "STRASSE"]).expect_err();
    assert!(line.contains("already a cause named 'Straße'"), "{line}");

    // The same reminder twice is refused.
    let line = tj
        .run(&[
            "settings",
            "--remind",
            "stretch@10:30",
            "--remind",
            "stretch@10:30:mon",
        ])
        .expect_err();
    assert!(line.contains("repeats"), "{line}");

    // A stored setting that cannot be read blocks nothing, and saving repairs it.
    let conn = rusqlite::Connection::open(&tj.path).unwrap();
    conn.execute(
        "INSERT INTO setting (key, value) VALUES ('theme', 'neon')
         ON CONFLICT (key) DO UPDATE SET value = 'neon'",
        [],
    )
    .unwrap();
    drop(conn);
    tj.run(&["export", "--format", "json"]).expect_ok();
    let out = tj.run(&["settings", "--theme", "dark"]).expect_ok();
    assert!(out.contains("theme = dark"), "{out}");
}

#[test]
fn list_keeps_a_journal_day_together_across_time_zones() {
    let tj = TempJournal::new();
    {
        let mut j = tj.open();
        // A flight: the evening of 10 May in Los Angeles is later in UTC than the morning of
        // 11 May in Berlin.
        j.add_entry(&draft("2026-05-10T22:00:00-07:00", 5)).unwrap();
        j.add_entry(&draft("2026-05-11T06:00:00+02:00", 3)).unwrap();
        j.add_entry(&draft("2026-05-10T09:00:00+02:00", 4)).unwrap();
    }
    let list = tj.run(&["list", "--json"]).expect_ok();
    let listed: serde_json::Value = serde_json::from_str(&list).unwrap();
    let days: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["journal_day"].as_str().unwrap())
        .collect();
    assert_eq!(days, ["2026-05-10", "2026-05-10", "2026-05-11"]);
    let text = tj.run(&["list"]).expect_ok();
    assert_eq!(text.matches("2026-05-10").count(), 1, "{text}");
}

#[test]
fn the_reports_default_end_is_todays_journal_day() {
    let tj = sample_journal(3, 15);
    // With the day starting at noon, the morning still belongs to yesterday.
    tj.run(&["settings", "--day-start", "12"]).expect_ok();
    let pdf = tj.file("r.pdf");
    tj.run(&["report", "--out", pdf.to_str().unwrap()])
        .expect_ok();
    let now = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Berlin);
    let today = now.date_naive();
    let expected = if chrono::Timelike::hour(&now) < 12 {
        today - chrono::Duration::days(1)
    } else {
        today
    };
    let text = pdf_text(&pdf);
    let range = format!("{} – {}", expected - chrono::Duration::days(29), expected);
    assert!(text.contains(&range), "expected {range} in the report");
}
