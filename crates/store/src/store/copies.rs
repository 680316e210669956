//! Whole copies of a journal file, and the forms a journal file takes (plain SQLite, or
//! protected by a passphrase: `docs/protect.md`). Beneath the backups and the protection,
//! which both make copies: every copy is a new temporary file beside its destination,
//! checked like a journal being opened, forced to disk and renamed into place (whole or not
//! at all).
//!
//! A process making a copy holds a shared lock (`flock`) on the copy's folder from before the
//! temporary file exists until it is renamed; [`sweep`] takes the folder's lock exclusively
//! (without waiting) and only then removes temporary files: they can only be what a killed
//! process left. While any copy is under way there, it sweeps nothing (the next open does). A copy of a
//! protected journal in the plain form is exactly the plaintext a person chose to be rid of,
//! so every open sweeps before anything else reads or writes.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, ErrorCode, OpenFlags};
use zeroize::Zeroizing;

use super::{classify, verify, APPLICATION_ID};
use crate::error::{Error, Result};
use crate::i18n::Said;
use crate::model::ValueError;

/// The fewest characters of a new passphrase.
pub const PASSPHRASE_MIN_CHARS: usize = 8;
/// The most characters of any passphrase.
pub const PASSPHRASE_MAX_CHARS: usize = 1024;

/// A passphrase, wiped from memory when dropped. Never printed: its `Debug` hides it.
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Passphrase {
    /// A passphrase given to open a protected journal, as typed, without the line break a file
    /// or standard input ends it with.
    pub fn given(text: impl Into<String>) -> std::result::Result<Passphrase, ValueError> {
        let mut text = Zeroizing::new(text.into());
        while text.ends_with('\n') || text.ends_with('\r') {
            text.pop();
        }
        if text.is_empty() {
            return Err(ValueError::new("rule-passphrase-empty"));
        }
        let count = text.chars().count();
        if count > PASSPHRASE_MAX_CHARS {
            return Err(ValueError::new("rule-too-long")
                .with("count", count)
                .with("limit", PASSPHRASE_MAX_CHARS));
        }
        Ok(Passphrase(text))
    }

    /// A new passphrase: besides [`Passphrase::given`]'s rules, at least
    /// [`PASSPHRASE_MIN_CHARS`] characters and none a keyboard cannot type the same way twice
    /// (control characters).
    pub fn new_one(text: impl Into<String>) -> std::result::Result<Passphrase, ValueError> {
        let p = Passphrase::given(text)?;
        if p.0.chars().count() < PASSPHRASE_MIN_CHARS {
            return Err(ValueError::new("rule-passphrase-short").with("min", PASSPHRASE_MIN_CHARS));
        }
        if let Some(c) = p.0.chars().find(|c| c.is_control()) {
            return Err(ValueError::new("rule-control-character")
                .with("code", format!("{:04X}", u32::from(c))));
        }
        Ok(p)
    }

    pub(super) fn text(&self) -> &str {
        &self.0
    }

    /// The passphrase itself, for handing to the system keyring when the person asks Relief to
    /// remember it (the app's "remember on this computer"); nothing else shows it.
    pub fn reveal(&self) -> &str {
        self.text()
    }
}

/// Opens `path` with `flags` and, for a protected journal, gives SQLCipher the passphrase and
/// tries it: a wrong one is refused here, before anything else reads or writes.
pub(super) fn connect(
    path: &Path,
    flags: OpenFlags,
    key: Option<&Passphrase>,
) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    if let Some(key) = key {
        conn.pragma_update(None, "key", key.text())
            .map_err(|e| classify(path, e))?;
        // SQLCipher, set up by the key, would log a wrong passphrase on standard error; Relief
        // says it once, itself.
        conn.execute_batch("PRAGMA cipher_log_level = NONE")
            .map_err(|e| classify(path, e))?;
        let tried = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        });
        match tried {
            Ok(_) => {}
            Err(e) if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) => {
                return Err(Error::WrongPassphrase {
                    path: path.to_path_buf(),
                })
            }
            Err(e) => return Err(classify(path, e)),
        }
    }
    Ok(conn)
}

/// Whether the file at `path` starts as every plain SQLite database does.
pub fn is_plain(path: &Path) -> bool {
    header(path).is_some_and(|h| h.starts_with(b"SQLite format 3\0"))
}

/// Whether the file at `path` looks, from outside, like a protected journal: whole pages of
/// bytes without SQLite's header, beginning with a salt (not all one byte). Only its
/// passphrase can tell it from another file that looks the same.
pub fn looks_protected(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    let pages = meta.len() >= 1024 && meta.len() % 512 == 0;
    pages
        && header(path)
            .is_some_and(|h| !h.starts_with(b"SQLite format 3\0") && h.iter().any(|b| *b != h[0]))
}

