//! The journal's side of sync (`docs/sync.md`): what changed here since the last round, as
//! stamped field changes, and the changes of other computers merged in, field by field, the
//! later stamp winning. The folder, the sealing and the rounds are `relief-sync`'s; this
//! module only reads and writes the journal, each round's merge in one transaction.
//!
//! A synced thing is a check-in (`entry/<id>`: its time, ratings, regions, causes, remedies,
//! note, where it came from, and whether it is deleted), an item of a catalogue
//! (`remedy/<key>`, `cause/<key>`: its name and whether it is archived) or a setting
//! (`setting/<key>`). Every write path marks the check-ins it touches (triggers of migration
//! 7), so no way of changing the journal can be missed; the catalogues and settings are few
//! and compared whole every round.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;

use super::entries::{self, Allowed};
use super::{catalogue, settings, Journal};
use crate::error::{Error, Result};
use crate::i18n::Said;
use crate::model::sync::{
    from_hex, to_hex, Batch, Change, ComputerId, Have, Heard, Snapshot, Stamp,
};
use crate::model::{
    CatalogueKind, EntryDraft, EntryId, EntrySource, Key, Label, Rating, RedFlag, RegionRating,
    RemedyUse, Timestamp, ValueError,
};

/// The settings every computer shares; the rest (when reminders were last checked, the
/// journal's id) are this computer's own.
const SHARED_SETTINGS: [&str; 5] = [
    "day_start_hour",
    "theme",
    "reminders",
    "follow_up_minutes",
    "language",
];

/// The fields of a check-in, each merged on its own.
const ENTRY_FIELDS: [&str; 10] = [
    "recorded_at",
    "rating",
    "enjoyment",
    "activity",
    "regions",
    "causes",
    "remedies",
    "note",
    "source",
    "deleted",
];

/// A change dated further ahead of this computer's clock is set aside, not applied: a clock
/// that far wrong would win every later edit.
pub const AHEAD_LIMIT_MS: i64 = 24 * 3600 * 1000;

/// This computer's part in sync, as kept in the journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyncConfig {
    pub computer: ComputerId,
    /// The key files are sealed with (derived from the sync passphrase; as protected as the
    /// journal is).
    pub key: [u8; 32],
    pub folder: std::path::PathBuf,
}

/// What one merge did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Files applied.
    pub files: usize,
    /// Fields that took another computer's value.
    pub fields: usize,
    /// Check-ins written (added, changed, deleted or brought back).
    pub entries: usize,
    /// Things that came in but cannot be written yet (waiting for what they name).
    pub pending: usize,
}

/// What `sync status` shows from the journal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncLedger {
    /// Every other computer this one has heard from: id, name, newest change.
    pub computers: Vec<Heard>,
    /// Changes made here and not yet written to the folder.
    pub outbox: usize,
    pub pending: usize,
    /// Files set aside and why.
    pub aside: Vec<(String, String)>,
}

/// The other computers' files applied here: every file up to a computer's floor (taken in
/// whole by a snapshot), and each one applied since, by (computer, number).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    floors: HashMap<ComputerId, u64>,
    files: HashSet<(ComputerId, u64)>,
}

impl Seen {
    pub fn contains(&self, computer: &ComputerId, seq: u64) -> bool {
        self.floors.get(computer).is_some_and(|f| seq <= *f)
            || self.files.contains(&(computer.clone(), seq))
    }

    pub fn insert(&mut self, computer: &ComputerId, seq: u64) {
        self.files.insert((computer.clone(), seq));
    }

    /// Nothing applied here yet: a computer that has just joined.
    pub fn is_empty(&self) -> bool {
        self.floors.is_empty() && self.files.is_empty()
    }

    /// How far in each computer's files are, without a gap.
    pub fn have(&self) -> Have {
        let mut have: Have = self.floors.iter().map(|(c, f)| (c.clone(), *f)).collect();
        for (computer, _) in &self.files {
            let upto = have.entry(computer.clone()).or_insert(0);
            while self.files.contains(&(computer.clone(), *upto + 1)) {
                *upto += 1;
            }
        }
        have.retain(|_, upto| *upto > 0);
        have
    }
}

