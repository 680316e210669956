//! Reminder values: what a reminder asks for, at what time of day and on which weekdays.
//! When they fire is [`crate::schedule`]'s business.
use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::ValueError;

/// What a reminder asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum ReminderKind {
    CheckIn,
    Stretch,
}

impl ReminderKind {
    /// `check-in` (or `check_in`, as in files) or `stretch`.
    pub fn parse(text: &str) -> Result<ReminderKind, ValueError> {
        match text.trim() {
            "check-in" | "check_in" | "checkin" => Ok(ReminderKind::CheckIn),
            "stretch" => Ok(ReminderKind::Stretch),
            other => Err(ValueError::new("rule-reminder-kind").with("got", other)),
        }
    }
}

/// A day of the week, `"mon"` … `"sun"` in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    pub const ALL: [Day; 7] = [
        Day::Mon,
        Day::Tue,
        Day::Wed,
        Day::Thu,
        Day::Fri,
        Day::Sat,
        Day::Sun,
    ];

    /// `"mon"` … `"sun"`.
    pub fn short(self) -> &'static str {
        match self {
            Day::Mon => "mon",
            Day::Tue => "tue",
            Day::Wed => "wed",
            Day::Thu => "thu",
            Day::Fri => "fri",
            Day::Sat => "sat",
            Day::Sun => "sun",
        }
    }

    /// `"mon"` … `"sun"`, any case.
    pub fn parse(text: &str) -> Result<Day, ValueError> {
        let wanted = text.trim().to_lowercase();
        Day::ALL
            .into_iter()
            .find(|day| day.short() == wanted)
            .ok_or_else(|| ValueError::new("rule-weekday").with("got", text))
    }

    pub(crate) fn of(date: NaiveDate) -> Day {
        Day::ALL[date.weekday().num_days_from_monday() as usize]
    }
}

/// A time of day to the minute, `"HH:MM"` (24-hour) in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ClockTime(NaiveTime);

impl ClockTime {
    pub fn new(hour: u32, minute: u32) -> Result<ClockTime, ValueError> {
        NaiveTime::from_hms_opt(hour, minute, 0)
            .map(ClockTime)
            .ok_or_else(|| {
                ValueError::new("rule-clock").with("got", format!("{hour:02}:{minute:02}"))
            })
    }

    pub fn time(self) -> NaiveTime {
        self.0
    }
}

impl TryFrom<String> for ClockTime {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        let bad = || ValueError::new("rule-clock-text").with("got", &text);
        let (h, m) = text.split_once(':').ok_or_else(bad)?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return Err(bad());
        }
        let hour: u32 = h.parse().map_err(|_| bad())?;
        let minute: u32 = m.parse().map_err(|_| bad())?;
        ClockTime::new(hour, minute).map_err(|_| bad())
    }
}

impl From<ClockTime> for String {
    fn from(t: ClockTime) -> String {
        t.0.format("%H:%M").to_string()
    }
}

impl std::fmt::Display for ClockTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%H:%M"))
    }
}

/// "Remind me to … at TIME on DAYS."
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Reminder {
    pub kind: ReminderKind,
    pub time: ClockTime,
    /// The weekdays it fires on; at least one, each at most once.
    pub days: Vec<Day>,
}

/// At most this many reminders: several stretch breaks a day across the week fit easily.
pub const MAX_REMINDERS: usize = 48;

impl Reminder {
    /// A reminder, checked (see [`Reminder::check`]).
    pub fn new(
        kind: ReminderKind,
        time: ClockTime,
        days: Vec<Day>,
    ) -> Result<Reminder, ValueError> {
        let reminder = Reminder { kind, time, days };
        reminder.check()?;
        Ok(reminder)
    }

    /// Every weekday at `time`.
    pub fn daily(kind: ReminderKind, time: ClockTime) -> Reminder {
        Reminder {
            kind,
            time,
            days: Day::ALL.to_vec(),
        }
    }

    pub fn check(&self) -> Result<(), ValueError> {
        if self.days.is_empty() {
            return Err(
                ValueError::new("rule-reminder-no-days").with("time", self.time.to_string())
            );
        }
        let mut seen = self.days.clone();
        seen.sort();
        seen.dedup();
        if seen.len() != self.days.len() {
            return Err(
                ValueError::new("rule-reminder-day-twice").with("time", self.time.to_string())
            );
        }
        Ok(())
    }
}

/// `KIND@HH:MM[:DAYS]`, the way the CLI writes a reminder: `stretch@10:30:mon,tue,wed,thu,fri`,
/// `check-in@20:00` (every day).
impl std::str::FromStr for Reminder {
    type Err = ValueError;
    fn from_str(text: &str) -> Result<Reminder, ValueError> {
        let shape = || ValueError::new("rule-reminder").with("got", text);
        let (kind, rest) = text.trim().split_once('@').ok_or_else(shape)?;
        let kind = ReminderKind::parse(kind)?;
        // HH:MM, then optionally :DAYS.
        let (time, days) = match rest.match_indices(':').nth(1) {
            Some((i, _)) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let time = ClockTime::try_from(time.to_string())?;
        let days = match days {
            None => Day::ALL.to_vec(),
            Some(list) => list.split(',').map(Day::parse).collect::<Result<_, _>>()?,
        };
        Reminder::new(kind, time, days)
    }
}

impl std::fmt::Display for Reminder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            ReminderKind::CheckIn => "check-in",
            ReminderKind::Stretch => "stretch",
        };
        let days: Vec<&str> = self.days.iter().map(|d| d.short()).collect();
        write!(f, "{kind}@{}:{}", self.time, days.join(","))
    }
}
