//! Imports from other apps and spreadsheets: Bearable's and Flaredown's CSV exports, and any
//! CSV through a column mapping. Each reader is a pure function from the file's bytes and a
//! [`Mapping`] to a [`Preview`]: the check-ins it would add (with content-derived ids, so the
//! same file twice adds nothing) and every row it cannot use, with its line and why. The store
//! imports a preview's data all or nothing, like Relief's own files (`docs/imports.md`).

pub mod bearable;
pub mod dates;
pub mod decode;
pub mod flaredown;
pub mod generic;
pub mod mapping;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::exchange::line;
use crate::i18n::Said;
use crate::model::{
    CatalogueItem, EntryDraft, EntryId, EntrySource, IncomingEntry, JournalData, Key, Label,
};
pub use decode::TextEncoding;
pub use mapping::Mapping;

/// Which app wrote a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum App {
    Bearable,
    Flaredown,
    /// Any other CSV, read through a column mapping.
    Csv,
}

impl App {
    pub fn parse(text: &str) -> std::result::Result<App, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "bearable" => Ok(App::Bearable),
            "flaredown" => Ok(App::Flaredown),
            "csv" => Ok(App::Csv),
            other => Err(format!(
                "unknown app {other:?}: use bearable, flaredown or csv"
            )),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            App::Bearable => "bearable",
            App::Flaredown => "flaredown",
            App::Csv => "csv",
        }
    }

    /// The app whose export has this header, if one is recognised.
    pub fn recognise(headers: &[String]) -> Option<App> {
        let has = |name: &str| headers.iter().any(|h| h.eq_ignore_ascii_case(name));
        if has("category") && has("rating/amount") && has("time of day") {
            Some(App::Bearable)
        } else if headers
            .first()
            .is_some_and(|h| h.eq_ignore_ascii_case("date"))
            && has("tags")
            && has("foods")
        {
            Some(App::Flaredown)
        } else {
            None
        }
    }
}

/// A row Relief cannot use, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unusable {
    /// The line in the file (1 = the header).
    pub line: u32,
    pub reason: Said,
}

/// What a file would become.
#[derive(Clone, Debug)]
pub struct Preview {
    pub app: App,
    pub encoding: String,
    /// `,` `;` or a tab.
    pub separator: String,
    pub headers: Vec<String>,
    /// Data rows read.
    pub rows: u32,
    /// The check-ins it would add, in time order ([`Preview::entries`] shows them), and the
    /// remedies and causes they name, as the file names them.
    pub data: JournalData,
    pub unusable: Vec<Unusable>,
    /// What the reader assumed ("dates read month-first: 03/04/2020 is 4 March").
    pub notes: Vec<Said>,
}

impl Preview {
    /// How many check-ins the file gives.
    pub fn checkins(&self) -> usize {
        self.data.entries.len()
    }

    /// The check-ins as they would be in the journal, in time order.
    pub fn entries(&self) -> impl Iterator<Item = crate::model::Entry> + '_ {
        self.data.entries.iter().map(|e| {
            let mut entry = crate::model::Entry::new(e.id, e.draft.clone(), Default::default());
            entry.source = e.source.clone();
            entry
        })
    }
}

/// A file read into a table: its header and its rows with their line numbers.
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<(u32, Row)>,
    pub separator: u8,
    pub encoding: String,
    /// Rows whose cell count differs from the header's.
    pub ragged: Vec<Unusable>,
}

impl Table {
    /// The index of the column named `name` (case and surrounding space ignored).
    pub fn column(&self, name: &str) -> Option<usize> {
        let wanted = name.trim().to_lowercase();
        self.headers
            .iter()
            .position(|h| h.trim().to_lowercase() == wanted)
    }

    /// The column named `name`, or an error naming the columns there are.
    /// `what` names the column's part (`import-for-date` …; a Bearable column is named by
    /// itself).
    pub fn need(&self, name: &str, what: impl Into<Said>) -> Result<usize> {
        self.column(name).ok_or_else(|| {
            Error::import(
                line(1),
                Said::new("read-no-column")
                    .with("name", format!("{name:?}"))
                    .with("what", what.into())
                    .with("columns", self.headers.join(", ")),
            )
        })
    }
}

