//! `relief-tray`: Relief in the tray while no window is open. It gives the reminders and the
//! "How sore now?" questions as desktop notifications — the same ones, by the same rules, as
//! the app ([`relief_alerts`]) — and starts the app (`relief-desktop`, beside it) when the
//! person opens Relief, the quick check-in or a notification. It loads no web engine, so it
//! weighs a fraction of the app. The app starts it when its last window closes, and becomes it
//! when started at login; it ends as soon as the app runs again (`docs/reminders.md`). While
//! it runs it keeps a syncing journal in sync, a round a minute (`docs/sync.md`).
//!
//! `relief-tray [--taking-over MILLISECONDS]`: questions due by that time (milliseconds since
//! 1970: the last look of the app handing over) were given by the app.

use std::cell::RefCell;
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::rc::Rc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use gtk::glib;
use relief_alerts::{Alert, Giver, Watch, LOOK_EVERY};
use relief_store::Journal;
use relief_words::Messages;
use tray_icon::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

/// GTK's GL switch.
const GDK_GL: &str = "GDK_GL";

/// Whether this tray set `GDK_GL` itself (and so keeps it from the app).
static OWN_GDK_GL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The app handing over lets go of its turn right after starting this; it gets this long.
const HANDOVER_WAIT: Duration = Duration::from_secs(10);

/// After starting the app, how long to wait for it to take its turn before going on alone.
const APP_START_WAIT: Duration = Duration::from_secs(30);

fn main() -> ExitCode {
    let taking_over = taking_over(std::env::args().skip(1));
    let path = Journal::chosen_path();
    // One tray per journal: a second one has nothing to do.
    let _turn = match Giver::Tray.try_take(&path) {
        Ok(Some(turn)) => turn,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("relief-tray: cannot tell whether a tray already runs: {e}");
            return ExitCode::FAILURE;
        }
    };
    if taking_over.is_some() {
        let until = Instant::now() + HANDOVER_WAIT;
        while Giver::App.running(&path) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    if Giver::App.running(&path) {
        return ExitCode::SUCCESS; // the app gives the reminders
    }
    // A tray draws no GL: without this, GTK loads the GL driver (with LLVM, tens of MB) just to
    // probe it. Set for this process only; the app it starts gets the environment as it was.
    if relief_model::system::var(GDK_GL).is_none() {
        std::env::set_var(GDK_GL, "disable");
        OWN_GDK_GL.store(true, std::sync::atomic::Ordering::SeqCst);
    }
    if let Err(e) = gtk::init() {
        eprintln!("relief-tray: no desktop to show a tray on: {e}");
        return ExitCode::FAILURE;
    }
    // The menu in the journal's language (read once; notifications read it each time).
    let language = Journal::open(&path)
        .and_then(|j| j.settings())
        .map(|s| s.language)
        .unwrap_or_default();
    // Kept alive for as long as the loop runs: dropping it removes the icon.
    let _icon = tray_icon(&relief_model::system::messages_for(language))
        .map_err(|e| eprintln!("relief-tray: no tray icon: {e}"));
    let giving = Rc::new(RefCell::new(Giving {
        path,
        journal: None,
        watch: taking_over.map(Watch::taking_over).unwrap_or_default(),
        synced: None,
    }));
    let first = Rc::clone(&giving);
    glib::idle_add_local_once(move || {
        first.borrow_mut().look();
    });
    glib::timeout_add_local(LOOK_EVERY, move || giving.borrow_mut().look());
    gtk::main();
    ExitCode::SUCCESS
}

/// The time after `--taking-over`, if given.
fn taking_over(mut args: impl Iterator<Item = String>) -> Option<DateTime<Utc>> {
    while let Some(arg) = args.next() {
        if arg == "--taking-over" {
            let millis = args.next()?.parse().ok()?;
            return DateTime::from_timestamp_millis(millis);
        }
    }
    None
}

/// How often the tray runs a sync round while nothing changes here.
const SYNC_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// The journal being watched.
struct Giving {
    path: PathBuf,
    /// Opened at the first look that can (a journal being restored or replaced may refuse for
    /// a moment).
    journal: Option<Journal>,
    watch: Watch,
    /// When the tray last ran a sync round (`docs/sync.md`), if it did.
    synced: Option<std::time::Instant>,
}

