//! Bringing many entries in at once — imports and sample journals — in one transaction.

use std::collections::HashMap;

use serde::Serialize;

use super::entries::{self, Allowed};
use super::{catalogue, settings, Journal};
use crate::error::{Error, Result};
use crate::model::{CatalogueItem, CatalogueKind, EntryDraft, EntryId, Key, Label, Settings};

/// An entry read from a file, with where it was found, for error messages.
#[derive(Debug, Clone)]
pub struct IncomingEntry {
    pub id: EntryId,
    pub draft: EntryDraft,
    /// "line 12" for CSV, "entries[3]" for JSON.
    pub location: String,
}

/// A parsed import: what a JSON or CSV file says, before it meets the journal.
#[derive(Debug, Clone, Default)]
pub struct JournalData {
    /// Applied only to a journal that has never held an entry (a restore onto a new machine);
    /// an existing journal keeps its own settings.
    pub settings: Option<Settings>,
    pub remedies: Vec<CatalogueItem>,
    pub causes: Vec<CatalogueItem>,
    pub entries: Vec<IncomingEntry>,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportReport {
    /// Entries written.
    pub added: u32,
    /// Entries already in the journal (same id), left as they were.
    pub skipped: u32,
    pub remedies_created: u32,
    pub causes_created: u32,
    pub settings_applied: bool,
}

/// Maps the keys a file uses to catalogue rows, creating the items the journal lacks.
struct Resolver {
    kind: CatalogueKind,
    ids: HashMap<Key, i64>,
    created: u32,
}

impl Resolver {
    fn new(kind: CatalogueKind) -> Self {
        Resolver {
            kind,
            ids: HashMap::new(),
            created: 0,
        }
    }

    /// The journal's item for a file's item: same key, else same name, else a new one.
    fn declare(&mut self, tx: &rusqlite::Connection, item: &CatalogueItem) -> Result<()> {
        let row = match catalogue::by_key(tx, self.kind, item.key.as_str())? {
            Some(row) => row,
            None => match catalogue::by_label(tx, self.kind, item.label.as_str())? {
                Some(row) => row,
                None => {
                    self.created += 1;
                    catalogue::insert(tx, self.kind, Some(&item.key), &item.label, item.archived)?
                }
            },
        };
        self.ids.insert(item.key.clone(), row.id);
        Ok(())
    }

    /// Makes sure a key an entry uses exists; a key no catalogue declares becomes an item
    /// named after it.
    fn ensure(&mut self, tx: &rusqlite::Connection, key: &Key) -> Result<()> {
        if self.ids.contains_key(key) {
            return Ok(());
        }
        let label = Label::new(key.as_str()).map_err(|e| Error::invalid("key", e))?;
        self.declare(
            tx,
            &CatalogueItem {
                key: key.clone(),
                label,
                archived: false,
            },
        )
    }
}

impl Journal {
    /// Imports entries and catalogue items, all or nothing. Entries whose id is already in the
    /// journal are skipped, so importing a file twice adds nothing the second time.
    pub fn import(&mut self, data: &JournalData) -> Result<ImportReport> {
        let mut seen: HashMap<EntryId, &str> = HashMap::new();
        for incoming in &data.entries {
            if let Some(first) = seen.insert(incoming.id, &incoming.location) {
                return Err(Error::import(
                    &incoming.location,
                    format!("entry id {} appears twice (first at {first})", incoming.id),
                ));
            }
            entries::check_draft(&incoming.draft)
                .map_err(|e| Error::import(&incoming.location, e.to_string()))?;
        }

        if let Some(incoming) = &data.settings {
            incoming
                .check()
                .map_err(|e| Error::import("settings.reminders", e.to_string()))?;
        }

        let tx = self.conn.transaction()?;
        let mut settings_applied = false;
        if let Some(incoming) = &data.settings {
            let ever: i64 = tx.query_row("SELECT count(*) FROM entry", [], |r| r.get(0))?;
            if ever == 0 {
                settings::write_all(&tx, incoming)?;
                settings_applied = true;
            }
        }
        let day_start = settings::day_start(&tx)?;

        let mut remedies = Resolver::new(CatalogueKind::Remedy);
        let mut causes = Resolver::new(CatalogueKind::Cause);
        for item in &data.remedies {
            remedies
                .declare(&tx, item)
                .map_err(|e| Error::import(format!("remedy '{}'", item.key), e.to_string()))?;
        }
        for item in &data.causes {
            causes
                .declare(&tx, item)
                .map_err(|e| Error::import(format!("cause '{}'", item.key), e.to_string()))?;
        }

        let allowed = Allowed {
            any_archived: true,
            ..Allowed::default()
        };
        let mut added = 0;
        let mut skipped = 0;
        for incoming in &data.entries {
            let located = |e: Error| Error::import(&incoming.location, e.to_string());
            if entries::exists(&tx, incoming.id).map_err(located)? {
                skipped += 1;
                continue;
            }
            for key in &incoming.draft.causes {
                causes.ensure(&tx, key).map_err(located)?;
            }
            for use_ in &incoming.draft.remedies {
                remedies.ensure(&tx, &use_.key).map_err(located)?;
            }
            let day = incoming.draft.recorded_at.journal_day(day_start);
            entries::write(&tx, None, incoming.id, &incoming.draft, day, &allowed)
                .map_err(located)?;
            added += 1;
        }
        tx.commit()?;
        Ok(ImportReport {
            added,
            skipped,
            remedies_created: remedies.created,
            causes_created: causes.created,
            settings_applied,
        })
    }
}
