//! The tidy CSV format: one row per remedy use (an entry with none has one row), for
//! spreadsheets and statistics packages.

use std::collections::HashMap;
use std::io::Write;

use crate::error::{Error, Result};
use crate::exchange::{line, line_column};
use crate::i18n::Said;
use crate::model::{
    parse_date, Detail, EntryDraft, EntryId, IncomingEntry, JournalData, Key, Minutes, Note,
    Rating, Region, RegionRating, RemedyUse, Snapshot, Timestamp, ValueError,
};

/// The header, in this order, exactly.
pub const COLUMNS: [&str; 14] = [
    "entry_id",
    "recorded_at",
    "journal_day",
    "rating",
    "enjoyment",
    "activity",
    "regions",
    "causes",
    "note",
    "remedy",
    "minutes",
    "detail",
    "rating_after",
    "after_minutes",
];

const ENTRY_ID: usize = 0;
const RECORDED_AT: usize = 1;
const JOURNAL_DAY: usize = 2;
const RATING: usize = 3;
const ENJOYMENT: usize = 4;
const ACTIVITY: usize = 5;
const REGIONS: usize = 6;
const CAUSES: usize = 7;
const NOTE: usize = 8;
const REMEDY: usize = 9;
const MINUTES: usize = 10;
const DETAIL: usize = 11;
const RATING_AFTER: usize = 12;
const AFTER_MINUTES: usize = 13;

/// Cells of one entry (not its remedy use), compared across the rows of an entry.
/// `journal_day` is not among them: it is written for spreadsheets and recomputed on import.
const ENTRY_CELLS: [usize; 7] = [
    RECORDED_AT,
    RATING,
    ENJOYMENT,
    ACTIVITY,
    REGIONS,
    CAUSES,
    NOTE,
];

/// A spreadsheet runs a cell that starts with one of these as a formula. Free text that starts
/// with one is written with a leading `'`, which import removes again (so a text that itself
/// starts with `'` gets one more).
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

