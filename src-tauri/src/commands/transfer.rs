//! Files in and out, always through a native dialog: the window never names a path, so files
//! are written only where the person picked.

use relief::analysis::{self, Range};
use relief::charts::{self, ChartKind, Size};
use relief::exchange::{self, Format};
use relief::files::{self, Confirm, Target};
use relief::i18n::Value::Text;
use relief::input::RangeInput;
use relief::report::{self, Paper};
use relief::store::ImportReport;
use serde::Deserialize;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::state::AppState;

#[derive(Debug, Clone, Copy, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ImageFormat {
    Png,
    Svg,
}

/// Asks for a file to save to, and checks it: never the journal (the one shown or the
/// person's own) or its backups, never a device; a read-only file or a symbolic link only after
/// the person confirms. `None` if they cancelled. `filter.0` is the message naming the filter.
fn pick_save<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    name: &str,
    filter: (&str, &str),
) -> IpcResult<Option<Target>> {
    let m = state.messages();
    let path = match &state.hooks.dialog_dir {
        Some(dir) => dir.join(name),
        None => {
            let picked = app
                .dialog()
                .file()
                .set_file_name(name)
                .add_filter(m.get(filter.0, &[]), &[filter.1])
                .blocking_save_file();
            match picked {
                None => return Ok(None),
                Some(p) => p
                    .into_path()
                    .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))?,
            }
        }
    };
    let shown = state.with(|j| Ok(j.path().to_path_buf()))?;
    let check = |confirm| {
        Target::new(&path, &state.own_path, confirm)?;
        Target::new(&path, &shown, confirm)
    };
    match check(Confirm::No) {
        Ok(target) => Ok(Some(target)),
        Err(relief::Error::NeedsConfirmation { reason, .. })
            if state.hooks.dialog_dir.is_none() =>
        {
            let shown_path = path.display().to_string();
            let question = m.get(
                "dialog-replace-question",
                &[
                    ("path", Text(&shown_path)),
                    ("reason", Text(&reason.in_(&m))),
                ],
            );
            let replace = app
                .dialog()
                .message(question)
                .title(m.get("dialog-replace-title", &[]))
                .kind(MessageDialogKind::Warning)
                .buttons(MessageDialogButtons::OkCancelCustom(
                    m.get("dialog-replace", &[]),
                    m.get("dialog-cancel", &[]),
                ))
                .blocking_show();
            if replace {
                check(Confirm::Yes).map(Some).map_err(|e| state.said(e))
            } else {
                Ok(None)
            }
        }
        Err(e) => Err(state.said(e)),
    }
}

/// Exports the journal; returns where it was written, or `None` if the dialog was cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_journal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: Format,
) -> IpcResult<Option<String>> {
    let extension = format.extension();
    let name = format!("relief-journal.{extension}");
    let filter = match format {
        Format::Csv => "dialog-filter-csv",
        Format::Json => "dialog-filter-json",
    };
    let Some(target) = pick_save(&app, &state, &name, (filter, extension))? else {
        return Ok(None);
    };
    let mut bytes = Vec::new();
    let snapshot = state.with(|j| j.snapshot(Range::default()))?;
    exchange::export(&snapshot, format, &mut bytes).map_err(|e| state.said(e))?;
    files::write_bytes(&target, &bytes).map_err(|e| state.said(e))?;
    Ok(Some(target.path().display().to_string()))
}

/// Saves a chart as PNG or SVG; returns where, or `None` if cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save_chart<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    chart: ChartKind,
    range: RangeInput,
    format: ImageFormat,
) -> IpcResult<Option<String>> {
    let kind = chart;
    let (name, filter) = match format {
        ImageFormat::Png => (
            format!("relief-{}.png", kind.name()),
            ("dialog-filter-png", "png"),
        ),
        ImageFormat::Svg => (
            format!("relief-{}.svg", kind.name()),
            ("dialog-filter-svg", "svg"),
        ),
    };
    let Some(target) = pick_save(&app, &state, &name, filter)? else {
        return Ok(None);
    };
    let m = state.messages();
    let snapshot = state.with(|j| j.snapshot(range.to_range_on(j.today()?)?))?;
    let stats = analysis::stats_in(&snapshot, &m);
    let bytes = match format {
        ImageFormat::Png => charts::png_in(kind, &stats, Size::DEFAULT, &m),
        ImageFormat::Svg => charts::svg_in(kind, &stats, Size::DEFAULT, &m).map(String::into_bytes),
    }
    .map_err(|e| state.said(e))?;
    files::write_bytes(&target, &bytes).map_err(|e| state.said(e))?;
    Ok(Some(target.path().display().to_string()))
}

