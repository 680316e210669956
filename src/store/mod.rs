//! The journal file: SQLite, opened carefully, written one transaction at a time.
//!
//! All SQL of Relief lives under this module. [`Journal`] is the one handle the CLI and the
//! desktop shell hold; its methods are the operations a person can do.

pub mod backups;
mod catalogue;
mod entries;
mod followups;
mod settings;
mod sql_types;
mod transfer;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};

pub use followups::FollowUp;
pub use transfer::{ImportReport, IncomingEntry, JournalData};

/// `PRAGMA application_id` of a Relief journal: "RLJ1".
pub const APPLICATION_ID: i32 = 0x524C_4A31;

/// Append-only: a released migration is never edited; new ones are added at the end.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_schema_v1.sql")),
    M::up(include_str!("migrations/0002_covering_region_index.sql")),
    M::up(include_str!("migrations/0003_followup.sql")),
];

/// The schema version this build writes and reads (the number of migrations).
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a write waits for another process (the app and the CLI at once) before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open journal. One per process; not shared between threads without a lock.
pub struct Journal {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal").field("path", &self.path).finish()
    }
}

impl Journal {
    /// Opens the journal at `path`, creating it (and its folder) if it does not exist.
    ///
    /// An existing file is inspected read-only first: a file that is not SQLite, an SQLite
    /// database of another program, or a journal from a newer Relief is refused before anything
    /// could write to it, so it stays byte-for-byte as it was.
    pub fn open(path: impl AsRef<Path>) -> Result<Journal> {
        let path = path.as_ref().to_path_buf();
        let exists = match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                return Err(Error::NotAJournal {
                    path,
                    reason: "it is a folder".into(),
                })
            }
            Ok(meta) => meta.len() > 0,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
            Err(e) => return Err(Error::io(path, e)),
        };
        if exists {
            inspect(&path)?;
        } else if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }

        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(&path, flags).map_err(|e| classify(&path, e))?;
        // Pragmas outside any transaction: journal_mode cannot change inside one.
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Every transaction takes the write lock up front. A deferred one that reads first and
        // writes later fails at once with "database is locked" when another process wrote in
        // between (WAL cannot upgrade a stale read snapshot; the busy timeout does not apply).
        conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
        conn.query_row("PRAGMA journal_mode = WAL", [], |row| {
            row.get::<_, String>(0)
        })
        .map_err(|e| classify(&path, e))?;
        conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             PRAGMA synchronous = FULL;
             PRAGMA trusted_schema = OFF;",
        )?;
        Migrations::from_slice(MIGRATIONS)
            .to_latest(&mut conn)
            .map_err(|e| match e {
                rusqlite_migration::Error::RusqliteError { err, .. } => classify(&path, err),
                other => Error::Migration(other),
            })?;
        Ok(Journal { conn, path })
    }

    /// Where this journal lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The default journal: `<data dir>/relief/journal.db` (`$XDG_DATA_HOME` on Linux).
    pub fn default_path() -> Option<PathBuf> {
        dirs::data_dir().map(|d| d.join("relief").join("journal.db"))
    }

    /// A consistent copy of the journal at `dest`, made while it stays open (SQLite's online
    /// backup). The copy is written beside `dest` and renamed into place, so `dest` is either
    /// absent or complete; an existing `dest` is refused rather than overwritten.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        if dest.exists() {
            return Err(Error::io(
                dest,
                std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "already exists; choose a new file name",
                ),
            ));
        }
        let mut partial = dest.as_os_str().to_owned();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        let _ = std::fs::remove_file(&partial);
        let result = (|| -> Result<()> {
            self.conn.backup(rusqlite::MAIN_DB, &partial, None)?;
            // A backup is one self-contained file, not a WAL pair.
            let copy = Connection::open(&partial)?;
            copy.query_row("PRAGMA journal_mode = DELETE", [], |row| {
                row.get::<_, String>(0)
            })?;
            let check: String = copy.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
            if check != "ok" {
                return Err(Error::Damaged {
                    path: partial.clone(),
                    detail: check,
                });
            }
            drop(copy);
            std::fs::rename(&partial, dest).map_err(|e| Error::io(dest, e))
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        result
    }

    /// `PRAGMA integrity_check` of the whole file: "ok" or SQLite's list of problems.
    pub fn integrity_check(&self) -> Result<String> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let lines: Vec<String> = stmt
            .query_map([], |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(lines.join("; "))
    }
}

/// Looks at an existing file without writing to it and decides whether Relief may open it.
fn inspect(path: &Path) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    let read = || -> rusqlite::Result<(i32, i64, i64)> {
        let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let objects: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        Ok((app, version, objects))
    };
    let (app, version, objects) = read().map_err(|e| classify(path, e))?;
    if app == APPLICATION_ID {
        if version > SCHEMA_VERSION {
            return Err(Error::TooNew {
                path: path.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        // A cut-off or overwritten file is refused before anything writes to it (about 10 ms
        // on a ten-year journal).
        let check: String = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .map_err(|e| classify(path, e))?;
        if check != "ok" {
            return Err(Error::Damaged {
                path: path.to_path_buf(),
                detail: check,
            });
        }
        return Ok(());
    }
    if app == 0 && version == 0 && objects == 0 {
        // An empty SQLite database: nothing in it to lose; it becomes a journal.
        return Ok(());
    }
    Err(Error::NotAJournal {
        path: path.to_path_buf(),
        reason: "it is an SQLite database of another program".into(),
    })
}

/// Turns SQLite's verdict on a file into a message about the file.
fn classify(path: &Path, err: rusqlite::Error) -> Error {
    match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotAJournal {
            path: path.to_path_buf(),
            reason: "it is not an SQLite database".into(),
        },
        Some(ErrorCode::DatabaseCorrupt) => Error::Damaged {
            path: path.to_path_buf(),
            detail: err.to_string(),
        },
        Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => Error::io(
            path,
            std::io::Error::new(std::io::ErrorKind::PermissionDenied, err.to_string()),
        ),
        _ => Error::Sqlite(err),
    }
}

/// Milliseconds since the epoch, for bookkeeping columns.
fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