fn guard_formula(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn unguard_formula(text: &str) -> &str {
    text.strip_prefix('\'').unwrap_or(text)
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// Writes the snapshot's entries, in time order.
pub fn export(snapshot: &Snapshot, out: &mut dyn Write) -> Result<()> {
    let entries = &snapshot.entries;
    let mut w = csv::Writer::from_writer(out);
    let to_err = |e: csv::Error| Error::io("output", std::io::Error::other(e.to_string()));
    w.write_record(COLUMNS).map_err(to_err)?;
    for entry in entries {
        let regions = entry
            .regions
            .iter()
            .map(|r| match r.rating {
                Some(rating) => format!("{}:{rating}", r.region),
                None => r.region.to_string(),
            })
            .collect::<Vec<_>>()
            .join(";");
        let causes = entry
            .causes
            .iter()
            .map(Key::as_str)
            .collect::<Vec<_>>()
            .join(";");
        let head = [
            entry.id.to_string(),
            entry.recorded_at.to_rfc3339(),
            entry.journal_day.format("%Y-%m-%d").to_string(),
            entry.rating.to_string(),
            opt(entry.enjoyment),
            opt(entry.activity),
            regions,
            causes,
            entry
                .note
                .as_ref()
                .map(|n| guard_formula(n.as_str()))
                .unwrap_or_default(),
        ];
        let uses: Vec<[String; 5]> = if entry.remedies.is_empty() {
            vec![Default::default()]
        } else {
            entry
                .remedies
                .iter()
                .map(|u| {
                    [
                        u.key.to_string(),
                        opt(u.minutes),
                        u.detail
                            .as_ref()
                            .map(|d| guard_formula(d.as_str()))
                            .unwrap_or_default(),
                        opt(u.rating_after),
                        opt(u.after_minutes),
                    ]
                })
                .collect()
        };
        for tail in uses {
            w.write_record(head.iter().chain(tail.iter()))
                .map_err(to_err)?;
        }
    }
    w.flush().map_err(|e| Error::io("output", e))?;
    Ok(())
}

/// An entry being assembled from its rows.
struct Pending {
    id: EntryId,
    first_line: u64,
    cells: Vec<String>,
    draft: EntryDraft,
}

fn field<T>(line: u64, column: usize, result: std::result::Result<T, ValueError>) -> Result<T> {
    result.map_err(|e| Error::import(line_column(line, COLUMNS[column]), e.0))
}

fn optional<T>(
    line: u64,
    column: usize,
    cell: &str,
    parse: impl Fn(&str) -> std::result::Result<T, ValueError>,
) -> Result<Option<T>> {
    if cell.trim().is_empty() {
        Ok(None)
    } else {
        field(line, column, parse(cell)).map(Some)
    }
}

fn parts(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|p| !p.is_empty())
}

fn parse_regions(line: u64, cell: &str) -> Result<Vec<RegionRating>> {
    parts(cell)
        .map(|part| {
            let (key, rating) = match part.split_once(':') {
                Some((key, rating)) => (key, Some(rating)),
                None => (part, None),
            };
            Ok(RegionRating {
                region: field(line, REGIONS, Region::from_key(key))?,
                rating: match rating {
                    Some(r) => Some(field(line, REGIONS, Rating::parse(r))?),
                    None => None,
                },
            })
        })
        .collect()
}

/// Parses the rows of one entry's own cells into a draft without remedies.
fn parse_entry(line: u64, cells: &[String]) -> Result<EntryDraft> {
    let recorded_at = field(line, RECORDED_AT, Timestamp::parse(&cells[RECORDED_AT]))?;
    // journal_day is recomputed from recorded_at; a value present must at least be a date.
    optional(line, JOURNAL_DAY, &cells[JOURNAL_DAY], parse_date)?;
    let mut draft = EntryDraft::new(
        recorded_at,
        field(line, RATING, Rating::parse(&cells[RATING]))?,
    );
    draft.enjoyment = optional(line, ENJOYMENT, &cells[ENJOYMENT], Rating::parse)?;
    draft.activity = optional(line, ACTIVITY, &cells[ACTIVITY], Rating::parse)?;
    draft.regions = parse_regions(line, &cells[REGIONS])?;
    draft.causes = parts(&cells[CAUSES])
        .map(|k| field(line, CAUSES, Key::new(k)))
        .collect::<Result<_>>()?;
    draft.note = field(line, NOTE, Note::new(unguard_formula(&cells[NOTE])))?;
    Ok(draft)
}

fn parse_use(line: u64, cells: &[String]) -> Result<Option<RemedyUse>> {
    let remedy = cells[REMEDY].trim();
    if remedy.is_empty() {
        for column in [MINUTES, DETAIL, RATING_AFTER, AFTER_MINUTES] {
            if !cells[column].trim().is_empty() {
                return Err(Error::import(
                    line_column(line, COLUMNS[column]),
                    Said::new("read-csv-no-remedy"),
                ));
            }
        }
        return Ok(None);
    }
    Ok(Some(RemedyUse {
        key: field(line, REMEDY, Key::new(remedy))?,
        minutes: optional(line, MINUTES, &cells[MINUTES], Minutes::parse)?,
        detail: field(line, DETAIL, Detail::new(unguard_formula(&cells[DETAIL])))?,
        rating_after: optional(line, RATING_AFTER, &cells[RATING_AFTER], Rating::parse)?,
        after_minutes: optional(line, AFTER_MINUTES, &cells[AFTER_MINUTES], Minutes::parse)?,
    }))
}

/// Reads the header: every column once, in any order, none unknown. Returns, for each of
/// [`COLUMNS`], its position in the file.
fn read_header(record: &csv::ByteRecord) -> Result<[usize; 14]> {
    let mut positions: [Option<usize>; 14] = [None; 14];
    for (i, raw) in record.iter().enumerate() {
        let name = std::str::from_utf8(raw)
            .map_err(|_| Error::import(line(1), Said::new("read-csv-header-not-utf8")))?;
        let name = name.trim_start_matches('\u{feff}').trim();
        let column = COLUMNS.iter().position(|c| *c == name).ok_or_else(|| {
            Error::import(
                line(1),
                Said::new("read-csv-unknown-column")
                    .with("name", name.escape_debug().to_string())
                    .with("columns", COLUMNS.join(",")),
            )
        })?;
        if positions[column].replace(i).is_some() {
            return Err(Error::import(
                line(1),
                Said::new("read-csv-column-twice").with("name", name),
            ));
        }
    }
    let mut out = [0; 14];
    for (column, position) in positions.iter().enumerate() {
        out[column] = position.ok_or_else(|| {
            Error::import(
                line(1),
                Said::new("read-csv-missing-column").with("name", COLUMNS[column]),
            )
        })?;
    }
    Ok(out)
}

/// The id of a row written without one, from what the entry says (not how the cells spell it,
/// and not the `journal_day` Relief recomputes): the same check-in always gets the same id, so
/// importing a spreadsheet twice adds nothing.
fn derived_id(draft: &EntryDraft) -> EntryId {
    let optional = |r: Option<Rating>| r.map(|r| r.to_string()).unwrap_or_default();
    let regions: Vec<String> = draft
        .regions
        .iter()
        .map(|r| match r.rating {
            Some(n) => format!("{}:{n}", r.region.key()),
            None => r.region.key().to_owned(),
        })
        .collect();
    let causes: Vec<&str> = draft.causes.iter().map(Key::as_str).collect();
    let content = [
        // The moment, however its offset is written.
        draft.recorded_at.unix().to_string(),
        draft.rating.to_string(),
        optional(draft.enjoyment),
        optional(draft.activity),
        regions.join(";"),
        causes.join(";"),
        draft
            .note
            .as_ref()
            .map(|n| n.as_str().to_owned())
            .unwrap_or_default(),
    ];
    EntryId::derived(content.join("\u{1f}").as_bytes())
}

/// Parses a CSV export (or a spreadsheet in the same shape). Rows of one entry share its
/// `entry_id`; a row without one becomes an entry whose id is derived from its cells.
pub fn parse(bytes: &[u8]) -> Result<JournalData> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        None => return Err(Error::import(line(1), Said::new("read-empty"))),
        Some(Err(e)) => return Err(Error::import(line(1), e.to_string())),
        Some(Ok(record)) => record,
    };
    let positions = read_header(&header)?;

    let mut pending: Vec<Pending> = Vec::new();
    let mut by_id: HashMap<EntryId, usize> = HashMap::new();
    for record in records {
        let (line, cells) = record_cells(record, &positions)?;
        add_row(&mut pending, &mut by_id, line, cells)?;
    }

    Ok(JournalData {
        settings: None,
        remedies: Vec::new(),
        causes: Vec::new(),
        entries: pending
            .into_iter()
            .map(|p| IncomingEntry {
                id: p.id,
                location: Said::new("read-at-line-entry")
                    .with("line", p.first_line)
                    .with("id", p.id.to_string()),
                draft: p.draft,
                source: None,
            })
            .collect(),
        experiments: Vec::new(),
    })
}

