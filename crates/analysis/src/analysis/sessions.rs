//! Session relief per remedy and per combination (`docs/stats.md`, "Session relief"): the raw
//! before − after change, the adjusted effect against `rest`, Holm-adjusted intervals and the
//! verdict of each row.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use nalgebra::{DMatrix, DVector};

use super::numbers::{mean, ols, sd, t_critical, wilson, Fit};
use super::verdict::{self, Estimate, Verdict};
use super::{
    adjust, count, label_of, r3, r3o, Adjusted, Basis, Candidate, Day, NextDayEffect, RemedyStats,
    SessionEffect, Shown, ALPHA, MIN_REST_SESSIONS, MIN_SESSIONS, REST,
};
use crate::i18n::Messages;
use crate::model::{CatalogueItem, Entry};

/// The remedies of one check-in: one key for a remedy used alone, several for a combination.
/// Sorted and distinct, so a combination is the same set however it was logged.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) struct RemedySet(Vec<String>);

impl RemedySet {
    fn of(entry: &Entry) -> RemedySet {
        let keys: BTreeSet<String> = entry.remedies.iter().map(|u| u.key.to_string()).collect();
        RemedySet(keys.into_iter().collect())
    }

    fn single(key: &str) -> RemedySet {
        RemedySet(vec![key.to_owned()])
    }

    fn is_combination(&self) -> bool {
        self.0.len() > 1
    }

    fn is_rest(&self) -> bool {
        self.0 == [REST]
    }

    fn contains(&self, key: &str) -> bool {
        self.0.iter().any(|k| k == key)
    }

    fn keys(&self) -> &[String] {
        &self.0
    }

    /// How exports and the JSON name it: `heat`, or `heat+stretch` for a combination.
    fn key(&self) -> String {
        self.0.join("+")
    }

    /// How people read it: "Heat", or "Heat + Stretching".
    fn label(&self, remedies: &[CatalogueItem]) -> String {
        let labels: Vec<String> = self.0.iter().map(|k| label_of(remedies, k)).collect();
        labels.join(" + ")
    }
}

/// A session: one check-in with remedies and a rating afterwards.
struct Session {
    set: RemedySet,
    before: f64,
    after: f64,
}

impl Session {
    fn relief(&self) -> f64 {
        self.before - self.after
    }
    fn meaningful(&self) -> bool {
        let d = self.relief();
        d >= 2.0 || (self.before > 0.0 && d >= 0.3 * self.before)
    }
}

/// What the entries say, counted once: uses per remedy and per combination, and the sessions.
struct Tally {
    uses: HashMap<String, usize>,
    combination_uses: BTreeMap<RemedySet, usize>,
    sessions: Vec<Session>,
}

fn tally(entries: &[Entry]) -> Tally {
    let mut tally = Tally {
        uses: HashMap::new(),
        combination_uses: BTreeMap::new(),
        sessions: Vec::new(),
    };
    for e in entries {
        let set = RemedySet::of(e);
        if set.keys().is_empty() {
            continue;
        }
        for k in set.keys() {
            *tally.uses.entry(k.clone()).or_default() += 1;
        }
        if set.is_combination() {
            *tally.combination_uses.entry(set.clone()).or_default() += 1;
        }
        let afters: Vec<f64> = e
            .remedies
            .iter()
            .filter_map(|u| u.rating_after.map(|r| f64::from(r.get())))
            .collect();
        if let Some(after) = mean(&afters) {
            tally.sessions.push(Session {
                set,
                before: f64::from(e.rating.get()),
                after,
            });
        }
    }
    tally
}

struct RawSession {
    n: usize,
    mean: Option<f64>,
    se: Option<f64>,
    meaningful: usize,
}

/// The plain before − after numbers of the sessions with exactly `set`.
fn raw_session(sessions: &[Session], set: &RemedySet) -> RawSession {
    let own: Vec<&Session> = sessions.iter().filter(|s| &s.set == set).collect();
    let d: Vec<f64> = own.iter().map(|s| s.relief()).collect();
    RawSession {
        n: d.len(),
        mean: mean(&d),
        se: sd(&d).map(|s| s / (d.len() as f64).sqrt()),
        meaningful: own.iter().filter(|s| s.meaningful()).count(),
    }
}

/// `after = a + b·before + Σ τ_r·[remedy r]` over every session, fitted when there are
/// enough `rest` sessions to say what natural change looks like.
struct AdjustedModel {
    fit: Fit,
    /// The remedy of each τ column (column `i + 2`).
    columns: Vec<String>,
}

