// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Started at login into the tray: the light tray program instead of the app, if it is here.
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == relief_desktop::autostart::HIDDEN)
        && !relief_desktop::quick::asked_for(&args)
    {
        relief_desktop::tray::become_tray();
    }
    match relief_desktop::app().build(tauri::generate_context!()) {
        Ok(app) => app.run(relief_desktop::on_run_event),
        Err(e) => {
            eprintln!("relief: the window could not start: {e}");
            std::process::exit(1);
        }
    }
}
