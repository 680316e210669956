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
use crate::model::{builtin, IncomingEntry, JournalData};
use crate::model::{
    Detail, EntryDraft, EntryId, Key, Minutes, Note, Rating, Region, RegionRating, RemedyUse,
    Timestamp, ValueError,
};

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

fn internal(detail: &str) -> Error {
    Error::Internal {
        what: "making sample data",
        detail: detail.to_owned(),
    }
}

/// A Central-European clock: summer time from April to October, roughly.
fn offset_for(day: NaiveDate) -> Result<FixedOffset> {
    let hours = if (4..=10).contains(&day.month()) {
        2
    } else {
        1
    };
    FixedOffset::east_opt(hours * 3600).ok_or_else(|| internal("bad offset"))
}

/// Builds a sample journal of `spec.days` days ending on `spec.end`.
pub fn generate(spec: &SampleSpec) -> Result<JournalData> {
    if spec.days == 0 || spec.days > MAX_DAYS {
        return Err(Error::invalid(
            "days",
            ValueError::new("rule-sample-days")
                .with("max", MAX_DAYS)
                .with("got", spec.days),
        ));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let start = spec.end - Duration::days(i64::from(spec.days) - 1);
    let mut body = Body {
        baseline: 3.5,
        injury: 0.0,
        carry: 0.0,
        next_visit: start + Duration::days(rng.random_range(3..20)),
    };
    let mut entries = Vec::new();
    for offset_days in 0..i64::from(spec.days) {
        let day = start + Duration::days(offset_days);
        let today = body.new_day(&mut rng, day);
        // Check-in slots: (hour, probability, extra soreness from the day so far).
        let posture = if today.workday { 1.3 } else { 0.2 };
        let slots: [(u32, f64, f64); 5] = [
            (7, 0.95, 0.6),
            (12, 0.55, 0.5 * posture),
            (16, 0.75, posture),
            (21, 0.9, 0.8 * posture),
            (24, 0.05, 0.6 * posture),
        ];
        for (slot, &(hour, probability, load)) in slots.iter().enumerate() {
            if rng.random_bool(probability) {
                let at = Slot { slot, hour, load };
                entries.push(check_in(&mut rng, &mut body, &today, at)?);
            }
        }
    }
    Ok(JournalData {
        settings: None,
        remedies: Vec::new(),
        causes: Vec::new(),
        entries,
        experiments: Vec::new(),
    })
}

/// The made-up person's soreness from day to day.
struct Body {
    baseline: f64,
    injury: f64,
    /// The next-day effect of yesterday's remedies.
    carry: f64,
    next_visit: NaiveDate,
}

/// What a day is like.
struct Today {
    day: NaiveDate,
    workday: bool,
    tense: bool,
    visit: bool,
}

/// One check-in slot of a day.
struct Slot {
    slot: usize,
    hour: u32,
    load: f64,
}

impl Body {
    fn new_day(&mut self, rng: &mut ChaCha8Rng, day: NaiveDate) -> Today {
        let workday = !matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        self.baseline = 3.5 + 0.85 * (self.baseline - 3.5) + normal(rng, 0.45) - self.carry;
        self.baseline = self.baseline.clamp(0.5, 8.0);
        self.carry = 0.0;
        self.injury *= 0.8;
        if rng.random_bool(1.0 / 250.0) {
            self.injury = 4.0;
        }
        let tense = rng.random_bool(0.18);
        let visit = day >= self.next_visit;
        if visit {
            self.next_visit = day + Duration::days(rng.random_range(21..36));
        }
        Today {
            day,
            workday,
            tense,
            visit,
        }
    }
}

fn check_in(
    rng: &mut ChaCha8Rng,
    body: &mut Body,
    today: &Today,
    at: Slot,
) -> Result<IncomingEntry> {
    let minute = rng.random_range(0..60);
    let local = today
        .day
        .and_hms_opt(0, 0, 0)
        .map(|t| t + Duration::hours(i64::from(at.hour)) + Duration::minutes(minute))
        .ok_or_else(|| internal("bad time"))?;
    let when = offset_for(today.day)?
        .from_local_datetime(&local)
        .single()
        .ok_or_else(|| internal("bad local time"))?;
    let tension = if today.tense { 1.0 } else { 0.0 };
    let level = body.baseline + at.load + tension + body.injury + normal(rng, 0.7);
    let before = rating(level)?;
    let mut draft = EntryDraft::new(Timestamp::new(when), before);
    draft.regions = regions(rng, level)?;
    if today.workday && at.slot >= 1 && rng.random_bool(0.7) {
        draft.causes.push(key("posture")?);
    }
    if today.tense && rng.random_bool(0.7) {
        draft.causes.push(key("tension")?);
    }
    if body.injury > 1.0 && rng.random_bool(0.8) {
        draft.causes.push(key("injury")?);
    }
    draft.remedies = remedies(rng, body, today, at.slot, before)?;
    // PEG questions once a week, on Sunday evening.
    if today.day.weekday() == Weekday::Sun && at.slot == 3 {
        let peg = |rng: &mut ChaCha8Rng, weight: f64| {
            rating(f64::from(before.get()) * weight + normal(rng, 1.0))
        };
        draft.enjoyment = Some(peg(rng, 0.8)?);
        draft.activity = Some(peg(rng, 0.7)?);
    }
    if rng.random_bool(0.07) {
        let text = NOTES[rng.random_range(0..NOTES.len())];
        draft.note = Note::new(text).map_err(|e| Error::invalid("sample", e))?;
    }
    let mut bytes = [0u8; 16];
    rng.fill(&mut bytes);
    Ok(IncomingEntry {
        id: EntryId::from_uuid(uuid::Builder::from_random_bytes(bytes).into_uuid()),
        location: format!("sample day {}", today.day.format("%Y-%m-%d")).into(),
        draft,
        source: None,
    })
}

/// Between the shoulder blades most of the time, with others now and then, some rated.
fn regions(rng: &mut ChaCha8Rng, level: f64) -> Result<Vec<RegionRating>> {
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
    regions
        .into_iter()
        .map(|region| {
            let own = if rng.random_bool(0.2) {
                Some(rating(level + normal(rng, 1.0)))
            } else {
                None
            };
            Ok(RegionRating {
                region,
                rating: own.transpose()?,
            })
        })
        .collect()
}

fn minutes(n: i64) -> Result<Minutes> {
    Minutes::new(n).map_err(|e| Error::invalid("sample", e))
}

/// Remedies, more likely the sorer it is — the confound a fair analysis must handle — and
/// mostly rated afterwards.
fn remedies(
    rng: &mut ChaCha8Rng,
    body: &mut Body,
    today: &Today,
    slot: usize,
    before: Rating,
) -> Result<Vec<RemedyUse>> {
    let mut uses: Vec<RemedyUse> = Vec::new();
    if today.visit && slot == 2 {
        let mut u = RemedyUse::new(key(builtin::CHIROPRACTIC)?);
        u.minutes = Some(minutes(30)?);
        u.detail = Detail::new("chiropractor visit").map_err(|e| Error::invalid("sample", e))?;
        uses.push(u);
        body.carry += 0.8;
    } else if slot >= 1 {
        let reach = (0.12 + 0.08 * (f64::from(before.get()) - 3.0)).clamp(0.05, 0.7);
        if rng.random_bool(reach) {
            uses = self_care(rng, body)?;
        }
    }
    if !uses.is_empty() && rng.random_bool(0.75) {
        let relief: f64 = uses
            .iter()
            .map(|u| true_relief(u.key.as_str()))
            .sum::<f64>()
            * if uses.len() > 1 { 0.8 } else { 1.0 };
        let after = rating(f64::from(before.get()) - relief + normal(rng, 0.8))?;
        let delay = minutes(rng.random_range(15..=60))?;
        for u in &mut uses {
            u.rating_after = Some(after);
            u.after_minutes = Some(delay);
        }
    }
    Ok(uses)
}

/// What the person reaches for themselves: heat (sometimes with stretching), stretching, foam
/// rolling, massage, or rest.
fn self_care(rng: &mut ChaCha8Rng, body: &mut Body) -> Result<Vec<RemedyUse>> {
    let pick: u32 = rng.random_range(0..100);
    let (remedy, length, detail) = match pick {
        0..=29 => (builtin::HEAT, rng.random_range(10..=20), Some("heat pad")),
        30..=54 => (builtin::STRETCH, rng.random_range(5..=15), None),
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
        _ => (builtin::REST, 15, None),
    };
    let mut u = RemedyUse::new(key(remedy)?);
    u.minutes = Some(minutes(length)?);
    if let Some(d) = detail {
        u.detail = Detail::new(d).map_err(|e| Error::invalid("sample", e))?;
    }
    let mut uses = vec![u];
    if remedy == builtin::HEAT && rng.random_bool(0.35) {
        let mut s = RemedyUse::new(key(builtin::STRETCH)?);
        s.minutes = Some(minutes(10)?);
        uses.push(s);
    }
    if remedy == builtin::STRETCH {
        body.carry += 0.25;
    }
    Ok(uses)
}
