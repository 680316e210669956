//! A personal experiment (a randomized N-of-1 trial): its plan, fixed before the first slot and
//! never edited, and what happened to it since (skipped slots, a stop). `docs/experiments.md`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Key, ValueError};

/// How an experiment compares: one session at a time, or periods of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Design {
    /// The unit is one session: a check-in with the assigned remedy alone and a rating after.
    Session,
    /// The unit is a period of days; the outcome is the next morning's rating.
    Days,
}

impl Design {
    pub fn parse(text: &str) -> Result<Design, ValueError> {
        match text {
            "session" => Ok(Design::Session),
            "days" => Ok(Design::Days),
            _ => Err(ValueError::new("rule-design").with("got", format!("{text:?}"))),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Design::Session => "session",
            Design::Days => "days",
        }
    }
}

/// Which of the two things a slot assigns: A, the remedy under test, or B, the comparator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Arm {
    A,
    B,
}

impl Arm {
    pub fn other(self) -> Arm {
        match self {
            Arm::A => Arm::B,
            Arm::B => Arm::A,
        }
    }
}

/// What the remedy is compared with: another remedy (`rest` included), or — in the `days`
/// design — days without the remedy (`none`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Comparator {
    Remedy(Key),
    None,
}

impl Comparator {
    pub const NONE: &'static str = "none";

    pub fn parse(text: &str) -> Result<Comparator, ValueError> {
        if text == Self::NONE {
            Ok(Comparator::None)
        } else {
            Key::new(text).map(Comparator::Remedy)
        }
    }

    /// The comparator's remedy, if it is one.
    pub fn remedy(&self) -> Option<&Key> {
        match self {
            Comparator::Remedy(key) => Some(key),
            Comparator::None => None,
        }
    }
}

impl TryFrom<String> for Comparator {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Comparator::parse(&text)
    }
}

impl From<Comparator> for String {
    fn from(c: Comparator) -> String {
        c.to_string()
    }
}

impl std::fmt::Display for Comparator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Comparator::Remedy(key) => write!(f, "{key}"),
            Comparator::None => f.write_str(Self::NONE),
        }
    }
}

/// An experiment's stable id (exports and the CLI name it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type), specta(transparent))]
pub struct ExperimentId(pub Uuid);

impl std::fmt::Display for ExperimentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Bounds of a plan.
pub const PAIRS_MIN: u32 = 6;
pub const PAIRS_MAX: u32 = 60;
pub const PERIOD_DAYS_MAX: u32 = 28;
pub const DELTA_MAX: f64 = 10.0;

/// Void pairs are replaced at the end, up to this share of the planned pairs more.
pub fn extra_pairs(pairs: u32) -> u32 {
    (pairs * 3).div_ceil(10)
}

/// What a person asks for when starting an experiment, checked by [`Plan::new`].
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRequest {
    pub remedy: Key,
    pub comparator: Comparator,
    pub design: Design,
    pub pairs: u32,
    /// The smallest difference worth having, in points.
    pub delta: f64,
    pub period_days: u32,
    pub washout_days: u32,
    /// `session` design: a session this soon after the previous one does not fill a slot.
    pub carry_over_seconds: u32,
}

/// Three hours between experiment sessions, so one does not carry over into the next.
pub const CARRY_OVER_SECONDS: u32 = 3 * 3600;

fn default_carry_over() -> u32 {
    CARRY_OVER_SECONDS
}

/// The plan of an experiment, fixed before its first slot: stored once, never edited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Plan {
    pub id: ExperimentId,
    pub remedy: Key,
    /// A remedy key, or `none`.
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub comparator: Comparator,
    pub design: Design,
    /// Complete pairs wanted.
    pub pairs: u32,
    pub delta: f64,
    /// `days` design: the length of a period and the washout days at its start left out.
    pub period_days: u32,
    pub washout_days: u32,
    /// `session` design: a session this soon after the previous one does not fill a slot.
    #[serde(default = "default_carry_over")]
    pub carry_over_seconds: u32,
    /// Draws the schedule and the randomization test's resamples.
    #[cfg_attr(feature = "specta", specta(type = String))]
    #[serde(with = "seed_text")]
    pub seed: u64,
    pub started_at: DateTime<Utc>,
    /// `days` design: the journal day of the first period.
    pub start_day: NaiveDate,
    /// The arm of every slot, pair by pair (planned pairs, then the replacements).
    pub schedule: Vec<Arm>,
}

/// The seed as text in JSON: a u64 does not survive JavaScript's numbers.
mod seed_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(seed: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&seed.to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl Plan {
    /// The remedy key an arm stands for: the remedy, the comparator's key, or `none`.
    pub fn arm_key(&self, arm: Arm) -> String {
        match arm {
            Arm::A => self.remedy.to_string(),
            Arm::B => self.comparator.to_string(),
        }
    }
}

impl PlanRequest {
    /// Checks the request: a clear word for each thing wrong.
    pub fn check(&self) -> Result<(), ValueError> {
        if self.comparator.remedy() == Some(&self.remedy) {
            return Err(ValueError::new("rule-same-arms").with("got", self.remedy.to_string()));
        }
        if self.design == Design::Session && self.comparator == Comparator::None {
            return Err(ValueError::new("rule-session-vs-none"));
        }
        if !(PAIRS_MIN..=PAIRS_MAX).contains(&self.pairs) {
            return Err(ValueError::new("rule-pairs")
                .with("min", PAIRS_MIN)
                .with("max", PAIRS_MAX)
                .with("got", self.pairs));
        }
        if !(self.delta > 0.0 && self.delta <= DELTA_MAX) {
            return Err(ValueError::new("rule-delta")
                .with("max", DELTA_MAX.to_string())
                .with("got", self.delta.to_string()));
        }
        if !(1..=PERIOD_DAYS_MAX).contains(&self.period_days) {
            return Err(ValueError::new("rule-period")
                .with("max", PERIOD_DAYS_MAX)
                .with("got", self.period_days));
        }
        if self.carry_over_seconds > 24 * 3600 {
            return Err(ValueError::new("rule-gap").with("got", self.carry_over_seconds));
        }
        if self.washout_days >= self.period_days {
            return Err(ValueError::new("rule-washout")
                .with("period", self.period_days)
                .with("got", self.washout_days));
        }
        Ok(())
    }
}

/// A slot left out on purpose ("not today"): it voids its pair.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Skip {
    pub slot: u32,
    pub at: DateTime<Utc>,
}

/// An experiment ended early, with the person's reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Stop {
    pub at: DateTime<Utc>,
    pub reason: String,
}

/// Longest stop reason, in characters.
pub const REASON_MAX: usize = 500;

/// An experiment as stored: the plan and what happened to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Experiment {
    pub plan: Plan,
    #[serde(default)]
    pub skips: Vec<Skip>,
    #[serde(default)]
    pub stop: Option<Stop>,
}
