//! Bearable's CSV export: long format, one row per item (`date, weekday, time of day,
//! category, rating/amount, detail, notes`, newer files also `date formatted`). The rows of one
//! date and time of day make one check-in: its pain, ache or soreness symptoms give the rating
//! (the highest, through the severity table), medications and supplements become remedy uses
//! with the dose as detail, factors that are causes become causes and the rest go to the note,
//! with the notes column.

use std::collections::BTreeMap;

use chrono::NaiveTime;

use super::dates::{self, DateFormat};
use super::generic::{columns, set_note};
use super::{App, Checkin, Mapping, Read, Row, Table, Unusable};
use crate::error::{Error, Result};
use crate::i18n::Said;
use crate::model::{Detail, EntryDraft, Key, Rating, RemedyUse, Timestamp};

/// The clock time Relief gives Bearable's time-of-day words (`docs/imports.md`).
pub fn time_of_day(word: &str) -> Option<NaiveTime> {
    let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0);
    match word.trim().to_lowercase().as_str() {
        "pre" => hm(6, 0),
        "am" => hm(9, 0),
        "mid" => hm(13, 0),
        "pm" => hm(19, 0),
        "all day" | "" => hm(12, 0),
        other => dates::parse_time(other),
    }
}

/// Factor names that are Relief's built-in causes.
fn builtin_cause(name: &str) -> Option<&'static str> {
    match name.trim().to_lowercase().as_str() {
        "posture" | "bad posture" => Some("posture"),
        "tension" | "muscle tension" | "stress" => Some("tension"),
        "injury" => Some("injury"),
        _ => None,
    }
}

#[derive(Default)]
struct Group {
    line: u32,
    rating: Option<u8>,
    remedies: Vec<(String, String)>,
    causes: Vec<String>,
    factors: Vec<String>,
    symptoms: Vec<String>,
    notes: Vec<String>,
    /// A soreness row was there but its severity could not be read (already said as unusable,
    /// so the check-in is not said again as "no soreness" or "no rating").
    soreness_unreadable: bool,
}

/// The columns a Bearable export has.
struct Columns {
    category: usize,
    amount: usize,
    detail: usize,
    time: usize,
    notes: Option<usize>,
    date: usize,
    format: DateFormat,
}

impl Columns {
    fn of(table: &Table) -> Result<Columns> {
        let col = |name: &str| table.need(name, name);
        let (date, format) = match table.column("date formatted") {
            Some(c) => (c, DateFormat::Iso),
            None => {
                let c = col("date")?;
                let found =
                    dates::detect(table.rows.iter().map(|(_, r)| &r[c])).ok_or_else(|| {
                        Error::import(
                            Said::new("read-at-column").with("column", "\"date\""),
                            Said::new("read-no-date-format"),
                        )
                    })?;
                (c, found.format)
            }
        };
        Ok(Columns {
            category: col("category")?,
            amount: col("rating/amount")?,
            detail: col("detail")?,
            time: col("time of day")?,
            notes: table.column("notes"),
            date,
            format,
        })
    }
}

pub fn read(table: &Table, mapping: &Mapping) -> Result<Read> {
    let c = Columns::of(table)?;
    let mut read = Read::default();
    let mut groups: BTreeMap<(chrono::NaiveDate, NaiveTime, String), Group> = BTreeMap::new();
    let mut dates_read = dates::Memo::new(|text: &str| c.format.parse(text));
    for (line, row) in &table.rows {
        let line = *line;
        // The day as written (in the zone written, if any): the time comes from "time of day".
        let Some(date) = dates_read.get(&row[c.date]).map(|w| w.date) else {
            read.unusable.push(Unusable {
                line,
                reason: Said::new("read-row-not-date").with("value", format!("{:?}", &row[c.date])),
            });
            continue;
        };
        let Some(time) = time_of_day(&row[c.time]) else {
            read.unusable.push(Unusable {
                line,
                reason: Said::new("read-row-time-of-day")
                    .with("value", format!("{:?}", &row[c.time])),
            });
            continue;
        };
        groups
            .entry((date, time, row[c.time].trim().to_lowercase()))
            .or_insert_with(|| Group {
                line,
                ..Group::default()
            })
            .take(row, &c, mapping, line, &mut read.unusable);
    }
    let mut nothing = 0;
    for ((date, time, word), group) in groups {
        if group.rating.is_none()
            && !group.soreness_unreadable
            && group.remedies.is_empty()
            && group.causes.is_empty()
            && group.factors.is_empty()
        {
            // Only mood, energy, sleep … (or notes) at that time: nothing of Relief's.
            nothing += 1;
            continue;
        }
        finish(&mut read, mapping, date.and_time(time), &word, group);
    }
    if nothing > 0 {
        read.notes
            .push(Said::new("read-note-other-categories").with("count", nothing));
    }
    Ok(read)
}

