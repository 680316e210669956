// A journal only its owner can read: protect, unprotect and change the passphrase, through the
// real CLI and the core, on real files — what the bytes hold afterwards, what a missing or
// wrong passphrase gets, and SIGKILL at random moments of each change.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use relief::store::protect::Passphrase;
use relief::{Error, Journal};

use crate::util::{relief, sample_journal, TempJournal, PASSPHRASE};

const NOTE: &str = "MYSECRET note about the zebra crossing";
const REMEDY: &str = "Grandmothers liniment";
const CAUSE: &str = "Carrying the accordion";

fn key(text: &str) -> Passphrase {
    Passphrase::new_one(text).unwrap()
}

/// The journal, its side files and every backup: the files a protected journal must keep
/// unreadable.
fn files_of(journal: &Path) -> Vec<PathBuf> {
    let mut files = vec![journal.to_path_buf()];
    for side in ["-wal", "-shm", "-journal"] {
        let p = relief::files::beside(journal, side);
        if p.exists() {
            files.push(p);
        }
    }
    let dir = relief::store::backups::folder(journal);
    if let Ok(read) = std::fs::read_dir(dir) {
        // The seal (`.seal`) is Relief's note of the journal's length and hash, not a copy.
        files.extend(
            read.map(|item| item.unwrap().path())
                .filter(|p| p.file_name().is_some_and(|n| n != ".seal")),
        );
    }
    files
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A plain journal with a secret in a note, a remedy and a cause, a backup, and a log.
fn journal_with_secrets() -> TempJournal {
    let tj = sample_journal(120, 5);
    let run = |args: &[&str]| tj.run(args).expect_ok();
    run(&["remedy", "add", REMEDY]);
    run(&["cause", "add", CAUSE]);
    run(&["backup", "list"]); // the first use of the day leaves a backup
    let liniment = REMEDY.to_lowercase().replace(' ', "_");
    let accordion = CAUSE.to_lowercase().replace(' ', "_");
    run(&[
        "add", "--rating", "4", "--note", NOTE, "--remedy", &liniment, "--cause", &accordion,
    ]);
    tj
}

#[test]
fn after_protecting_no_file_holds_the_header_or_a_word_written_into_it() {
    let tj = journal_with_secrets();
    let pw = tj.file("pw");
    std::fs::write(&pw, format!("{PASSPHRASE}\n")).unwrap();
    let before = tj.snapshot();
    let said = tj
        .run(&["protect", "--new-passphrase-file", pw.to_str().unwrap()])
        .expect_ok();
    assert!(said.contains("is protected by a passphrase now"), "{said}");
    // Written after protecting too: the log of a protected journal is protected.
    let protected = TempJournal {
        passphrase: Some(key(PASSPHRASE)),
        ..tj
    };
    std::fs::write(protected.file("passphrase"), PASSPHRASE).unwrap();
    assert_eq!(
        protected.snapshot(),
        before,
        "protecting changed what the journal holds"
    );
    protected
        .run(&["add", "--rating", "2", "--note", "MYSECRET second note"])
        .expect_ok();
    let journal = protected.open();
    assert!(journal.is_protected());
    let files = files_of(&protected.path);
    assert!(files.len() >= 2, "{files:?}");
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for secret in [
            &b"SQLite format 3\0"[..],
            b"MYSECRET",
            REMEDY.as_bytes(),
            CAUSE.as_bytes(),
            b"Heat",
        ] {
            assert!(
                !contains(&bytes, secret),
                "{} holds {:?}",
                file.display(),
                String::from_utf8_lossy(secret)
            );
        }
    }
    drop(journal);
    assert!(protected.snapshot().contains("MYSECRET second note"));
    // An export is an ordinary file, and the CLI says so where it writes it.
    let out = protected.file("export.json");
    let run = protected.run(&["export", "--out", out.to_str().unwrap()]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(
        run.stderr().contains("is an ordinary file"),
        "{}",
        run.stderr()
    );
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("MYSECRET second note"));
}

