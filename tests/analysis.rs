// "What helped" on synthetic journals with known truth: effects are found, confounds are not.

use chrono::{Duration, NaiveDate, TimeZone};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use relief::analysis::{Range, Stats, Verdict};
use relief::model::{
    CatalogueItem, CatalogueKind, DayStartHour, Entry, EntryDraft, EntryId, IncomingEntry, Key,
    Label, Rating, RemedyUse, Snapshot, Timestamp,
};

use crate::util::TempJournal;

fn normal(rng: &mut ChaCha8Rng, sd: f64) -> f64 {
    let u1: f64 = rng.random::<f64>().max(1e-12);
    let u2: f64 = rng.random();
    sd * (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

fn clamp(x: f64) -> Rating {
    Rating::new(x.round().clamp(0.0, 10.0) as i64).unwrap()
}

/// Builds check-ins for a simulated person.
struct Sim {
    rng: ChaCha8Rng,
    start: NaiveDate,
    entries: Vec<IncomingEntry>,
}

impl Sim {
    fn new(seed: u64) -> Self {
        Sim {
            rng: ChaCha8Rng::seed_from_u64(seed),
            start: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            entries: Vec::new(),
        }
    }

    /// A check-in on day `day` at `hour`, with remedies `(key, rating_after)`.
    fn check_in(
        &mut self,
        day: i64,
        hour: u32,
        rating: Rating,
        remedies: &[(&str, Option<Rating>)],
    ) {
        let date = self.start + Duration::days(day);
        let at = chrono::FixedOffset::east_opt(3600)
            .unwrap()
            .from_local_datetime(&date.and_hms_opt(hour, 0, 0).unwrap())
            .unwrap();
        let mut draft = EntryDraft::new(Timestamp::new(at), rating);
        draft.remedies = remedies
            .iter()
            .map(|(k, after)| {
                let mut u = RemedyUse::new(Key::new(k).unwrap());
                u.rating_after = *after;
                u
            })
            .collect();
        let mut bytes = [0u8; 16];
        self.rng.fill(&mut bytes);
        self.entries.push(IncomingEntry {
            id: EntryId::from_uuid(uuid::Builder::from_random_bytes(bytes).into_uuid()),
            draft,
            location: format!("day {day}").into(),
            source: None,
        });
    }

    /// The statistics of the check-ins, computed from values (as the store would load them,
    /// in time order, against the built-in remedies).
    fn stats(self) -> Stats {
        let mut entries: Vec<Entry> = self
            .entries
            .into_iter()
            .map(|e| Entry::new(e.id, e.draft, DayStartHour::DEFAULT))
            .collect();
        entries.sort_by_key(|e| (e.journal_day, e.recorded_at.unix()));
        relief::analysis::stats(&Snapshot {
            entries,
            remedies: built_in_remedies(),
            ..Snapshot::default()
        })
    }
}

/// The remedies every journal starts with (the first migration), in its order.
fn built_in_remedies() -> Vec<CatalogueItem> {
    [
        ("stretch", "Stretching"),
        ("foam_rolling", "Foam rolling"),
        ("massage", "Massage"),
        ("heat", "Heat"),
        ("chiropractic", "Chiropractic care"),
        ("rest", "Rest (did nothing)"),
    ]
    .into_iter()
    .map(|(key, label)| CatalogueItem {
        key: Key::new(key).unwrap(),
        label: Label::new(label).unwrap(),
        archived: false,
        how_to: None,
    })
    .collect()
}

#[test]
fn the_built_in_remedies_here_are_a_new_journals() {
    let tj = TempJournal::new();
    let journal = tj.open().catalogue(CatalogueKind::Remedy).unwrap();
    assert_eq!(built_in_remedies(), journal);
}

fn remedy<'a>(stats: &'a Stats, key: &str) -> &'a relief::analysis::RemedyStats {
    stats
        .remedies
        .iter()
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("no row for {key}"))
}

/// Sessions: heat gives `heat_relief` points, rest gives nothing, on mid-range ratings.
fn session_journal(seed: u64, heat_relief: f64, days: i64) -> Stats {
    let mut sim = Sim::new(seed);
    for day in 0..days {
        let before = 5.0 + normal(&mut sim.rng, 1.0);
        sim.check_in(day, 8, clamp(before), &[]);
        let r = clamp(before + normal(&mut sim.rng, 0.5));
        let pick: f64 = sim.rng.random();
        if pick < 0.5 {
            let after = clamp(f64::from(r.get()) - heat_relief + normal(&mut sim.rng, 1.0));
            sim.check_in(day, 17, r, &[("heat", Some(after))]);
        } else if pick < 0.8 {
            let after = clamp(f64::from(r.get()) + normal(&mut sim.rng, 1.0));
            sim.check_in(day, 17, r, &[("rest", Some(after))]);
        } else {
            sim.check_in(day, 17, r, &[]);
        }
    }
    sim.stats()
}