impl AdjustedModel {
    fn fit(sessions: &[Session], singles: &[RemedySet]) -> Option<AdjustedModel> {
        let rest = sessions.iter().filter(|s| s.set.is_rest()).count();
        if rest < MIN_REST_SESSIONS {
            return None;
        }
        let columns: Vec<String> = singles
            .iter()
            .filter(|s| !s.is_rest())
            .map(RemedySet::key)
            .collect();
        let x = DMatrix::from_fn(sessions.len(), 2 + columns.len(), |r, c| match c {
            0 => 1.0,
            1 => sessions[r].before,
            _ => f64::from(u8::from(sessions[r].set.contains(&columns[c - 2]))),
        });
        let y = DVector::from_fn(sessions.len(), |r, _| sessions[r].after);
        ols(&x, &y, None).map(|fit| AdjustedModel { fit, columns })
    }

    /// Relief beyond natural change for a remedy or combination (the sum of its τs); none for
    /// `rest`, the reference.
    fn of(&self, set: &RemedySet) -> Option<Candidate> {
        if set.is_rest() {
            return None;
        }
        let idx = set
            .keys()
            .iter()
            .map(|k| self.columns.iter().position(|c| c == k).map(|i| i + 2))
            .collect::<Option<Vec<usize>>>()?;
        let beta: f64 = idx.iter().map(|&i| self.fit.beta[i]).sum();
        Some(Candidate {
            relief: -beta,
            se: self.fit.se_of_sum(&idx),
            df: self.fit.df,
        })
    }
}

/// One row (a remedy or a combination) before its verdict.
struct Row {
    set: RemedySet,
    raw: RawSession,
    adjusted: Option<Candidate>,
    /// Its place in the Holm family, when past the gate.
    family_index: Option<usize>,
}

impl Row {
    fn gated(&self) -> bool {
        self.raw.n >= MIN_SESSIONS
    }

    fn basis(&self) -> Basis {
        if self.adjusted.is_some() {
            Basis::Adjusted
        } else {
            Basis::Raw
        }
    }

    /// The estimate on its basis, which enters the Holm family.
    fn candidate(&self) -> Option<Candidate> {
        match (&self.adjusted, self.raw.mean, self.raw.se) {
            (Some(a), _, _) => Some(*a),
            (None, Some(m), Some(se)) => Some(Candidate {
                relief: m,
                se,
                df: (self.raw.n - 1) as f64,
            }),
            _ => None,
        }
    }
}

/// The rows (remedies used, in catalogue order, then combinations seen) with the Holm family
/// of those past the gate.
fn rows_and_family(
    tally: &Tally,
    singles: Vec<RemedySet>,
    model: Option<&AdjustedModel>,
) -> (Vec<Row>, Vec<Candidate>) {
    let combinations = tally.combination_uses.keys().cloned();
    let mut family = Vec::new();
    let rows = singles
        .into_iter()
        .chain(combinations)
        .map(|set| {
            let mut row = Row {
                raw: raw_session(&tally.sessions, &set),
                adjusted: model.and_then(|m| m.of(&set)),
                set,
                family_index: None,
            };
            if let Some(c) = row.candidate().filter(|_| row.gated()) {
                row.family_index = Some(family.len());
                family.push(c);
            }
            row
        })
        .collect();
    (rows, family)
}

/// Session relief for every remedy used in the range and every combination seen: the rows of
/// `remedies` and `combinations` in `Stats`.
pub(super) fn remedy_stats(
    entries: &[Entry],
    remedies: &[CatalogueItem],
    daily: &[Day],
    m: &Messages,
) -> (Vec<RemedyStats>, Vec<RemedyStats>) {
    let tally = tally(entries);
    let singles: Vec<RemedySet> = remedies
        .iter()
        .filter(|r| tally.uses.contains_key(r.key.as_str()))
        .map(|r| RemedySet::single(r.key.as_str()))
        .collect();
    let single_keys: Vec<String> = singles.iter().map(RemedySet::key).collect();
    let model = AdjustedModel::fit(&tally.sessions, &singles);
    let (rows, family) = rows_and_family(&tally, singles, model.as_ref());
    let estimates = adjust(&family);
    let next_day = super::next_day_effects(daily, &single_keys, remedies, m);

    let mut singles = Vec::new();
    let mut combinations = Vec::new();
    for row in &rows {
        let estimate = row.family_index.and_then(|f| estimates[f]);
        let candidate = row.family_index.map(|f| &family[f]);
        let stats = remedy_row(row, estimate, candidate, remedies, &tally, &next_day, m);
        if row.set.is_combination() {
            combinations.push(stats);
        } else {
            singles.push(stats);
        }
    }
    combinations.sort_by(|a, b| b.uses.cmp(&a.uses).then(a.key.cmp(&b.key)));
    (singles, combinations)
}

