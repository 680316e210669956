//! An experiment's result as the CLI, the app and the report give it: the numbers, the verdict
//! and one plain sentence. A running experiment shows progress only — never an interim effect.

use serde::Serialize;

use super::{estimate, Deviation, Estimate, Progress, State, Verdict};
use crate::i18n::{
    Messages,
    Value::{self, Count, Text},
};
use crate::model::builtin::REST;
use crate::model::{
    label_of, shown_label, Arm, CatalogueItem, CatalogueKind, Comparator, Design, EntryId,
    Experiment,
};

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

/// The result of `experiment` with its `progress`; `remedies` names the remedies; the sentence
/// in `m`'s language.
pub fn result(
    experiment: &Experiment,
    progress: &Progress,
    remedies: &[CatalogueItem],
    m: &Messages,
) -> ExperimentResult {
    let plan = &experiment.plan;
    let complete = progress.pairs.len() as u32;
    let running = progress.state == State::Running;
    let differences: Vec<f64> = progress.pairs.iter().map(|p| p.difference).collect();
    let void_share = f64::from(progress.pairs_void) / f64::from(plan.pairs);
    let numbers = (!running).then(|| estimate(&differences, plan.delta, void_share, plan.seed));
    let names = Names::of(experiment, remedies, m);
    let mut explanation = match &numbers {
        None => m.get(
            "exp-running",
            &[
                ("complete", Count(i64::from(complete))),
                ("planned", Count(i64::from(plan.pairs))),
                ("void", Count(i64::from(progress.pairs_void))),
            ],
        ),
        Some(e) => sentence(e, &names, plan.design, progress.pairs_void, m),
    };
    if let (State::Stopped, Some(stop)) = (progress.state, &experiment.stop) {
        explanation = m.get(
            "exp-stopped-early",
            &[
                ("reason", Text(&stop.reason)),
                ("sentence", Text(&explanation)),
            ],
        );
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
        deviations: progress
            .deviations
            .iter()
            .map(|d| Deviation {
                what: d.reason.words(|arm| names.arm(arm, m), m),
                ..d.clone()
            })
            .collect(),
        entries: if running {
            Vec::new()
        } else {
            progress.entries.clone()
        },
        differences: if running { Vec::new() } else { differences },
        stop_reason: experiment.stop.as_ref().map(|s| s.reason.clone()),
    }
}

/// One arm of an experiment, or what it is compared with, as people name it — in whatever
/// language it is said ([`ArmName::words`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArmName {
    /// A remedy (its key, and its name in the journal).
    Remedy { key: String, label: String },
    /// Resting for the same time (the `rest` remedy as a comparison).
    Resting,
    /// A day without the remedy (arm B when the comparison is "days without").
    No { key: String, label: String },
    /// The days without the remedy, as a whole (the comparison itself).
    DaysWithout { key: String, label: String },
}

impl ArmName {
    /// The name inside a sentence: "heat", "resting", "no heat", „Wärme“ as German writes it.
    pub fn words(&self, m: &Messages) -> String {
        let name = |key: &str, label: &str| {
            let shown = m.in_sentence(&shown_label(CatalogueKind::Remedy, key, label, m));
            m.get("exp-remedy", &[("name", Text(&shown))])
        };
        match self {
            ArmName::Remedy { key, label } => name(key, label),
            ArmName::Resting => m.get("exp-resting", &[]),
            ArmName::No { key, label } => m.get("exp-no", &[("remedy", Text(&name(key, label)))]),
            ArmName::DaysWithout { key, label } => {
                m.get("exp-days-without", &[("remedy", Text(&name(key, label)))])
            }
        }
    }

    /// Arm `arm` of `experiment`.
    pub fn of(experiment: &Experiment, remedies: &[CatalogueItem], arm: Arm) -> ArmName {
        let plan = &experiment.plan;
        let remedy = |key: &str| ArmName::Remedy {
            key: key.to_owned(),
            label: label_of(remedies, key),
        };
        match (arm, &plan.comparator) {
            (Arm::A, _) => remedy(plan.remedy.as_str()),
            (Arm::B, Comparator::None) => ArmName::No {
                key: plan.remedy.to_string(),
                label: label_of(remedies, plan.remedy.as_str()),
            },
            (Arm::B, Comparator::Remedy(key)) if key.as_str() == REST => ArmName::Resting,
            (Arm::B, Comparator::Remedy(key)) => remedy(key.as_str()),
        }
    }
}

