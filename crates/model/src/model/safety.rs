//! When soreness between the shoulder blades may be more than soreness (`docs/safety.md`): the
//! red flags a person can report with a check-in, each in one of two tiers worded as the NHS
//! words them, and the rules of when Relief asks about them.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ValueError;

/// How soon to get help.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Tier {
    /// See a doctor today or soon.
    Urgent,
    /// Call an ambulance now.
    Emergency,
}

impl Tier {
    pub fn key(self) -> &'static str {
        match self {
            Tier::Urgent => "urgent",
            Tier::Emergency => "emergency",
        }
    }

    /// What to do, in the person's language (`safety-tier-*`).
    pub fn message(self) -> &'static str {
        match self {
            Tier::Urgent => "safety-tier-urgent",
            Tier::Emergency => "safety-tier-emergency",
        }
    }
}

macro_rules! red_flags {
    ($( $variant:ident => $key:literal, $tier:ident, $message:literal, $label:literal; )*) => {
        /// A sign that comes with the soreness and needs a doctor: the fixed list, emergency
        /// signs first, in the order the checklist shows them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        pub enum RedFlag { $( #[serde(rename = $key)] $variant, )* }

        impl RedFlag {
            pub const ALL: &'static [RedFlag] = &[ $( RedFlag::$variant, )* ];

            pub fn key(self) -> &'static str {
                match self { $( RedFlag::$variant => $key, )* }
            }

            pub fn tier(self) -> Tier {
                match self { $( RedFlag::$variant => Tier::$tier, )* }
            }

            /// The message naming it in the person's language.
            pub fn message(self) -> &'static str {
                match self { $( RedFlag::$variant => $message, )* }
            }

            /// Its words in English (FHIR, files).
            pub fn label(self) -> &'static str {
                match self { $( RedFlag::$variant => $label, )* }
            }
        }
    };
}

red_flags! {
    ChestPain => "chest_pain", Emergency, "red-flag-chest-pain", "Chest pain or pressure";
    Breathless => "breathless", Emergency, "red-flag-breathless", "Short of breath or finding it hard to breathe";
    Spreading => "spreading", Emergency, "red-flag-spreading", "Pain spreading to the arm, jaw or neck";
    SweatingSick => "sweating_sick", Emergency, "red-flag-sweating-sick", "Sweating, or feeling or being sick, with the pain";
    Tearing => "tearing", Emergency, "red-flag-tearing", "Sudden, severe pain that feels like tearing or ripping";
    CoughingBlood => "coughing_blood", Emergency, "red-flag-coughing-blood", "Coughing up blood";
    BothLegs => "both_legs", Emergency, "red-flag-both-legs", "Pain, tingling, weakness or numbness in both legs";
    BladderBowel => "bladder_bowel", Emergency, "red-flag-bladder-bowel", "Loss of bladder or bowel control, or numbness around the genitals or buttocks";
    SeriousAccident => "serious_accident", Emergency, "red-flag-serious-accident", "It started after a serious fall or accident";
    Fever => "fever", Urgent, "red-flag-fever", "A high temperature, or feeling unwell";
    WeightLoss => "weight_loss", Urgent, "red-flag-weight-loss", "Losing weight without trying";
    NightRest => "night_rest", Urgent, "red-flag-night-rest", "Worse at night, or does not ease with rest";
    Cancer => "cancer", Urgent, "red-flag-cancer", "Has had cancer";
    Worsening => "worsening", Urgent, "red-flag-worsening", "Keeps getting worse over weeks";
    NewAfter50 => "new_after_50", Urgent, "red-flag-new-after-50", "New pain like this after the age of 50";
}

