// "How sore now?" questions and the settings that drive them, kept in the journal.

use chrono::{DateTime, Duration, Utc};
use relief::exchange::{self, Format};
use relief::model::{ClockTime, Day, Reminder, ReminderKind};
use relief::model::{FollowUpMinutes, Key, Minutes, RemedyUse, Settings, Theme};
use relief::Error;

use crate::util::{draft, export, rating, TempJournal};

fn key(k: &str) -> Key {
    Key::new(k).unwrap()
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn a_question_survives_a_restart_and_its_answer_becomes_the_after_rating() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let mut d = draft("2026-03-10T18:00:00+01:00", 7);
    let mut heat = RemedyUse::new(key("heat"));
    heat.minutes = Some(Minutes::new(15).unwrap());
    d.remedies = vec![heat, RemedyUse::new(key("stretch"))];
    let entry = j.add_entry(&d).unwrap();

    // A 15-minute heat timer from 17:00 UTC: ask when it ends.
    let ends = utc("2026-03-10T17:15:00Z");
    let asked = j.ask_later(entry.id, &key("heat"), ends, ends).unwrap();
    assert_eq!((asked.label.as_str(), asked.rating), ("Heat", rating(7)));
    j.ask_later(
        entry.id,
        &key("stretch"),
        utc("2026-03-10T17:00:00Z"),
        utc("2026-03-10T17:30:00Z"),
    )
    .unwrap();

    drop(j);
    let mut j = tj.open();
    let waiting = j.follow_ups().unwrap();
    assert_eq!(waiting.len(), 2, "both questions survive a restart");
    assert_eq!(waiting[0].remedy, key("heat"), "soonest first");
    assert_eq!(waiting[0].due_at, ends);
    assert_eq!(waiting[0], asked, "what asking returned is what is kept");

    // Answered 31 minutes after the timer ended.
    let answered = j
        .answer_follow_up(
            entry.id,
            &key("heat"),
            rating(3),
            ends + Duration::minutes(31),
        )
        .unwrap();
    let heat = &answered.remedies[0];
    assert_eq!(heat.rating_after, Some(rating(3)));
    assert_eq!(heat.after_minutes, Some(Minutes::new(31).unwrap()));
    assert_eq!(
        heat.minutes,
        Some(Minutes::new(15).unwrap()),
        "the rest of the use is kept"
    );
    assert_eq!(j.follow_ups().unwrap().len(), 1);

    // The same question cannot be answered twice, and nothing changes when it is tried.
    let before = export(&j, Format::Json);
    let err = j
        .answer_follow_up(entry.id, &key("heat"), rating(1), ends)
        .unwrap_err();
    assert!(matches!(err, Error::NoFollowUp { .. }), "{err}");
    assert!(err.to_string().contains("heat"), "{err}");
    assert_eq!(export(&j, Format::Json), before);

    j.dismiss_follow_up(entry.id, &key("stretch")).unwrap();
    assert!(j.follow_ups().unwrap().is_empty());
    assert!(matches!(
        j.dismiss_follow_up(entry.id, &key("stretch")),
        Err(Error::NoFollowUp { .. })
    ));
}

