//! Dates and times as other apps and spreadsheets write them. The format of a column is
//! detected from all its values (`docs/imports.md` lists the formats): a day-first or
//! month-first date that every value leaves open (03/04/2020) is read month-first and said so.

use std::collections::HashMap;

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde::{Deserialize, Serialize};

/// A date format Relief reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum DateFormat {
    /// 2020-09-22 (also 2020/09/22), optionally with a time: 2020-09-22T08:30 or 2020-09-22 08:30:00.
    Iso,
    /// 22.09.2020
    Dotted,
    /// 09/22/2020
    MonthFirst,
    /// 22/09/2020
    DayFirst,
    /// 22nd Sep 2020, 22 September 2020
    DayMonthName,
    /// Sep 22, 2020; September 22 2020
    MonthNameDay,
}

impl DateFormat {
    pub const ALL: [DateFormat; 6] = [
        DateFormat::Iso,
        DateFormat::Dotted,
        DateFormat::MonthFirst,
        DateFormat::DayFirst,
        DateFormat::DayMonthName,
        DateFormat::MonthNameDay,
    ];

    pub fn example(self) -> &'static str {
        match self {
            DateFormat::Iso => "2020-09-22",
            DateFormat::Dotted => "22.09.2020",
            DateFormat::MonthFirst => "09/22/2020",
            DateFormat::DayFirst => "22/09/2020",
            DateFormat::DayMonthName => "22nd Sep 2020",
            DateFormat::MonthNameDay => "Sep 22, 2020",
        }
    }

    /// The date (and the time and its zone, if the value carries them) of `text` in this
    /// format. A zone is read after a time, as web apps write it: `UTC`, `GMT`, `Z`, `+0000`,
    /// `+02:00`, `-05`, with or without a space, also `GMT+0200`.
    pub fn parse(self, text: &str) -> Option<Written> {
        let (text, zone) = split_zone(text.trim());
        let (date_part, time_part) = split_time(text);
        let time = match time_part {
            Some(t) => Some(parse_time(t)?),
            None => None,
        };
        let date = match self {
            DateFormat::Iso => {
                let d = date_part.replace('/', "-");
                NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()
            }
            DateFormat::Dotted => NaiveDate::parse_from_str(date_part, "%d.%m.%Y").ok(),
            DateFormat::MonthFirst => NaiveDate::parse_from_str(date_part, "%m/%d/%Y").ok(),
            DateFormat::DayFirst => NaiveDate::parse_from_str(date_part, "%d/%m/%Y").ok(),
            DateFormat::DayMonthName | DateFormat::MonthNameDay => named(date_part, self),
        }?;
        // A zone means nothing without a time to place.
        if zone.is_some() && time.is_none() {
            return None;
        }
        Some(Written { date, time, zone })
    }
}

/// A date as a file wrote it: the day, the time if given, and the zone if given (then the
/// time is an exact instant).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
    /// The date as written (in the zone written, if any).
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub zone: Option<FixedOffset>,
}

impl Written {
    /// The instant, when the value gave a time and its zone.
    pub fn instant(&self) -> Option<chrono::DateTime<FixedOffset>> {
        let (time, zone) = (self.time?, self.zone?);
        zone.from_local_datetime(&self.date.and_time(time)).single()
    }
}

/// Splits a zone off the end of a date and time: `UTC`, `GMT`, `Z`, `+0000`, `+02:00`, `-05`,
/// `GMT+0200`, and a parenthesised zone name after it (`GMT+0200 (CEST)`). Only after a time
/// (a `:` before it), so a date's own `-22` is never taken for a zone.
fn split_zone(text: &str) -> (&str, Option<FixedOffset>) {
    let mut t = text.trim_end();
    if t.ends_with(')') {
        if let Some(open) = t.rfind(" (") {
            t = t[..open].trim_end();
        }
    }
    let has_time = |before: &str| before.contains(':');
    let upper = t.to_ascii_uppercase();
    for name in ["UTC", "GMT"] {
        if let Some(before) = upper.strip_suffix(name) {
            if has_time(before) {
                return (t[..before.len()].trim_end(), FixedOffset::east_opt(0));
            }
        }
    }
    if let Some(before) = t.strip_suffix(['Z', 'z']).map(str::trim_end) {
        if before.ends_with(|c: char| c.is_ascii_digit()) && has_time(before) {
            return (before, FixedOffset::east_opt(0));
        }
    }
    let Some(sign_at) = t.rfind(['+', '-']) else {
        return (t, None);
    };
    let (before, offset) = t.split_at(sign_at);
    let digits: String = offset[1..].chars().filter(|c| *c != ':').collect();
    let shaped = match offset[1..].len() {
        2 | 4 => !offset[1..].contains(':'),
        5 => offset[1..].chars().nth(2) == Some(':'),
        _ => false,
    };
    if !shaped || !digits.chars().all(|c| c.is_ascii_digit()) || !has_time(before) {
        return (t, None);
    }
    let hours: i32 = digits[..2].parse().unwrap_or(99);
    let minutes: i32 = match &digits[2..] {
        "" => 0,
        m => m.parse().unwrap_or(99),
    };
    if hours > 23 || minutes > 59 {
        return (t, None);
    }
    let seconds = (hours * 60 + minutes) * 60 * if offset.starts_with('-') { -1 } else { 1 };
    let before = before.trim_end();
    let before = before
        .strip_suffix("GMT")
        .or_else(|| before.strip_suffix("UTC"))
        .unwrap_or(before)
        .trim_end();
    (before, FixedOffset::east_opt(seconds))
}