fn header(path: &Path) -> Option<[u8; 16]> {
    use std::io::Read;
    let mut bytes = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut bytes))
        .ok()
        .map(|()| bytes)
}

/// The prefix and suffix of every temporary copy's name (its side files add `-journal` …).
const TEMP_PREFIX: &str = ".relief-";
const TEMP_SUFFIX: &str = ".copy";

/// A whole copy of a journal in a temporary file, not yet in place. Dropped, it is removed.
pub(super) struct Copy {
    file: tempfile::TempPath,
    /// The folder, held with a shared lock while the copy exists (see [`sweep`]).
    _busy: Option<std::fs::File>,
    /// Its live check-ins, counted while it was checked.
    pub entries: u64,
}

impl Copy {
    /// A new, empty temporary file in `folder`, the folder held busy first.
    fn new_in(folder: &Path) -> Result<Copy> {
        let busy = busy(folder);
        let file = tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .suffix(TEMP_SUFFIX)
            .tempfile_in(folder)
            .map_err(|e| Error::io(folder, e))?
            .into_temp_path();
        Ok(Copy {
            file,
            _busy: busy,
            entries: 0,
        })
    }

    pub(super) fn path(&self) -> &Path {
        &self.file
    }

    /// Checks the copy as a journal in the form `key` says, counts it and forces it to disk.
    fn finish(mut self, checked_as: &Path, key: Option<&Passphrase>) -> Result<Copy> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        {
            let conn = connect(self.path(), flags, key)?;
            conn.query_row("PRAGMA journal_mode = DELETE", [], |row| {
                row.get::<_, String>(0)
            })
            .map_err(|e| classify(self.path(), e))?;
            self.entries = checked(&conn, checked_as)?;
        }
        std::fs::File::open(self.path())
            .and_then(|f| f.sync_all())
            .map_err(|e| Error::io(self.path(), e))?;
        Ok(self)
    }
}

/// Whether [`place`] may replace a file already at the destination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// Only where nothing is: a file that appeared meanwhile (another process made the same
    /// backup) wins, and this copy is dropped.
    New,
    /// Replace what is there (a broken backup, the journal being restored or rewritten).
    Replace,
}

/// Moves a checked copy into place by renaming (whole or not at all), and makes it durable.
/// Returns false when [`Place::New`] found the place taken.
pub(super) fn place(copy: Copy, dest: &Path, how: Place) -> Result<bool> {
    let Copy { file, _busy, .. } = copy;
    let placed = match how {
        Place::Replace => file.persist(dest).map(|_| true),
        Place::New => match file.persist_noclobber(dest) {
            Ok(()) => Ok(true),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(e),
        },
    };
    drop(_busy);
    let placed = placed.map_err(|e| Error::io(dest, e.error))?;
    crate::files::sync_folder(dest);
    Ok(placed)
}

/// A checked, self-contained copy of the database behind `source`, in a new temporary file in
/// `folder`, in the same form (protected with `key`, or plain): SQLite's online backup
/// (consistent while in use, and including what is still in the source's write-ahead log),
/// switched to a single file without a log, then checked like a journal being opened. What is
/// checked is exactly what [`place`] puts in place.
pub(super) fn copy_of(
    source: &Connection,
    source_path: &Path,
    folder: &Path,
    key: Option<&Passphrase>,
) -> Result<Copy> {
    let copy = Copy::new_in(folder)?;
    {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut dest = connect(copy.path(), flags, key)?;
        let backup = rusqlite::backup::Backup::new(source, &mut dest)
            .map_err(|e| classify(source_path, e))?;
        backup
            .run_to_completion(100, std::time::Duration::ZERO, None)
            .map_err(|e| classify(source_path, e))?;
    }
    copy.finish(source_path, key)
}