#[test]
fn questions_only_about_unrated_remedies_of_live_entries() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let mut d = draft("2026-03-10T18:00:00+01:00", 5);
    let mut rated = RemedyUse::new(key("massage"));
    rated.rating_after = Some(rating(2));
    d.remedies = vec![RemedyUse::new(key("heat")), rated];
    let entry = j.add_entry(&d).unwrap();
    let t = utc("2026-03-10T17:00:00Z");

    // Not on the entry, already rated, unknown remedy, unknown entry: refused.
    for (remedy, entry_id) in [
        ("stretch", entry.id),
        ("massage", entry.id),
        ("yoga", entry.id),
    ] {
        assert!(
            j.ask_later(entry_id, &key(remedy), t, t).is_err(),
            "{remedy}"
        );
    }
    let unknown = relief::model::EntryId::random();
    assert!(matches!(
        j.ask_later(unknown, &key("heat"), t, t),
        Err(Error::EntryNotFound(_))
    ));
    assert!(j.follow_ups().unwrap().is_empty());

    // Editing heat away makes the question moot; deleting the entry hides it, undo brings it back.
    j.ask_later(entry.id, &key("heat"), t, t).unwrap();
    j.delete_entry(entry.id).unwrap();
    assert!(j.follow_ups().unwrap().is_empty());
    j.undo_delete().unwrap();
    assert_eq!(j.follow_ups().unwrap().len(), 1);
    let mut edited = entry.to_draft();
    edited.remedies.retain(|r| r.key != key("heat"));
    j.edit_entry(entry.id, &edited).unwrap();
    assert!(j.follow_ups().unwrap().is_empty());
}

fn settings() -> Settings {
    Settings {
        day_start_hour: relief::model::DayStartHour::new(4).unwrap(),
        theme: Theme::Dark,
        reminders: vec![
            Reminder::daily(ReminderKind::CheckIn, ClockTime::new(21, 0).unwrap()),
            Reminder {
                kind: ReminderKind::Stretch,
                time: ClockTime::new(10, 30).unwrap(),
                days: vec![Day::Mon, Day::Wed, Day::Fri],
            },
        ],
        follow_up_minutes: FollowUpMinutes::new(45).unwrap(),
        language: Some(relief::i18n::Lang::Fr),
    }
}

