//! What a front end sends: plain values, checked here into the journal's typed values.
//!
//! The desktop app's commands take these, so every bad value — a rating of 11, a malformed
//! date, an unknown region — comes back as a typed [`Error`] naming the field, never as a
//! failure inside the IPC layer.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::Range;
use crate::model::{
    parse_date, CatalogueKind, DayStartHour, Detail, EntryDraft, EntryId, Filter, FollowUpMinutes,
    Key, Label, Minutes, Note, Rating, Region, RegionRating, RemedyUse, Settings, Theme, Timestamp,
};
use crate::model::{ClockTime, Day, Reminder, ReminderKind};

fn at<T>(field: &str, r: std::result::Result<T, crate::model::ValueError>) -> Result<T> {
    r.map_err(|e| Error::invalid(field, e))
}

fn rating(field: &str, v: Option<i32>) -> Result<Option<Rating>> {
    v.map(|v| at(field, Rating::new(i64::from(v)))).transpose()
}

fn minutes(field: &str, v: Option<i32>) -> Result<Option<Minutes>> {
    v.map(|v| at(field, Minutes::new(i64::from(v)))).transpose()
}

fn date(field: &str, v: &Option<String>) -> Result<Option<chrono::NaiveDate>> {
    v.as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(|s| at(field, parse_date(s)))
        .transpose()
}

fn key(field: &str, v: &str) -> Result<Key> {
    at(field, Key::new(v))
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RegionInput {
    pub key: String,
    pub rating: Option<i32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RemedyInput {
    pub key: String,
    pub minutes: Option<i32>,
    pub detail: Option<String>,
    pub rating_after: Option<i32>,
    pub after_minutes: Option<i32>,
}

/// A check-in as a form holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EntryInput {
    /// RFC 3339 with the UTC offset (`2026-11-24T08:30:00+01:00`), kept exactly as given; or a
    /// wall-clock time without one (`2026-11-24T08:30`), read in this computer's zone by the
    /// journal's one rule (`model::LocalTime`): the window sends the time as the person set it
    /// and never works out an offset itself.
    pub recorded_at: String,
    pub rating: i32,
    pub enjoyment: Option<i32>,
    pub activity: Option<i32>,
    pub regions: Vec<RegionInput>,
    pub causes: Vec<String>,
    pub remedies: Vec<RemedyInput>,
    pub note: Option<String>,
    /// Red flags reported with it, by key (`docs/safety.md`); an edit sends those it keeps.
    #[serde(default)]
    pub red_flags: Vec<String>,
}

impl EntryInput {
    pub fn to_draft(&self) -> Result<EntryDraft> {
        let mut draft = EntryDraft::new(
            at(
                "recorded_at",
                Timestamp::parse_local(&self.recorded_at, &chrono::Local),
            )?,
            at("rating", Rating::new(i64::from(self.rating)))?,
        );
        draft.enjoyment = rating("enjoyment", self.enjoyment)?;
        draft.activity = rating("activity", self.activity)?;
        draft.regions = self
            .regions
            .iter()
            .map(|r| {
                Ok(RegionRating {
                    region: at("regions", Region::from_key(&r.key))?,
                    rating: rating("region rating", r.rating)?,
                })
            })
            .collect::<Result<_>>()?;
        draft.causes = self
            .causes
            .iter()
            .map(|c| key("causes", c))
            .collect::<Result<_>>()?;
        draft.remedies = self
            .remedies
            .iter()
            .map(|u| {
                Ok(RemedyUse {
                    key: key("remedies", &u.key)?,
                    minutes: minutes("minutes", u.minutes)?,
                    detail: match &u.detail {
                        Some(d) => at("detail", Detail::new(d))?,
                        None => None,
                    },
                    rating_after: rating("rating after", u.rating_after)?,
                    after_minutes: minutes("after minutes", u.after_minutes)?,
                })
            })
            .collect::<Result<_>>()?;
        draft.note = match &self.note {
            Some(n) => at("note", Note::new(n))?,
            None => None,
        };
        draft.red_flags = red_flags(&self.red_flags)?;
        Ok(draft)
    }
}

/// Which entries to list; empty strings mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FilterInput {
    pub from: Option<String>,
    pub to: Option<String>,
    pub remedy: Option<String>,
    pub cause: Option<String>,
    pub region: Option<String>,
}

