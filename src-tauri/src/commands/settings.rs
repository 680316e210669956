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