#[test]
fn settings_persist_and_travel_with_the_json_export() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    assert_eq!(j.settings().unwrap(), Settings::default());
    assert_eq!(j.settings().unwrap().follow_up_minutes.get(), 30);
    j.save_settings(&settings()).unwrap();
    j.add_entry(&draft("2026-03-10T18:00:00+01:00", 5)).unwrap();
    drop(j);
    let j = tj.open();
    assert_eq!(j.settings().unwrap(), settings());

    let json = export(&j, Format::Json);
    assert!(
        json.contains(r#""reminders""#)
            && json.contains(r#""10:30""#)
            && json.contains(r#""language": "fr""#),
        "{json}"
    );
    let fresh = TempJournal::new();
    let mut k = fresh.open();
    let report = k
        .import(&exchange::parse(json.as_bytes(), Format::Json).unwrap())
        .unwrap();
    assert!(report.settings_applied);
    assert_eq!(k.settings().unwrap(), settings());
}

#[test]
fn bad_settings_are_refused_and_change_nothing() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    j.save_settings(&settings()).unwrap();
    let mut twice = settings();
    twice.reminders[1].days = vec![Day::Mon, Day::Mon];
    let err = j.save_settings(&twice).unwrap_err();
    assert!(err.to_string().contains("names a weekday twice"), "{err}");
    let mut none = settings();
    none.reminders[0].days.clear();
    assert!(j.save_settings(&none).is_err());
    assert_eq!(j.settings().unwrap(), settings());

    // In an import file: the field is named and nothing is imported.
    let fresh = TempJournal::new();
    let before = fresh.snapshot();
    for (bad, expect) in [
        (
            r#""reminders":[{"kind":"stretch","time":"25:00","days":["mon"]}]"#,
            "settings.reminders[0].time",
        ),
        (
            r#""reminders":[{"kind":"stretch","time":"10:00","days":[]}]"#,
            "no weekdays",
        ),
        (r#""follow_up_minutes":999"#, "settings.follow_up_minutes"),
        (r#""theme":"purple""#, "settings.theme"),
        (r#""volume":3"#, "volume"),
    ] {
        let file = format!(
            r#"{{"format":"relief-journal","version":1,"settings":{{{bad}}},"entries":[]}}"#
        );
        let path = fresh.file("bad.json");
        std::fs::write(&path, &file).unwrap();
        let err = exchange::read_file(&path)
            .and_then(|data| fresh.open().import(&data))
            .unwrap_err();
        assert!(err.to_string().contains(expect), "{bad}: {err}");
        assert_eq!(fresh.snapshot(), before);
    }
}

#[test]
fn cli_settings_show_and_change() {
    let tj = TempJournal::new();
    let run = tj.run(&["settings", "--theme", "dark", "--follow-up-minutes", "10"]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(run.stdout().contains("theme = dark"), "{}", run.stdout());
    assert!(run.stdout().contains("follow_up_minutes = 10"));
    let bad = tj.run(&["settings", "--follow-up-minutes", "300"]);
    assert!(!bad.ok());
    assert!(bad.stderr().contains("240"), "{}", bad.stderr());
    let bad = tj.run(&["settings", "--theme", "pink"]);
    assert!(
        bad.stderr().contains("system, light or dark"),
        "{}",
        bad.stderr()
    );
    assert_eq!(tj.open().settings().unwrap().follow_up_minutes.get(), 10);
    assert!(
        run.stdout().contains("language = system"),
        "{}",
        run.stdout()
    );
    let run = tj.run(&["settings", "--language", "es"]);
    assert!(run.stdout().contains("language = es"), "{}", run.stdout());
    assert_eq!(
        tj.open().settings().unwrap().language,
        Some(relief::i18n::Lang::Es)
    );
    let bad = tj.run(&["settings", "--language", "tlh"]);
    assert!(
        bad.stderr().contains("not a language Relief speaks"),
        "{}",
        bad.stderr()
    );
    assert_eq!(
        tj.open().settings().unwrap().language,
        Some(relief::i18n::Lang::Es)
    );
    tj.run(&["settings", "--language", "system"]);
    assert_eq!(tj.open().settings().unwrap().language, None);

    let run = tj.run(&[
        "settings",
        "--remind",
        "stretch@10:30:mon,tue,wed,thu,fri",
        "--remind",
        "check-in@20:00",
    ]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(run
        .stdout()
        .contains("reminder = stretch@10:30:mon,tue,wed,thu,fri\nreminder = check-in@20:00:mon,tue,wed,thu,fri,sat,sun\n"),
        "{}", run.stdout());
    let reminders = tj.open().settings().unwrap().reminders;
    assert_eq!(reminders[0].kind, ReminderKind::Stretch);
    assert_eq!(reminders[1].days.len(), 7);
    for (bad, expect) in [
        ("nap@10:00", "'nap' is not a reminder kind"),
        ("stretch@25:00", "'25:00' is not a time of day"),
        ("stretch@10:00:mon,mon", "names a weekday twice"),
        ("stretch@10:00:monday", "'monday' is not a weekday"),
        ("stretch 10:00", "is not a reminder like"),
    ] {
        let refused = tj.run(&["settings", "--remind", bad]);
        assert!(!refused.ok(), "{bad}");
        assert!(
            refused.stderr().contains(expect),
            "{bad}: {}",
            refused.stderr()
        );
    }
    assert_eq!(tj.open().settings().unwrap().reminders, reminders);
    let run = tj.run(&["settings", "--no-reminders"]);
    assert!(
        run.ok() && !run.stdout().contains("reminder ="),
        "{}",
        run.stdout()
    );
}

#[test]
fn the_reminder_checkpoint_is_kept_but_not_exported() {
    let temp = TempJournal::new();
    let at = utc("2026-11-24T09:00:00Z");
    {
        let mut journal = temp.open();
        assert_eq!(journal.reminders_checked().unwrap(), None);
        journal.set_reminders_checked(at).unwrap();
    }
    let journal = temp.open();
    assert_eq!(journal.reminders_checked().unwrap(), Some(at));
    let json = export(&journal, Format::Json);
    assert!(!json.contains("reminders_checked"), "{json}");
}
