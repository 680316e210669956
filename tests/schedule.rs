//! When reminders fire: DST changes, time-zone changes, sleep and late starts, weekdays.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use relief::model::{ClockTime, Day, Reminder, ReminderKind};
use relief::schedule::{self, Fire};

const BERLIN: Tz = chrono_tz::Europe::Berlin;
const NEW_YORK: Tz = chrono_tz::America::New_York;

fn at(tz: Tz, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn time(text: &str) -> ClockTime {
    ClockTime::try_from(text.to_string()).unwrap()
}

fn daily(kind: ReminderKind, t: &str) -> Reminder {
    Reminder::daily(kind, time(t))
}

/// Runs the app's loop: looks every `tick` from `start` to `end` and collects what it shows.
fn simulate(
    reminders: &[Reminder],
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    tick: Duration,
    tz: Tz,
) -> Vec<Fire> {
    let mut fired = Vec::new();
    let mut since = start;
    let mut now = start;
    while now < end {
        now += tick;
        if let Some(f) = schedule::due(reminders, since, now, &tz) {
            fired.push(f);
        }
        since = now;
    }
    fired
}

#[test]
fn next_fire_keeps_local_time_across_the_spring_change() {
    let r = [daily(ReminderKind::CheckIn, "09:00")];
    // Saturday 28 March 2026 in Berlin is CET (UTC+1); Sunday is CEST (UTC+2).
    let sat = schedule::next_after(&r, at(BERLIN, 2026, 3, 28, 8, 0), &BERLIN).unwrap();
    assert_eq!(sat.at, utc("2026-03-28T08:00:00Z"));
    let sun = schedule::next_after(&r, sat.at, &BERLIN).unwrap();
    assert_eq!(sun.at, utc("2026-03-29T07:00:00Z"), "09:00 CEST");
    assert_eq!(sun.at - sat.at, Duration::hours(23));
}

#[test]
fn a_time_skipped_by_the_clocks_fires_when_the_gap_ends() {
    let r = [daily(ReminderKind::Stretch, "02:30")];
    let fire = schedule::next_after(&r, utc("2026-03-28T12:00:00Z"), &BERLIN).unwrap();
    // 02:30 does not exist on 29 March: clocks jump from 02:00 CET to 03:00 CEST (01:00 UTC).
    assert_eq!(fire.at, utc("2026-03-29T01:00:00Z"));
    let fired = simulate(
        &r,
        utc("2026-03-28T12:00:00Z"),
        utc("2026-03-30T12:00:00Z"),
        Duration::seconds(20),
        BERLIN,
    );
    assert_eq!(fired.len(), 2, "once each day, not skipped: {fired:?}");
    assert!(fired.iter().all(|f| !f.late));
}

#[test]
fn a_time_that_happens_twice_fires_once() {
    let r = [daily(ReminderKind::Stretch, "02:30")];
    // 25 October 2026: 02:30 CEST (00:30 UTC), then clocks go back and 02:30 CET (01:30 UTC).
    let first = schedule::next_after(&r, utc("2026-10-24T12:00:00Z"), &BERLIN).unwrap();
    assert_eq!(first.at, utc("2026-10-25T00:30:00Z"));
    let next = schedule::next_after(&r, first.at, &BERLIN).unwrap();
    assert_eq!(
        next.at,
        utc("2026-10-26T01:30:00Z"),
        "the next day, not an hour later"
    );
    let fired = simulate(
        &r,
        utc("2026-10-24T12:00:00Z"),
        utc("2026-10-25T12:00:00Z"),
        Duration::seconds(20),
        BERLIN,
    );
    assert_eq!(fired.len(), 1, "{fired:?}");
}

#[test]
fn after_a_flight_reminders_come_at_the_new_local_time() {
    let r = [daily(ReminderKind::CheckIn, "09:00")];
    // Last looked in Berlin at 08:00 (06:00 UTC) on 10 June; now the computer is in New York.
    let since = utc("2026-06-10T06:00:00Z");
    let next = schedule::next_after(&r, since, &NEW_YORK).unwrap();
    assert_eq!(next.at, utc("2026-06-10T13:00:00Z"), "09:00 EDT");
    // Berlin's 09:00 (07:00 UTC) passes without a reminder; New York's comes on time.
    let fired = simulate(
        &r,
        since,
        utc("2026-06-10T14:00:00Z"),
        Duration::seconds(20),
        NEW_YORK,
    );
    assert_eq!(fired.len(), 1, "{fired:?}");
    assert_eq!(fired[0].at, utc("2026-06-10T13:00:00Z"));
    assert!(!fired[0].late);
}

#[test]
fn after_sleep_at_most_one_catch_up() {
    let r: Vec<Reminder> = ["10:00", "12:00", "14:00", "16:00"]
        .iter()
        .map(|t| daily(ReminderKind::Stretch, t))
        .collect();
    // Asleep from 09:30 to 16:30: four stretch breaks missed, one reminder given.
    let fire = schedule::due(
        &r,
        at(BERLIN, 2026, 6, 10, 9, 30),
        at(BERLIN, 2026, 6, 10, 16, 30),
        &BERLIN,
    )
    .unwrap();
    assert_eq!(fire.at, at(BERLIN, 2026, 6, 10, 16, 0), "the latest one");
    assert!(fire.late);
    assert_eq!(fire.index, 3);
    // The next look finds nothing more.
    let later = at(BERLIN, 2026, 6, 10, 16, 30);
    assert_eq!(
        schedule::due(&r, later, later + Duration::seconds(20), &BERLIN),
        None
    );
}

#[test]
fn yesterdays_reminder_is_not_given_in_the_morning() {
    let r = [daily(ReminderKind::CheckIn, "21:00")];
    // Lid closed at 20:00, opened at 08:00 the next day.
    let fire = schedule::due(
        &r,
        at(BERLIN, 2026, 6, 10, 20, 0),
        at(BERLIN, 2026, 6, 11, 8, 0),
        &BERLIN,
    );
    assert_eq!(fire, None);
}

#[test]
fn a_late_start_gives_todays_missed_reminder_once() {
    let r = [
        daily(ReminderKind::CheckIn, "09:00"),
        daily(ReminderKind::Stretch, "10:00"),
    ];
    let start = at(BERLIN, 2026, 6, 10, 11, 0);
    let fire = schedule::due(&r, start - Duration::hours(24), start, &BERLIN).unwrap();
    assert_eq!((fire.kind, fire.late), (ReminderKind::Stretch, true));
    // Then the day goes on normally: nothing until tomorrow 09:00.
    let fired = simulate(
        &r,
        start,
        at(BERLIN, 2026, 6, 11, 9, 30),
        Duration::seconds(30),
        BERLIN,
    );
    assert_eq!(fired.len(), 1);
    assert_eq!(fired[0].at, at(BERLIN, 2026, 6, 11, 9, 0));
    assert!(!fired[0].late);
}

#[test]
fn a_normal_day_fires_each_reminder_once_on_time() {
    let mut r: Vec<Reminder> = ["10:00", "12:00", "14:00", "16:00"]
        .iter()
        .map(|t| daily(ReminderKind::Stretch, t))
        .collect();
    r.push(daily(ReminderKind::CheckIn, "20:30"));
    let fired = simulate(
        &r,
        at(BERLIN, 2026, 6, 10, 0, 0),
        at(BERLIN, 2026, 6, 12, 0, 0),
        Duration::seconds(20),
        BERLIN,
    );
    assert_eq!(fired.len(), 10);
    assert!(fired.iter().all(|f| !f.late));
    assert_eq!(
        fired
            .iter()
            .filter(|f| f.kind == ReminderKind::CheckIn)
            .count(),
        2
    );
}

#[test]
fn weekday_rules() {
    let workdays = Reminder {
        kind: ReminderKind::Stretch,
        time: time("10:30"),
        days: vec![Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri],
    };
    // Friday 12 June 2026, after 10:30 → Monday 15 June.
    let next = schedule::next_after(
        std::slice::from_ref(&workdays),
        at(BERLIN, 2026, 6, 12, 11, 0),
        &BERLIN,
    )
    .unwrap();
    assert_eq!(next.at, at(BERLIN, 2026, 6, 15, 10, 30));
    let sundays = Reminder {
        kind: ReminderKind::CheckIn,
        time: time("18:00"),
        days: vec![Day::Sun],
    };
    let next = schedule::next_after(
        std::slice::from_ref(&sundays),
        at(BERLIN, 2026, 6, 12, 11, 0),
        &BERLIN,
    )
    .unwrap();
    assert_eq!(next.at, at(BERLIN, 2026, 6, 14, 18, 0));
    // A week of ticks: five workday reminders and one Sunday one.
    let both = [workdays, sundays];
    let fired = simulate(
        &both,
        at(BERLIN, 2026, 6, 8, 0, 0),
        at(BERLIN, 2026, 6, 15, 0, 0),
        Duration::minutes(1),
        BERLIN,
    );
    assert_eq!(fired.iter().filter(|f| f.index == 0).count(), 5);
    assert_eq!(fired.iter().filter(|f| f.index == 1).count(), 1);
    assert_eq!(schedule::next_after(&[], Utc::now(), &BERLIN), None);
}

#[test]
fn a_day_the_calendar_skipped_has_no_reminder() {
    // Samoa went from 29 to 31 December 2011.
    let apia: Tz = chrono_tz::Pacific::Apia;
    let r = [daily(ReminderKind::CheckIn, "09:00")];
    let after = apia
        .with_ymd_and_hms(2011, 12, 29, 12, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    let next = schedule::next_after(&r, after, &apia).unwrap();
    assert_eq!(
        next.at.with_timezone(&apia).date_naive(),
        NaiveDate::from_ymd_opt(2011, 12, 31).unwrap()
    );
}

#[test]
fn reminders_are_checked_and_read_from_files() {
    assert_eq!(String::from(time("7:05")), "07:05");
    for bad in ["25:00", "07:3", "ab", "07:60", "", "-1:00", "07:30:00"] {
        let err = ClockTime::try_from(bad.to_string()).unwrap_err();
        assert!(err.to_string().contains("time of day"), "{bad}: {err}");
    }
    let none = Reminder {
        kind: ReminderKind::Stretch,
        time: time("10:00"),
        days: vec![],
    };
    assert!(none
        .check()
        .unwrap_err()
        .to_string()
        .contains("no weekdays"));
    let twice = Reminder {
        kind: ReminderKind::Stretch,
        time: time("10:00"),
        days: vec![Day::Mon, Day::Mon],
    };
    assert!(twice.check().unwrap_err().to_string().contains("twice"));

    let json = r#"{"kind":"check_in","time":"21:00","days":["mon","sun"]}"#;
    let r: Reminder = serde_json::from_str(json).unwrap();
    assert_eq!(r.days, vec![Day::Mon, Day::Sun]);
    assert_eq!(serde_json::to_string(&r).unwrap(), json);
    assert!(
        serde_json::from_str::<Reminder>(r#"{"kind":"nap","time":"21:00","days":["mon"]}"#)
            .is_err()
    );
}