#[test]
fn a_real_session_effect_is_found_and_its_interval_covers_the_truth() {
    let stats = session_journal(1, 2.0, 80);
    let heat = &remedy(&stats, "heat").session;
    assert_eq!(heat.verdict, Verdict::Helped, "{heat:?}");
    let adjusted = heat
        .adjusted
        .as_ref()
        .expect("enough rest sessions for the adjusted effect");
    assert!(
        adjusted.ci_low <= 2.0 && 2.0 <= adjusted.ci_high,
        "{adjusted:?}"
    );
    assert!(
        heat.ci_low.unwrap() <= 2.0 && 2.0 <= heat.ci_high.unwrap(),
        "{heat:?}"
    );
    assert!(heat.meaningful_share.unwrap() > 0.4);
    // The control is reported as what it is.
    let rest = &remedy(&stats, "rest").session;
    assert!(
        rest.explanation.starts_with("Resting"),
        "{}",
        rest.explanation
    );
}

#[test]
fn three_uses_are_not_enough_data() {
    let mut sim = Sim::new(2);
    for day in 0..3 {
        sim.check_in(day, 17, clamp(6.0), &[("massage", Some(clamp(2.0)))]);
    }
    let stats = sim.stats();
    let massage = remedy(&stats, "massage");
    assert_eq!(massage.session.verdict, Verdict::NotEnoughData);
    assert!(
        massage.session.explanation.contains("2 more"),
        "{}",
        massage.session.explanation
    );
    assert_eq!(massage.session.mean_relief, None);
    assert_eq!(
        massage.next_day.as_ref().unwrap().verdict,
        Verdict::NotEnoughData
    );
}

