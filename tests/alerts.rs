// What to tell the person and when (`relief::alerts`), on real journals: due questions once per
// watch, reminders once at all, a restart that neither repeats nor forgets, a handover that
// does not ask twice, and the turns that keep the app and the tray from both giving them.

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use relief::alerts::{Alert, Giver, Watch};
use relief::i18n::{Lang, Messages};
use relief::model::{ClockTime, Day, Key, Minutes, RemedyUse, Reminder, ReminderKind};

use crate::util::{draft, TempJournal};

/// Berlin in winter: the reminders' wall clock.
fn zone() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap()
}

/// 2026-03-10 at `hh:mm` Berlin time.
fn at(hour: u32, minute: u32) -> DateTime<Utc> {
    zone()
        .with_ymd_and_hms(2026, 3, 10, hour, minute, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn every_day(kind: ReminderKind, hour: u32, minute: u32) -> Reminder {
    Reminder {
        kind,
        time: ClockTime::new(hour, minute).unwrap(),
        days: Day::ALL.to_vec(),
    }
}

fn kinds(alerts: &[Alert]) -> Vec<(ReminderKind, bool)> {
    alerts
        .iter()
        .map(|a| match a {
            Alert::Reminder(fire) => (fire.kind, fire.late),
            other => panic!("not a reminder: {other:?}"),
        })
        .collect()
}

#[test]
fn reminders_come_once_and_a_restart_neither_repeats_nor_forgets_them() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let mut settings = j.settings().unwrap();
    settings.reminders = vec![
        every_day(ReminderKind::Stretch, 10, 30),
        every_day(ReminderKind::CheckIn, 20, 0),
    ];
    j.save_settings(&settings).unwrap();
    let mut watch = Watch::new();
    // The first look of a run at 10:00: nothing due yet today (yesterday's 20:00 is not
    // today's and is not caught up).
    assert!(watch
        .look_in(&mut j, at(10, 0), &zone())
        .unwrap()
        .is_empty());
    // 10:30:20: the stretch break, on time; not again five seconds later.
    let on_time = watch.look_in(&mut j, at(10, 30) + Duration::seconds(20), &zone());
    assert_eq!(kinds(&on_time.unwrap()), [(ReminderKind::Stretch, false)]);
    let again = watch.look_in(&mut j, at(10, 30) + Duration::seconds(25), &zone());
    assert!(again.unwrap().is_empty());
    drop(j);

    // Relief restarts at 10:45: the 10:30 break was given, so nothing.
    let mut j = tj.open();
    let mut watch = Watch::new();
    assert!(watch
        .look_in(&mut j, at(10, 45), &zone())
        .unwrap()
        .is_empty());
    // Asleep from 19:00 to 23:00: the 20:00 check-in comes once, marked late.
    assert!(watch
        .look_in(&mut j, at(19, 0), &zone())
        .unwrap()
        .is_empty());
    let late = watch.look_in(&mut j, at(23, 0), &zone()).unwrap();
    assert_eq!(kinds(&late), [(ReminderKind::CheckIn, true)]);
    assert_eq!(
        late[0].title(&zone(), &en()),
        "Time for a check-in (missed at 20:00)"
    );
    assert_eq!(late[0].body(&en()), "How sore are you right now?");
    let de = Messages::new(Lang::De);
    assert_eq!(
        late[0].title(&zone(), &de),
        "Zeit für einen Eintrag (verpasst um 20:00)"
    );
    assert_eq!(late[0].body(&de), "Wie stark sind deine Schmerzen gerade?");
    let after = watch.look_in(&mut j, at(23, 0) + Duration::seconds(5), &zone());
    assert!(after.unwrap().is_empty());
}

#[test]
fn a_question_is_asked_once_per_watch_and_a_watch_taking_over_does_not_ask_it_again() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let mut d = draft("2026-03-10T18:00:00+01:00", 6);
    let mut heat = RemedyUse::new(Key::new("heat").unwrap());
    heat.minutes = Some(Minutes::new(15).unwrap());
    d.remedies = vec![heat, RemedyUse::new(Key::new("massage").unwrap())];
    let entry = j.add_entry(&d).unwrap();
    let heat = Key::new("heat").unwrap();
    let massage = Key::new("massage").unwrap();
    j.ask_later(entry.id, &heat, at(18, 15), at(18, 15))
        .unwrap();
    j.ask_later(entry.id, &massage, at(18, 0), at(18, 40))
        .unwrap();
    let asked = |alerts: Vec<Alert>| -> Vec<String> {
        alerts
            .into_iter()
            .map(|a| match a {
                Alert::Question(q) => q.remedy.to_string(),
                other => panic!("not a question: {other:?}"),
            })
            .collect()
    };

    let mut watch = Watch::new();
    assert!(watch
        .look_in(&mut j, at(18, 14), &zone())
        .unwrap()
        .is_empty());
    let due = watch.look_in(&mut j, at(18, 15), &zone()).unwrap();
    assert_eq!(due[0].title(&zone(), &en()), "How sore now?");
    assert_eq!(
        due[0].body(&en()),
        "After heat: you were at 6/10. Click to answer."
    );
    // The built-in remedy speaks the language; a name the person gave would stay theirs.
    assert_eq!(
        due[0].body(&Messages::new(Lang::Fr)),
        "Après «\u{a0}chaleur\u{a0}»\u{a0}: tu étais à 6/10. Clique pour répondre."
    );
    assert_eq!(asked(due), ["heat"]);
    assert!(watch
        .look_in(&mut j, at(18, 16), &zone())
        .unwrap()
        .is_empty());

    // Unanswered, it is asked again in the next run …
    let mut restarted = Watch::new();
    assert_eq!(
        asked(restarted.look_in(&mut j, at(18, 20), &zone()).unwrap()),
        ["heat"]
    );
    // … but not by a watch taking over at 18:20 from one that gave it; what falls due after
    // the handover is asked.
    let mut tray = Watch::taking_over(at(18, 20));
    assert!(tray
        .look_in(&mut j, at(18, 21), &zone())
        .unwrap()
        .is_empty());
    assert_eq!(
        asked(tray.look_in(&mut j, at(18, 40), &zone()).unwrap()),
        ["massage"]
    );
    // Answered, it is asked no more.
    j.dismiss_follow_up(entry.id, &massage).unwrap();
    let mut later = Watch::new();
    assert_eq!(
        asked(later.look_in(&mut j, at(19, 0), &zone()).unwrap()),
        ["heat"]
    );
}

