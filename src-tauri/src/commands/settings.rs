//! Journal settings and which journal is open.

use relief::input;
use relief::model::Settings;
use tauri::State;

use crate::error::IpcResult;
use crate::state::{AppState, JournalInfo};

#[tauri::command]
#[specta::specta]
pub fn settings(state: State<'_, AppState>) -> IpcResult<Settings> {
    state.with(|j| j.settings())
}

#[tauri::command]
#[specta::specta]
pub fn set_day_start_hour(state: State<'_, AppState>, hour: i32) -> IpcResult<Settings> {
    state.with(|j| {
        j.set_day_start_hour(input::day_start_hour(hour)?)?;
        j.settings()
    })
}

#[tauri::command]
#[specta::specta]
pub fn journal_info(state: State<'_, AppState>) -> IpcResult<JournalInfo> {
    state.info()
}

/// Shows the separate sample journal (`sample: true`) or the person's own.
#[tauri::command]
#[specta::specta]
pub fn use_sample_journal(state: State<'_, AppState>, sample: bool) -> IpcResult<JournalInfo> {
    state.switch(sample)
}

/// The automatic daily backups of the journal, newest first.
#[tauri::command]
#[specta::specta]
pub fn list_backups(state: State<'_, AppState>) -> IpcResult<Vec<relief::store::backups::Backup>> {
    state.backups()
}

/// Replaces the journal with the named backup; the current one is kept as a backup first.
#[tauri::command]
#[specta::specta]
pub fn restore_backup(state: State<'_, AppState>, file_name: String) -> IpcResult<JournalInfo> {
    state.restore(&file_name)
}