impl RedFlag {
    pub fn from_key(key: &str) -> Result<RedFlag, ValueError> {
        let key = key.trim();
        RedFlag::ALL
            .iter()
            .copied()
            .find(|f| f.key() == key)
            .ok_or_else(|| {
                ValueError::new("rule-red-flag")
                    .with("got", key.escape_debug().to_string())
                    .with(
                        "known",
                        RedFlag::ALL
                            .iter()
                            .map(|f| f.key())
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
            })
    }
}

impl fmt::Display for RedFlag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The most pressing tier among `flags`, if any.
pub fn tier_of(flags: &[RedFlag]) -> Option<Tier> {
    flags.iter().map(|f| f.tier()).max()
}

/// Why Relief asks "Does it come with any of these?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum AskWhy {
    /// The first time Relief starts: once, never again after an answer.
    FirstStart,
    /// A check-in of 8 or more.
    Severe,
    /// 3 or more points above the person's usual (the median of the last 30 days).
    AboveUsual,
    /// "Injury" was picked as a cause.
    Injury,
}

/// What the rules look at for one check-in.
#[derive(Clone, Debug, PartialEq)]
pub struct AskFacts {
    pub rating: u8,
    /// The median rating of the 30 days before this check-in, if there were any.
    pub usual: Option<f64>,
    pub injury: bool,
    /// The journal day the question was last asked, and this check-in's day.
    pub last_asked: Option<NaiveDate>,
    pub today: NaiveDate,
}

/// A rating this high always asks.
pub const SEVERE_FROM: u8 = 8;
/// This many points above the usual asks.
pub const ABOVE_USUAL_BY: f64 = 3.0;

/// Whether to ask after saving this check-in, and why: never twice the same day (the person can
/// always open the checklist themselves), and never blocking the save.
pub fn ask_after_check_in(facts: &AskFacts) -> Option<AskWhy> {
    if facts.last_asked == Some(facts.today) {
        return None;
    }
    if facts.rating >= SEVERE_FROM {
        Some(AskWhy::Severe)
    } else if facts
        .usual
        .is_some_and(|u| f64::from(facts.rating) >= u + ABOVE_USUAL_BY)
    {
        Some(AskWhy::AboveUsual)
    } else if facts.injury {
        Some(AskWhy::Injury)
    } else {
        None
    }
}

/// Whether to ask at start: only if it was never answered in this journal.
pub fn ask_at_start(ever_answered: bool) -> Option<AskWhy> {
    (!ever_answered).then_some(AskWhy::FirstStart)
}

/// The median of `ratings` (the person's usual), or `None` for none.
pub fn median(ratings: &[u8]) -> Option<f64> {
    let mut sorted = ratings.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(f64::from(sorted[n / 2])),
        _ => Some((f64::from(sorted[n / 2 - 1]) + f64::from(sorted[n / 2])) / 2.0),
    }
}

/// The emergency number for a region (ISO 3166 country code, as the system's locale names it):
/// 911 in North America, 999 in the UK, 000 in Australia, 111 in New Zealand, 112 elsewhere in
/// Europe and by default (it works on every mobile phone in the EU and many other countries).
pub fn emergency_number(country: Option<&str>) -> &'static str {
    match country.map(str::to_ascii_uppercase).as_deref() {
        Some("US" | "CA" | "MX" | "PR") => "911",
        Some("GB" | "IE" | "HK" | "MY" | "SG") => "999",
        Some("AU") => "000",
        Some("NZ") => "111",
        _ => "112",
    }
}

/// Every number Relief lists beside the person's own.
pub const EMERGENCY_NUMBERS: [&str; 3] = ["112", "999", "911"];

/// The number to call for `country`, and the others Relief lists beside it.
pub fn emergency_numbers(country: Option<&str>) -> (&'static str, Vec<&'static str>) {
    let number = emergency_number(country);
    let others = EMERGENCY_NUMBERS
        .into_iter()
        .filter(|n| *n != number)
        .collect();
    (number, others)
}

/// How to do a built-in remedy well (`docs/safety.md`): its messages, and for a timed one the
/// shape of a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Guide {
    /// The remedy's key.
    pub remedy: &'static str,
    /// The message naming it (`catalogue-*`).
    pub name: &'static str,
    /// How to do it (`guide-*-how`).
    pub how: &'static str,
    /// The safety line it needs (`guide-*-safety`), beside the stop line every guide has.
    pub safety: &'static str,
    /// For stretching: seconds each hold lasts, counted down in a session.
    pub hold_seconds: Option<u32>,
}

