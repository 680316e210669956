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
use super::{App, Checkin, Mapping, Read, Table, Unusable};
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

pub fn read(table: &Table, mapping: &Mapping) -> Result<Read> {
    let col = |name: &str| table.need(name, name);
    let (category, amount, detail, time_col) = (
        col("category")?,
        col("rating/amount")?,
        col("detail")?,
        col("time of day")?,
    );
    let notes_col = table.column("notes");
    let (date_col, format) = match table.column("date formatted") {
        Some(c) => (c, DateFormat::Iso),
        None => {
            let c = col("date")?;
            let found = dates::detect(table.rows.iter().map(|(_, r)| &r[c])).ok_or_else(|| {
                Error::import(
                    Said::new("read-at-column").with("column", "\"date\""),
                    Said::new("read-no-date-format"),
                )
            })?;
            (c, found.format)
        }
    };
    let mut read = Read::default();
    let mut groups: BTreeMap<(chrono::NaiveDate, NaiveTime, String), Group> = BTreeMap::new();
    let mut dates_read = dates::Memo::new(|text: &str| format.parse(text));
    for (line, row) in &table.rows {
        let line = *line;
        // The day as written (in the zone written, if any): the time comes from "time of day".
        let Some(date) = dates_read.get(&row[date_col]).map(|w| w.date) else {
            read.unusable.push(Unusable {
                line,
                reason: Said::new("read-row-not-date")
                    .with("value", format!("{:?}", &row[date_col])),
            });
            continue;
        };
        let Some(time) = time_of_day(&row[time_col]) else {
            read.unusable.push(Unusable {
                line,
                reason: Said::new("read-row-time-of-day")
                    .with("value", format!("{:?}", &row[time_col])),
            });
            continue;
        };
        let group = groups
            .entry((date, time, row[time_col].trim().to_lowercase()))
            .or_insert_with(|| Group {
                line,
                ..Group::default()
            });
        if let Some(c) = notes_col {
            let note = row[c].trim();
            if !note.is_empty() && !group.notes.iter().any(|n| n == note) {
                group.notes.push(note.to_owned());
            }
        }
        let names = || {
            row[detail]
                .split(" | ")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        match row[category].trim().to_lowercase().as_str() {
            "symptom" | "symptoms" => {
                for name in names() {
                    if !mapping.is_pain(&name) {
                        group
                            .symptoms
                            .push(format!("{name} ({})", row[amount].trim()));
                        continue;
                    }
                    match mapping.severity_of(&row[amount]) {
                        Some(level) => {
                            group.rating = Some(group.rating.map_or(level, |r| r.max(level)))
                        }
                        None => {
                            group.soreness_unreadable = true;
                            read.unusable.push(Unusable {
                                line,
                                reason: Said::new("read-row-severity")
                                    .with("value", format!("{:?}", &row[amount]))
                                    .with("name", &name)
                                    .with(
                                        "table",
                                        mapping
                                            .severity
                                            .keys()
                                            .cloned()
                                            .collect::<Vec<_>>()
                                            .join(", "),
                                    ),
                            })
                        }
                    }
                }
            }
            "meds/supplements" | "medication" | "meds" => {
                for name in names() {
                    group.remedies.push((name, row[amount].trim().to_owned()));
                }
            }
            "factors" | "factor" => {
                for name in names() {
                    if mapping.name_for(&name).is_some() || builtin_cause(&name).is_some() {
                        group.causes.push(name);
                    } else {
                        group.factors.push(name);
                    }
                }
            }
            _ => {} // mood, energy, sleep …: not Relief's (docs/imports.md)
        }
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