fn internal(what: &'static str) -> impl Fn(serde_json::Error) -> Error {
    move |e| Error::Internal {
        what,
        detail: e.to_string(),
    }
}

fn state(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM sync_state WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

fn set_state(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)")?
        .execute([key, value])?;
    Ok(())
}

/// Every table sync keeps, emptied: this computer starts afresh or stops.
fn clear(conn: &Connection) -> Result<()> {
    for table in [
        "sync_state",
        "sync_field",
        "sync_dirty",
        "sync_pending",
        "sync_seen",
        "sync_outbox",
        "sync_aside",
    ] {
        conn.execute(&format!("DELETE FROM {table}"), [])?;
    }
    Ok(())
}

/// The clock's last reading on this computer (made or seen).
fn last_stamp(conn: &Connection) -> Result<Option<Stamp>> {
    Ok(state(conn, "clock")?.and_then(|s| Stamp::parse(&s).ok()))
}

/// The fields of one check-in as values, or `None` if the journal has no such check-in.
fn entry_fields(conn: &Connection, id: EntryId) -> Result<Option<BTreeMap<String, Value>>> {
    let Some(entry) = entries::load(conn, "e.uuid = ?1", &[&id])?.pop() else {
        return Ok(None);
    };
    let deleted: bool = conn
        .prepare_cached("SELECT deleted_at IS NOT NULL FROM entry WHERE uuid = ?1")?
        .query_row([&id], |r| r.get(0))?;
    let to = |v: serde_json::Result<Value>| v.map_err(internal("reading a check-in to sync"));
    let fields = [
        ("recorded_at", to(serde_json::to_value(entry.recorded_at))?),
        ("rating", to(serde_json::to_value(entry.rating))?),
        ("enjoyment", to(serde_json::to_value(entry.enjoyment))?),
        ("activity", to(serde_json::to_value(entry.activity))?),
        ("regions", to(serde_json::to_value(&entry.regions))?),
        ("causes", to(serde_json::to_value(&entry.causes))?),
        ("remedies", to(serde_json::to_value(&entry.remedies))?),
        ("note", to(serde_json::to_value(&entry.note))?),
        ("source", to(serde_json::to_value(&entry.source))?),
        ("deleted", Value::Bool(deleted)),
        // Not among ENTRY_FIELDS: a check-in from a Relief before red flags has none.
        ("red_flags", to(serde_json::to_value(&entry.red_flags))?),
    ];
    Ok(Some(
        fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    ))
}

/// Every catalogue item and shared setting, as things and their fields.
fn small_things(conn: &Connection) -> Result<Vec<(String, BTreeMap<String, Value>)>> {
    let mut out = Vec::new();
    for kind in [CatalogueKind::Remedy, CatalogueKind::Cause] {
        for row in catalogue::all(conn, kind)? {
            let mut fields = BTreeMap::from([
                ("label".to_owned(), Value::from(row.item.label.as_str())),
                ("archived".to_owned(), Value::Bool(row.item.archived)),
            ]);
            if kind == CatalogueKind::Remedy {
                let how_to = row.item.how_to.as_ref().map(|n| Value::from(n.as_str()));
                fields.insert("how_to".to_owned(), how_to.unwrap_or(Value::Null));
            }
            out.push((format!("{}/{}", kind.name(), row.item.key), fields));
        }
    }
    for e in super::experiments::read_all(conn, std::path::Path::new("the journal"))? {
        let to =
            |v: serde_json::Result<Value>| v.map_err(internal("reading an experiment to sync"));
        let fields = BTreeMap::from([
            ("plan".to_owned(), to(serde_json::to_value(&e.plan))?),
            ("skips".to_owned(), to(serde_json::to_value(&e.skips))?),
            ("stop".to_owned(), to(serde_json::to_value(&e.stop))?),
        ]);
        out.push((format!("experiment/{}", e.plan.id.0), fields));
    }
    for key in SHARED_SETTINGS {
        let value: Option<String> = conn
            .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?;
        if let Some(value) = value {
            let fields = BTreeMap::from([("value".to_owned(), Value::from(value))]);
            out.push((format!("setting/{key}"), fields));
        }
    }
    Ok(out)
}

