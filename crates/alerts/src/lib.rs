//! What to tell the person now: due "How sore now?" questions and reminders, and their words.
//! The desktop app (while it runs) and the light tray process (while no window is open) both
//! give them through a [`Watch`], so the rules and the words are the same whichever runs;
//! a [`Turn`] makes sure only one of them gives them at a time (`docs/reminders.md`).

use std::collections::HashSet;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, TimeZone, Timelike, Utc};

use relief_analysis::experiment::result::ArmName;
use relief_model::model::{shown_label, CatalogueKind, Design, ReminderKind};
use relief_model::schedule::{self, Fire};
use relief_store::store::{FollowUp, Journal};
use relief_words::{Messages, Value::Text};

/// How often whoever gives the alerts looks for due ones (at most: tests look more often).
pub const LOOK_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// Something to tell the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Alert {
    /// "How sore now?" after a remedy of a check-in.
    Question(FollowUp),
    /// A reminder going off (`late` when it is the one catch-up for a missed time).
    Reminder(Fire),
    /// Today's arm of a running `days` experiment: "heat", "no heat", "stretching".
    Experiment { arm: ArmName },
}

/// From this local hour on, today's arm of a `days` experiment is announced (once a day): the
/// evening is when "tonight → tomorrow morning" is followed.
pub const ANNOUNCE_HOUR: u32 = 18;

impl Alert {
    /// The notification's title in `m`'s language; reminder times in `tz`.
    pub fn title<Tz: TimeZone>(&self, tz: &Tz, m: &Messages) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        match self {
            Alert::Question(_) => m.get("alert-question-title", &[]),
            Alert::Experiment { arm } => {
                m.get("alert-experiment-title", &[("arm", Text(&arm.words(m)))])
            }
            Alert::Reminder(fire) => {
                let title = m.get(
                    match fire.kind {
                        ReminderKind::CheckIn => "alert-check-in-title",
                        ReminderKind::Stretch => "alert-stretch-title",
                    },
                    &[],
                );
                if fire.late {
                    let at = fire.at.with_timezone(tz).format("%H:%M").to_string();
                    m.get(
                        "alert-missed",
                        &[("title", Text(&title)), ("time", Text(&at))],
                    )
                } else {
                    title
                }
            }
        }
    }

    /// The notification's text in `m`'s language.
    pub fn body(&self, m: &Messages) -> String {
        match self {
            Alert::Question(q) => {
                let name = shown_label(CatalogueKind::Remedy, q.remedy.as_str(), &q.label, m);
                let rating = q.rating.get().to_string();
                m.get(
                    "alert-question",
                    &[
                        ("remedy", Text(&m.in_sentence(&name))),
                        ("rating", Text(&rating)),
                    ],
                )
            }
            Alert::Experiment { .. } => m.get("alert-experiment", &[]),
            Alert::Reminder(fire) => m.get(
                match fire.kind {
                    ReminderKind::CheckIn => "alert-check-in",
                    ReminderKind::Stretch => "alert-stretch",
                },
                &[],
            ),
        }
    }
}

/// Watches one journal for what is due. Each question is given once per watch; each reminder
/// once at all (the journal remembers how far reminders were dealt with, so a restart neither
/// repeats nor forgets one).
#[derive(Debug, Default)]
pub struct Watch {
    /// Questions already given (by entry, remedy and due time).
    asked: HashSet<(String, String, i64)>,
    /// Questions due by this were given by whoever watched before.
    asked_by: Option<DateTime<Utc>>,
    /// Reminders up to here have been dealt with.
    since: Option<DateTime<Utc>>,
}

impl Watch {
    /// A watch as at the start of a run: unanswered questions are asked again.
    pub fn new() -> Watch {
        Watch::default()
    }

    /// A watch taking over from one that last looked at `at` (the app handing over to the
    /// tray): the questions due by then it gave, and they are not asked twice.
    pub fn taking_over(at: DateTime<Utc>) -> Watch {
        Watch {
            asked_by: Some(at),
            ..Watch::default()
        }
    }

    /// What is due at `now` and was not given yet. A reminder given is noted in the journal.
    pub fn look(
        &mut self,
        journal: &mut Journal,
        now: DateTime<Utc>,
    ) -> relief_model::Result<Vec<Alert>> {
        self.look_in(journal, now, &chrono::Local)
    }

