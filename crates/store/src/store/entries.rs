//! Check-ins: add, edit, soft delete and undo, list with filters. Every write is one transaction.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::{
    params, params_from_iter, CachedStatement, Connection, OptionalExtension, Row, ToSql,
    Transaction,
};

use super::{catalogue, settings, Journal};
use crate::error::{Error, Result};
use crate::model::{
    CatalogueKind, Entry, EntryDraft, EntryId, EntrySource, Filter, Key, Range, RedFlag,
    RegionRating, RemedyUse, Snapshot, ValueError,
};

/// How far ahead of the clock a check-in may be dated: a little for clocks that disagree. Times
/// carry their UTC offset, so comparing instants needs no slack for time zones.
const FUTURE_SLACK_SECS: i64 = 5 * 60;

/// Which archived items a write may still use: those already on the entry being edited.
#[derive(Default)]
pub(super) struct Allowed {
    pub remedies: HashSet<i64>,
    pub causes: HashSet<i64>,
}

/// Resolves a catalogue key to its row id, refusing unknown and (unless allowed) archived items.
pub(super) fn item_id(
    conn: &Connection,
    kind: CatalogueKind,
    key: &Key,
    allowed: &Allowed,
) -> Result<i64> {
    let row = catalogue::known(conn, kind, key.as_str())?;
    let on_entry = match kind {
        CatalogueKind::Remedy => allowed.remedies.contains(&row.id),
        CatalogueKind::Cause => allowed.causes.contains(&row.id),
    };
    if row.item.archived && !on_entry {
        return Err(Error::ArchivedItem {
            kind,
            key: key.to_string(),
        });
    }
    Ok(row.id)
}

pub(super) fn check_draft(draft: &EntryDraft) -> Result<()> {
    draft
        .check()
        .map_err(|(field, source)| Error::invalid(field, source))
}

fn check_not_future(draft: &EntryDraft, now: DateTime<FixedOffset>) -> Result<()> {
    if draft.recorded_at.unix() > now.timestamp() + FUTURE_SLACK_SECS {
        return Err(Error::invalid(
            "recorded_at",
            ValueError::new("rule-future").with("at", draft.recorded_at.to_string()),
        ));
    }
    Ok(())
}

/// Writes the entry row and its regions, causes and remedy uses. `rowid` is `Some` to update;
/// `now` (milliseconds since the epoch) goes to the bookkeeping columns.
pub(super) fn write(
    tx: &Transaction<'_>,
    now: i64,
    rowid: Option<i64>,
    id: EntryId,
    draft: &EntryDraft,
    journal_day: NaiveDate,
    allowed: &Allowed,
) -> Result<i64> {
    write_synced(tx, now, rowid, id, draft, journal_day, allowed, None)
}

/// Writes the entry row and its regions, causes and remedy uses, with where it came from (an
/// import's source; sync gives another computer's check-in its own). Every key is resolved
/// before anything is written: an unknown one fails the whole check-in.
#[allow(
    clippy::too_many_arguments,
    reason = "one row's every part, and where it came from"
)]
pub(super) fn write_synced(
    conn: &Connection,
    now: i64,
    rowid: Option<i64>,
    id: EntryId,
    draft: &EntryDraft,
    journal_day: NaiveDate,
    allowed: &Allowed,
    source: Option<&EntrySource>,
) -> Result<i64> {
    let cause_ids = draft
        .causes
        .iter()
        .map(|k| item_id(conn, CatalogueKind::Cause, k, allowed))
        .collect::<Result<Vec<_>>>()?;
    let remedy_ids = draft
        .remedies
        .iter()
        .map(|u| item_id(conn, CatalogueKind::Remedy, &u.key, allowed))
        .collect::<Result<Vec<_>>>()?;
    let source = source
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| Error::Internal {
            what: "noting an entry's source",
            detail: e.to_string(),
        })?;
    let mut writer = Writer::new(conn)?;
    let rowid = match rowid {
        None => writer
            .insert_row(now, id, draft, journal_day, source.as_deref())?
            .ok_or(Error::Internal {
                what: "adding a synced check-in",
                detail: format!("entry id {id} is already in the journal"),
            })?,
        Some(rowid) => {
            update_row(conn, now, rowid, draft, journal_day)?;
            rowid
        }
    };
    writer.write_parts(rowid, draft, &cause_ids, &remedy_ids)?;
    Ok(rowid)
}

