//! Relief's desktop shell: Tauri 2 over the core. Commands are thin (`commands/`), errors cross
//! IPC as [`error::IpcError`], and the TypeScript bindings are generated from these types.

pub mod commands;
pub mod error;
pub mod state;

use tauri::Manager;

/// Every command the window may call, in one list: the generated bindings and the invoke
/// handler follow it; `build.rs` lists the same names for the capability permissions.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    use commands::*;
    tauri_specta::Builder::<tauri::Wry>::new().commands(tauri_specta::collect_commands![
        entries::add_entry,
        entries::edit_entry,
        entries::delete_entry,
        entries::undo_delete,
        entries::list_entries,
        catalogue::catalogue,
        catalogue::add_item,
        catalogue::rename_item,
        catalogue::set_archived,
        catalogue::regions,
        insights::stats,
        insights::chart_svg,
        transfer::export_journal,
        transfer::save_chart,
        transfer::import_journal,
        settings::settings,
        settings::set_day_start_hour,
        settings::journal_info,
        settings::use_sample_journal,
    ])
}

/// Where the generated bindings live, relative to this crate.
pub const BINDINGS: &str = "../ui/src/lib/backend/bindings.ts";

/// Writes the TypeScript bindings to `path`.
pub fn export_bindings(path: &std::path::Path) -> Result<(), String> {
    specta_builder()
        .export(
            specta_typescript::Typescript::default().header(
                "// Generated from the Rust commands and types of relief-desktop. Do not edit.\n/* eslint-disable */",
            ),
            path,
        )
        .map_err(|e| e.to_string())
}

/// The app, with its plugins and state.
pub fn app() -> tauri::Builder<tauri::Wry> {
    let specta = specta_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            // A second launch shows the first window instead of opening another.
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .manage(state::AppState::open())
        .invoke_handler(specta.invoke_handler())
}
