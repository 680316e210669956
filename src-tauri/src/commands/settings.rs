//! Journal settings and which journal is open.

use relief::input::SettingsInput;
use relief::model::Settings;
use relief::store::protect::Passphrase;
use tauri::State;

use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::state::{AppState, JournalInfo};

#[tauri::command]
#[specta::specta]
pub fn settings(state: State<'_, AppState>) -> IpcResult<Settings> {
    state.with(|j| j.settings())
}

/// Today's journal day (before the day-start hour it is still yesterday's): what "the last N
/// days" count back from, as the CLI counts them.
#[tauri::command]
#[specta::specta]
pub fn journal_today(state: State<'_, AppState>) -> IpcResult<chrono::NaiveDate> {
    state.with(|j| j.today())
}

/// Replaces every setting at once (theme, reminders, day-start hour, follow-up delay).
#[tauri::command]
#[specta::specta]
pub fn save_settings(state: State<'_, AppState>, settings: SettingsInput) -> IpcResult<Settings> {
    state.with(|j| j.save_settings(&settings.to_settings()?))
}

/// The language the app speaks now, for the window's own words.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct Language {
    /// Chosen in Settings, or the system's.
    pub lang: relief::i18n::Lang,
    /// The system's language, which "as the system" in Settings follows.
    pub system: relief::i18n::Lang,
    /// Every message in the pseudo-language (`RELIEF_PSEUDO_LOCALE`; `docs/languages.md`).
    pub pseudo: bool,
    /// The locale dates and numbers are written by: the system's region when it speaks `lang`
    /// (`en-GB`), else the language (`de`).
    pub locale: String,
}

#[tauri::command]
#[specta::specta]
pub fn language(state: State<'_, AppState>) -> Language {
    let lang = state.messages().lang();
    Language {
        lang,
        system: relief::system::messages_lang(),
        pseudo: relief::system::pseudo_locale(),
        locale: relief::i18n::locale_tag(lang, &relief::system::messages_locale()),
    }
}

#[tauri::command]
#[specta::specta]
pub fn journal_info(state: State<'_, AppState>) -> IpcResult<JournalInfo> {
    state.info()
}

/// Shows the separate sample journal (`sample: true`) or the person's own.
#[tauri::command]
#[specta::specta]
pub fn use_sample_journal(state: State<'_, AppState>, sample: bool) -> IpcResult<JournalInfo> {
    state.switch(sample)
}

/// The automatic daily backups of the journal, newest first.
#[tauri::command]
#[specta::specta]
pub fn list_backups(state: State<'_, AppState>) -> IpcResult<Vec<relief::store::backups::Backup>> {
    state.backups()
}

/// Replaces the journal with the named backup; the current one is kept as a backup first.
#[tauri::command]
#[specta::specta]
pub fn restore_backup(state: State<'_, AppState>, file_name: String) -> IpcResult<JournalInfo> {
    state.restore(&file_name)
}

/// Whether Relief starts at login, in the tray.
#[tauri::command]
#[specta::specta]
pub fn autostart() -> bool {
    crate::autostart::folder().is_some_and(|f| crate::autostart::enabled_in(&f))
}

/// Starts Relief at login, in the tray (or no longer); returns whether it now does.
#[tauri::command]
#[specta::specta]
pub fn set_autostart(state: State<'_, AppState>, enabled: bool) -> IpcResult<bool> {
    let folder = crate::autostart::folder()
        .ok_or_else(|| state.refusal(ErrorKind::Unavailable, "app-no-home-folder", &[]))?;
    let program = std::env::current_exe().map_err(|e| {
        state.refusal(
            ErrorKind::Io,
            "app-no-program",
            &[("detail", &e.to_string())],
        )
    })?;
    crate::autostart::set_in(&folder, &program, &state.own_path, enabled)
        .map_err(|e| state.said(e))?;
    Ok(crate::autostart::enabled_in(&folder))
}

/// Opens the person's protected journal with its passphrase.
#[tauri::command]
#[specta::specta]
pub fn unlock(
    state: State<'_, AppState>,
    passphrase: String,
    remember: bool,
) -> IpcResult<JournalInfo> {
    let m = relief::system::messages();
    let key = Passphrase::given(passphrase)
        .map_err(|e| IpcError::said(relief::Error::invalid("passphrase", e), &m))?;
    state.unlock(key, remember)
}

/// Remembers the journal's passphrase in this computer's keyring (Secret Service), or forgets
/// it there. Off unless asked for.
#[tauri::command]
#[specta::specta]
pub fn remember_passphrase(state: State<'_, AppState>, remember: bool) -> IpcResult<JournalInfo> {
    state.remember(remember)
}

/// Protects the journal and its backups with a new passphrase (or changes it); `null` makes
/// them plain again. Refused on the sample journal.
#[tauri::command]
#[specta::specta]
pub fn set_protection(
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> IpcResult<JournalInfo> {
    let key = passphrase
        .map(Passphrase::new_one)
        .transpose()
        .map_err(|e| state.said(relief::Error::invalid("passphrase", e)))?;
    state.set_protection(key)
}