/// Imports a CSV or JSON file picked in an open dialog; `None` if cancelled.
#[tauri::command]
#[specta::specta]
pub async fn import_journal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> IpcResult<Option<ImportReport>> {
    let path = match &state.hooks.dialog_dir {
        Some(dir) => ["import.json", "import.csv"]
            .iter()
            .map(|n| dir.join(n))
            .find(|p| p.exists()),
        None => app
            .dialog()
            .file()
            .add_filter(
                state.messages().get("dialog-filter-relief", &[]),
                &["json", "csv"],
            )
            .blocking_pick_file()
            .map(|p| {
                p.into_path()
                    .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))
            })
            .transpose()?,
    };
    let Some(path) = path else {
        return Ok(None);
    };
    let data = exchange::read_file(&path).map_err(|e| state.said(e))?;
    state.with(|j| j.import(&data)).map(Some)
}

/// Saves the clinician report (PDF) for a range; returns where, or `None` if cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save_report<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    range: RangeInput,
    name: Option<String>,
    // `null`: from the system's locale (US Letter in the US and Canada, else A4).
    paper: Option<Paper>,
    // `null`: the system's language.
    lang: Option<relief::i18n::Lang>,
) -> IpcResult<Option<String>> {
    let range = state.with(|j| range.to_range_on(j.today()?))?;
    let name = match name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => Some(relief::input::label(n).map_err(|e| state.said(e))?),
        None => None,
    };
    let paper = paper.unwrap_or_else(|| Paper::for_locale(&relief::system::paper_locale()));
    let Some(target) = pick_save(
        &app,
        &state,
        "relief-report.pdf",
        ("dialog-filter-pdf", "pdf"),
    )?
    else {
        return Ok(None);
    };
    let (snapshot, today) = state.with(|j| Ok((j.snapshot(range)?, j.today()?)))?;
    let messages = lang.map_or_else(|| state.messages(), relief::i18n::Messages::new);
    let bytes = report::report_in(
        &snapshot,
        name.as_ref().map(|n| n.as_str()),
        today,
        paper,
        &messages,
    )
    .map_err(|e| state.said(e))?;
    files::write_bytes(&target, &bytes).map_err(|e| state.said(e))?;
    Ok(Some(target.path().display().to_string()))
}

/// Saves a range of the journal as a FHIR R4 bundle for a clinic system; returns where, or
/// `None` if cancelled. The file is plain JSON, like every export (`docs/fhir.md`).
#[tauri::command]
#[specta::specta]
pub async fn save_fhir<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    range: RangeInput,
    name: Option<String>,
) -> IpcResult<Option<String>> {
    let range = state.with(|j| range.to_range_on(j.today()?))?;
    let name = match name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => Some(relief::input::label(n).map_err(|e| state.said(e))?),
        None => None,
    };
    let Some(target) = pick_save(
        &app,
        &state,
        "relief-fhir.json",
        ("dialog-filter-fhir", "json"),
    )?
    else {
        return Ok(None);
    };
    let (snapshot, journal) = state.with(|j| Ok((j.snapshot(range)?, j.journal_id()?)))?;
    let subject = relief::fhir::Subject {
        journal,
        name: name.as_ref(),
    };
    files::write_atomically(&target, |w| relief::fhir::export(&snapshot, &subject, w))
        .map_err(|e| state.said(e))?;
    Ok(Some(target.path().display().to_string()))
}
