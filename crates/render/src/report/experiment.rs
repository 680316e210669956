//! A page for each personal experiment that ended in the report's range, as the CENT 2015
//! statement asks of an N-of-1 trial: the design, planned and complete pairs, void pairs and
//! why, the estimate with its interval, p and the verdict, the schedule and the pair
//! differences, and the limits.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::page::{footer, Page, INK, LINE, MARGIN, MUTED};
use super::text::Weight;
use crate::charts;
use crate::error::Result;
use crate::experiment::{follow, result, result::Names, ExperimentResult, Slot, State};
use crate::i18n::{
    Messages,
    Value::{Count, Text},
};
use crate::model::{Design, Experiment, Snapshot};

/// An ended experiment, ready to be drawn.
pub struct ExperimentPage {
    pub experiment: Experiment,
    pub result: ExperimentResult,
    pub slots: Vec<Slot>,
    pub names: Names,
}

/// The experiments of `snapshot` that started in its range and had ended by `generated`.
/// Its words in `m`'s language.
pub fn ended_in(snapshot: &Snapshot, generated: NaiveDate, m: &Messages) -> Vec<ExperimentPage> {
    let range = snapshot.range;
    snapshot
        .experiments
        .iter()
        .filter(|e| {
            let day = e.plan.start_day;
            range.from.is_none_or(|from| day >= from) && range.to.is_none_or(|to| day <= to)
        })
        .filter_map(|e| {
            let progress = follow(e, &snapshot.entries, &HashSet::new(), generated);
            (progress.state != State::Running).then(|| ExperimentPage {
                result: result(e, &progress, &snapshot.remedies, m),
                names: Names::of(e, &snapshot.remedies, m),
                slots: progress.slots,
                experiment: e.clone(),
            })
        })
        .collect()
}

