//! The journal's vocabulary: typed values that are valid by construction.
//!
//! A [`Rating`] is 0–10, a [`Note`] is bounded, a [`Region`] comes from the fixed list. Everything
//! that enters the journal — from the CLI, an import or the desktop app — passes through these
//! types, so the store never sees a value it would have to reject.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, Timelike};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Why a value was refused. The message names the rule and the offending value; callers add the
/// field it came from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ValueError(pub String);

fn value_error(message: impl Into<String>) -> ValueError {
    ValueError(message.into())
}

/// Longest note, in characters. A paragraph or two; the journal is not a diary.
pub const NOTE_MAX_CHARS: usize = 2000;
/// Longest remedy detail ("massage ball", "therapist"), in characters.
pub const DETAIL_MAX_CHARS: usize = 200;
/// Longest remedy or cause name, in characters.
pub const LABEL_MAX_CHARS: usize = 60;
/// Longest catalogue key, in characters.
pub const KEY_MAX_CHARS: usize = 40;
/// Longest session or delay, in minutes: one day.
pub const MINUTES_MAX: u16 = 24 * 60;

/// A whole number within fixed bounds, checked once where it enters: `new` (and `parse` for
/// text) refuses anything else with a message saying what is allowed. Stored and sent as the
/// plain number.
macro_rules! bounded_int {
    ($(#[$meta:meta])* $name:ident($repr:ident, $repr_name:literal), max = $max:expr, must_be = $what:literal, default = $default:expr) => {
        bounded_int!($(#[$meta])* $name($repr, $repr_name), max = $max, must_be = $what);

        impl $name {
            pub const DEFAULT: $name = $name($default);
        }

        impl Default for $name {
            fn default() -> Self {
                Self::DEFAULT
            }
        }
    };
    ($(#[$meta:meta])* $name:ident($repr:ident, $repr_name:literal), max = $max:expr, must_be = $what:literal) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "i64", into = $repr_name)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        pub struct $name($repr);

        impl $name {
            pub const MAX: $repr = $max;

            pub fn new(value: i64) -> Result<Self, ValueError> {
                match $repr::try_from(value) {
                    Ok(v) if v <= Self::MAX => Ok($name(v)),
                    _ => Err(value_error(format!(concat!("must be ", $what, ", got {}"), value))),
                }
            }

            pub fn get(self) -> $repr {
                self.0
            }

            /// Parses "7"; refuses "7.5", "seven" and numbers out of bounds.
            pub fn parse(text: &str) -> Result<Self, ValueError> {
                let text = text.trim();
                match text.parse::<i64>() {
                    Ok(v) => Self::new(v),
                    Err(_) => Err(value_error(format!(concat!("must be ", $what, ", got '{}'"), text))),
                }
            }
        }

        impl TryFrom<i64> for $name {
            type Error = ValueError;
            fn try_from(value: i64) -> Result<Self, ValueError> {
                $name::new(value)
            }
        }

        impl From<$name> for $repr {
            fn from(v: $name) -> $repr {
                v.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

bounded_int!(
    /// Soreness on the 0–10 numeric rating scale (0 = none, 10 = worst imaginable). Also used for
    /// the PEG interference questions, which share the scale.
    Rating(u8, "u8"),
    max = 10,
    must_be = "a whole number from 0 to 10"
);

bounded_int!(
    /// A duration in whole minutes, 0 to one day.
    Minutes(u16, "u16"),
    max = MINUTES_MAX,
    must_be = "a whole number of minutes from 0 to 1440"
);

/// Refuses control characters other than those `allow` lets through: they have no place in a
/// note or a name, and a NUL or an escape sequence in a terminal is a classic hostile input.
/// Characters that show nothing: format controls (zero-width space, joiners, direction marks,
/// the byte-order mark), variation selectors and the Hangul fillers.
fn is_invisible(c: char) -> bool {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    c.general_category() == GeneralCategory::Format
        || matches!(c, '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{180B}'..='\u{180F}'
            | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FFA0}' | '\u{E0100}'..='\u{E01EF}')
}

fn check_controls(text: &str, allow_newlines: bool) -> Result<(), ValueError> {
    for c in text.chars() {
        let ok = !c.is_control() || (allow_newlines && matches!(c, '\n' | '\r' | '\t'));
        if !ok {
            return Err(value_error(format!(
                "contains the control character U+{:04X}",
                u32::from(c)
            )));
        }
    }
    Ok(())
}

/// Free text of an entry. Never empty (an absent note is `None`), at most [`NOTE_MAX_CHARS`]
/// characters. Markup is kept as typed and always shown as text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Note(String);

impl Note {
    /// `Ok(None)` for blank text: a note of spaces is no note.
    pub fn new(text: &str) -> Result<Option<Self>, ValueError> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        let count = text.chars().count();
        if count > NOTE_MAX_CHARS {
            return Err(value_error(format!(
                "is {count} characters long; the limit is {NOTE_MAX_CHARS}"
            )));
        }
        check_controls(text, true)?;
        Ok(Some(Note(text.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Note {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Note::new(&text)?.ok_or_else(|| value_error("is empty; leave it out or use null"))
    }
}

impl From<Note> for String {
    fn from(n: Note) -> String {
        n.0
    }
}

/// How a remedy was done: "massage ball", "therapist", "hot water bottle". One line.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Detail(String);

impl Detail {
    pub fn new(text: &str) -> Result<Option<Self>, ValueError> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let count = text.chars().count();
        if count > DETAIL_MAX_CHARS {
            return Err(value_error(format!(
                "is {count} characters long; the limit is {DETAIL_MAX_CHARS}"
            )));
        }
        check_controls(text, false)?;
        Ok(Some(Detail(text.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Detail {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Detail::new(&text)?.ok_or_else(|| value_error("is empty; leave it out or use null"))
    }
}

impl From<Detail> for String {
    fn from(d: Detail) -> String {
        d.0
    }
}

/// The name people see for a remedy or cause ("Foam rolling"). Unique per catalogue, ignoring case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Label(String);

impl Label {
    /// A new name: besides [`Label::stored`]'s rules, no invisible characters (a zero-width
    /// space would make "Heat" and "Heat\u{200b}" look like one name but be two).
    pub fn new(text: &str) -> Result<Self, ValueError> {
        let label = Label::stored(text)?;
        if let Some(c) = label.0.chars().find(|&c| is_invisible(c)) {
            return Err(value_error(format!(
                "contains an invisible character (U+{:04X}); type the name without it",
                u32::from(c)
            )));
        }
        Ok(label)
    }

    /// A name as a journal may already hold it (kept readable even if it predates the rule
    /// against invisible characters).
    pub fn stored(text: &str) -> Result<Self, ValueError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(value_error("is empty"));
        }
        let count = text.chars().count();
        if count > LABEL_MAX_CHARS {
            return Err(value_error(format!(
                "is {count} characters long; the limit is {LABEL_MAX_CHARS}"
            )));
        }
        check_controls(text, false)?;
        Ok(Label(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form compared for uniqueness: "Massage", "MASSAGE" and full-width "Ｍａｓｓａｇｅ"
    /// are one name (Unicode compatibility caseless matching, D146: NFKD of the case fold of
    /// NFKD of the case fold of NFD).
    pub fn folded(&self) -> String {
        use caseless::Caseless;
        use unicode_normalization::UnicodeNormalization;
        self.0
            .nfd()
            .default_case_fold()
            .nfkd()
            .default_case_fold()
            .nfkd()
            .collect()
    }
}

impl TryFrom<String> for Label {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Label::new(&text)
    }
}

impl From<Label> for String {
    fn from(l: Label) -> String {
        l.0
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The stable identifier of a remedy or cause (`foam_rolling`): lowercase ASCII letters, digits
/// and `_`, starting with a letter. Exports refer to items by key, so renaming never breaks them.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Key(String);

impl Key {
    pub fn new(text: &str) -> Result<Self, ValueError> {
        let ok_chars = text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        let starts_with_letter = text.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        if !ok_chars || !starts_with_letter || text.len() > KEY_MAX_CHARS {
            return Err(value_error(format!(
                "'{}' is not a valid key (lowercase letters, digits and _, starting with a letter, at most {KEY_MAX_CHARS})",
                text.escape_debug()
            )));
        }
        Ok(Key(text.to_owned()))
    }

    /// A key made from a name: "Foam rolling" → `foam_rolling`. `None` when nothing usable is
    /// left (a name in another script); the store then numbers the key.
    pub fn slug(label: &str) -> Option<Self> {
        let mut out = String::new();
        for c in label.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
        }
        let trimmed: String = out
            .trim_end_matches('_')
            .chars()
            .take(KEY_MAX_CHARS - 4)
            .collect();
        let trimmed = trimmed.trim_end_matches('_');
        let keyed = if trimmed.starts_with(|c: char| c.is_ascii_digit()) {
            format!("n{trimmed}")
        } else {
            trimmed.to_owned()
        };
        Key::new(&keyed).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Key {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Key::new(&text)
    }
}

impl From<Key> for String {
    fn from(k: Key) -> String {
        k.0
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Which side of the body map a region is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum BodySide {
    Front,
    Back,
}

macro_rules! regions {
    ($( $variant:ident => $key:literal, $label:literal, $side:ident; )*) => {
        /// A body region from the fixed list. The order is the order of pickers and of exports:
        /// the upper back first, because that is where Relief's people hurt most.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        #[serde(rename_all = "snake_case")]
        pub enum Region { $( $variant, )* }

        impl Region {
            pub const ALL: &'static [Region] = &[ $( Region::$variant, )* ];

            pub fn key(self) -> &'static str {
                match self { $( Region::$variant => $key, )* }
            }

            pub fn label(self) -> &'static str {
                match self { $( Region::$variant => $label, )* }
            }

            pub fn side(self) -> BodySide {
                match self { $( Region::$variant => BodySide::$side, )* }
            }

            pub fn from_key(key: &str) -> Result<Region, ValueError> {
                match key.trim() {
                    $( $key => Ok(Region::$variant), )*
                    other => Err(value_error(format!(
                        "unknown body region '{}' (known: {})",
                        other.escape_debug(),
                        Region::ALL.iter().map(|r| r.key()).collect::<Vec<_>>().join(", ")
                    ))),
                }
            }
        }
    };
}

regions! {
    BetweenShoulderBlades => "between_shoulder_blades", "Between the shoulder blades", Back;
    UpperBackLeft => "upper_back_left", "Upper back, left", Back;
    UpperBackRight => "upper_back_right", "Upper back, right", Back;
    Neck => "neck", "Neck", Back;
    ShoulderLeft => "shoulder_left", "Shoulder, left", Back;
    ShoulderRight => "shoulder_right", "Shoulder, right", Back;
    MidBack => "mid_back", "Mid back", Back;
    LowerBack => "lower_back", "Lower back", Back;
    HipLeft => "hip_left", "Hip, left", Back;
    HipRight => "hip_right", "Hip, right", Back;
    Head => "head", "Head", Front;
    Jaw => "jaw", "Jaw", Front;
    Chest => "chest", "Chest", Front;
    ArmLeft => "arm_left", "Arm, left", Front;
    ArmRight => "arm_right", "Arm, right", Front;
    HandLeft => "hand_left", "Hand or wrist, left", Front;
    HandRight => "hand_right", "Hand or wrist, right", Front;
    LegLeft => "leg_left", "Leg, left", Front;
    LegRight => "leg_right", "Leg, right", Front;
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
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
                value_error(format!(
                    "'{}' is not a date and time with a UTC offset, e.g. 2026-11-24T08:30:00+01:00",
                    text.escape_debug()
                ))
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

bounded_int!(
    /// The hour (local time, 0–12) at which a new journal day begins. Default 3: a check-in at
    /// 01:00 after a late evening belongs to that evening.
    DayStartHour(u8, "u8"),
    max = 12,
    must_be = "an hour from 0 to 12",
    default = 3
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
            value_error(format!(
                "'{}' is not an entry id (a UUID)",
                text.escape_debug()
            ))
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
        }
    }

    /// Rules that span fields: no region or cause twice, no after-delay without an after-rating.
    pub fn check(&self) -> Result<(), (String, ValueError)> {
        for (i, r) in self.regions.iter().enumerate() {
            if self.regions[..i].iter().any(|o| o.region == r.region) {
                return Err((
                    "regions".into(),
                    value_error(format!("'{}' is listed twice", r.region)),
                ));
            }
        }
        for (i, c) in self.causes.iter().enumerate() {
            if self.causes[..i].contains(c) {
                return Err((
                    "causes".into(),
                    value_error(format!("'{c}' is listed twice")),
                ));
            }
        }
        for use_ in &self.remedies {
            if use_.after_minutes.is_some() && use_.rating_after.is_none() {
                return Err((
                    format!("remedy {}", use_.key),
                    value_error("has after_minutes but no rating_after"),
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
}

impl Entry {
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
        }
    }
}

/// The two catalogues people extend with their own items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum CatalogueKind {
    Remedy,
    Cause,
}

impl CatalogueKind {
    pub fn name(self) -> &'static str {
        match self {
            CatalogueKind::Remedy => "remedy",
            CatalogueKind::Cause => "cause",
        }
    }
}

impl fmt::Display for CatalogueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A remedy or cause. Archived items are hidden from pickers but stay on old entries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CatalogueItem {
    pub key: Key,
    pub label: Label,
    #[serde(default)]
    pub archived: bool,
}

/// Journal-wide settings, stored in the journal and carried by the JSON export. Files written
/// before a setting existed simply lack it: every one has a default.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Settings {
    #[serde(default)]
    pub day_start_hour: DayStartHour,
    #[serde(default)]
    pub theme: Theme,
    /// Check-in and stretch-break reminders.
    #[serde(default)]
    pub reminders: Vec<crate::schedule::Reminder>,
    /// How long after a logged remedy Relief asks "How sore now?"; 0 never asks.
    #[serde(default)]
    pub follow_up_minutes: FollowUpMinutes,
}

impl Settings {
    /// Rules across the reminders: each well-formed, not too many, none twice.
    pub fn check(&self) -> Result<(), ValueError> {
        if self.reminders.len() > crate::schedule::MAX_REMINDERS {
            return Err(value_error(format!(
                "at most {} reminders, got {}",
                crate::schedule::MAX_REMINDERS,
                self.reminders.len()
            )));
        }
        self.reminders.iter().try_for_each(|r| r.check())?;
        // Two reminders of one kind at one time on a shared day would fire twice.
        for (i, a) in self.reminders.iter().enumerate() {
            let twin = self.reminders[..i].iter().find(|b| {
                b.kind == a.kind && b.time == a.time && b.days.iter().any(|d| a.days.contains(d))
            });
            if let Some(b) = twin {
                return Err(value_error(format!(
                    "{a} repeats {b}: a reminder of the same kind at the same time on the same day"
                )));
            }
        }
        Ok(())
    }
}

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(text: &str) -> Result<Theme, ValueError> {
        match text {
            "system" => Ok(Theme::System),
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            other => Err(value_error(format!(
                "must be system, light or dark, got '{other}'"
            ))),
        }
    }
}

bounded_int!(
    /// Minutes from a logged remedy to the "How sore now?" question: 0 (never ask) to 240.
    FollowUpMinutes(u16, "u16"),
    max = 240,
    must_be = "minutes from 0 (never ask) to 240",
    default = 30
);

/// Which entries to list. Dates are journal days, both ends included.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub remedy: Option<Key>,
    pub cause: Option<Key>,
    pub region: Option<Region>,
}

/// Parses a calendar date `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<NaiveDate, ValueError> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        value_error(format!(
            "'{}' is not a date of the form YYYY-MM-DD",
            text.escape_debug()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rating_bounds() {
        assert!(Rating::new(0).is_ok());
        assert!(Rating::new(10).is_ok());
        assert!(Rating::new(11).is_err());
        assert!(Rating::new(-1).is_err());
        assert!(Rating::parse("7.5").is_err());
        assert_eq!(Rating::parse(" 7 ").map(Rating::get), Ok(7));
    }

    #[test]
    fn slug_makes_keys() {
        assert_eq!(
            Key::slug("Foam rolling").map(|k| k.0),
            Some("foam_rolling".into())
        );
        assert_eq!(
            Key::slug("  Heat (10–15 min) ").map(|k| k.0),
            Some("heat_10_15_min".into())
        );
        assert_eq!(
            Key::slug("5x5 stretch").map(|k| k.0),
            Some("n5x5_stretch".into())
        );
        assert_eq!(Key::slug("Массаж"), None);
    }

    #[test]
    fn journal_day_rule() {
        let start = DayStartHour::DEFAULT;
        let day = |s: &str| Timestamp::parse(s).map(|t| t.journal_day(start).to_string());
        assert_eq!(
            day("2026-03-10T08:00:00+01:00").as_deref(),
            Ok("2026-03-10")
        );
        assert_eq!(
            day("2026-03-10T14:00:00+01:00").as_deref(),
            Ok("2026-03-10")
        );
        assert_eq!(
            day("2026-03-11T00:30:00+01:00").as_deref(),
            Ok("2026-03-10")
        );
        assert_eq!(
            day("2026-03-11T03:00:00+01:00").as_deref(),
            Ok("2026-03-11")
        );
    }

    #[test]
    fn note_limits() {
        assert_eq!(Note::new("   "), Ok(None));
        assert!(Note::new(&"x".repeat(NOTE_MAX_CHARS)).is_ok());
        assert!(Note::new(&"x".repeat(NOTE_MAX_CHARS + 1)).is_err());
        assert!(Note::new("bell \u{7}").is_err());
        assert!(Note::new("<script>alert(1)</script>\nline two").is_ok());
    }

    #[test]
    fn region_keys_round_trip() {
        for r in Region::ALL {
            assert_eq!(Region::from_key(r.key()), Ok(*r));
            let json = serde_json::to_string(r).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", r.key()));
        }
        assert!(Region::from_key("elbow").is_err());
    }
}