impl Group {
    /// One row's items, into the check-in of its date and time of day.
    fn take(
        &mut self,
        row: &Row,
        c: &Columns,
        mapping: &Mapping,
        line: u32,
        unusable: &mut Vec<Unusable>,
    ) {
        if let Some(n) = c.notes {
            let note = row[n].trim();
            if !note.is_empty() && !self.notes.iter().any(|n| n == note) {
                self.notes.push(note.to_owned());
            }
        }
        let names = row[c.detail]
            .split(" | ")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned);
        let amount = &row[c.amount];
        match row[c.category].trim().to_lowercase().as_str() {
            "symptom" | "symptoms" => {
                for name in names {
                    if let Some(reason) = self.symptom(name, amount, mapping) {
                        unusable.push(Unusable { line, reason });
                    }
                }
            }
            "meds/supplements" | "medication" | "meds" => {
                for name in names {
                    self.remedies.push((name, amount.trim().to_owned()));
                }
            }
            "factors" | "factor" => {
                for name in names {
                    if mapping.name_for(&name).is_some() || builtin_cause(&name).is_some() {
                        self.causes.push(name);
                    } else {
                        self.factors.push(name);
                    }
                }
            }
            _ => {} // mood, energy, sleep …: not Relief's (docs/imports.md)
        }
    }

    /// A symptom: soreness gives the rating (the highest), anything else goes to the note.
    /// Why the row cannot be used, if its severity cannot be read.
    fn symptom(&mut self, name: String, amount: &str, mapping: &Mapping) -> Option<Said> {
        if !mapping.is_pain(&name) {
            self.symptoms.push(format!("{name} ({})", amount.trim()));
            return None;
        }
        if let Some(level) = mapping.severity_of(amount) {
            self.rating = Some(self.rating.map_or(level, |r| r.max(level)));
            return None;
        }
        self.soreness_unreadable = true;
        let table: Vec<String> = mapping.severity.keys().cloned().collect();
        Some(
            Said::new("read-row-severity")
                .with("value", format!("{amount:?}"))
                .with("name", &name)
                .with("table", table.join(", ")),
        )
    }
}

fn finish(read: &mut Read, mapping: &Mapping, local: chrono::NaiveDateTime, word: &str, g: Group) {
    let Some(rating) = g.rating else {
        if g.soreness_unreadable {
            return;
        }
        read.unusable.push(Unusable {
            line: g.line,
            reason: Said::new("read-row-no-rating")
                .with("date", local.date().to_string())
                .with("time", word),
        });
        return;
    };
    let (Some(at), Ok(rating)) = (mapping.at(local), Rating::new(i64::from(rating))) else {
        read.unusable.push(Unusable {
            line: g.line,
            reason: Said::new("read-row-no-such-time"),
        });
        return;
    };
    let mut draft = EntryDraft::new(Timestamp::new(at), rating);
    for (name, dose) in &g.remedies {
        if let Some(key) = read.remedy(name, mapping) {
            if draft.remedies.iter().any(|r| r.key == key) {
                continue;
            }
            let mut use_ = RemedyUse::new(key);
            use_.detail = Detail::new(dose).ok().flatten();
            draft.remedies.push(use_);
        }
    }
    for name in &g.causes {
        let key = match mapping.name_for(name) {
            Some(k) => Key::new(&k).ok(),
            None => builtin_cause(name).and_then(|k| Key::new(k).ok()),
        };
        if let Some(key) = key.filter(|k| !draft.causes.contains(k)) {
            draft.causes.push(key);
        }
    }
    let mut note = g.notes;
    if !g.factors.is_empty() {
        note.push(format!("Factors: {}", g.factors.join(", ")));
    }
    if !g.symptoms.is_empty() {
        note.push(format!("Other symptoms: {}", g.symptoms.join(", ")));
    }
    if let Err(reason) = set_note(&mut draft, note, &columns(["notes", "detail"].into_iter())) {
        read.unusable.push(Unusable {
            line: g.line,
            reason,
        });
        return;
    }
    let identity = format!("{local}|{word}");
    read.checkins
        .push(Checkin::new(App::Bearable, g.line, draft, &identity));
}