    /// [`Watch::look`] with the reminders' wall-clock times in `tz`.
    pub fn look_in<Tz: TimeZone>(
        &mut self,
        journal: &mut Journal,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> relief_model::Result<Vec<Alert>> {
        let mut due = Vec::new();
        for question in journal.follow_ups()? {
            if question.due_at > now || self.asked_by.is_some_and(|t| question.due_at <= t) {
                continue;
            }
            let id = (
                question.entry.to_string(),
                question.remedy.to_string(),
                question.due_at.timestamp(),
            );
            if self.asked.insert(id) {
                due.push(Alert::Question(question));
            }
        }
        // The first look of a run starts where the last run left off (or a day ago), so a late
        // start still gets its one catch-up and a restart does not repeat one.
        let since = self
            .since
            .or(journal.reminders_checked()?)
            .unwrap_or(now - Duration::days(1))
            .max(now - Duration::days(1));
        let reminders = journal.settings()?.reminders;
        if let Some(fire) = schedule::due(&reminders, since, now, tz) {
            journal.set_reminders_checked(now)?;
            if !answered(journal, &fire, now)? {
                due.push(Alert::Reminder(fire));
            }
        }
        self.since = Some(now);
        if let Some(arm) = todays_arm(journal, now, tz)? {
            due.push(Alert::Experiment { arm });
        }
        Ok(due)
    }
}

/// Today's arm of a running `days` experiment, once a day from [`ANNOUNCE_HOUR`] on (noted in
/// the journal, so neither a restart nor the other of app and tray repeats it).
/// How long before a check-in reminder a check-in answers it.
const ANSWERED_WITHIN: Duration = Duration::hours(1);

/// Whether a check-in reminder is answered already: a check-in recorded from an hour before
/// it on — on this computer or another one the journal syncs with (`docs/reminders.md`).
fn answered(journal: &Journal, fire: &Fire, now: DateTime<Utc>) -> relief_model::Result<bool> {
    if fire.kind != ReminderKind::CheckIn {
        return Ok(false);
    }
    let from = fire.at - ANSWERED_WITHIN;
    let filter = relief_model::model::Filter {
        from: Some(from.date_naive() - Duration::days(1)),
        ..Default::default()
    };
    Ok(journal.entries(&filter)?.iter().any(|e| {
        let at = e.recorded_at.datetime().with_timezone(&Utc);
        at >= from && at <= now
    }))
}

fn todays_arm<Tz: TimeZone>(
    journal: &mut Journal,
    now: DateTime<Utc>,
    tz: &Tz,
) -> relief_model::Result<Option<ArmName>> {
    // Cheap checks first: this runs at every look.
    if now.with_timezone(tz).hour() < ANNOUNCE_HOUR
        || journal.experiment_announced()? == Some(journal.today()?)
    {
        return Ok(None);
    }
    let Some((experiment, progress)) = journal.running_experiment()? else {
        return Ok(None);
    };
    let plan = &experiment.plan;
    let Some((arm, day)) = progress
        .current
        .filter(|_| plan.design == Design::Days)
        .and_then(|c| Some((c.arm?, c.day?)))
    else {
        return Ok(None);
    };
    if journal.experiment_announced()? == Some(day) {
        return Ok(None);
    }
    journal.set_experiment_announced(day)?;
    let remedies = journal.catalogue(CatalogueKind::Remedy)?;
    Ok(Some(ArmName::of(&experiment, &remedies, arm)))
}

/// Whose turn it is to give a journal's alerts: the desktop app's while it runs, else the
/// tray's. Each holds its lock file (beside the journal) for as long as it runs; the operating
/// system lets go of it when the process ends, however it ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Giver {
    App,
    Tray,
}

/// A held turn; dropping it lets go.
#[derive(Debug)]
pub struct Turn {
    _file: File,
}

impl Giver {
    /// The lock file of this giver for the journal at `journal`.
    pub fn lock_path(self, journal: &Path) -> PathBuf {
        let name = match self {
            Giver::App => ".relief-app.lock",
            Giver::Tray => ".relief-tray.lock",
        };
        journal.with_file_name(name)
    }

    /// Takes the turn if no other process holds it; `Ok(None)` when one does.
    pub fn try_take(self, journal: &Path) -> std::io::Result<Option<Turn>> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.lock_path(journal))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Turn { _file: file })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => Err(e),
        }
    }

    /// Whether some process holds this turn (this one included, if it took it).
    pub fn running(self, journal: &Path) -> bool {
        matches!(self.try_take(journal), Ok(None))
    }
}
