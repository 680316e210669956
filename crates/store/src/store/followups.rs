//! "How sore now?": questions Relief asks after a remedy session, kept in the journal so they
//! survive a restart. The answer becomes that remedy use's `rating_after` with `after_minutes`
//! counted from the end of the session.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::{catalogue, entries, Journal};
use crate::error::{Error, Result};
use crate::model::{CatalogueKind, Entry, EntryId, Key, Minutes, Rating, MINUTES_MAX};

/// A question waiting for (or due) an answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FollowUp {
    pub entry: EntryId,
    pub remedy: Key,
    /// The remedy's name as the person sees it.
    pub label: String,
    /// How sore they were at the check-in, before the session.
    pub rating: Rating,
    /// When the session ended: a timer's end, or the check-in.
    pub ends_at: DateTime<Utc>,
    /// When to ask.
    pub due_at: DateTime<Utc>,
}

fn instant(secs: i64) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::from_timestamp(secs, 0).ok_or(rusqlite::Error::IntegralValueOutOfRange(0, secs))
}

/// Row ids of a live entry and of one of its remedies still without an after-rating.
fn unrated_use(conn: &Connection, entry: EntryId, remedy: &Key) -> Result<(i64, i64)> {
    let entry_row = entries::live_rowid(conn, entry)?;
    let remedy_row = catalogue::known(conn, CatalogueKind::Remedy, remedy.as_str())?;
    conn.prepare_cached(
        "SELECT 1 FROM remedy_use WHERE entry_id = ?1 AND remedy_id = ?2 AND rating_after IS NULL",
    )?
    .query_row(params![entry_row, remedy_row.id], |_| Ok(()))
    .optional()?
    .ok_or_else(|| no_follow_up(entry, remedy))?;
    Ok((entry_row, remedy_row.id))
}

fn no_follow_up(entry: EntryId, remedy: &Key) -> Error {
    Error::NoFollowUp {
        entry: entry.to_string(),
        remedy: remedy.to_string(),
    }
}

impl Journal {
    /// Asks "How sore now?" about `remedy` of `entry` at `due_at`. The session ended at
    /// `ends_at`. Asking again about the same use moves the question.
    pub fn ask_later(
        &mut self,
        entry: EntryId,
        remedy: &Key,
        ends_at: DateTime<Utc>,
        due_at: DateTime<Utc>,
    ) -> Result<FollowUp> {
        let tx = self.write()?;
        let (entry_row, remedy_row) = unrated_use(&tx, entry, remedy)?;
        // Kept to the second, as stored.
        let (ends, due) = (ends_at.timestamp(), due_at.max(ends_at).timestamp());
        tx.prepare_cached(
            "INSERT INTO followup (entry_id, remedy_id, ends_utc, due_utc) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (entry_id, remedy_id)
             DO UPDATE SET ends_utc = excluded.ends_utc, due_utc = excluded.due_utc",
        )?
        .execute(params![entry_row, remedy_row, ends, due])?;
        let (rating, label): (Rating, String) = tx
            .prepare_cached(
                "SELECT e.rating, r.label FROM entry e, remedy r WHERE e.id = ?1 AND r.id = ?2",
            )?
            .query_row(params![entry_row, remedy_row], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })?;
        tx.commit()?;
        Ok(FollowUp {
            entry,
            remedy: remedy.clone(),
            label,
            rating,
            ends_at: instant(ends)?,
            due_at: instant(due)?,
        })
    }

    /// Every question not yet answered, soonest first (due or not; deleted entries' left out).
    pub fn follow_ups(&self) -> Result<Vec<FollowUp>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.uuid, r.key, r.label, e.rating, f.ends_utc, f.due_utc
             FROM followup f
             JOIN entry e ON e.id = f.entry_id AND e.deleted_at IS NULL
             JOIN remedy r ON r.id = f.remedy_id
             ORDER BY f.due_utc, e.recorded_utc",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(FollowUp {
                entry: row.get(0)?,
                remedy: row.get(1)?,
                label: row.get(2)?,
                rating: row.get(3)?,
                ends_at: instant(row.get(4)?)?,
                due_at: instant(row.get(5)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records the answer: the first unrated use of `remedy` on `entry` gets `rating_after`,
    /// and `after_minutes` from the session's end to `answered_at`.
    pub fn answer_follow_up(
        &mut self,
        entry: EntryId,
        remedy: &Key,
        rating: Rating,
        answered_at: DateTime<Utc>,
    ) -> Result<Entry> {
        let tx = self.write()?;
        let (entry_row, remedy_row) = unrated_use(&tx, entry, remedy)?;
        let ends: i64 = tx
            .prepare_cached("SELECT ends_utc FROM followup WHERE entry_id = ?1 AND remedy_id = ?2")?
            .query_row(params![entry_row, remedy_row], |row| row.get(0))
            .optional()?
            .ok_or_else(|| no_follow_up(entry, remedy))?;
        let minutes = ((answered_at.timestamp() - ends).max(0) + 30) / 60;
        let after = Minutes::new(minutes.min(i64::from(MINUTES_MAX)))
            .map_err(|e| Error::invalid("after_minutes", e))?;
        tx.prepare_cached(
            "UPDATE remedy_use SET rating_after = ?3, after_minutes = ?4
             WHERE id = (SELECT min(id) FROM remedy_use
                         WHERE entry_id = ?1 AND remedy_id = ?2 AND rating_after IS NULL)",
        )?
        .execute(params![entry_row, remedy_row, rating, after])?;
        entries::touch(&tx, entry_row, answered_at.timestamp_millis())?;
        entries::drop_moot_followups(&tx, entry_row)?;
        tx.commit()?;
        self.entry(entry)
    }

    /// Forgets the question without an answer.
    pub fn dismiss_follow_up(&mut self, entry: EntryId, remedy: &Key) -> Result<()> {
        let tx = self.write()?;
        let entry_row = entries::live_rowid(&tx, entry)?;
        let removed = tx
            .prepare_cached(
                "DELETE FROM followup WHERE entry_id = ?1
                 AND remedy_id = (SELECT id FROM remedy WHERE key = ?2)",
            )?
            .execute(params![entry_row, remedy.as_str()])?;
        if removed == 0 {
            return Err(no_follow_up(entry, remedy));
        }
        tx.commit()?;
        Ok(())
    }
}