impl Giving {
    /// Gives what is due now, or ends the tray if the app runs again.
    fn look(&mut self) -> glib::ControlFlow {
        if Giver::App.running(&self.path) {
            gtk::main_quit();
            return glib::ControlFlow::Break;
        }
        if self.journal.is_none() {
            self.journal = match Journal::open(&self.path) {
                Ok(journal) => Some(journal),
                // Locked: its reminders and questions are inside it; none until it is opened
                // in the app (docs/protect.md).
                Err(relief_model::Error::Locked { .. }) => None,
                Err(e) => {
                    eprintln!("relief-tray: {e}");
                    None
                }
            };
        }
        if let Some(journal) = self.journal.as_mut() {
            // While no window is open the tray keeps the journal in sync: a round every minute,
            // and at once when a change here waits to go out.
            let due = self.synced.is_none_or(|t| t.elapsed() >= SYNC_EVERY)
                || journal.sync_waiting().unwrap_or(false);
            if due && journal.sync_config().ok().flatten().is_some() {
                self.synced = Some(std::time::Instant::now());
                if let Err(e) = relief_sync::round(journal, &relief_sync::Options::default()) {
                    eprintln!("relief-tray: sync: {e}");
                }
            }
            match self.watch.look(journal, relief_model::system::now_utc()) {
                Ok(due) if due.is_empty() => {}
                Ok(due) => {
                    let language = journal.settings().map(|s| s.language).unwrap_or_default();
                    let m = relief_model::system::messages_for(language);
                    due.iter().for_each(|alert| notify(alert, &m));
                }
                Err(e) => {
                    eprintln!("relief-tray: {e}");
                    self.journal = None; // opened again at the next look
                }
            }
        }
        glib::ControlFlow::Continue
    }
}

/// The tray icon with its menu: quick check-in, open Relief, quit.
fn tray_icon(m: &Messages) -> Result<TrayIcon, Box<dyn std::error::Error>> {
    let quick = MenuItem::with_id("quick", m.get("tray-quick", &[]), true, None);
    let open = MenuItem::with_id("open", m.get("tray-open", &[]), true, None);
    let quit = MenuItem::with_id("quit", m.get("tray-quit", &[]), true, None);
    let menu = Menu::with_items(&[&quick, &open, &PredefinedMenuItem::separator(), &quit])?;
    MenuEvent::set_event_handler(Some(|event: MenuEvent| match event.id().as_ref() {
        "quick" => launch(&["--hidden", "--quick"]),
        "open" => launch(&[]),
        "quit" => glib::MainContext::default().invoke(gtk::main_quit),
        _ => {}
    }));
    Ok(TrayIconBuilder::new()
        .with_tooltip("Relief")
        .with_menu(Box::new(menu))
        .with_icon(icon()?)
        .build()?)
}

/// Relief's icon, as the app's tray shows it.
fn icon() -> Result<Icon, Box<dyn std::error::Error>> {
    let decoder = png::Decoder::new(std::io::Cursor::new(include_bytes!(
        "../../src-tauri/icons/128x128.png"
    )));
    let mut reader = decoder.read_info()?;
    let mut rgba = vec![0; reader.output_buffer_size().ok_or("the icon is too large")?];
    let frame = reader.next_frame(&mut rgba)?;
    if frame.color_type != png::ColorType::Rgba || frame.bit_depth != png::BitDepth::Eight {
        return Err("the icon is not 8-bit RGBA".into());
    }
    rgba.truncate(frame.buffer_size());
    Ok(Icon::from_rgba(rgba, frame.width, frame.height)?)
}

/// Shows a notification; a click on it opens Relief.
fn notify(alert: &Alert, m: &Messages) {
    let mut notification = notify_rust::Notification::new();
    notification
        .appname("Relief")
        .summary(&alert.title(&chrono::Local, m))
        .body(&alert.body(m))
        .icon("relief-desktop") // the icon the .deb installs
        .action("default", &m.get("tray-open", &[]));
    // Waiting for the click blocks until the notification is closed: one short-lived thread each.
    let spawned = std::thread::Builder::new()
        .name("relief-notification".into())
        .spawn(move || match notification.show() {
            Ok(handle) => handle.wait_for_action(|action| {
                if action == "default" {
                    launch(&[]);
                }
            }),
            Err(e) => eprintln!("relief-tray: no desktop notification ({e})"),
        });
    if let Err(e) = spawned {
        eprintln!("relief-tray: no desktop notification: {e}");
    }
}

/// Starts the app with `args`; the tray ends as soon as the app has taken its turn (and goes
/// on alone if it never does).
fn launch(args: &[&str]) {
    let app = std::env::current_exe().map(|exe| exe.with_file_name("relief-desktop"));
    let started = app.and_then(|app| {
        let mut command = Command::new(app);
        if OWN_GDK_GL.load(std::sync::atomic::Ordering::SeqCst) {
            command.env_remove(GDK_GL);
        }
        command
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
    });
    match started {
        Ok(_) => glib::MainContext::default().invoke(wait_for_app),
        Err(e) => eprintln!("relief-tray: Relief could not start: {e}"),
    }
}

/// Ends the tray when the app runs (checked often for a while after starting it).
fn wait_for_app() {
    let until = Instant::now() + APP_START_WAIT;
    let path = Journal::chosen_path();
    glib::timeout_add_local(Duration::from_millis(50), move || {
        if Giver::App.running(&path) {
            gtk::main_quit();
            glib::ControlFlow::Break
        } else if Instant::now() < until {
            glib::ControlFlow::Continue
        } else {
            glib::ControlFlow::Break
        }
    });
}
