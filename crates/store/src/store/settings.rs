//! Journal-wide settings, kept in the journal so they travel with it.

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::Journal;
use crate::error::{Error, Result};
use crate::model::{DayStartHour, FollowUpMinutes, Settings, Theme, Timestamp};

const DAY_START_HOUR: &str = "day_start_hour";
const THEME: &str = "theme";
const REMINDERS: &str = "reminders";
const FOLLOW_UP_MINUTES: &str = "follow_up_minutes";
/// `en`, `de`, `es`, `fr`, or `system` to follow the system.
const LANGUAGE: &str = "language";
/// Up to when reminders were looked at (Unix seconds). The app's own bookkeeping: not a
/// setting a person chooses, so not exported.
const REMINDERS_CHECKED: &str = "reminders_checked_utc";
/// The last journal day whose experiment assignment was announced (YYYY-MM-DD). Bookkeeping
/// too, not exported.
const EXPERIMENT_ANNOUNCED: &str = "experiment_announced_day";
/// The journal's own id, made once when the journal is (migration 6; `docs/fhir.md`).
const JOURNAL_ID: &str = "journal_id";

pub(super) fn read(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
        .query_row([key], |row| row.get(0))
        .optional()?)
}

pub(super) fn store(tx: &Connection, key: &str, value: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])?;
    Ok(())
}

/// A stored setting read with `parse`; one that is absent — or unreadable (written by hand or
/// by a broken tool) — is its default, so it never blocks the journal, and the next save
/// writes a good value over it.
fn setting<T: Default, E>(
    conn: &Connection,
    key: &str,
    parse: impl FnOnce(&str) -> std::result::Result<T, E>,
) -> Result<T> {
    Ok(read(conn, key)?
        .and_then(|v| parse(&v).ok())
        .unwrap_or_default())
}

pub(super) fn read_all(conn: &Connection) -> Result<Settings> {
    Ok(Settings {
        day_start_hour: day_start(conn)?,
        theme: setting(conn, THEME, Theme::parse)?,
        reminders: setting(conn, REMINDERS, |v| {
            serde_json::from_str::<Vec<crate::model::Reminder>>(v)
        })?,
        follow_up_minutes: setting(conn, FOLLOW_UP_MINUTES, FollowUpMinutes::parse)?,
        // "system" (or anything unreadable) follows the system.
        language: read(conn, LANGUAGE)?.and_then(|v| crate::i18n::Lang::parse(&v).ok()),
    })
}

/// A shared setting as sync merged it, checked as the setting's own rules check it (a value
/// no Relief could have saved is refused, and the file it came in is set aside).
pub(super) fn synced(conn: &Connection, key: &str, value: &str) -> Result<()> {
    let checked = match key {
        DAY_START_HOUR => {
            let hour = DayStartHour::parse(value).map_err(|e| Error::invalid(key, e))?;
            if day_start(conn)? != hour {
                write_day_start(conn, hour)?;
            }
            return Ok(());
        }
        THEME => Theme::parse(value)
            .map(|_| ())
            .map_err(|e| Error::invalid(key, e)),
        REMINDERS => serde_json::from_str::<Vec<crate::model::Reminder>>(value)
            .map(|_| ())
            .map_err(|e| {
                Error::invalid(
                    key,
                    crate::model::ValueError::new("rule-sync-value").with("detail", e.to_string()),
                )
            }),
        FOLLOW_UP_MINUTES => FollowUpMinutes::parse(value)
            .map(|_| ())
            .map_err(|e| Error::invalid(key, e)),
        LANGUAGE if value == "system" => Ok(()),
        LANGUAGE => crate::i18n::Lang::parse(value)
            .map(|_| ())
            .map_err(|e| Error::invalid(key, crate::model::ValueError(e))),
        _ => return Ok(()),
    };
    checked?;
    store(conn, key, value)
}

/// Writes every setting; the day-start hour only if it changed (it recomputes every entry).
pub(super) fn write_all(tx: &Transaction<'_>, settings: &Settings) -> Result<()> {
    settings
        .check()
        .map_err(|e| Error::invalid("settings.reminders", e))?;
    if day_start(tx)? != settings.day_start_hour {
        write_day_start(tx, settings.day_start_hour)?;
    }
    store(tx, THEME, settings.theme.as_str())?;
    let reminders = serde_json::to_string(&settings.reminders).map_err(|e| Error::Internal {
        what: "storing the reminders",
        detail: e.to_string(),
    })?;
    store(tx, REMINDERS, &reminders)?;
    store(
        tx,
        FOLLOW_UP_MINUTES,
        &settings.follow_up_minutes.get().to_string(),
    )?;
    store(
        tx,
        LANGUAGE,
        settings.language.map_or("system", crate::i18n::Lang::code),
    )
}

pub(super) fn day_start(conn: &Connection) -> Result<DayStartHour> {
    setting(conn, DAY_START_HOUR, DayStartHour::parse)
}

/// Stores the day-start hour and recomputes every entry's journal day under it.
pub(super) fn write_day_start(tx: &Connection, hour: DayStartHour) -> Result<()> {
    store(tx, DAY_START_HOUR, &hour.get().to_string())?;
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
    /// The journal day it is now: before the day-start hour, still the day before.
    pub fn today(&self) -> Result<chrono::NaiveDate> {
        let now = Timestamp::new(self.now());
        Ok(now.journal_day(day_start(&self.conn)?))
    }

    pub fn settings(&self) -> Result<Settings> {
        read_all(&self.conn)
    }

    /// The journal's own id: the root of the ids in its FHIR exports.
    pub fn journal_id(&self) -> Result<uuid::Uuid> {
        let text = read(&self.conn, JOURNAL_ID)?.unwrap_or_default();
        uuid::Uuid::parse_str(&text).map_err(|_| Error::Damaged {
            path: self.path.clone(),
            detail: format!("its id {text:?} is not a UUID"),
        })
    }

    /// Replaces all settings at once, after checking them.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<Settings> {
        let tx = self.write()?;
        write_all(&tx, settings)?;
        tx.commit()?;
        self.settings()
    }

    /// Up to when the app last looked for due reminders, so a restart neither repeats nor
    /// piles up what was already shown.
    pub fn reminders_checked(&self) -> Result<Option<chrono::DateTime<chrono::Utc>>> {
        Ok(read(&self.conn, REMINDERS_CHECKED)?
            .and_then(|v| v.parse::<i64>().ok())
            .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0)))
    }

    pub fn set_reminders_checked(&mut self, at: chrono::DateTime<chrono::Utc>) -> Result<()> {
        let tx = self.write()?;
        store(&tx, REMINDERS_CHECKED, &at.timestamp().to_string())?;
        tx.commit()?;
        Ok(())
    }

    /// The last journal day whose experiment assignment was announced.
    pub fn experiment_announced(&self) -> Result<Option<chrono::NaiveDate>> {
        Ok(read(&self.conn, EXPERIMENT_ANNOUNCED)?.and_then(|v| v.parse().ok()))
    }

    pub fn set_experiment_announced(&mut self, day: chrono::NaiveDate) -> Result<()> {
        let tx = self.write()?;
        store(&tx, EXPERIMENT_ANNOUNCED, &day.to_string())?;
        tx.commit()?;
        Ok(())
    }

    /// Changes the hour a journal day starts; every entry's day is recomputed in the same
    /// transaction, so lists and statistics never mix the two rules.
    pub fn set_day_start_hour(&mut self, hour: DayStartHour) -> Result<()> {
        let tx = self.write()?;
        write_day_start(&tx, hour)?;
        tx.commit()?;
        Ok(())
    }
}
