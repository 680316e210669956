//! A journal only its owner can read (`docs/protect.md`): SQLCipher encrypts the file, its
//! write-ahead log and its backups with a key it derives from the passphrase (its own current
//! defaults: PBKDF2-HMAC-SHA512 over a random salt kept in the file). Without a passphrase
//! nothing changes: a journal is plain SQLite.
//!
//! Protecting, unprotecting and changing the passphrase rewrite the whole file: a complete,
//! checked copy in the new form is made beside the journal and renamed over it, so a journal
//! interrupted at any moment is whole in the old form or the new one. The backups are rewritten
//! first, so none stays readable without the new passphrase for longer than the journal.

use std::path::Path;

use rusqlite::{params, Connection, ErrorCode, OpenFlags};
use zeroize::Zeroizing;

use super::{backups, Journal, APPLICATION_ID};
use crate::error::{Error, Result};
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

    fn text(&self) -> &str {
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
    let conn = Connection::open_with_flags(path, flags).map_err(|e| super::classify(path, e))?;
    if let Some(key) = key {
        conn.pragma_update(None, "key", key.text())
            .map_err(|e| super::classify(path, e))?;
        // SQLCipher, set up by the key, would log a wrong passphrase on standard error; Relief
        // says it once, itself.
        conn.execute_batch("PRAGMA cipher_log_level = NONE")
            .map_err(|e| super::classify(path, e))?;
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
            Err(e) => return Err(super::classify(path, e)),
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

/// A complete copy of the database `conn` holds, in the form `to` asks for (protected with
/// that passphrase, or plain), in a new temporary file beside `file`: exported by SQLCipher,
/// stamped as a journal, checked like a journal being opened, counted and forced to disk.
fn export(
    conn: &Connection,
    file: &Path,
    to: Option<&Passphrase>,
) -> Result<(tempfile::TempPath, u64)> {
    let folder = crate::files::parent_of(file);
    let copy = tempfile::Builder::new()
        .prefix(".relief-")
        .suffix(".copy")
        .tempfile_in(&folder)
        .map_err(|e| Error::io(&folder, e))?
        .into_temp_path();
    let path: &Path = &copy;
    let sql = |e: rusqlite::Error| super::classify(file, e);
    let version: i64 = conn
        .query_row("PRAGMA main.user_version", [], |r| r.get(0))
        .map_err(sql)?;
    let name = path.to_string_lossy();
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
    let entries = {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let check = connect(path, flags, to)?;
        backups::checked(&check, file)?
    };
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(path, e))?;
    Ok((copy, entries))
}

/// Puts `copy` in place of `file` by renaming (whole or not at all) and makes it durable.
fn replace(copy: tempfile::TempPath, file: &Path) -> Result<()> {
    copy.persist(file).map_err(|e| Error::io(file, e.error))?;
    crate::files::sync_folder(file);
    Ok(())
}

/// Rewrites one backup from the form `from` to the form `to`; a backup already in the new
/// form (the rest of an interrupted change) is left as it is.
fn rewrite_backup(file: &Path, from: Option<&Passphrase>, to: Option<&Passphrase>) -> Result<()> {
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
    let (copy, _) = export(&conn, file, to)?;
    drop(conn);
    replace(copy, file)
}

impl Journal {
    /// Whether the journal is protected by a passphrase.
    pub fn is_protected(&self) -> bool {
        self.key.is_some()
    }

    /// Protects the journal and its backups with `passphrase`; on a protected journal, changes
    /// its passphrase.
    pub fn protect(&mut self, passphrase: &Passphrase) -> Result<()> {
        self.rewrite(Some(passphrase))
    }

    /// Makes the journal and its backups plain SQLite again.
    pub fn unprotect(&mut self) -> Result<()> {
        self.rewrite(None)
    }

    /// Rewrites the backups, then the journal, in the form `to` asks for. The journal must be
    /// open in this process alone (checked before anything is rewritten): another process with
    /// it open would go on writing to the file this one replaces, so that is refused
    /// ([`Error::InUse`]) and nothing changes.
    fn rewrite(&mut self, to: Option<&Passphrase>) -> Result<()> {
        if let Some(reason) = &self.read_only {
            return Err(Error::ReadOnly {
                path: self.path.clone(),
                reason: reason.clone(),
            });
        }
        let from = self.key.clone();
        let path = self.path.clone();
        let in_use = || Error::InUse { path: path.clone() };
        // Leaving WAL needs every other connection closed; from then on this one holds the
        // file's lock until it closes, so no one can open it meanwhile.
        let conn = &self.conn;
        let alone = conn.busy_timeout(std::time::Duration::ZERO).is_ok()
            && conn
                .execute_batch("PRAGMA locking_mode = EXCLUSIVE")
                .is_ok()
            && conn
                .query_row("PRAGMA journal_mode = DELETE", [], |r| {
                    r.get::<_, String>(0)
                })
                .is_ok_and(|mode| mode == "delete")
            && conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;").is_ok();
        if !alone {
            // Back as it was: reopened (WAL, the usual locking and patience).
            let clock = self.clock;
            *self = Journal::open_with(&path, from.as_ref())?;
            self.clock = clock;
            return Err(in_use());
        }
        // Alone with the journal now: the backups, then the journal's copy. A failure puts the
        // journal back as it was (reopened: WAL, no exclusive lock).
        let copied = backups::list(&path).and_then(|list| {
            for backup in list {
                rewrite_backup(Path::new(&backup.path), from.as_ref(), to)?;
            }
            export(&self.conn, &path, to)
        });
        let copy = match copied {
            Ok((copy, _)) => copy,
            Err(e) => {
                let clock = self.clock;
                *self = Journal::open_with(&path, from.as_ref())?;
                self.clock = clock;
                return Err(e);
            }
        };
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        let placed = replace(copy, &path);
        // Closing the old file lets go of its lock; once replaced it is no longer the journal.
        drop(old);
        let now = if placed.is_ok() { to } else { from.as_ref() };
        let clock = self.clock;
        *self = Journal::open_with(&path, now)?;
        self.clock = clock;
        placed
    }
}
