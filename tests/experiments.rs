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
            carry_over_seconds: 3 * 3600,
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
        let p = follow(&experiment, &entries, &HashSet::new(), today);
        assert_eq!(p.state, State::Running);
        assert_eq!(
            p.pairs.iter().map(|x| x.difference).collect::<Vec<_>>(),
            [2.0, 2.0, 2.0]
        );
        assert_eq!(p.slots.len(), 6, "no slot beyond the one due is revealed");
        assert!(
            p.slots.iter().all(|s| s.outcome.is_none()),
            "no outcome leaves while it runs"
        );
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
        let p = follow(&experiment, &entries, &HashSet::new(), today);
        assert_eq!(p.pairs_void, 1);
        assert_eq!(p.slots.last().unwrap().state, SlotState::Void);
        assert_eq!(p.current.as_ref().unwrap().slot, 8);
        assert!(p
            .deviations
            .iter()
            .any(|d| d.voids_pair && d.what.contains("instead of")));
        // A result says it in its language, the arms by their names.
        let remedies = j.catalogue(relief::model::CatalogueKind::Remedy).unwrap();
        let de = relief::i18n::Messages::new(relief::i18n::Lang::De);
        let said = relief::experiment::result(&experiment, &p, &remedies, &de);
        assert!(
            said.deviations
                .iter()
                .any(|d| d.voids_pair && d.what.contains(" statt ") && d.what.contains("„")),
            "{:?}",
            said.deviations
        );
    }
}

mod through_the_cli {
    use std::process::Command;

    use chrono::{DateTime, Duration, FixedOffset};
    use relief::experiment::estimate;
    use serde_json::Value;

    use crate::util::{Run, TempJournal};

    /// `relief --db J args…` as if it were `now`.
    fn at(tj: &TempJournal, now: DateTime<FixedOffset>, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_relief"))
            .arg("--db")
            .arg(&tj.path)
            .args(args)
            .env_remove("RELIEF_DB")
            .env("TZ", "Europe/Berlin")
            .env("RELIEF_TEST_NOW", now.to_rfc3339())
            .output()
            .unwrap();
        Run { output }
    }

    fn json(run: &Run) -> Value {
        serde_json::from_str(&run.expect_ok()).unwrap()
    }

