//! The journal file: SQLite, opened carefully, written one transaction at a time.
//!
//! All SQL of Relief lives under this module. [`Journal`] is the one handle the CLI and the
//! desktop shell hold; its methods are the operations a person can do.

pub mod backups;
mod catalogue;
mod copies;
mod entries;
mod experiments;
mod followups;
mod mappings;
pub mod protect;
mod safety;
mod seal;
mod settings;
pub mod sync;
mod transfer;
mod verify;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};
use crate::files::{beside, Confirm, Target};
use crate::i18n::Said;
use crate::system::{self, Clock};

pub use followups::FollowUp;
pub use transfer::ImportReport;

/// `PRAGMA application_id` of a Relief journal: "RLJ1".
pub const APPLICATION_ID: i32 = 0x524C_4A31;

/// Append-only: a released migration is never edited; new ones are added at the end.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_schema_v1.sql"),
    include_str!("migrations/0002_covering_region_index.sql"),
    include_str!("migrations/0003_followup.sql"),
    include_str!("migrations/0004_experiment.sql"),
    include_str!("migrations/0005_import_source.sql"),
    include_str!("migrations/0006_journal_id.sql"),
    include_str!("migrations/0007_sync.sql"),
    include_str!("migrations/0008_red_flags.sql"),
    include_str!("migrations/0009_how_to.sql"),
];

/// The schema version this build writes and reads (the number of migrations).
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a write waits for another process (the app and the CLI at once) before giving up.
/// The page cache of a protected journal, in KiB (SQLite's default is 2,000).
const PROTECTED_CACHE_KIB: u32 = 16 * 1024;

pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open journal. One per process; not shared between threads without a lock.
pub struct Journal {
    conn: Connection,
    path: PathBuf,
    /// Why the journal cannot be written, when it was opened read-only.
    read_only: Option<Said>,
    _shm: Option<RemoveOnDrop>,
    /// What "now" is: the computer's clock unless [`Journal::set_clock`] says otherwise.
    clock: Clock,
    /// The passphrase of a protected journal (its backups are made with it).
    key: Option<protect::Passphrase>,
    /// The file the journal was opened as: a write into a file since replaced (protected or
    /// restored by another process) would be lost, so it is refused.
    identity: Option<crate::files::Identity>,
    /// This connection counted among the process's open journals (`seal.rs`).
    registered: Registered,
}

/// A journal file counted open in this process until dropped.
struct Registered(Option<(u64, u64)>);

impl Drop for Registered {
    fn drop(&mut self) {
        if let Some(key) = self.0.take() {
            seal::registry::closed(key);
        }
    }
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
    /// database of another program, a journal from a newer Relief, or one whose rows break the
    /// journal's rules is refused before anything could write to it, so it stays byte-for-byte
    /// as it was. A journal that cannot be written (read-only file, folder or disk) is opened
    /// for reading; every write then fails with [`Error::ReadOnly`].
    pub fn open(path: impl AsRef<Path>) -> Result<Journal> {
        Journal::open_with(path, None)
    }

    /// Opens the journal at `path` like [`Journal::open`], with the passphrase of a protected
    /// journal (`docs/protect.md`). A protected journal opened without one is refused with
    /// [`Error::Locked`], with a wrong one with [`Error::WrongPassphrase`]; either way the file
    /// is not touched. A passphrase given for a plain journal is not needed and not used; a
    /// new journal made with one is protected from the start.
    pub fn open_with(path: impl AsRef<Path>, key: Option<&protect::Passphrase>) -> Result<Journal> {
        let path = path.as_ref().to_path_buf();
        let exists = holds_something(&path)?;
        let read_only = if exists {
            read_only_reason(&path)
        } else {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            None
        };
        if read_only.is_none() {
            // What an interrupted copy left goes before anything reads: a plain copy of a
            // protected journal above all (`docs/protect.md`).
            sweep_around(&path);
        }
        let key = key.filter(|_| !(exists && protect::is_plain(&path)));
        if exists && key.is_none() && protect::looks_protected(&path) {
            return Err(Error::Locked { path });
        }
        if let Some(reason) = read_only {
            return open_read_only(path, reason, key);
        }
        // A journal exactly as Relief last left it needs no pass over its rows (`seal.rs`).
        let observed = if exists { seal::observe(&path) } else { None };
        let sealed = observed.as_ref().is_some_and(|o| o.sealed);
        if exists {
            repair_shared_memory(&path);
            if key.is_none() && !sealed {
                inspect(&path)?;
            }
        }

        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = copies::connect(&path, flags, key)?;
        let registered = Registered(seal::registry::opened(&path));
        if sealed {
            // Still before anything writes: a newer Relief may have sealed it.
            verify::stamps(&conn, &path)?;
        } else if exists && key.is_some() {
            // Checked on this connection, before anything writes: one key derivation per open.
            verify::check(&conn, &path)?;
        }
        configure(&mut conn, &path, key.is_some())?;
        // A rollback journal beside a journal open in WAL mode is what an interrupted protect,
        // unprotect or passphrase change left (they leave WAL while they rewrite): SQLite
        // played it back on the first read above if it was hot, and no other connection can
        // be in rollback mode while this one holds the file in WAL. So it goes.
        let _ = std::fs::remove_file(beside(&path, "-journal"));
        let journal = Journal {
            conn,
            identity: crate::files::identity_of(&path),
            path,
            read_only: None,
            _shm: None,
            clock: system::now,
            key: key.cloned(),
            registered,
        };
        journal.settle_backups();
        // Checked whole or found as sealed, and written since only by this open: sealed now.
        if let Some(observed) = observed {
            seal::seal_opened(&journal.path, observed);
        }
        Ok(journal)
    }

