//! Realistic synthetic journals: a person with recurring soreness between the shoulder blades.
//!
//! For a first look at Relief, for demos and for benchmarks. The same seed gives the same
//! journal on every machine. The simulated person has a slowly drifting baseline, posture-related
//! workdays, tense spells, a rare injury, chiropractic visits every few weeks, and reaches for a
//! remedy more often when it hurts more — the confound Relief's analysis must see through. Each
//! remedy has a known true session effect ([`TRUE_SESSION_RELIEF`]), so the analysis can be
//! checked against it.

use chrono::{Datelike, Duration, FixedOffset, NaiveDate, TimeZone, Weekday};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::error::{Error, Result};
use crate::model::{
    Detail, EntryDraft, EntryId, Key, Minutes, Note, Rating, Region, RegionRating, RemedyUse,
    Timestamp, ValueError,
};
use crate::model::{IncomingEntry, JournalData};

/// Largest sample: fifty years of check-ins.
pub const MAX_DAYS: u32 = 50 * 366;

/// The mean drop in soreness each remedy truly gives in the simulation, in points.
pub const TRUE_SESSION_RELIEF: &[(&str, f64)] = &[
    ("heat", 1.8),
    ("stretch", 1.0),
    ("massage", 2.0),
    ("foam_rolling", 1.2),
    ("chiropractic", 1.5),
    ("rest", 0.3),
];

const NOTES: &[&str] = &[
    "Long day at the desk.",
    "Slept badly, stiff on waking.",
    "Carried the shopping home.",
    "Better after the walk.",
    "Tight between the shoulder blades all afternoon.",
    "Worked from the sofa — bad idea.",
    "Gym: rows and pull-downs.",
    "Stressful meeting, shoulders up by my ears.",
    "Felt loose after the shower.",
    "Drove for three hours.",
];

#[derive(Clone, Copy, Debug)]
pub struct SampleSpec {
    pub days: u32,
    pub seed: u64,
    /// The last journal day of the sample.
    pub end: NaiveDate,
}

/// Where the app keeps its sample journal: beside the person's own, never mixed into it.
pub const FILE_NAME: &str = "sample.db";

/// The sample the app offers for a first look: half a year up to yesterday, the same every time.
pub fn first_look(today: NaiveDate) -> SampleSpec {
    SampleSpec {
        days: 180,
        seed: 7,
        end: today - chrono::Duration::days(1),
    }
}

