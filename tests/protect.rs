// A journal only its owner can read: protect, unprotect and change the passphrase, through the
// real CLI and the core, on real files — what the bytes hold afterwards, what a missing or
// wrong passphrase gets, and SIGKILL at random moments of each change.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use relief::store::protect::Passphrase;
use relief::{Error, Journal};

use crate::util::{sample_journal, TempJournal, PASSPHRASE};

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
        files.extend(read.map(|item| item.unwrap().path()));
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
        for _ in 0..24 {
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
                .unwrap_or_else(|| panic!("{what} killed at {at:?}: the journal does not open"));
            assert_eq!(
                journal.count_entries().unwrap(),
                entries,
                "{what} at {at:?}"
            );
            assert_eq!(journal.integrity_check().unwrap(), "ok");
            let old_index = if *what == "protect" { 0 } else { 1 };
            if form == old_index {
                old_form += 1;
            } else {
                new_form += 1;
            }
        }
        eprintln!("{what}: 24 kills within {took:?}: {old_form} left in the old form, {new_form} in the new");
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