#[test]
fn a_missing_or_wrong_passphrase_is_refused_and_the_file_is_left_as_it_was() {
    let tj = TempJournal::protected();
    let mut journal = tj.open();
    journal
        .add_entry(&crate::util::draft("2026-11-02T08:00:00+01:00", 3))
        .unwrap();
    drop(journal);
    let bytes = |p: &Path| std::fs::read(p).ok();
    let files = files_of(&tj.path);
    let before: Vec<_> = files.iter().map(|f| bytes(f)).collect();

    // The core.
    match Journal::open(&tj.path) {
        Err(Error::Locked { .. }) => {}
        other => panic!("opened without a passphrase: {other:?}"),
    }
    match Journal::open_with(&tj.path, Some(&key("not the passphrase"))) {
        Err(Error::WrongPassphrase { .. }) => {}
        other => panic!("opened with a wrong passphrase: {other:?}"),
    }
    // The CLI: no terminal to ask on, a wrong passphrase in a file, and on standard input.
    let plain = TempJournal {
        passphrase: None,
        dir: tempfile::tempdir().unwrap(),
        path: tj.path.clone(),
    };
    let line = plain.run(&["list"]).expect_err();
    assert!(line.contains("is protected by a passphrase"), "{line}");
    let wrong = tj.file("wrong");
    std::fs::write(&wrong, "not the passphrase\n").unwrap();
    let line = plain
        .run(&["--passphrase-file", wrong.to_str().unwrap(), "list"])
        .expect_err();
    assert!(line.contains("wrong passphrase"), "{line}");
    let out = Command::new(env!("CARGO_BIN_EXE_relief"))
        .args([
            "--db",
            tj.path.to_str().unwrap(),
            "--passphrase-stdin",
            "add",
            "--rating",
            "5",
        ])
        .env("LANG", "en_US.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(b"also wrong\n")?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong passphrase"));
    let after: Vec<_> = files.iter().map(|f| bytes(f)).collect();
    assert!(before == after, "a refused open changed a file");
    // The right one opens it, from a file or standard input.
    assert!(tj.run(&["list"]).expect_ok().contains("3/10"));
}

#[test]
fn unprotect_and_a_new_passphrase_keep_every_check_in_and_the_backups_follow() {
    let tj = journal_with_secrets();
    let before = tj.snapshot();
    let mut journal = tj.open();
    journal.protect(&key("first passphrase")).unwrap();
    assert!(journal.is_protected());
    journal.protect(&key("second passphrase")).unwrap();
    drop(journal);
    assert!(matches!(
        Journal::open_with(&tj.path, Some(&key("first passphrase"))),
        Err(Error::WrongPassphrase { .. })
    ));
    let backup = &files_of(&tj.path)[1..];
    for b in backup {
        relief::store::backups::validate(b, Some(&key("second passphrase"))).unwrap();
    }
    let mut journal = Journal::open_with(&tj.path, Some(&key("second passphrase"))).unwrap();
    assert_eq!(
        crate::util::export(&journal, relief::exchange::Format::Json),
        before
    );
    journal.unprotect().unwrap();
    assert!(!journal.is_protected());
    drop(journal);
    assert!(relief::store::protect::is_plain(&tj.path));
    for b in backup {
        assert!(relief::store::protect::is_plain(b), "{}", b.display());
    }
    assert_eq!(
        TempJournal {
            passphrase: None,
            ..tj
        }
        .snapshot(),
        before
    );
}