/// Splits "2020-09-22 08:30" or "2020-09-22T08:30:00" into date and time.
fn split_time(text: &str) -> (&str, Option<&str>) {
    if let Some((d, t)) = text.split_once('T') {
        if d.len() == 10 && t.contains(':') {
            return (d, Some(t));
        }
    }
    match text.rsplit_once(' ') {
        Some((d, t)) if t.contains(':') && !d.is_empty() => (d.trim_end_matches(','), Some(t)),
        _ => (text, None),
    }
}

/// "08:30", "8:30", "08:30:15", "08:30:15.250", "8:30 pm", "20.30" is not a time.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let t = text.trim().to_ascii_lowercase();
    let (clock, pm) = match (t.strip_suffix("pm"), t.strip_suffix("am")) {
        (Some(c), _) => (c.trim().to_owned(), Some(true)),
        (_, Some(c)) => (c.trim().to_owned(), Some(false)),
        _ => (t.clone(), None),
    };
    let parsed = NaiveTime::parse_from_str(&clock, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(&clock, "%H:%M"))
        .or_else(|_| NaiveTime::parse_from_str(&clock, "%H:%M:%S%.f"))
        .ok()?;
    match pm {
        None => Some(parsed),
        Some(pm) => {
            let hour = chrono::Timelike::hour(&parsed);
            if !(1..=12).contains(&hour) {
                return None;
            }
            let h24 = (hour % 12) + if pm { 12 } else { 0 };
            chrono::Timelike::with_hour(&parsed, h24)
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// "Sep", "Sept.", "september" → 9: a month's name or its start (three letters at least).
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(['.', ',']).to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let w = if w == "sept" { "sep".to_owned() } else { w };
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w))
        .map(|i| i as u32 + 1)
}

fn day(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(',').to_ascii_lowercase();
    let digits = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .unwrap_or(&w);
    digits.parse().ok()
}

fn named(text: &str, format: DateFormat) -> Option<NaiveDate> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [a, b, y] = words.as_slice() else {
        return None;
    };
    let year: i32 = y.trim_end_matches(',').parse().ok()?;
    let (d, m) = match format {
        DateFormat::DayMonthName => (day(a)?, month(b)?),
        _ => (day(b)?, month(a)?),
    };
    NaiveDate::from_ymd_opt(year, m, d)
}

/// What a column's values say about their format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detected {
    pub format: DateFormat,
    /// Every value would read day-first as well: month-first was assumed.
    pub ambiguous: bool,
}

/// The format that reads the most of the non-empty values (the first in [`DateFormat::ALL`]
/// order on a tie; values it cannot read become unusable rows); between month-first and
/// day-first, month-first when both read as many (said to be ambiguous).
pub fn detect<'a>(values: impl Iterator<Item = &'a str>) -> Option<Detected> {
    // Each distinct value is tried once, counted as often as it occurs: a journal has many
    // rows per day.
    let mut distinct: HashMap<&str, usize> = HashMap::new();
    for v in values.filter(|v| !v.trim().is_empty()) {
        *distinct.entry(v).or_default() += 1;
    }
    let reads = |f: DateFormat| -> usize {
        distinct
            .iter()
            .filter(|(v, _)| f.parse(v).is_some())
            .map(|(_, n)| n)
            .sum()
    };
    let counts: Vec<(DateFormat, usize)> =
        DateFormat::ALL.iter().map(|f| (*f, reads(*f))).collect();
    let best = counts.iter().map(|(_, n)| *n).max().filter(|n| *n > 0)?;
    let format = counts.iter().find(|(_, n)| *n == best).map(|(f, _)| *f)?;
    let ambiguous = format == DateFormat::MonthFirst && reads(DateFormat::DayFirst) == best;
    Some(Detected { format, ambiguous })
}

/// Each distinct text parsed once: an export repeats a day's date (and often its times) on
/// many rows.
pub struct Memo<'a, T, F> {
    parsed: HashMap<&'a str, T>,
    parse: F,
}