/// The statements that write new check-ins, prepared once for as many as a transaction writes.
pub(super) struct Writer<'c> {
    conn: &'c Connection,
    entry: CachedStatement<'c>,
    region: CachedStatement<'c>,
    cause: CachedStatement<'c>,
    remedy_use: CachedStatement<'c>,
    red_flag: CachedStatement<'c>,
}

impl<'c> Writer<'c> {
    pub fn new(conn: &'c Connection) -> Result<Self> {
        Ok(Writer {
            conn,
            entry: conn.prepare_cached(
                "INSERT INTO entry (uuid, recorded_at, recorded_utc, journal_day, rating,
                                    enjoyment, activity, note, source, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
                 ON CONFLICT (uuid) DO NOTHING",
            )?,
            region: conn.prepare_cached(
                "INSERT INTO entry_region (entry_id, region, rating) VALUES (?1, ?2, ?3)",
            )?,
            cause: conn
                .prepare_cached("INSERT INTO entry_cause (entry_id, cause_id) VALUES (?1, ?2)")?,
            remedy_use: conn.prepare_cached(
                "INSERT INTO remedy_use (entry_id, remedy_id, minutes, detail, rating_after,
                                         after_minutes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?,
            red_flag: conn
                .prepare_cached("INSERT INTO entry_red_flag (entry_id, flag) VALUES (?1, ?2)")?,
        })
    }

    /// The entry's own row, unless an entry with its id is there (`None`; deleted check-ins
    /// count, so an import never brings back what the person deleted). `source` is
    /// [`EntrySource`] as JSON.
    pub fn insert_row(
        &mut self,
        now: i64,
        id: EntryId,
        draft: &EntryDraft,
        journal_day: NaiveDate,
        source: Option<&str>,
    ) -> Result<Option<i64>> {
        let row = RowValues::of(draft, journal_day);
        let added = self.entry.execute(params_from_iter(
            std::iter::once(&id as &dyn ToSql)
                .chain(row.fields())
                .chain([&source as &dyn ToSql, &now]),
        ))?;
        Ok((added == 1).then(|| self.conn.last_insert_rowid()))
    }

    /// The entry's regions, causes, remedy uses and red flags (causes and remedies by catalogue row id, in
    /// the draft's order).
    pub fn write_parts(
        &mut self,
        rowid: i64,
        draft: &EntryDraft,
        cause_ids: &[i64],
        remedy_ids: &[i64],
    ) -> Result<()> {
        for r in &draft.regions {
            self.region.execute(params![rowid, r.region, r.rating])?;
        }
        for cause_id in cause_ids {
            self.cause.execute(params![rowid, cause_id])?;
        }
        for (u, remedy_id) in draft.remedies.iter().zip(remedy_ids) {
            self.remedy_use.execute(params![
                rowid,
                remedy_id,
                u.minutes,
                u.detail,
                u.rating_after,
                u.after_minutes
            ])?;
        }
        for flag in &draft.red_flags {
            self.red_flag.execute(params![rowid, flag.key()])?;
        }
        Ok(())
    }
}

/// The values of an entry's own row that a check-in's draft gives, in the column order both
/// the INSERT and the UPDATE use (`?2` to `?8`).
struct RowValues<'a> {
    draft: &'a EntryDraft,
    unix: i64,
    day: String,
}