/// When to stop, for every remedy (`guide-stop`).
pub const STOP: &str = "guide-stop";

pub const GUIDES: [Guide; 5] = [
    Guide {
        remedy: "stretch",
        name: "catalogue-stretch",
        how: "guide-stretch-how",
        safety: "guide-stretch-safety",
        hold_seconds: Some(10),
    },
    Guide {
        remedy: "foam_rolling",
        name: "catalogue-foam-rolling",
        how: "guide-foam-rolling-how",
        safety: "guide-foam-rolling-safety",
        hold_seconds: None,
    },
    Guide {
        remedy: "massage",
        name: "catalogue-massage",
        how: "guide-massage-how",
        safety: "guide-massage-safety",
        hold_seconds: None,
    },
    Guide {
        remedy: "heat",
        name: "catalogue-heat",
        how: "guide-heat-how",
        safety: "guide-heat-safety",
        hold_seconds: None,
    },
    Guide {
        remedy: "chiropractic",
        name: "catalogue-chiropractic",
        how: "guide-chiropractic-how",
        safety: "guide-chiropractic-safety",
        hold_seconds: None,
    },
];

/// The guide of a built-in remedy, by its key.
pub fn guide(remedy: &str) -> Option<&'static Guide> {
    GUIDES.iter().find(|g| g.remedy == remedy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn facts(rating: u8, usual: Option<f64>, injury: bool, last: Option<u32>) -> AskFacts {
        AskFacts {
            rating,
            usual,
            injury,
            last_asked: last.map(day),
            today: day(3),
        }
    }

    #[test]
    fn when_to_ask() {
        // 8 or more.
        assert_eq!(
            ask_after_check_in(&facts(8, None, false, None)),
            Some(AskWhy::Severe)
        );
        assert_eq!(ask_after_check_in(&facts(7, None, false, None)), None);
        // 3 or more above the usual, not 2.
        assert_eq!(
            ask_after_check_in(&facts(5, Some(2.0), false, None)),
            Some(AskWhy::AboveUsual)
        );
        assert_eq!(ask_after_check_in(&facts(5, Some(2.5), false, None)), None);
        // Injury.
        assert_eq!(
            ask_after_check_in(&facts(2, Some(2.0), true, Some(2))),
            Some(AskWhy::Injury)
        );
        // Once a day, whatever the reason.
        assert_eq!(ask_after_check_in(&facts(9, None, true, Some(3))), None);
        assert_eq!(
            ask_after_check_in(&facts(9, None, true, Some(2))),
            Some(AskWhy::Severe)
        );
        // At start, only until it was answered.
        assert_eq!(ask_at_start(false), Some(AskWhy::FirstStart));
        assert_eq!(ask_at_start(true), None);
    }

    #[test]
    fn the_usual_is_the_median() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[4, 1, 9]), Some(4.0));
        assert_eq!(median(&[4, 1, 9, 2]), Some(3.0));
    }

    #[test]
    fn every_flag_is_written_as_its_key() {
        for flag in RedFlag::ALL {
            let json = serde_json::to_value(flag).unwrap();
            assert_eq!(json, flag.key());
            assert_eq!(serde_json::from_value::<RedFlag>(json).unwrap(), *flag);
            assert_eq!(
                flag.message(),
                format!("red-flag-{}", flag.key().replace('_', "-"))
            );
        }
    }

    #[test]
    fn flags_and_tiers() {
        assert_eq!(RedFlag::from_key("chest_pain"), Ok(RedFlag::ChestPain));
        assert!(RedFlag::from_key("chest").is_err());
        assert_eq!(tier_of(&[RedFlag::Fever]), Some(Tier::Urgent));
        assert_eq!(
            tier_of(&[RedFlag::Fever, RedFlag::Tearing]),
            Some(Tier::Emergency)
        );
        assert_eq!(tier_of(&[]), None);
        assert_eq!(emergency_number(Some("gb")), "999");
        assert_eq!(emergency_number(Some("US")), "911");
        assert_eq!(emergency_number(Some("DE")), "112");
        assert_eq!(emergency_number(None), "112");
    }
}
