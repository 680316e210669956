//! The journal's vocabulary: typed values that are valid by construction.
//!
//! A [`Rating`] is 0–10, a [`Note`] is bounded, a [`Region`] comes from the fixed list. Everything
//! that enters the journal — from the CLI, an import or the desktop app — passes through these
//! types, so the store never sees a value it would have to reject.
//!
//! - [`text`]: [`Note`], [`Detail`], [`Label`], [`Key`] and their bounds;
//! - [`region`]: the fixed body regions;
//! - [`time`]: [`Timestamp`] and calendar dates;
//! - [`entry`]: [`Rating`], [`Minutes`], [`EntryDraft`], [`Entry`], [`Filter`];
//! - [`catalogue`]: remedies and causes;
//! - [`settings`] and [`reminder`]: journal-wide settings and the reminder values in them;
//! - [`snapshot`]: a range of the journal loaded as values, and what an import brings in;
//! - [`timer`]: how a remedy session is timed and when "How sore now?" is asked;
//! - [`experiment`]: a personal experiment's plan and what happened to it;
//! - [`safety`]: the red flags a check-in can report, and when Relief asks about them.

/// Why a value was refused: the rule it breaks and the offending value, as words to say in any
/// language (`rule-*` messages); callers add the field it came from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ValueError(pub crate::i18n::Said);

impl ValueError {
    /// The rule `id` (a `rule-*` message), its values set with [`ValueError::with`].
    pub fn new(id: &'static str) -> ValueError {
        ValueError(crate::i18n::Said::new(id))
    }

    pub fn with(self, name: &'static str, value: impl Into<crate::i18n::Arg>) -> ValueError {
        ValueError(self.0.with(name, value))
    }
}

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
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(try_from = "i64", into = $repr_name)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        pub struct $name($repr);

        impl $name {
            pub const MAX: $repr = $max;

            pub fn new(value: i64) -> Result<Self, $crate::model::ValueError> {
                match $repr::try_from(value) {
                    Ok(v) if v <= Self::MAX => Ok($name(v)),
                    _ => Err($crate::model::ValueError::new($what).with("got", value)),
                }
            }

            pub fn get(self) -> $repr {
                self.0
            }

            /// Parses "7"; refuses "7.5", "seven" and numbers out of bounds.
            pub fn parse(text: &str) -> Result<Self, $crate::model::ValueError> {
                let text = text.trim();
                match text.parse::<i64>() {
                    Ok(v) => Self::new(v),
                    Err(_) => Err($crate::model::ValueError::new($what).with("got", format!("'{text}'"))),
                }
            }
        }

        impl TryFrom<i64> for $name {
            type Error = $crate::model::ValueError;
            fn try_from(value: i64) -> Result<Self, $crate::model::ValueError> {
                $name::new(value)
            }
        }

        impl From<$name> for $repr {
            fn from(v: $name) -> $repr {
                v.0
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

pub mod catalogue;
pub mod entry;
pub mod experiment;
pub mod limits;
pub mod region;
pub mod reminder;
pub mod safety;
pub mod settings;
pub mod snapshot;
pub mod sync;
pub mod text;
pub mod time;
pub mod timer;

pub use catalogue::*;
pub use entry::*;
pub use experiment::*;
pub use limits::*;
pub use region::*;
pub use reminder::*;
pub use safety::{RedFlag, Tier};
pub use settings::*;
pub use snapshot::*;
pub use text::*;
pub use time::*;
pub use timer::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remedy_use_reads_the_same_everywhere() {
        let text = |json: &str| {
            serde_json::from_str::<RemedyUse>(json)
                .unwrap()
                .describe("Heat", &crate::i18n::Messages::new(crate::i18n::Lang::En))
        };
        assert_eq!(
            text(
                r#"{"key":"heat","minutes":15,"detail":"hot water bottle","rating_after":2,"after_minutes":30}"#
            ),
            "Heat 15 min (hot water bottle) → 2 after 30 min"
        );
        assert_eq!(text(r#"{"key":"heat","after_minutes":20}"#), "Heat");
        assert_eq!(text(r#"{"key":"heat","rating_after":0}"#), "Heat → 0");
        // In the language of the report it is written into.
        let german = serde_json::from_str::<RemedyUse>(
            r#"{"key":"heat","minutes":15,"detail":null,"rating_after":2,"after_minutes":30}"#,
        )
        .unwrap()
        .describe("Wärme", &crate::i18n::Messages::new(crate::i18n::Lang::De));
        assert_eq!(german, "Wärme 15 min → 2 nach 30 min");
    }

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
            Key::slug("Foam rolling").map(String::from),
            Some("foam_rolling".into())
        );
        assert_eq!(
            Key::slug("  Heat (10–15 min) ").map(String::from),
            Some("heat_10_15_min".into())
        );
        assert_eq!(
            Key::slug("5x5 stretch").map(String::from),
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
