//! What the logged check-ins did with an experiment's slots: which slots are filled, which
//! pairs are complete or void (and why), and what is due now. Derived afresh from the entries
//! each time, so editing or deleting an entry changes the result accordingly.

use std::collections::HashSet;

use chrono::{DateTime, Duration, DurationRound, NaiveDate, Utc};
use serde::Serialize;

use crate::i18n::{Messages, Value};
use crate::model::{Arm, Comparator, Design, Entry, EntryId, Experiment, Key, Plan};

/// Whether an experiment still runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum State {
    Running,
    Complete,
    Stopped,
}

/// What became of a slot.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum SlotState {
    /// Done as assigned and rated.
    Done,
    /// Done, its rating after still to come ("How sore now?" is pending).
    Waiting,
    /// Its pair is void.
    Void,
    /// Due now (or running, in the days design).
    Due,
}

/// A revealed slot (future slots are never in a [`Progress`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Slot {
    pub slot: u32,
    pub pair: u32,
    pub arm: Arm,
    pub state: SlotState,
    /// The outcome in points: relief (session) or the mean next-morning rating (days); `None`
    /// while the experiment runs (no peeking).
    pub outcome: Option<f64>,
    /// `days` design: the period's first and last day.
    pub first_day: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
    /// `session` design: when the session was.
    pub at: Option<DateTime<Utc>>,
}

/// Something not done as planned.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Deviation {
    pub slot: u32,
    pub pair: u32,
    /// What happened, in words: a result says it in its language (English in `--json`).
    pub what: String,
    pub voids_pair: bool,
    pub entry: Option<EntryId>,
    /// What happened, for saying it in any language.
    #[serde(skip)]
    #[cfg_attr(feature = "specta", specta(skip))]
    pub reason: Reason,
}

/// Why a check-in or a period did not count as assigned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Other remedies at the same check-in.
    OtherRemedies,
    /// Too soon after the previous session (the gap asked for, in seconds).
    TooSoon { seconds: i64 },
    /// The other arm was done.
    Instead { done: Arm, assigned: Arm },
    /// A session without a rating after it.
    NoRatingAfter,
    /// The person skipped the session.
    Skipped,
    /// The other arm on some days of a period.
    WrongDays { days: usize, period: Arm },
    /// Too few days followed and rated the next morning.
    NotFollowed { rated: usize, days: i64 },
}

impl Reason {
    /// The reason in `m`'s language, the arms named by `arm`.
    pub fn words(&self, arm: impl Fn(Arm) -> String, m: &Messages) -> String {
        let count = |n: i64| Value::Count(n);
        match *self {
            Reason::OtherRemedies => m.get("dev-other-remedies", &[]),
            Reason::TooSoon { seconds } => {
                let gap = gap_words(seconds, m);
                m.get("dev-too-soon", &[("gap", Value::Text(&gap))])
            }
            Reason::Instead { done, assigned } => {
                let (done, assigned) = (arm(done), arm(assigned));
                m.get(
                    "dev-instead",
                    &[
                        ("done", Value::Text(&done)),
                        ("assigned", Value::Text(&assigned)),
                    ],
                )
            }
            Reason::NoRatingAfter => m.get("dev-no-rating-after", &[]),
            Reason::Skipped => m.get("dev-skipped", &[]),
            Reason::WrongDays { days, period } => {
                let (other, period) = (arm(period.other()), arm(period));
                m.get(
                    "dev-wrong-days",
                    &[
                        ("other", Value::Text(&other)),
                        ("days", count(i64::try_from(days).unwrap_or(i64::MAX))),
                        ("period", Value::Text(&period)),
                    ],
                )
            }
            Reason::NotFollowed { rated, days } => m.get(
                "dev-not-followed",
                &[
                    ("rated", count(i64::try_from(rated).unwrap_or(i64::MAX))),
                    ("days", count(days)),
                ],
            ),
        }
    }
}

/// A complete pair: the remedy's advantage in points (positive: the remedy did better).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Pair {
    pub pair: u32,
    pub difference: f64,
}

/// What is due now.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Current {
    pub slot: u32,
    pub pair: u32,
    /// The arm to follow now; `None` while a rating after is awaited.
    pub arm: Option<Arm>,
    /// `days` design: today.
    pub day: Option<NaiveDate>,
}

/// An experiment's progress.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Progress {
    pub state: State,
    pub slots: Vec<Slot>,
    pub pairs: Vec<Pair>,
    pub pairs_void: u32,
    pub current: Option<Current>,
    pub deviations: Vec<Deviation>,
    /// The entries the complete pairs rest on.
    pub entries: Vec<EntryId>,
}