/// The value this computer last knew for each field of `thing`.
fn known(conn: &Connection, thing: &str) -> Result<BTreeMap<String, (Stamp, Value)>> {
    let mut stmt =
        conn.prepare_cached("SELECT field, stamp, value FROM sync_field WHERE thing = ?1")?;
    let rows = stmt.query_map([thing], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = BTreeMap::new();
    for row in rows {
        let (field, stamp, value) = row?;
        let stamp = Stamp::parse(&stamp).map_err(|detail| Error::Internal {
            what: "reading what sync knows",
            detail,
        })?;
        let value = serde_json::from_str(&value).map_err(internal("reading what sync knows"))?;
        out.insert(field, (stamp, value));
    }
    Ok(out)
}

fn remember(
    conn: &Connection,
    thing: &str,
    field: &str,
    stamp: &Stamp,
    value: &Value,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO sync_field (thing, field, stamp, value) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![thing, field, stamp.to_string(), value.to_string()])?;
    Ok(())
}

impl Journal {
    /// This computer's part in sync, if it takes part.
    pub fn sync_config(&self) -> Result<Option<SyncConfig>> {
        let (Some(computer), Some(key), Some(folder)) = (
            state(&self.conn, "computer")?,
            state(&self.conn, "key")?,
            state(&self.conn, "folder")?,
        ) else {
            return Ok(None);
        };
        let bad = |what: &str| Error::NotAJournal {
            path: self.path.clone(),
            reason: Said::new("reason-sync-state").with("what", what.to_owned()),
        };
        Ok(Some(SyncConfig {
            computer: ComputerId::try_from(computer).map_err(|_| bad("computer"))?,
            key: from_hex(&key)
                .and_then(|k| <[u8; 32]>::try_from(k).ok())
                .ok_or_else(|| bad("key"))?,
            folder: folder.into(),
        }))
    }

    /// Starts syncing this journal through `config`'s folder. Joining another computer's
    /// journal takes its id (`journal`), so both name the same person in FHIR. Every check-in
    /// is compared at the next round; what the folder already holds is merged first.
    pub fn sync_begin(&mut self, config: &SyncConfig, journal: Option<uuid::Uuid>) -> Result<()> {
        let tx = self.write()?;
        clear(&tx)?;
        set_state(&tx, "computer", config.computer.as_str())?;
        set_state(&tx, "key", &to_hex(&config.key))?;
        set_state(&tx, "folder", &config.folder.to_string_lossy())?;
        set_state(&tx, "next_seq", "1")?;
        if let Some(id) = journal {
            tx.execute(
                "UPDATE setting SET value = ?1 WHERE key = 'journal_id'",
                [id.to_string()],
            )?;
        }
        tx.execute(
            "INSERT OR IGNORE INTO sync_dirty (thing) SELECT 'entry/' || uuid FROM entry",
            [],
        )?;
        tx.commit()
    }

    /// Stops syncing on this computer; the journal stays as it is, the folder too.
    pub fn sync_end(&mut self) -> Result<()> {
        let tx = self.write()?;
        clear(&tx)?;
        tx.commit()
    }

