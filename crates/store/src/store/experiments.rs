//! Personal experiments kept in the journal: plans written once, skips and stops added beside
//! them, and the progress read from the entries (`docs/experiments.md`).

use std::collections::HashSet;

use chrono::{DateTime, Duration, Timelike, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::{catalogue, Journal};
use crate::error::{Error, Result};
use crate::experiment::{follow, Progress, State};
use crate::model::{
    CatalogueKind, Comparator, Experiment, ExperimentId, Filter, Key, Plan, PlanRequest, Skip,
    Stop, REASON_MAX,
};

fn utc(secs: i64) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::from_timestamp(secs, 0).ok_or(rusqlite::Error::IntegralValueOutOfRange(0, secs))
}

/// Every experiment, oldest first.
pub(super) fn read_all(conn: &Connection, path: &std::path::Path) -> Result<Vec<Experiment>> {
    let mut plans =
        conn.prepare_cached("SELECT id, plan FROM experiment ORDER BY started_utc, id")?;
    let rows: Vec<(i64, String)> = plans
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|(row, text)| {
            let plan: Plan = serde_json::from_str(&text).map_err(|e| Error::Damaged {
                path: path.to_path_buf(),
                detail: format!("experiment {row} has a plan Relief cannot read: {e}"),
            })?;
            let skips = conn
                .prepare_cached(
                    "SELECT slot, at_utc FROM experiment_skip WHERE experiment_id = ?1 ORDER BY slot",
                )?
                .query_map([row], |r| {
                    Ok(Skip {
                        slot: r.get(0)?,
                        at: utc(r.get(1)?)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            let stop = conn
                .prepare_cached("SELECT at_utc, reason FROM experiment_stop WHERE experiment_id = ?1")?
                .query_row([row], |r| {
                    Ok(Stop {
                        at: utc(r.get(0)?)?,
                        reason: r.get(1)?,
                    })
                })
                .optional()?;
            Ok(Experiment { plan, skips, stop })
        })
        .collect()
}

fn row_of(conn: &Connection, id: ExperimentId) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM experiment WHERE uuid = ?1")?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()?
        .ok_or(Error::NoExperiment)
}

/// An experiment as sync merged it: its plan (never changed) added if it is new, every skip
/// either computer made, and its stop — the merged one replacing another computer's, and a
/// stop never undone (an experiment once stopped stays stopped).
pub(super) fn synced(conn: &Connection, experiment: &Experiment) -> Result<()> {
    insert(conn, experiment)?;
    if let Some(stop) = &experiment.stop {
        let row = row_of(conn, experiment.plan.id)?;
        conn.prepare_cached(
            "INSERT INTO experiment_stop (experiment_id, at_utc, reason) VALUES (?1, ?2, ?3)
             ON CONFLICT (experiment_id) DO UPDATE SET at_utc = excluded.at_utc, reason = excluded.reason",
        )?
        .execute(params![row, stop.at.timestamp(), stop.reason])?;
    }
    Ok(())
}

/// Writes `experiment` (plan, skips, stop) unless its plan is already there; `true` if written.
pub(super) fn insert(conn: &Connection, experiment: &Experiment) -> Result<bool> {
    let plan = &experiment.plan;
    let text = serde_json::to_string(plan).map_err(|e| Error::Internal {
        what: "writing an experiment plan",
        detail: e.to_string(),
    })?;
    let added = conn
        .prepare_cached(
            "INSERT INTO experiment (uuid, started_utc, plan) VALUES (?1, ?2, ?3)
             ON CONFLICT (uuid) DO NOTHING",
        )?
        .execute(params![
            plan.id.to_string(),
            plan.started_at.timestamp(),
            text
        ])?;
    let row = row_of(conn, plan.id)?;
    for skip in &experiment.skips {
        conn.prepare_cached(
            "INSERT INTO experiment_skip (experiment_id, slot, at_utc) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
        )?
        .execute(params![row, skip.slot, skip.at.timestamp()])?;
    }
    if let Some(stop) = &experiment.stop {
        conn.prepare_cached(
            "INSERT INTO experiment_stop (experiment_id, at_utc, reason) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
        )?
        .execute(params![row, stop.at.timestamp(), stop.reason])?;
    }
    Ok(added > 0)
}

impl Journal {
    /// The remedy `text` names (a key or a name; spaces around it ignored), by the journal's
    /// key: how every front reads an experiment's arms.
    pub fn remedy_named(&self, text: &str) -> Result<Key> {
        Ok(self.find_item(CatalogueKind::Remedy, text.trim())?.key)
    }

    /// What an experiment compares with, as `text` names it: `none`, or a remedy.
    pub fn comparator_named(&self, text: &str) -> Result<Comparator> {
        match text.trim() {
            Comparator::NONE => Ok(Comparator::None),
            other => Ok(Comparator::Remedy(self.remedy_named(other)?)),
        }
    }

    /// Every experiment, oldest first.
    pub fn experiments(&self) -> Result<Vec<Experiment>> {
        read_all(&self.conn, &self.path)
    }

    /// The progress of `experiment` now, from the journal's entries.
    pub fn progress(&self, experiment: &Experiment) -> Result<Progress> {
        let from = experiment.plan.started_at - Duration::days(2);
        let filter = Filter {
            from: Some(from.date_naive()),
            ..Filter::default()
        };
        let entries = self.entries(&filter)?;
        let pending: HashSet<_> = self.follow_ups()?.into_iter().map(|q| q.entry).collect();
        Ok(follow(experiment, &entries, &pending, self.today()?))
    }

    /// The experiment that runs now, with its progress: the latest that runs (one started
    /// on another computer at the same time as an earlier one is stopped by sync).
    pub fn running_experiment(&self) -> Result<Option<(Experiment, Progress)>> {
        for experiment in self.experiments()?.into_iter().rev() {
            let progress = self.progress(&experiment)?;
            if progress.state == State::Running {
                return Ok(Some((experiment, progress)));
            }
        }
        Ok(None)
    }

    /// One experiment runs at a time, also across computers (`docs/sync.md`): when two were
    /// started on two computers before either heard of the other, the earlier start stands and
    /// the later is stopped with `reason`. How many were stopped.
    pub fn settle_experiments(&mut self, reason: &str) -> Result<usize> {
        let mut running = Vec::new();
        for experiment in self.experiments()? {
            if self.progress(&experiment)?.state == State::Running {
                running.push(experiment);
            }
        }
        if running.len() < 2 {
            return Ok(0);
        }
        // The earliest start by its time, then its id: the same choice on every computer.
        running.sort_by_key(|e| (e.plan.started_at, e.plan.id.0));
        let tx = self.write()?;
        for later in &running[1..] {
            // Stopped as of its own start (it never ran alone): the same stop on every
            // computer that finds the two, so nothing is left to merge.
            let at = later.plan.started_at.timestamp();
            let row = row_of(&tx, later.plan.id)?;
            tx.prepare_cached(
                "INSERT INTO experiment_stop (experiment_id, at_utc, reason) VALUES (?1, ?2, ?3)
                 ON CONFLICT DO NOTHING",
            )?
            .execute(params![row, at, reason])?;
        }
        tx.commit()?;
        Ok(running.len() - 1)
    }

    /// Starts an experiment as `request` asks, its schedule drawn from `seed`. Refused while
    /// another runs, or for remedies the catalogue does not hold.
    pub fn start_experiment(&mut self, request: &PlanRequest, seed: u64) -> Result<Plan> {
        request
            .check()
            .map_err(|e| Error::invalid("experiment", e))?;
        if let Some((running, _)) = self.running_experiment()? {
            return Err(Error::ExperimentRunning {
                remedy: running.plan.remedy.to_string(),
                comparator: running.plan.comparator.to_string(),
            });
        }
        let now = self.now();
        let plan = Plan {
            id: ExperimentId(uuid::Uuid::new_v4()),
            remedy: request.remedy.clone(),
            comparator: request.comparator.clone(),
            design: request.design,
            pairs: request.pairs,
            delta: request.delta,
            period_days: request.period_days,
            washout_days: request.washout_days,
            carry_over_seconds: request.carry_over_seconds,
            seed,
            // To the second, as every time in the journal.
            started_at: now
                .with_timezone(&Utc)
                .with_nanosecond(0)
                .unwrap_or(now.to_utc()),
            start_day: self.today()?,
            schedule: crate::experiment::draw(request.pairs, seed),
        };
        let tx = self.write()?;
        for key in std::iter::once(&plan.remedy).chain(plan.comparator.remedy()) {
            let item = catalogue::known(&tx, CatalogueKind::Remedy, key.as_str())?;
            if item.item.archived {
                return Err(Error::ArchivedItem {
                    kind: CatalogueKind::Remedy,
                    key: key.to_string(),
                });
            }
        }
        insert(
            &tx,
            &Experiment {
                plan: plan.clone(),
                skips: Vec::new(),
                stop: None,
            },
        )?;
        tx.commit()?;
        Ok(plan)
    }

    /// Stops the running experiment, giving `reason`.
    pub fn stop_experiment(&mut self, reason: &str) -> Result<Experiment> {
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > REASON_MAX {
            return Err(Error::invalid(
                "reason",
                crate::model::ValueError::new("rule-stop-reason").with("max", REASON_MAX),
            ));
        }
        let (mut experiment, _) = self.running_experiment()?.ok_or(Error::NoExperiment)?;
        let stop = Stop {
            at: self.now().with_timezone(&Utc),
            reason: reason.to_owned(),
        };
        let tx = self.write()?;
        let row = row_of(&tx, experiment.plan.id)?;
        tx.prepare_cached(
            "INSERT INTO experiment_stop (experiment_id, at_utc, reason) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![row, stop.at.timestamp(), stop.reason])?;
        tx.commit()?;
        experiment.stop = Some(stop);
        Ok(experiment)
    }

    /// Skips the slot due now of the running experiment ("not this time"): its pair is void.
    pub fn skip_experiment_slot(&mut self) -> Result<u32> {
        let (experiment, progress) = self.running_experiment()?.ok_or(Error::NoExperiment)?;
        let slot = progress
            .current
            .filter(|c| c.arm.is_some())
            .ok_or(Error::NothingToSkip)?
            .slot;
        let at = self.now().with_timezone(&Utc).timestamp();
        let tx = self.write()?;
        let row = row_of(&tx, experiment.plan.id)?;
        tx.prepare_cached(
            "INSERT INTO experiment_skip (experiment_id, slot, at_utc) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![row, slot, at])?;
        tx.commit()?;
        Ok(slot)
    }
}