/// The separator of a CSV: whichever of `,` `;` and tab its header line holds most of.
fn sniff_separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.chars().filter(|x| *x == c).count();
    [(b',', count(',')), (b';', count(';')), (b'\t', count('\t'))]
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map_or(b',', |(c, _)| c)
}

/// One data row's cells, in one buffer with no room to spare: a 50 MB export holds a million
/// rows.
pub struct Row {
    text: Box<str>,
    ends: Box<[usize]>,
}

impl Row {
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.ends.len()).map(|i| &self[i])
    }
}

impl std::ops::Index<usize> for Row {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }
}

impl From<&csv::StringRecord> for Row {
    fn from(record: &csv::StringRecord) -> Self {
        Row {
            text: record.as_slice().into(),
            ends: record
                .iter()
                .scan(0, |end, cell| {
                    *end += cell.len();
                    Some(*end)
                })
                .collect(),
        }
    }
}

/// Reads a CSV export up to `limit` data rows (all without one): decoded, separator sniffed,
/// quoted cells with commas, quotes and line breaks kept whole, CRLF or LF.
pub fn table(bytes: &[u8], encoding: TextEncoding, limit: Option<usize>) -> Result<Table> {
    let (text, used) =
        decode::decode(bytes, encoding).map_err(|m| Error::import(Said::new("read-at-file"), m))?;
    let text = text.trim_start_matches('\u{feff}');
    let separator = sniff_separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| Error::import(line(1), e.to_string()))?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    if headers.iter().all(|h| h.is_empty()) {
        return Err(Error::import(line(1), Said::new("read-no-header")));
    }
    let mut rows = Vec::new();
    let mut ragged = Vec::new();
    for record in reader.records().take(limit.unwrap_or(usize::MAX)) {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            Error::import(crate::exchange::line(line), e.to_string())
        })?;
        let line = record.position().map_or(0, |p| p.line()) as u32;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() != headers.len() {
            ragged.push(Unusable {
                line,
                reason: Said::new("read-row-ragged")
                    .with("cells", record.len())
                    .with("header", headers.len()),
            });
            continue;
        }
        rows.push((line, Row::from(&record)));
    }
    Ok(Table {
        headers,
        rows,
        separator,
        encoding: used.to_owned(),
        ragged,
    })
}

/// The header of a file and the app it is recognised as, before any mapping.
pub fn peek(bytes: &[u8], encoding: TextEncoding) -> Result<(Vec<String>, Option<App>)> {
    let table = table(bytes, encoding, Some(1))?;
    let app = App::recognise(&table.headers);
    Ok((table.headers, app))
}

/// Reads `bytes` as an export of `app` (recognised from its header when `None`), with
/// `mapping`. `file_name` is remembered as each check-in's source.
pub fn read(bytes: &[u8], app: Option<App>, mapping: &Mapping, file_name: &str) -> Result<Preview> {
    read_rows(bytes, app, mapping, file_name, None)
}

/// [`read`] of the first `limit` data rows only: a quick look at a large file (the last
/// check-in may be cut short; the counts are of those rows).
pub fn read_rows(
    bytes: &[u8],
    app: Option<App>,
    mapping: &Mapping,
    file_name: &str,
    limit: Option<usize>,
) -> Result<Preview> {
    let table = table(bytes, mapping.encoding, limit)?;
    let recognised = App::recognise(&table.headers);
    let app = match (app, recognised) {
        (Some(App::Csv), _) | (None, None) => App::Csv,
        (Some(chosen), Some(found)) if chosen != found => {
            return Err(Error::import(
                line(1),
                Said::new("read-other-app")
                    .with("found", found.key())
                    .with("chosen", chosen.key()),
            ))
        }
        (Some(chosen), None) => {
            return Err(Error::import(
                line(1),
                Said::new("read-not-app")
                    .with("chosen", chosen.key())
                    .with("header", table.headers.join(", ")),
            ))
        }
        (Some(chosen), Some(_)) => chosen,
        (None, Some(found)) => found,
    };
    let source = EntrySource {
        app: app.key().to_owned(),
        file: file_name.chars().take(200).collect(),
    };
    let mut read = match app {
        App::Bearable => bearable::read(&table, mapping)?,
        App::Flaredown => flaredown::read(&table, mapping)?,
        App::Csv => generic::read(&table, mapping)?,
    };
    read.unusable.extend(table.ragged.iter().cloned());
    read.unusable.sort_by_key(|u| u.line);
    Ok(read.into_preview(app, &table, source))
}

