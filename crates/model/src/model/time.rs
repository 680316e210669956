//! Moments and dates: a check-in's [`Timestamp`] with its UTC offset, and calendar dates.
use std::fmt;

use chrono::{
    DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, SecondsFormat,
    TimeZone, Timelike,
};
use serde::{Deserialize, Serialize};

use super::{DayStartHour, ValueError};

/// A wall-clock time in a time zone, read the one way Relief reads every such time — a check-in
/// typed in the app, a reminder's time, an imported row without an offset, the CLI's `--at`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalTime {
    /// It happens once.
    Once(DateTime<FixedOffset>),
    /// The clocks went back over it: it happens twice.
    Twice {
        first: DateTime<FixedOffset>,
        second: DateTime<FixedOffset>,
    },
    /// The clocks went forward over it: it does not happen. `gap_end` is the first moment
    /// after the gap; `offset_before` the offset in force just before it.
    Skipped {
        gap_end: DateTime<FixedOffset>,
        offset_before: FixedOffset,
    },
    /// The whole day was skipped (Samoa, 30 December 2011).
    Never,
}

impl LocalTime {
    /// What `local` is in `tz`.
    pub fn of<Tz: TimeZone>(local: NaiveDateTime, tz: &Tz) -> LocalTime {
        let fixed = |t: DateTime<Tz>| t.fixed_offset();
        match tz.from_local_datetime(&local) {
            LocalResult::Single(at) => LocalTime::Once(fixed(at)),
            LocalResult::Ambiguous(a, b) => LocalTime::Twice {
                first: fixed(a),
                second: fixed(b),
            },
            LocalResult::None => {
                // Gaps are an hour almost everywhere (half an hour on Lord Howe Island).
                let gap_end = (1..=3 * 60)
                    .map(|m| local + Duration::minutes(m))
                    .find_map(|t| tz.from_local_datetime(&t).earliest())
                    .map(fixed);
                let offset_before = tz
                    .from_local_datetime(&(local - Duration::hours(3)))
                    .earliest()
                    .map(|t| *fixed(t).offset());
                match (gap_end, offset_before) {
                    (Some(gap_end), Some(offset_before)) => LocalTime::Skipped {
                        gap_end,
                        offset_before,
                    },
                    _ => LocalTime::Never,
                }
            }
        }
    }

    /// The rule: a time that happens twice is taken the first time; one the clocks skipped
    /// becomes the end of the gap; `None` for a day that never was.
    pub fn instant(self) -> Option<DateTime<FixedOffset>> {
        match self {
            LocalTime::Once(at) | LocalTime::Twice { first: at, .. } => Some(at),
            LocalTime::Skipped { gap_end, .. } => Some(gap_end),
            LocalTime::Never => None,
        }
    }
}

/// When a check-in was made, in the person's local time with its UTC offset, to the second.
/// The offset is kept: 08:00 in Lisbon stays 08:00 after a move to Berlin.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Timestamp(DateTime<FixedOffset>);

impl Timestamp {
    /// Truncates to whole seconds, the journal's precision.
    pub fn new(at: DateTime<FixedOffset>) -> Self {
        Timestamp(at.with_nanosecond(0).unwrap_or(at))
    }

    /// RFC 3339 with an offset: `2026-11-24T08:30:00+01:00` (or `Z`).
    pub fn parse(text: &str) -> Result<Self, ValueError> {
        let text = text.trim();
        DateTime::parse_from_rfc3339(text)
            .map(Timestamp::new)
            .map_err(|_| {
                ValueError::new("rule-timestamp").with("got", text.escape_debug().to_string())
            })
    }

    /// RFC 3339 as [`Timestamp::parse`] reads it, or a wall-clock time without an offset
    /// (`2026-11-24T08:30`, seconds optional) read in `tz` by the one rule, [`LocalTime`].
    pub fn parse_local<Tz: TimeZone>(text: &str, tz: &Tz) -> Result<Self, ValueError> {
        if let Ok(t) = Timestamp::parse(text) {
            return Ok(t);
        }
        let text = text.trim();
        ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
            .and_then(|local| LocalTime::of(local, tz).instant())
            .map(Timestamp::new)
            .ok_or_else(|| {
                ValueError::new("rule-timestamp").with("got", text.escape_debug().to_string())
            })
    }

    pub fn datetime(self) -> DateTime<FixedOffset> {
        self.0
    }

    pub fn unix(self) -> i64 {
        self.0.timestamp()
    }

    /// The date this moment counts toward: before `day_start_hour` (local time) it still
    /// belongs to the previous day, so a 00:30 check-in closes the evening before.
    pub fn journal_day(self, day_start: DayStartHour) -> NaiveDate {
        let local = self.0.naive_local() - chrono::Duration::hours(i64::from(day_start.get()));
        local.date()
    }

    pub fn to_rfc3339(self) -> String {
        self.0.to_rfc3339_opts(SecondsFormat::Secs, false)
    }
}

impl TryFrom<String> for Timestamp {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Timestamp::parse(&text)
    }
}

impl From<Timestamp> for String {
    fn from(t: Timestamp) -> String {
        t.to_rfc3339()
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

/// Parses a calendar date `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<NaiveDate, ValueError> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| ValueError::new("rule-date").with("got", text.escape_debug().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_reads_a_wall_clock_time_once_twice_or_never() {
        // Berlin: clocks forward at 02:00 on 29 March 2026, back at 03:00 on 25 October.
        let tz = chrono_tz::Europe::Berlin;
        let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        assert_eq!(
            LocalTime::of(t("2026-06-01 08:30"), &tz).instant(),
            Some(at("2026-06-01T08:30:00+02:00"))
        );
        assert_eq!(
            LocalTime::of(t("2026-10-25 02:30"), &tz).instant(),
            Some(at("2026-10-25T02:30:00+02:00")),
            "a time that happens twice: the first"
        );
        let skipped = LocalTime::of(t("2026-03-29 02:30"), &tz);
        assert_eq!(
            skipped.instant(),
            Some(at("2026-03-29T03:00:00+02:00")),
            "the gap's end"
        );
        assert!(matches!(skipped, LocalTime::Skipped { offset_before, .. }
            if offset_before.local_minus_utc() == 3600));
        // Samoa skipped 30 December 2011 whole.
        let samoa = chrono_tz::Pacific::Apia;
        assert_eq!(
            LocalTime::of(t("2011-12-30 12:00"), &samoa),
            LocalTime::Never
        );
        // A time with its offset is kept byte for byte, whatever the zone here.
        let kept = Timestamp::parse_local("2026-03-10T08:15:42+09:00", &tz).unwrap();
        assert_eq!(kept.to_rfc3339(), "2026-03-10T08:15:42+09:00");
        let local = Timestamp::parse_local("2026-10-25T02:30", &tz).unwrap();
        assert_eq!(local.to_rfc3339(), "2026-10-25T02:30:00+02:00");
        assert!(Timestamp::parse_local("2026-03-10 8h", &tz).is_err());
    }
}
