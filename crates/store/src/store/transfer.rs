//! Bringing many entries in at once — imports and sample journals — in one transaction.

use crate::model::EntryDraft;
use std::collections::HashMap;

use serde::Serialize;

use super::entries;
use super::{catalogue, experiments, settings, Journal};
use crate::error::{Error, Result};
use crate::i18n::Said;
use crate::model::{
    extra_pairs, CatalogueItem, CatalogueKind, Comparator, EntryId, EntrySource, JournalData, Key,
    Label, Plan, ValueError,
};

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportReport {
    /// Entries written.
    pub added: u32,
    /// Entries already in the journal (same id), left as they were.
    pub skipped: u32,
    /// Of those skipped, how many the file has otherwise than the journal (an edited export):
    /// the journal's are kept.
    pub differing: u32,
    pub remedies_created: u32,
    pub causes_created: u32,
    pub settings_applied: bool,
    /// Experiments written (those already in the journal are left as they were).
    pub experiments_added: u32,
}

/// SQLite's page cache (negative: in KiB) while an import writes, and its default.
const BULK_CACHE_KIB: i64 = -32 * 1024;
const DEFAULT_CACHE_KIB: i64 = -2000;

/// Maps the keys a file uses to the journal's items (by key, else by name), creating the items
/// the journal lacks. Entries are written with the journal's keys, so a file's `yoga` lands on
/// the journal's item named "Yoga" whatever its key.
struct Resolver {
    kind: CatalogueKind,
    /// A file's key → the journal's key and row id.
    keys: HashMap<Key, (Key, i64)>,
    created: u32,
    /// The journal has never held an entry: its catalogue takes the file's names and archived
    /// states (an export imported into a new journal comes back as it was). A journal in use
    /// keeps its own.
    fresh: bool,
}

impl Resolver {
    fn new(kind: CatalogueKind, fresh: bool) -> Self {
        Resolver {
            kind,
            keys: HashMap::new(),
            created: 0,
            fresh,
        }
    }

    /// The journal's item for a file's item: same key, else same name, else a new one.
    fn declare(&mut self, tx: &rusqlite::Connection, item: &CatalogueItem) -> Result<()> {
        self.resolve(tx, item, self.fresh)
    }

    /// [`Resolver::declare`]; `restate` gives an item found by key the file's name and state.
    fn resolve(
        &mut self,
        tx: &rusqlite::Connection,
        item: &CatalogueItem,
        restate: bool,
    ) -> Result<()> {
        let row = match catalogue::by_key(tx, self.kind, item.key.as_str())? {
            Some(row) if restate => catalogue::restate(tx, self.kind, row, item)?,
            Some(row) => row,
            None => match catalogue::by_label(tx, self.kind, item.label.as_str())? {
                Some(row) => row,
                None => {
                    self.created += 1;
                    let row = catalogue::insert(
                        tx,
                        self.kind,
                        Some(&item.key),
                        &item.label,
                        item.archived,
                    )?;
                    catalogue::keep_how_to(tx, self.kind, row, item.how_to.as_ref())?
                }
            },
        };
        self.keys.insert(item.key.clone(), (row.item.key, row.id));
        Ok(())
    }

    /// The journal's key and row id for a file's key, made sure of first.
    fn journal(&mut self, tx: &rusqlite::Connection, key: &Key) -> Result<(Key, i64)> {
        self.ensure(tx, key)?;
        self.keys.get(key).cloned().ok_or(Error::Internal {
            what: "matching a file's catalogue",
            detail: format!("{key} was not resolved"),
        })
    }

    /// Makes sure a key an entry uses exists; a key no catalogue declares becomes an item
    /// named after it.
    fn ensure(&mut self, tx: &rusqlite::Connection, key: &Key) -> Result<()> {
        if self.keys.contains_key(key) {
            return Ok(());
        }
        let label = Label::new(key.as_str()).map_err(|e| Error::invalid("key", e))?;
        let item = CatalogueItem {
            key: key.clone(),
            label,
            archived: false,
            how_to: None,
        };
        // Only a name the file gave is taken over; a bare key keeps the journal's name.
        self.resolve(tx, &item, false)
    }
}