impl<'a> RowValues<'a> {
    fn of(draft: &'a EntryDraft, journal_day: NaiveDate) -> Self {
        RowValues {
            draft,
            unix: draft.recorded_at.unix(),
            day: journal_day.to_string(),
        }
    }

    fn fields(&self) -> [&dyn ToSql; 7] {
        [
            &self.draft.recorded_at,
            &self.unix,
            &self.day,
            &self.draft.rating,
            &self.draft.enjoyment,
            &self.draft.activity,
            &self.draft.note,
        ]
    }
}

/// The entry's own row updated, its parts cleared.
fn update_row(
    tx: &Connection,
    now: i64,
    rowid: i64,
    draft: &EntryDraft,
    journal_day: NaiveDate,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE entry SET recorded_at = ?2, recorded_utc = ?3, journal_day = ?4, rating = ?5,
                          enjoyment = ?6, activity = ?7, note = ?8, updated_at = ?9
         WHERE id = ?1",
    )?
    .execute(params_from_iter(
        std::iter::once(&rowid as &dyn ToSql)
            .chain(RowValues::of(draft, journal_day).fields())
            .chain([&now as &dyn ToSql]),
    ))?;
    for table in [
        "entry_region",
        "entry_cause",
        "remedy_use",
        "entry_red_flag",
    ] {
        tx.prepare_cached(&format!("DELETE FROM {table} WHERE entry_id = ?1"))?
            .execute([rowid])?;
    }
    Ok(())
}

const ONE: &str = "e.deleted_at IS NULL AND e.uuid = ?1";

/// Every live entry by its id (one pass: an import compares what it skipped with these).
pub(super) fn live_by_id(conn: &Connection) -> Result<HashMap<EntryId, Entry>> {
    Ok(load(conn, "e.deleted_at IS NULL", &[])?
        .into_iter()
        .map(|e| (e.id, e))
        .collect())
}

/// Loads the entries matching `condition` (over alias `e`), with their parts: by journal day,
/// then by the moment within it (with check-ins from several time zones, UTC order alone would
/// put a day's entries apart).
pub(super) fn load(conn: &Connection, condition: &str, args: &[&dyn ToSql]) -> Result<Vec<Entry>> {
    let remedy_keys: HashMap<i64, Key> = catalogue::all(conn, CatalogueKind::Remedy)?
        .into_iter()
        .map(|r| (r.id, r.item.key))
        .collect();
    let cause_keys: HashMap<i64, Key> = catalogue::all(conn, CatalogueKind::Cause)?
        .into_iter()
        .map(|r| (r.id, r.item.key))
        .collect();

    let (mut entries, index) = entry_rows(conn, condition, args)?;
    if entries.is_empty() {
        return Ok(entries);
    }

    let mut parts = |sql: String, add: &mut dyn FnMut(&mut Entry, &Row<'_>) -> Result<()>| {
        for_each_part(conn, &sql, args, &mut entries, &index, add)
    };
    parts(
        format!(
            "SELECT g.entry_id, g.region, g.rating FROM entry e JOIN entry_region g ON g.entry_id = e.id
             WHERE {condition}"
        ),
        &mut |entry, row| {
            entry.regions.push(RegionRating {
                region: row.get(1)?,
                rating: row.get(2)?,
            });
            Ok(())
        },
    )?;
    parts(
        format!(
            "SELECT c.entry_id, c.cause_id FROM entry e JOIN entry_cause c ON c.entry_id = e.id
             WHERE {condition}"
        ),
        &mut |entry, row| {
            if let Some(key) = cause_keys.get(&row.get::<_, i64>(1)?) {
                entry.causes.push(key.clone());
            }
            Ok(())
        },
    )?;
    parts(
        format!(
            "SELECT u.entry_id, u.remedy_id, u.minutes, u.detail, u.rating_after, u.after_minutes
             FROM entry e JOIN remedy_use u ON u.entry_id = e.id
             WHERE {condition} ORDER BY u.id"
        ),
        &mut |entry, row| {
            if let Some(key) = remedy_keys.get(&row.get::<_, i64>(1)?) {
                entry.remedies.push(RemedyUse {
                    key: key.clone(),
                    minutes: row.get(2)?,
                    detail: row.get(3)?,
                    rating_after: row.get(4)?,
                    after_minutes: row.get(5)?,
                });
            }
            Ok(())
        },
    )?;
    parts(
        format!(
            "SELECT f.entry_id, f.flag FROM entry e JOIN entry_red_flag f ON f.entry_id = e.id
             WHERE {condition}"
        ),
        &mut |entry, row| {
            // A flag a newer Relief knows is kept in the journal, shown by that Relief.
            if let Ok(flag) = RedFlag::from_key(&row.get::<_, String>(1)?) {
                entry.red_flags.push(flag);
            }
            Ok(())
        },
    )?;
    // Regions in the fixed order of the body map and causes by key, whatever order they were
    // stored in: the same on every computer a journal syncs to.
    for entry in &mut entries {
        entry.regions.sort_by_key(|r| r.region);
        entry.causes.sort();
        entry.red_flags.sort();
    }
    Ok(entries)
}