/// The progress of `experiment` given the journal's `entries` (any order), the entries whose
/// "How sore now?" is still pending, and today's journal day. Every recorded check-in counts,
/// whatever the clock says now (`docs/experiments.md`).
pub fn follow(
    experiment: &Experiment,
    entries: &[Entry],
    pending: &HashSet<EntryId>,
    today: NaiveDate,
) -> Progress {
    let plan = &experiment.plan;
    // Everything recorded counts, up to the stop: a check-in logged "after now" (this
    // computer's clock set back since, or another computer's ahead) is still a check-in done.
    let end = experiment
        .stop
        .as_ref()
        .map_or(DateTime::<Utc>::MAX_UTC, |s| s.at);
    // Check-ins are logged to the minute: one logged in the minute the experiment started
    // counts.
    let start = plan
        .started_at
        .duration_trunc(Duration::minutes(1))
        .unwrap_or(plan.started_at);
    let mut entries: Vec<&Entry> = entries
        .iter()
        .filter(|e| {
            let at = utc(e);
            at >= start && at <= end
        })
        .collect();
    entries.sort_by_key(|e| utc(e));
    let mut run = Run::new(plan);
    match plan.design {
        Design::Session => run.sessions(experiment, &entries, pending),
        Design::Days => {
            // The days up to today, and any later day already logged.
            let logged = entries.last().map_or(today, |e| e.journal_day);
            let last = experiment.stop.as_ref().map_or(today.max(logged), |_| {
                today.min(day_of(end, &entries, today))
            });
            run.days(plan, &entries, last);
        }
    }
    run.finish(experiment)
}

/// The journal day of `at`, read from the last entry at or before it (else `fallback`).
fn day_of(at: DateTime<Utc>, entries: &[&Entry], fallback: NaiveDate) -> NaiveDate {
    entries
        .iter()
        .rev()
        .find(|e| utc(e) <= at)
        .map_or(fallback, |e| e.journal_day)
}

struct Run<'p> {
    plan: &'p Plan,
    slot: usize,
    slots: Vec<Slot>,
    pairs: Vec<Pair>,
    pairs_void: u32,
    deviations: Vec<Deviation>,
    entries: Vec<EntryId>,
    /// The entries of the slot filled first in the current pair.
    pair_entries: Vec<EntryId>,
    current: Option<Current>,
}

