// Personal experiments' statistics against known truth: many simulated experiments in-process,
// with day-to-day autocorrelation (AR(1), ρ = 0.5) and a linear time trend.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use relief::experiment::estimate::sign_flip_p;
use relief::experiment::{draw, estimate, Verdict};
use relief::model::Arm;

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let u: f64 = rng.random_range(f64::EPSILON..1.0);
    let v: f64 = rng.random();
    (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
}

/// The pair differences of one simulated experiment of `m` pairs: outcomes (points of relief)
/// with AR(1) noise (ρ, SD 1.5), a trend of `trend` points per slot and a true advantage of
/// the remedy of `advantage` points, in the schedule `seed` draws.
fn simulate(m: u32, advantage: f64, rho: f64, trend: f64, seed: u64) -> Vec<f64> {
    let schedule = draw(m, seed);
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5EED);
    let mut noise = normal(&mut rng) * 1.5;
    let outcomes: Vec<f64> = schedule[..2 * m as usize]
        .iter()
        .enumerate()
        .map(|(t, arm)| {
            noise = rho * noise + (1.0 - rho * rho).sqrt() * 1.5 * normal(&mut rng);
            let effect = if *arm == Arm::A { advantage } else { 0.0 };
            trend * t as f64 + noise + effect
        })
        .collect();
    schedule[..2 * m as usize]
        .chunks(2)
        .zip(outcomes.chunks(2))
        .map(|(arms, y)| match arms[0] {
            Arm::A => y[0] - y[1],
            Arm::B => y[1] - y[0],
        })
        .collect()
}

const RUNS: u64 = 2000;

#[test]
fn under_no_effect_a_verdict_of_helped_or_worse_is_rare() {
    for m in [8, 10, 12] {
        let positives = (0..RUNS)
            .filter(|seed| {
                let d = simulate(m, 0.0, 0.5, 0.05, *seed);
                matches!(
                    estimate(&d, 1.0, 0.0, *seed).verdict,
                    Verdict::Helped | Verdict::Worse | Verdict::Small
                )
            })
            .count();
        let rate = positives as f64 / RUNS as f64;
        let mc = 3.0 * (0.05f64 * 0.95 / RUNS as f64).sqrt();
        println!(
            "m = {m}: p < 0.05 in {:.1}% of {RUNS} null runs",
            rate * 100.0
        );
        assert!(rate <= 0.05 + mc, "m = {m}: {rate}");
    }
}

#[test]
fn the_interval_covers_a_true_advantage_and_the_power_is_reported() {
    let truth = 1.5;
    let mut covered = 0;
    let mut helped = 0;
    for seed in 0..RUNS {
        let d = simulate(10, truth, 0.5, 0.05, seed);
        let e = estimate(&d, 1.0, 0.0, seed);
        if e.ci_low.unwrap() <= truth && truth <= e.ci_high.unwrap() {
            covered += 1;
        }
        if e.p_value.unwrap() < 0.05 && e.mean_difference.unwrap() > 0.0 {
            helped += 1;
        }
    }
    let coverage = covered as f64 / RUNS as f64;
    let power = helped as f64 / RUNS as f64;
    println!(
        "coverage {:.1}%, power for 1.5 points with 10 pairs {:.1}%",
        coverage * 100.0,
        power * 100.0
    );
    assert!(coverage >= 0.93, "coverage {coverage}");
    assert!(power > 0.5, "power {power}");
}

#[test]
fn p_is_never_below_its_minimum_and_the_same_seed_gives_the_same_p() {
    for m in [6usize, 10, 16, 17, 24, 40] {
        let d: Vec<f64> = (0..m).map(|i| 1.0 + i as f64 / 10.0).collect();
        let (p, exact) = sign_flip_p(&d, 9);
        let floor = 2f64.powi(1 - m as i32);
        assert!(p >= floor, "m = {m}: p {p} under {floor}");
        assert_eq!(exact, m <= 16);
        assert_eq!(sign_flip_p(&d, 9), (p, exact));
        if m <= 16 {
            assert_eq!(p, floor, "all pairs one way: the smallest p there is");
        }
    }
    // Beyond 16 pairs the draws come from the seed: the same seed, the same p.
    let d = simulate(30, 0.4, 0.5, 0.0, 3);
    assert_eq!(sign_flip_p(&d, 11), sign_flip_p(&d, 11));
    assert_eq!(draw(10, 5), draw(10, 5));
}

