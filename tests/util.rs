//! A temp-journal helper and a runner for the real `relief` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use relief::exchange::{self, Format};
use relief::model::{EntryDraft, Rating, Timestamp};
use relief::store::protect::Passphrase;
use relief::Journal;

/// A journal file in its own temp dir, removed when dropped; protected by a passphrase when
/// made with [`TempJournal::protected`] (then opened with it, and the CLI given it in a file).
pub struct TempJournal {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    pub passphrase: Option<Passphrase>,
}

/// The passphrase of protected test journals.
pub const PASSPHRASE: &str = "correct horse battery staple";

impl TempJournal {
    /// The journal day of its last entry.
    pub fn last_day(&self) -> chrono::NaiveDate {
        let entries = self.open().entries(&Default::default()).unwrap();
        entries.last().expect("the journal has entries").journal_day
    }

    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("journal.db");
        TempJournal {
            dir,
            path,
            passphrase: None,
        }
    }

    /// A new journal protected by [`PASSPHRASE`], which the CLI reads from a file beside it.
    pub fn protected() -> Self {
        let mut tj = TempJournal::new();
        let key = Passphrase::new_one(PASSPHRASE).expect("passphrase");
        std::fs::write(tj.file("passphrase"), format!("{PASSPHRASE}\n")).expect("passphrase file");
        drop(Journal::open_with(&tj.path, Some(&key)).expect("create protected journal"));
        tj.passphrase = Some(key);
        tj
    }

    pub fn open(&self) -> Journal {
        Journal::open_with(&self.path, self.passphrase.as_ref()).expect("open journal")
    }

    /// The refusal opening it gets (with its passphrase, if protected).
    pub fn open_with_result(&self) -> relief::Error {
        Journal::open_with(&self.path, self.passphrase.as_ref()).expect_err("the journal opened")
    }

    /// Another file in the same temp dir.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `relief --db <this journal> args…`.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut all = vec!["--db", self.path.to_str().expect("utf-8 path")];
        let key_file = self.file("passphrase");
        if self.passphrase.is_some() {
            all.extend(["--passphrase-file", key_file.to_str().expect("utf-8 path")]);
        }
        all.extend_from_slice(args);
        relief(&all)
    }

    /// The journal's logical content: its full JSON export.
    pub fn snapshot(&self) -> String {
        let journal = self.open();
        export(&journal, Format::Json)
    }
}

pub fn export(journal: &Journal, format: Format) -> String {
    let mut out = Vec::new();
    let snapshot = journal.snapshot(Default::default()).expect("snapshot");
    exchange::export(&snapshot, format, &mut out).expect("export");
    String::from_utf8(out).expect("utf-8 export")
}

/// What a run of the binary did.
pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn ok(&self) -> bool {
        self.output.status.success()
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
    /// Asserts success and returns stdout.
    pub fn expect_ok(&self) -> String {
        assert!(
            self.ok(),
            "relief failed: {}\nstdout: {}",
            self.stderr(),
            self.stdout()
        );
        self.stdout()
    }
    /// Asserts failure with one line on stderr and returns that line.
    pub fn expect_err(&self) -> String {
        assert!(
            !self.ok(),
            "relief succeeded but should not have: {}",
            self.stdout()
        );
        let err = self.stderr();
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "error is not one line: {err}"
        );
        assert!(
            err.starts_with("relief: "),
            "error does not start with 'relief: ': {err}"
        );
        err
    }
}

pub fn relief(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_relief"))
        .args(args)
        .env_remove("RELIEF_DB")
        .env("TZ", "Europe/Berlin")
        // English whatever the machine's language; tests/languages.rs sets its own.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("run relief");
    Run { output }
}

/// `relief --db db ARGS` with `LANG=lang` (and no `LC_ALL`, `LC_MESSAGES`).
pub fn run_in(db: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_relief"))
        .args(["--db", db.to_str().expect("utf-8 path")])
        .args(args)
        .env_remove("RELIEF_DB")
        .env("TZ", "Europe/Berlin")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .expect("run relief")
}

/// [`run_in`]'s output, after making sure it succeeded.
pub fn relief_in(db: &Path, lang: &str, args: &[&str]) -> String {
    let out = run_in(db, lang, args);
    assert!(
        out.status.success(),
        "relief {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

pub fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).expect("timestamp")
}

pub fn rating(n: i64) -> Rating {
    Rating::new(n).expect("rating")
}

pub fn draft(time: &str, n: i64) -> EntryDraft {
    EntryDraft::new(at(time), rating(n))
}

pub fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read file")
}

/// A sample journal of `days` days ending 2026-10-31, made through the core.
pub fn sample_journal(days: u32, seed: u64) -> TempJournal {
    fill(TempJournal::new(), days, seed)
}

/// The same sample journal, protected by [`PASSPHRASE`].
pub fn protected_sample_journal(days: u32, seed: u64) -> TempJournal {
    fill(TempJournal::protected(), days, seed)
}

fn fill(tj: TempJournal, days: u32, seed: u64) -> TempJournal {
    let mut journal = tj.open();
    let data = relief::sample::generate(&relief::sample::SampleSpec {
        days,
        seed,
        end: chrono::NaiveDate::from_ymd_opt(2026, 10, 31).expect("date"),
    })
    .expect("sample");
    journal.import(&data).expect("import sample");
    tj
}

/// Every file below `dir`, in its subfolders too.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("a folder").flatten() {
        if e.path().is_dir() {
            out.extend(files_under(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}