    /// What changed here since the last round, as a new batch in the outbox (if anything did),
    /// and every batch the outbox holds, oldest first, to be written to the folder.
    pub fn sync_outgoing(&mut self, name: &str) -> Result<Vec<Batch>> {
        let Some(config) = self.sync_config()? else {
            return Ok(Vec::new());
        };
        if self.nothing_to_send()? {
            return Ok(Vec::new());
        }
        let journal = self.journal_id()?;
        let now = self.now_ms();
        let tx = self.write()?;
        let mut last = last_stamp(&tx)?;
        let mut changes = Vec::new();
        let dirty: Vec<String> = tx
            .prepare("SELECT thing FROM sync_dirty")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut things = small_things(&tx)?;
        for thing in &dirty {
            let id = thing
                .strip_prefix("entry/")
                .and_then(|id| EntryId::parse(id).ok());
            if let Some(fields) = id.map(|id| entry_fields(&tx, id)).transpose()?.flatten() {
                things.push((thing.clone(), fields));
            }
        }
        for (thing, fields) in things {
            let was = known(&tx, &thing)?;
            for (field, value) in fields {
                if was.get(&field).is_some_and(|(_, v)| *v == value) {
                    continue;
                }
                let stamp = Stamp::next(last.as_ref(), now, &config.computer);
                remember(&tx, &thing, &field, &stamp, &value)?;
                last = Some(stamp.clone());
                changes.push(Change {
                    thing: thing.clone(),
                    field,
                    stamp,
                    value,
                });
            }
        }
        tx.execute("DELETE FROM sync_dirty", [])?;
        if !changes.is_empty() {
            let seq: u64 = state(&tx, "next_seq")?
                .and_then(|s| s.parse().ok())
                .unwrap_or(1);
            let batch = Batch {
                journal,
                computer: config.computer.clone(),
                name: name.to_owned(),
                seq,
                changes,
            };
            let text =
                serde_json::to_string(&batch).map_err(internal("keeping changes to sync"))?;
            tx.execute(
                "INSERT INTO sync_outbox (seq, changes) VALUES (?1, ?2)",
                params![seq as i64, text],
            )?;
            set_state(&tx, "next_seq", &(seq + 1).to_string())?;
        }
        if let Some(last) = &last {
            set_state(&tx, "clock", &last.to_string())?;
        }
        let mut outbox = Vec::new();
        for text in tx
            .prepare("SELECT changes FROM sync_outbox ORDER BY seq")?
            .query_map([], |r| r.get::<_, String>(0))?
        {
            outbox.push(serde_json::from_str(&text?).map_err(internal("reading changes to sync"))?);
        }
        tx.commit()?;
        Ok(outbox)
    }