mod following {
    use std::collections::HashSet;

    use chrono::{DateTime, Duration, NaiveDate, Utc};
    use relief::experiment::{draw, follow, SlotState, State};
    use relief::model::{
        Arm, Comparator, Design, Experiment, ExperimentId, Filter, Key, Plan, Rating, RemedyUse,
    };

    use crate::util::{draft, TempJournal};

    fn key(k: &str) -> Key {
        Key::new(k).unwrap()
    }

    fn plan(start: DateTime<Utc>) -> Plan {
        Plan {
            id: ExperimentId(uuid::Uuid::from_u128(1)),
            remedy: key("heat"),
            comparator: Comparator::Remedy(key("rest")),
            design: Design::Session,
            pairs: 6,
            delta: 1.0,
            period_days: 1,
            washout_days: 0,
            seed: 42,
            started_at: start,
            start_day: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            schedule: draw(6, 42),
        }
    }

    /// A session of `remedy` at `at` (UTC), rated `before` then `after`.
    fn session(
        j: &mut relief::Journal,
        at: DateTime<Utc>,
        remedy: &str,
        before: i64,
        after: Option<i64>,
    ) {
        let mut d = draft(&at.to_rfc3339(), before);
        let mut r = RemedyUse::new(key(remedy));
        r.rating_after = after.map(|a| Rating::new(a).unwrap());
        d.remedies = vec![r];
        j.add_entry(&d).unwrap();
    }

    #[test]
    fn sessions_fill_slots_in_order_and_the_next_arm_is_revealed_only_when_due() {
        let tj = TempJournal::new();
        let mut j = tj.open();
        let start: DateTime<Utc> = "2026-03-01T08:00:00Z".parse().unwrap();
        let experiment = Experiment {
            plan: plan(start),
            skips: vec![],
            stop: None,
        };
        let schedule = experiment.plan.schedule.clone();
        let name = |arm: Arm| if arm == Arm::A { "heat" } else { "rest" };
        // Before the start: not counted.
        session(&mut j, start - Duration::hours(5), "heat", 6, Some(2));
        // Three pairs as assigned, 4 hours apart: heat relieves 3 points, rest 1.
        let mut at = start + Duration::hours(1);
        for arm in &schedule[..6] {
            let after = if *arm == Arm::A { 3 } else { 5 };
            session(&mut j, at, name(*arm), 6, Some(after));
            at += Duration::hours(4);
        }
        // Too soon after the last one: not counted.
        session(
            &mut j,
            at - Duration::hours(3),
            name(schedule[6]),
            6,
            Some(1),
        );
        let entries = j.entries(&Filter::default()).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let p = follow(&experiment, &entries, &HashSet::new(), at, today);
        assert_eq!(p.state, State::Running);
        assert_eq!(
            p.pairs.iter().map(|x| x.difference).collect::<Vec<_>>(),
            [2.0, 2.0, 2.0]
        );
        assert_eq!(p.slots.len(), 6, "no slot beyond the one due is revealed");
        let next = p.current.clone().unwrap();
        assert_eq!((next.slot, next.arm), (6, Some(schedule[6])));
        assert_eq!(p.deviations.len(), 1, "{:?}", p.deviations);
        assert_eq!(p.entries.len(), 6);

        // The wrong arm voids pair 3; its slots are void and the next pair is due.
        session(
            &mut j,
            at + Duration::hours(1),
            name(schedule[6].other()),
            6,
            Some(4),
        );
        let entries = j.entries(&Filter::default()).unwrap();
        let p = follow(
            &experiment,
            &entries,
            &HashSet::new(),
            at + Duration::hours(2),
            today,
        );
        assert_eq!(p.pairs_void, 1);
        assert_eq!(p.slots.last().unwrap().state, SlotState::Void);
        assert_eq!(p.current.unwrap().slot, 8);
        assert!(p
            .deviations
            .iter()
            .any(|d| d.voids_pair && d.what.contains("instead of")));
    }
}
