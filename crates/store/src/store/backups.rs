//! Automatic backups beside the journal, and restoring one.
//!
//! On the first open of each day the journal is copied (SQLite's online backup, so it is
//! consistent while in use) to `backups/<file name>/<name>-YYYY-MM-DD.db` next to it: one
//! folder per journal, so a backup belongs to its journal by where it is, never by how its
//! name begins. The last 7 daily copies are kept, and the newest copy of each of the 4 weeks
//! before them. A backup is in its journal's form: protected with its passphrase, or plain.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::copies::{self, connect, copy_of, is_plain, looks_protected, place, Passphrase, Place};
use super::{Journal, APPLICATION_ID};
use crate::error::{Error, Result};
use crate::i18n::Said;

pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 4;

/// A backup file and what it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Backup {
    pub path: String,
    pub file_name: String,
    /// The day it was made, from its name (`None` for copies kept before a restore).
    pub day: Option<NaiveDate>,
    pub kilobytes: u32,
}

/// The folder the backups of `journal` go to.
pub fn folder(journal: &Path) -> PathBuf {
    crate::files::backups_folder(journal)
}

fn stem(journal: &Path) -> String {
    journal
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "journal".into())
}

/// The day in a daily backup's file name: `journal-2026-11-24.db` → 2026-11-24.
fn day_of(stem: &str, file_name: &str) -> Option<NaiveDate> {
    let rest = file_name
        .strip_prefix(stem)?
        .strip_prefix('-')?
        .strip_suffix(".db")?;
    NaiveDate::parse_from_str(rest, "%Y-%m-%d").ok()
}

/// The backups of `journal`, newest first.
pub fn list(journal: &Path) -> Result<Vec<Backup>> {
    let dir = folder(journal);
    let stem = stem(journal);
    let read = match std::fs::read_dir(&dir) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&dir, e)),
    };
    let mut out = Vec::new();
    for item in read {
        let item = item.map_err(|e| Error::io(&dir, e))?;
        let name = item.file_name().to_string_lossy().into_owned();
        if !name.starts_with(&format!("{stem}-")) || !name.ends_with(".db") {
            continue;
        }
        if !item.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let bytes = item.metadata().map(|m| m.len()).unwrap_or(0);
        let kilobytes = u32::try_from(bytes.div_ceil(1024)).unwrap_or(u32::MAX);
        out.push(Backup {
            path: item.path().display().to_string(),
            day: day_of(&stem, &name),
            file_name: name,
            kilobytes,
        });
    }
    out.sort_by(|a, b| b.file_name.cmp(&a.file_name));
    Ok(out)
}

/// Which daily backups to keep: the newest `KEEP_DAILY` days, then the newest of each of the
/// `KEEP_WEEKLY` ISO weeks before them.
fn keep(days: &[NaiveDate]) -> BTreeSet<NaiveDate> {
    let mut sorted: Vec<NaiveDate> = days.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted.dedup();
    let mut kept: BTreeSet<NaiveDate> = sorted.iter().take(KEEP_DAILY).copied().collect();
    let mut weeks = BTreeSet::new();
    for day in sorted.iter().skip(KEEP_DAILY) {
        let week = (day.iso_week().year(), day.iso_week().week());
        if weeks.len() >= KEEP_WEEKLY && !weeks.contains(&week) {
            break;
        }
        if weeks.insert(week) {
            kept.insert(*day);
        }
    }
    kept
}

/// Checks that `file` is a complete Relief journal this build can read, without writing to it.
/// Returns its number of live entries.
///
/// A protected backup needs its passphrase (`key`); one given for a plain backup is not used.
pub fn validate(file: &Path, key: Option<&Passphrase>) -> Result<u64> {
    regular_file(file)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let untouched = LeftAsFound::of(file);
    let checked = open_copy(file, flags, key).and_then(|conn| copies::checked(&conn, file));
    untouched.restore();
    checked
}

/// The side files SQLite creates beside a WAL-mode file that a read-only connection opens
/// (an empty `-wal`, a `-shm`) and cannot remove: noted before a file of the person's is read,
/// removed after, so reading a copy leaves nothing beside it.
struct LeftAsFound(Vec<std::path::PathBuf>);

