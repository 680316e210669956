//! An experiment's result as the CLI, the app and the report give it: the numbers, the verdict
//! and one plain sentence. A running experiment shows progress only — never an interim effect.

use serde::Serialize;

use super::{estimate, Deviation, Estimate, Progress, State, Verdict};
use crate::analysis::words::{one, points};
use crate::model::{label_of, CatalogueItem, Comparator, Design, EntryId, Experiment};

/// The result of an experiment (the `relief experiment result --json` shape).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ExperimentResult {
    pub experiment: String,
    pub state: State,
    pub design: Design,
    pub remedy: String,
    pub comparator: String,
    pub pairs_planned: u32,
    pub pairs_complete: u32,
    pub pairs_void: u32,
    pub delta: f64,
    pub mean_difference: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub p_value: Option<f64>,
    pub p_min: Option<f64>,
    pub prob_meaningful: Option<f64>,
    /// `None` while the experiment runs.
    pub verdict: Option<Verdict>,
    pub explanation: String,
    pub deviations: Vec<Deviation>,
    pub entries: Vec<EntryId>,
    /// The complete pairs' differences, in pair order (empty while running).
    pub differences: Vec<f64>,
    pub stop_reason: Option<String>,
}

/// The result of `experiment` with its `progress`; `remedies` names the remedies.
pub fn result(
    experiment: &Experiment,
    progress: &Progress,
    remedies: &[CatalogueItem],
) -> ExperimentResult {
    let plan = &experiment.plan;
    let complete = progress.pairs.len() as u32;
    let running = progress.state == State::Running;
    let differences: Vec<f64> = progress.pairs.iter().map(|p| p.difference).collect();
    let void_share = f64::from(progress.pairs_void) / f64::from(plan.pairs);
    let numbers = (!running).then(|| estimate(&differences, plan.delta, void_share, plan.seed));
    let names = Names::of(experiment, remedies);
    let mut explanation = match &numbers {
        None => running_sentence(complete, progress.pairs_void, plan.pairs),
        Some(e) => sentence(e, &names, plan.design, progress.pairs_void),
    };
    if let (State::Stopped, Some(stop)) = (progress.state, &experiment.stop) {
        explanation = format!("Stopped early ({}). {explanation}", stop.reason);
    }
    let pick = |f: fn(&Estimate) -> Option<f64>| numbers.as_ref().and_then(f);
    ExperimentResult {
        experiment: plan.id.to_string(),
        state: progress.state,
        design: plan.design,
        remedy: plan.remedy.to_string(),
        comparator: plan.comparator.to_string(),
        pairs_planned: plan.pairs,
        pairs_complete: complete,
        pairs_void: progress.pairs_void,
        delta: plan.delta,
        mean_difference: pick(|e| e.mean_difference),
        ci_low: pick(|e| e.ci_low),
        ci_high: pick(|e| e.ci_high),
        p_value: pick(|e| e.p_value),
        p_min: pick(|e| e.p_min),
        prob_meaningful: pick(|e| e.prob_meaningful),
        verdict: numbers.as_ref().map(|e| e.verdict),
        explanation,
        deviations: progress.deviations.clone(),
        entries: if running {
            Vec::new()
        } else {
            progress.entries.clone()
        },
        differences: if running { Vec::new() } else { differences },
        stop_reason: experiment.stop.as_ref().map(|s| s.reason.clone()),
    }
}

/// The two arms as a sentence names them.
pub struct Names {
    /// "heat"
    pub remedy: String,
    /// "resting", "stretching", "days without heat"
    pub comparator: String,
}

impl Names {
    /// An arm in words: "heat", "resting", "no heat" (a day without the remedy).
    pub fn arm(&self, plan: &crate::model::Plan, arm: crate::model::Arm) -> String {
        match (arm, &plan.comparator) {
            (crate::model::Arm::A, _) => self.remedy.clone(),
            (crate::model::Arm::B, Comparator::None) => format!("no {}", self.remedy),
            (crate::model::Arm::B, _) => self.comparator.clone(),
        }
    }

    pub fn of(experiment: &Experiment, remedies: &[CatalogueItem]) -> Names {
        let plan = &experiment.plan;
        let remedy = label_of(remedies, plan.remedy.as_str()).to_lowercase();
        let comparator = match &plan.comparator {
            Comparator::None => format!("days without {remedy}"),
            Comparator::Remedy(key) if key.as_str() == "rest" => "resting".to_owned(),
            Comparator::Remedy(key) => label_of(remedies, key.as_str()).to_lowercase(),
        };
        Names { remedy, comparator }
    }
}

fn running_sentence(complete: u32, void: u32, planned: u32) -> String {
    let void = match void {
        0 => String::new(),
        1 => ", 1 void".to_owned(),
        n => format!(", {n} void"),
    };
    format!(
        "Running: {complete} of {planned} pairs complete{void}. The result shows once the experiment ends — looking earlier would fool you."
    )
}

/// "about 1 of 100 reshuffles" / "about 23% of reshuffles".
fn chance(p: f64) -> String {
    if p < 0.05 {
        format!(
            "in about 1 of {:.0} reshuffles of your schedule",
            (1.0 / p).round()
        )
    } else {
        format!("in about {:.0}% of reshuffles of your schedule", p * 100.0)
    }
}

fn sentence(e: &Estimate, names: &Names, design: Design, void: u32) -> String {
    let (Some(x), Some(p)) = (e.mean_difference, e.p_value) else {
        return format!("No complete pairs{}: nothing to compare.", void_words(void));
    };
    let m = e.pairs;
    let likely = match (e.ci_low, e.ci_high) {
        (Some(l), Some(h)) => format!(" (likely {} to {})", one(l), one(h)),
        _ => String::new(),
    };
    let (a, b) = (&names.remedy, &names.comparator);
    let what = match design {
        Design::Session if x >= 0.0 => format!(
            "soreness after {a} dropped {} more than after {b}",
            points(x)
        ),
        Design::Session => format!(
            "soreness after {a} dropped {} less than after {b}",
            points(-x)
        ),
        Design::Days if x >= 0.0 => format!(
            "mornings after {a} were {} less sore than after {b}",
            points(x)
        ),
        Design::Days => format!(
            "mornings after {a} were {} more sore than after {b}",
            points(-x)
        ),
    };
    match e.verdict {
        Verdict::NotEnoughData => format!(
            "Only {m} complete pair{}{}: not enough to say — at least 6 are needed, with no more than 3 in 10 void.",
            if m == 1 { "" } else { "s" },
            void_words(void)
        ),
        Verdict::Helped | Verdict::Small | Verdict::Worse => format!(
            "Across {m} pairs, {what}{likely}. A difference this large would turn up by chance {}.{}",
            chance(p),
            if e.verdict == Verdict::Small { " It is smaller than the difference you said would matter." } else { "" }
        ),
        Verdict::NoClearEffect => format!(
            "Across {m} pairs, {a} and {b} did about the same: {what}{likely}, less than would matter."
        ),
        Verdict::Imprecise => format!(
            "Across {m} pairs, {what}{likely}, but that is not clear yet: a difference this large would turn up by chance {}.",
            chance(p)
        ),
    }
}

fn void_words(void: u32) -> String {
    match void {
        0 => String::new(),
        1 => " (1 void)".to_owned(),
        n => format!(" ({n} void)"),
    }
}
