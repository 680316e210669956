//! Light in the tray: while no window is open, Relief's reminders and questions come from
//! `relief-tray`, a small process without a web engine, installed beside this app. Closing the
//! last window hands them over to it and ends the app; the tray starts the app again when the
//! person opens Relief, the quick check-in or a notification. Started at login (`--hidden`),
//! the app becomes the tray straight away. Where `relief-tray` is missing, the app stays in
//! the tray itself, as heavy as it is (`docs/reminders.md`).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Mutex;

use relief::alerts::{Giver, Turn};

/// The tray program's file name.
pub const PROGRAM: &str = "relief-tray";

/// Its argument for a handover: questions due by the given time (milliseconds since 1970, the
/// app's last look) were given by the app.
pub const TAKING_OVER: &str = "--taking-over";

/// The app's turn to give alerts, held while it runs and let go at the handover.
static TURN: Mutex<Option<Turn>> = Mutex::new(None);

/// `relief-tray` beside this program, if it is there.
pub fn program() -> Option<PathBuf> {
    let tray = std::env::current_exe().ok()?.with_file_name(PROGRAM);
    tray.is_file().then_some(tray)
}

/// Takes the app's turn (a running tray sees it and ends).
pub fn take_turn() {
    match Giver::App.try_take(&relief::Journal::chosen_path()) {
        Ok(Some(turn)) => {
            if let Ok(mut held) = TURN.lock() {
                *held = Some(turn);
            }
        }
        Ok(None) => {} // another app runs for this journal; single-instance ends this one
        Err(e) => eprintln!("relief: could not note that the app runs: {e}"),
    }
}

/// Started at login: becomes the tray program (same process, so whoever started it still
/// sees it). Returns only if that is not possible.
pub fn become_tray() {
    use std::os::unix::process::CommandExt;
    if let Some(tray) = program() {
        let e = Command::new(tray).exec();
        eprintln!("relief: the tray program could not start ({e}); staying in the tray as the app");
    }
}

/// Hands the reminders over to the tray program: starts it, then stops this app's reminders
/// and lets go of its turn (the tray waits for that). `false`, with nothing changed, if there
/// is no tray program to start (the app then stays in the tray).
pub fn hand_over() -> bool {
    let Some(tray) = program() else {
        return false;
    };
    let mut command = Command::new(tray);
    if let Some(looked) = crate::reminders::last_look() {
        command.args([TAKING_OVER, &looked.timestamp_millis().to_string()]);
    }
    let started = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn();
    if let Err(e) = started {
        eprintln!("relief: the tray program could not start ({e}); staying in the tray");
        return false;
    }
    crate::reminders::hand_over();
    if let Ok(mut held) = TURN.lock() {
        held.take();
    }
    true
}
