//! The reminder clock: a thread that looks every few seconds for due "How sore now?" questions
//! and reminders, and shows them as desktop notifications. Clicking a notification brings the
//! main window forward on the Log view.
//!
//! Notifications go through notify-rust (the library under Tauri's notification plugin) rather
//! than the plugin: on desktop the plugin cannot tell the app that a notification was clicked,
//! and "clicking one opens the Log view" needs exactly that.

use std::collections::HashSet;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use relief::model::ReminderKind;
use relief::model::Settings;
use relief::schedule;
use relief::store::FollowUp;
use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;

use crate::events::{FollowUpDue, OpenLog};
use crate::state::AppState;

/// What the thread remembers between looks.
pub struct Clock {
    /// Questions already shown in this run (by entry, remedy and due time).
    asked: HashSet<(String, String, i64)>,
    /// Reminders up to here have been dealt with.
    since: Option<DateTime<Utc>>,
    /// Desktop notifications on (off in tests: they would pop up on a developer's desktop).
    notifications: bool,
}

impl Clock {
    /// A clock as at the start of a run; `notifications: false` only records what it would show.
    pub fn new(notifications: bool) -> Clock {
        Clock {
            asked: HashSet::new(),
            since: None,
            notifications,
        }
    }
}

/// What one look showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    /// "How sore now?" about this remedy of this entry.
    Question { entry: String, remedy: String },
    /// A reminder; `late` when it is the one catch-up for a missed time.
    Reminder { kind: ReminderKind, late: bool },
}

/// Starts the thread. It stops with the app.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    let minute_ms = app.state::<AppState>().hooks.minute_ms();
    let period = StdDuration::from_millis(
        u64::try_from((minute_ms / 12).clamp(200, 5_000)).unwrap_or(5_000),
    );
    let spawned = std::thread::Builder::new()
        .name("relief-reminders".into())
        .spawn(move || {
            let mut clock = Clock::new(true);
            loop {
                look(&app, &mut clock, relief::system::now_utc());
                std::thread::sleep(period);
            }
        });
    if let Err(e) = spawned {
        eprintln!("relief: reminders are off, their thread could not start: {e}");
    }
}

/// Looks once, at `now`, for due questions and reminders, and shows them.
pub fn look<R: Runtime>(app: &AppHandle<R>, clock: &mut Clock, now: DateTime<Utc>) -> Vec<Shown> {
    let state = app.state::<AppState>();
    let read = state.with(|j| Ok((j.follow_ups()?, j.settings()?, j.reminders_checked()?)));
    let Ok((questions, settings, checked)) = read else {
        return Vec::new(); // no journal open: nothing to remind of
    };
    let mut shown = Vec::new();
    for question in questions.iter().filter(|q| q.due_at <= now) {
        let id = (
            question.entry.to_string(),
            question.remedy.to_string(),
            question.due_at.timestamp(),
        );
        if clock.asked.insert(id) {
            ask(app, clock, question);
            shown.push(Shown::Question {
                entry: question.entry.to_string(),
                remedy: question.remedy.to_string(),
            });
        }
    }
    if let Some(reminder) = remind(app, clock, &settings, checked, now) {
        shown.push(reminder);
    }
    shown
}

fn ask<R: Runtime>(app: &AppHandle<R>, clock: &Clock, question: &FollowUp) {
    if let Err(e) = FollowUpDue(question.clone()).emit(app) {
        eprintln!("relief: could not tell the window a question is due: {e}");
    }
    // The window asks by itself when it is in front; the notification is for when it is not.
    let in_front = app
        .get_webview_window(crate::quick::MAIN)
        .and_then(|w| w.is_focused().ok())
        .unwrap_or(false);
    if !in_front && clock.notifications {
        notify(
            app,
            "How sore now?",
            &format!(
                "After {}: you were at {}/10. Click to answer.",
                question.label.to_lowercase(),
                question.rating.get()
            ),
        );
    }
}

fn remind<R: Runtime>(
    app: &AppHandle<R>,
    clock: &mut Clock,
    settings: &Settings,
    checked: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Option<Shown> {
    // The first look of a run starts where the last run left off (or a day ago), so a late
    // start still gets its one catch-up and a restart does not repeat one.
    let since = clock
        .since
        .or(checked)
        .unwrap_or(now - Duration::days(1))
        .max(now - Duration::days(1));
    clock.since = Some(now);
    let fire = schedule::due(&settings.reminders, since, now, &chrono::Local)?;
    let (title, body) = match fire.kind {
        ReminderKind::CheckIn => ("Time for a check-in", "How sore are you right now?"),
        ReminderKind::Stretch => (
            "Stretch break",
            "A few minutes of stretching, then tell Relief how it went.",
        ),
    };
    let title = if fire.late {
        format!(
            "{title} (missed at {})",
            fire.at.with_timezone(&chrono::Local).format("%H:%M")
        )
    } else {
        title.to_string()
    };
    if clock.notifications {
        notify(app, &title, body);
    }
    let state = app.state::<AppState>();
    if let Err(e) = state.with(|j| j.set_reminders_checked(now)) {
        eprintln!(
            "relief: could not note the reminder as shown: {}",
            e.message
        );
    }
    Some(Shown::Reminder {
        kind: fire.kind,
        late: fire.late,
    })
}

/// Whether Relief should stay running without its window: there are reminders to give and a
/// tray to come back from.
pub fn keep_running<R: Runtime>(app: &AppHandle<R>) -> bool {
    let has_reminders = app
        .state::<AppState>()
        .with(|j| Ok(!j.settings()?.reminders.is_empty()))
        .unwrap_or(false);
    has_reminders && app.tray_by_id(crate::quick::TRAY).is_some()
}

/// Shows a notification; a click on it brings the main window forward on the Log view.
fn notify<R: Runtime>(app: &AppHandle<R>, title: &str, body: &str) {
    let mut notification = notify_rust::Notification::new();
    notification
        .appname("Relief")
        .summary(title)
        .body(body)
        .icon("relief-desktop") // the icon the .deb installs
        .action("default", "Open Relief");
    let app = app.clone();
    // Waiting for the click blocks until the notification is closed: one short-lived thread each.
    let spawned = std::thread::Builder::new()
        .name("relief-notification".into())
        .spawn(move || match notification.show() {
            Ok(handle) => handle.wait_for_action(|action| {
                if action == "default" {
                    open_log(&app);
                }
            }),
            Err(e) => eprintln!("relief: no desktop notification ({e})"),
        });
    if let Err(e) = spawned {
        eprintln!("relief: no desktop notification: {e}");
    }
}

/// Brings the main window forward and shows the Log view.
pub fn open_log<R: Runtime>(app: &AppHandle<R>) {
    crate::quick::show_main(app);
    if let Err(e) = OpenLog.emit(app) {
        eprintln!("relief: could not open the Log view: {e}");
    }
}
