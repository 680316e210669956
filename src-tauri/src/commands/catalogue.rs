//! Remedies and causes: list, add, rename, archive.

use relief::input;
use relief::model::{CatalogueItem, CatalogueKind};
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn catalogue(state: State<'_, AppState>, kind: CatalogueKind) -> IpcResult<Vec<CatalogueItem>> {
    state.with(|j| j.catalogue(kind))
}

#[tauri::command]
#[specta::specta]
pub fn add_item(
    state: State<'_, AppState>,
    kind: CatalogueKind,
    name: String,
) -> IpcResult<CatalogueItem> {
    state.with(|j| j.add_item(kind, &input::label(&name)?))
}

#[tauri::command]
#[specta::specta]
pub fn rename_item(
    state: State<'_, AppState>,
    kind: CatalogueKind,
    key: String,
    name: String,
) -> IpcResult<CatalogueItem> {
    state.with(|j| {
        j.rename_item(
            kind,
            input::catalogue_key(kind, &key)?.as_str(),
            &input::label(&name)?,
        )
    })
}

#[tauri::command]
#[specta::specta]
pub fn set_archived(
    state: State<'_, AppState>,
    kind: CatalogueKind,
    key: String,
    archived: bool,
) -> IpcResult<CatalogueItem> {
    state.with(|j| j.set_archived(kind, input::catalogue_key(kind, &key)?.as_str(), archived))
}

/// A body region as the pickers show it.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct RegionInfo {
    pub key: relief::model::Region,
    pub label: String,
    pub side: relief::model::BodySide,
}

/// The fixed list of body regions, upper back first.
#[tauri::command]
#[specta::specta]
pub fn regions() -> Vec<RegionInfo> {
    relief::model::Region::ALL
        .iter()
        .map(|&key| RegionInfo {
            key,
            label: key.label().to_owned(),
            side: key.side(),
        })
        .collect()
}
