//! How a remedy session is timed, and when Relief asks "How sore now?" afterwards: the rules the
//! app's log form and its reminder clock follow (`docs/formats.md`, "Follow-up questions").

use serde::Serialize;

use super::{builtin, FollowUpMinutes, ValueError};

/// The longest remedy timer: four hours.
pub const TIMER_MAX_SECONDS: u32 = 4 * 60 * 60;

/// How the log form times a remedy: in minutes (heat for 15), or as holds of a few seconds
/// (stretching: 6 holds of 10 s).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "unit", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum TimerRule {
    /// The amount is minutes; `suggested` fills a new row.
    Minutes { suggested: Option<u16> },
    /// The amount is holds of `hold_seconds` each.
    Holds { hold_seconds: u16, suggested: u16 },
}

impl TimerRule {
    /// Minutes, with no suggestion: any remedy without a rule of its own.
    pub const OTHER: TimerRule = TimerRule::Minutes { suggested: None };

    /// The rule of the remedy `key`.
    pub fn of(key: &str) -> TimerRule {
        match key {
            builtin::HEAT => TimerRule::Minutes {
                suggested: Some(15),
            },
            builtin::STRETCH => TimerRule::Holds {
                hold_seconds: 10,
                suggested: 6,
            },
            _ => TimerRule::OTHER,
        }
    }

    /// The remedies with a rule of their own.
    pub fn special() -> Vec<(&'static str, TimerRule)> {
        [builtin::HEAT, builtin::STRETCH]
            .into_iter()
            .map(|key| (key, TimerRule::of(key)))
            .collect()
    }

    /// How long a timer of `amount` (in this rule's unit) runs, in seconds: from 1 second to
    /// [`TIMER_MAX_SECONDS`].
    pub fn seconds(self, amount: u32) -> Result<u32, ValueError> {
        let seconds = match self {
            TimerRule::Minutes { .. } => amount.saturating_mul(60),
            TimerRule::Holds { hold_seconds, .. } => amount.saturating_mul(u32::from(hold_seconds)),
        };
        if (1..=TIMER_MAX_SECONDS).contains(&seconds) {
            Ok(seconds)
        } else {
            Err(ValueError::new("rule-timer")
                .with("hours", TIMER_MAX_SECONDS / 3600)
                .with("got", seconds))
        }
    }
}

/// When to ask about a remedy session, counted from when it was logged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ask {
    /// When the session ends (its timer rings): the "minutes later" of the answer count from it.
    pub ends_after_seconds: u32,
    /// When the question comes.
    pub due_after_seconds: u32,
}

/// With a timer, the question comes when it ends; without one, after the journal's follow-up
/// delay; never when that delay is 0 (the person does not want to be asked).
pub fn when_to_ask(timer_seconds: Option<u32>, delay: FollowUpMinutes) -> Option<Ask> {
    match (timer_seconds, delay.get()) {
        (Some(seconds), _) => Some(Ask {
            ends_after_seconds: seconds,
            due_after_seconds: seconds,
        }),
        (None, 0) => None,
        (None, minutes) => Some(Ask {
            ends_after_seconds: 0,
            due_after_seconds: u32::from(minutes) * 60,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_is_timed_in_minutes_and_stretching_in_holds() {
        assert_eq!(TimerRule::of("heat").seconds(15), Ok(900));
        assert_eq!(TimerRule::of("stretch").seconds(6), Ok(60));
        assert_eq!(TimerRule::of("yoga"), TimerRule::OTHER);
        assert!(TimerRule::of("heat").seconds(0).is_err());
        assert!(TimerRule::of("heat").seconds(241).is_err());
        assert_eq!(TimerRule::of("heat").seconds(240), Ok(TIMER_MAX_SECONDS));
    }

    #[test]
    fn the_question_follows_the_timer_else_the_delay_else_never() {
        let delay = FollowUpMinutes::new(30).unwrap();
        assert_eq!(
            when_to_ask(Some(60), delay),
            Some(Ask {
                ends_after_seconds: 60,
                due_after_seconds: 60
            })
        );
        assert_eq!(
            when_to_ask(None, delay),
            Some(Ask {
                ends_after_seconds: 0,
                due_after_seconds: 1800
            })
        );
        assert_eq!(when_to_ask(None, FollowUpMinutes::new(0).unwrap()), None);
        assert!(when_to_ask(Some(60), FollowUpMinutes::new(0).unwrap()).is_some());
    }
}
