//! Which remedies helped — honestly, with uncertainty — and how soreness went.
//!
//! The method (documented with the JSON it produces in `docs/stats.md`):
//! 1. **Session relief**: for each session with a rating afterwards, relief = rating − rating
//!    after. Per remedy (sessions where it was used alone; combinations get their own rows):
//!    mean relief with a t-interval, and the share of sessions with a meaningful drop (≥ 2 points
//!    or ≥ 30%) with a Wilson interval. With at least 5 `rest` sessions, the *adjusted* effect
//!    from `after = a + b·before + Σ τ_r·[remedy r]` removes natural ups and downs.
//! 2. **Next-day effect**: `first(t+1) = α + β·last(t) + Σ τ_r·[r used on t] + γ·t` with
//!    Newey–West (lag 3) errors; the baseline term removes the "used on bad days" confound.
//! 3. **Verdicts** from Holm-adjusted intervals, never from a point estimate alone.
//!
//! Every number shown anywhere — CLI, charts, the app, the report — comes from [`Stats`].

pub(crate) mod numbers;
mod sessions;
pub mod verdict;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, Duration, NaiveDate};
use nalgebra::{DMatrix, DVector};
use serde::Serialize;

use crate::i18n::{Messages, Value};
pub use crate::model::Range;
use crate::model::{in_language, label_of, CatalogueItem, CatalogueKind, Entry, Region, Snapshot};
use numbers::{holm, mean, ols, p_value, t_critical};
pub use verdict::{Estimate, Verdict};

/// Fewest sessions (with a rating afterwards) before a session-level estimate.
pub const MIN_SESSIONS: usize = 5;
/// Fewest `rest` sessions before the adjusted session effect.
pub const MIN_REST_SESSIONS: usize = 5;
/// Next-day gates: days with the remedy, days without, day pairs in all.
pub const MIN_DAYS_WITH: usize = 5;
pub const MIN_DAYS_WITHOUT: usize = 5;
pub const MIN_DAY_PAIRS: usize = 14;
/// Family-wise error rate of the Holm-adjusted intervals.
pub const ALPHA: f64 = 0.05;
/// Newey–West lag (days) of the next-day model.
pub const NEWEY_WEST_LAG: usize = 3;
/// The remedy that is a deliberate "did nothing" session: the control.
pub const REST: &str = crate::model::builtin::REST;

