//! Check-ins: log, edit, delete and undo, list.

use relief::input::{self, EntryInput, FilterInput};
use relief::model::Entry;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn add_entry(state: State<'_, AppState>, entry: EntryInput) -> IpcResult<Entry> {
    state.with(|j| j.add_entry(&entry.to_draft()?))
}

#[tauri::command]
#[specta::specta]
pub fn edit_entry(state: State<'_, AppState>, id: String, entry: EntryInput) -> IpcResult<Entry> {
    state.with(|j| j.edit_entry(input::entry_id(&id)?, &entry.to_draft()?))
}

#[tauri::command]
#[specta::specta]
pub fn delete_entry(state: State<'_, AppState>, id: String) -> IpcResult<()> {
    state.with(|j| j.delete_entry(input::entry_id(&id)?))
}

#[tauri::command]
#[specta::specta]
pub fn undo_delete(state: State<'_, AppState>) -> IpcResult<Entry> {
    state.with(|j| j.undo_delete())
}

#[tauri::command]
#[specta::specta]
pub fn list_entries(state: State<'_, AppState>, filter: FilterInput) -> IpcResult<Vec<Entry>> {
    state.with(|j| j.entries(&filter.to_filter()?))
}
