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
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PlanRequest {
    pub remedy: Key,
    /// A remedy key, or `none`.
    #[cfg_attr(feature = "specta", specta(type = String))]
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
    /// The arm of every slot, pair by pair (planned pairs, then the replacements). Written
    /// sealed (`"sealed:…"`) wherever the plan is written — the journal, a JSON export — so
    /// nobody reads the arms to come by accident (`docs/experiments.md`, "Kept blind").
    #[cfg_attr(feature = "specta", specta(type = String))]
    #[serde(with = "sealed_schedule")]
    pub schedule: Vec<Arm>,
}

/// The schedule as a sealed string: each arm a byte, mixed with a fixed ChaCha8 key stream,
/// in hex. Not encryption — the seed beside it draws the same schedule again — but no person
/// or program reads an arm off it without meaning to. Plans written before it (a list of
/// arms) are read too.
mod sealed_schedule {
    use rand::{RngCore, SeedableRng};
    use serde::{Deserialize, Deserializer, Serializer};

    use super::Arm;

    const PREFIX: &str = "sealed:";
    /// Any fixed value: the key stream only has to be the same on every machine.
    const STREAM: u64 = 0x5EA1_ED5C_4ED0_1E00;

    fn stream(n: usize) -> Vec<u8> {
        let mut bytes = vec![0u8; n];
        rand_chacha::ChaCha8Rng::seed_from_u64(STREAM).fill_bytes(&mut bytes);
        bytes
    }

    pub fn serialize<S: Serializer>(schedule: &[Arm], s: S) -> Result<S::Ok, S::Error> {
        let mut text = String::from(PREFIX);
        for (arm, k) in schedule.iter().zip(stream(schedule.len())) {
            let bit = match arm {
                Arm::A => 0u8,
                Arm::B => 1u8,
            };
            text.push_str(&format!("{:02x}", bit ^ k));
        }
        s.serialize_str(&text)
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Sealed(String),
        Open(Vec<Arm>),
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Arm>, D::Error> {
        use serde::de::Error;
        let text = match Written::deserialize(d)? {
            Written::Open(arms) => return Ok(arms),
            Written::Sealed(text) => text,
        };
        let hex = text
            .strip_prefix(PREFIX)
            .ok_or_else(|| D::Error::custom("a schedule is a sealed string"))?;
        if hex.len() % 2 != 0 || !hex.is_ascii() {
            return Err(D::Error::custom("a sealed schedule is cut short"));
        }
        let keys = stream(hex.len() / 2);
        (0..hex.len() / 2)
            .map(|i| {
                let byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16)
                    .map_err(|_| D::Error::custom("a sealed schedule holds a non-hex digit"))?;
                match byte ^ keys[i] {
                    0 => Ok(Arm::A),
                    1 => Ok(Arm::B),
                    _ => Err(D::Error::custom(
                        "a sealed schedule holds an arm that is neither A nor B",
                    )),
                }
            })
            .collect()
    }
}

/// What a front may show of a plan: everything but the seed and the schedule, which tell the
/// arms to come. Allocation stays concealed from everyone, the person included, until each
/// arm is revealed on its day (`docs/experiments.md`, "Kept blind").
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PlanShown {
    pub id: ExperimentId,
    #[serde(flatten)]
    pub request: PlanRequest,
    pub started_at: DateTime<Utc>,
    pub start_day: NaiveDate,
}

impl From<&Plan> for PlanShown {
    fn from(plan: &Plan) -> PlanShown {
        PlanShown {
            id: plan.id,
            request: plan.request(),
            started_at: plan.started_at,
            start_day: plan.start_day,
        }
    }
}

impl Plan {
    /// What was asked for: the plan without its id, times, seed and schedule.
    pub fn request(&self) -> PlanRequest {
        PlanRequest {
            remedy: self.remedy.clone(),
            comparator: self.comparator.clone(),
            design: self.design,
            pairs: self.pairs,
            delta: self.delta,
            period_days: self.period_days,
            washout_days: self.washout_days,
            carry_over_seconds: self.carry_over_seconds,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Holder {
        #[serde(with = "sealed_schedule")]
        schedule: Vec<Arm>,
    }

    #[test]
    fn a_schedule_is_written_sealed_and_read_back_whole_and_an_open_one_is_still_read() {
        let schedule = vec![Arm::A, Arm::B, Arm::B, Arm::A, Arm::A, Arm::B];
        let text = serde_json::to_string(&Holder {
            schedule: schedule.clone(),
        })
        .unwrap();
        assert!(text.contains("\"sealed:"), "{text}");
        assert!(!text.contains("\"A\"") && !text.contains("\"B\""), "{text}");
        let back: Holder = serde_json::from_str(&text).unwrap();
        assert_eq!(back.schedule, schedule);
        let open: Holder = serde_json::from_str(r#"{"schedule":["A","B"]}"#).unwrap();
        assert_eq!(open.schedule, vec![Arm::A, Arm::B]);
        for bad in [
            r#""sealed:0""#,
            r#""sealed:zz""#,
            r#""open""#,
            r#""sealed:ff""#,
        ] {
            let json = format!(r#"{{"schedule":{bad}}}"#);
            assert!(serde_json::from_str::<Holder>(&json).is_err(), "{bad}");
        }
    }
}