impl LeftAsFound {
    fn of(file: &Path) -> LeftAsFound {
        LeftAsFound(
            ["-wal", "-shm"]
                .map(|s| crate::files::beside(file, s))
                .into_iter()
                .filter(|p| !p.exists())
                .collect(),
        )
    }

    /// Removes the side files that appeared, once the connection is closed: an empty log and
    /// its index hold nothing.
    fn restore(self) {
        let log_empty = self
            .0
            .iter()
            .filter(|p| p.to_string_lossy().ends_with("-wal"))
            .all(|p| std::fs::metadata(p).map_or(true, |m| m.len() == 0));
        if log_empty {
            for p in self.0 {
                let _ = std::fs::remove_file(p);
            }
        }
    }
}

/// Opens a backup (or a file to restore): refused as protected without a passphrase, else
/// opened with the passphrase it needs.
fn open_copy(file: &Path, flags: OpenFlags, key: Option<&Passphrase>) -> Result<Connection> {
    let key = key.filter(|_| !is_plain(file));
    if key.is_none() && looks_protected(file) {
        return Err(Error::Locked {
            path: file.to_path_buf(),
        });
    }
    connect(file, flags, key)
}

fn regular_file(file: &Path) -> Result<()> {
    let meta = std::fs::metadata(file).map_err(|e| Error::io(file, e))?;
    if !meta.is_file() {
        return Err(Error::NotAJournal {
            path: file.to_path_buf(),
            reason: Said::new("reason-is-kind").with("kind", crate::files::kind_of(&meta)),
        });
    }
    Ok(())
}

/// Replaces the journal at `journal` with the backup `file`, after checking what will become
/// the journal: a copy of `file` made through SQLite (so a backup that came with its `-wal`
/// restores everything it holds), checked, counted, then renamed over the journal. The current
/// journal is first copied the same way to `backups/<name>-before-restore-<time>.db`, so a
/// restore can itself be undone (`now`, the local time, names that copy). Nothing may have the
/// journal open meanwhile (close the app).
///
/// A protected backup needs its passphrase (`key`): the journal it becomes is protected with it.
pub fn restore(
    journal: &Path,
    file: &Path,
    now: chrono::DateTime<chrono::FixedOffset>,
    key: Option<&Passphrase>,
) -> Result<Restored> {
    regular_file(file)?;
    let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(journal, file) {
        return Err(Error::invalid(
            "restore",
            crate::model::ValueError::new("rule-backup-is-journal")
                .with("file", file.display().to_string()),
        ));
    }
    let folder_of_journal = crate::files::parent_of(journal);
    std::fs::create_dir_all(&folder_of_journal).map_err(|e| Error::io(&folder_of_journal, e))?;
    let kept_form = form_kept(journal, key)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let untouched = LeftAsFound::of(file);
    let source = open_copy(file, flags, key)?;
    let incoming_form = key.filter(|_| !is_plain(file));
    let copied = copy_of(&source, file, &folder_of_journal, incoming_form);
    drop(source);
    untouched.restore();
    let mut incoming = copied?;
    let form = kept_form.as_ref().or(incoming_form);
    if !copies::same_form(form, incoming_form) {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = connect(incoming.path(), flags, incoming_form)?;
        let rewritten = copies::converted(&conn, file, &folder_of_journal, form)?;
        drop(conn);
        incoming = rewritten;
    }
    let restored = Restored {
        entries: incoming.entries,
        protected: form.is_some(),
        kept_protected: kept_form.is_some() && incoming_form.is_none(),
    };

    let dir = folder(journal);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    if journal.exists() {
        let kept = dir.join(format!(
            "{}-before-restore-{}.db",
            stem(journal),
            now.format("%Y-%m-%dT%H%M%S")
        ));
        keep_current(journal, &kept, key)?;
    }
    for side in crate::files::SIDE_FILES.map(|s| crate::files::beside(journal, s)) {
        // A write-ahead log belongs to the old file (kept above, its log included); applied
        // to the restored one it would damage it. So it goes first.
        match std::fs::remove_file(&side) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(Error::io(&side, e)),
            _ => {}
        }
    }
    place(incoming, journal, Place::Replace)?;
    Ok(restored)
}

