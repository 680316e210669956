//! The reminder clock: a thread that looks every few seconds for due "How sore now?" questions
//! and reminders ([`relief::alerts`]), and shows them as desktop notifications. Clicking a
//! notification brings the main window forward on the Log view. While no window is open, the
//! tray process gives them instead ([`crate::tray`]).
//!
//! Notifications go through notify-rust (the library under Tauri's notification plugin) rather
//! than the plugin: on desktop the plugin cannot tell the app that a notification was clicked,
//! and "clicking one opens the Log view" needs exactly that.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::Duration as StdDuration;

use chrono::{DateTime, Utc};
use relief::alerts::{Alert, Giver, Watch};
use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;

use crate::events::{FollowUpDue, OpenLog};
use crate::state::AppState;

/// What the thread remembers between looks.
pub struct Clock {
    watch: Watch,
    /// Desktop notifications on (off in tests: they would pop up on a developer's desktop).
    notifications: bool,
}

impl Clock {
    /// A clock as at the start of a run; `notifications: false` only records what it would show.
    pub fn new(notifications: bool) -> Clock {
        Clock {
            watch: Watch::new(),
            notifications,
        }
    }
}

/// Set when the app hands its reminders over to the tray: it gives none from then on.
static HANDED_OVER: AtomicBool = AtomicBool::new(false);

/// When this app last looked (milliseconds since 1970; `i64::MIN` before the first look): what
/// was due by then, it gave.
static LAST_LOOK: AtomicI64 = AtomicI64::new(i64::MIN);

/// When this app last looked for what is due, if it did.
pub fn last_look() -> Option<DateTime<Utc>> {
    match LAST_LOOK.load(Ordering::SeqCst) {
        i64::MIN => None,
        millis => DateTime::from_timestamp_millis(millis),
    }
}

/// Stops this process's reminders (the tray gives them from now on).
pub fn hand_over() {
    HANDED_OVER.store(true, Ordering::SeqCst);
}

/// Starts the thread. It stops with the app, or when the reminders are handed over. It waits
/// for a tray process that gave them until now to notice the app and end, so nothing is
/// given twice.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    let minute_ms = app.state::<AppState>().hooks.minute_ms();
    let period = StdDuration::from_millis(
        u64::try_from((minute_ms / 12).clamp(200, 5_000)).unwrap_or(5_000),
    );
    let journal = AppState::default_path();
    let spawned = std::thread::Builder::new()
        .name("relief-reminders".into())
        .spawn(move || {
            let tray_gone = std::time::Instant::now() + relief::alerts::LOOK_EVERY * 3;
            while Giver::Tray.running(&journal) && std::time::Instant::now() < tray_gone {
                std::thread::sleep(StdDuration::from_millis(100));
            }
            let mut clock = Clock::new(true);
            while !HANDED_OVER.load(Ordering::SeqCst) {
                look(&app, &mut clock, relief::system::now_utc());
                std::thread::sleep(period);
            }
        });
    if let Err(e) = spawned {
        eprintln!("relief: reminders are off, their thread could not start: {e}");
    }
}

/// Looks once, at `now`, for due questions and reminders, and gives them: a question to the
/// window, and as a notification when the window is not in front; a reminder as a
/// notification.
pub fn look<R: Runtime>(app: &AppHandle<R>, clock: &mut Clock, now: DateTime<Utc>) -> Vec<Alert> {
    let state = app.state::<AppState>();
    let Ok(due) = state.with(|j| clock.watch.look(j, now)) else {
        return Vec::new(); // no journal open: nothing to remind of
    };
    if clock.notifications {
        LAST_LOOK.store(now.timestamp_millis(), Ordering::SeqCst);
    }
    let m = app.state::<AppState>().messages();
    for alert in &due {
        let in_front = match alert {
            Alert::Question(question) => {
                if let Err(e) = FollowUpDue(question.clone()).emit(app) {
                    eprintln!("relief: could not tell the window a question is due: {e}");
                }
                // The window asks by itself when it is in front.
                app.get_webview_window(crate::quick::MAIN)
                    .and_then(|w| w.is_focused().ok())
                    .unwrap_or(false)
            }
            Alert::Reminder(_) | Alert::Experiment { .. } => false,
        };
        if !in_front && clock.notifications {
            notify(app, &alert.title(&chrono::Local, &m), &alert.body(&m), &m);
        }
    }
    due
}

/// Whether Relief should stay in the tray without its window: there are reminders or "How sore
/// now?" questions to give, and a tray to come back from.
pub fn keep_running<R: Runtime>(app: &AppHandle<R>) -> bool {
    let something_to_give = app
        .state::<AppState>()
        .with(|j| Ok(!j.settings()?.reminders.is_empty() || !j.follow_ups()?.is_empty()))
        .unwrap_or(false);
    something_to_give && app.tray_by_id(crate::quick::TRAY).is_some()
}

/// Shows a notification; a click on it brings the main window forward on the Log view.
fn notify<R: Runtime>(app: &AppHandle<R>, title: &str, body: &str, m: &relief::i18n::Messages) {
    let mut notification = notify_rust::Notification::new();
    notification
        .appname("Relief")
        .summary(title)
        .body(body)
        .icon("relief-desktop") // the icon the .deb installs
        .action("default", &m.get("tray-open", &[]));
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
