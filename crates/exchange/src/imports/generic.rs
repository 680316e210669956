//! Any CSV through a column mapping: one row, one check-in.

use chrono::NaiveTime;

use super::dates::{self, DateFormat};
use super::{App, Checkin, Mapping, Read, Row, Table, Unusable};
use crate::error::{Error, Result};
use crate::i18n::Said;
use crate::model::{EntryDraft, Note, Rating, Region, RegionRating, RemedyUse, Timestamp};

/// Noon, for a row with a date and no time.
fn noon() -> NaiveTime {
    NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN)
}

/// The columns a mapping names, and how to read their cells.
struct Columns<'m> {
    date: usize,
    time: Option<usize>,
    rating: usize,
    remedy: Option<usize>,
    cause: Option<usize>,
    region: Option<usize>,
    notes: Vec<usize>,
    format: DateFormat,
    separator: &'m str,
    /// The columns a note is made of, for the message when it is too long.
    note_from: Said,
}

impl<'m> Columns<'m> {
    /// The mapping's columns in `table`; what a reader should know about them goes to `notes`.
    fn of(table: &Table, mapping: &'m Mapping, notes: &mut Vec<Said>) -> Result<Columns<'m>> {
        mapping
            .check()
            .map_err(|m| Error::import(Said::new("read-at-mapping"), m))?;
        if mapping.date_column.is_empty() || mapping.rating_column.is_empty() {
            return Err(Error::import(
                Said::new("read-at-mapping"),
                Said::new("read-need-date-and-rating").with("columns", table.headers.join(", ")),
            ));
        }
        let date = table.need(&mapping.date_column, Said::new("read-for-date"))?;
        let region = optional(table, &mapping.region_column, "read-for-regions")?;
        let note_cols = mapping
            .note_columns
            .iter()
            .map(|c| table.need(c, Said::new("read-for-note")))
            .collect::<Result<Vec<_>>>()?;
        let format = match mapping.date_format {
            Some(f) => f,
            None => {
                let detected =
                    dates::detect(table.rows.iter().map(|(_, r)| &r[date])).ok_or_else(|| {
                        Error::import(
                            Said::new("read-at-column")
                                .with("column", format!("{:?}", mapping.date_column)),
                            Said::new("read-no-date-format-of")
                                .with("formats", DateFormat::ALL.map(|f| f.example()).join(", ")),
                        )
                    })?;
                if detected.ambiguous {
                    notes.push(
                        Said::new("read-note-month-first")
                            .with("column", format!("{:?}", mapping.date_column)),
                    );
                }
                detected.format
            }
        };
        let note_from = columns(
            note_cols
                .iter()
                .chain(region.iter())
                .map(|c| table.headers[*c].as_str()),
        );
        Ok(Columns {
            date,
            time: optional(table, &mapping.time_column, "read-for-time")?,
            rating: table.need(&mapping.rating_column, Said::new("read-for-rating"))?,
            remedy: optional(table, &mapping.remedy_column, "read-for-remedies")?,
            cause: optional(table, &mapping.cause_column, "read-for-causes")?,
            region,
            notes: note_cols,
            format,
            separator: if mapping.separator.is_empty() {
                ","
            } else {
                mapping.separator.as_str()
            },
            note_from,
        })
    }

    /// A cell's names: split at the separator, trimmed, empty ones left out.
    fn names(&self, cell: &str) -> Vec<String> {
        cell.split(self.separator)
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    }
}

pub fn read(table: &Table, mapping: &Mapping) -> Result<Read> {
    let mut read = Read::default();
    let c = Columns::of(table, mapping, &mut read.notes)?;
    let mut dates_read = dates::Memo::new(|text: &str| c.format.parse(text));
    let mut times_read = dates::Memo::new(dates::parse_time);
    for (line, row) in &table.rows {
        let line = *line;
        let fail = |reason: Said| Unusable { line, reason };
        let Some(written) = dates_read.get(&row[c.date]) else {
            read.unusable.push(fail(
                Said::new("read-row-not-date-like")
                    .with("column", format!("{:?}", table.headers[c.date]))
                    .with("value", format!("{:?}", &row[c.date]))
                    .with("example", c.format.example()),
            ));
            continue;
        };
        let time = match c
            .time
            .map(|t| (t, row[t].trim()))
            .filter(|(_, t)| !t.is_empty())
        {
            Some((column, t)) => match times_read.get(t) {
                Some(time) => Some(time),
                None => {
                    read.unusable.push(fail(
                        Said::new("read-row-not-time")
                            .with("column", format!("{:?}", table.headers[column]))
                            .with("value", format!("{t:?}")),
                    ));
                    continue;
                }
            },
            None => written.time,
        };
        // A time given with its zone is that instant; any other is read in the mapping's zone.
        // The time column's time, if any, in the date's zone.
        let at = match (dates::Written { time, ..written }).instant() {
            Some(instant) => Some(mapping.in_zone(instant)),
            None => mapping.at(dates::combine(written.date, time, noon())),
        };
        let Some(at) = at else {
            read.unusable.push(fail(Said::new("read-row-no-such-time")));
            continue;
        };
        match draft(&mut read, table, &c, mapping, row, at) {
            Ok(draft) => {
                let cells: Vec<&str> = row.iter().collect();
                let identity = format!("{}|{}", at.to_rfc3339(), cells.join("\u{1f}"));
                read.checkins
                    .push(Checkin::new(App::Csv, line, draft, &identity));
            }
            Err(reason) => read.unusable.push(fail(reason)),
        }
    }
    Ok(read)
}

/// One row's check-in at `at`, or why it cannot be one.
fn draft(
    read: &mut Read,
    table: &Table,
    c: &Columns<'_>,
    mapping: &Mapping,
    row: &Row,
    at: chrono::DateTime<chrono::FixedOffset>,
) -> std::result::Result<EntryDraft, Said> {
    let rating = mapping
        .scaled(&row[c.rating])
        .map(i64::from)
        .and_then(|r| Rating::new(r).map_err(|e| e.0))
        .map_err(|reason| {
            Said::new("read-row-column")
                .with("column", format!("{:?}", table.headers[c.rating]))
                .with("reason", reason)
        })?;
    let mut draft = EntryDraft::new(Timestamp::new(at), rating);
    for name in c.remedy.map(|i| c.names(&row[i])).unwrap_or_default() {
        if let Some(key) = read.remedy(&name, mapping) {
            if !draft.remedies.iter().any(|r| r.key == key) {
                draft.remedies.push(RemedyUse::new(key));
            }
        }
    }
    for name in c.cause.map(|i| c.names(&row[i])).unwrap_or_default() {
        if let Some(key) = read.cause(&name, mapping) {
            if !draft.causes.contains(&key) {
                draft.causes.push(key);
            }
        }
    }
    let mut unknown_regions = Vec::new();
    for name in c.region.map(|i| c.names(&row[i])).unwrap_or_default() {
        let key = mapping
            .name_for(&name)
            .unwrap_or_else(|| name.to_lowercase().replace(' ', "_"));
        match Region::from_key(&key) {
            Ok(region) if !draft.regions.iter().any(|r| r.region == region) => {
                draft.regions.push(RegionRating {
                    region,
                    rating: None,
                })
            }
            Ok(_) => {}
            Err(_) => unknown_regions.push(name),
        }
    }
    let mut note: Vec<String> = c
        .notes
        .iter()
        .map(|i| row[*i].trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    if !unknown_regions.is_empty() {
        note.push(format!("Where: {}", unknown_regions.join(", ")));
    }
    set_note(&mut draft, note, &c.note_from)?;
    Ok(draft)
}

/// `column "A"` or `columns "A", "B"`, as messages name them.
pub(super) fn columns<'a>(names: impl Iterator<Item = &'a str>) -> Said {
    let quoted: Vec<String> = names.map(|n| format!("{n:?}")).collect();
    Said::new("read-columns")
        .with("count", quoted.len())
        .with("names", quoted.join(", "))
}

fn optional(table: &Table, name: &str, what: &'static str) -> Result<Option<usize>> {
    if name.trim().is_empty() {
        Ok(None)
    } else {
        table.need(name, Said::new(what)).map(Some)
    }
}

/// Joins the note's parts; a note over Relief's limit is refused with the limit and the
/// columns it came `from` named.
pub(super) fn set_note(
    draft: &mut EntryDraft,
    parts: Vec<String>,
    from: &Said,
) -> std::result::Result<(), Said> {
    if parts.is_empty() {
        return Ok(());
    }
    let text = parts.join("\n");
    draft.note = Note::new(&text).map_err(|e| {
        Said::new("read-row-note")
            .with("columns", from.clone())
            .with("reason", e.0)
    })?;
    Ok(())
}
