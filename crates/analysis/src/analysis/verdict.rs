//! Verdicts and the one plain sentence that comes with each.

use serde::Serialize;

use crate::i18n::{Messages, Value};

/// What Relief can honestly say about a remedy at one level (session or next day), or about
/// a personal experiment (`experiment::estimate` applies its own rules to the same verdicts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Verdict {
    /// Below the data gates; says how many more are needed.
    NotEnoughData,
    /// The whole (Holm-adjusted) interval is on the relief side and the estimate is ≥ 1 point.
    Helped,
    /// The mirror image: clearly more sore, by ≥ 1 point.
    Worse,
    /// The interval is on the relief side but the estimate is under 1 point.
    Small,
    /// The interval is more than a point wide on each side.
    Imprecise,
    NoClearEffect,
}

impl Verdict {
    pub fn key(self) -> &'static str {
        match self {
            Verdict::NotEnoughData => "not_enough_data",
            Verdict::Helped => "helped",
            Verdict::Worse => "worse",
            Verdict::Small => "small",
            Verdict::Imprecise => "imprecise",
            Verdict::NoClearEffect => "no_clear_effect",
        }
    }

    /// The message saying the verdict in a word or two ("helped", "not enough data").
    pub fn message(self) -> &'static str {
        match self {
            Verdict::NotEnoughData => "verdict-not-enough-data",
            Verdict::Helped => "verdict-helped",
            Verdict::Worse => "verdict-worse",
            Verdict::Small => "verdict-small",
            Verdict::Imprecise => "verdict-imprecise",
            Verdict::NoClearEffect => "verdict-no-clear",
        }
    }

    /// The verdict in a word or two for a table, in `m`'s language.
    pub fn words_in(self, m: &Messages) -> String {
        m.get(self.message(), &[])
    }
}

/// An estimate of relief (positive = less sore) with its adjusted interval and whether the
/// Holm procedure rejected "no effect".
#[derive(Clone, Copy, Debug)]
pub struct Estimate {
    pub relief: f64,
    pub low: f64,
    pub high: f64,
    pub significant: bool,
}

/// The verdict rules (`docs/stats.md`), applied to an estimate that passed the data gates.
pub fn classify(e: &Estimate) -> Verdict {
    let half_width = (e.high - e.low) / 2.0;
    if e.significant && e.low > 0.0 && e.relief >= 1.0 {
        Verdict::Helped
    } else if e.significant && e.high < 0.0 && e.relief <= -1.0 {
        Verdict::Worse
    } else if e.significant && e.low > 0.0 {
        Verdict::Small
    } else if half_width > 1.0 {
        Verdict::Imprecise
    } else {
        Verdict::NoClearEffect
    }
}

/// The arguments every sentence about an estimate takes: `points` (the relief, or its
/// opposite for "more sore"), `low` and `high` (the interval).
fn numbers<'a>(m: &Messages, e: &Estimate, worse: bool) -> [(&'a str, String); 3] {
    [
        ("points", m.points(if worse { -e.relief } else { e.relief })),
        ("low", m.one(e.low)),
        ("high", m.one(e.high)),
    ]
}

fn say(
    m: &Messages,
    id: &str,
    name: &str,
    numbers: &[(&str, String)],
    more: &[(&str, Value<'_>)],
) -> String {
    let mut args: Vec<(&str, Value<'_>)> = vec![("name", Value::Text(name))];
    args.extend(numbers.iter().map(|(k, v)| (*k, Value::Text(v.as_str()))));
    args.extend_from_slice(more);
    m.get(id, &args)
}

/// The sentence for a session-level verdict, in `m`'s language. `name` is the remedy as it
/// reads inside a sentence; `raw`: the change includes natural ups and downs.
pub fn session_sentence(
    m: &Messages,
    name: &str,
    verdict: Verdict,
    e: Option<&Estimate>,
    raw: bool,
    missing: usize,
) -> String {
    let base = match (verdict, e) {
        (Verdict::NotEnoughData, _) => say(
            m,
            "session-not-enough",
            name,
            &[],
            &[("missing", Value::Count(missing as i64))],
        ),
        (Verdict::Helped, Some(e)) => say(m, "session-helped", name, &numbers(m, e, false), &[]),
        (Verdict::Worse, Some(e)) => say(m, "session-worse", name, &numbers(m, e, true), &[]),
        (Verdict::Small, Some(e)) => say(
            m,
            "session-small",
            &capitalise(name),
            &numbers(m, e, false),
            &[],
        ),
        (Verdict::Imprecise, Some(e)) => {
            say(m, "session-imprecise", name, &numbers(m, e, false), &[])
        }
        (_, Some(e)) => say(m, "session-no-clear", name, &numbers(m, e, false), &[]),
        (_, None) => say(m, "session-none", name, &[], &[]),
    };
    if raw && verdict != Verdict::NotEnoughData {
        format!("{base} {}", m.get("session-raw", &[]))
    } else {
        base
    }
}

/// The sentence for `rest`, the control: what doing nothing does on its own.
pub fn rest_sentence(m: &Messages, e: &Estimate) -> String {
    say(m, "rest-sentence", "", &numbers(m, e, false), &[])
}

/// The sentence for a next-day verdict; `need` says why there is no estimate yet.
pub fn next_day_sentence(
    m: &Messages,
    name: &str,
    verdict: Verdict,
    e: Option<&Estimate>,
    need: &str,
) -> String {
    let id = match (verdict, e) {
        (Verdict::NotEnoughData, _) => {
            return m.get("next-day-not-enough", &[("need", Value::Text(need))])
        }
        (_, None) => return say(m, "next-day-none", name, &[], &[]),
        (Verdict::Helped, _) => "next-day-helped",
        (Verdict::Worse, _) => "next-day-worse",
        (Verdict::Small, _) => "next-day-small",
        (Verdict::Imprecise, _) => "next-day-imprecise",
        (Verdict::NoClearEffect, _) => "next-day-no-clear",
    };
    let worse = verdict == Verdict::Worse;
    match e {
        Some(e) => say(m, id, name, &numbers(m, e, worse), &[]),
        None => say(m, "next-day-none", name, &[], &[]),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn est(relief: f64, low: f64, high: f64) -> Estimate {
        Estimate {
            relief,
            low,
            high,
            significant: low > 0.0 || high < 0.0,
        }
    }

    #[test]
    fn rules() {
        assert_eq!(classify(&est(1.8, 1.2, 2.4)), Verdict::Helped);
        assert_eq!(classify(&est(-1.5, -2.0, -1.0)), Verdict::Worse);
        assert_eq!(classify(&est(0.6, 0.2, 1.0)), Verdict::Small);
        assert_eq!(classify(&est(0.9, -0.5, 2.3)), Verdict::Imprecise);
        assert_eq!(classify(&est(0.1, -0.4, 0.6)), Verdict::NoClearEffect);
        // Never "helped" on the estimate alone.
        assert_eq!(classify(&est(2.5, -0.1, 5.1)), Verdict::Imprecise);
    }
}
