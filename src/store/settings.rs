//! Journal-wide settings, kept in the journal so they travel with it.

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::Journal;
use crate::error::{Error, Result};
use crate::model::{DayStartHour, Settings, Timestamp};

const DAY_START_HOUR: &str = "day_start_hour";

pub(super) fn day_start(conn: &Connection) -> Result<DayStartHour> {
    let value: Option<String> = conn
        .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
        .query_row([DAY_START_HOUR], |row| row.get(0))
        .optional()?;
    match value {
        None => Ok(DayStartHour::DEFAULT),
        Some(v) => v
            .parse::<i64>()
            .map_err(|_| crate::model::ValueError(format!("stored value '{v}' is not a number")))
            .and_then(DayStartHour::new)
            .map_err(|e| Error::invalid("settings.day_start_hour", e)),
    }
}

/// Stores the day-start hour and recomputes every entry's journal day under it.
pub(super) fn write_day_start(tx: &Transaction<'_>, hour: DayStartHour) -> Result<()> {
    tx.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![DAY_START_HOUR, hour.get().to_string()],
    )?;
    let moments: Vec<(i64, Timestamp)> = tx
        .prepare("SELECT id, recorded_at FROM entry")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = tx.prepare("UPDATE entry SET journal_day = ?2 WHERE id = ?1")?;
    for (rowid, at) in moments {
        update.execute(params![
            rowid,
            at.journal_day(hour).format("%Y-%m-%d").to_string()
        ])?;
    }
    Ok(())
}

impl Journal {
    pub fn settings(&self) -> Result<Settings> {
        Ok(Settings {
            day_start_hour: day_start(&self.conn)?,
        })
    }

    /// Changes the hour a journal day starts; every entry's day is recomputed in the same
    /// transaction, so lists and statistics never mix the two rules.
    pub fn set_day_start_hour(&mut self, hour: DayStartHour) -> Result<()> {
        let tx = self.conn.transaction()?;
        write_day_start(&tx, hour)?;
        tx.commit()?;
        Ok(())
    }
}
