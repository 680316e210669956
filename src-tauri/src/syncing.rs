//! Sync in the app (`docs/sync.md`): a thread that runs a round when the app starts, shortly
//! after each change to the journal, whenever the sync folder changes (a file watcher), and
//! every few minutes besides; a round that brought something in tells the windows to reload
//! (History shows a check-in from another computer without a restart).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};
use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;

use crate::error::IpcError;
use crate::events::JournalChanged;
use crate::state::AppState;

/// How often the thread looks whether there is anything to do (changes here, files there).
const LOOK: Duration = Duration::from_millis(1_500);
/// A round at least this often, even with nothing seen (a watcher can miss a network folder's
/// changes).
const EVERY: Duration = Duration::from_secs(5 * 60);

/// What the last round did, for Settings → Sync.
#[derive(Default)]
pub struct Last {
    pub at: Option<chrono::DateTime<chrono::Utc>>,
    pub error: Option<IpcError>,
}

/// The sync thread's state shared with the commands.
#[derive(Default)]
pub struct Syncing {
    /// Set by the folder's watcher, and by a command that wants a round now.
    nudged: Arc<AtomicBool>,
    pub last: Mutex<Last>,
}

impl Syncing {
    /// Asks for a round as soon as the thread looks.
    pub fn nudge(&self) {
        self.nudged.store(true, Ordering::SeqCst);
    }
}

/// Starts the thread; it ends with the app.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    let spawned = std::thread::Builder::new()
        .name("relief-sync".into())
        .spawn(move || run(&app));
    if let Err(e) = spawned {
        eprintln!("relief: sync could not start: {e}");
    }
}

fn run<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let nudged = state.syncing.nudged.clone();
    nudged.store(true, Ordering::SeqCst); // a round at start
    let mut watched: Option<(PathBuf, notify::RecommendedWatcher)> = None;
    let mut last_round = Instant::now();
    // The journal as of the last look: what changed here is looked for only when it moved.
    let mut seen_mark = None;
    loop {
        std::thread::sleep(LOOK);
        let Ok(Some(folder)) = state.with(|j| j.sync_config()).map(|c| c.map(|c| c.folder)) else {
            watched = None;
            continue;
        };
        if watched.as_ref().is_none_or(|(f, _)| *f != folder) {
            watched = watch(&folder, nudged.clone()).map(|w| (folder.clone(), w));
        }
        let mark = state.with(|j| j.change_mark()).ok();
        let waiting = mark != seen_mark && state.with(|j| j.sync_waiting()).unwrap_or(false);
        seen_mark = mark;
        let due = nudged.swap(false, Ordering::SeqCst) || waiting || last_round.elapsed() > EVERY;
        if !due {
            continue;
        }
        last_round = Instant::now();
        let _ = round(app, false);
        seen_mark = state.with(|j| j.change_mark()).ok();
    }
}

/// A watcher of the folder that nudges the thread on every change in it.
fn watch(folder: &std::path::Path, nudged: Arc<AtomicBool>) -> Option<notify::RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.is_ok() {
            nudged.store(true, Ordering::SeqCst);
        }
    })
    .ok()?;
    watcher.watch(folder, RecursiveMode::Recursive).ok()?;
    Some(watcher)
}

/// Tells the windows the journal changed (they reload what they show).
pub fn changed<R: Runtime>(app: &AppHandle<R>) {
    let _ = JournalChanged.emit(app);
}

/// One round now, on the person's journal (never the sample); the windows reload if it
/// brought anything in. Its outcome is kept for Settings → Sync.
pub fn round<R: Runtime>(app: &AppHandle<R>, mass_delete: bool) -> Result<(), IpcError> {
    let state = app.state::<AppState>();
    let options = relief_sync::Options {
        mass_delete,
        ..relief_sync::Options::default()
    };
    let outcome = state.with_own(|j| relief_sync::round(j, &options));
    let brought = matches!(&outcome, Ok(Some(r)) if r.merged.fields > 0);
    if let Ok(mut last) = state.syncing.last.lock() {
        last.at = Some(relief::system::now_utc());
        last.error = outcome.as_ref().err().cloned();
    }
    if brought {
        changed(app);
    }
    outcome.map(|_| ())
}