    /// Removes what an interrupted copy left beside the journal and among its backups.
    pub(super) fn sweep(&self) {
        sweep_around(&self.path);
    }

    /// Where this journal lives.
    /// Reads the time from `clock` from now on (a fixed instant in tests).
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// The time now, with the local UTC offset, from the journal's clock.
    pub fn now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        (self.clock)()
    }

    /// Milliseconds since the epoch, for bookkeeping columns.
    pub(crate) fn now_ms(&self) -> i64 {
        self.now().timestamp_millis()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The default journal: `<data dir>/relief/journal.db` (`$XDG_DATA_HOME` on Linux).
    pub fn default_path() -> Option<PathBuf> {
        dirs::data_dir().map(|d| d.join("relief").join("journal.db"))
    }

    /// The journal the desktop app and the tray use: `RELIEF_DB`, else [`Journal::default_path`]
    /// (else `journal.db` here, on a system without a data directory).
    pub fn chosen_path() -> PathBuf {
        crate::system::var("RELIEF_DB")
            .map(PathBuf::from)
            .or_else(Journal::default_path)
            .unwrap_or_else(|| PathBuf::from("journal.db"))
    }

    /// A file the person named, checked never to be this journal or one of its backups.
    pub fn target(&self, path: &Path, confirm: Confirm) -> Result<Target> {
        Target::new(path, &self.path, confirm)
    }

    /// Starts a write: one transaction holding the write lock. Every change to the journal
    /// goes through here, so a read-only journal refuses them all alike.
    fn write(&mut self) -> Result<Write<'_>> {
        if let Some(reason) = &self.read_only {
            return Err(Error::ReadOnly {
                path: self.path.clone(),
                reason: reason.clone(),
            });
        }
        let (path, opened) = (self.path.clone(), self.identity);
        let tx = self.conn.transaction()?;
        // Asked with the write lock held: whoever replaces the journal holds it while it does.
        if opened.is_some() && crate::files::identity_of(&path) != opened {
            return Err(Error::Replaced { path });
        }
        // With the lock held, nobody writes before this does: a journal sealed now is sealed
        // again after this write; one changed from outside stays unsealed until an open checks
        // it whole.
        let reseal = seal::holds_while_open(&path).then_some(path);
        Ok(Write { tx, reseal })
    }

    /// Starts a read of several queries that must agree: one deferred transaction, a
    /// consistent view of the journal (WAL) that never takes the write lock, so reading never
    /// waits for, nor holds up, another process's write.
    fn read(&self) -> Result<rusqlite::Transaction<'_>> {
        Ok(rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Deferred,
        )?)
    }

    /// A consistent copy of the journal at `dest`, made while it stays open (SQLite's online
    /// backup), checked like a journal being opened. `dest` is either absent or complete; an
    /// existing `dest` is refused rather than overwritten.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let taken = || {
            Error::io(
                dest,
                std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "already exists; choose a new file name",
                ),
            )
        };
        let target = self.target(dest, Confirm::No)?;
        if target.resolved().exists() {
            return Err(taken());
        }
        let copy = copies::copy_of(&self.conn, &self.path, &target.folder(), self.key.as_ref())?;
        if !copies::place(copy, target.resolved(), copies::Place::New)? {
            return Err(taken());
        }
        Ok(())
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