impl FilterInput {
    pub fn to_filter(&self) -> Result<Filter> {
        let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
        let filter = Filter {
            from: date("from", &self.from)?,
            to: date("to", &self.to)?,
            remedy: nonempty(&self.remedy)
                .map(|k| key("remedy", &k))
                .transpose()?,
            cause: nonempty(&self.cause)
                .map(|k| key("cause", &k))
                .transpose()?,
            region: nonempty(&self.region)
                .map(|k| at("region", Region::from_key(&k)))
                .transpose()?,
        };
        Range::new(filter.from, filter.to).map_err(|e| Error::invalid("from", e))?;
        Ok(filter)
    }
}

/// The longest "last N days": a hundred years.
const LAST_DAYS_MAX: u32 = 36_525;

/// A range of journal days; absent ends take the journal's first or last day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RangeInput {
    pub from: Option<String>,
    pub to: Option<String>,
    /// The last N journal days, today's included ("last 30 days"), counted as the CLI counts
    /// them: before the day-start hour, today is still yesterday's journal day. `from` and
    /// `to` are then not used.
    #[serde(default)]
    pub last_days: Option<u32>,
}

impl RangeInput {
    /// The range, `last_days` counted back from `today` (the journal's, [`crate::Journal::today`]).
    pub fn to_range_on(&self, today: chrono::NaiveDate) -> Result<Range> {
        match self.last_days {
            Some(n) if (1..=LAST_DAYS_MAX).contains(&n) => Ok(Range {
                from: Some(today - chrono::Duration::days(i64::from(n) - 1)),
                to: Some(today),
            }),
            Some(n) => Err(Error::invalid(
                "last days",
                crate::model::ValueError::new("rule-last-days")
                    .with("max", LAST_DAYS_MAX)
                    .with("got", n),
            )),
            None => self.to_range(),
        }
    }

    pub fn to_range(&self) -> Result<Range> {
        let (from, to) = (date("from", &self.from)?, date("to", &self.to)?);
        Range::new(from, to).map_err(|e| Error::invalid("from", e))
    }
}

pub fn entry_id(text: &str) -> Result<EntryId> {
    at("id", EntryId::parse(text))
}

pub fn label(text: &str) -> Result<Label> {
    at("name", Label::new(text))
}

pub fn day_start_hour(hour: i32) -> Result<DayStartHour> {
    at("day start hour", DayStartHour::new(i64::from(hour)))
}

/// A reminder as the Settings form holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReminderInput {
    /// `check_in` or `stretch`.
    pub kind: String,
    /// `HH:MM`, 24-hour.
    pub time: String,
    /// `mon` … `sun`.
    pub days: Vec<String>,
}

/// Every setting, as the Settings view holds them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SettingsInput {
    pub day_start_hour: i32,
    /// `system`, `light` or `dark`.
    pub theme: String,
    pub reminders: Vec<ReminderInput>,
    pub follow_up_minutes: i32,
    /// `system`, or one of Relief's languages: `en`, `de`, `es`, `fr`.
    pub language: String,
}

impl ReminderInput {
    fn to_reminder(&self, n: usize) -> Result<Reminder> {
        let field = format!("reminder {n}");
        let kind = at(&field, ReminderKind::parse(&self.kind))?;
        let time = at(&field, ClockTime::try_from(self.time.clone()))?;
        let days = self
            .days
            .iter()
            .map(|d| at(&field, Day::parse(d)))
            .collect::<Result<_>>()?;
        at(&field, Reminder::new(kind, time, days))
    }
}

