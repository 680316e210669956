//! A page for each personal experiment that ended in the report's range, as the CENT 2015
//! statement asks of an N-of-1 trial: the design, planned and complete pairs, void pairs and
//! why, the estimate with its interval, p and the verdict, the schedule and the pair
//! differences, and the limits.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};

use super::text::Weight;
use super::{footer, Page, INK, LINE, MARGIN, MUTED};
use crate::analysis::words::{one, points};
use crate::charts;
use crate::error::Result;
use crate::experiment::{follow, result, result::Names, ExperimentResult, Slot, State};
use crate::model::{Comparator, Design, Experiment, Snapshot};

/// An ended experiment, ready to be drawn.
pub struct ExperimentPage {
    pub experiment: Experiment,
    pub result: ExperimentResult,
    pub slots: Vec<Slot>,
    pub names: Names,
}

/// The experiments of `snapshot` that started in its range and had ended by `generated`.
pub fn ended_in(snapshot: &Snapshot, generated: NaiveDate) -> Vec<ExperimentPage> {
    let end_of_day = generated.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default());
    let now = Utc.from_utc_datetime(&end_of_day);
    let range = snapshot.range;
    snapshot
        .experiments
        .iter()
        .filter(|e| {
            let day = e.plan.start_day;
            range.from.is_none_or(|from| day >= from) && range.to.is_none_or(|to| day <= to)
        })
        .filter_map(|e| {
            let progress = follow(e, &snapshot.entries, &HashSet::new(), now, generated);
            (progress.state != State::Running).then(|| ExperimentPage {
                result: result(e, &progress, &snapshot.remedies),
                names: Names::of(e, &snapshot.remedies),
                slots: progress.slots,
                experiment: e.clone(),
            })
        })
        .collect()
}

fn design_words(e: &Experiment) -> String {
    let plan = &e.plan;
    match plan.design {
        Design::Session => format!(
            "Sessions: the assigned one alone, rated before and after; at least {} h between sessions. Outcome: relief (before − after).",
            one(f64::from(plan.carry_over_seconds) / 3600.0)
        ),
        Design::Days => format!(
            "Periods of {} day(s){}; outcome: the first rating of the next day, averaged over the period.",
            plan.period_days,
            if plan.washout_days > 0 {
                format!(", the first {} not counted (washout)", plan.washout_days)
            } else {
                String::new()
            }
        ),
    }
}

