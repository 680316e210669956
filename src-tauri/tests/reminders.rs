//! The reminder clock through the app's state (Tauri's mock runtime; no desktop notifications
//! are sent): what is due is given once, and the app gives nothing once it has handed its
//! reminders over. The rules themselves are the core's (`tests/alerts.rs`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// A test is an edge: it reads the clock and the environment itself.
#![allow(clippy::disallowed_methods)]

use chrono::{Duration, Local, Utc};
use relief::alerts::Alert;
use relief::input::{EntryInput, RemedyInput};
use relief::model::Key;
use relief_desktop::reminders::{look, Clock};
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

#[test]
fn a_due_question_is_given_once_through_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc::now();
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
    let due = look(handle, &mut clock, now + Duration::minutes(15));
    assert!(
        matches!(due.as_slice(), [Alert::Question(q)] if q.entry == entry.id && q.remedy == heat),
        "{due:?}"
    );
    assert_eq!(
        look(handle, &mut clock, now + Duration::minutes(16)),
        vec![]
    );
}
