//! How another app's file is read: which columns, which scale, which names mean which of
//! Relief's remedies, causes and regions. Written as TOML (`docs/imports.md`), saved in the
//! journal under a name and reused.

use std::collections::BTreeMap;

use chrono::{FixedOffset, NaiveDateTime, TimeZone};
use serde::{Deserialize, Serialize};

use super::dates::DateFormat;
use super::decode::TextEncoding;
use crate::i18n::Said;

/// A mapping; every field has a default, so a file gives only what differs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Mapping {
    /// The text encoding (auto: detected).
    pub encoding: TextEncoding,
    /// The UTC offset to assume for times without one, e.g. "+01:00"; `local` (the default):
    /// this computer's time zone on each date.
    pub timezone: String,
    /// Generic CSV: the date column (it may hold the time too), an optional time column, and
    /// the date format (detected when left out).
    pub date_column: String,
    pub time_column: String,
    pub date_format: Option<DateFormat>,
    /// Generic CSV: the rating column and its scale, mapped linearly onto 0–10.
    pub rating_column: String,
    pub scale_min: f64,
    pub scale_max: f64,
    /// Generic CSV: columns listing remedies, causes and regions, and what separates names in
    /// a cell.
    pub remedy_column: String,
    pub cause_column: String,
    pub region_column: String,
    pub separator: String,
    /// Generic CSV: columns whose text goes to the note.
    pub note_columns: Vec<String>,
    /// Names in the file → Relief keys (remedies, causes and region keys), e.g.
    /// `"Hot water bottle" = "heat"`. Matched ignoring case.
    pub names: BTreeMap<String, String>,
    /// Bearable: severity words and levels → 0–10.
    pub severity: BTreeMap<String, u8>,
    /// Bearable and Flaredown: a symptom whose name holds one of these words is soreness …
    pub pain_words: Vec<String>,
    /// … unless it holds one of these (a headache is not soreness of the back).
    pub not_pain_words: Vec<String>,
    /// Flaredown: the condition and symptom columns that are the soreness (0–4 each; the
    /// highest of a day counts). Empty: those whose name holds a pain word.
    pub soreness_columns: Vec<String>,
}

impl Default for Mapping {
    fn default() -> Self {
        Mapping {
            encoding: TextEncoding::Auto,
            timezone: "local".into(),
            date_column: String::new(),
            time_column: String::new(),
            date_format: None,
            rating_column: String::new(),
            scale_min: 0.0,
            scale_max: 10.0,
            remedy_column: String::new(),
            cause_column: String::new(),
            region_column: String::new(),
            separator: ",".into(),
            note_columns: Vec::new(),
            names: BTreeMap::new(),
            severity: default_severity(),
            pain_words: ["pain", "ache", "sore", "stiff"].map(String::from).to_vec(),
            not_pain_words: ["head", "migraine", "stomach", "tooth"]
                .map(String::from)
                .to_vec(),
            soreness_columns: Vec::new(),
        }
    }
}

