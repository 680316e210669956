// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    match relief_desktop::app().build(tauri::generate_context!()) {
        Ok(app) => app.run(relief_desktop::on_run_event),
        Err(e) => {
            eprintln!("relief: the window could not start: {e}");
            std::process::exit(1);
        }
    }
}
