//! Declares the app's commands in the app manifest, so the capabilities in `capabilities/`
//! decide which of them the window may call (without this every registered command is allowed).

const COMMANDS: &[&str] = &[
    "add_entry",
    "edit_entry",
    "delete_entry",
    "undo_delete",
    "list_entries",
    "catalogue",
    "add_item",
    "rename_item",
    "set_archived",
    "set_how_to",
    "regions",
    "insights",
    "export_journal",
    "save_chart",
    "import_journal",
    "save_report",
    "save_fhir",
    "settings",
    "save_settings",
    "language",
    "journal_info",
    "use_sample_journal",
    "list_backups",
    "restore_backup",
    "unlock",
    "set_protection",
    "remember_passphrase",
    "autostart",
    "set_autostart",
    "follow_ups",
    "timer_rules",
    "limits",
    "journal_today",
    "sync_status",
    "sync_setup",
    "sync_join",
    "sync_now",
    "safety_info",
    "red_flag_question",
    "red_flag_question_at_start",
    "answer_red_flags",
    "sync_leave",
    "ask_how_sore",
    "answer_follow_up",
    "dismiss_follow_up",
    "experiment_hint",
    "start_experiment",
    "current_experiment",
    "stop_experiment",
    "skip_experiment_slot",
    "pick_other_export",
    "peek_import",
    "preview_import",
    "import_other_app",
    "import_mappings",
    "import_mapping",
    "default_mapping",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        // A build script reports failure by exiting non-zero with a message.
        eprintln!("tauri-build failed: {e:#}");
        std::process::exit(1);
    }
}