impl SettingsInput {
    pub fn to_settings(&self) -> Result<Settings> {
        let settings = Settings {
            day_start_hour: day_start_hour(self.day_start_hour)?,
            theme: at("theme", Theme::parse(&self.theme))?,
            reminders: self
                .reminders
                .iter()
                .enumerate()
                .map(|(i, r)| r.to_reminder(i + 1))
                .collect::<Result<_>>()?,
            follow_up_minutes: at(
                "follow-up minutes",
                FollowUpMinutes::new(i64::from(self.follow_up_minutes)),
            )?,
            language: match self.language.as_str() {
                "system" => None,
                other => Some(at(
                    "language",
                    crate::i18n::Lang::parse(other).map_err(crate::model::ValueError),
                )?),
            },
        };
        at("reminders", settings.check())?;
        Ok(settings)
    }
}

/// Red flags by key, as the window sends them (`docs/safety.md`).
pub fn red_flags(keys: &[String]) -> Result<Vec<crate::model::RedFlag>> {
    keys.iter()
        .map(|f| at("red_flags", crate::model::RedFlag::from_key(f)))
        .collect()
}

pub fn catalogue_key(kind: CatalogueKind, text: &str) -> Result<Key> {
    at(kind.name(), Key::new(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_values_name_their_field() {
        let mut input = EntryInput {
            recorded_at: "2026-11-24T08:30:00+01:00".into(),
            rating: 11,
            ..EntryInput::default()
        };
        assert!(input
            .to_draft()
            .unwrap_err()
            .to_string()
            .starts_with("rating:"));
        input.rating = 4;
        input.regions = vec![RegionInput {
            key: "elbow".into(),
            rating: None,
        }];
        assert!(input
            .to_draft()
            .unwrap_err()
            .to_string()
            .starts_with("regions:"));
        input.regions.clear();
        input.note = Some("x".repeat(2001));
        assert!(input
            .to_draft()
            .unwrap_err()
            .to_string()
            .starts_with("note:"));
        input.note = Some("   ".into());
        assert_eq!(input.to_draft().unwrap().note, None);
        let filter = FilterInput {
            from: Some("2026-02-30".into()),
            ..FilterInput::default()
        };
        assert!(filter.to_filter().is_err());
        let range = RangeInput {
            from: Some("2026-03-02".into()),
            to: Some("2026-03-01".into()),
            last_days: None,
        };
        assert!(range.to_range().is_err());
    }

    #[test]
    fn settings_input_checks_each_field() {
        let good = SettingsInput {
            day_start_hour: 4,
            theme: "dark".into(),
            reminders: vec![ReminderInput {
                kind: "stretch".into(),
                time: "10:30".into(),
                days: vec!["mon".into(), "fri".into()],
            }],
            follow_up_minutes: 45,
            language: "de".into(),
        };
        let settings = good.to_settings().unwrap();
        assert_eq!(settings.language, Some(crate::i18n::Lang::De));
        assert_eq!(settings.theme, Theme::Dark);
        assert_eq!(settings.reminders[0].days, vec![Day::Mon, Day::Fri]);
        assert_eq!(settings.follow_up_minutes.get(), 45);
        let fails = |change: &dyn Fn(&mut SettingsInput)| {
            let mut input = good.clone();
            change(&mut input);
            input.to_settings().unwrap_err().to_string()
        };
        assert!(fails(&|i| i.theme = "neon".into()).starts_with("theme:"));
        assert!(fails(&|i| i.language = "klingon".into()).starts_with("language:"));
        let system = SettingsInput {
            language: "system".into(),
            ..good.clone()
        };
        assert_eq!(system.to_settings().unwrap().language, None);
        assert!(fails(&|i| i.day_start_hour = 13).starts_with("day start hour:"));
        assert!(fails(&|i| i.follow_up_minutes = -1).starts_with("follow-up minutes:"));
        assert!(fails(&|i| i.reminders[0].time = "25:00".into()).starts_with("reminder 1:"));
        assert!(
            fails(&|i| i.reminders[0].kind = "nap".into()).contains("'nap' is not a reminder kind")
        );
        assert!(fails(&|i| i.reminders[0].days = vec!["mo".into()]).contains("'mo'"));
        assert!(fails(&|i| i.reminders[0].days.clear()).contains("no weekdays"));
        assert!(
            fails(&|i| i.reminders = vec![i.reminders[0].clone(); 49]).starts_with("reminders:")
        );
    }
}