    /// A mark that moves whenever the journal is written, by this connection or another
    /// process: a watcher compares marks and asks [`Journal::sync_waiting`] only when it moved.
    pub fn change_mark(&self) -> Result<(i64, u64)> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?;
        Ok((version, self.conn.total_changes()))
    }

    /// Whether this journal syncs and has changes waiting to go out.
    pub fn sync_waiting(&self) -> Result<bool> {
        Ok(self.sync_config()?.is_some() && !self.nothing_to_send()?)
    }

    /// Whether a round has nothing to send: no check-in marked, no catalogue item or shared
    /// setting other than sync knows it, nothing in the outbox. Read without the write lock, so
    /// a round with nothing new writes nothing (the folder's watcher runs rounds often).
    fn nothing_to_send(&self) -> Result<bool> {
        let conn = &self.conn;
        let marked: i64 = conn.query_row(
            "SELECT (SELECT count(*) FROM sync_dirty) + (SELECT count(*) FROM sync_outbox)",
            [],
            |r| r.get(0),
        )?;
        if marked > 0 {
            return Ok(false);
        }
        for (thing, fields) in small_things(conn)? {
            let was = known(conn, &thing)?;
            if fields
                .iter()
                .any(|(field, value)| was.get(field).is_none_or(|(_, v)| v != value))
            {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The batch numbered `seq` is in the folder: it leaves the outbox.
    pub fn sync_sent(&mut self, seq: u64) -> Result<()> {
        let tx = self.write()?;
        tx.execute("DELETE FROM sync_outbox WHERE seq = ?1", [seq as i64])?;
        tx.commit()
    }

    /// Every other computer's file already applied here.
    pub fn sync_seen(&self) -> Result<Seen> {
        let mut seen = Seen::default();
        let mut stmt = self.conn.prepare("SELECT computer, seq FROM sync_seen")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
            let (computer, seq) = row?;
            if let Ok(computer) = ComputerId::try_from(computer) {
                seen.insert(&computer, u64::try_from(seq).unwrap_or(0));
            }
        }
        let mut stmt = self
            .conn
            .prepare("SELECT key, value FROM sync_state WHERE key LIKE 'floor/%'")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (key, floor) = row?;
            let computer = key.strip_prefix("floor/").map(str::to_owned);
            if let (Some(Ok(computer)), Ok(floor)) =
                (computer.map(ComputerId::try_from), floor.parse())
            {
                seen.floors.insert(computer, floor);
            }
        }
        Ok(seen)
    }

    /// The number of this computer's last file in the folder: every one up to it is written.
    pub fn sync_written(&self) -> Result<u64> {
        let next: u64 = state(&self.conn, "next_seq")?
            .and_then(|s| s.parse().ok())
            .unwrap_or(1);
        let waiting: Option<i64> =
            self.conn
                .query_row("SELECT min(seq) FROM sync_outbox", [], |r| r.get(0))?;
        Ok(waiting.map_or(next, |w| u64::try_from(w).unwrap_or(1)) - 1)
    }

    /// What this computer keeps of its own part in compaction (`acks`: the last
    /// acknowledgement it wrote; `snapshot`: its newest snapshot), as it wrote it.
    pub fn sync_note(&self, what: &str) -> Result<Option<String>> {
        state(&self.conn, &format!("note/{what}"))
    }

    pub fn set_sync_note(&mut self, what: &str, value: &str) -> Result<()> {
        let tx = self.write()?;
        set_state(&tx, &format!("note/{what}"), value)?;
        tx.commit()
    }

    /// The whole journal as sync knows it, numbered `number`: the last change of every field,
    /// covering every file applied here without a gap and this computer's own written ones.
    /// `None` while changes of this computer wait in the outbox.
    pub fn sync_snapshot(&self, number: u64, name: &str) -> Result<Option<Snapshot>> {
        let Some(config) = self.sync_config()? else {
            return Ok(None);
        };
        let waiting: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sync_outbox", [], |r| r.get(0))?;
        if waiting > 0 {
            return Ok(None);
        }
        let mut covers = self.sync_seen()?.have();
        let written = self.sync_written()?;
        if written > 0 {
            covers.insert(config.computer.clone(), written);
        }
        let mut changes = Vec::new();
        let mut stmt = self
            .conn
            .prepare("SELECT thing, field, stamp, value FROM sync_field ORDER BY thing, field")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        for row in rows {
            let (thing, field, stamp, value) = row?;
            changes.push(Change {
                thing,
                field,
                stamp: Stamp::parse(&stamp).map_err(|detail| Error::Internal {
                    what: "reading what sync knows",
                    detail,
                })?,
                value: serde_json::from_str(&value).map_err(internal("reading what sync knows"))?,
            });
        }
        let mut computers = self.sync_ledger()?.computers;
        if let Some(newest) = last_stamp(&self.conn)? {
            computers.push((config.computer.clone(), name.to_owned(), newest));
        }
        Ok(Some(Snapshot {
            journal: self.journal_id()?,
            computer: config.computer,
            number,
            covers,
            computers,
            changes,
        }))
    }

    /// Merges a snapshot (if one is needed) and other computers' batches, in one transaction:
    /// each field takes the value with the later stamp, and every thing whose fields changed
    /// is written. A round that would delete more than half of the journal's check-ins is
    /// refused unless `mass_delete`.
    pub fn sync_merge(
        &mut self,
        snapshot: Option<&Snapshot>,
        batches: &[Batch],
        mass_delete: bool,
    ) -> Result<Merged> {
        let pending: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sync_pending", [], |r| r.get(0))?;
        if snapshot.is_none() && batches.is_empty() && pending == 0 {
            return Ok(Merged::default());
        }
        let journal = self.journal_id()?;
        let now = self.now_ms();
        let tx = self.write()?;
        let mut last = last_stamp(&tx)?;
        let mut merged = Merged::default();
        let mut touched: BTreeSet<String> = tx
            .prepare("SELECT thing FROM sync_pending")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if let Some(snapshot) = snapshot {
            if snapshot.journal != journal {
                return Err(Error::Internal {
                    what: "merging a sync snapshot",
                    detail: "a snapshot of another journal".into(),
                });
            }
            merged.fields += take_snapshot(&tx, snapshot, &mut touched, &mut last)?;
            merged.files += 1;
        }
        for batch in batches {
            if batch.journal != journal {
                return Err(Error::Internal {
                    what: "merging a sync file",
                    detail: "a file of another journal".into(),
                });
            }
            merged.fields += take(&tx, batch, &mut touched, &mut last)?;
            merged.files += 1;
        }
        let live_before: i64 = tx.query_row(
            "SELECT count(*) FROM entry WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        // Catalogues and settings first: the check-ins name them.
        let (small, checkins): (Vec<_>, Vec<_>) =
            touched.into_iter().partition(|t| !t.starts_with("entry/"));
        tx.execute("DELETE FROM sync_pending", [])?;
        for thing in small.iter().chain(&checkins) {
            match write_thing(&tx, thing, now)? {
                Written::Entry => merged.entries += 1,
                Written::Other => {}
                Written::NotYet => {
                    tx.execute(
                        "INSERT OR IGNORE INTO sync_pending (thing) VALUES (?1)",
                        [thing],
                    )?;
                    merged.pending += 1;
                }
            }
        }
        let live_after: i64 = tx.query_row(
            "SELECT count(*) FROM entry WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        let deleted = live_before - live_after;
        if !mass_delete && live_before > 0 && deleted * 2 > live_before {
            return Err(Error::SyncDeletesMost {
                deleted: u64::try_from(deleted).unwrap_or(0),
                total: u64::try_from(live_before).unwrap_or(0),
            });
        }
        // The clock moves past every stamp seen (files dated too far ahead were set aside
        // before they got here), so this computer's next change is later than all of them.
        if let Some(last) = &last {
            set_state(&tx, "clock", &last.to_string())?;
        }
        tx.commit()?;
        Ok(merged)
    }

    /// Replaces the list of files set aside (and why).
    pub fn sync_set_aside(&mut self, aside: &[(String, String)]) -> Result<()> {
        if set_aside(&self.conn)? == aside {
            return Ok(());
        }
        let tx = self.write()?;
        tx.execute("DELETE FROM sync_aside", [])?;
        for (file, reason) in aside {
            tx.execute(
                "INSERT OR REPLACE INTO sync_aside (file, reason) VALUES (?1, ?2)",
                [file, reason],
            )?;
        }
        tx.commit()
    }

    /// What the journal knows of sync, for `sync status`.
    pub fn sync_ledger(&self) -> Result<SyncLedger> {
        let mut ledger = SyncLedger::default();
        let mut stmt = self.conn.prepare(
            "SELECT computer, name, max(newest) FROM sync_seen GROUP BY computer ORDER BY computer",
        )?;
        for row in stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })? {
            let (computer, name, newest) = row?;
            if let (Ok(c), Ok(s)) = (ComputerId::try_from(computer), Stamp::parse(&newest)) {
                ledger.computers.push((c, name, s));
            }
        }
        let count = |table: &str| -> Result<usize> {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(usize::try_from(n).unwrap_or(0))
        };
        ledger.outbox = count("sync_outbox")?;
        ledger.pending = count("sync_pending")?;
        let mut stmt = self
            .conn
            .prepare("SELECT file, reason FROM sync_aside ORDER BY file")?;
        for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))? {
            ledger.aside.push(row?);
        }
        Ok(ledger)
    }
}

