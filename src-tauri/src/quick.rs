//! Quick check-in from anywhere: a small window over whatever the person is doing, opened from
//! the tray menu or by launching `relief-desktop --quick` (which a desktop keyboard shortcut can
//! run; a global shortcut grabbed by the app itself does not work under Wayland).

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

/// The quick window's label (its capability names it).
pub const LABEL: &str = "quick";

/// The tray icon's id.
pub const TRAY: &str = "relief";

/// Whether a command line asks for the quick check-in.
pub fn asked_for(args: &[String]) -> bool {
    args.iter().skip(1).any(|a| a == "--quick")
}

/// Opens the quick check-in window, or brings it forward.
pub fn open<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(LABEL) {
        let _ = window.unminimize();
        let _ = window.set_focus();
        return;
    }
    let title = app
        .state::<crate::state::AppState>()
        .messages()
        .get("quick-window-title", &[]);
    let built = WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("index.html?quick".into()))
        .title(title)
        .inner_size(480.0, 700.0)
        .min_inner_size(380.0, 420.0)
        .always_on_top(true)
        .center()
        .focused(true)
        .build();
    if let Err(e) = built {
        eprintln!("relief: the quick check-in window could not open: {e}");
    }
}

/// Brings the main window forward, making it again if it was closed to the tray (closing it
/// releases its webview, so Relief weighs little while it only gives reminders).
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    let window = match app.get_webview_window(MAIN) {
        Some(window) => window,
        None => match make_main(app) {
            Ok(window) => window,
            Err(e) => {
                eprintln!("relief: the window could not open: {e}");
                return;
            }
        },
    };
    let _ = window.unminimize();
    let _ = window.show();
    let _ = window.set_focus();
}

/// The main window's label, as in `tauri.conf.json`.
pub const MAIN: &str = "main";

/// The main window, made as `tauri.conf.json` describes it.
fn make_main<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<tauri::WebviewWindow<R>> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .cloned()
        .ok_or_else(|| tauri::Error::WindowNotFound)?;
    WebviewWindowBuilder::from_config(app, &config)?.build()
}

/// The tray icon and its menu: quick check-in, open Relief, quit. Desktops without a tray
/// simply show none; Relief works the same without it.
pub fn tray<R: Runtime>(app: &AppHandle<R>) -> bool {
    match build_tray(app) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("relief: no tray icon: {e}");
            false
        }
    }
}

fn build_tray<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let m = app.state::<crate::state::AppState>().messages();
    let item = |id: &str, message: &str| {
        MenuItem::with_id(app, id, m.get(message, &[]), true, None::<&str>)
    };
    let menu = Menu::with_items(
        app,
        &[
            &item("quick", "tray-quick")?,
            &item("open", "tray-open")?,
            &PredefinedMenuItem::separator(app)?,
            &item("quit", "tray-quit")?,
        ],
    )?;
    let mut tray = TrayIconBuilder::with_id(TRAY)
        .tooltip("Relief")
        .menu(&menu)
        .on_menu_event(|app, event| match event.id().as_ref() {
            "quick" => open(app),
            "open" => show_main(app),
            "quit" => app.exit(0),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}