#[test]
fn protecting_is_refused_while_another_process_has_the_journal_open() {
    let tj = sample_journal(20, 3);
    // A second connection in this process stands in for the app: SQLite's locks are per
    // connection for this purpose.
    let mut app = tj.open();
    app.daily_backup(app.now().date_naive()).unwrap();
    let mut cli = tj.open();
    match cli.protect(&key(PASSPHRASE)) {
        Err(Error::InUse { .. }) => {}
        other => panic!("protected under an open journal: {other:?}"),
    }
    // Nothing changed: the journal and every backup are plain, and both handles still write.
    for file in files_of(&tj.path) {
        if !file.to_string_lossy().ends_with("-shm") && !file.to_string_lossy().ends_with("-wal") {
            assert!(
                relief::store::protect::is_plain(&file),
                "{}",
                file.display()
            );
        }
    }
    let draft = crate::util::draft("2026-11-20T09:00:00+01:00", 6);
    app.add_entry(&draft).unwrap();
    cli.add_entry(&draft).unwrap();
    drop(cli);
    drop(app);
    tj.open().protect(&key(PASSPHRASE)).unwrap();
}

/// Copies `journal` and its backups folder into a fresh folder; returns the copy's path.
fn copy_journal(journal: &Path, into: &Path) -> PathBuf {
    let dest = into.join("journal.db");
    std::fs::copy(journal, &dest).unwrap();
    let backups = relief::store::backups::folder(journal);
    let dest_backups = relief::store::backups::folder(&dest);
    std::fs::create_dir_all(&dest_backups).unwrap();
    for item in std::fs::read_dir(backups).into_iter().flatten() {
        let item = item.unwrap();
        std::fs::copy(item.path(), dest_backups.join(item.file_name())).unwrap();
    }
    dest
}

/// Runs `relief ARGS` on `db` and SIGKILLs it after `after` if it is still running; whether it
/// finished first.
fn run_and_kill(db: &Path, args: &[&str], after: Duration) -> bool {
    let mut child = Command::new(env!("CARGO_BIN_EXE_relief"))
        .args(["--db", db.to_str().unwrap()])
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap();
    let deadline = Instant::now() + after;
    let mut finished = child.try_wait().unwrap().is_some();
    while !finished && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1).min(deadline - Instant::now()));
        finished = child.try_wait().unwrap().is_some();
    }
    let _ = child.kill();
    let _ = child.wait();
    finished
}

/// How many times each change is killed.
const KILLS: usize = 24;

#[test]
fn sigkill_at_random_moments_of_each_change_leaves_a_journal_that_opens_whole() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old");
    let new = dir.path().join("new");
    std::fs::write(&old, "the old passphrase\n").unwrap();
    std::fs::write(&new, "the new passphrase\n").unwrap();
    let plain = journal_with_secrets();
    let entries = plain.open().count_entries().unwrap();
    let protected_dir = tempfile::tempdir().unwrap();
    let protected = copy_journal(&plain.path, protected_dir.path());
    Journal::open(&protected)
        .unwrap()
        .protect(&key("the old passphrase"))
        .unwrap();
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let changes: [(&str, &Path, Vec<&str>); 3] = [
        (
            "protect",
            &plain.path,
            vec!["protect", "--new-passphrase-file", new],
        ),
        (
            "unprotect",
            &protected,
            vec!["--passphrase-file", old, "unprotect"],
        ),
        (
            "passphrase",
            &protected,
            vec![
                "--passphrase-file",
                old,
                "passphrase",
                "--new-passphrase-file",
                new,
            ],
        ),
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for (what, template, args) in &changes {
        // How long the whole change takes, to kill it anywhere within.
        let whole = tempfile::tempdir().unwrap();
        let db = copy_journal(template, whole.path());
        let started = Instant::now();
        assert!(
            run_and_kill(&db, args, Duration::from_secs(60)),
            "{what} did not finish"
        );
        let took = started.elapsed();
        let (mut old_form, mut new_form) = (0, 0);
        for _ in 0..KILLS {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // A tenth past the end too: killed after it finished, the new form must open.
            let at = Duration::from_micros(seed % (took.as_micros() as u64 * 11 / 10 + 1));
            let run = tempfile::tempdir().unwrap();
            let db = copy_journal(template, run.path());
            run_and_kill(&db, args, at);
            // Plain, the old passphrase, the new one: the form it was left in.
            let keys = [
                None,
                Some(key("the old passphrase")),
                Some(key("the new passphrase")),
            ];
            let (form, journal) = keys
                .iter()
                .enumerate()
                .find_map(|(i, k)| Journal::open_with(&db, k.as_ref()).ok().map(|j| (i, j)))
                .unwrap_or_else(|| {
                    let why: Vec<String> = keys
                        .iter()
                        .map(|k| format!("{:?}", Journal::open_with(&db, k.as_ref()).err()))
                        .collect();
                    panic!("{what} killed at {at:?}: the journal does not open: {why:?}")
                });
            assert_eq!(
                journal.count_entries().unwrap(),
                entries,
                "{what} at {at:?}"
            );
            assert_eq!(journal.integrity_check().unwrap(), "ok");
            // The open cleared what the killed change left, and nothing of a protected journal
            // is readable without its passphrase.
            let leftovers: Vec<PathBuf> = every_file(run.path())
                .into_iter()
                .filter(|f| {
                    let name = f.file_name().unwrap().to_string_lossy().into_owned();
                    name.starts_with(".relief-") || name.ends_with("-journal")
                })
                .collect();
            assert!(
                leftovers.is_empty(),
                "{what} killed at {at:?} left {leftovers:?}"
            );
            if form != 0 {
                nothing_readable(run.path(), "MYSECRET");
            }
            drop(journal);
            let old_index = if *what == "protect" { 0 } else { 1 };
            if form == old_index {
                old_form += 1;
            } else {
                new_form += 1;
            }
        }
        eprintln!("{what}: {KILLS} kills within {took:?}: {old_form} left in the old form, {new_form} in the new");
    }
}