/// Takes each field of `batch` whose stamp is later than what this computer knows; marks
/// the things it changed. How many fields it took.
fn take(
    conn: &Connection,
    batch: &Batch,
    touched: &mut BTreeSet<String>,
    last: &mut Option<Stamp>,
) -> Result<usize> {
    let taken = take_changes(conn, &batch.changes, touched, last)?;
    let newest = batch.changes.iter().map(|c| &c.stamp).max();
    heard(
        conn,
        &batch.computer,
        batch.seq,
        &batch.name,
        newest.map(ToString::to_string).unwrap_or_default(),
    )?;
    Ok(taken)
}

/// Takes a snapshot's fields as [`take`] takes a batch's, and every file it covers as
/// applied: the computer's floor rises to what it covers.
fn take_snapshot(
    conn: &Connection,
    snapshot: &Snapshot,
    touched: &mut BTreeSet<String>,
    last: &mut Option<Stamp>,
) -> Result<usize> {
    let taken = take_changes(conn, &snapshot.changes, touched, last)?;
    let me = state(conn, "computer")?;
    for (computer, upto) in &snapshot.covers {
        if me.as_deref() == Some(computer.as_str()) {
            continue;
        }
        let key = format!("floor/{computer}");
        let floor: u64 = state(conn, &key)?.and_then(|f| f.parse().ok()).unwrap_or(0);
        if *upto > floor {
            set_state(conn, &key, &upto.to_string())?;
        }
    }
    for (computer, name, newest) in &snapshot.computers {
        if me.as_deref() != Some(computer.as_str()) {
            let upto = snapshot.covers.get(computer).copied().unwrap_or(0);
            heard(conn, computer, upto, name, newest.to_string())?;
        }
    }
    Ok(taken)
}