/// One data row's cells in the order of [`COLUMNS`], with its line number; every cell UTF-8.
fn record_cells(
    record: csv::Result<csv::ByteRecord>,
    positions: &[usize],
) -> Result<(u64, Vec<String>)> {
    let record = record.map_err(|e| {
        let line = e.position().map(|p| p.line()).unwrap_or(0);
        Error::import(
            crate::exchange::line(line),
            Said::new("read-csv-unreadable").with("detail", e.to_string()),
        )
    })?;
    let line = record.position().map(|p| p.line()).unwrap_or(0);
    if record.len() != COLUMNS.len() {
        return Err(Error::import(
            crate::exchange::line(line),
            Said::new("read-csv-fields")
                .with("expected", COLUMNS.len())
                .with("found", record.len()),
        ));
    }
    let mut cells = Vec::with_capacity(COLUMNS.len());
    for (column, &position) in positions.iter().enumerate() {
        let raw = record.get(position).unwrap_or_default();
        let text = std::str::from_utf8(raw).map_err(|_| {
            Error::import(
                line_column(line, COLUMNS[column]),
                Said::new("read-csv-cell-not-utf8"),
            )
        })?;
        cells.push(text.to_owned());
    }
    Ok((line, cells))
}

/// Adds a row to the entries read so far: a new entry, or one more remedy use of an entry
/// already seen (whose own cells must agree).
fn add_row(
    pending: &mut Vec<Pending>,
    by_id: &mut HashMap<EntryId, usize>,
    line: u64,
    cells: Vec<String>,
) -> Result<()> {
    let (id, parsed) = if cells[ENTRY_ID].trim().is_empty() {
        let draft = parse_entry(line, &cells)?;
        (derived_id(&draft), Some(draft))
    } else {
        (
            field(line, ENTRY_ID, EntryId::parse(&cells[ENTRY_ID]))?,
            None,
        )
    };
    let use_ = parse_use(line, &cells)?;
    match by_id.get(&id) {
        Some(&i) => {
            let entry = &mut pending[i];
            for &column in &ENTRY_CELLS {
                if entry.cells[column].trim() != cells[column].trim() {
                    return Err(Error::import(
                        line_column(line, COLUMNS[column]),
                        Said::new("read-csv-entry-differs")
                            .with("id", id.to_string())
                            .with("first", entry.first_line),
                    ));
                }
            }
            entry.draft.remedies.extend(use_);
        }
        None => {
            let mut draft = match parsed {
                Some(draft) => draft,
                None => parse_entry(line, &cells)?,
            };
            draft.remedies.extend(use_);
            by_id.insert(id, pending.len());
            pending.push(Pending {
                id,
                first_line: line,
                cells,
                draft,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_guard_is_invertible() {
        for text in ["=1+1", "'quoted", "''", "plain", "-3 today", "@x", ""] {
            assert_eq!(unguard_formula(&guard_formula(text)), text);
        }
        assert_eq!(guard_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
    }
}
