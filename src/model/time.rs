//! Moments and dates: a check-in's [`Timestamp`] with its UTC offset, and calendar dates.
use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, Timelike};
use serde::{Deserialize, Serialize};

use super::{DayStartHour, ValueError};

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