/// How many of the entries a file holds that the journal has already (`kept`: their ids and
/// the file's drafts) the file has otherwise than the journal: another time, rating, note,
/// region, cause or remedy use (with the file's keys read as the journal's).
fn differing(
    tx: &rusqlite::Connection,
    kept: &[(EntryId, &EntryDraft)],
    remedies: &mut Resolver,
    causes: &mut Resolver,
) -> Result<u32> {
    if kept.is_empty() {
        return Ok(0);
    }
    let journal = entries::live_by_id(tx)?;
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let mut n = 0;
    for (id, draft) in kept {
        // A deleted check-in of the same id is not compared: the journal keeps it deleted.
        let Some(entry) = journal.get(id) else {
            continue;
        };
        let mut cause_keys = Vec::new();
        for key in &draft.causes {
            cause_keys.push(causes.journal(tx, key)?.0.to_string());
        }
        let mut uses = Vec::new();
        for u in &draft.remedies {
            let mut u = u.clone();
            u.key = remedies.journal(tx, &u.key)?.0;
            uses.push(format!("{u:?}"));
        }
        let same = entry.recorded_at == draft.recorded_at
            && entry.rating == draft.rating
            && entry.enjoyment == draft.enjoyment
            && entry.activity == draft.activity
            && entry.note == draft.note
            && sorted(entry.regions.iter().map(|r| format!("{r:?}")).collect())
                == sorted(draft.regions.iter().map(|r| format!("{r:?}")).collect())
            && sorted(entry.causes.iter().map(ToString::to_string).collect()) == sorted(cause_keys)
            && sorted(entry.remedies.iter().map(|u| format!("{u:?}")).collect()) == sorted(uses);
        if !same {
            n += 1;
        }
    }
    Ok(n)
}

impl Journal {
    /// Imports entries and catalogue items, all or nothing. Entries whose id is already in the
    /// journal are skipped, so importing a file twice adds nothing the second time.
    pub fn import(&mut self, data: &JournalData) -> Result<ImportReport> {
        let mut seen: HashMap<EntryId, &Said> = HashMap::new();
        for incoming in &data.entries {
            if let Some(first) = seen.insert(incoming.id, &incoming.location) {
                return Err(Error::import(
                    incoming.location.clone(),
                    Said::new("read-id-twice")
                        .with("id", incoming.id.to_string())
                        .with("first", first.clone()),
                ));
            }
            entries::check_draft(&incoming.draft)
                .map_err(|e| Error::import(incoming.location.clone(), e.said()))?;
        }

        if let Some(incoming) = &data.settings {
            incoming
                .check()
                .map_err(|e| Error::import("settings.reminders", e.0))?;
        }

        // A bulk write touches many pages: a larger page cache for it (a tenth faster for
        // 100,000 check-ins), given back after.
        self.conn
            .pragma_update(None, "cache_size", BULK_CACHE_KIB)?;
        let written = self.import_data(data);
        self.conn
            .pragma_update(None, "cache_size", DEFAULT_CACHE_KIB)?;
        written
    }