fn design_words(e: &Experiment, m: &Messages) -> String {
    let plan = &e.plan;
    match plan.design {
        Design::Session => {
            let hours = m.one(f64::from(plan.carry_over_seconds) / 3600.0);
            m.get("exp-design-session", &[("hours", Text(&hours))])
        }
        Design::Days => m.get(
            "exp-design-days",
            &[
                ("days", Count(i64::from(plan.period_days))),
                ("washout", Count(i64::from(plan.washout_days))),
            ],
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
    m: &Messages,
) -> Result<()> {
    let content = w - 2.0 * MARGIN;
    let r = &e.result;
    let mut y = heading(p, e, content, m);
    for (label, value) in rows(e, m) {
        let label = p.fonts.fit(Weight::Bold, 9.0, &label, 86.0);
        p.text(Weight::Bold, 9.0, INK, MARGIN, y, &label);
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
    let (svg, _, _) = charts::experiment_svg(r, &e.slots, &e.names, 1000, m)?;
    y += p.svg(&svg, MARGIN, y, content)? + 8.0;
    deviations(p, r, y, h - MARGIN - 60.0, content, m);
    let limits = m.get("exp-limits", &[]);
    let ly = h - MARGIN - 26.0;
    p.line(MARGIN, ly - 10.0, w - MARGIN, ly - 10.0, LINE, 0.6);
    for (i, l) in p
        .fonts
        .wrap(Weight::Regular, 7.5, &limits, content)
        .iter()
        .take(3)
        .enumerate()
    {
        p.text(Weight::Regular, 7.5, MUTED, MARGIN, ly + i as f32 * 9.0, l);
    }
    footer(p, m, w, h, n, total);
    Ok(())
}

/// The page's title and the line under it (when it started, how it ended); the height it
/// reached.
fn heading(p: &mut Page<'_, '_>, e: &ExperimentPage, content: f32, m: &Messages) -> f32 {
    let mut y = MARGIN + 16.0;
    let title = m.get(
        "exp-page-title",
        &[
            ("a", Text(&e.names.remedy)),
            ("b", Text(&e.names.comparator)),
        ],
    );
    p.text(Weight::Bold, 16.0, INK, MARGIN, y, &title);
    y += 16.0;
    let ended = match (&e.experiment.stop, e.result.state) {
        (Some(stop), _) => m.get(
            "exp-page-stopped",
            &[
                ("date", Text(&stop.at.format("%Y-%m-%d").to_string())),
                ("reason", Text(&stop.reason)),
            ],
        ),
        _ => m.get("exp-page-complete", &[]),
    };
    let start = e.experiment.plan.start_day.format("%Y-%m-%d").to_string();
    let line = m.get(
        "exp-page-line",
        &[("date", Text(&start)), ("ended", Text(&ended))],
    );
    for l in p.fonts.wrap(Weight::Regular, 9.0, &line, content) {
        p.text(Weight::Regular, 9.0, MUTED, MARGIN, y, &l);
        y += 11.0;
    }
    y + 6.0
}

/// The randomization test in words: exact over every pattern, or sampled.
fn test_words(r: &ExperimentResult, m: &Messages) -> String {
    // p-values with three decimals, as the language writes a decimal.
    let three = |x: f64| {
        let text = format!("{x:.3}");
        if m.one(0.5).contains(',') {
            text.replace('.', ",")
        } else {
            text
        }
    };
    let (Some(pv), Some(min)) = (r.p_value, r.p_min) else {
        return "–".to_owned();
    };
    let (pv, min) = (three(pv), three(min));
    if r.pairs_complete as usize <= crate::experiment::estimate::EXACT_UP_TO {
        let patterns = (1u64 << r.pairs_complete).to_string();
        m.get(
            "exp-test-exact",
            &[
                ("p", Text(&pv)),
                ("patterns", Text(&patterns)),
                ("min", Text(&min)),
            ],
        )
    } else {
        m.get("exp-test-sampled", &[("p", Text(&pv)), ("min", Text(&min))])
    }
}

/// The table of the page: each row's label and its value, as CENT lists them.
fn rows(e: &ExperimentPage, m: &Messages) -> [(String, String); 7] {
    let r = &e.result;
    let delta = m.points(e.experiment.plan.delta);
    let compared = m.get(
        "exp-compared",
        &[
            ("a", Text(&e.names.remedy)),
            ("b", Text(&e.names.comparator)),
            ("delta", Text(&delta)),
        ],
    );
    let pairs = m.get(
        "exp-pairs",
        &[
            ("planned", Count(i64::from(r.pairs_planned))),
            ("complete", Count(i64::from(r.pairs_complete))),
            ("void", Count(i64::from(r.pairs_void))),
        ],
    );
    let estimate = match (r.mean_difference, r.ci_low, r.ci_high) {
        (Some(x), Some(l), Some(hi)) => {
            let (points, low, high) = (m.points(x), m.one(l), m.one(hi));
            m.get(
                "exp-estimate",
                &[
                    ("a", Text(&e.names.remedy)),
                    ("points", Text(&points)),
                    ("low", Text(&low)),
                    ("high", Text(&high)),
                ],
            )
        }
        _ => "–".to_owned(),
    };
    let benefit = r.prob_meaningful.map_or("–".into(), |x| {
        let percent = format!("{:.0}", x * 100.0);
        m.get("exp-benefit", &[("percent", Text(&percent))])
    });
    let verdict = r.verdict.map_or("–".into(), |v| m.get(v.message(), &[]));
    [
        (m.get("exp-row-compared", &[]), compared),
        (m.get("exp-row-design", &[]), design_words(&e.experiment, m)),
        (m.get("exp-row-pairs", &[]), pairs),
        (m.get("exp-row-estimate", &[]), estimate),
        (m.get("exp-row-test", &[]), test_words(r, m)),
        (m.get("exp-row-benefit", &[]), benefit),
        (m.get("exp-row-verdict", &[]), verdict),
    ]
}

/// The protocol's deviations from `y` down to `bottom`, as many as fit, and how many more.
fn deviations(
    p: &mut Page<'_, '_>,
    r: &ExperimentResult,
    mut y: f32,
    bottom: f32,
    content: f32,
    m: &Messages,
) {
    if r.deviations.is_empty() {
        return;
    }
    let title = m.get("exp-deviations-title", &[]);
    p.text(Weight::Bold, 9.0, INK, MARGIN, y, &title);
    y += 11.5;
    let room = ((bottom - y) / 10.5).max(1.0) as usize;
    let shown = r.deviations.len().min(room);
    for d in &r.deviations[..shown] {
        let text = m.get(
            "exp-deviation",
            &[
                ("pair", Count(i64::from(d.pair + 1))),
                ("slot", Count(i64::from(d.slot + 1))),
                ("what", Text(&d.what)),
            ],
        );
        let text = p.fonts.fit(Weight::Regular, 8.5, &text, content);
        p.text(Weight::Regular, 8.5, INK, MARGIN, y, &text);
        y += 10.5;
    }
    if shown < r.deviations.len() {
        let more = Count(i64::try_from(r.deviations.len() - shown).unwrap_or(0));
        let text = m.get("exp-more", &[("n", more)]);
        p.text(Weight::Regular, 8.5, MUTED, MARGIN, y, &text);
    }
}