/// A complete copy of the database `conn` holds (the file `file`), in the form `to` asks for
/// (protected with that passphrase, or plain), in a new temporary file in `folder`: exported
/// by SQLCipher (the online backup cannot change the form), stamped as a journal, checked,
/// counted and forced to disk. `conn` must be open read-write: SQLCipher opens what it
/// attaches with the main database's flags.
pub(super) fn converted(
    conn: &Connection,
    file: &Path,
    folder: &Path,
    to: Option<&Passphrase>,
) -> Result<Copy> {
    let copy = Copy::new_in(folder)?;
    let sql = |e: rusqlite::Error| classify(file, e);
    let version: i64 = conn
        .query_row("PRAGMA main.user_version", [], |r| r.get(0))
        .map_err(sql)?;
    let name = copy.path().to_string_lossy().into_owned();
    let key = to.map_or("", Passphrase::text);
    conn.execute("ATTACH DATABASE ?1 AS rewritten KEY ?2", params![name, key])
        .map_err(sql)?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE")
        .map_err(sql)?;
    let exported = conn
        .query_row("SELECT sqlcipher_export('rewritten')", [], |_| Ok(()))
        .and_then(|()| {
            // The export copies the schema and the rows; the file's stamps are set here.
            conn.execute_batch(&format!(
                "PRAGMA rewritten.user_version = {version};
                 PRAGMA rewritten.application_id = {APPLICATION_ID};"
            ))
        });
    let detached = conn.execute_batch("DETACH DATABASE rewritten");
    exported.map_err(sql)?;
    detached.map_err(sql)?;
    copy.finish(file, to)
}

/// Rewrites one copy (a backup) from the form `from` to the form `to`; a backup already in the new
/// form (the rest of an interrupted change) is left as it is.
pub(super) fn rewrite_in_form(
    file: &Path,
    from: Option<&Passphrase>,
    to: Option<&Passphrase>,
) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let in_new_form = match to {
        None => is_plain(file),
        Some(_) => !is_plain(file) && connect(file, flags, to).is_ok(),
    };
    if in_new_form {
        return Ok(());
    }
    // Read-write: SQLCipher opens what it attaches with the main database's flags.
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = connect(file, flags, from.filter(|_| !is_plain(file)))?;
    let copy = converted(&conn, file, &crate::files::parent_of(file), to)?;
    drop(conn);
    place(copy, file, Place::Replace).map(drop)
}

/// Whether two forms are the same: both plain, or both protected by the same passphrase.
pub(super) fn same_form(a: Option<&Passphrase>, b: Option<&Passphrase>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.text() == b.text(),
        _ => false,
    }
}

/// Runs the journal checks on `conn` and counts its live entries; an empty database is not a
/// journal to copy or restore.
pub(super) fn checked(conn: &Connection, file: &Path) -> Result<u64> {
    match verify::check(conn, file)? {
        verify::Found::Journal { .. } => live_entries(conn, file),
        verify::Found::Empty => Err(Error::NotAJournal {
            path: file.to_path_buf(),
            reason: Said::new("reason-not-journal-or-backup"),
        }),
    }
}

fn live_entries(conn: &Connection, file: &Path) -> Result<u64> {
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM entry WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .map_err(|e| classify(file, e))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// The folder `folder`, held with a shared lock: "a copy is under way here". `None` where the
/// system cannot lock it (then [`sweep`] cannot either, and removes nothing).
fn busy(folder: &Path) -> Option<std::fs::File> {
    locked(folder, false)
}

/// The folder `folder`, held with an exclusive lock if no copy is under way there now.
fn idle(folder: &Path) -> Option<std::fs::File> {
    locked(folder, true)
}

/// The folder open and `flock`ed: exclusively without waiting, or shared (waiting for a sweep,
/// which is short).
#[cfg(unix)]
fn locked(folder: &Path, exclusive: bool) -> Option<std::fs::File> {
    use rustix::fs::{flock, FlockOperation};
    let dir = std::fs::File::open(folder).ok()?;
    let how = if exclusive {
        FlockOperation::NonBlockingLockExclusive
    } else {
        FlockOperation::LockShared
    };
    flock(&dir, how).ok()?;
    Some(dir)
}

#[cfg(not(unix))]
fn locked(_folder: &Path, _exclusive: bool) -> Option<std::fs::File> {
    None
}

/// Removes what an interrupted copy left in `folder`: temporary copies of a killed protect,
/// unprotect, passphrase change, restore or backup, and the side files SQLite kept beside
/// them. Only while no copy is under way in the folder (its lock taken without waiting), so a
/// copy another process is making is never touched. Returns the files removed.
pub(super) fn sweep(folder: &Path) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let left: Vec<PathBuf> = read
        .flatten()
        .filter(|item| {
            let name = item.file_name();
            let name = name.to_string_lossy();
            name.starts_with(TEMP_PREFIX) && name.contains(TEMP_SUFFIX)
        })
        .map(|item| item.path())
        .collect();
    if left.is_empty() {
        return left;
    }
    let Some(_idle) = idle(folder) else {
        return Vec::new();
    };
    let removed: Vec<PathBuf> = left
        .into_iter()
        .filter(|file| std::fs::remove_file(file).is_ok())
        .collect();
    if !removed.is_empty() {
        crate::files::sync_folder(&folder.join("."));
    }
    removed
}