fn remedy_row(
    row: &Row,
    estimate: Option<Estimate>,
    candidate: Option<&Candidate>,
    remedies: &[CatalogueItem],
    tally: &Tally,
    next_day: &HashMap<String, NextDayEffect>,
    m: &Messages,
) -> RemedyStats {
    let key = row.set.key();
    let label = row.set.label(remedies);
    let uses = if row.set.is_combination() {
        tally.combination_uses.get(&row.set).copied()
    } else {
        tally.uses.get(&key).copied()
    };
    RemedyStats {
        reference: row.set.is_rest(),
        session: session_effect(row, estimate, candidate, &m.in_sentence(&label), m),
        next_day: if row.set.is_combination() {
            None
        } else {
            next_day.get(&key).cloned()
        },
        uses: count(uses.unwrap_or(0)),
        key,
        label,
    }
}

/// A row's numbers, verdict and sentence. Under the gate it has no estimate: numbers from
/// three sessions would read as an answer.
fn session_effect(
    row: &Row,
    estimate: Option<Estimate>,
    candidate: Option<&Candidate>,
    name: &str,
    m: &Messages,
) -> SessionEffect {
    let raw = &row.raw;
    let gated = row.gated();
    let basis = row.basis();
    let (ci_low, ci_high) = raw_interval(raw, estimate, candidate);
    let wilson_ci = wilson(raw.meaningful, raw.n).filter(|_| gated);
    let (verdict, explanation) = verdict_of(row, estimate, name, m);
    let adjusted = match basis {
        Basis::Adjusted => estimate.map(|e| Adjusted {
            relief: r3(e.relief),
            ci_low: r3(e.low),
            ci_high: r3(e.high),
        }),
        Basis::Raw => None,
    };
    let mean_relief = r3o(raw.mean.filter(|_| gated));
    let (ci_low, ci_high) = (
        r3o(ci_low.filter(|_| gated)),
        r3o(ci_high.filter(|_| gated)),
    );
    let shown = match &adjusted {
        Some(a) => Some(Shown {
            relief: a.relief,
            ci_low: Some(a.ci_low),
            ci_high: Some(a.ci_high),
        }),
        None => mean_relief.map(|relief| Shown {
            relief,
            ci_low,
            ci_high,
        }),
    };
    SessionEffect {
        n: count(raw.n),
        mean_relief,
        ci_low,
        ci_high,
        meaningful_share: gated.then(|| r3(raw.meaningful as f64 / raw.n as f64)),
        meaningful_ci_low: wilson_ci.map(|w| r3(w.0)),
        meaningful_ci_high: wilson_ci.map(|w| r3(w.1)),
        basis,
        adjusted,
        estimate: shown,
        verdict,
        explanation,
    }
}

/// The raw mean's interval, drawn at the row's level in the Holm family (else 95%).
fn raw_interval(
    raw: &RawSession,
    estimate: Option<Estimate>,
    candidate: Option<&Candidate>,
) -> (Option<f64>, Option<f64>) {
    let level_q = estimate.and_then(|e| {
        let c = candidate?;
        (c.se > 0.0).then(|| (e.high - e.relief) / c.se)
    });
    let (Some(m), Some(se)) = (raw.mean, raw.se) else {
        return (None, None);
    };
    match level_q.or_else(|| t_critical(ALPHA, (raw.n.max(2) - 1) as f64)) {
        Some(q) => (Some(m - q * se), Some(m + q * se)),
        None => (None, None),
    }
}

fn verdict_of(
    row: &Row,
    estimate: Option<Estimate>,
    name: &str,
    m: &Messages,
) -> (Verdict, String) {
    match estimate {
        Some(e) if row.gated() => {
            let v = verdict::classify(&e);
            let sentence = if row.set.is_rest() {
                verdict::rest_sentence(m, &e)
            } else {
                verdict::session_sentence(m, name, v, Some(&e), row.basis() == Basis::Raw, 0)
            };
            (v, sentence)
        }
        _ => {
            let missing = MIN_SESSIONS.saturating_sub(row.raw.n).max(1);
            (
                Verdict::NotEnoughData,
                verdict::session_sentence(m, name, Verdict::NotEnoughData, None, false, missing),
            )
        }
    }
}