/// What a restore put in place of the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restored {
    /// Its live check-ins.
    pub entries: u64,
    /// The journal is protected by a passphrase now.
    pub protected: bool,
    /// A plain copy was protected with the journal's passphrase on the way in, because the
    /// journal it replaced was protected.
    pub kept_protected: bool,
}

/// The form whatever takes the place of `journal` must keep: a protected journal stays
/// protected with its own passphrase (`key`, which must open it: without it, or with another,
/// the restore is refused and nothing changes). `None` leaves the form to what comes in — a
/// plain journal restored from a protected backup becomes protected.
///
/// This is the one rule for every path that puts a file in the journal's place; the other
/// writes go through the open journal's own connection, which is already in its form.
fn form_kept(journal: &Path, key: Option<&Passphrase>) -> Result<Option<Passphrase>> {
    if !looks_protected(journal) {
        return Ok(None);
    }
    let Some(key) = key else {
        return Err(Error::Locked {
            path: journal.to_path_buf(),
        });
    };
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    connect(journal, flags, Some(key))?;
    Ok(Some(key.clone()))
}

/// Keeps the journal about to be replaced: through SQLite when it can be read (its log
/// included), byte for byte with its log when it cannot (a damaged journal is kept as it is).
///
/// A protected journal goes through SQLite with `key` when that is its passphrase.
fn keep_current(journal: &Path, kept: &Path, key: Option<&Passphrase>) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let key = key.filter(|_| !is_plain(journal));
    let through_sqlite = open_copy(journal, flags, key)
        .and_then(|conn| copy_of(&conn, journal, &folder(journal), key))
        .and_then(|copy| place(copy, kept, Place::New));
    if through_sqlite.is_ok() {
        return Ok(());
    }
    for suffix in [""].into_iter().chain(crate::files::SIDE_FILES) {
        let from = crate::files::beside(journal, suffix);
        if from.exists() {
            copy_synced(&from, &crate::files::beside(kept, suffix))?;
        }
    }
    Ok(())
}

/// Copies a file and forces it to disk before anything relies on it being there.
fn copy_synced(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to).map_err(|e| Error::io(to, e))?;
    std::fs::File::open(to)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(to, e))
}

/// Whether `name` is exactly what Relief names a backup of the journal with file stem `stem`
/// (`<stem>-YYYY-MM-DD.db`, `<stem>-before-restore-YYYY-MM-DDTHHMMSS.db`), or one of SQLite's
/// side files of one. Read only for backups an older Relief kept in the shared folder.
fn named_for(stem: &str, name: &str) -> bool {
    let Some(rest) = name.strip_prefix(stem).and_then(|r| r.strip_prefix('-')) else {
        return false;
    };
    let base = crate::files::SIDE_FILES
        .iter()
        .find_map(|s| rest.strip_suffix(s))
        .unwrap_or(rest);
    let Some(base) = base.strip_suffix(".db") else {
        return false;
    };
    let day = |t: &str| NaiveDate::parse_from_str(t, "%Y-%m-%d").is_ok();
    let time = |t: &str| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H%M%S").is_ok();
    (base.len() == 10 && day(base))
        || base
            .strip_prefix("before-restore-")
            .is_some_and(|t| t.len() == 17 && time(t))
}

/// Whether `file` looks like a whole Relief journal from its first page: not empty, SQLite's
/// header, Relief's application id (for a protected journal, whole pages of its bytes). Cheap
/// enough for every start of the app.
fn looks_whole(file: &Path, protected: bool) -> bool {
    use std::io::Read;
    if protected {
        return looks_protected(file);
    }
    let mut header = [0u8; 100];
    let read = std::fs::File::open(file).and_then(|mut f| f.read_exact(&mut header));
    read.is_ok()
        && header.starts_with(b"SQLite format 3\0")
        && header[68..72] == APPLICATION_ID.to_be_bytes()
}

