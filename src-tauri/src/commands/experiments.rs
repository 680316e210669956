//! Personal experiments in the window: the planning hint, start, what to do now, progress,
//! skip, stop, and the result with its chart. While one runs, nothing here carries an effect
//! (no outcomes, no differences): only progress (`docs/experiments.md`).

use relief::charts;
use relief::experiment::{self, result::Names, ExperimentResult, Hint, Slot, State};
use relief::model::{
    CatalogueKind, Design, Experiment, PlanRequest, PlanShown, CARRY_OVER_SECONDS,
};
use relief::{Error, Journal};
use tauri::State as Tauri;

use crate::error::IpcResult;
use crate::state::AppState;

/// What the window asks for when starting an experiment.
#[derive(Debug, Clone, serde::Deserialize, specta::Type)]
pub struct StartRequest {
    pub remedy: String,
    /// A remedy key, `rest`, or `none` (days design).
    pub comparator: String,
    pub design: Design,
    pub pairs: u32,
    pub delta: f64,
    pub period_days: u32,
    pub washout_days: u32,
}

/// What to do now.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct NowView {
    /// Counting from 1.
    pub slot: u32,
    pub pair: u32,
    /// The remedy key to follow (`none`: a day without the remedy); `None` while a rating
    /// after is awaited.
    pub arm: Option<String>,
    /// The words for it: "heat", "resting", "no heat".
    pub arm_label: Option<String>,
    pub day: Option<chrono::NaiveDate>,
}

/// An experiment as the window shows it. Never the seed or the schedule: only today's arm
/// (`now`) and the slots already revealed.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct ExperimentView {
    pub plan: PlanShown,
    pub state: State,
    pub remedy_label: String,
    pub comparator_label: String,
    pub now: Option<NowView>,
    /// The slots revealed so far (outcomes left out while it runs).
    pub slots: Vec<Slot>,
    pub result: ExperimentResult,
    pub chart_svg: String,
    pub chart_title: String,
    pub chart_description: String,
}

fn view(
    journal: &Journal,
    experiment: &Experiment,
    m: &relief::i18n::Messages,
) -> relief::Result<ExperimentView> {
    let progress = journal.progress(experiment)?;
    let remedies = relief::model::in_language(
        CatalogueKind::Remedy,
        &journal.catalogue(CatalogueKind::Remedy)?,
        m,
    );
    let names = Names::of(experiment, &remedies, m);
    let result = experiment::result(experiment, &progress, &remedies, m);
    let slots = progress.slots;
    let (chart_svg, text, _) = charts::experiment_svg(&result, &slots, &names, 900, m)?;
    let plan = &experiment.plan;
    let now = progress.current.map(|c| NowView {
        slot: c.slot + 1,
        pair: c.pair + 1,
        arm: c.arm.map(|arm| plan.arm_key(arm)),
        arm_label: c.arm.map(|arm| names.arm(arm, m)),
        day: c.day,
    });
    Ok(ExperimentView {
        plan: PlanShown::from(plan),
        state: progress.state,
        remedy_label: names.remedy,
        comparator_label: names.comparator,
        now,
        slots,
        result,
        chart_svg,
        chart_title: text.title,
        chart_description: text.description,
    })
}

/// How many pairs (and about how many days) an experiment needs, from the person's history.
#[tauri::command]
#[specta::specta]
pub fn experiment_hint(
    state: Tauri<'_, AppState>,
    remedy_key: String,
    comparator_key: String,
    design: Design,
    delta: f64,
    period_days: u32,
) -> IpcResult<Hint> {
    state.with(|j| {
        let remedy = j.remedy_named(&remedy_key)?;
        let comparator = j.comparator_named(&comparator_key)?;
        let entries = j.entries(&Default::default())?;
        Ok(experiment::hint(
            &entries,
            &remedy,
            comparator.remedy(),
            design,
            delta,
            period_days,
        ))
    })
}

/// Starts an experiment; its schedule is drawn from the system's randomness.
#[tauri::command]
#[specta::specta]
pub fn start_experiment(
    state: Tauri<'_, AppState>,
    request: StartRequest,
) -> IpcResult<ExperimentView> {
    // The gap between sessions is three hours of the app's time (shorter in the tests).
    let carry_over = state.hooks.seconds(CARRY_OVER_SECONDS).num_seconds();
    let m = state.messages();
    state.with(|j| {
        let plan_request = PlanRequest {
            remedy: j.remedy_named(&request.remedy)?,
            comparator: j.comparator_named(&request.comparator)?,
            design: request.design,
            pairs: request.pairs,
            delta: request.delta,
            period_days: request.period_days,
            washout_days: request.washout_days,
            carry_over_seconds: u32::try_from(carry_over).unwrap_or(CARRY_OVER_SECONDS),
        };
        let seed = experiment::schedule::fresh_seed().map_err(|detail| Error::Internal {
            what: "drawing the schedule",
            detail,
        })?;
        j.start_experiment(&plan_request, seed)?;
        let started = j.experiments()?.pop().ok_or(Error::NoExperiment)?;
        view(j, &started, &m)
    })
}

/// The latest experiment (running or ended), if there is one.
#[tauri::command]
#[specta::specta]
pub fn current_experiment(state: Tauri<'_, AppState>) -> IpcResult<Option<ExperimentView>> {
    let m = state.messages();
    state.with(|j| match j.experiments()?.pop() {
        Some(latest) => view(j, &latest, &m).map(Some),
        None => Ok(None),
    })
}

/// Ends the running experiment early.
#[tauri::command]
#[specta::specta]
pub fn stop_experiment(state: Tauri<'_, AppState>, reason: String) -> IpcResult<ExperimentView> {
    let m = state.messages();
    state.with(|j| {
        let stopped = j.stop_experiment(&reason)?;
        view(j, &stopped, &m)
    })
}

/// Skips the slot due now: its pair is void, replaced at the end.
#[tauri::command]
#[specta::specta]
pub fn skip_experiment_slot(state: Tauri<'_, AppState>) -> IpcResult<ExperimentView> {
    let m = state.messages();
    state.with(|j| {
        j.skip_experiment_slot()?;
        let latest = j.experiments()?.pop().ok_or(Error::NoExperiment)?;
        view(j, &latest, &m)
    })
}
