//! When reminders fire. Pure: no clock and no I/O — the caller passes the instants and the time
//! zone, so every rule here is tested across DST changes, time-zone changes and sleep.
//!
//! A reminder is a wall-clock time on chosen weekdays ("10:30, Mon–Fri"). It fires at that local
//! time in whatever zone the computer is in when the day comes, so after a flight or a DST change
//! it still comes at 10:30 where the person is. A time skipped by a DST change (02:30 on the
//! night clocks go forward) fires when the gap ends; a time that happens twice (clocks go back)
//! fires once, the first time.
//!
//! The caller checks for due reminders now and then ([`due`]). Whatever was missed while the
//! computer slept or before the app started gives at most one catch-up notification, and only for
//! a reminder of the same local day: nobody wants five stretch reminders at once, or yesterday's
//! check-in reminder at breakfast.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use crate::model::{Day, Reminder, ReminderKind};

/// The instant `reminder` fires on the local date `day` in `tz`, if `day` is one of its weekdays.
pub fn fires_on<Tz: TimeZone>(
    reminder: &Reminder,
    day: NaiveDate,
    tz: &Tz,
) -> Option<DateTime<Utc>> {
    if !reminder.days.contains(&Day::of(day)) {
        return None;
    }
    resolve(day.and_time(reminder.time.time()), tz)
}

/// The instant of a local wall-clock time, by the journal's one rule
/// ([`crate::model::LocalTime`]): the first of a time that happens twice, the end of the gap
/// for one the clocks skipped, `None` if the whole day was skipped.
fn resolve<Tz: TimeZone>(local: chrono::NaiveDateTime, tz: &Tz) -> Option<DateTime<Utc>> {
    crate::model::LocalTime::of(local, tz)
        .instant()
        .map(|at| at.with_timezone(&Utc))
}

/// One reminder going off.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fire {
    /// When it was meant to go off.
    pub at: DateTime<Utc>,
    /// Which reminder (index into the list given).
    pub index: usize,
    pub kind: ReminderKind,
    /// Missed while asleep or before the app ran, given once now.
    pub late: bool,
}

/// A reminder within this long of its time is on time, not a catch-up.
pub const ON_TIME: Duration = Duration::minutes(2);

fn occurrences<Tz: TimeZone>(
    reminders: &[Reminder],
    days: impl Iterator<Item = NaiveDate>,
    tz: &Tz,
) -> Vec<(DateTime<Utc>, usize)> {
    let mut all = Vec::new();
    for day in days {
        for (index, r) in reminders.iter().enumerate() {
            if let Some(at) = fires_on(r, day, tz) {
                all.push((at, index));
            }
        }
    }
    all
}

/// The next time any reminder fires strictly after `after`, in the zone `tz`.
pub fn next_after<Tz: TimeZone>(
    reminders: &[Reminder],
    after: DateTime<Utc>,
    tz: &Tz,
) -> Option<Fire> {
    let today = after.with_timezone(tz).date_naive();
    // From yesterday: a gap at the start of today can move yesterday's late time past `after`.
    let days = (-1..=8).filter_map(|d| today.checked_add_signed(Duration::days(d)));
    occurrences(reminders, days, tz)
        .into_iter()
        .filter(|(at, _)| *at > after)
        .min()
        .map(|(at, index)| Fire {
            at,
            index,
            kind: reminders[index].kind,
            late: false,
        })
}

/// What to show now, given that reminders were last looked at `since`: the latest reminder time
/// in `(since, now]`, if any. A time within [`ON_TIME`] of now is on time; an older one is a
/// catch-up and is given only if it is of the same local day as `now`. Whatever else was
/// missed is dropped: at most one notification per call.
pub fn due<Tz: TimeZone>(
    reminders: &[Reminder],
    since: DateTime<Utc>,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Option<Fire> {
    if now <= since {
        return None;
    }
    let today = now.with_timezone(tz).date_naive();
    // Only today's and yesterday's times can matter (yesterday's for a gap-shifted late time).
    let days = (-1..=0).filter_map(|d| today.checked_add_signed(Duration::days(d)));
    let (at, index) = occurrences(reminders, days, tz)
        .into_iter()
        .filter(|(at, _)| *at > since && *at <= now)
        .max_by_key(|&(at, index)| (at, std::cmp::Reverse(index)))?;
    let late = now - at > ON_TIME;
    if late && at.with_timezone(tz).date_naive() != today {
        return None;
    }
    Some(Fire {
        at,
        index,
        kind: reminders[index].kind,
        late,
    })
}