/// Whether an existing file holds anything (an empty file may become a journal); a folder or
/// another kind of file is refused.
fn holds_something(path: &Path) -> Result<bool> {
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => Err(Error::NotAJournal {
            reason: Said::new("reason-is-kind").with("kind", crate::files::kind_of(&meta)),
            path: path.to_path_buf(),
        }),
        Ok(meta) => Ok(meta.len() > 0),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Removes what an interrupted copy left beside the journal at `path` and among its backups.
fn sweep_around(path: &Path) {
    for folder in [
        crate::files::parent_of(path),
        crate::files::backups_folder(path),
        crate::files::backups_root(path),
    ] {
        copies::sweep(&folder);
    }
}

/// The pragmas of a connection that writes (outside any transaction: journal_mode cannot
/// change inside one), then the migrations up to this build's schema.
fn configure(conn: &mut Connection, path: &Path, protected: bool) -> Result<()> {
    // Pragmas outside any transaction: journal_mode cannot change inside one.
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Every transaction takes the write lock up front. A deferred one that reads first and
    // writes later fails at once with "database is locked" when another process wrote in
    // between (WAL cannot upgrade a stale read snapshot; the busy timeout does not apply).
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    conn.query_row("PRAGMA journal_mode = WAL", [], |row| {
        row.get::<_, String>(0)
    })
    .map_err(|e| classify(path, e))?;
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA synchronous = FULL;
         PRAGMA trusted_schema = OFF;",
    )?;
    if protected {
        // Pages of a protected journal are decrypted and authenticated as they are read: a
        // cache that holds a 10-year journal reads each once (Insights at a plain journal's
        // speed), at a few megabytes of memory (`docs/protect.md`).
        conn.execute_batch(&format!(
            "PRAGMA cache_size = -{PROTECTED_CACHE_KIB}; PRAGMA temp_store = MEMORY;"
        ))?;
    }
    migrations().to_latest(conn).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => classify(path, err),
        other => Error::Migration(other),
    })?;
    Ok(())
}

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// Why an existing journal cannot be written, if it cannot: its file, its folder (SQLite needs
/// to create its `-wal` and `-shm` there) or its disk is read-only.
fn read_only_reason(path: &Path) -> Option<Said> {
    let why = |p: &Path, not_writable: &'static str| match may_write(p) {
        Err(e) if e.kind() == std::io::ErrorKind::ReadOnlyFilesystem => {
            Some(Said::new("reason-disk-read-only"))
        }
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Some(Said::new(not_writable)),
        _ => None,
    };
    if let Some(reason) = why(path, "reason-file-not-writable") {
        return Some(reason);
    }
    // Without its `-wal` and `-shm`, SQLite must create them in the folder.
    let sides_exist = ["-wal", "-shm"].iter().all(|s| beside(path, s).exists());
    if sides_exist {
        return None;
    }
    why(&crate::files::parent_of(path), "reason-folder-not-writable")
}

/// Whether this process may write `path`, asked of the system without opening it: closing a
/// second descriptor of the journal (or its `-shm`) would drop the locks SQLite holds on it.
#[cfg(unix)]
fn may_write(path: &Path) -> std::io::Result<()> {
    rustix::fs::access(path, rustix::fs::Access::WRITE_OK).map_err(std::io::Error::from)
}

#[cfg(not(unix))]
fn may_write(path: &Path) -> std::io::Result<()> {
    match std::fs::metadata(path)?.permissions().readonly() {
        true => Err(std::io::ErrorKind::PermissionDenied.into()),
        false => Ok(()),
    }
}

