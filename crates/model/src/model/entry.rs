//! A check-in: its ratings, regions, causes and remedy uses, before and after it is saved.
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{DayStartHour, Detail, Key, Note, Region, Timestamp, ValueError};

/// Longest session or delay, in minutes: one day.
pub const MINUTES_MAX: u16 = 24 * 60;

bounded_int!(
    /// Soreness on the 0–10 numeric rating scale (0 = none, 10 = worst imaginable). Also used for
    /// the PEG interference questions, which share the scale.
    Rating(u8, "u8"),
    max = 10,
    must_be = "rule-rating"
);

bounded_int!(
    /// A duration in whole minutes, 0 to one day.
    Minutes(u16, "u16"),
    max = MINUTES_MAX,
    must_be = "rule-minutes"
);

/// The stable id of an entry (a UUID), used by exports, imports and the CLI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EntryId(Uuid);

impl EntryId {
    pub fn random() -> Self {
        EntryId(Uuid::new_v4())
    }

    pub fn from_uuid(uuid: Uuid) -> Self {
        EntryId(uuid)
    }

    /// An id derived from content, for rows written by hand without one: the same row always
    /// gets the same id, so importing it twice adds it once.
    pub fn derived(content: &[u8]) -> Self {
        const NAMESPACE: Uuid = Uuid::from_u128(0x5f2b_3e9c_1d47_4a8e_9b61_72c4_0e8d_3a15);
        EntryId(Uuid::new_v5(&NAMESPACE, content))
    }

    pub fn parse(text: &str) -> Result<Self, ValueError> {
        Uuid::parse_str(text.trim()).map(EntryId).map_err(|_| {
            ValueError::new("rule-entry-id").with("got", text.escape_debug().to_string())
        })
    }

    pub fn short(self) -> String {
        self.0.simple().to_string()[..8].to_owned()
    }
}

impl TryFrom<String> for EntryId {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        EntryId::parse(&text)
    }
}

impl From<EntryId> for String {
    fn from(id: EntryId) -> String {
        id.to_string()
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// A sore region of an entry, with its own rating when the person gave one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RegionRating {
    #[serde(rename = "key")]
    pub region: Region,
    #[serde(default)]
    pub rating: Option<Rating>,
}

/// One remedy tried at a check-in, and — when measured — how sore the person was afterwards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RemedyUse {
    pub key: Key,
    #[serde(default)]
    pub minutes: Option<Minutes>,
    #[serde(default)]
    pub detail: Option<Detail>,
    /// Soreness measured after the session.
    #[serde(default)]
    pub rating_after: Option<Rating>,
    /// How long after the session `rating_after` was measured.
    #[serde(default)]
    pub after_minutes: Option<Minutes>,
}

impl RemedyUse {
    /// How the CLI, the report and the app's History write it, in `m`'s language: `heat 15 min
    /// (hot water bottle) → 2 after 30 min`, with `name` for the remedy. The UI's
    /// `remedyUseText` says it with the same messages.
    pub fn describe(&self, name: &str, m: &crate::i18n::Messages) -> String {
        use crate::i18n::Value::Count;
        let mut text = name.to_owned();
        if let Some(minutes) = self.minutes {
            let minutes = Count(i64::from(minutes.get()));
            text.push(' ');
            text.push_str(&m.get("use-minutes", &[("minutes", minutes)]));
        }
        if let Some(d) = &self.detail {
            text.push_str(&format!(" ({})", d.as_str()));
        }
        if let Some(after) = self.rating_after {
            let rating = Count(i64::from(after.get()));
            text.push(' ');
            text.push_str(&match self.after_minutes {
                Some(minutes) => m.get(
                    "use-after-minutes",
                    &[
                        ("rating", rating),
                        ("minutes", Count(i64::from(minutes.get()))),
                    ],
                ),
                None => m.get("use-after", &[("rating", rating)]),
            });
        }
        text
    }

    pub fn new(key: Key) -> Self {
        RemedyUse {
            key,
            minutes: None,
            detail: None,
            rating_after: None,
            after_minutes: None,
        }
    }
}