#[test]
fn one_turn_each_for_the_app_and_the_tray_held_until_let_go() {
    let tj = TempJournal::new();
    let journal = tj.file("journal.db");
    assert!(!Giver::App.running(&journal) && !Giver::Tray.running(&journal));
    let app = Giver::App
        .try_take(&journal)
        .unwrap()
        .expect("the app's turn is free");
    assert!(Giver::App.running(&journal));
    assert!(
        Giver::App.try_take(&journal).unwrap().is_none(),
        "one app at a time"
    );
    // The tray's turn is its own: a tray runs (and ends) beside a starting app.
    let tray = Giver::Tray
        .try_take(&journal)
        .unwrap()
        .expect("the tray's turn is free");
    assert!(
        Giver::Tray.try_take(&journal).unwrap().is_none(),
        "one tray at a time"
    );
    drop(app);
    assert!(!Giver::App.running(&journal), "let go when dropped");
    assert!(Giver::Tray.running(&journal));
    drop(tray);
    assert!(!Giver::Tray.running(&journal));
    // The lock files sit beside the journal, never on it.
    assert_eq!(Giver::App.lock_path(&journal).parent(), journal.parent());
    assert_ne!(Giver::App.lock_path(&journal), journal);
}

#[test]
fn a_days_experiment_announces_the_arm_of_the_day_once_in_the_evening() {
    use relief::model::{Comparator, Design, PlanRequest};
    let tj = TempJournal::new();
    let mut j = tj.open();
    fn ten_am() -> chrono::DateTime<FixedOffset> {
        zone().with_ymd_and_hms(2026, 3, 10, 10, 0, 0).unwrap()
    }
    j.set_clock(ten_am);
    let request = PlanRequest {
        remedy: Key::new("heat").unwrap(),
        comparator: Comparator::None,
        design: Design::Days,
        pairs: 6,
        delta: 1.0,
        period_days: 1,
        washout_days: 0,
        carry_over_seconds: 0,
    };
    let plan = j.start_experiment(&request, 3).unwrap();
    let words = if plan.schedule[0] == relief::model::Arm::A {
        "heat"
    } else {
        "no heat"
    };
    let mut watch = Watch::new();
    // Not before the evening; then once, whoever looks.
    assert!(watch
        .look_in(&mut j, at(17, 0), &zone())
        .unwrap()
        .is_empty());
    let evening = watch.look_in(&mut j, at(18, 5), &zone()).unwrap();
    assert!(
        matches!(&evening[..], [Alert::Experiment { .. }]),
        "{evening:?}"
    );
    assert_eq!(
        evening[0].title(&zone(), &en()),
        format!("Your experiment today: {words}")
    );
    let german = if words == "heat" {
        "„Wärme“"
    } else {
        "ohne „Wärme“"
    };
    assert_eq!(
        evening[0].title(&zone(), &Messages::new(Lang::De)),
        format!("Dein Experiment heute: {german}")
    );
    assert!(watch
        .look_in(&mut j, at(19, 0), &zone())
        .unwrap()
        .is_empty());
    assert!(Watch::new()
        .look_in(&mut j, at(20, 0), &zone())
        .unwrap()
        .is_empty());
}

fn en() -> Messages {
    Messages::english()
}

/// A check-in reminder is answered by a check-in from an hour before it on — one made here or
/// one another computer made and sync brought (docs/reminders.md): it does not fire then.
#[test]
fn a_check_in_reminder_already_answered_does_not_fire() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let mut settings = j.settings().unwrap();
    settings.reminders = vec![every_day(ReminderKind::CheckIn, 20, 0)];
    j.save_settings(&settings).unwrap();
    let mut watch = Watch::new();
    assert!(watch
        .look_in(&mut j, at(19, 0), &zone())
        .unwrap()
        .is_empty());
    // A check-in at 19:40 (as one synced from another computer arrives: already in the journal).
    j.add_entry(&draft("2026-03-10T19:40:00+01:00", 4)).unwrap();
    assert!(watch
        .look_in(&mut j, at(20, 0) + Duration::seconds(10), &zone())
        .unwrap()
        .is_empty());
    // The next day, with no check-in since 19:00, it fires.
    let next = at(20, 0) + Duration::days(1) + Duration::seconds(10);
    let fired = watch.look_in(&mut j, next, &zone()).unwrap();
    assert_eq!(kinds(&fired), [(ReminderKind::CheckIn, false)]);
}
