//! Verdicts and the one plain sentence that comes with each.

use super::words::{one, points as pts};
use serde::Serialize;

/// What Relief can honestly say about a remedy at one level (session or next day).
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

    /// Words for a table: "helped", "not enough data".
    pub fn words(self) -> &'static str {
        match self {
            Verdict::NotEnoughData => "not enough data",
            Verdict::Helped => "helped",
            Verdict::Worse => "worse",
            Verdict::Small => "small effect",
            Verdict::Imprecise => "too uncertain",
            Verdict::NoClearEffect => "no clear effect",
        }
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

/// "0.4 and 1.2", for "between … and …".
fn between(e: &Estimate) -> String {
    format!("{} and {}", one(e.low), one(e.high))
}

/// "-0.5 to 2.3", for "from … to …".
fn span(e: &Estimate) -> String {
    format!("{} to {}", one(e.low), one(e.high))
}

/// The sentence for a session-level verdict. `raw`: the change includes natural ups and downs.
pub fn session_sentence(
    name: &str,
    verdict: Verdict,
    e: Option<&Estimate>,
    raw: bool,
    missing: usize,
) -> String {
    let base = match (verdict, e) {
        (Verdict::NotEnoughData, _) => format!(
            "Not enough data yet: {missing} more {name} session{} with a rating afterwards are needed. This does not mean it didn't help — Relief can't tell yet.",
            if missing == 1 { "" } else { "s" }
        ),
        (Verdict::Helped, Some(e)) => format!(
            "After {name} you were on average {} less sore (likely between {}) — a clear relief.",
            pts(e.relief), between(e)
        ),
        (Verdict::Worse, Some(e)) => format!(
            "After {name} you were on average {} more sore (likely between {} points of relief) — it seems to make things worse.",
            pts(-e.relief), between(e)
        ),
        (Verdict::Small, Some(e)) => format!(
            "{} seems to help a little: about {} less sore (likely between {}) — real, but under the 1 point most people notice.",
            capitalise(name), pts(e.relief), between(e)
        ),
        (Verdict::Imprecise, Some(e)) => format!(
            "Too uncertain to say yet: the relief after {name} could be anywhere from {} points. More sessions with a rating afterwards will narrow it.",
            span(e)
        ),
        (_, Some(e)) => format!(
            "No clear effect: about {} of relief after {name} (likely between {}), so it made little difference.",
            pts(e.relief), between(e)
        ),
        (_, None) => format!("Relief could not estimate an effect for {name}."),
    };
    if raw && verdict != Verdict::NotEnoughData {
        format!(
            "{base} This includes natural ups and downs; log a few \"rest\" sessions (do nothing, then rate again) so Relief can separate them."
        )
    } else {
        base
    }
}

/// The sentence for `rest`, the control: what doing nothing does on its own.
pub fn rest_sentence(e: &Estimate) -> String {
    format!(
        "Resting (doing nothing, then rating again) changed soreness by {} on its own (likely between {}). That is the natural ups and downs; other remedies' relief is measured beyond it.",
        pts(e.relief),
        between(e)
    )
}

/// The sentence for a next-day verdict.
pub fn next_day_sentence(name: &str, verdict: Verdict, e: Option<&Estimate>, need: &str) -> String {
    match (verdict, e) {
        (Verdict::NotEnoughData, _) => format!(
            "Not enough days yet to see an effect on the next morning: {need}. This does not mean it didn't help."
        ),
        (Verdict::Helped, Some(e)) => format!(
            "On days with {name} you woke up {} less sore the next morning than on comparable days without it (likely between {}).",
            pts(e.relief), between(e)
        ),
        (Verdict::Worse, Some(e)) => format!(
            "On days with {name} you woke up {} more sore the next morning than on comparable days without it (likely between {} points of relief).",
            pts(-e.relief), between(e)
        ),
        (Verdict::Small, Some(e)) => format!(
            "A small next-morning benefit: about {} less sore after days with {name} (likely between {}).",
            pts(e.relief), between(e)
        ),
        (Verdict::Imprecise, Some(e)) => format!(
            "Too uncertain to say what {name} does for the next morning: anywhere from {} points of relief.",
            span(e)
        ),
        (_, Some(e)) => format!(
            "No clear effect on the next morning: about {} (likely between {}), compared with days without {name} that started as sore.",
            pts(e.relief), between(e)
        ),
        (_, None) => format!("Relief could not estimate a next-morning effect for {name}."),
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
