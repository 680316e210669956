//! What a range of the journal holds, loaded once by the store: the values analysis, charts,
//! the report and the exports work on, and what an import brings in.

use chrono::NaiveDate;
use serde::Serialize;

use super::{CatalogueItem, Entry, EntryDraft, EntryId, EntrySource, Experiment, Settings};

/// Which journal days to analyse; `None` ends take the journal's first or last day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Range {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Range {
    /// The days from `from` to `to`; a range that ends before it starts is refused (the one
    /// rule every front names its own fields with).
    pub fn new(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Range, super::ValueError> {
        match (from, to) {
            (Some(f), Some(t)) if f > t => Err(super::ValueError::new("rule-from-after-to")
                .with("from", f.to_string())
                .with("to", t.to_string())),
            _ => Ok(Range { from, to }),
        }
    }
}

/// A range of the journal as values: its entries (in time order, deleted ones left out) with
/// the catalogues and settings they are read against. [`crate::Journal::snapshot`] loads one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    pub range: Range,
    pub settings: Settings,
    pub remedies: Vec<CatalogueItem>,
    pub causes: Vec<CatalogueItem>,
    pub entries: Vec<Entry>,
    /// Every personal experiment (a report picks those of its range).
    pub experiments: Vec<Experiment>,
}

/// An entry read from a file, with where it was found, for error messages.
#[derive(Debug, Clone)]
pub struct IncomingEntry {
    pub id: EntryId,
    pub draft: EntryDraft,
    /// `line 12` for CSV, `entries[3]` for JSON.
    pub location: crate::i18n::Said,
    /// Where an entry from another app's export came from.
    pub source: Option<EntrySource>,
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
    pub experiments: Vec<Experiment>,
}
