//! Settings → Sync: set up, join, the status, a round now, leave (`docs/sync.md`). The folder
//! is always picked in the system's dialog; the window never names a path.

use relief::store::protect::Passphrase;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::state::AppState;

/// Another computer this one has heard from.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SyncComputer {
    pub id: String,
    pub name: String,
    /// When its newest change was made (RFC 3339, UTC).
    pub last_change: String,
}

/// A file of the folder set aside, and why.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SyncAside {
    pub file: String,
    pub reason: String,
}

/// Sync as Settings shows it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SyncView {
    /// This journal syncs (never the sample journal).
    pub syncing: bool,
    pub folder: Option<String>,
    pub computer: Option<String>,
    pub computers: Vec<SyncComputer>,
    pub waiting_out: u32,
    pub waiting_in: u32,
    /// Check-ins that came in but wait for what they name.
    pub pending: u32,
    pub set_aside: Vec<SyncAside>,
    /// When the app last ran a round (RFC 3339, UTC), and why it failed if it did.
    pub last_round: Option<String>,
    pub last_error: Option<IpcError>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn view(state: &AppState) -> IpcResult<SyncView> {
    let status = state
        .with_own(|j| match j.sync_config()? {
            Some(_) => relief_sync::status(j).map(Some),
            None => Ok(None),
        })?
        .flatten();
    let (last_round, last_error) = match state.syncing.last.lock() {
        Ok(last) => (last.at.map(|t| t.to_rfc3339()), last.error.clone()),
        Err(_) => (None, None),
    };
    Ok(match status {
        None => SyncView {
            syncing: false,
            folder: None,
            computer: None,
            computers: Vec::new(),
            waiting_out: 0,
            waiting_in: 0,
            pending: 0,
            set_aside: Vec::new(),
            last_round,
            last_error,
        },
        Some(s) => SyncView {
            syncing: true,
            folder: Some(s.folder.display().to_string()),
            computer: Some(s.computer.to_string()),
            computers: s
                .ledger
                .computers
                .iter()
                .map(|(id, name, stamp)| SyncComputer {
                    id: id.to_string(),
                    name: name.clone(),
                    last_change: chrono::DateTime::from_timestamp_millis(stamp.wall_ms)
                        .map(|t| t.to_rfc3339())
                        .unwrap_or_default(),
                })
                .collect(),
            waiting_out: count(s.ledger.outbox),
            waiting_in: count(s.incoming),
            pending: count(s.ledger.pending),
            set_aside: s
                .ledger
                .aside
                .iter()
                .map(|(file, reason)| SyncAside {
                    file: file.clone(),
                    reason: reason.clone(),
                })
                .collect(),
            last_round,
            last_error,
        },
    })
}

/// Sync as it stands.
#[tauri::command]
#[specta::specta]
pub fn sync_status(state: State<'_, AppState>) -> IpcResult<SyncView> {
    view(&state)
}

/// The folder the person picks (in the end-to-end build, `sync` in the tests' folder).
fn pick_folder<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
) -> IpcResult<Option<std::path::PathBuf>> {
    if let Some(dir) = &state.hooks.dialog_dir {
        return Ok(Some(dir.join("sync")));
    }
    let m = state.messages();
    app.dialog()
        .file()
        .set_title(m.get("dialog-sync-folder-title", &[]))
        .blocking_pick_folder()
        .map(|p| {
            p.into_path()
                .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))
        })
        .transpose()
}

fn sample_refused(state: &AppState) -> IpcError {
    state.refusal(ErrorKind::Conflict, "sync-sample-refused", &[])
}

/// Sets sync up in a folder the person picks, with a new sync passphrase. `None` if the
/// dialog was cancelled.
#[tauri::command]
#[specta::specta]
pub async fn sync_setup<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    passphrase: String,
) -> IpcResult<Option<SyncView>> {
    let key = Passphrase::new_one(passphrase)
        .map_err(|e| state.said(relief::Error::invalid("sync passphrase", e)))?;
    let Some(folder) = pick_folder(&app, &state)? else {
        return Ok(None);
    };
    let cost = relief_sync::seal::Cost::default();
    state
        .with_own(|j| relief_sync::setup(j, &folder, key.reveal().as_bytes(), cost))?
        .ok_or_else(|| sample_refused(&state))?;
    state.syncing.nudge();
    view(&state).map(Some)
}

/// Joins a folder another computer set up. `None` if the dialog was cancelled.
#[tauri::command]
#[specta::specta]
pub async fn sync_join<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    passphrase: String,
    merge: bool,
) -> IpcResult<Option<SyncView>> {
    let key = Passphrase::given(passphrase)
        .map_err(|e| state.said(relief::Error::invalid("sync passphrase", e)))?;
    let Some(folder) = pick_folder(&app, &state)? else {
        return Ok(None);
    };
    state
        .with_own(|j| relief_sync::join(j, &folder, key.reveal().as_bytes(), merge))?
        .ok_or_else(|| sample_refused(&state))?;
    view(&state).map(Some)
}

/// One round now; `mass_delete` when the person said yes to a round that deletes most
/// check-ins.
#[tauri::command]
#[specta::specta]
pub fn sync_now<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    mass_delete: bool,
) -> IpcResult<SyncView> {
    crate::syncing::round(&app, mass_delete)?;
    view(&state)
}

/// Stops syncing on this computer.
#[tauri::command]
#[specta::specta]
pub fn sync_leave(state: State<'_, AppState>) -> IpcResult<SyncView> {
    state.with_own(relief_sync::leave)?;
    view(&state)
}