/// A connection to a protected file with the test passphrase, as another program would make it.
fn keyed(path: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "key", PASSPHRASE).unwrap();
    conn
}

/// A protected journal of 60 days, closed, without a log beside it.
fn closed_protected() -> TempJournal {
    let tj = crate::util::protected_sample_journal(60, 4);
    keyed(&tj.path)
        .pragma_update(None, "journal_mode", "DELETE")
        .unwrap();
    tj
}

#[test]
fn the_refusals_of_plain_journals_hold_for_protected_ones_and_leave_the_file_as_it_was() {
    let refused = |tj: &TempJournal, expect: &dyn Fn(&Error) -> bool, words: &str| {
        let before = std::fs::read(&tj.path).unwrap();
        let err = tj.open_with_result();
        assert!(expect(&err), "{err:?}");
        let line = tj.run(&["list"]).expect_err();
        assert!(line.contains(words), "{line}");
        assert!(
            before == std::fs::read(&tj.path).unwrap(),
            "the file changed"
        );
    };
    // Damaged: garbage in the middle, or cut in half.
    let tj = closed_protected();
    let mut damaged = std::fs::read(&tj.path).unwrap();
    let middle = damaged.len() / 2;
    damaged[middle..middle + 8192].fill(0xA5);
    std::fs::write(&tj.path, &damaged).unwrap();
    refused(&tj, &|e| matches!(e, Error::Damaged { .. }), "damaged");
    let tj = closed_protected();
    let full = std::fs::read(&tj.path).unwrap();
    std::fs::write(&tj.path, &full[..full.len() / 2]).unwrap();
    refused(&tj, &|e| matches!(e, Error::Damaged { .. }), "damaged");
    // From a newer Relief.
    let tj = closed_protected();
    keyed(&tj.path)
        .pragma_update(None, "user_version", relief::store::SCHEMA_VERSION + 1)
        .unwrap();
    refused(&tj, &|e| matches!(e, Error::TooNew { .. }), "newer Relief");
    // Another program's database, protected with the same passphrase.
    let tj = TempJournal::protected();
    std::fs::remove_file(&tj.path).unwrap();
    keyed(&tj.path)
        .execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');")
        .unwrap();
    refused(
        &tj,
        &|e| matches!(e, Error::NotAJournal { .. }),
        "another program",
    );
}