/// Remembers a computer's file as applied, with its name and newest change for `sync status`.
fn heard(
    conn: &Connection,
    computer: &ComputerId,
    seq: u64,
    name: &str,
    newest: String,
) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO sync_seen (computer, seq, name, newest) VALUES (?1, ?2, ?3, ?4)",
        params![computer.as_str(), seq as i64, name, newest],
    )?;
    Ok(())
}

/// Takes each change whose stamp is later than what this computer knows; marks the things it
/// changed. How many fields it took.
fn take_changes(
    conn: &Connection,
    changes: &[Change],
    touched: &mut BTreeSet<String>,
    last: &mut Option<Stamp>,
) -> Result<usize> {
    let mut taken = 0;
    for change in changes {
        let was = known(conn, &change.thing)?;
        if was
            .get(&change.field)
            .is_none_or(|(s, _)| *s < change.stamp)
        {
            remember(
                conn,
                &change.thing,
                &change.field,
                &change.stamp,
                &change.value,
            )?;
            touched.insert(change.thing.clone());
            taken += 1;
        }
        if last.as_ref().is_none_or(|l| *l < change.stamp) {
            *last = Some(change.stamp.clone());
        }
    }
    Ok(taken)
}

/// The files set aside and why, by name.
fn set_aside(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached("SELECT file, reason FROM sync_aside ORDER BY file")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

enum Written {
    Entry,
    Other,
    /// Not all of it is known yet, or it names what has not arrived.
    NotYet,
}

/// Writes one thing as its merged fields say.
fn write_thing(conn: &Connection, thing: &str, now: i64) -> Result<Written> {
    let fields: BTreeMap<String, Value> = known(conn, thing)?
        .into_iter()
        .map(|(k, (_, v))| (k, v))
        .collect();
    let (kind, name) = thing.split_once('/').unwrap_or((thing, ""));
    match kind {
        "entry" => write_entry(conn, name, &fields, now),
        "remedy" => write_item(conn, CatalogueKind::Remedy, name, &fields),
        "cause" => write_item(conn, CatalogueKind::Cause, name, &fields),
        "setting" => write_setting(conn, name, &fields),
        "experiment" => write_experiment(conn, &fields),
        _ => Ok(Written::Other),
    }
}

fn value_error(field: &str) -> impl Fn(serde_json::Error) -> Error + '_ {
    move |e| {
        Error::invalid(
            field,
            ValueError::new("rule-sync-value").with("detail", e.to_string()),
        )
    }
}

fn field<T: serde::de::DeserializeOwned>(
    fields: &BTreeMap<String, Value>,
    name: &str,
) -> Result<T> {
    let value = fields.get(name).cloned().unwrap_or(Value::Null);
    serde_json::from_value(value).map_err(value_error(name))
}

