//! Automatic backups beside the journal, and restoring one.
//!
//! On the first open of each day the journal is copied (SQLite's online backup, so it is
//! consistent while in use) to `backups/<name>-YYYY-MM-DD.db` next to it. The last 7 daily
//! copies are kept, and the newest copy of each of the 4 weeks before them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::protect::{self, Passphrase};
use super::{classify, verify, Journal, APPLICATION_ID};
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
    let conn = open_copy(file, flags, key)?;
    checked(&conn, file)
}

/// Opens a backup (or a file to restore): refused as protected without a passphrase, else
/// opened with the passphrase it needs.
fn open_copy(file: &Path, flags: OpenFlags, key: Option<&Passphrase>) -> Result<Connection> {
    let key = key.filter(|_| !protect::is_plain(file));
    if key.is_none() && protect::looks_protected(file) {
        return Err(Error::Locked {
            path: file.to_path_buf(),
        });
    }
    protect::connect(file, flags, key)
}

/// Runs the journal checks on `conn` and counts its live entries; an empty database is not a
/// backup.
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

/// A checked, self-contained copy of the database behind `source`, in a new temporary file in
/// `folder`: SQLite's online backup (consistent while in use, and including what is still in
/// the source's write-ahead log), switched to a single file without a log, then checked like a
/// journal being opened. What is checked is exactly what [`place`] puts in place.
pub(super) struct Copy {
    file: tempfile::TempPath,
    pub entries: u64,
}

///
/// The copy of a protected journal is protected with the same passphrase (`key`).
pub(super) fn copy_of(
    source: &Connection,
    source_path: &Path,
    folder: PathBuf,
    key: Option<&Passphrase>,
) -> Result<Copy> {
    let io = |e: std::io::Error| Error::io(&folder, e);
    let file = tempfile::Builder::new()
        .prefix(".relief-")
        .suffix(".copy")
        .tempfile_in(&folder)
        .map_err(io)?
        .into_temp_path();
    let path: &Path = &file;
    {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut dest = protect::connect(path, flags, key)?;
        let backup = rusqlite::backup::Backup::new(source, &mut dest)
            .map_err(|e| classify(source_path, e))?;
        backup
            .run_to_completion(100, std::time::Duration::ZERO, None)
            .map_err(|e| classify(source_path, e))?;
    }
    let entries = {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let copy = protect::connect(path, flags, key)?;
        copy.query_row("PRAGMA journal_mode = DELETE", [], |row| {
            row.get::<_, String>(0)
        })
        .map_err(|e| classify(path, e))?;
        checked(&copy, source_path)?
    };
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(io)?;
    Ok(Copy { file, entries })
}

/// Whether [`place`] may replace a file already at the destination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// Only where nothing is: a file that appeared meanwhile (another process made the same
    /// backup) wins, and this copy is dropped.
    New,
    /// Replace what is there (a broken backup, the journal being restored).
    Replace,
}

/// Moves a checked copy into place by renaming (whole or not at all), and makes it durable.
/// Returns false when [`Place::New`] found the place taken.
pub(super) fn place(copy: Copy, dest: &Path, how: Place) -> Result<bool> {
    let placed = match how {
        Place::Replace => copy.file.persist(dest).map(|_| true),
        Place::New => match copy.file.persist_noclobber(dest) {
            Ok(()) => Ok(true),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(e),
        },
    }
    .map_err(|e| Error::io(dest, e.error))?;
    crate::files::sync_folder(dest);
    Ok(placed)
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
) -> Result<u64> {
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
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let source = open_copy(file, flags, key)?;
    let key = key.filter(|_| !protect::is_plain(file));
    let incoming = copy_of(&source, file, folder_of_journal, key)?;
    drop(source);
    let entries = incoming.entries;

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
    Ok(entries)
}

/// Keeps the journal about to be replaced: through SQLite when it can be read (its log
/// included), byte for byte with its log when it cannot (a damaged journal is kept as it is).
///
/// A protected journal goes through SQLite with `key` when that is its passphrase.
fn keep_current(journal: &Path, kept: &Path, key: Option<&Passphrase>) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let key = key.filter(|_| !protect::is_plain(journal));
    let through_sqlite = open_copy(journal, flags, key)
        .and_then(|conn| copy_of(&conn, journal, folder(journal), key))
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

/// Removes temporary copies a killed process left in the backups folder (an hour old or more:
/// a younger one may be another process's backup under way).
fn remove_stale_copies(dir: &Path) {
    let Ok(read) = std::fs::read_dir(dir) else {
        return;
    };
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for item in read.flatten() {
        let name = item.file_name();
        let name = name.to_string_lossy();
        let temporary = name.starts_with(".relief-") && name.ends_with(".copy");
        let old = item
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t < hour_ago);
        if temporary && old {
            let _ = std::fs::remove_file(item.path());
        }
    }
}

/// Whether `file` looks like a whole Relief journal from its first page: not empty, SQLite's
/// header, Relief's application id (for a protected journal, whole pages of its bytes). Cheap
/// enough for every start of the app.
fn looks_whole(file: &Path, protected: bool) -> bool {
    use std::io::Read;
    if protected {
        return protect::looks_protected(file);
    }
    let mut header = [0u8; 100];
    let read = std::fs::File::open(file).and_then(|mut f| f.read_exact(&mut header));
    read.is_ok()
        && header.starts_with(b"SQLite format 3\0")
        && header[68..72] == APPLICATION_ID.to_be_bytes()
}

impl Journal {
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
        remove_stale_copies(&dir);
        let copy = copy_of(&self.conn, &self.path, dir, self.key.as_ref())?;
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