/// The entries matching `condition`, without their parts, and each one's place by row id.
fn entry_rows(
    conn: &Connection,
    condition: &str,
    args: &[&dyn ToSql],
) -> Result<(Vec<Entry>, HashMap<i64, usize>)> {
    let mut entries = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    let sql = format!(
        "SELECT e.id, e.uuid, e.recorded_at, e.journal_day, e.rating, e.enjoyment, e.activity, e.note,
                e.source
         FROM entry e WHERE {condition} ORDER BY e.journal_day, e.recorded_utc, e.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(args)?;
    while let Some(row) = rows.next()? {
        let rowid: i64 = row.get(0)?;
        let day: String = row.get(3)?;
        let journal_day = day.parse::<NaiveDate>().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e))
        })?;
        index.insert(rowid, entries.len());
        entries.push(Entry {
            id: row.get(1)?,
            recorded_at: row.get(2)?,
            journal_day,
            rating: row.get(4)?,
            enjoyment: row.get(5)?,
            activity: row.get(6)?,
            regions: Vec::new(),
            causes: Vec::new(),
            note: row.get(7)?,
            remedies: Vec::new(),
            source: source_of(row.get(8)?)?,
            red_flags: Vec::new(),
        });
    }
    Ok((entries, index))
}

/// An entry's source as stored (JSON), if it has one.
fn source_of(text: Option<String>) -> rusqlite::Result<Option<EntrySource>> {
    text.map(|t| {
        serde_json::from_str(&t).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(8, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

/// Runs `sql`, whose first column is an entry's row id, and hands each row to `add` with the
/// entry it belongs to.
fn for_each_part(
    conn: &Connection,
    sql: &str,
    args: &[&dyn ToSql],
    entries: &mut [Entry],
    index: &HashMap<i64, usize>,
    add: &mut dyn FnMut(&mut Entry, &Row<'_>) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(args)?;
    while let Some(row) = rows.next()? {
        if let Some(&i) = index.get(&row.get::<_, i64>(0)?) {
            add(&mut entries[i], row)?;
        }
    }
    Ok(())
}

/// Drops questions an edit made moot: the remedy is gone from the entry or already rated.
pub(super) fn drop_moot_followups(conn: &Connection, entry_row: i64) -> Result<()> {
    conn.prepare_cached(
        "DELETE FROM followup WHERE entry_id = ?1 AND remedy_id NOT IN
           (SELECT remedy_id FROM remedy_use WHERE entry_id = ?1 AND rating_after IS NULL)",
    )?
    .execute([entry_row])?;
    Ok(())
}

/// The row id of a live (not deleted) entry.
pub(super) fn live_rowid(conn: &Connection, id: EntryId) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM entry WHERE uuid = ?1 AND deleted_at IS NULL")?
        .query_row([id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| Error::EntryNotFound(id.to_string()))
}

/// Marks an entry as changed now.
pub(super) fn touch(conn: &Connection, rowid: i64, now: i64) -> Result<()> {
    conn.prepare_cached("UPDATE entry SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![rowid, now])?;
    Ok(())
}

impl Journal {
    /// Saves a new check-in durably and returns it as stored.
    pub fn add_entry(&mut self, draft: &EntryDraft) -> Result<Entry> {
        check_draft(draft)?;
        check_not_future(draft, self.now())?;
        let id = EntryId::random();
        let now = self.now_ms();
        let tx = self.write()?;
        let day = draft.recorded_at.journal_day(settings::day_start(&tx)?);
        write(&tx, now, None, id, draft, day, &Allowed::default())?;
        tx.commit()?;
        self.entry(id)
    }

    /// Replaces what an entry says. Its id stays; archived remedies or causes it already had
    /// may stay on it.
    pub fn edit_entry(&mut self, id: EntryId, draft: &EntryDraft) -> Result<Entry> {
        check_draft(draft)?;
        check_not_future(draft, self.now())?;
        let now = self.now_ms();
        let tx = self.write()?;
        let rowid = live_rowid(&tx, id)?;
        let mut allowed = Allowed::default();
        for (table, column, set) in [
            ("remedy_use", "remedy_id", &mut allowed.remedies),
            ("entry_cause", "cause_id", &mut allowed.causes),
        ] {
            let mut stmt =
                tx.prepare_cached(&format!("SELECT {column} FROM {table} WHERE entry_id = ?1"))?;
            for item in stmt.query_map([rowid], |row| row.get::<_, i64>(0))? {
                set.insert(item?);
            }
        }
        let day = draft.recorded_at.journal_day(settings::day_start(&tx)?);
        write(&tx, now, Some(rowid), id, draft, day, &allowed)?;
        drop_moot_followups(&tx, rowid)?;
        tx.commit()?;
        self.entry(id)
    }

    /// Deletes an entry softly: it disappears from lists, exports and statistics, and
    /// [`Journal::undo_delete`] brings it back.
    pub fn delete_entry(&mut self, id: EntryId) -> Result<()> {
        let now = self.now_ms();
        let tx = self.write()?;
        let rowid = live_rowid(&tx, id)?;
        // Strictly after every earlier deletion, even one in the same millisecond, so undo
        // always knows which came last.
        tx.prepare_cached(
            "UPDATE entry SET deleted_at =
               max(?2, coalesce((SELECT max(deleted_at) FROM entry) + 1, 0))
             WHERE id = ?1",
        )?
        .execute(params![rowid, now])?;
        tx.commit()?;
        Ok(())
    }

    /// Restores the most recently deleted entry. Repeated, it walks back through deletions.
    pub fn undo_delete(&mut self) -> Result<Entry> {
        let tx = self.write()?;
        let found: Option<(i64, EntryId)> = tx
            .prepare_cached(
                "SELECT id, uuid FROM entry WHERE deleted_at IS NOT NULL
                 ORDER BY deleted_at DESC, id DESC LIMIT 1",
            )?
            .query_row([], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        let (rowid, id) = found.ok_or(Error::NothingToUndo)?;
        tx.prepare_cached("UPDATE entry SET deleted_at = NULL WHERE id = ?1")?
            .execute([rowid])?;
        tx.commit()?;
        self.entry(id)
    }

    /// One live entry.
    pub fn entry(&self, id: EntryId) -> Result<Entry> {
        load(&self.conn, ONE, &[&id])?
            .pop()
            .ok_or_else(|| Error::EntryNotFound(id.to_string()))
    }

    /// The id of the one live entry whose id is `text` or starts with it (at least 4 characters),
    /// as the CLI's short ids allow.
    pub fn resolve_id(&self, text: &str) -> Result<EntryId> {
        let text = text.trim().to_ascii_lowercase();
        if let Ok(id) = EntryId::parse(&text) {
            live_rowid(&self.conn, id)?;
            return Ok(id);
        }
        let valid = text.len() >= 4 && text.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        if !valid {
            return Err(Error::invalid(
                "id",
                ValueError::new("rule-entry-id-prefix")
                    .with("got", text.escape_debug().to_string()),
            ));
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT uuid FROM entry WHERE deleted_at IS NULL AND substr(uuid, 1, ?2) = ?1 LIMIT 3",
        )?;
        let found = stmt
            .query_map(params![text, text.len() as i64], |row| {
                row.get::<_, EntryId>(0)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        match found.as_slice() {
            [one] => Ok(*one),
            [] => Err(Error::EntryNotFound(text)),
            many => Err(Error::AmbiguousId {
                prefix: text,
                count: many.len(),
            }),
        }
    }

    /// A range of the journal as values, read in one transaction so the entries and the
    /// catalogues they name agree even while another window writes.
    pub fn snapshot(&self, range: Range) -> Result<Snapshot> {
        let read = self.read()?;
        let snapshot = Snapshot {
            range,
            settings: self.settings()?,
            remedies: self.catalogue(CatalogueKind::Remedy)?,
            causes: self.catalogue(CatalogueKind::Cause)?,
            entries: self.entries(&Filter {
                from: range.from,
                to: range.to,
                ..Filter::default()
            })?,
            experiments: self.experiments()?,
        };
        read.finish()?;
        Ok(snapshot)
    }

    /// Live entries matching `filter`, in time order.
    pub fn entries(&self, filter: &Filter) -> Result<Vec<Entry>> {
        let id_of = |kind, key: &Option<Key>| {
            key.as_ref()
                .map(|k| catalogue::known(&self.conn, kind, k.as_str()).map(|row| row.id))
                .transpose()
        };
        let remedy = id_of(CatalogueKind::Remedy, &filter.remedy)?;
        let cause = id_of(CatalogueKind::Cause, &filter.cause)?;
        // Only the conditions asked for, so SQLite can use the journal-day index.
        let mut condition = String::from("e.deleted_at IS NULL");
        let mut args: Vec<Box<dyn ToSql>> = Vec::new();
        let mut push = |sql: &str, value: Box<dyn ToSql>| {
            args.push(value);
            condition.push_str(&sql.replace('?', &format!("?{}", args.len())));
        };
        if let Some(from) = filter.from {
            push(
                " AND e.journal_day >= ?",
                Box::new(from.format("%Y-%m-%d").to_string()),
            );
        }
        if let Some(to) = filter.to {
            push(
                " AND e.journal_day <= ?",
                Box::new(to.format("%Y-%m-%d").to_string()),
            );
        }
        if let Some(id) = remedy {
            push(
                " AND EXISTS (SELECT 1 FROM remedy_use fu WHERE fu.entry_id = e.id AND fu.remedy_id = ?)",
                Box::new(id),
            );
        }
        if let Some(id) = cause {
            push(
                " AND EXISTS (SELECT 1 FROM entry_cause fc WHERE fc.entry_id = e.id AND fc.cause_id = ?)",
                Box::new(id),
            );
        }
        if let Some(region) = filter.region {
            push(
                " AND EXISTS (SELECT 1 FROM entry_region fg WHERE fg.entry_id = e.id AND fg.region = ?)",
                Box::new(region),
            );
        }
        let args: Vec<&dyn ToSql> = args.iter().map(|a| a.as_ref()).collect();
        load(&self.conn, &condition, &args)
    }

    /// Live entries in the journal.
    pub fn count_entries(&self) -> Result<u64> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM entry WHERE deleted_at IS NULL",
            [],
            |row| row.get(0),
        )?;
        Ok(u64::try_from(n).unwrap_or(0))
    }
}