#[test]
fn a_journal_replaced_under_an_open_handle_refuses_its_writes_instead_of_losing_them() {
    let tj = sample_journal(30, 8);
    let mut open_here = tj.open();
    open_here
        .daily_backup(open_here.now().date_naive())
        .unwrap();
    let backup = files_of(&tj.path)
        .into_iter()
        .find(|f| f.starts_with(relief::store::backups::folder(&tj.path)))
        .unwrap();
    // Elsewhere (another process, as `relief restore` beside a running app), the file is
    // replaced by its backup.
    relief::store::backups::restore(&tj.path, &backup, relief::system::now(), None).unwrap();
    let draft = crate::util::draft("2026-11-20T09:00:00+01:00", 6);
    match open_here.add_entry(&draft) {
        Err(Error::Replaced { .. }) => {}
        other => panic!("wrote into the replaced file: {other:?}"),
    }
    // Opened again, the journal takes the write.
    tj.open().add_entry(&draft).unwrap();
}

/// Runs `relief ARGS` on a terminal of its own (`script` gives it one), typing `typed`; what
/// the terminal showed.
fn on_a_terminal(db: &Path, args: &str, typed: &str) -> String {
    let command = format!(
        "{} --db {} {args}",
        env!("CARGO_BIN_EXE_relief"),
        db.display()
    );
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("LANG", "en_US.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        for line in typed.lines() {
            // One line at a time, as a person types after each question.
            std::thread::sleep(Duration::from_millis(400));
            writeln!(stdin, "{line}").unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn on_a_terminal_the_passphrase_is_asked_twice_to_protect_then_once_without_echo() {
    let tj = sample_journal(10, 2);
    let shown = on_a_terminal(&tj.path, "protect", "typed secret one\ntyped secret one\n");
    assert!(
        shown.contains("New passphrase:") && shown.contains("The same again:"),
        "{shown}"
    );
    assert!(
        shown.contains("is protected by a passphrase now"),
        "{shown}"
    );
    assert!(
        !shown.contains("typed secret one"),
        "the passphrase was echoed: {shown}"
    );
    let shown = on_a_terminal(&tj.path, "list", "typed secret one\n");
    assert!(shown.contains("Passphrase for"), "{shown}");
    assert!(
        !shown.contains("typed secret one"),
        "the passphrase was echoed: {shown}"
    );
    assert!(shown.contains("/10"), "{shown}");
    // Two different ones: nothing changes.
    let tj = sample_journal(10, 3);
    let shown = on_a_terminal(&tj.path, "protect", "one passphrase\nanother one\n");
    assert!(shown.contains("differ"), "{shown}");
    assert!(relief::store::protect::is_plain(&tj.path));
}

/// Every file in `dir` and below.
fn every_file(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for item in std::fs::read_dir(dir).into_iter().flatten() {
        let path = item.unwrap().path();
        if path.is_dir() {
            out.extend(every_file(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Asserts that no file in the journal's folder, its backups included, starts as plain SQLite
/// or holds `secret`.
fn nothing_readable(dir: &Path, secret: &str) {
    for file in every_file(dir) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        if name == "passphrase" || name == "pw" || name.ends_with(".json") {
            continue;
        }
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !bytes.starts_with(b"SQLite format 3\0"),
            "{} is plain SQLite",
            file.display()
        );
        assert!(
            !contains(&bytes, secret.as_bytes()),
            "{} holds {secret:?}",
            file.display()
        );
    }
}

/// The passphrase file of a protected [`TempJournal`], for `--passphrase-file`.
fn protected_journal() -> TempJournal {
    let tj = TempJournal::protected();
    tj.run(&["add", "--rating", "3", "--note", "first protected note"])
        .expect_ok();
    tj
}

#[test]
fn restoring_a_plain_copy_onto_a_protected_journal_protects_it_and_says_so() {
    // A plain copy holding a secret, as `relief backup --out` of an older plain journal made it.
    let plain = TempJournal::new();
    plain
        .run(&["add", "--rating", "6", "--note", "MYSECRET restored note"])
        .expect_ok();
    let copy = plain.file("copy.db");
    plain
        .run(&["backup", "--out", copy.to_str().unwrap()])
        .expect_ok();
    assert!(relief::store::protect::is_plain(&copy));

    let tj = protected_journal();
    let said = tj.run(&["restore", copy.to_str().unwrap()]).expect_ok();
    assert!(said.contains("restored"), "{said}");
    assert!(
        said.contains("protected now with the journal's passphrase"),
        "{said}"
    );
    nothing_readable(tj.dir.path(), "MYSECRET");
    let journal = tj.open();
    assert!(journal.is_protected());
    assert!(tj.snapshot().contains("MYSECRET restored note"));
    drop(journal);

    // Without the journal's passphrase (a wrong one), nothing changes.
    let before = std::fs::read(&tj.path).unwrap();
    let wrong = tj.file("wrong");
    std::fs::write(&wrong, "not the passphrase\n").unwrap();
    let err = relief(&[
        "--db",
        tj.path.to_str().unwrap(),
        "--passphrase-file",
        wrong.to_str().unwrap(),
        "restore",
        copy.to_str().unwrap(),
    ])
    .expect_err();
    assert!(err.contains("wrong passphrase"), "{err}");
    assert_eq!(std::fs::read(&tj.path).unwrap(), before);
}

#[test]
fn the_app_s_restore_of_a_plain_backup_keeps_a_protected_journal_protected() {
    // The core function the app's Settings → Backups → Restore calls, with the app's key.
    let tj = protected_journal();
    let plain = TempJournal::new();
    plain
        .run(&[
            "add",
            "--rating",
            "6",
            "--note",
            "MYSECRET from a plain backup",
        ])
        .expect_ok();
    let restored = relief::store::backups::restore(
        &tj.path,
        &plain.path,
        relief::system::now(),
        tj.passphrase.as_ref(),
    )
    .unwrap();
    assert_eq!(restored.entries, 1);
    assert!(restored.protected && restored.kept_protected);
    // Reading the copy (a journal in WAL mode) left nothing beside it.
    for side in ["-wal", "-shm"] {
        let file = relief::files::beside(&plain.path, side);
        assert!(!file.exists(), "{} was left", file.display());
    }
    nothing_readable(tj.dir.path(), "MYSECRET");
    // The journal it replaced is kept, protected too.
    let kept = every_file(&relief::store::backups::folder(&tj.path));
    assert!(
        kept.iter()
            .any(|f| f.to_string_lossy().contains("before-restore")),
        "{kept:?}"
    );
    // Without a passphrase the restore is refused and the journal is left as it was.
    let before = std::fs::read(&tj.path).unwrap();
    let refused =
        relief::store::backups::restore(&tj.path, &plain.path, relief::system::now(), None);
    assert!(matches!(refused, Err(Error::Locked { .. })), "{refused:?}");
    assert_eq!(std::fs::read(&tj.path).unwrap(), before);
}

#[test]
fn imports_and_sample_data_written_into_a_protected_journal_stay_protected() {
    let plain = TempJournal::new();
    plain
        .run(&["add", "--rating", "5", "--note", "MYSECRET imported note"])
        .expect_ok();
    let export = plain.file("export.json");
    plain
        .run(&[
            "export",
            "--format",
            "json",
            "--out",
            export.to_str().unwrap(),
        ])
        .expect_ok();
    let tj = protected_journal();
    tj.run(&["import", export.to_str().unwrap()]).expect_ok();
    nothing_readable(tj.dir.path(), "MYSECRET");
    assert!(tj.snapshot().contains("MYSECRET imported note"));

    let fresh = TempJournal::protected();
    fresh.run(&["sample", "--days", "30"]).expect_ok();
    nothing_readable(fresh.dir.path(), "Heat");
    assert!(fresh.open().count_entries().unwrap() > 0);
}

#[test]
fn backups_belong_to_their_journal_not_to_whichever_name_begins_like_it() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.db");
    let ab = dir.path().join("a-b.db");
    let a_other = dir.path().join("a.sqlite");
    for (path, note) in [
        (&a, "note of a"),
        (&ab, "MYSECRET note of a-b"),
        (&a_other, "note of a.sqlite"),
    ] {
        let mut j = Journal::open(path).unwrap();
        j.add_entry(&crate::util::draft("2026-11-20T09:00:00+01:00", 4))
            .unwrap();
        let mut d = crate::util::draft("2026-11-20T10:00:00+01:00", 5);
        d.note = relief::model::Note::new(note).unwrap();
        j.add_entry(&d).unwrap();
        j.daily_backup(j.now().date_naive()).unwrap();
    }
    let count = |p: &Path| relief::store::backups::list(p).unwrap().len();
    assert_eq!((count(&a), count(&ab), count(&a_other)), (1, 1, 1));
    // Protect a-b, then protect and unprotect a: a-b's backup stays protected with its own.
    Journal::open(&ab)
        .unwrap()
        .protect(&key("passphrase of a-b"))
        .unwrap();
    let mut ja = Journal::open(&a).unwrap();
    ja.protect(&key("passphrase of a")).unwrap();
    ja.unprotect().unwrap();
    drop(ja);
    let ab_backup = relief::store::backups::list(&ab).unwrap().remove(0);
    let ab_backup = Path::new(&ab_backup.path);
    assert!(!relief::store::protect::is_plain(ab_backup));
    relief::store::backups::validate(ab_backup, Some(&key("passphrase of a-b"))).unwrap();
    assert!(!contains(&std::fs::read(ab_backup).unwrap(), b"MYSECRET"));
    // The other way round: protecting a does not take a-b's or a.sqlite's backups.
    Journal::open(&ab).ok(); // locked: refused, changes nothing
    Journal::open(&a)
        .unwrap()
        .protect(&key("passphrase of a"))
        .unwrap();
    relief::store::backups::validate(ab_backup, Some(&key("passphrase of a-b"))).unwrap();
    let other = relief::store::backups::list(&a_other).unwrap().remove(0);
    assert!(relief::store::protect::is_plain(Path::new(&other.path)));
    assert_eq!((count(&a), count(&ab), count(&a_other)), (1, 1, 1));
}

#[test]
fn backups_an_older_relief_kept_in_the_shared_folder_go_to_their_own_journal() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.db");
    let ab = dir.path().join("a-b.db");
    for path in [&a, &ab] {
        let mut j = Journal::open(path).unwrap();
        j.add_entry(&crate::util::draft("2026-11-20T09:00:00+01:00", 4))
            .unwrap();
        j.daily_backup(j.now().date_naive()).unwrap();
    }
    // Laid out as before: every backup in `backups/`, named `<stem>-<day>.db`.
    let root = relief::files::backups_root(&a);
    for path in [&a, &ab] {
        for b in relief::store::backups::list(path).unwrap() {
            std::fs::rename(&b.path, root.join(&b.file_name)).unwrap();
        }
        std::fs::remove_dir(relief::store::backups::folder(path)).unwrap();
    }
    drop(Journal::open(&a).unwrap());
    let names = |p: &Path| -> Vec<String> {
        relief::store::backups::list(p)
            .unwrap()
            .into_iter()
            .map(|b| b.file_name)
            .collect()
    };
    assert_eq!(names(&a).len(), 1);
    assert!(names(&a)[0].starts_with("a-2"), "{:?}", names(&a));
    assert!(
        names(&ab).is_empty(),
        "a-b's backup is still where an older Relief kept it"
    );
    drop(Journal::open(&ab).unwrap());
    assert!(names(&ab)[0].starts_with("a-b-2"), "{:?}", names(&ab));
}
