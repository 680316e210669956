//! Relief's desktop shell: Tauri 2 over the core. Commands are thin (`commands/`), errors cross
//! IPC as [`error::IpcError`], and the TypeScript bindings are generated from these types.

pub mod autostart;
pub mod commands;
pub mod error;
pub mod events;
pub mod hooks;
pub mod quick;
pub mod reminders;
mod secrets;
pub mod state;
pub mod syncing;
pub mod tray;

use tauri::{AppHandle, Runtime};

/// Every command the window may call, listed once. The generated bindings (for the real
/// runtime) and the invoke handler (for any runtime) are both made from this list; `build.rs`
/// lists the same names for the capability permissions. `$generic` is `::<tauri::Wry>` for
/// the bindings, which need the runtime of runtime-generic commands spelled out.
macro_rules! relief_commands {
    ($collect:ident, [$($generic:tt)*]) => {
        $collect![
            commands::entries::add_entry,
            commands::entries::edit_entry,
            commands::entries::delete_entry,
            commands::entries::undo_delete,
            commands::entries::list_entries,
            commands::catalogue::catalogue,
            commands::catalogue::add_item,
            commands::catalogue::rename_item,
            commands::catalogue::set_archived,
            commands::catalogue::set_how_to,
            commands::catalogue::regions,
            commands::insights::insights,
            commands::transfer::export_journal $($generic)*,
            commands::transfer::save_chart $($generic)*,
            commands::transfer::import_journal $($generic)*,
            commands::transfer::save_report $($generic)*,
            commands::transfer::save_fhir $($generic)*,
            commands::settings::settings,
            commands::settings::journal_today,
            commands::settings::save_settings,
            commands::settings::language,
            commands::settings::journal_info,
            commands::settings::use_sample_journal,
            commands::settings::list_backups,
            commands::settings::restore_backup,
            commands::settings::unlock,
            commands::settings::set_protection,
            commands::settings::remember_passphrase,
            commands::settings::autostart,
            commands::settings::set_autostart,
            commands::followups::follow_ups,
            commands::followups::timer_rules,
            commands::followups::limits,
            commands::followups::ask_how_sore,
            commands::followups::answer_follow_up,
            commands::followups::dismiss_follow_up,
            commands::experiments::experiment_hint,
            commands::experiments::start_experiment,
            commands::experiments::current_experiment,
            commands::experiments::stop_experiment,
            commands::experiments::skip_experiment_slot,
            commands::imports::pick_other_export $($generic)*,
            commands::imports::peek_import,
            commands::imports::preview_import,
            commands::imports::import_other_app,
            commands::imports::import_mappings,
            commands::imports::import_mapping,
            commands::imports::default_mapping,
            commands::sync::sync_status,
            commands::sync::sync_setup $($generic)*,
            commands::sync::sync_join $($generic)*,
            commands::sync::sync_now $($generic)*,
            commands::sync::sync_leave,
            commands::safety::safety_info,
            commands::safety::red_flag_question,
            commands::safety::red_flag_question_at_start,
            commands::safety::answer_red_flags,
        ]
    };
}

/// The typed commands and events, for the TypeScript bindings.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    use tauri_specta::collect_commands;
    events_builder::<tauri::Wry>().commands(relief_commands!(collect_commands, [::<tauri::Wry>]))
}

/// The typed events, to register with an app of any runtime (`mount_events`) before any is
/// emitted.
pub fn events_builder<R: Runtime>() -> tauri_specta::Builder<R> {
    tauri_specta::Builder::<R>::new().events(tauri_specta::collect_events![
        events::FollowUpDue,
        events::OpenLog,
        events::JournalChanged
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

/// The commands, the dialog plugin and the journal state on any runtime (the mock runtime of
/// the command tests included).
pub fn configure<R: Runtime>(
    builder: tauri::Builder<R>,
    state: state::AppState,
) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler({
            use tauri::generate_handler;
            relief_commands!(generate_handler, [])
        })
}

/// Set when Relief was started at login into the tray.
static STARTED_HIDDEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// What the app does on its event loop's events: when its last window closes, Relief stays in
/// the tray while it has reminders or questions to give (or was started at login into the
/// tray): as the light tray program ([`tray`]) if it is installed, else as this app with no
/// window and no webview. The tray's Quit ends it; the tray, a notification, the quick
/// window's way back or a second launch make the window again.
pub fn on_run_event<R: Runtime>(app: &AppHandle<R>, event: tauri::RunEvent) {
    if let tauri::RunEvent::ExitRequested {
        code: None, api, ..
    } = event
    {
        let hidden = STARTED_HIDDEN.load(std::sync::atomic::Ordering::Relaxed);
        let stay =
            reminders::keep_running(app) || (hidden && app.tray_by_id(quick::TRAY).is_some());
        // The light tray program takes over if it is here; else the app stays, windowless.
        if stay && !tray::hand_over() {
            api.prevent_exit();
        }
    }
}

/// The app: [`configure`] plus single-instance, window-state, the tray, the reminder clock and
/// the quick check-in window, with the journal at `RELIEF_DB` or the default path. Launched
/// with `--quick` (say, from a keyboard shortcut the person sets up), it opens the quick
/// check-in; a running Relief does that for a second launch.
pub fn app() -> tauri::Builder<tauri::Wry> {
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            if quick::asked_for(&args) {
                quick::open(app);
            } else {
                // A second launch shows the first window instead of opening another.
                quick::show_main(app);
            }
        }))
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_denylist(&[quick::LABEL])
                .build(),
        )
        .setup(|app| {
            events_builder::<tauri::Wry>().mount_events(app);
            tray::take_turn();
            let args: Vec<String> = std::env::args().collect();
            let tray = quick::tray(app.handle());
            // Started at login: into the tray, without ever making the window (unless there is
            // no tray), so no webview, web engine or GL is loaded until the person opens it.
            // Otherwise the window is made here (`"create": false` in tauri.conf.json).
            if tray && args.iter().any(|a| a == autostart::HIDDEN) {
                STARTED_HIDDEN.store(true, std::sync::atomic::Ordering::Relaxed);
            } else {
                quick::show_main(app.handle());
            }
            reminders::start(app.handle().clone());
            syncing::start(app.handle().clone());
            if quick::asked_for(&args) {
                quick::open(app.handle());
            }
            Ok(())
        });
    configure(
        builder,
        state::AppState::open(state::AppState::default_path())
            .with_hooks(hooks::TestHooks::from_env()),
    )
}
