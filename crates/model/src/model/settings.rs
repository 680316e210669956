//! Journal-wide settings: the day start, the theme, reminders and the follow-up question.
use serde::{Deserialize, Serialize};

use super::{Reminder, ValueError, MAX_REMINDERS};

bounded_int!(
    /// The hour (local time, 0–12) at which a new journal day begins. Default 3: a check-in at
    /// 01:00 after a late evening belongs to that evening.
    DayStartHour(u8, "u8"),
    max = 12,
    must_be = "rule-day-start-hour",
    default = 3
);

/// Journal-wide settings, stored in the journal and carried by the JSON export. Files written
/// before a setting existed simply lack it: every one has a default.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
// Defaults for the whole struct, not per field: the generated TypeScript then knows every
// field is present in what the app receives.
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Settings {
    pub day_start_hour: DayStartHour,
    pub theme: Theme,
    /// Check-in and stretch-break reminders.
    pub reminders: Vec<Reminder>,
    /// How long after a logged remedy Relief asks "How sore now?"; 0 never asks.
    pub follow_up_minutes: FollowUpMinutes,
    /// The language Relief speaks in the app; `None` follows the system (`docs/languages.md`).
    pub language: Option<crate::i18n::Lang>,
}

impl Settings {
    /// Rules across the reminders: each well-formed, not too many, none twice.
    pub fn check(&self) -> Result<(), ValueError> {
        if self.reminders.len() > MAX_REMINDERS {
            return Err(ValueError::new("rule-reminders")
                .with("max", MAX_REMINDERS)
                .with("got", self.reminders.len()));
        }
        self.reminders.iter().try_for_each(|r| r.check())?;
        // Two reminders of one kind at one time on a shared day would fire twice.
        for (i, a) in self.reminders.iter().enumerate() {
            let twin = self.reminders[..i].iter().find(|b| {
                b.kind == a.kind && b.time == a.time && b.days.iter().any(|d| a.days.contains(d))
            });
            if let Some(b) = twin {
                return Err(ValueError::new("rule-reminder-repeats")
                    .with("a", a.to_string())
                    .with("b", b.to_string()));
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
            other => Err(ValueError::new("rule-theme").with("got", other)),
        }
    }
}

bounded_int!(
    /// Minutes from a logged remedy to the "How sore now?" question: 0 (never ask) to 240.
    FollowUpMinutes(u16, "u16"),
    max = 240,
    must_be = "rule-follow-up-minutes",
    default = 30
);
