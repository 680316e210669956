//! `relief experiment …`: personal experiments from the command line (`docs/experiments.md`).

use std::io::Write;

use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::{print, Outcome};
use relief::experiment::{self, result, Progress, SlotState, State};
use relief::i18n::{Messages, Value};
use relief::model::{CatalogueKind, Comparator, Design, Experiment, PlanRequest};
use relief::Error;
use relief::Journal;

#[derive(Subcommand, Debug)]
pub(super) enum ExperimentCommand {
    /// Start an experiment: Relief draws the schedule at random; prints the experiment's id.
    Start(StartArgs),
    /// How many pairs an experiment needs, from your own history (before starting one).
    Hint(HintArgs),
    /// What to do now (the arm of the slot due; nothing of later slots).
    Next {
        #[arg(long)]
        json: bool,
    },
    /// Progress: pairs planned, complete and void, the slots revealed so far — no effect.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// The result of the latest experiment (only progress while it runs).
    Result {
        #[arg(long)]
        json: bool,
    },
    /// Draw the latest experiment: its schedule and, once it ended, the pair differences
    /// (SVG or PNG, told apart by --out's extension).
    Chart {
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
        #[command(flatten)]
        force: super::Force,
    },
    /// Skip the slot due now ("not this time"): its pair is void and replaced at the end.
    Skip,
    /// End the running experiment early.
    Stop {
        /// Why it stops (kept with the experiment and shown in its result).
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// Every experiment, oldest first.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug)]
pub(super) struct StartArgs {
    /// The remedy to test (its key, e.g. heat).
    #[arg(long, value_name = "KEY")]
    remedy: String,
    /// What to compare it with: another remedy's key, rest, or (days design) none.
    #[arg(long = "vs", value_name = "KEY")]
    comparator: String,
    /// session: one session at a time, rated after; days: periods of days, rated next morning.
    #[arg(long, value_name = "DESIGN", value_parser = parse_design)]
    design: Design,
    /// Complete pairs wanted (6 to 60; 8 to 12 is usual).
    #[arg(long, value_name = "N", default_value = "10", allow_hyphen_values = true, value_parser = whole("pairs"))]
    pairs: u32,
    /// The smallest difference worth having, in points (above 0, at most 10).
    #[arg(long, value_name = "POINTS", default_value = "1", allow_hyphen_values = true, value_parser = parse_delta)]
    delta: f64,
    /// days design: the length of each period in days (1 to 28).
    #[arg(long, value_name = "L", default_value = "1", allow_hyphen_values = true, value_parser = whole("period"))]
    period_days: u32,
    /// days design: days at the start of each period left out (shorter than the period).
    #[arg(long, value_name = "W", default_value = "0", allow_hyphen_values = true, value_parser = whole("washout"))]
    washout_days: u32,
    /// Relief's own tests draw a known schedule from this seed. Hidden: a person who chose
    /// the seed could know the arms to come, and the experiment would not be blind.
    #[arg(long, value_name = "N", hide = true)]
    seed: Option<u64>,
}

#[derive(Args, Debug)]
pub(super) struct HintArgs {
    #[arg(long, value_name = "KEY")]
    remedy: String,
    #[arg(long = "vs", value_name = "KEY")]
    comparator: String,
    #[arg(long, value_name = "DESIGN", value_parser = parse_design)]
    design: Design,
    #[arg(long, value_name = "POINTS", default_value = "1", allow_hyphen_values = true, value_parser = parse_delta)]
    delta: f64,
    #[arg(long, value_name = "L", default_value = "1", allow_hyphen_values = true, value_parser = whole("period"))]
    period_days: u32,
    #[arg(long)]
    json: bool,
}

fn parse_design(text: &str) -> Result<Design, String> {
    Design::parse(text.trim()).map_err(super::parse::said)
}

fn whole(what: &'static str) -> impl Fn(&str) -> Result<u32, String> + Clone {
    move |text: &str| match text.trim().parse::<i64>() {
        Ok(n) if n >= 0 => u32::try_from(n).map_err(|_| format!("{what} is far too large: {n}")),
        Ok(n) => Err(format!("{what} must not be negative, got {n}")),
        Err(_) => Err(format!("{what} must be a whole number, got {text:?}")),
    }
}

fn parse_delta(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(x) if x.is_finite() && x > 0.0 => Ok(x),
        Ok(x) => Err(format!("delta must be above 0 points, got {x}")),
        Err(_) => Err(format!("delta must be a number of points, got {text:?}")),
    }
}

pub(super) fn run(
    journal: &mut Journal,
    command: ExperimentCommand,
    out: &mut dyn Write,
) -> Outcome {
    match command {
        ExperimentCommand::Start(args) => start(journal, args, out),
        ExperimentCommand::Hint(args) => hint(journal, args, out),
        ExperimentCommand::Next { json } => next(journal, json, out),
        ExperimentCommand::Status { json } => status(journal, json, out),
        ExperimentCommand::Result { json } => show_result(journal, json, out),
        ExperimentCommand::Chart { out: file, force } => chart(journal, &file, &force),
        ExperimentCommand::Skip => {
            let slot = journal.skip_experiment_slot()?;
            super::say(
                out,
                "cli-exp-skipped",
                &[("slot", Value::Count(i64::from(slot) + 1))],
            )?;
            Ok(())
        }
        ExperimentCommand::Stop { reason } => {
            let stopped = journal.stop_experiment(&reason)?;
            let id = stopped.plan.id.to_string();
            super::say(out, "cli-exp-stopped", &[("id", Value::Text(&id))])?;
            Ok(())
        }
        ExperimentCommand::List { json } => list(journal, json, out),
    }
}

fn start(journal: &mut Journal, args: StartArgs, out: &mut dyn Write) -> Outcome {
    let request = PlanRequest {
        remedy: journal.remedy_named(&args.remedy)?,
        comparator: journal.comparator_named(&args.comparator)?,
        design: args.design,
        pairs: args.pairs,
        delta: args.delta,
        period_days: args.period_days,
        washout_days: args.washout_days,
        carry_over_seconds: relief::model::CARRY_OVER_SECONDS,
    };
    let seed = match args.seed {
        Some(seed) => seed,
        None => experiment::schedule::fresh_seed().map_err(|detail| Error::Internal {
            what: "drawing the schedule",
            detail,
        })?,
    };
    let plan = journal.start_experiment(&request, seed)?;
    writeln!(out, "{}", plan.id)?;
    Ok(())
}

fn hint(journal: &Journal, args: HintArgs, out: &mut dyn Write) -> Outcome {
    let remedy = journal.remedy_named(&args.remedy)?;
    let comparator = journal.comparator_named(&args.comparator)?;
    let entries = journal.entries(&Default::default())?;
    let found = experiment::hint(
        &entries,
        &remedy,
        comparator.remedy(),
        args.design,
        args.delta,
        args.period_days,
    );
    let m = relief::system::messages();
    print(out, args.json, &found, |out, h| {
        let (delta, sd) = (m.points(args.delta), m.points(h.sd));
        let said = m.get(
            if h.from_history {
                "cli-exp-hint-own"
            } else {
                "cli-exp-hint-typical"
            },
            &[
                ("pairs", Value::Count(i64::from(h.pairs))),
                ("days", Value::Count(i64::from(h.days))),
                ("delta", Value::Text(&delta)),
                ("sd", Value::Text(&sd)),
            ],
        );
        writeln!(out, "{said}")
    })
}

/// The latest experiment and its progress.
fn latest(journal: &Journal) -> Result<(Experiment, Progress), Error> {
    let experiment = journal.experiments()?.pop().ok_or(Error::NoExperiment)?;
    let progress = journal.progress(&experiment)?;
    Ok((experiment, progress))
}

#[derive(Serialize)]
struct Next {
    experiment: String,
    slot: Option<u32>,
    pair: Option<u32>,
    arm: Option<String>,
    day: Option<NaiveDate>,
    state: State,
}

fn next(journal: &Journal, json: bool, out: &mut dyn Write) -> Outcome {
    let (experiment, progress) = latest(journal)?;
    let plan = &experiment.plan;
    let current = progress.current.as_ref();
    let next = Next {
        experiment: plan.id.to_string(),
        slot: current.map(|c| c.slot + 1),
        pair: current.map(|c| c.pair + 1),
        arm: current.and_then(|c| c.arm).map(|arm| plan.arm_key(arm)),
        day: current.and_then(|c| c.day),
        state: progress.state,
    };
    let m = relief::system::messages();
    print(out, json, &next, |out, n| {
        let remedy = plan.remedy.to_string();
        let slot = Value::Count(i64::from(n.slot.unwrap_or(0)));
        let pair = Value::Count(i64::from(n.pair.unwrap_or(0)));
        let said = match (&n.arm, n.state, plan.design) {
            (_, State::Complete, _) => m.get("cli-exp-complete", &[]),
            (_, State::Stopped, _) => m.get("cli-exp-was-stopped", &[]),
            (None, _, _) => m.get("cli-exp-waiting", &[]),
            (Some(arm), _, Design::Session) => m.get(
                "cli-exp-now",
                &[("arm", Value::Text(arm)), ("slot", slot), ("pair", pair)],
            ),
            (Some(arm), _, Design::Days) if arm == Comparator::NONE => {
                m.get("cli-exp-today-without", &[("remedy", Value::Text(&remedy))])
            }
            (Some(arm), _, Design::Days) => m.get("cli-exp-today", &[("arm", Value::Text(arm))]),
        };
        writeln!(out, "{said}")
    })
}

#[derive(Serialize)]
struct SlotView {
    slot: u32,
    pair: u32,
    arm: String,
    state: SlotState,
    first_day: Option<NaiveDate>,
    last_day: Option<NaiveDate>,
    at: Option<DateTime<Utc>>,
}

#[derive(Serialize)]
struct Status {
    experiment: String,
    state: State,
    design: Design,
    remedy: String,
    comparator: String,
    pairs_planned: u32,
    pairs_complete: u32,
    pairs_void: u32,
    started_at: DateTime<Utc>,
    /// Only slots already revealed (done, void or due): never a later one.
    slots: Vec<SlotView>,
}

fn status(journal: &Journal, json: bool, out: &mut dyn Write) -> Outcome {
    let (experiment, progress) = latest(journal)?;
    let plan = &experiment.plan;
    let status = Status {
        experiment: plan.id.to_string(),
        state: progress.state,
        design: plan.design,
        remedy: plan.remedy.to_string(),
        comparator: plan.comparator.to_string(),
        pairs_planned: plan.pairs,
        pairs_complete: progress.pairs.len() as u32,
        pairs_void: progress.pairs_void,
        started_at: plan.started_at,
        slots: progress
            .slots
            .iter()
            .map(|s| SlotView {
                slot: s.slot + 1,
                pair: s.pair + 1,
                arm: plan.arm_key(s.arm),
                state: s.state,
                first_day: s.first_day,
                last_day: s.last_day,
                at: s.at,
            })
            .collect(),
    };
    let m = relief::system::messages();
    print(out, json, &status, |out, s| {
        let said = m.get(
            "cli-exp-status",
            &[
                ("remedy", Value::Text(&s.remedy)),
                ("comparator", Value::Text(&s.comparator)),
                ("design", Value::Text(s.design.key())),
                (
                    "state",
                    Value::Text(&m.get(
                        match s.state {
                            State::Running => "cli-exp-state-running",
                            State::Complete => "cli-exp-state-complete",
                            State::Stopped => "cli-exp-state-stopped",
                        },
                        &[],
                    )),
                ),
                ("complete", Value::Count(i64::from(s.pairs_complete))),
                ("planned", Value::Count(i64::from(s.pairs_planned))),
                ("void", Value::Count(i64::from(s.pairs_void))),
            ],
        );
        writeln!(out, "{said}")?;
        for slot in &s.slots {
            writeln!(
                out,
                "  slot {:>2} (pair {:>2}): {:<14} {:?}",
                slot.slot, slot.pair, slot.arm, slot.state
            )?;
        }
        Ok(())
    })
}

fn show_result(journal: &Journal, json: bool, out: &mut dyn Write) -> Outcome {
    let (experiment, progress) = latest(journal)?;
    let remedies = journal.catalogue(CatalogueKind::Remedy)?;
    // --json is the same in every language; the sentence people read is in theirs.
    let m = if json {
        Messages::english()
    } else {
        relief::system::messages()
    };
    let found = result(&experiment, &progress, &remedies, &m);
    print(out, json, &found, |out, r| {
        writeln!(out, "{}", r.explanation)?;
        if let Some(verdict) = r.verdict {
            let p = r.p_value.map_or("–".into(), |p| format!("{p:.4}"));
            let said = m.get(
                "cli-exp-verdict",
                &[
                    ("verdict", Value::Text(&m.get(verdict.message(), &[]))),
                    ("complete", Value::Count(i64::from(r.pairs_complete))),
                    ("planned", Value::Count(i64::from(r.pairs_planned))),
                    ("void", Value::Count(i64::from(r.pairs_void))),
                    ("p", Value::Text(&p)),
                ],
            );
            writeln!(out, "{said}")?;
        }
        for d in &r.deviations {
            let said = m.get(
                "exp-deviation",
                &[
                    ("pair", Value::Count(i64::from(d.pair + 1))),
                    ("slot", Value::Count(i64::from(d.slot + 1))),
                    ("what", Value::Text(&d.what)),
                ],
            );
            writeln!(out, "  {said}")?;
        }
        Ok(())
    })
}

fn chart(journal: &Journal, file: &std::path::Path, force: &super::Force) -> Outcome {
    use relief::charts;
    let png = super::is_png(file)?;
    let target = journal.target(file, force.confirm())?;
    let (experiment, progress) = latest(journal)?;
    let remedies = journal.catalogue(CatalogueKind::Remedy)?;
    let m = relief::system::messages();
    let found = result(&experiment, &progress, &remedies, &m);
    let names = relief::experiment::result::Names::of(&experiment, &remedies, &m);
    let (svg, _, size) = charts::experiment_svg(&found, &progress.slots, &names, 900, &m)?;
    let bytes = if png {
        charts::rasterise(&svg, size)?
    } else {
        svg.into_bytes()
    };
    relief::files::write_bytes(&target, &bytes)?;
    Ok(())
}

#[derive(Serialize)]
struct Listed {
    experiment: String,
    remedy: String,
    comparator: String,
    design: Design,
    started_at: DateTime<Utc>,
    state: State,
    pairs_planned: u32,
    pairs_complete: u32,
}

fn list(journal: &Journal, json: bool, out: &mut dyn Write) -> Outcome {
    let mut listed = Vec::new();
    for experiment in journal.experiments()? {
        let progress = journal.progress(&experiment)?;
        let plan = experiment.plan;
        listed.push(Listed {
            experiment: plan.id.to_string(),
            remedy: plan.remedy.to_string(),
            comparator: plan.comparator.to_string(),
            design: plan.design,
            started_at: plan.started_at,
            state: progress.state,
            pairs_planned: plan.pairs,
            pairs_complete: progress.pairs.len() as u32,
        });
    }
    let m = relief::system::messages();
    print(out, json, listed.as_slice(), |out, all| {
        if all.is_empty() {
            writeln!(out, "{}", m.get("cli-exp-none", &[]))?;
        }
        for e in all {
            writeln!(
                out,
                "{}  {} vs {} ({})  started {}  {:?}, {} of {} pairs",
                e.experiment,
                e.remedy,
                e.comparator,
                e.design.key(),
                e.started_at.format("%Y-%m-%d"),
                e.state,
                e.pairs_complete,
                e.pairs_planned
            )?;
        }
        Ok(())
    })
}
