//! Text values: notes, details, labels and keys, each with its bounds.
use std::fmt;

use serde::{Deserialize, Serialize};

use super::ValueError;

/// Longest note, in characters. A paragraph or two; the journal is not a diary.
pub const NOTE_MAX_CHARS: usize = 2000;
/// Longest remedy detail ("massage ball", "therapist"), in characters.
pub const DETAIL_MAX_CHARS: usize = 200;
/// Longest remedy or cause name, in characters.
pub const LABEL_MAX_CHARS: usize = 60;
/// Longest catalogue key, in characters.
pub const KEY_MAX_CHARS: usize = 40;
/// The longest name of a saved import mapping.
pub const MAPPING_NAME_MAX_CHARS: usize = 100;

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

fn too_long(count: usize, limit: usize) -> ValueError {
    ValueError::new("rule-too-long")
        .with("count", count)
        .with("limit", limit)
}

fn check_controls(text: &str, allow_newlines: bool) -> Result<(), ValueError> {
    for c in text.chars() {
        let ok = !c.is_control() || (allow_newlines && matches!(c, '\n' | '\r' | '\t'));
        if !ok {
            return Err(ValueError::new("rule-control-character")
                .with("code", format!("{:04X}", u32::from(c))));
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
            return Err(too_long(count, NOTE_MAX_CHARS));
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
        Note::new(&text)?.ok_or_else(|| ValueError::new("rule-empty-or-null"))
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
            return Err(too_long(count, DETAIL_MAX_CHARS));
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
        Detail::new(&text)?.ok_or_else(|| ValueError::new("rule-empty-or-null"))
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
            return Err(ValueError::new("rule-invisible-character")
                .with("code", format!("{:04X}", u32::from(c))));
        }
        Ok(label)
    }

    /// A name as a journal may already hold it (kept readable even if it predates the rule
    /// against invisible characters).
    pub fn stored(text: &str) -> Result<Self, ValueError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ValueError::new("rule-empty"));
        }
        let count = text.chars().count();
        if count > LABEL_MAX_CHARS {
            return Err(too_long(count, LABEL_MAX_CHARS));
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
            return Err(ValueError::new("rule-key")
                .with("got", text.escape_debug().to_string())
                .with("max", KEY_MAX_CHARS));
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