/// What a reader found: check-ins with their first line, the remedies and causes it names,
/// the rows it cannot use, what it assumed.
#[derive(Default)]
pub struct Read {
    pub checkins: Vec<Checkin>,
    pub unusable: Vec<Unusable>,
    pub notes: Vec<Said>,
    remedies: Declared,
    causes: Declared,
}

/// The catalogue items a file names, each once however many rows name it.
#[derive(Default)]
struct Declared {
    items: Vec<CatalogueItem>,
    keys: HashSet<Key>,
    /// Each name the file writes → its key (`None`: not a name), worked out once.
    names: HashMap<String, Option<Key>>,
}

impl Declared {
    /// The key for `name` (see [`item_for`]), its item declared the first time it is named.
    fn name(&mut self, name: &str, mapping: &Mapping) -> Option<Key> {
        if let Some(key) = self.names.get(name) {
            return key.clone();
        }
        let key = item_for(name, mapping).map(|(key, item)| {
            if let Some(item) = item.filter(|i| self.keys.insert(i.key.clone())) {
                self.items.push(item);
            }
            key
        });
        self.names.insert(name.to_owned(), key.clone());
        key
    }
}

/// One check-in a reader made, with its first line and its id.
pub struct Checkin {
    pub line: u32,
    pub draft: EntryDraft,
    pub id: EntryId,
}

impl Checkin {
    /// `identity` is what the check-in's id is derived from: the same content gives the same
    /// id, so importing a file twice adds it once.
    pub fn new(app: App, line: u32, draft: EntryDraft, identity: &str) -> Self {
        Checkin {
            line,
            draft,
            id: EntryId::derived(format!("{}|{identity}", app.key()).as_bytes()),
        }
    }
}

impl Read {
    /// The remedy key for a name the file writes, its item declared once for the import.
    pub fn remedy(&mut self, name: &str, mapping: &Mapping) -> Option<Key> {
        self.remedies.name(name, mapping)
    }

    /// The cause key for a name the file writes, its item declared once for the import.
    pub fn cause(&mut self, name: &str, mapping: &Mapping) -> Option<Key> {
        self.causes.name(name, mapping)
    }

    fn into_preview(self, app: App, table: &Table, source: EntrySource) -> Preview {
        let rows = table.rows.len() as u32 + table.ragged.len() as u32;
        let mut incoming: Vec<IncomingEntry> = self
            .checkins
            .into_iter()
            .map(|c| IncomingEntry {
                id: c.id,
                draft: c.draft,
                location: line(c.line),
                source: Some(source.clone()),
            })
            .collect();
        incoming.sort_by_key(|e| e.draft.recorded_at.datetime());
        Preview {
            app,
            encoding: table.encoding.clone(),
            separator: match table.separator {
                b'\t' => "tab".to_owned(),
                other => char::from(other).to_string(),
            },
            headers: table.headers.clone(),
            rows,
            data: JournalData {
                settings: None,
                remedies: self.remedies.items,
                causes: self.causes.items,
                entries: incoming,
                experiments: Vec::new(),
            },
            unusable: self.unusable,
            notes: self.notes,
        }
    }
}

/// The key a check-in uses for a name another app writes, and the item to declare for it: the
/// person's mapping gives a Relief key (nothing declared: the item exists); else a key made from
/// the name, declared with the name, so the import matches it to Relief's item of that name or
/// creates it as the person's own.
fn item_for(name: &str, mapping: &Mapping) -> Option<(Key, Option<CatalogueItem>)> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    if let Some(key) = mapping.name_for(name) {
        return Key::new(&key).ok().map(|k| (k, None));
    }
    let label = Label::new(name).ok()?;
    let key = Key::slug(name).or_else(|| {
        // A name in another script: a stable key from its letters.
        let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        Key::new(&format!("imported_{:08x}", hash as u32)).ok()
    })?;
    let item = CatalogueItem {
        key: key.clone(),
        label,
        archived: false,
        how_to: None,
    };
    Some((key, Some(item)))
}