/// Opens a journal that cannot be written. Without a write-ahead log to read, SQLite is told
/// the file is immutable, so it creates no `-shm` beside it (one left with the file's read-only
/// permissions would block every later write once the file is writable again).
fn open_read_only(
    path: PathBuf,
    reason: Said,
    key: Option<&protect::Passphrase>,
) -> Result<Journal> {
    let wal_in_use = std::fs::metadata(beside(&path, "-wal")).is_ok_and(|m| m.len() > 0);
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let shm = beside(&path, "-shm");
    let shm_existed = shm.exists();
    let conn = if wal_in_use {
        copies::connect(&path, flags, key)
    } else {
        copies::connect(
            Path::new(&immutable_uri(&path)),
            flags | OpenFlags::SQLITE_OPEN_URI,
            key,
        )
    }?;
    let registered = Registered(seal::registry::opened(&path));
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let found = verify::check(&conn, &path)?;
    let version = match found {
        verify::Found::Journal { version } => version,
        verify::Found::Empty => 0,
    };
    if version < SCHEMA_VERSION {
        return Err(Error::ReadOnly {
            path,
            reason: Said::new("reason-read-only-needs-upgrade").with("reason", reason.clone()),
        });
    }
    Ok(Journal {
        conn,
        identity: crate::files::identity_of(&path),
        path,
        read_only: Some(reason),
        // A `-shm` SQLite had to create for reading the log goes again when the journal closes.
        _shm: (!shm_existed).then_some(RemoveOnDrop(shm)),
        clock: system::now,
        key: key.cloned(),
        registered,
    })
}

/// `file:` URI of `path` with `immutable=1`, every byte outside the unreserved set escaped.
fn immutable_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for b in absolute.as_os_str().as_encoded_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(char::from(*b))
            }
            other => uri.push_str(&format!("%{other:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// A write in progress: one transaction holding the write lock ([`Journal::write`]). Used
/// as the transaction it holds; [`Write::commit`] commits it and keeps the journal's seal.
pub(crate) struct Write<'a> {
    tx: rusqlite::Transaction<'a>,
    /// The journal to seal after the commit, if it was sealed when the write began.
    reseal: Option<PathBuf>,
}

impl<'a> std::ops::Deref for Write<'a> {
    type Target = rusqlite::Transaction<'a>;
    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}

impl std::ops::DerefMut for Write<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
}

impl Write<'_> {
    pub(crate) fn commit(self) -> Result<()> {
        self.tx.commit()?;
        if let Some(path) = &self.reseal {
            seal::reseal(path);
        }
        Ok(())
    }
}

impl Drop for Journal {
    /// Closing may checkpoint the log into the file (the last connection does): a journal
    /// sealed before it closes is sealed again after.
    fn drop(&mut self) {
        if self.read_only.is_some() || !seal::holds_while_open(&self.path) {
            return;
        }
        if let Ok(closed) = Connection::open_in_memory() {
            drop(std::mem::replace(&mut self.conn, closed));
            drop(std::mem::replace(&mut self.registered, Registered(None)));
            seal::seal_closed(&self.path);
        }
    }
}

/// A file removed when dropped (after the connection that made it is closed: fields drop in
/// order, and this one comes after `conn`).
struct RemoveOnDrop(PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// A `-shm` that this user cannot write but the journal can be written (left by a read-only
/// moment of an older Relief) blocks every write with "attempt to write a readonly database".
/// It holds no data of its own (SQLite rebuilds it from the log), so it is given the journal's
/// permissions.
fn repair_shared_memory(path: &Path) {
    let shm = beside(path, "-shm");
    let blocked = shm.exists() && may_write(&shm).is_err();
    if blocked {
        if let Ok(meta) = std::fs::metadata(path) {
            let _ = std::fs::set_permissions(&shm, meta.permissions());
        }
    }
}

/// Looks at an existing file without writing to it and decides whether Relief may open it.
///
/// The one write before that: a hot rollback journal beside it (a write interrupted while the
/// file was out of WAL mode, as protect, unprotect and a passphrase change take it) is played
/// back, SQLite's own recovery, which only a connection that may write can do.
fn inspect(path: &Path) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let look = || -> Result<()> {
        let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
        verify::check(&conn, path).map(drop)
    };
    match look() {
        Err(Error::Sqlite(rusqlite::Error::SqliteFailure(e, _)))
            if e.extended_code == rusqlite::ffi::SQLITE_READONLY_ROLLBACK =>
        {
            let writer = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let conn = Connection::open_with_flags(path, writer).map_err(|e| classify(path, e))?;
            conn.busy_timeout(BUSY_TIMEOUT)?;
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|e| classify(path, e))?;
            drop(conn);
            look()
        }
        other => other,
    }
}

/// Turns SQLite's verdict on a file into a message about the file.
pub(super) fn classify(path: &Path, err: rusqlite::Error) -> Error {
    match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotAJournal {
            path: path.to_path_buf(),
            reason: Said::new("reason-not-sqlite"),
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