/// The two arms as a sentence names them, in one language.
pub struct Names {
    /// "heat"
    pub remedy: String,
    /// "resting", "stretching", "days without heat"
    pub comparator: String,
    a: ArmName,
    b: ArmName,
}

impl Names {
    /// An arm in words: "heat", "resting", "no heat" (a day without the remedy).
    pub fn arm(&self, arm: Arm, m: &Messages) -> String {
        match arm {
            Arm::A => self.a.words(m),
            Arm::B => self.b.words(m),
        }
    }

    pub fn of(experiment: &Experiment, remedies: &[CatalogueItem], m: &Messages) -> Names {
        let plan = &experiment.plan;
        let a = ArmName::of(experiment, remedies, Arm::A);
        let b = ArmName::of(experiment, remedies, Arm::B);
        let comparator = match (&b, &plan.comparator) {
            (ArmName::No { key, label }, _) => ArmName::DaysWithout {
                key: key.clone(),
                label: label.clone(),
            },
            (other, _) => other.clone(),
        };
        Names {
            remedy: a.words(m),
            comparator: comparator.words(m),
            a,
            b,
        }
    }
}

/// "about 1 of 100 reshuffles" / "about 23% of reshuffles".
fn chance(p: f64, m: &Messages) -> String {
    if p < 0.05 {
        let n = format!("{:.0}", (1.0 / p).round());
        m.get("exp-chance-rare", &[("n", Text(&n))])
    } else {
        let percent = format!("{:.0}", p * 100.0);
        m.get("exp-chance-share", &[("percent", Text(&percent))])
    }
}

fn sentence(e: &Estimate, names: &Names, design: Design, void: u32, m: &Messages) -> String {
    let void = if void == 0 {
        String::new()
    } else {
        format!(
            " {}",
            m.get("exp-void", &[("void", Count(i64::from(void)))])
        )
    };
    let (Some(x), Some(p)) = (e.mean_difference, e.p_value) else {
        return m.get("exp-no-pairs", &[("void", Text(&void))]);
    };
    let likely = match (e.ci_low, e.ci_high) {
        (Some(l), Some(h)) => {
            let (low, high) = (m.one(l), m.one(h));
            let likely = m.get("exp-likely", &[("low", Text(&low)), ("high", Text(&high))]);
            format!(" {likely}")
        }
        _ => String::new(),
    };
    let points = m.points(x.abs());
    let what = m.get(
        match (design, x >= 0.0) {
            (Design::Session, true) => "exp-session-more",
            (Design::Session, false) => "exp-session-less",
            (Design::Days, true) => "exp-days-less",
            (Design::Days, false) => "exp-days-more",
        },
        &[
            ("a", Text(&names.remedy)),
            ("b", Text(&names.comparator)),
            ("points", Text(&points)),
        ],
    );
    let pairs = Count(i64::from(e.pairs));
    let chance = chance(p, m);
    let args = [
        ("pairs", pairs),
        ("what", Text(&what)),
        ("likely", Text(&likely)),
        ("chance", Text(&chance)),
        ("a", Text(&names.remedy)),
        ("b", Text(&names.comparator)),
        ("void", Text(&void)),
    ];
    let said = |id: &str| {
        let wanted: &[&str] = match id {
            "exp-not-enough" => &["pairs", "void"],
            "exp-no-clear" => &["pairs", "a", "b", "what", "likely"],
            _ => &["pairs", "what", "likely", "chance"],
        };
        let chosen: Vec<(&str, Value<'_>)> = args
            .iter()
            .filter(|(name, _)| wanted.contains(name))
            .copied()
            .collect();
        m.get(id, &chosen)
    };
    match e.verdict {
        Verdict::NotEnoughData => said("exp-not-enough"),
        Verdict::Helped | Verdict::Worse => said("exp-clear"),
        Verdict::Small => format!("{} {}", said("exp-clear"), m.get("exp-small-note", &[])),
        Verdict::NoClearEffect => said("exp-no-clear"),
        Verdict::Imprecise => said("exp-imprecise"),
    }
}