impl<'a, T: Clone, F: Fn(&str) -> T> Memo<'a, T, F> {
    pub fn new(parse: F) -> Self {
        Memo {
            parsed: HashMap::new(),
            parse,
        }
    }

    pub fn get(&mut self, text: &'a str) -> T {
        if let Some(known) = self.parsed.get(text) {
            return known.clone();
        }
        let parsed = (self.parse)(text);
        self.parsed.insert(text, parsed.clone());
        parsed
    }
}

/// A date and time from separate date and time values.
pub fn combine(date: NaiveDate, time: Option<NaiveTime>, default: NaiveTime) -> NaiveDateTime {
    date.and_time(time.unwrap_or(default))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_listed_format_reads_its_example() {
        for f in DateFormat::ALL {
            assert_eq!(
                f.parse(f.example()).map(|x| x.date),
                Some(ymd(2020, 9, 22)),
                "{f:?}"
            );
        }
        assert_eq!(
            DateFormat::DayMonthName
                .parse("1st March 2021")
                .unwrap()
                .date,
            ymd(2021, 3, 1)
        );
        assert_eq!(
            DateFormat::MonthNameDay
                .parse("September 3, 2021")
                .unwrap()
                .date,
            ymd(2021, 9, 3)
        );
        let w = DateFormat::Iso.parse("2020-09-22T08:30:00").unwrap();
        assert_eq!(
            (w.date, w.time, w.zone),
            (ymd(2020, 9, 22), NaiveTime::from_hms_opt(8, 30, 0), None)
        );
        assert_eq!(parse_time("8:30 pm"), NaiveTime::from_hms_opt(20, 30, 0));
        assert_eq!(parse_time("12:05 am"), NaiveTime::from_hms_opt(0, 5, 0));
        assert_eq!(parse_time("25:00"), None);
    }

    #[test]
    fn a_time_with_its_zone_is_an_instant_in_every_spelling_web_apps_write() {
        let instant = |text: &str| {
            DateFormat::Iso
                .parse(text)
                .and_then(|w| w.instant())
                .map(|i| (i.to_rfc3339(), i.timestamp()))
        };
        let utc = "2026-04-01T00:00:00+00:00".to_owned();
        let at = 1_775_001_600;
        for text in [
            "2026-04-01 00:00:00 UTC",
            "2026-04-01T00:00:00Z",
            "2026-04-01T00:00:00.000Z",
            "2026-04-01 00:00:00 +0000",
            "2026-04-01 00:00:00+00:00",
            "2026-04-01 00:00:00 GMT",
            "2026-04-01 00:00 utc",
        ] {
            assert_eq!(instant(text), Some((utc.clone(), at)), "{text}");
        }
        assert_eq!(
            instant("2026-04-01 02:00:00 +02:00"),
            Some(("2026-04-01T02:00:00+02:00".into(), at))
        );
        assert_eq!(
            instant("2026-04-01T02:00:00+0200"),
            Some(("2026-04-01T02:00:00+02:00".into(), at))
        );
        assert_eq!(
            instant("2026-03-31 19:00:00 -05"),
            Some(("2026-03-31T19:00:00-05:00".into(), at))
        );
        assert_eq!(
            instant("2026-04-01 02:00:00 GMT+0200 (Central European Summer Time)"),
            Some(("2026-04-01T02:00:00+02:00".into(), at))
        );
        // The date as written, in its zone; a date's own "-22" is no zone.
        let w = DateFormat::Iso.parse("2020-09-22").unwrap();
        assert_eq!((w.date, w.zone), (ymd(2020, 9, 22), None));
        assert_eq!(
            DateFormat::Dotted.parse("22.09.2020 08:30 Z").unwrap().date,
            ymd(2020, 9, 22)
        );
        // Not zones: out of range, or without a time.
        assert_eq!(DateFormat::Iso.parse("2020-09-22 08:30 +2500"), None);
        assert_eq!(DateFormat::Iso.parse("2020-09-22 UTC"), None);
    }

    #[test]
    fn day_first_and_month_first_are_told_apart_by_the_values_or_said_to_be_ambiguous() {
        let us = ["09/22/2020", "10/01/2020"];
        assert_eq!(
            detect(us.iter().copied()).unwrap(),
            Detected {
                format: DateFormat::MonthFirst,
                ambiguous: false
            }
        );
        let eu = ["22/09/2020", "01/10/2020"];
        assert_eq!(
            detect(eu.iter().copied()).unwrap().format,
            DateFormat::DayFirst
        );
        let open = ["03/04/2020", "05/06/2020"];
        assert_eq!(
            detect(open.iter().copied()).unwrap(),
            Detected {
                format: DateFormat::MonthFirst,
                ambiguous: true
            }
        );
        assert_eq!(detect(["yesterday"].iter().copied()), None);
    }
}
