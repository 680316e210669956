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

use super::{classify, Journal, APPLICATION_ID, SCHEMA_VERSION};
use crate::error::{Error, Result};

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
    journal
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("backups")
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
pub fn validate(file: &Path) -> Result<u64> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(file, flags).map_err(|e| classify(file, e))?;
    let read = || -> rusqlite::Result<(i32, i64, String)> {
        Ok((
            conn.query_row("PRAGMA application_id", [], |r| r.get(0))?,
            conn.query_row("PRAGMA user_version", [], |r| r.get(0))?,
            conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?,
        ))
    };
    let (app, version, check) = read().map_err(|e| classify(file, e))?;
    if app != APPLICATION_ID {
        return Err(Error::NotAJournal {
            path: file.to_path_buf(),
            reason: "it is not a Relief journal or backup".into(),
        });
    }
    if version > SCHEMA_VERSION {
        return Err(Error::TooNew {
            path: file.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if check != "ok" {
        return Err(Error::Damaged {
            path: file.to_path_buf(),
            detail: check,
        });
    }
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM entry WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .map_err(|e| classify(file, e))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Replaces the journal at `journal` with the backup `file`, after checking the backup. The
/// current journal is first copied to `backups/<name>-before-restore-<time>.db`, so a restore
/// can itself be undone. Nothing may have the journal open meanwhile (close the app first).
pub fn restore(journal: &Path, file: &Path) -> Result<u64> {
    let entries = validate(file)?;
    let dir = folder(journal);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    if journal.exists() {
        let kept = dir.join(format!(
            "{}-before-restore-{}.db",
            stem(journal),
            chrono::Local::now().format("%Y-%m-%dT%H%M%S")
        ));
        copy_synced(journal, &kept)?;
        for side in ["-wal", "-shm"] {
            let mut p = journal.as_os_str().to_owned();
            p.push(side);
            let side = PathBuf::from(p);
            if side.exists() {
                // A write-ahead log belongs to the old file; applied to the restored one it
                // would damage it.
                std::fs::remove_file(&side).map_err(|e| Error::io(&side, e))?;
            }
        }
    }
    let mut temp = journal.as_os_str().to_owned();
    temp.push(".restoring");
    let temp = PathBuf::from(temp);
    copy_synced(file, &temp)?;
    std::fs::rename(&temp, journal).map_err(|e| Error::io(journal, e))?;
    sync_folder(journal);
    Ok(entries)
}

/// Copies a file and forces it to disk before anything relies on it being there.
fn copy_synced(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to).map_err(|e| Error::io(to, e))?;
    std::fs::File::open(to)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(to, e))
}

/// Makes a rename in the journal's folder durable. Best effort: not every platform can open a
/// folder to sync it, and the rename itself has already succeeded.
fn sync_folder(file: &Path) {
    if let Some(dir) = file.parent() {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
}

impl Journal {
    /// Makes today's backup if there is none yet (and the journal holds entries), then prunes
    /// old ones. Returns the new backup's path.
    pub fn daily_backup(&self, today: NaiveDate) -> Result<Option<PathBuf>> {
        if self.count_entries()? == 0 {
            return Ok(None);
        }
        let dir = folder(&self.path);
        let stem = stem(&self.path);
        let target = dir.join(format!("{stem}-{}.db", today.format("%Y-%m-%d")));
        if target.exists() {
            return Ok(None);
        }
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        self.backup_to(&target)?;
        let backups = list(&self.path)?;
        let days: Vec<NaiveDate> = backups.iter().filter_map(|b| b.day).collect();
        let kept = keep(&days);
        for b in backups {
            if let Some(day) = b.day {
                if !kept.contains(&day) {
                    std::fs::remove_file(&b.path).map_err(|e| Error::io(&b.path, e))?;
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
