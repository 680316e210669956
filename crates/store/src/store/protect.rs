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

use rusqlite::Connection;

use super::copies::{self, Place};
use super::{backups, Journal};
use crate::error::{Error, Result};

pub use super::copies::{
    is_plain, looks_protected, Passphrase, PASSPHRASE_MAX_CHARS, PASSPHRASE_MIN_CHARS,
};

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
        // Alone with the journal now. What an interrupted change left goes first (a plain
        // copy beside a protected journal above all); then the backups, then the journal's
        // copy. A failure puts the journal back as it was (reopened: WAL, no exclusive lock).
        self.sweep();
        let copied = backups::list(&path).and_then(|list| {
            for backup in list {
                copies::rewrite_in_form(Path::new(&backup.path), from.as_ref(), to)?;
            }
            copies::converted(&self.conn, &path, &crate::files::parent_of(&path), to)
        });
        let copy = match copied {
            Ok(copy) => copy,
            Err(e) => {
                let clock = self.clock;
                *self = Journal::open_with(&path, from.as_ref())?;
                self.clock = clock;
                return Err(e);
            }
        };
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        let placed = copies::place(copy, &path, Place::Replace).map(drop);
        // Closing the old file lets go of its lock; once replaced it is no longer the journal.
        drop(old);
        let now = if placed.is_ok() { to } else { from.as_ref() };
        let clock = self.clock;
        *self = Journal::open_with(&path, now)?;
        self.clock = clock;
        placed
    }
}