    fn start() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap()
    }

    #[test]
    fn a_whole_session_experiment_matches_the_core_and_never_shows_what_comes_next() {
        let tj = TempJournal::new();
        let id = at(
            &tj,
            start(),
            &[
                "experiment",
                "start",
                "--remedy",
                "heat",
                "--vs",
                "rest",
                "--design",
                "session",
                "--pairs",
                "8",
                "--seed",
                "11",
            ],
        )
        .expect_ok();
        let mut now = start() + Duration::minutes(5);
        let mut expected = Vec::new();
        let mut first_of_pair = 0.0;
        for slot in 0..16 {
            let next = json(&at(&tj, now, &["experiment", "next", "--json"]));
            assert_eq!(next["experiment"], id.trim());
            assert_eq!(next["slot"], slot + 1);
            assert_eq!(next["state"], "running");
            let arm = next["arm"].as_str().unwrap().to_owned();
            // Nothing beyond the slot due is revealed.
            let status = json(&at(&tj, now, &["experiment", "status", "--json"]));
            assert_eq!(status["slots"].as_array().unwrap().len(), slot as usize);
            // No effect while it runs.
            let running = json(&at(&tj, now, &["experiment", "result", "--json"]));
            assert!(running["mean_difference"].is_null() && running["verdict"].is_null());
            // Heat relieves 2 to 4 points, rest 0 to 2.
            let after = if arm == "heat" {
                3 - (slot % 3) as i64 + 1
            } else {
                5 - (slot % 3) as i64
            };
            let relief = 6.0 - after as f64;
            if slot % 2 == 0 {
                first_of_pair = if arm == "heat" { relief } else { -relief };
            } else {
                let this = if arm == "heat" { relief } else { -relief };
                expected.push(first_of_pair + this);
            }
            let remedy = format!("{arm}:15:{after}");
            at(
                &tj,
                now,
                &[
                    "add",
                    "--at",
                    &now.to_rfc3339(),
                    "--rating",
                    "6",
                    "--remedy",
                    &remedy,
                ],
            )
            .expect_ok();
            now += Duration::hours(4);
        }
        let result = json(&at(&tj, now, &["experiment", "result", "--json"]));
        let core = estimate(&expected, 1.0, 0.0, 11);
        assert_eq!(result["state"], "complete");
        assert_eq!(result["pairs_complete"], 8);
        assert_eq!(result["verdict"], core.verdict.key());
        for (field, value) in [
            ("mean_difference", core.mean_difference),
            ("ci_low", core.ci_low),
            ("ci_high", core.ci_high),
            ("p_value", core.p_value),
            ("p_min", core.p_min),
        ] {
            let got = result[field].as_f64().unwrap();
            assert!(
                (got - value.unwrap()).abs() < 1e-12,
                "{field}: {got} vs {value:?}"
            );
        }
        assert_eq!(result["entries"].as_array().unwrap().len(), 16);
        assert!(result["explanation"]
            .as_str()
            .unwrap()
            .starts_with("Across 8 pairs, soreness after heat dropped"));
        let next = json(&at(&tj, now, &["experiment", "next", "--json"]));
        assert!(next["arm"].is_null());
        assert_eq!(next["state"], "complete");
        // With this computer's clock set back to the first hour, everything recorded still
        // counts: nothing goes missing from the progress.
        let back = start() + Duration::minutes(10);
        let result = json(&at(&tj, back, &["experiment", "result", "--json"]));
        assert_eq!(result["state"], "complete");
        assert_eq!(result["pairs_complete"], 8);
        let status = json(&at(&tj, back, &["experiment", "status", "--json"]));
        assert_eq!(status["pairs_complete"], 8, "{status}");

        // The clinician report gives it a page of its own after page 1 (CENT-style).
        let page_two = |lang: &str| {
            let pdf = tj.file(&format!("report-{lang}.pdf"));
            at(
                &tj,
                now,
                &[
                    "report",
                    "--from",
                    "2026-02-25",
                    "--to",
                    "2026-03-05",
                    "--lang",
                    lang,
                    "--out",
                    pdf.to_str().unwrap(),
                ],
            )
            .expect_ok();
            let page = crate::report::pdftotext(&pdf, Some((2, 2)));
            page.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        let flat = page_two("en");
        assert!(
            flat.contains("Personal experiment: heat vs resting"),
            "{flat}"
        );
        assert!(flat.contains("8 planned · 8 complete · 0 void"), "{flat}");
        let interval = format!(
            "95% interval {} to {}",
            relief::i18n::one_decimal(core.ci_low.unwrap()),
            relief::i18n::one_decimal(core.ci_high.unwrap())
        );
        assert!(flat.contains(&interval), "{interval}: {flat}");
        assert!(
            flat.contains(&format!("p = {:.3}", core.p_value.unwrap())),
            "{flat}"
        );
        assert!(flat.contains("not blinded, one person"), "{flat}");

        // In German: the page, its numbers with decimal commas, the sentence.
        let de = relief::i18n::Messages::new(relief::i18n::Lang::De);
        let flat = page_two("de");
        for said in [
            "Persönliches Experiment: „Wärme“ gegen Ruhe",
            "8 geplant · 8 vollständig · 0 ungültig",
            &format!(
                "95-%-Intervall {} bis {}",
                de.one(core.ci_low.unwrap()),
                de.one(core.ci_high.unwrap())
            ),
            "Über 8 Paare: Nach „Wärme“ gingen die Schmerzen um",
            "nicht verblindet, eine Person",
        ] {
            assert!(flat.contains(said), "{said}: {flat}");
        }
        assert!(!flat.contains("pairs"), "{flat}");

        // It travels in the JSON export, and back in losslessly (and only once).
        let export = at(&tj, now, &["export", "--format", "json"]).expect_ok();
        assert!(export.contains("\"experiments\""));
        let copy = TempJournal::new();
        let file = copy.file("export.json");
        std::fs::write(&file, &export).unwrap();
        at(&copy, now, &["import", file.to_str().unwrap()]).expect_ok();
        at(&copy, now, &["import", file.to_str().unwrap()]).expect_ok();
        assert_eq!(copy.snapshot(), tj.snapshot());
        assert_eq!(
            json(&at(&copy, now, &["experiment", "result", "--json"])),
            result
        );

        // Deleting a check-in the result rests on changes the result: the sessions after it
        // move up a slot, and a pair is no longer complete as assigned.
        let used = result["entries"][0].as_str().unwrap().to_owned();
        at(&tj, now, &["delete", &used]).expect_ok();
        let changed = json(&at(&tj, now, &["experiment", "result", "--json"]));
        assert!(changed["pairs_complete"].as_u64().unwrap() < 8, "{changed}");
        assert!(!changed["entries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == used.as_str()));
    }

    #[test]
    fn the_seed_is_not_offered_and_an_export_holds_the_schedule_sealed() {
        let tj = TempJournal::new();
        let help = at(&tj, start(), &["experiment", "start", "--help"]).expect_ok();
        assert!(!help.contains("--seed"), "{help}");
        at(
            &tj,
            start(),
            &[
                "experiment",
                "start",
                "--remedy",
                "heat",
                "--vs",
                "rest",
                "--design",
                "session",
            ],
        )
        .expect_ok();
        let export = at(&tj, start(), &["export", "--format", "json"]).expect_ok();
        let file: Value = serde_json::from_str(&export).unwrap();
        let schedule = &file["experiments"][0]["plan"]["schedule"];
        assert!(
            schedule.as_str().is_some_and(|s| s.starts_with("sealed:")),
            "{schedule}"
        );
        // Read back whole: the same journal from the export.
        let again = TempJournal::new();
        let path = again.file("export.json");
        std::fs::write(&path, &export).unwrap();
        at(&again, start(), &["import", path.to_str().unwrap()]).expect_ok();
        let status = |t: &TempJournal| {
            let run = at(
                t,
                start() + Duration::minutes(1),
                &["experiment", "next", "--json"],
            );
            json(&run)
        };
        assert_eq!(status(&tj), status(&again));
    }

    #[test]
    fn bad_requests_are_one_clear_line_and_leave_the_journal_as_it_was() {
        let tj = TempJournal::new();
        at(&tj, start(), &["add", "--rating", "5"]).expect_ok();
        let before = tj.snapshot();
        let base = [
            "experiment",
            "start",
            "--remedy",
            "heat",
            "--vs",
            "rest",
            "--design",
            "session",
        ];
        let refused = |extra: &[&str], says: &str| {
            let mut args = base.to_vec();
            args.extend_from_slice(extra);
            let err = at(&tj, start(), &args).expect_err();
            assert!(err.contains(says), "{extra:?}: {err}");
            assert_eq!(tj.snapshot(), before);
        };
        refused(&["--pairs", "3"], "pairs must be 6 to 60");
        refused(&["--pairs", "100000"], "pairs must be 6 to 60");
        refused(&["--pairs", "-2"], "must not be negative");
        refused(&["--delta", "-1"], "delta must be above 0");
        refused(&["--delta", "lots"], "delta must be a number");
        refused(&["--period-days", "x"], "period must be a whole number");
        refused(&["--washout-days", "-1"], "washout must not be negative");
        let err = at(
            &tj,
            start(),
            &[
                "experiment",
                "start",
                "--remedy",
                "hot",
                "--vs",
                "rest",
                "--design",
                "session",
            ],
        )
        .expect_err();
        assert!(err.contains("unknown remedy 'hot'"), "{err}");
        let err = at(
            &tj,
            start(),
            &[
                "experiment",
                "start",
                "--remedy",
                "heat",
                "--vs",
                "heat",
                "--design",
                "session",
            ],
        )
        .expect_err();
        assert!(err.contains("must differ"), "{err}");
        let err = at(
            &tj,
            start(),
            &[
                "experiment",
                "start",
                "--remedy",
                "heat",
                "--vs",
                "none",
                "--design",
                "session",
            ],
        )
        .expect_err();
        assert!(err.contains("not none"), "{err}");
        let err = at(
            &tj,
            start(),
            &[
                "experiment",
                "start",
                "--remedy",
                "chiropractic",
                "--vs",
                "none",
                "--design",
                "days",
                "--period-days",
                "7",
                "--washout-days",
                "7",
            ],
        )
        .expect_err();
        assert!(err.contains("washout must be shorter"), "{err}");
        let err = at(&tj, start(), &["experiment", "stop", "--reason", "bored"]).expect_err();
        assert!(err.contains("no experiment is running"), "{err}");
        assert_eq!(tj.snapshot(), before);

        at(&tj, start(), &base).expect_ok();
        let running = tj.snapshot();
        let err = at(&tj, start(), &base).expect_err();
        assert!(err.contains("already running"), "{err}");
        let err = at(&tj, start(), &["experiment", "stop", "--reason", "  "]).expect_err();
        assert!(err.contains("why the experiment stops"), "{err}");
        assert_eq!(tj.snapshot(), running);
        at(&tj, start(), &["experiment", "stop", "--reason", "a cold"]).expect_ok();
        let stopped = json(&at(&tj, start(), &["experiment", "result", "--json"]));
        assert_eq!(stopped["state"], "stopped");
        assert_eq!(stopped["verdict"], "not_enough_data");
        assert!(stopped["explanation"]
            .as_str()
            .unwrap()
            .starts_with("Stopped early (a cold)."));
    }

    #[test]
    fn a_days_experiment_reveals_each_day_on_that_day_and_reads_the_next_morning() {
        let tj = TempJournal::new();
        at(
            &tj,
            start(),
            &[
                "experiment",
                "start",
                "--remedy",
                "heat",
                "--vs",
                "none",
                "--design",
                "days",
                "--pairs",
                "6",
                "--seed",
                "5",
            ],
        )
        .expect_ok();
        let evening = |day: i64| start() + Duration::days(day) + Duration::hours(11);
        let morning = |day: i64| start() + Duration::days(day) - Duration::hours(1);
        let mut arms = Vec::new();
        for day in 0..12 {
            let next = json(&at(&tj, evening(day), &["experiment", "next", "--json"]));
            let arm = next["arm"].as_str().unwrap().to_owned();
            assert_eq!(next["day"], evening(day).date_naive().to_string());
            let status = json(&at(&tj, evening(day), &["experiment", "status", "--json"]));
            let last = status["slots"].as_array().unwrap().last().cloned().unwrap();
            assert_eq!(
                last["first_day"], next["day"],
                "the last slot shown is today's"
            );
            if day > 0 {
                // This morning's rating: 3 after a heat evening, 5 after one without.
                let rating = if arms[day as usize - 1] == "heat" {
                    "3"
                } else {
                    "5"
                };
                at(
                    &tj,
                    morning(day),
                    &[
                        "add",
                        "--at",
                        &morning(day).to_rfc3339(),
                        "--rating",
                        rating,
                    ],
                )
                .expect_ok();
            }
            if arm == "heat" {
                at(
                    &tj,
                    evening(day),
                    &[
                        "add",
                        "--at",
                        &evening(day).to_rfc3339(),
                        "--rating",
                        "6",
                        "--remedy",
                        "heat:15",
                    ],
                )
                .expect_ok();
            } else {
                assert_eq!(arm, "none");
            }
            arms.push(arm);
        }
        at(
            &tj,
            morning(12),
            &[
                "add",
                "--at",
                &morning(12).to_rfc3339(),
                "--rating",
                if arms[11] == "heat" { "3" } else { "5" },
            ],
        )
        .expect_ok();
        let result = json(&at(
            &tj,
            morning(12) + Duration::hours(1),
            &["experiment", "result", "--json"],
        ));
        assert_eq!(result["state"], "complete", "{result}");
        assert_eq!(result["pairs_complete"], 6);
        assert_eq!(result["mean_difference"], 2.0);
        assert!(
            result["explanation"].as_str().unwrap().contains(
                "mornings after heat were 2.0 points less sore than after days without heat"
            ),
            "{result}"
        );
    }
}