#[derive(Clone, Debug, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Stats {
    pub range: RangeStats,
    pub rating: RatingStats,
    pub remedies: Vec<RemedyStats>,
    pub combinations: Vec<RemedyStats>,
    pub causes: Vec<GroupStats>,
    pub regions: Vec<GroupStats>,
    pub peg_weekly: Vec<PegWeek>,
    /// Every calendar day of the range, for charts (not part of the JSON).
    #[serde(skip)]
    pub daily: Vec<Day>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RangeStats {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub days: u32,
    pub days_logged: u32,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RatingStats {
    pub mean: Option<f64>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    pub first_week_mean: Option<f64>,
    pub last_week_mean: Option<f64>,
    /// Last week minus first week: negative = less sore.
    pub change_points: Option<f64>,
    pub change_percent: Option<f64>,
}

/// First week → last week, as every front says it (`docs/stats.md`, "Trend").
#[derive(Clone, Debug, PartialEq)]
pub struct TrendChange {
    /// The first and the last week's means, the change in points ("−1.6 points") and in
    /// percent (" (−32%)", or empty), in the language.
    pub first: String,
    pub last: String,
    pub change: String,
    pub percent: String,
    /// All of it: "5.0 → 3.4: −1.6 points (−32%)".
    pub sentence: String,
    /// Whether it is a clinically important change (≥ 2 points or ≥ 30%: Farrar 2001), and
    /// which way, in the language: "a clinically important improvement (…)".
    pub importance: String,
}

impl RatingStats {
    /// The change from the first week to the last, in `m`'s language; `None` without both.
    pub fn change_in(&self, m: &Messages) -> Option<TrendChange> {
        let (first, last, c) = (
            self.first_week_mean?,
            self.last_week_mean?,
            self.change_points?,
        );
        let percent = self
            .change_percent
            .map(|v| {
                let percent = format!("{v:+.0}");
                format!(
                    " ({})",
                    m.get("report-percent", &[("percent", Value::Text(&percent))])
                )
            })
            .unwrap_or_default();
        let signed = format!("{}{}", if c > 0.0 { "+" } else { "" }, m.one(c));
        let change = m.get(
            "points",
            &[("n", Value::Decimal(c)), ("shown", Value::Text(&signed))],
        );
        let (first, last) = (m.one(first), m.one(last));
        let sentence = m.get(
            "report-change",
            &[
                ("first", Value::Text(&first)),
                ("last", Value::Text(&last)),
                ("change", Value::Text(&change)),
                ("percent", Value::Text(&percent)),
            ],
        );
        let important = c.abs() >= 2.0 || self.change_percent.is_some_and(|v| v.abs() >= 30.0);
        let importance = m.get(
            match (important, c < 0.0) {
                (true, true) => "report-better",
                (true, false) => "report-worse",
                (false, _) => "report-unchanged",
            },
            &[],
        );
        Some(TrendChange {
            first,
            last,
            change,
            percent,
            sentence,
            importance,
        })
    }
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RemedyStats {
    pub key: String,
    pub label: String,
    /// `rest`: the control every other remedy is measured against, shown as the reference
    /// (natural change), not judged.
    pub reference: bool,
    /// Check-ins at which it was used (alone or with others).
    pub uses: u32,
    pub session: SessionEffect,
    /// `null` for combinations: the next-day model estimates remedies one by one.
    pub next_day: Option<NextDayEffect>,
}

#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Basis {
    /// The plain before − after change, natural ups and downs included.
    Raw,
    /// Relief beyond what `rest` sessions show.
    Adjusted,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SessionEffect {
    /// Sessions with a rating afterwards (this remedy alone, or exactly this combination).
    pub n: u32,
    pub mean_relief: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// Share of sessions with a meaningful drop (≥ 2 points or ≥ 30%).
    pub meaningful_share: Option<f64>,
    pub meaningful_ci_low: Option<f64>,
    pub meaningful_ci_high: Option<f64>,
    pub basis: Basis,
    pub adjusted: Option<Adjusted>,
    /// What every front shows and the verdict rests on: `adjusted` when there is one, else the
    /// raw mean with its interval; `null` under the gate.
    pub estimate: Option<Shown>,
    pub verdict: Verdict,
    pub explanation: String,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Adjusted {
    pub relief: f64,
    pub ci_low: f64,
    pub ci_high: f64,
}

/// A session estimate as shown: relief with its interval (absent when too few sessions to draw
/// one).
#[derive(Clone, Debug, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Shown {
    pub relief: f64,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NextDayEffect {
    pub days_with: u32,
    pub days_without: u32,
    pub relief: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub verdict: Verdict,
    pub explanation: String,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GroupStats {
    pub key: String,
    pub label: String,
    pub entries: u32,
    pub mean_rating: Option<f64>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PegWeek {
    pub week_start: NaiveDate,
    pub peg: f64,
}

/// One calendar day of the range. Ratings are `None` on days without a check-in.
#[derive(Clone, Debug, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    pub entries: usize,
    pub mean: Option<f64>,
    pub first: Option<u8>,
    pub last: Option<u8>,
    pub max: Option<u8>,
    /// Mean of the daily means over this day and the six before it (days with data).
    pub rolling_mean: Option<f64>,
    /// Keys of remedies used that day.
    pub remedies: Vec<String>,
    /// A therapist or chiropractic visit that day.
    pub visit: bool,
}

/// Rounds to 3 decimals: more than any display needs, and stable JSON.
fn r3(x: f64) -> f64 {
    let r = (x * 1000.0).round() / 1000.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// Counts cross IPC as 32-bit numbers (JavaScript has no 64-bit integers).
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn r3o(x: Option<f64>) -> Option<f64> {
    x.filter(|v| v.is_finite()).map(r3)
}

/// All statistics for the snapshot's range, their sentences in English (what `--json` and
/// files carry whatever the language).
pub fn stats(snapshot: &Snapshot) -> Stats {
    stats_in(snapshot, &Messages::english())
}

/// All statistics for the snapshot's range, their sentences in `m`'s language.
pub fn stats_in(snapshot: &Snapshot, m: &Messages) -> Stats {
    compute(
        &snapshot.entries,
        &in_language(CatalogueKind::Remedy, &snapshot.remedies, m),
        &in_language(CatalogueKind::Cause, &snapshot.causes, m),
        snapshot.range,
        m,
    )
}

fn is_visit(entry: &Entry) -> bool {
    entry.remedies.iter().any(|u| {
        u.key.as_str() == crate::model::builtin::CHIROPRACTIC
            || u.detail.as_ref().is_some_and(|d| {
                let d = d.as_str().to_lowercase();
                d.contains("therapist") || d.contains("physio") || d.contains("chiropract")
            })
    })
}

/// Computes everything from entries already loaded (in time order).
fn compute(
    entries: &[Entry],
    remedies: &[CatalogueItem],
    causes: &[CatalogueItem],
    range: Range,
    m: &Messages,
) -> Stats {
    let from = range
        .from
        .or_else(|| entries.first().map(|e| e.journal_day));
    let to = range.to.or_else(|| entries.last().map(|e| e.journal_day));
    let daily = match (from, to) {
        (Some(f), Some(t)) if f <= t => daily(entries, f, t),
        _ => Vec::new(),
    };
    let days_logged = daily.iter().filter(|d| d.entries > 0).count();

    let ratings: Vec<f64> = entries.iter().map(|e| f64::from(e.rating.get())).collect();
    let week_mean = |start: NaiveDate, end: NaiveDate| {
        let v: Vec<f64> = entries
            .iter()
            .filter(|e| e.journal_day >= start && e.journal_day <= end)
            .map(|e| f64::from(e.rating.get()))
            .collect();
        mean(&v)
    };
    let (first_week, last_week) = match (from, to) {
        (Some(f), Some(t)) if (t - f).num_days() >= 13 => (
            week_mean(f, f + Duration::days(6)),
            week_mean(t - Duration::days(6), t),
        ),
        _ => (None, None),
    };
    let change = first_week.zip(last_week).map(|(a, b)| b - a);
    let change_percent = first_week
        .zip(change)
        .and_then(|(a, c)| (a > 0.0).then(|| 100.0 * c / a));

    let rating = RatingStats {
        mean: r3o(mean(&ratings)),
        min: entries.iter().map(|e| e.rating.get()).min(),
        max: entries.iter().map(|e| e.rating.get()).max(),
        first_week_mean: r3o(first_week),
        last_week_mean: r3o(last_week),
        change_points: r3o(change),
        change_percent: r3o(change_percent),
    };

    let (remedy_rows, combinations) = sessions::remedy_stats(entries, remedies, &daily, m);

    Stats {
        range: RangeStats {
            from,
            to,
            days: daily.len() as u32,
            days_logged: days_logged as u32,
        },
        rating,
        remedies: remedy_rows,
        combinations,
        causes: cause_stats(entries, causes),
        regions: region_stats(entries, m),
        peg_weekly: peg_weekly(entries),
        daily,
    }
}

fn daily(entries: &[Entry], from: NaiveDate, to: NaiveDate) -> Vec<Day> {
    let mut by_day: BTreeMap<NaiveDate, Vec<&Entry>> = BTreeMap::new();
    for e in entries {
        by_day.entry(e.journal_day).or_default().push(e);
    }
    let n = (to - from).num_days() + 1;
    let mut days: Vec<Day> = Vec::with_capacity(n.max(0) as usize);
    for i in 0..n {
        let date = from + Duration::days(i);
        let list = by_day.get(&date).map(Vec::as_slice).unwrap_or(&[]);
        let ratings: Vec<f64> = list.iter().map(|e| f64::from(e.rating.get())).collect();
        let mut remedies: BTreeSet<String> = BTreeSet::new();
        for e in list {
            for u in &e.remedies {
                remedies.insert(u.key.to_string());
            }
        }
        days.push(Day {
            date,
            entries: list.len(),
            mean: mean(&ratings),
            first: list.first().map(|e| e.rating.get()),
            last: list.last().map(|e| e.rating.get()),
            max: list.iter().map(|e| e.rating.get()).max(),
            rolling_mean: None,
            remedies: remedies.into_iter().collect(),
            visit: list.iter().any(|e| is_visit(e)),
        });
    }
    for i in 0..days.len() {
        let window: Vec<f64> = days[i.saturating_sub(6)..=i]
            .iter()
            .filter_map(|d| d.mean)
            .collect();
        days[i].rolling_mean = mean(&window);
    }
    days
}

fn cause_stats(entries: &[Entry], causes: &[CatalogueItem]) -> Vec<GroupStats> {
    let mut rows: Vec<GroupStats> = causes
        .iter()
        .filter_map(|c| {
            let ratings: Vec<f64> = entries
                .iter()
                .filter(|e| e.causes.contains(&c.key))
                .map(|e| f64::from(e.rating.get()))
                .collect();
            (!ratings.is_empty()).then(|| GroupStats {
                key: c.key.to_string(),
                label: c.label.to_string(),
                entries: count(ratings.len()),
                mean_rating: r3o(mean(&ratings)),
            })
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.entries));
    rows
}

fn region_stats(entries: &[Entry], m: &Messages) -> Vec<GroupStats> {
    let mut by_region: BTreeMap<Region, Vec<f64>> = BTreeMap::new();
    for e in entries {
        for r in &e.regions {
            let rating = r.rating.unwrap_or(e.rating);
            by_region
                .entry(r.region)
                .or_default()
                .push(f64::from(rating.get()));
        }
    }
    let mut rows: Vec<GroupStats> = by_region
        .into_iter()
        .map(|(region, ratings)| GroupStats {
            key: region.key().to_owned(),
            label: region.label_in(m),
            entries: count(ratings.len()),
            mean_rating: r3o(mean(&ratings)),
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.entries));
    rows
}

/// The weekly PEG: per week (Monday first), the mean over its check-ins that rated both
/// interferences of (pain + enjoyment + activity) / 3.
pub fn peg_weekly(entries: &[Entry]) -> Vec<PegWeek> {
    let mut weeks: BTreeMap<NaiveDate, Vec<f64>> = BTreeMap::new();
    for e in entries {
        if let (Some(enj), Some(act)) = (e.enjoyment, e.activity) {
            let peg =
                (f64::from(e.rating.get()) + f64::from(enj.get()) + f64::from(act.get())) / 3.0;
            let start = e.journal_day
                - Duration::days(i64::from(e.journal_day.weekday().num_days_from_monday()));
            weeks.entry(start).or_default().push(peg);
        }
    }
    weeks
        .into_iter()
        .filter_map(|(week_start, v)| {
            mean(&v).map(|peg| PegWeek {
                week_start,
                peg: r3(peg),
            })
        })
        .collect()
}

/// One row of a Holm family: an estimate with its standard error, before adjustment.
#[derive(Clone, Copy)]
struct Candidate {
    relief: f64,
    se: f64,
    df: f64,
}

/// Holm-adjusted estimates for a family of candidates (in order).
fn adjust(family: &[Candidate]) -> Vec<Option<Estimate>> {
    let p: Vec<f64> = family
        .iter()
        .map(|c| p_value(c.relief, c.se, c.df).unwrap_or(1.0))
        .collect();
    holm(&p, ALPHA)
        .into_iter()
        .zip(family)
        .map(|((level, rejected), c)| {
            let q = t_critical(level, c.df)?;
            Some(Estimate {
                relief: c.relief,
                low: c.relief - q * c.se,
                high: c.relief + q * c.se,
                significant: rejected,
            })
        })
        .collect()
}

/// The next-day model over consecutive logged days.
fn next_day_effects(
    daily: &[Day],
    keys: &[String],
    remedies: &[CatalogueItem],
    m: &Messages,
) -> HashMap<String, NextDayEffect> {
    // Pairs (day t, day t+1) both logged.
    let pairs: Vec<(usize, &Day, &Day)> = daily
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0].entries > 0 && w[1].entries > 0)
        .map(|(i, w)| (i, &w[0], &w[1]))
        .collect();
    let counts: Vec<(usize, usize)> = keys
        .iter()
        .map(|k| {
            let with = pairs
                .iter()
                .filter(|(_, d, _)| d.remedies.contains(k))
                .count();
            (with, pairs.len() - with)
        })
        .collect();
    let in_model: Vec<usize> = (0..keys.len())
        .filter(|&i| {
            counts[i].0 >= MIN_DAYS_WITH
                && counts[i].1 >= MIN_DAYS_WITHOUT
                && pairs.len() >= MIN_DAY_PAIRS
        })
        .collect();

    let estimates = next_day_model(&pairs, keys, &in_model);
    keys.iter()
        .enumerate()
        .map(|(i, key)| {
            let (with, without) = counts[i];
            let name = m.in_sentence(&label_of(remedies, key));
            let estimate = estimates.get(&i).copied().flatten();
            let (verdict, explanation) =
                next_day_verdict(m, &name, estimate, (with, without), in_model.contains(&i));
            (
                key.clone(),
                NextDayEffect {
                    days_with: count(with),
                    days_without: count(without),
                    relief: estimate.map(|e| r3(e.relief)),
                    ci_low: estimate.map(|e| r3(e.low)),
                    ci_high: estimate.map(|e| r3(e.high)),
                    verdict,
                    explanation,
                },
            )
        })
        .collect()
}

/// The next-day model over the day pairs, for the remedies in it: their Holm-adjusted
/// estimates by index into `keys`.
fn next_day_model(
    pairs: &[(usize, &Day, &Day)],
    keys: &[String],
    in_model: &[usize],
) -> HashMap<usize, Option<Estimate>> {
    let mut estimates: HashMap<usize, Option<Estimate>> = HashMap::new();
    if !in_model.is_empty() {
        let p = 3 + in_model.len();
        let x = DMatrix::from_fn(pairs.len(), p, |r, c| {
            let (i, today, _) = pairs[r];
            match c {
                0 => 1.0,
                1 => today.last.map(f64::from).unwrap_or(0.0),
                2 => i as f64 / 365.0,
                _ => f64::from(u8::from(today.remedies.contains(&keys[in_model[c - 3]]))),
            }
        });
        let y = DVector::from_fn(pairs.len(), |r, _| {
            pairs[r].2.first.map(f64::from).unwrap_or(0.0)
        });
        if let Some(fit) = ols(&x, &y, Some(NEWEY_WEST_LAG)) {
            let family: Vec<Candidate> = (0..in_model.len())
                .map(|j| Candidate {
                    relief: -fit.beta[3 + j],
                    se: fit.se(3 + j),
                    df: fit.df,
                })
                .collect();
            for (j, e) in adjust(&family).into_iter().enumerate() {
                estimates.insert(in_model[j], e);
            }
        }
    }

    estimates
}

/// The verdict and sentence of a next-day row; without an estimate, why not.
fn next_day_verdict(
    m: &Messages,
    name: &str,
    estimate: Option<Estimate>,
    (with, without): (usize, usize),
    in_model: bool,
) -> (Verdict, String) {
    match estimate {
        Some(e) => {
            let v = verdict::classify(&e);
            (v, verdict::next_day_sentence(m, name, v, Some(&e), ""))
        }
        None => {
            let counted = m.get(
                "next-day-counted",
                &[
                    ("with", Value::Count(with as i64)),
                    ("without", Value::Count(without as i64)),
                ],
            );
            let need = if in_model {
                // Enough days, yet no estimate: the model could not tell it apart.
                m.get("next-day-confounded", &[("counted", Value::Text(&counted))])
            } else {
                m.get(
                    "next-day-needed",
                    &[
                        ("counted", Value::Text(&counted)),
                        ("minWith", Value::Count(MIN_DAYS_WITH as i64)),
                        ("minWithout", Value::Count(MIN_DAYS_WITHOUT as i64)),
                        ("minPairs", Value::Count(MIN_DAY_PAIRS as i64)),
                    ],
                )
            };
            (
                Verdict::NotEnoughData,
                verdict::next_day_sentence(m, name, Verdict::NotEnoughData, None, &need),
            )
        }
    }
}