    fn import_data(&mut self, data: &JournalData) -> Result<ImportReport> {
        let now = self.now_ms();
        let tx = self.write()?;
        let ever: i64 = tx.query_row("SELECT count(*) FROM entry", [], |r| r.get(0))?;
        let fresh = ever == 0;
        let mut settings_applied = false;
        if let Some(incoming) = data.settings.as_ref().filter(|_| fresh) {
            settings::write_all(&tx, incoming)?;
            settings_applied = true;
        }
        let day_start = settings::day_start(&tx)?;

        let mut remedies = Resolver::new(CatalogueKind::Remedy, fresh);
        let mut causes = Resolver::new(CatalogueKind::Cause, fresh);
        for item in &data.remedies {
            remedies
                .declare(&tx, item)
                .map_err(|e| Error::import(format!("remedy '{}'", item.key), e.said()))?;
        }
        for item in &data.causes {
            causes
                .declare(&tx, item)
                .map_err(|e| Error::import(format!("cause '{}'", item.key), e.said()))?;
        }

        let mut sources = Sources::default();
        let mut writer = entries::Writer::new(&tx)?;
        let mut added = 0;
        let mut skipped = 0;
        let mut kept = Vec::new();
        for incoming in &data.entries {
            // A value the file got wrong is named by its place in the file; a failure of the
            // journal itself (a full disk) is not the file's fault and is said as it is.
            let located = |e: Error| match e {
                Error::Sqlite(_) => e,
                other => Error::import(incoming.location.clone(), other.said()),
            };
            let source = match &incoming.source {
                None => None,
                Some(source) => Some(sources.text(source)?),
            };
            let draft = &incoming.draft;
            let day = draft.recorded_at.journal_day(day_start);
            let Some(row) = writer
                .insert_row(now, incoming.id, draft, day, source)
                .map_err(located)?
            else {
                skipped += 1;
                kept.push((incoming.id, draft));
                continue;
            };
            let cause_ids = draft
                .causes
                .iter()
                .map(|key| Ok(causes.journal(&tx, key)?.1))
                .collect::<Result<Vec<_>>>()
                .map_err(located)?;
            let remedy_ids = draft
                .remedies
                .iter()
                .map(|use_| Ok(remedies.journal(&tx, &use_.key)?.1))
                .collect::<Result<Vec<_>>>()
                .map_err(located)?;
            writer
                .write_parts(row, draft, &cause_ids, &remedy_ids)
                .map_err(located)?;
            added += 1;
        }
        drop(writer);
        let differing = differing(&tx, &kept, &mut remedies, &mut causes)?;
        let experiments_added = add_experiments(&tx, &data.experiments, &mut remedies)?;
        tx.commit()?;
        Ok(ImportReport {
            added,
            skipped,
            differing,
            remedies_created: remedies.created,
            causes_created: causes.created,
            settings_applied,
            experiments_added,
        })
    }
}

/// A file's experiments the journal does not have yet, each checked as a plan Relief could
/// have made, its remedies named as the journal names them; how many were added.
fn add_experiments(
    tx: &rusqlite::Connection,
    experiments: &[crate::model::Experiment],
    remedies: &mut Resolver,
) -> Result<u32> {
    let mut added = 0;
    for (i, experiment) in experiments.iter().enumerate() {
        let located = |e: Error| match e {
            Error::Sqlite(_) => e,
            other => Error::import(format!("experiments[{i}]"), other.said()),
        };
        let mut experiment = experiment.clone();
        check_plan(&experiment.plan).map_err(located)?;
        let plan = &mut experiment.plan;
        plan.remedy = remedies.journal(tx, &plan.remedy).map_err(located)?.0;
        if let Comparator::Remedy(key) = &plan.comparator {
            plan.comparator = Comparator::Remedy(remedies.journal(tx, key).map_err(located)?.0);
        }
        if experiments::insert(tx, &experiment).map_err(located)? {
            added += 1;
        }
    }
    Ok(added)
}

/// Entries' sources as stored (JSON): a file's entries share one, written out once.
#[derive(Default)]
struct Sources {
    last: Option<(EntrySource, String)>,
}

impl Sources {
    fn text(&mut self, source: &EntrySource) -> Result<&str> {
        if self.last.as_ref().is_none_or(|(s, _)| s != source) {
            let text = serde_json::to_string(source).map_err(|e| Error::Internal {
                what: "noting an entry's source",
                detail: e.to_string(),
            })?;
            self.last = Some((source.clone(), text));
        }
        Ok(self.last.as_ref().map_or("", |(_, text)| text.as_str()))
    }
}

/// A plan read from a file must be one Relief could have made: its request within bounds and
/// its schedule whole pairs of one A and one B, as many as the pairs need.
pub(super) fn check_plan(plan: &Plan) -> Result<()> {
    plan.request()
        .check()
        .map_err(|e| Error::invalid("plan", e))?;
    let slots = 2 * (plan.pairs + extra_pairs(plan.pairs)) as usize;
    let paired = plan
        .schedule
        .chunks(2)
        .all(|p| p.len() == 2 && p[0] != p[1]);
    if plan.schedule.len() != slots || !paired {
        return Err(Error::invalid(
            "plan.schedule",
            ValueError::new("rule-slots").with("slots", slots),
        ));
    }
    Ok(())
}