impl<'p> Run<'p> {
    fn new(plan: &'p Plan) -> Run<'p> {
        Run {
            plan,
            slot: 0,
            slots: Vec::new(),
            pairs: Vec::new(),
            pairs_void: 0,
            deviations: Vec::new(),
            entries: Vec::new(),
            pair_entries: Vec::new(),
            current: None,
        }
    }

    fn done(&self) -> bool {
        self.pairs.len() >= self.plan.pairs as usize || self.slot >= self.plan.schedule.len()
    }

    fn arm(&self) -> Arm {
        self.plan.schedule[self.slot]
    }

    fn pair(&self) -> u32 {
        (self.slot / 2) as u32
    }

    fn slot_record(&self, state: SlotState, outcome: Option<f64>) -> Slot {
        Slot {
            slot: self.slot as u32,
            pair: self.pair(),
            arm: self.arm(),
            state,
            outcome,
            first_day: None,
            last_day: None,
            at: None,
        }
    }

    /// Notes a deviation in the current slot; `voids` ends its pair. Its words are English,
    /// the arms named by their keys, until a result says them in its language.
    fn deviate(&mut self, reason: Reason, voids: bool, entry: Option<EntryId>) {
        let plan = self.plan;
        let what = reason.words(|arm| plan.arm_key(arm), &Messages::english());
        self.deviations.push(Deviation {
            slot: self.slot as u32,
            pair: self.pair(),
            what,
            voids_pair: voids,
            entry,
            reason,
        });
    }

    /// Voids the current pair (its slots so far, and the rest of it) and moves to the next.
    fn void_pair(&mut self, mut record: Slot) {
        record.state = SlotState::Void;
        record.outcome = None;
        let pair = self.pair();
        for s in self.slots.iter_mut().filter(|s| s.pair == pair) {
            s.state = SlotState::Void;
        }
        self.slots.push(record);
        self.pairs_void += 1;
        self.pair_entries.clear();
        self.slot = (self.slot / 2 + 1) * 2;
    }

    /// Fills the current slot with `outcome`; a pair's second slot completes it.
    fn fill(&mut self, mut record: Slot, outcome: f64, used: &[EntryId]) {
        record.state = SlotState::Done;
        record.outcome = Some(outcome);
        self.slots.push(record);
        if self.slot % 2 == 1 {
            let first = &self.slots[self.slots.len() - 2];
            let (a, b) = match self.arm() {
                Arm::A => (outcome, first.outcome.unwrap_or(0.0)),
                Arm::B => (first.outcome.unwrap_or(0.0), outcome),
            };
            // Relief: more is better. Morning soreness: less is better.
            let difference = match self.plan.design {
                Design::Session => a - b,
                Design::Days => b - a,
            };
            self.pairs.push(Pair {
                pair: self.pair(),
                difference,
            });
            self.entries.append(&mut self.pair_entries);
            self.entries.extend_from_slice(used);
        } else {
            self.pair_entries = used.to_vec();
        }
        self.slot += 1;
    }

    fn sessions(
        &mut self,
        experiment: &Experiment,
        entries: &[&Entry],
        pending: &HashSet<EntryId>,
    ) {
        let remedy = &self.plan.remedy;
        let comparator = self.plan.comparator.remedy().cloned();
        let mut skips = experiment.skips.iter().peekable();
        let mut last_session: Option<DateTime<Utc>> = None;
        for entry in entries {
            let at = utc(entry);
            while let Some(skip) = skips.next_if(|s| s.at <= at) {
                self.skip(skip.slot);
            }
            if self.done() {
                return;
            }
            let Some(arm) = arm_of(entry, remedy, comparator.as_ref()) else {
                continue;
            };
            if entry.remedies.len() > 1 {
                self.deviate(Reason::OtherRemedies, false, Some(entry.id));
                continue;
            }
            let gap = Duration::seconds(i64::from(self.plan.carry_over_seconds));
            if last_session.is_some_and(|last| at - last < gap) {
                let seconds = gap.num_seconds();
                self.deviate(Reason::TooSoon { seconds }, false, Some(entry.id));
                continue;
            }
            last_session = Some(at);
            let mut record = self.slot_record(SlotState::Done, None);
            record.at = Some(at);
            if arm != self.arm() {
                let assigned = self.arm();
                self.deviate(
                    Reason::Instead {
                        done: arm,
                        assigned,
                    },
                    true,
                    Some(entry.id),
                );
                self.void_pair(record);
                continue;
            }
            match entry.remedies[0].rating_after {
                Some(after) => {
                    let relief = f64::from(entry.rating.get()) - f64::from(after.get());
                    self.fill(record, relief, &[entry.id]);
                }
                None if pending.contains(&entry.id) => {
                    record.state = SlotState::Waiting;
                    self.slots.push(record);
                    self.current = Some(Current {
                        slot: self.slot as u32,
                        pair: self.pair(),
                        arm: None,
                        day: None,
                    });
                    return;
                }
                None => {
                    self.deviate(Reason::NoRatingAfter, true, Some(entry.id));
                    self.void_pair(record);
                }
            }
        }
        for skip in skips {
            self.skip(skip.slot);
        }
        if !self.done() {
            self.current = Some(Current {
                slot: self.slot as u32,
                pair: self.pair(),
                arm: Some(self.arm()),
                day: None,
            });
        }
    }

    fn skip(&mut self, slot: u32) {
        if slot as usize == self.slot && !self.done() {
            self.deviate(Reason::Skipped, true, None);
            let record = self.slot_record(SlotState::Void, None);
            self.void_pair(record);
        }
    }

    /// The `days` design: period by period up to today. The calendar goes on whatever happens:
    /// when a pair's first period is void, its second still passes (and does not count).
    fn days(&mut self, plan: &Plan, entries: &[&Entry], today: NaiveDate) {
        let period = i64::from(plan.period_days);
        let mut void_pair = None;
        while !self.done() {
            let first = plan.start_day + Duration::days(self.slot as i64 * period);
            let last = first + Duration::days(period - 1);
            if first > today {
                return;
            }
            let mut record = self.slot_record(SlotState::Due, None);
            record.first_day = Some(first);
            record.last_day = Some(last);
            let counted = first + Duration::days(i64::from(plan.washout_days));
            let voided = void_pair == Some(self.pair());
            if last >= today {
                // Today's period: its arm is the one to follow now.
                self.current = Some(Current {
                    slot: self.slot as u32,
                    pair: self.pair(),
                    arm: Some(self.arm()),
                    day: Some(today),
                });
                self.slots.push(record);
                return;
            }
            match self.period(entries, counted, last, today) {
                PeriodOutcome::Running => {
                    // Over, but this morning's rating is still to come.
                    record.state = SlotState::Waiting;
                    self.slots.push(record);
                    self.slot += 1;
                }
                PeriodOutcome::Mean(..) if voided => self.pass_void(record),
                PeriodOutcome::Mean(mean, used) => self.fill(record, mean, &used),
                PeriodOutcome::Void(why) => {
                    self.deviate(why, !voided, None);
                    if voided {
                        self.pass_void(record);
                    } else if self.slot.is_multiple_of(2) {
                        void_pair = Some(self.pair());
                        self.pairs_void += 1;
                        self.pair_entries.clear();
                        self.pass_void(record);
                    } else {
                        self.void_pair(record);
                    }
                }
            }
        }
    }

    /// Records the current slot as void and moves on to the next slot.
    fn pass_void(&mut self, mut record: Slot) {
        record.state = SlotState::Void;
        record.outcome = None;
        self.slots.push(record);
        self.slot += 1;
    }

    /// The outcome of a period whose counted days are `from..=to`.
    fn period(
        &self,
        entries: &[&Entry],
        from: NaiveDate,
        to: NaiveDate,
        today: NaiveDate,
    ) -> PeriodOutcome {
        let arm = self.arm();
        let mut outcomes = Vec::new();
        let mut used = Vec::new();
        let mut wrong = 0;
        for day in from.iter_days().take_while(|d| *d <= to) {
            let on_day: Vec<&&Entry> = entries.iter().filter(|e| e.journal_day == day).collect();
            let did_a = on_day.iter().any(|e| uses(e, &self.plan.remedy));
            let did_b = match &self.plan.comparator {
                Comparator::Remedy(key) => on_day.iter().any(|e| uses(e, key)),
                Comparator::None => !did_a,
            };
            let followed = match arm {
                Arm::A => {
                    did_a
                        && !matches!(&self.plan.comparator, Comparator::Remedy(k) if on_day.iter().any(|e| uses(e, k)))
                }
                Arm::B => did_b && !did_a,
            };
            let next = day + Duration::days(1);
            let morning = entries.iter().find(|e| e.journal_day == next);
            if next >= today && morning.is_none() {
                return PeriodOutcome::Running;
            }
            if (arm == Arm::A && did_b && self.plan.comparator != Comparator::None)
                || (arm == Arm::B && did_a)
            {
                wrong += 1;
            }
            if let (true, Some(morning)) = (followed, morning) {
                outcomes.push(f64::from(morning.rating.get()));
                used.extend(on_day.iter().map(|e| e.id));
                used.push(morning.id);
            }
        }
        let days = (to - from).num_days() + 1;
        if wrong > 0 {
            return PeriodOutcome::Void(Reason::WrongDays {
                days: wrong,
                period: arm,
            });
        }
        if (outcomes.len() as i64) * 2 < days {
            return PeriodOutcome::Void(Reason::NotFollowed {
                rated: outcomes.len(),
                days,
            });
        }
        used.dedup();
        let mean = outcomes.iter().sum::<f64>() / outcomes.len() as f64;
        PeriodOutcome::Mean(mean, used)
    }

    fn finish(self, experiment: &Experiment) -> Progress {
        let state = if self.done() {
            State::Complete
        } else if experiment.stop.is_some() {
            State::Stopped
        } else {
            State::Running
        };
        let running = state == State::Running;
        let mut slots = self.slots;
        if running {
            // No peeking: while it runs, no slot's outcome leaves here.
            for slot in &mut slots {
                slot.outcome = None;
            }
        }
        Progress {
            state,
            current: if running { self.current } else { None },
            slots,
            pairs: self.pairs,
            pairs_void: self.pairs_void,
            deviations: self.deviations,
            entries: self.entries,
        }
    }
}

enum PeriodOutcome {
    Running,
    Mean(f64, Vec<EntryId>),
    Void(Reason),
}

fn uses(entry: &Entry, key: &Key) -> bool {
    entry.remedies.iter().any(|r| &r.key == key)
}

/// Which arm a check-in's remedies belong to, if any.
fn arm_of(entry: &Entry, remedy: &Key, comparator: Option<&Key>) -> Option<Arm> {
    if uses(entry, remedy) {
        Some(Arm::A)
    } else if comparator.is_some_and(|k| uses(entry, k)) {
        Some(Arm::B)
    } else {
        None
    }
}

/// When a check-in was, in UTC.
pub(crate) fn utc(entry: &Entry) -> DateTime<Utc> {
    entry.recorded_at.datetime().with_timezone(&Utc)
}

/// "3 hours", "90 minutes", "20 seconds".
fn gap_words(s: i64, m: &Messages) -> String {
    let (id, n) = if s % 3600 == 0 {
        ("dev-hours", s / 3600)
    } else if s % 60 == 0 {
        ("dev-minutes", s / 60)
    } else {
        ("dev-seconds", s)
    };
    m.get(id, &[("n", Value::Count(n))])
}
