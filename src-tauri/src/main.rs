// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(e) = relief_desktop::app().run(tauri::generate_context!()) {
        eprintln!("relief: the window could not start: {e}");
        std::process::exit(1);
    }
}