fn normal(rng: &mut ChaCha8Rng, sd: f64) -> f64 {
    // Box–Muller: two uniforms give one standard normal.
    let u1: f64 = rng.random::<f64>().max(f64::MIN_POSITIVE);
    let u2: f64 = rng.random();
    sd * (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

fn rating(value: f64) -> Result<Rating> {
    Rating::new(value.round().clamp(0.0, 10.0) as i64).map_err(|e| Error::invalid("sample", e))
}

fn key(text: &str) -> Result<Key> {
    Key::new(text).map_err(|e| Error::invalid("sample", e))
}

fn true_relief(remedy: &str) -> f64 {
    TRUE_SESSION_RELIEF
        .iter()
        .find(|(k, _)| *k == remedy)
        .map(|(_, v)| *v)
        .unwrap_or(0.0)
}

/// A Central-European clock: summer time from April to October, roughly.
fn offset_for(day: NaiveDate) -> Result<FixedOffset> {
    let hours = if (4..=10).contains(&day.month()) {
        2
    } else {
        1
    };
    FixedOffset::east_opt(hours * 3600)
        .ok_or_else(|| Error::invalid("sample", ValueError("bad offset".into())))
}

/// Builds a sample journal of `spec.days` days ending on `spec.end`.
pub fn generate(spec: &SampleSpec) -> Result<JournalData> {
    if spec.days == 0 || spec.days > MAX_DAYS {
        return Err(Error::invalid(
            "days",
            ValueError(format!("must be from 1 to {MAX_DAYS}, got {}", spec.days)),
        ));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let start = spec.end - Duration::days(i64::from(spec.days) - 1);
    let mut entries = Vec::new();

    let mut baseline: f64 = 3.5;
    let mut injury: f64 = 0.0;
    let mut carry: f64 = 0.0; // next-day effect of yesterday's remedies
    let mut next_visit = start + Duration::days(rng.random_range(3..20));

    for offset_days in 0..i64::from(spec.days) {
        let day = start + Duration::days(offset_days);
        let tz = offset_for(day)?;
        let workday = !matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        baseline = 3.5 + 0.85 * (baseline - 3.5) + normal(&mut rng, 0.45) - carry;
        baseline = baseline.clamp(0.5, 8.0);
        carry = 0.0;
        injury *= 0.8;
        if rng.random_bool(1.0 / 250.0) {
            injury = 4.0;
        }
        let tense = rng.random_bool(0.18);
        let visit_today = day >= next_visit;
        if visit_today {
            next_visit = day + Duration::days(rng.random_range(21..36));
        }

        // Check-in slots: (hour, minute range, probability, extra soreness from the day so far).
        let posture = if workday { 1.3 } else { 0.2 };
        let slots: [(u32, f64, f64); 5] = [
            (7, 0.95, 0.6),
            (12, 0.55, 0.5 * posture),
            (16, 0.75, posture),
            (21, 0.9, 0.8 * posture),
            (24, 0.05, 0.6 * posture),
        ];
        for (slot, &(hour, probability, load)) in slots.iter().enumerate() {
            if !rng.random_bool(probability) {
                continue;
            }
            let minute = rng.random_range(0..60);
            let local = day
                .and_hms_opt(0, 0, 0)
                .map(|t| t + Duration::hours(i64::from(hour)) + Duration::minutes(minute))
                .ok_or_else(|| Error::invalid("sample", ValueError("bad time".into())))?;
            let at = tz
                .from_local_datetime(&local)
                .single()
                .ok_or_else(|| Error::invalid("sample", ValueError("bad local time".into())))?;
            let tension = if tense { 1.0 } else { 0.0 };
            let level = baseline + load + tension + injury + normal(&mut rng, 0.7);
            let before = rating(level)?;
            let mut draft = EntryDraft::new(Timestamp::new(at), before);

            let mut regions = vec![Region::BetweenShoulderBlades];
            for (region, p) in [
                (Region::Neck, 0.3),
                (Region::UpperBackLeft, 0.15),
                (Region::UpperBackRight, 0.2),
                (Region::ShoulderRight, 0.1),
                (Region::LowerBack, 0.08),
            ] {
                if rng.random_bool(p) {
                    regions.push(region);
                }
            }
            if rng.random_bool(0.15) {
                regions.remove(0);
                if regions.is_empty() {
                    regions.push(Region::Neck);
                }
            }
            draft.regions = regions
                .into_iter()
                .map(|region| {
                    let own = if rng.random_bool(0.2) {
                        Some(rating(level + normal(&mut rng, 1.0)))
                    } else {
                        None
                    };
                    Ok(RegionRating {
                        region,
                        rating: own.transpose()?,
                    })
                })
                .collect::<Result<_>>()?;

            if workday && slot >= 1 && rng.random_bool(0.7) {
                draft.causes.push(key("posture")?);
            }
            if tense && rng.random_bool(0.7) {
                draft.causes.push(key("tension")?);
            }
            if injury > 1.0 && rng.random_bool(0.8) {
                draft.causes.push(key("injury")?);
            }

            // Remedies: more likely the sorer it is — the confound a fair analysis must handle.
            let mut uses: Vec<RemedyUse> = Vec::new();
            if visit_today && slot == 2 {
                let mut u = RemedyUse::new(key("chiropractic")?);
                u.minutes = Some(Minutes::new(30).map_err(|e| Error::invalid("sample", e))?);
                u.detail =
                    Detail::new("chiropractor visit").map_err(|e| Error::invalid("sample", e))?;
                uses.push(u);
                carry += 0.8;
            } else if slot >= 1 {
                let reach = (0.12 + 0.08 * (f64::from(before.get()) - 3.0)).clamp(0.05, 0.7);
                if rng.random_bool(reach) {
                    let pick: u32 = rng.random_range(0..100);
                    let (remedy, minutes, detail) = match pick {
                        0..=29 => ("heat", rng.random_range(10..=20), Some("heat pad")),
                        30..=54 => ("stretch", rng.random_range(5..=15), None),
                        55..=69 => ("foam_rolling", rng.random_range(5..=15), None),
                        70..=79 => (
                            "massage",
                            rng.random_range(10..=45),
                            Some(if rng.random_bool(0.3) {
                                "therapist"
                            } else {
                                "massage ball"
                            }),
                        ),
                        _ => ("rest", 15, None),
                    };
                    let mut u = RemedyUse::new(key(remedy)?);
                    u.minutes =
                        Some(Minutes::new(minutes).map_err(|e| Error::invalid("sample", e))?);
                    if let Some(d) = detail {
                        u.detail = Detail::new(d).map_err(|e| Error::invalid("sample", e))?;
                    }
                    uses.push(u);
                    if remedy == "heat" && rng.random_bool(0.35) {
                        let mut s = RemedyUse::new(key("stretch")?);
                        s.minutes =
                            Some(Minutes::new(10).map_err(|e| Error::invalid("sample", e))?);
                        uses.push(s);
                    }
                    if remedy == "stretch" {
                        carry += 0.25;
                    }
                }
            }
            if !uses.is_empty() && rng.random_bool(0.75) {
                let relief: f64 = uses
                    .iter()
                    .map(|u| true_relief(u.key.as_str()))
                    .sum::<f64>()
                    * if uses.len() > 1 { 0.8 } else { 1.0 };
                let after = rating(f64::from(before.get()) - relief + normal(&mut rng, 0.8))?;
                let delay = Minutes::new(rng.random_range(15..=60))
                    .map_err(|e| Error::invalid("sample", e))?;
                for u in &mut uses {
                    u.rating_after = Some(after);
                    u.after_minutes = Some(delay);
                }
            }
            draft.remedies = uses;

            // PEG questions once a week, on Sunday evening.
            if day.weekday() == Weekday::Sun && slot == 3 {
                draft.enjoyment = Some(rating(
                    f64::from(before.get()) * 0.8 + normal(&mut rng, 1.0),
                )?);
                draft.activity = Some(rating(
                    f64::from(before.get()) * 0.7 + normal(&mut rng, 1.0),
                )?);
            }
            if rng.random_bool(0.07) {
                let text = NOTES[rng.random_range(0..NOTES.len())];
                draft.note = Note::new(text).map_err(|e| Error::invalid("sample", e))?;
            }

            let mut bytes = [0u8; 16];
            rng.fill(&mut bytes);
            let id = EntryId::from_uuid(uuid::Builder::from_random_bytes(bytes).into_uuid());
            entries.push(IncomingEntry {
                id,
                location: format!("sample day {}", day.format("%Y-%m-%d")),
                draft,
            });
        }
    }
    Ok(JournalData {
        settings: None,
        remedies: Vec::new(),
        causes: Vec::new(),
        entries,
    })
}