fn write_entry(
    conn: &Connection,
    id: &str,
    fields: &BTreeMap<String, Value>,
    now: i64,
) -> Result<Written> {
    if ENTRY_FIELDS.iter().any(|f| !fields.contains_key(*f)) {
        return Ok(Written::NotYet);
    }
    let id = EntryId::parse(id).map_err(|e| Error::invalid("entry", e))?;
    let mut draft = EntryDraft::new(
        field::<Timestamp>(fields, "recorded_at")?,
        field::<Rating>(fields, "rating")?,
    );
    draft.enjoyment = field(fields, "enjoyment")?;
    draft.activity = field(fields, "activity")?;
    draft.regions = field::<Vec<RegionRating>>(fields, "regions")?;
    draft.causes = field::<Vec<Key>>(fields, "causes")?;
    draft.remedies = field::<Vec<RemedyUse>>(fields, "remedies")?;
    draft.note = field(fields, "note")?;
    draft.red_flags = field::<Option<Vec<RedFlag>>>(fields, "red_flags")?.unwrap_or_default();
    let source: Option<EntrySource> = field(fields, "source")?;
    let deleted: bool = field(fields, "deleted")?;
    entries::check_draft(&draft)?;
    // Every item it names must be here (archived ones too: it was allowed where it was made).
    let mut allowed = Allowed::default();
    for key in &draft.causes {
        match catalogue::by_key(conn, CatalogueKind::Cause, key.as_str())? {
            Some(row) => allowed.causes.insert(row.id),
            None => return Ok(Written::NotYet),
        };
    }
    for use_ in &draft.remedies {
        match catalogue::by_key(conn, CatalogueKind::Remedy, use_.key.as_str())? {
            Some(row) => allowed.remedies.insert(row.id),
            None => return Ok(Written::NotYet),
        };
    }
    let rowid: Option<i64> = conn
        .prepare_cached("SELECT id FROM entry WHERE uuid = ?1")?
        .query_row([&id], |r| r.get(0))
        .optional()?;
    let day = draft.recorded_at.journal_day(settings::day_start(conn)?);
    let rowid =
        entries::write_synced(conn, now, rowid, id, &draft, day, &allowed, source.as_ref())?;
    conn.prepare_cached(
        "UPDATE entry SET deleted_at = CASE
             WHEN ?2 THEN coalesce(deleted_at, max(?3, coalesce((SELECT max(deleted_at) FROM entry) + 1, 0)))
             ELSE NULL END
         WHERE id = ?1",
    )?
    .execute(params![rowid, deleted, now])?;
    entries::drop_moot_followups(conn, rowid)?;
    Ok(Written::Entry)
}

fn write_item(
    conn: &Connection,
    kind: CatalogueKind,
    key: &str,
    fields: &BTreeMap<String, Value>,
) -> Result<Written> {
    if !fields.contains_key("label") || !fields.contains_key("archived") {
        return Ok(Written::NotYet);
    }
    let key = Key::new(key).map_err(|e| Error::invalid("key", e))?;
    let label: Label = field(fields, "label")?;
    let archived: bool = field(fields, "archived")?;
    // Remedies only; from a Relief before own how-tos, none.
    let how_to: Option<crate::model::Note> = field(fields, "how_to")?;
    catalogue::synced(conn, kind, &key, &label, archived, how_to.as_ref())?;
    Ok(Written::Other)
}

fn write_experiment(conn: &Connection, fields: &BTreeMap<String, Value>) -> Result<Written> {
    if !fields.contains_key("plan") {
        return Ok(Written::NotYet);
    }
    let plan: crate::model::Plan = field(fields, "plan")?;
    super::transfer::check_plan(&plan)?;
    let remedies = std::iter::once(&plan.remedy).chain(match &plan.comparator {
        crate::model::Comparator::Remedy(key) => Some(key),
        _ => None,
    });
    for key in remedies {
        if catalogue::by_key(conn, CatalogueKind::Remedy, key.as_str())?.is_none() {
            return Ok(Written::NotYet);
        }
    }
    let experiment = crate::model::Experiment {
        plan,
        skips: field::<Option<Vec<crate::model::Skip>>>(fields, "skips")?.unwrap_or_default(),
        stop: field(fields, "stop")?,
    };
    super::experiments::synced(conn, &experiment)?;
    Ok(Written::Other)
}

fn write_setting(
    conn: &Connection,
    key: &str,
    fields: &BTreeMap<String, Value>,
) -> Result<Written> {
    if !SHARED_SETTINGS.contains(&key) {
        return Ok(Written::Other);
    }
    let value: String = field(fields, "value")?;
    settings::synced(conn, key, &value)?;
    Ok(Written::Other)
}
