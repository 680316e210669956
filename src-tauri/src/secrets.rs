//! "Remember on this computer" (`docs/protect.md`): the passphrase of the person's journal kept
//! in the system keyring (the Secret Service: GNOME Keyring, KWallet), under the journal's
//! path, only when the person asks for it. At start the app opens a protected journal with a
//! remembered passphrase instead of asking.

use std::path::Path;

use relief::store::protect::Passphrase;

const SERVICE: &str = "Relief journal";

fn entry(journal: &Path) -> Option<keyring::Entry> {
    keyring::Entry::new(SERVICE, &journal.display().to_string()).ok()
}

/// The passphrase remembered for `journal`, if there is one and a keyring to ask.
pub fn remembered(journal: &Path) -> Option<Passphrase> {
    let text = entry(journal)?.get_password().ok()?;
    Passphrase::given(text).ok()
}

/// Remembers `passphrase` for `journal`; the keyring's refusal, in its words, if it refuses.
pub fn remember(journal: &Path, passphrase: &Passphrase) -> Result<(), String> {
    let entry = entry(journal).ok_or_else(|| "no keyring".to_owned())?;
    entry
        .set_password(passphrase.reveal())
        .map_err(|e| e.to_string())
}

/// Forgets what was remembered for `journal` (nothing remembered is fine).
pub fn forget(journal: &Path) {
    if let Some(entry) = entry(journal) {
        let _ = entry.delete_credential();
    }
}