/// Bearable's severity words and its 0–4 levels on Relief's 0–10 scale (`docs/imports.md`).
pub fn default_severity() -> BTreeMap<String, u8> {
    [
        ("none", 0),
        ("unnoticeable", 0),
        ("0", 0),
        ("mild", 3),
        ("1", 3),
        ("moderate", 5),
        ("2", 5),
        ("severe", 8),
        ("3", 8),
        ("extreme", 10),
        ("very severe", 10),
        ("unbearable", 10),
        ("4", 10),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

impl Mapping {
    /// Reads a mapping file.
    pub fn from_toml(text: &str) -> Result<Mapping, Said> {
        let mapping: Mapping = toml::from_str(text).map_err(|e| Said::from(e.message()))?;
        mapping.check()?;
        Ok(mapping)
    }

    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    /// The rules a mapping must keep.
    pub fn check(&self) -> Result<(), Said> {
        if !(self.scale_min.is_finite() && self.scale_max.is_finite())
            || self.scale_min >= self.scale_max
        {
            return Err(Said::new("mapping-scale")
                .with("min", self.scale_min.to_string())
                .with("max", self.scale_max.to_string()));
        }
        if let Some((word, v)) = self.severity.iter().find(|(_, v)| **v > 10) {
            return Err(Said::new("mapping-severity")
                .with("word", format!("{word:?}"))
                .with("level", *v));
        }
        self.offset_text().map(|_| ())
    }

    /// The key the person mapped `name` to, if any (case ignored).
    pub fn name_for(&self, name: &str) -> Option<String> {
        let wanted = name.trim().to_lowercase();
        self.names
            .iter()
            .find(|(k, _)| k.trim().to_lowercase() == wanted)
            .map(|(_, v)| v.trim().to_owned())
    }

    fn offset_text(&self) -> Result<Option<FixedOffset>, Said> {
        let tz = self.timezone.trim();
        if tz.is_empty() || tz.eq_ignore_ascii_case("local") {
            return Ok(None);
        }
        let parsed = chrono::DateTime::parse_from_rfc3339(&format!("2000-01-01T00:00:00{tz}"))
            .map_err(|_| Said::new("mapping-timezone").with("got", format!("{tz:?}")))?;
        Ok(Some(*parsed.offset()))
    }

    /// A local date-time from the file as an instant with its offset: the mapping's offset, or
    /// this computer's zone on that date (the earlier of a repeated hour; a skipped hour moves
    /// on to the gap's end).
    pub fn at(&self, local: NaiveDateTime) -> Option<chrono::DateTime<FixedOffset>> {
        match self.offset_text().ok()? {
            Some(offset) => offset.from_local_datetime(&local).single(),
            None => crate::model::LocalTime::of(local, &chrono::Local).instant(),
        }
    }

    /// An instant the file gave with its zone, with the offset it is recorded at: a zone
    /// other than UTC is the person's own then (kept); a UTC time (`Z`, `UTC`, `GMT`, `+00:00`)
    /// is how the exporting app stores every time, so it is said in the mapping's zone, or
    /// this computer's zone at that instant. The instant never changes.
    pub fn in_zone(&self, at: chrono::DateTime<FixedOffset>) -> chrono::DateTime<FixedOffset> {
        if at.offset().local_minus_utc() != 0 {
            return at;
        }
        match self.offset_text().ok().flatten() {
            Some(offset) => at.with_timezone(&offset),
            None => at.with_timezone(&chrono::Local).fixed_offset(),
        }
    }

    /// `value` on the mapping's scale as 0–10 (rounded), if it is a number within the scale.
    pub fn scaled(&self, value: &str) -> Result<u8, Said> {
        let x: f64 = value
            .trim()
            .replace(',', ".")
            .parse()
            .map_err(|_| Said::new("read-not-a-number").with("value", format!("{value:?}")))?;
        if x < self.scale_min || x > self.scale_max {
            return Err(Said::new("read-outside-scale")
                .with("value", x.to_string())
                .with("min", self.scale_min.to_string())
                .with("max", self.scale_max.to_string()));
        }
        Ok(((x - self.scale_min) / (self.scale_max - self.scale_min) * 10.0).round() as u8)
    }

    /// A severity word or level as 0–10.
    pub fn severity_of(&self, word: &str) -> Option<u8> {
        let w = word.trim().to_lowercase();
        self.severity
            .iter()
            .find(|(k, _)| k.to_lowercase() == w)
            .map(|(_, v)| *v)
    }

    /// Whether a symptom's name says soreness.
    pub fn is_pain(&self, symptom: &str) -> bool {
        let s = symptom.to_lowercase();
        let has = |words: &[String]| words.iter().any(|w| s.contains(&w.to_lowercase()));
        has(&self.pain_words) && !has(&self.not_pain_words)
    }
}