impl Journal {
    /// Puts the journal's backups in order after an open: backups an older Relief kept in the
    /// shared `backups/` folder under exactly this journal's names move into its own folder,
    /// and a protected journal's backups left plain by an interrupted `unprotect` are protected
    /// again with its passphrase (nothing of a protected journal stays readable without it).
    /// Best effort: what fails now is tried at the next open.
    pub(super) fn settle_backups(&self) {
        if self.read_only.is_some() {
            return;
        }
        let (root, own) = (crate::files::backups_root(&self.path), folder(&self.path));
        let stem = stem(&self.path);
        if let Ok(read) = std::fs::read_dir(&root) {
            for item in read.flatten() {
                let name = item.file_name().to_string_lossy().into_owned();
                let file = item.file_type().is_ok_and(|t| t.is_file());
                if file && named_for(&stem, &name) && std::fs::create_dir_all(&own).is_ok() {
                    // A backup moving between two of Relief's own backup folders on one disk:
                    // nothing is written.
                    #[allow(clippy::disallowed_methods)]
                    let _ = std::fs::rename(item.path(), own.join(&name));
                }
            }
        }
        if let Some(key) = &self.key {
            for backup in list(&self.path).unwrap_or_default() {
                let file = Path::new(&backup.path);
                if is_plain(file) {
                    let _ = copies::rewrite_in_form(file, None, Some(key));
                }
            }
        }
    }

    /// The first open of the day leaves a backup beside the journal (on the journal's clock).
    /// Every front calls this after it opens the person's journal; a failure is said as a
    /// warning, never an error: the journal itself is fine and must not be kept from them.
    pub fn back_up_today(&self) {
        if let Err(e) = self.daily_backup(self.now().date_naive()) {
            crate::system::warn(&format!("today's automatic backup failed: {e}"));
        }
    }

    /// Makes today's backup if there is none yet (and the journal holds entries), then prunes
    /// old ones. Returns the new backup's path. Safe when several processes start at once:
    /// each copy goes to its own temporary file and only one is renamed into place; a backup
    /// of today that is empty or broken is made again.
    pub fn daily_backup(&self, today: NaiveDate) -> Result<Option<PathBuf>> {
        if self.read_only.is_some() || self.count_entries()? == 0 {
            return Ok(None);
        }
        let dir = folder(&self.path);
        let stem = stem(&self.path);
        let target = dir.join(format!("{stem}-{}.db", today.format("%Y-%m-%d")));
        let how = match std::fs::symlink_metadata(&target) {
            Ok(_) if looks_whole(&target, self.key.is_some()) => return Ok(None),
            Ok(_) => Place::Replace,
            Err(_) => Place::New,
        };
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let copy = copy_of(&self.conn, &self.path, &dir, self.key.as_ref())?;
        if !place(copy, &target, how)? {
            return Ok(None);
        }
        let backups = list(&self.path)?;
        let days: Vec<NaiveDate> = backups.iter().filter_map(|b| b.day).collect();
        let kept = keep(&days);
        for b in backups {
            if let Some(day) = b.day {
                if !kept.contains(&day) {
                    // Another process may be pruning the same file at the same time.
                    match std::fs::remove_file(&b.path) {
                        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                            return Err(Error::io(&b.path, e))
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok(Some(target))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_name_belongs_to_one_journal_only() {
        assert!(named_for("a", "a-2026-11-24.db"));
        assert!(named_for("a", "a-2026-11-24.db-wal"));
        assert!(named_for("a", "a-before-restore-2026-11-24T101500.db"));
        assert!(named_for("a-b", "a-b-2026-11-24.db"));
        // Another journal's backups, though their names begin with "a-".
        assert!(!named_for("a", "a-b-2026-11-24.db"));
        assert!(!named_for("a", "a-b-before-restore-2026-11-24T101500.db"));
        assert!(!named_for("a", "a-2026-11-24.db.bak"));
        assert!(!named_for("a", "ab-2026-11-24.db"));
    }

    #[test]
    fn keeps_seven_days_and_four_weeks() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        let days: Vec<NaiveDate> = (0..60).map(|i| start + chrono::Duration::days(i)).collect();
        let kept = keep(&days);
        assert_eq!(kept.len(), KEEP_DAILY + KEEP_WEEKLY);
        let newest: Vec<NaiveDate> = days.iter().rev().take(7).copied().collect();
        for d in newest {
            assert!(kept.contains(&d));
        }
        assert!(!kept.contains(&start));
    }
}
