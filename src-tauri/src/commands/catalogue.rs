//! Remedies and causes: list, add, rename, archive.

use relief::input;
use relief::model::{CatalogueItem, CatalogueKind};
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
/// The remedies or causes, built-in ones named in the app's language until renamed.
pub fn catalogue(state: State<'_, AppState>, kind: CatalogueKind) -> IpcResult<Vec<CatalogueItem>> {
    let m = state.messages();
    let items = state.with(|j| j.catalogue(kind))?;
    Ok(relief::model::in_language(kind, &items, &m))
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

/// Where a region is drawn on the body map: a rounded rectangle in a 150 × 280 figure.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct RegionShape {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub radius: f32,
}

/// A body region as the pickers show it.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct RegionInfo {
    pub key: relief::model::Region,
    pub label: String,
    pub side: relief::model::BodySide,
    pub shape: RegionShape,
}

/// The regions and the figure outline (SVG path data) of the body map.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct BodyMap {
    pub regions: Vec<RegionInfo>,
    pub outline: String,
}

/// The fixed list of body regions, upper back first, with the body map they are drawn on.
#[tauri::command]
#[specta::specta]
pub fn regions(state: State<'_, AppState>) -> BodyMap {
    let m = state.messages();
    let regions = relief::model::Region::ALL
        .iter()
        .map(|&key| {
            let (_, x, y, width, height, radius) = relief::bodymap::shape(key);
            RegionInfo {
                key,
                label: key.label_in(&m),
                side: key.side(),
                shape: RegionShape {
                    x,
                    y,
                    width,
                    height,
                    radius,
                },
            }
        })
        .collect();
    BodyMap {
        regions,
        outline: relief::bodymap::OUTLINE.to_owned(),
    }
}

/// An own remedy's short how-to, the person's words (`docs/safety.md`); empty takes it away.
#[tauri::command]
#[specta::specta]
pub fn set_how_to(
    state: State<'_, AppState>,
    key: String,
    how_to: String,
) -> IpcResult<CatalogueItem> {
    state.with(|j| {
        let key = input::catalogue_key(CatalogueKind::Remedy, &key)?;
        let how_to =
            relief::model::Note::new(&how_to).map_err(|e| relief::Error::invalid("how_to", e))?;
        j.set_how_to(key.as_str(), how_to.as_ref())
    })
}
