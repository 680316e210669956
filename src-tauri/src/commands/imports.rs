//! Imports from other apps in the window: pick the file, preview it under a mapping (again at
//! every change of the mapping), import (`docs/imports.md`).

use std::path::PathBuf;

use relief::i18n::{Messages, Said};
use relief::imports::{self, App, Mapping, Preview};
use relief::model::Entry;
use relief::store::ImportReport;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::state::AppState;

/// Check-ins a preview sends to the window (the import takes them all).
const SHOWN: usize = 20;

/// A file picked for import.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct PickedFile {
    pub path: String,
    pub name: String,
}

/// What a file would become, for the window: the first check-ins and every unusable row.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct ImportPreview {
    pub app: App,
    pub encoding: String,
    pub separator: String,
    pub headers: Vec<String>,
    pub rows: u32,
    /// How many check-ins the file gives.
    pub checkins: u32,
    pub first: Vec<Entry>,
    /// The remedies the check-ins name, as the file names them (new ones become the person's).
    pub remedies: Vec<relief::model::CatalogueItem>,
    pub unusable: Vec<UnusableRow>,
    pub notes: Vec<String>,
    /// The whole file was read (else only its first rows: the counts are of those).
    pub complete: bool,
}

/// A row the import cannot use, and why, in the app's language.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct UnusableRow {
    /// The line in the file (1 = the header).
    pub line: u32,
    pub reason: String,
}

impl ImportPreview {
    /// The preview for the window, its notes and reasons said in `m`'s language.
    fn new(p: Preview, m: &Messages) -> Self {
        let checkins = p.checkins() as u32;
        let first = p.entries().take(SHOWN).collect();
        ImportPreview {
            app: p.app,
            encoding: p.encoding,
            separator: p.separator,
            headers: p.headers,
            rows: p.rows,
            checkins,
            first,
            remedies: p.data.remedies,
            unusable: p
                .unusable
                .iter()
                .map(|u| UnusableRow {
                    line: u.line,
                    reason: u.reason.in_(m),
                })
                .collect(),
            notes: p.notes.iter().map(|n| n.in_(m)).collect(),
            complete: true,
        }
    }
}

/// Picks another app's export in an open dialog; `None` if cancelled.
#[tauri::command]
#[specta::specta]
pub async fn pick_other_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> IpcResult<Option<PickedFile>> {
    let m = state.messages();
    let path = match &state.hooks.dialog_dir {
        Some(dir) => Some(dir.join("other-app.csv")).filter(|p| p.exists()),
        None => app
            .dialog()
            .file()
            .set_title(m.get("dialog-import-other-title", &[]))
            .add_filter(m.get("dialog-filter-other", &[]), &["csv", "txt", "tsv"])
            .blocking_pick_file()
            .map(|p| {
                p.into_path()
                    .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))
            })
            .transpose()?,
    };
    Ok(path.map(|p| PickedFile {
        name: file_name(&p),
        path: p.display().to_string(),
    }))
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn read(
    path: &str,
    app: Option<App>,
    mapping: &Mapping,
    limit: Option<usize>,
) -> relief::Result<Preview> {
    let path = PathBuf::from(path);
    let bytes = relief::exchange::read_import(&path)?;
    imports::read_rows(&bytes, app, mapping, &file_name(&path), limit)
}

/// Rows a first look reads: enough for the first check-ins of any of the formats.
const FIRST_LOOK_ROWS: usize = 400;

/// A file's columns and the app it is recognised as (`None`: any CSV, to be mapped).
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct Peek {
    pub headers: Vec<String>,
    pub app: Option<App>,
}

/// The file's columns and which app wrote it, before any mapping.
#[tauri::command]
#[specta::specta]
pub async fn peek_import(
    state: State<'_, AppState>,
    path: String,
    mapping: Mapping,
) -> IpcResult<Peek> {
    let bytes = relief::exchange::read_import(&PathBuf::from(&path)).map_err(|e| state.said(e))?;
    let (headers, app) = imports::peek(&bytes, mapping.encoding).map_err(|e| state.said(e))?;
    Ok(Peek { headers, app })
}

/// What the file becomes as `app` (recognised from its header when `None`) with `mapping`:
/// with `first_look`, only its first rows (quick, whatever the file's size; the counts are of
/// those rows), else all of it. Nothing is written.
#[tauri::command]
#[specta::specta]
pub async fn preview_import(
    state: State<'_, AppState>,
    path: String,
    app: Option<App>,
    mapping: Mapping,
    first_look: bool,
) -> IpcResult<ImportPreview> {
    let limit = first_look.then_some(FIRST_LOOK_ROWS);
    let read = read(&path, app, &mapping, limit).map_err(|e| state.said(e))?;
    let mut preview = ImportPreview::new(read, &state.messages());
    preview.complete = !first_look;
    Ok(preview)
}

/// Imports the file as previewed: all or nothing; with `leave_out_unusable` the rows the
/// preview listed as unusable are left out (else any of them stops the import). `save_as`
/// keeps the mapping under a name.
#[tauri::command]
#[specta::specta]
pub async fn import_other_app(
    state: State<'_, AppState>,
    path: String,
    app: Option<App>,
    mapping: Mapping,
    leave_out_unusable: bool,
    save_as: Option<String>,
) -> IpcResult<ImportReport> {
    let preview = read(&path, app, &mapping, None).map_err(|e| state.said(e))?;
    if let (Some(first), false) = (preview.unusable.first(), leave_out_unusable) {
        return Err(state.said(relief::Error::import(
            relief::exchange::line(first.line),
            Said::new("read-unusable")
                .with("reason", first.reason.clone())
                .with("count", preview.unusable.len()),
        )));
    }
    state.with(|j| {
        let report = j.import(&preview.data)?;
        if let Some(name) = save_as.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            j.save_mapping(name, &mapping)?;
        }
        Ok(report)
    })
}

/// The saved mappings' names.
#[tauri::command]
#[specta::specta]
pub fn import_mappings(state: State<'_, AppState>) -> IpcResult<Vec<String>> {
    state.with(|j| j.mapping_names())
}

/// A saved mapping, or the default one for a name not saved.
#[tauri::command]
#[specta::specta]
pub fn import_mapping(state: State<'_, AppState>, name: String) -> IpcResult<Mapping> {
    state.with(|j| Ok(j.mapping(&name)?.unwrap_or_default()))
}

/// The mapping every import starts from (the documented defaults).
#[tauri::command]
#[specta::specta]
pub fn default_mapping() -> Mapping {
    Mapping::default()
}
