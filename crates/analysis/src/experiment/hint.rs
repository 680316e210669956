//! The planning hint: how many pairs (and about how long) an experiment needs to see a
//! difference of δ, from the spread of the person's own outcomes.

use serde::Serialize;

use crate::analysis::numbers::sd;
use crate::experiment::follow::utc;
use crate::model::{Design, Entry, Key};

/// The spread assumed without enough history (points; a typical spread of session relief and
/// of morning ratings in pain diaries).
pub const ASSUMED_SD: f64 = 1.5;

/// Outcomes needed before the person's own spread is used.
pub const HISTORY_MIN: usize = 10;

/// How many pairs, and about how many days.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Hint {
    pub pairs: u32,
    pub days: u32,
    /// The spread of one outcome the hint rests on, in points.
    pub sd: f64,
    /// Whether it is the person's own (else [`ASSUMED_SD`]).
    pub from_history: bool,
}

/// Pairs for 80% power at `delta` (two-sided 5%): m ≈ ((1.96 + 0.84)·σ_d/δ)² + 2 with
/// σ_d = √2·σ, never under 6; days from the person's pace (sessions of the two on a day).
pub fn hint(
    entries: &[Entry],
    remedy: &Key,
    comparator: Option<&Key>,
    design: Design,
    delta: f64,
    period_days: u32,
) -> Hint {
    let outcomes = match design {
        Design::Session => session_reliefs(entries, remedy, comparator),
        Design::Days => morning_ratings(entries),
    };
    let own = (outcomes.len() >= HISTORY_MIN)
        .then(|| sd(&outcomes))
        .flatten();
    let sigma = own.filter(|s| *s > 0.0).unwrap_or(ASSUMED_SD);
    let sigma_d = std::f64::consts::SQRT_2 * sigma;
    let m = (((1.96 + 0.84) * sigma_d / delta).powi(2) + 2.0)
        .ceil()
        .max(6.0);
    let pairs = m.min(f64::from(crate::model::PAIRS_MAX)) as u32;
    let days = match design {
        // At most one experiment session in three hours: say two a day.
        Design::Session => pairs,
        Design::Days => 2 * pairs * period_days,
    };
    Hint {
        pairs,
        days,
        sd: sigma,
        from_history: own.is_some(),
    }
}

/// The relief of every past session of the two remedies that had a rating after.
fn session_reliefs(entries: &[Entry], remedy: &Key, comparator: Option<&Key>) -> Vec<f64> {
    entries
        .iter()
        .flat_map(|e| {
            e.remedies
                .iter()
                .filter(|r| &r.key == remedy || Some(&r.key) == comparator)
                .filter_map(move |r| {
                    r.rating_after
                        .map(|after| f64::from(e.rating.get()) - f64::from(after.get()))
                })
        })
        .collect()
}

/// The first rating of every journal day.
fn morning_ratings(entries: &[Entry]) -> Vec<f64> {
    let mut sorted: Vec<&Entry> = entries.iter().collect();
    sorted.sort_by_key(|e| utc(e));
    let mut seen = std::collections::HashSet::new();
    sorted
        .into_iter()
        .filter(|e| seen.insert(e.journal_day))
        .map(|e| f64::from(e.rating.get()))
        .collect()
}