/// Daily soreness as an AR(1) process around 4; `stretch_next_day` is what stretching today
/// takes off tomorrow; massage is used on bad evenings only and does nothing.
fn day_journal(seed: u64, days: i64, stretch_next_day: f64) -> (Stats, f64) {
    let mut sim = Sim::new(seed);
    let mut level = 4.0;
    let mut carry = 0.0;
    let mut after_massage = Vec::new();
    let mut after_other = Vec::new();
    let mut massage_yesterday: Option<bool> = None;
    for day in 0..days {
        level = 4.0 + 0.6 * (level - 4.0) + normal(&mut sim.rng, 1.2) - carry;
        carry = 0.0;
        let morning = clamp(level + normal(&mut sim.rng, 0.5));
        if let Some(m) = massage_yesterday {
            if m {
                after_massage.push(f64::from(morning.get()))
            } else {
                after_other.push(f64::from(morning.get()))
            }
        }
        sim.check_in(day, 8, morning, &[]);
        let evening = clamp(level + normal(&mut sim.rng, 0.5));
        let massage = evening.get() >= 6;
        let stretch = sim.rng.random_bool(0.4);
        let mut used: Vec<(&str, Option<Rating>)> = Vec::new();
        if massage {
            used.push(("massage", None));
        }
        if stretch {
            used.push(("stretch", None));
            carry = stretch_next_day;
        }
        sim.check_in(day, 20, evening, &used);
        massage_yesterday = Some(massage);
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    // The naive comparison other apps make: next mornings after massage days vs. after others.
    let naive_worse = mean(&after_massage) - mean(&after_other);
    (sim.stats(), naive_worse)
}

#[test]
fn a_useless_remedy_used_on_bad_days_is_not_called_harmful() {
    let (stats, naive_worse) = day_journal(3, 240, 0.0);
    assert!(
        naive_worse > 0.5,
        "the naive comparison should see harm: {naive_worse}"
    );
    let massage = remedy(&stats, "massage").next_day.clone().unwrap();
    assert!(massage.days_with >= 5, "{massage:?}");
    assert!(
        !matches!(massage.verdict, Verdict::Helped | Verdict::Worse),
        "naive says {naive_worse:.2} points worse; Relief says {massage:?}"
    );
}

#[test]
fn a_real_next_day_effect_is_found_and_its_interval_covers_the_truth() {
    let (stats, _) = day_journal(4, 300, 1.5);
    let stretch = remedy(&stats, "stretch").next_day.clone().unwrap();
    assert_eq!(stretch.verdict, Verdict::Helped, "{stretch:?}");
    assert!(
        stretch.ci_low.unwrap() <= 1.5 && 1.5 <= stretch.ci_high.unwrap(),
        "{stretch:?}"
    );
}

#[test]
fn with_no_real_effects_helped_stays_within_the_error_rate() {
    let runs = 100;
    let mut false_helped = 0;
    for seed in 0..runs {
        let session = session_journal(1000 + seed, 0.0, 40);
        let (days, _) = day_journal(5000 + seed, 60, 0.0);
        let any = session.remedies.iter().chain(&days.remedies).any(|r| {
            r.session.verdict == Verdict::Helped
                || r.next_day
                    .as_ref()
                    .is_some_and(|n| n.verdict == Verdict::Helped)
        });
        if any {
            false_helped += 1;
        }
    }
    eprintln!("{false_helped} of {runs} null journals had a 'helped' verdict");
    assert!(
        false_helped * 10 <= runs,
        "{false_helped} of {runs} null journals said 'helped'"
    );
}

#[test]
fn stats_json_has_the_documented_shape_and_no_nan() {
    let tj = crate::util::sample_journal(120, 21);
    let out = tj
        .run(&["stats", "--json", "--from", "2026-08-01"])
        .expect_ok();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for key in [
        "range",
        "rating",
        "remedies",
        "combinations",
        "causes",
        "regions",
        "peg_weekly",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    for key in ["from", "to", "days", "days_logged"] {
        assert!(v["range"].get(key).is_some(), "missing range.{key}");
    }
    assert_eq!(v["range"]["from"], "2026-08-01");
    assert_eq!(v["range"]["days"], 92);
    let heat = v["remedies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "heat")
        .unwrap();
    for key in [
        "n",
        "mean_relief",
        "ci_low",
        "ci_high",
        "meaningful_share",
        "basis",
        "adjusted",
        "verdict",
        "explanation",
    ] {
        assert!(heat["session"].get(key).is_some(), "missing session.{key}");
    }
    for key in [
        "days_with",
        "days_without",
        "relief",
        "ci_low",
        "ci_high",
        "verdict",
        "explanation",
    ] {
        assert!(
            heat["next_day"].get(key).is_some(),
            "missing next_day.{key}"
        );
    }
    assert!(v["combinations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["key"] == "heat+stretch"));
    assert!(!out.contains("NaN") && !out.contains("inf"));

    // An empty journal: nulls, not zeros.
    let empty = TempJournal::new();
    let v: serde_json::Value =
        serde_json::from_str(&empty.run(&["stats", "--json"]).expect_ok()).unwrap();
    assert!(v["rating"]["mean"].is_null() && v["range"]["from"].is_null());
    assert_eq!(v["range"]["days"], 0);
}

#[test]
fn a_remedy_that_passes_the_day_gates_is_not_told_it_needs_more_days() {
    // Rest and heat always on the same 14 evenings of 30 days: enough days each, but their
    // next-morning effects cannot be told apart.
    let tj = TempJournal::new();
    let mut j = tj.open();
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    let start = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    for d in 0..30 {
        let day = start + Duration::days(d);
        let at = |h: u32| {
            let local = day.and_hms_opt(h, 0, 0).unwrap();
            Timestamp::new(
                chrono::FixedOffset::east_opt(3600)
                    .unwrap()
                    .from_local_datetime(&local)
                    .unwrap(),
            )
        };
        j.add_entry(&EntryDraft::new(at(8), clamp(4.0 + normal(&mut rng, 1.0))))
            .unwrap();
        let mut evening = EntryDraft::new(at(20), clamp(4.0 + normal(&mut rng, 1.0)));
        if d % 2 == 0 && d < 28 {
            for key in ["heat", "rest"] {
                evening
                    .remedies
                    .push(RemedyUse::new(Key::new(key).unwrap()));
            }
        }
        j.add_entry(&evening).unwrap();
    }
    let stats = relief::analysis::stats(&j.snapshot(Range::default()).unwrap());
    let rest = remedy(&stats, "rest").next_day.clone().unwrap();
    assert!(rest.days_with >= 14 && rest.days_without >= 14, "{rest:?}");
    assert_eq!(rest.verdict, Verdict::NotEnoughData);
    assert!(
        !rest.explanation.contains("are needed"),
        "{}",
        rest.explanation
    );
    assert!(
        rest.explanation.contains("together"),
        "{}",
        rest.explanation
    );
}
