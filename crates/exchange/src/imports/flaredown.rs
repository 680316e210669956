//! Flaredown's CSV export: wide, one row per day (`Date`, a 0–4 column per condition and per
//! symptom, a column per treatment holding the dose or `Taken`/`Not Taken`, then `Tags`,
//! `Foods` and weather columns). The soreness columns (chosen, or those named like a pain)
//! give the day's rating — the highest, 0–4 onto 0–10 by the severity table — treatments taken
//! become remedy uses, tags go to the note. A day is one check-in at 20:00.

use chrono::NaiveTime;

use super::dates;
use super::generic::{columns, set_note};
use super::{App, Checkin, Mapping, Read, Row, Table, Unusable};
use crate::error::{Error, Result};
use crate::i18n::Said;
use crate::model::{Detail, EntryDraft, Rating, RemedyUse, Timestamp};

/// Flaredown's weather and bookkeeping columns, never soreness or treatments.
const WEATHER: [&str; 9] = [
    "icon",
    "temperaturemin",
    "temperaturemax",
    "precipintensity",
    "pressure",
    "humidity",
    "postal_code",
    "weather",
    "summary",
];

/// The clock time a day's check-in gets.
pub fn evening() -> NaiveTime {
    NaiveTime::from_hms_opt(20, 0, 0).unwrap_or(NaiveTime::MIN)
}

/// Whether a column holds ratings (whole numbers) rather than a treatment's doses or
/// `Taken`/`Not Taken`.
fn rated(table: &Table, c: usize) -> bool {
    table
        .rows
        .iter()
        .map(|(_, r)| r[c].trim())
        .filter(|v| !v.is_empty())
        .all(|v| v.parse::<u32>().is_ok())
}

/// Which of a Flaredown export's columns are what.
struct Columns {
    date: usize,
    format: dates::DateFormat,
    tags: Option<usize>,
    soreness: Vec<usize>,
    treatments: Vec<usize>,
}

impl Columns {
    fn of(table: &Table, mapping: &Mapping) -> Result<Columns> {
        let date = table.need("Date", Said::new("read-for-date"))?;
        let skip = |c: usize| {
            let h = table.headers[c].to_lowercase();
            c == date || h == "tags" || h == "foods" || WEATHER.contains(&h.as_str())
        };
        let soreness: Vec<usize> = if mapping.soreness_columns.is_empty() {
            (0..table.headers.len())
                .filter(|c| !skip(*c) && rated(table, *c) && mapping.is_pain(&table.headers[*c]))
                .collect()
        } else {
            mapping
                .soreness_columns
                .iter()
                .map(|name| table.need(name, Said::new("read-for-soreness")))
                .collect::<Result<_>>()?
        };
        if soreness.is_empty() {
            return Err(Error::import(
                crate::exchange::line(1),
                Said::new("read-no-soreness-column").with("columns", table.headers.join(", ")),
            ));
        }
        let treatments: Vec<usize> = (0..table.headers.len())
            .filter(|c| !skip(*c) && !soreness.contains(c) && !rated(table, *c))
            .collect();
        let format = dates::detect(table.rows.iter().map(|(_, r)| &r[date]))
            .ok_or_else(|| {
                Error::import(
                    Said::new("read-at-column").with("column", "\"Date\""),
                    Said::new("read-no-date-format"),
                )
            })?
            .format;
        Ok(Columns {
            date,
            format,
            tags: table.column("Tags"),
            soreness,
            treatments,
        })
    }
}

pub fn read(table: &Table, mapping: &Mapping) -> Result<Read> {
    let c = Columns::of(table, mapping)?;
    let mut read = Read::default();
    let soreness: Vec<&str> = c
        .soreness
        .iter()
        .map(|i| table.headers[*i].as_str())
        .collect();
    read.notes
        .push(Said::new("read-note-soreness-from").with("columns", soreness.join(", ")));
    for (line, row) in &table.rows {
        match day(&mut read, table, &c, mapping, row) {
            Ok((draft, date)) => {
                let identity = date.to_string();
                read.checkins
                    .push(Checkin::new(App::Flaredown, *line, draft, &identity));
            }
            Err(reason) => read.unusable.push(Unusable {
                line: *line,
                reason,
            }),
        }
    }
    Ok(read)
}

/// One row's day as a check-in, or why it cannot be one.
fn day(
    read: &mut Read,
    table: &Table,
    c: &Columns,
    mapping: &Mapping,
    row: &Row,
) -> std::result::Result<(EntryDraft, chrono::NaiveDate), Said> {
    // The day as written (in the zone written, if any: "2026-04-01 00:00:00 UTC" is 1 April).
    let Some(date) = c.format.parse(&row[c.date]).map(|w| w.date) else {
        return Err(Said::new("read-row-column")
            .with("column", "\"Date\"")
            .with(
                "reason",
                Said::new("read-row-not-date").with("value", format!("{:?}", &row[c.date])),
            ));
    };
    let Some(level) = level(table, c, mapping, row)? else {
        return Err(Said::new("read-row-no-soreness").with("date", date.to_string()));
    };
    let (Some(at), Ok(rating)) = (
        mapping.at(date.and_time(evening())),
        Rating::new(i64::from(level)),
    ) else {
        return Err(Said::new("read-row-no-such-time"));
    };
    let mut draft = EntryDraft::new(Timestamp::new(at), rating);
    for t in &c.treatments {
        let v = row[*t].trim();
        if v.is_empty() || v.eq_ignore_ascii_case("not taken") {
            continue;
        }
        if let Some(key) = read.remedy(&table.headers[*t], mapping) {
            let mut use_ = RemedyUse::new(key);
            if !v.eq_ignore_ascii_case("taken") {
                use_.detail = Detail::new(v).ok().flatten();
            }
            draft.remedies.push(use_);
        }
    }
    let note: Vec<String> = c
        .tags
        .map(|t| row[t].trim())
        .filter(|t| !t.is_empty())
        .map(|t| {
            let tags: Vec<&str> = t
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            format!("Tags: {}", tags.join(", "))
        })
        .into_iter()
        .collect();
    set_note(&mut draft, note, &columns(["Tags"].into_iter()))?;
    Ok((draft, date))
}

/// The day's soreness: the highest of its soreness columns, onto 0–10; none if all are empty.
fn level(
    table: &Table,
    c: &Columns,
    mapping: &Mapping,
    row: &Row,
) -> std::result::Result<Option<u8>, Said> {
    let mut level: Option<u8> = None;
    let mut bad = None;
    for i in &c.soreness {
        let v = row[*i].trim();
        if v.is_empty() {
            continue;
        }
        match mapping.severity_of(v) {
            Some(x) => level = Some(level.map_or(x, |l| l.max(x))),
            None => {
                bad = Some(
                    Said::new("read-row-column")
                        .with("column", format!("{:?}", table.headers[*i]))
                        .with(
                            "reason",
                            Said::new("read-row-not-level").with("value", format!("{v:?}")),
                        ),
                )
            }
        }
    }
    bad.map_or(Ok(level), Err)
}