/// Draws one experiment's page.
pub(super) fn page(
    p: &mut Page<'_, '_>,
    e: &ExperimentPage,
    w: f32,
    h: f32,
    n: usize,
    total: usize,
    m: &crate::i18n::Messages,
) -> Result<()> {
    let content = w - 2.0 * MARGIN;
    let plan = &e.experiment.plan;
    let r = &e.result;
    let mut y = MARGIN + 16.0;
    let title = format!(
        "Personal experiment: {} vs {}",
        e.names.remedy, e.names.comparator
    );
    p.text(Weight::Bold, 16.0, INK, MARGIN, y, &title);
    y += 16.0;
    let ended = match (&e.experiment.stop, r.state) {
        (Some(stop), _) => format!(
            "stopped early {} ({})",
            stop.at.format("%Y-%m-%d"),
            stop.reason
        ),
        _ => "complete".to_owned(),
    };
    let line = format!(
        "Randomized N-of-1 trial, the order within each pair by coin · started {} · {ended}",
        plan.start_day.format("%Y-%m-%d")
    );
    for l in p.fonts.wrap(Weight::Regular, 9.0, &line, content) {
        p.text(Weight::Regular, 9.0, MUTED, MARGIN, y, &l);
        y += 11.0;
    }
    y += 6.0;
    let comparator = match &plan.comparator {
        Comparator::None => format!("days without {}", e.names.remedy),
        _ => e.names.comparator.clone(),
    };
    let p_words = match (r.p_value, r.p_min) {
        (Some(pv), Some(min)) => format!(
            "p = {pv:.3} (sign-flip randomization test, {}; smallest possible {min:.3})",
            if r.pairs_complete as usize <= crate::experiment::estimate::EXACT_UP_TO {
                format!("exact over all {} sign patterns", 1u64 << r.pairs_complete)
            } else {
                "20,000 random sign patterns".to_owned()
            }
        ),
        _ => "–".to_owned(),
    };
    let rows = [
        (
            "Compared",
            format!(
                "{} (A) with {comparator} (B); smallest difference worth having: {}",
                e.names.remedy,
                points(plan.delta)
            ),
        ),
        ("Design", design_words(&e.experiment)),
        (
            "Pairs",
            format!(
                "{} planned · {} complete · {} void (void pairs replaced, up to 30% more)",
                r.pairs_planned, r.pairs_complete, r.pairs_void
            ),
        ),
        (
            "Estimate",
            match (r.mean_difference, r.ci_low, r.ci_high) {
                (Some(m), Some(l), Some(hi)) => format!(
                    "advantage of {} {} (95% interval {} to {}); positive = A did better",
                    e.names.remedy,
                    points(m),
                    one(l),
                    one(hi)
                ),
                _ => "–".to_owned(),
            },
        ),
        ("Test", p_words),
        (
            "Benefit ≥ δ",
            r.prob_meaningful
                .map_or("–".into(), |x| format!("{:.0}% (flat prior)", x * 100.0)),
        ),
        (
            "Verdict",
            r.verdict.map_or("–".into(), |v| v.key().replace('_', " ")),
        ),
    ];
    for (label, value) in rows {
        p.text(Weight::Bold, 9.0, INK, MARGIN, y, label);
        for l in p.fonts.wrap(Weight::Regular, 9.0, &value, content - 90.0) {
            p.text(Weight::Regular, 9.0, INK, MARGIN + 90.0, y, &l);
            y += 11.5;
        }
        y += 1.5;
    }
    y += 6.0;
    for l in p.fonts.wrap(Weight::Bold, 10.5, &r.explanation, content) {
        p.text(Weight::Bold, 10.5, INK, MARGIN, y, &l);
        y += 13.5;
    }
    y += 4.0;
    let (svg, _, _) = charts::experiment_svg(r, &e.slots, &e.names, 1000)?;
    y += p.svg(&svg, MARGIN, y, content)? + 8.0;
    if !r.deviations.is_empty() {
        p.text(
            Weight::Bold,
            9.0,
            INK,
            MARGIN,
            y,
            "Deviations from the schedule",
        );
        y += 11.5;
        let room = ((h - MARGIN - 60.0 - y) / 10.5).max(1.0) as usize;
        let shown = r.deviations.len().min(room);
        for d in &r.deviations[..shown] {
            let text = format!("Pair {}, slot {}: {}", d.pair + 1, d.slot + 1, d.what);
            p.text(
                Weight::Regular,
                8.5,
                INK,
                MARGIN,
                y,
                &p.fonts.fit(Weight::Regular, 8.5, &text, content),
            );
            y += 10.5;
        }
        if shown < r.deviations.len() {
            p.text(
                Weight::Regular,
                8.5,
                MUTED,
                MARGIN,
                y,
                &format!("… and {} more", r.deviations.len() - shown),
            );
        }
    }
    let limits = "Limits: self-reported ratings, not blinded, one person, these weeks; a result for this person under these conditions, not a diagnosis. Reported after the CENT 2015 statement for N-of-1 trials.";
    let ly = h - MARGIN - 26.0;
    p.line(MARGIN, ly - 10.0, w - MARGIN, ly - 10.0, LINE, 0.6);
    for (i, l) in p
        .fonts
        .wrap(Weight::Regular, 7.5, limits, content)
        .iter()
        .take(3)
        .enumerate()
    {
        p.text(Weight::Regular, 7.5, MUTED, MARGIN, ly + i as f32 * 9.0, l);
    }
    footer(p, m, w, h, n, total);
    Ok(())
}