/// Everything a check-in says, before it has an id: what `add` and `edit` take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryDraft {
    pub recorded_at: Timestamp,
    pub rating: Rating,
    /// PEG: how much soreness interfered with enjoyment of life (0–10).
    pub enjoyment: Option<Rating>,
    /// PEG: how much soreness interfered with general activity (0–10).
    pub activity: Option<Rating>,
    pub regions: Vec<RegionRating>,
    pub causes: Vec<Key>,
    pub remedies: Vec<RemedyUse>,
    pub note: Option<Note>,
    /// Signs reported with the soreness that need a doctor (`docs/safety.md`).
    pub red_flags: Vec<super::RedFlag>,
}

impl EntryDraft {
    pub fn new(recorded_at: Timestamp, rating: Rating) -> Self {
        EntryDraft {
            recorded_at,
            rating,
            enjoyment: None,
            activity: None,
            regions: Vec::new(),
            causes: Vec::new(),
            remedies: Vec::new(),
            note: None,
            red_flags: Vec::new(),
        }
    }

    /// Rules that span fields: no region or cause twice, no after-delay without an after-rating.
    pub fn check(&self) -> Result<(), (String, ValueError)> {
        for (i, r) in self.regions.iter().enumerate() {
            if self.regions[..i].iter().any(|o| o.region == r.region) {
                return Err((
                    "regions".into(),
                    ValueError::new("rule-listed-twice").with("got", r.region.key()),
                ));
            }
        }
        for (i, c) in self.causes.iter().enumerate() {
            if self.causes[..i].contains(c) {
                return Err((
                    "causes".into(),
                    ValueError::new("rule-listed-twice").with("got", c.to_string()),
                ));
            }
        }
        for (i, f) in self.red_flags.iter().enumerate() {
            if self.red_flags[..i].contains(f) {
                return Err((
                    "red_flags".into(),
                    ValueError::new("rule-listed-twice").with("got", f.key()),
                ));
            }
        }
        for use_ in &self.remedies {
            if use_.after_minutes.is_some() && use_.rating_after.is_none() {
                return Err((
                    format!("remedy {}", use_.key),
                    ValueError::new("rule-after-without-rating"),
                ));
            }
        }
        Ok(())
    }
}

/// A saved check-in. Serialises to exactly the entry shape of the JSON export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Entry {
    pub id: EntryId,
    pub recorded_at: Timestamp,
    pub journal_day: NaiveDate,
    pub rating: Rating,
    pub enjoyment: Option<Rating>,
    pub activity: Option<Rating>,
    pub regions: Vec<RegionRating>,
    pub causes: Vec<Key>,
    pub note: Option<Note>,
    pub remedies: Vec<RemedyUse>,
    /// Where an imported check-in came from (another app's export); absent for Relief's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<EntrySource>,
    /// Red flags reported with it (`docs/safety.md`); absent when none were.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub red_flags: Vec<super::RedFlag>,
}

/// The app and file an imported check-in came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EntrySource {
    /// `bearable`, `flaredown` or `csv`.
    pub app: String,
    /// The file's name (not its folder).
    pub file: String,
}

impl Entry {
    /// The entry a draft becomes, counted toward the journal day its time falls on.
    pub fn new(id: EntryId, draft: EntryDraft, day_start: DayStartHour) -> Entry {
        Entry {
            id,
            journal_day: draft.recorded_at.journal_day(day_start),
            recorded_at: draft.recorded_at,
            rating: draft.rating,
            enjoyment: draft.enjoyment,
            activity: draft.activity,
            regions: draft.regions,
            causes: draft.causes,
            note: draft.note,
            remedies: draft.remedies,
            source: None,
            red_flags: draft.red_flags,
        }
    }

    pub fn to_draft(&self) -> EntryDraft {
        EntryDraft {
            recorded_at: self.recorded_at,
            rating: self.rating,
            enjoyment: self.enjoyment,
            activity: self.activity,
            regions: self.regions.clone(),
            causes: self.causes.clone(),
            remedies: self.remedies.clone(),
            note: self.note.clone(),
            red_flags: self.red_flags.clone(),
        }
    }
}

/// Which entries to list. Dates are journal days, both ends included.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub remedy: Option<Key>,
    pub cause: Option<Key>,
    pub region: Option<Region>,
}
