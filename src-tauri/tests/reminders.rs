//! The reminder clock on a real journal, through the app's state (Tauri's mock runtime; no
//! desktop notifications are sent): due questions once each, reminders once, a restart that
//! neither repeats nor forgets.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// A test is an edge: it reads the clock and the environment itself.
#![allow(clippy::disallowed_methods)]

use chrono::{DateTime, Duration, Local, NaiveTime, TimeZone, Utc};
use relief::input::{EntryInput, RemedyInput, ReminderInput, SettingsInput};
use relief::model::Key;
use relief::model::ReminderKind;
use relief_desktop::reminders::{look, Clock, Shown};
use relief_desktop::state::AppState;
use tauri::test::{mock_builder, MockRuntime};
use tauri::{App, Manager};

fn app(dir: &std::path::Path) -> App<MockRuntime> {
    let state = AppState::open(dir.join("journal.db"));
    let app = relief_desktop::configure(mock_builder(), state)
        .build(tauri::generate_context!(test = true))
        .unwrap();
    relief_desktop::events_builder::<MockRuntime>().mount_events(&app);
    app
}

/// Today at `hh:mm` local time, as an instant.
fn today_at(hour: u32, minute: u32) -> DateTime<Utc> {
    let day = Local::now().date_naive();
    Local
        .from_local_datetime(&day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap()))
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn reminders_come_once_and_a_restart_does_not_repeat_them() {
    let dir = tempfile::tempdir().unwrap();
    let settings = SettingsInput {
        day_start_hour: 3,
        theme: "system".into(),
        reminders: vec![
            ReminderInput {
                kind: "stretch".into(),
                time: "10:30".into(),
                days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                    .map(String::from)
                    .to_vec(),
            },
            ReminderInput {
                kind: "check_in".into(),
                time: "20:00".into(),
                days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                    .map(String::from)
                    .to_vec(),
            },
        ],
        follow_up_minutes: 30,
    };
    {
        let app = app(dir.path());
        let handle = app.handle();
        handle
            .state::<AppState>()
            .with(|j| j.save_settings(&settings.to_settings()?))
            .unwrap();
        let mut clock = Clock::new(false);
        // The first look of a run at 10:00: nothing since (no checkpoint, nothing due yet today
        // before 10:00 … but yesterday's 20:00 is not today's and is not caught up).
        assert_eq!(look(handle, &mut clock, today_at(10, 0)), vec![]);
        // 10:30:20: the stretch break, on time; not again five seconds later.
        let on_time = look(handle, &mut clock, today_at(10, 30) + Duration::seconds(20));
        assert_eq!(
            on_time,
            vec![Shown::Reminder {
                kind: ReminderKind::Stretch,
                late: false
            }]
        );
        assert_eq!(
            look(handle, &mut clock, today_at(10, 30) + Duration::seconds(25)),
            vec![]
        );
    }
    // Relief restarts at 10:45: the 10:30 break was shown, so nothing.
    let app = app(dir.path());
    let handle = app.handle();
    let mut clock = Clock::new(false);
    assert_eq!(look(handle, &mut clock, today_at(10, 45)), vec![]);
    // Asleep from 19:00 to 23:00: the 20:00 check-in comes once, marked late.
    assert_eq!(look(handle, &mut clock, today_at(19, 0)), vec![]);
    assert_eq!(
        look(handle, &mut clock, today_at(23, 0)),
        vec![Shown::Reminder {
            kind: ReminderKind::CheckIn,
            late: true
        }]
    );
    assert_eq!(
        look(handle, &mut clock, today_at(23, 0) + Duration::seconds(5)),
        vec![]
    );
}

#[test]
fn a_due_question_is_shown_once_and_again_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let entry = {
        let app = app(dir.path());
        let handle = app.handle();
        let state = handle.state::<AppState>();
        let input = EntryInput {
            recorded_at: now.with_timezone(&Local).to_rfc3339(),
            rating: 6,
            remedies: vec![RemedyInput {
                key: "heat".into(),
                minutes: Some(15),
                ..RemedyInput::default()
            }],
            ..EntryInput::default()
        };
        let entry = state.with(|j| j.add_entry(&input.to_draft()?)).unwrap();
        let heat = Key::new("heat").unwrap();
        state
            .with(|j| j.ask_later(entry.id, &heat, now, now + Duration::minutes(15)))
            .unwrap();
        let mut clock = Clock::new(false);
        assert_eq!(
            look(handle, &mut clock, now + Duration::minutes(14)),
            vec![]
        );
        let due = vec![Shown::Question {
            entry: entry.id.to_string(),
            remedy: "heat".into(),
        }];
        assert_eq!(look(handle, &mut clock, now + Duration::minutes(15)), due);
        assert_eq!(
            look(handle, &mut clock, now + Duration::minutes(16)),
            vec![]
        );
        entry
    };
    // Unanswered, it is asked again in the next run.
    let app = app(dir.path());
    let mut clock = Clock::new(false);
    assert_eq!(
        look(app.handle(), &mut clock, now + Duration::minutes(40)),
        vec![Shown::Question {
            entry: entry.id.to_string(),
            remedy: "heat".into(),
        }]
    );
}
