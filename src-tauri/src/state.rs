//! The one open journal, in managed state. The person's own journal, or — for a first look —
//! a separate sample journal that is never mixed into theirs.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use relief::store::protect::Passphrase;
use relief::Journal;
use serde::Serialize;

use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::hooks::TestHooks;

pub struct Current {
    pub journal: Journal,
    pub sample: bool,
}

pub struct AppState {
    pub own_path: PathBuf,
    pub sample_path: PathBuf,
    current: Mutex<Option<Current>>,
    /// Why the journal could not be opened at launch, if it could not.
    open_error: Mutex<Option<IpcError>>,
    /// The passphrase of the person's journal, once unlocked (held in memory while the app
    /// runs; wiped when it is dropped).
    key: Mutex<Option<Passphrase>>,
    /// Whether that passphrase is remembered in the system keyring.
    remembered: Mutex<bool>,
    /// Test hooks; none outside the end-to-end tests.
    pub hooks: TestHooks,
    /// The sync thread's nudge and its last round (`crate::syncing`).
    pub syncing: crate::syncing::Syncing,
}

/// Where the app's data is and which journal is shown.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct JournalInfo {
    pub path: String,
    pub own_path: String,
    pub sample: bool,
    pub entries: u32,
    /// The journal shown is protected by a passphrase.
    pub protected: bool,
    /// Its passphrase is remembered in this computer's keyring.
    pub remembered: bool,
    /// Set when the journal could not be opened; the UI shows it instead of the views.
    pub error: Option<IpcError>,
}

impl AppState {
    /// `RELIEF_DB`, else the default journal (`<data dir>/relief/journal.db`).
    pub fn default_path() -> PathBuf {
        Journal::chosen_path()
    }

    /// Opens the journal at `own_path`. A refusal is kept, not fatal: the window opens and says
    /// what is wrong.
    pub fn open(own_path: PathBuf) -> AppState {
        let sample_path = own_path.with_file_name(relief::sample::FILE_NAME);
        // A protected journal opens with a passphrase remembered on this computer, if any.
        let mut key = None;
        let opened = match Journal::open(&own_path) {
            Err(relief::Error::Locked { .. }) => match crate::secrets::remembered(&own_path) {
                Some(k) => {
                    let opened = Journal::open_with(&own_path, Some(&k));
                    key = opened.is_ok().then_some(k);
                    opened
                }
                None => Err(relief::Error::Locked {
                    path: own_path.clone(),
                }),
            },
            other => other,
        };
        let (current, open_error) = match opened {
            Ok(journal) => {
                journal.back_up_today();
                (
                    Some(Current {
                        journal,
                        sample: false,
                    }),
                    None,
                )
            }
            // No journal to ask for its language: the system's.
            Err(e) => (None, Some(IpcError::said(e, &relief::system::messages()))),
        };
        AppState {
            own_path,
            sample_path,
            current: Mutex::new(current),
            open_error: Mutex::new(open_error),
            remembered: Mutex::new(key.is_some()),
            key: Mutex::new(key),
            hooks: TestHooks::default(),
            syncing: crate::syncing::Syncing::default(),
        }
    }

    /// The same state with test hooks (the end-to-end build's, or a test's own).
    pub fn with_hooks(self, hooks: TestHooks) -> AppState {
        AppState { hooks, ..self }
    }

    fn lock(&self) -> IpcResult<MutexGuard<'_, Option<Current>>> {
        self.current
            .lock()
            .map_err(|_| IpcError::new(ErrorKind::Internal, "the journal lock was poisoned"))
    }

    /// Runs `f` with the open journal.
    pub fn with<T>(&self, f: impl FnOnce(&mut Journal) -> relief::Result<T>) -> IpcResult<T> {
        let mut guard = self.lock()?;
        match guard.as_mut() {
            Some(current) => {
                let result = f(&mut current.journal);
                result.map_err(|e| {
                    // Said in the journal's language (the app's), as the window speaks.
                    let chosen = current.journal.settings().ok().and_then(|s| s.language);
                    let m = relief::system::messages_for(chosen);
                    IpcError::said(e.in_journal(current.journal.path()), &m)
                })
            }
            None => Err(self.unavailable()),
        }
    }

    /// Runs `f` with the person's own journal; `None` while the sample journal is shown (it
    /// never syncs) or no journal is open.
    pub fn with_own<T>(
        &self,
        f: impl FnOnce(&mut Journal) -> relief::Result<T>,
    ) -> IpcResult<Option<T>> {
        let own = self.lock()?.as_ref().is_some_and(|c| !c.sample);
        if !own {
            return Ok(None);
        }
        self.with(f).map(Some)
    }

    /// The messages in the app's language: the journal's choice in Settings, else the
    /// system's; the pseudo-language whenever `RELIEF_PSEUDO_LOCALE` asks for it.
    pub fn messages(&self) -> relief::i18n::Messages {
        let chosen = self.with(|j| j.settings()).ok().and_then(|s| s.language);
        relief::system::messages_for(chosen)
    }

    /// The core's error said in the app's language (what [`AppState::with`] does for the
    /// journal's own operations).
    pub fn said(&self, e: relief::Error) -> IpcError {
        IpcError::said(e, &self.messages())
    }

    /// A refusal in the app's own words and language: the message `id` with `args`.
    pub fn refusal(&self, kind: ErrorKind, id: &str, args: &[(&str, &str)]) -> IpcError {
        let args: Vec<_> = args
            .iter()
            .map(|(name, value)| (*name, relief::i18n::Value::Text(value)))
            .collect();
        IpcError::new(kind, self.messages().get(id, &args))
    }

    fn unavailable(&self) -> IpcError {
        let why = self.open_error.lock().ok().and_then(|e| e.clone());
        // No journal to ask for its language: the system's.
        why.unwrap_or_else(|| {
            let m = relief::system::messages();
            IpcError::new(ErrorKind::Unavailable, m.get("app-no-journal", &[]))
        })
    }

    pub fn info(&self) -> IpcResult<JournalInfo> {
        // Before the lock: the messages read the journal's settings through it.
        let m = self.messages();
        let guard = self.lock()?;
        let error = self.open_error.lock().ok().and_then(|e| e.clone());
        let (path, sample, entries, protected) = match guard.as_ref() {
            Some(c) => (
                c.journal.path().display().to_string(),
                c.sample,
                u32::try_from(
                    c.journal
                        .count_entries()
                        .map_err(|e| IpcError::said(e, &m))?,
                )
                .unwrap_or(u32::MAX),
                c.journal.is_protected(),
            ),
            None => (self.own_path.display().to_string(), false, 0, false),
        };
        Ok(JournalInfo {
            path,
            own_path: self.own_path.display().to_string(),
            sample,
            entries,
            protected,
            remembered: protected && self.remembered.lock().is_ok_and(|r| *r),
            error,
        })
    }

    /// The automatic backups of the person's own journal, newest first.
    pub fn backups(&self) -> IpcResult<Vec<relief::store::backups::Backup>> {
        relief::store::backups::list(&self.own_path).map_err(|e| self.said(e))
    }

    /// Replaces the person's journal with one of its backups (named by file name only: the
    /// window never names a path), keeping the current one as a backup, and reopens it.
    pub fn restore(&self, file_name: &str) -> IpcResult<JournalInfo> {
        let m = self.messages();
        let chosen = self
            .backups()?
            .into_iter()
            .find(|b| b.file_name == file_name)
            .ok_or_else(|| {
                self.refusal(ErrorKind::NotFound, "app-no-backup", &[("name", file_name)])
            })?;
        {
            let mut guard = self.lock()?;
            // Close the journal before its file is replaced.
            *guard = None;
            let key = self.own_key();
            let restored = relief::store::backups::restore(
                &self.own_path,
                std::path::Path::new(&chosen.path),
                relief::system::now(),
                key.as_ref(),
            )
            .and_then(|_| Journal::open_with(&self.own_path, key.as_ref()));
            match restored {
                Ok(journal) => {
                    *guard = Some(Current {
                        journal,
                        sample: false,
                    });
                    if let Ok(mut e) = self.open_error.lock() {
                        *e = None;
                    }
                }
                Err(e) => {
                    // Put back whatever can be opened, and say what went wrong.
                    *guard = Journal::open_with(&self.own_path, key.as_ref())
                        .ok()
                        .map(|journal| Current {
                            journal,
                            sample: false,
                        });
                    return Err(IpcError::said(e, &m));
                }
            }
        }
        self.info()
    }

    /// Switches to the sample journal (creating it with half a year of made-up history) or back
    /// to the person's own.
    pub fn switch(&self, sample: bool) -> IpcResult<JournalInfo> {
        let m = self.messages();
        {
            let mut guard = self.lock()?;
            let path = if sample {
                &self.sample_path
            } else {
                &self.own_path
            };
            let key = if sample { None } else { self.own_key() };
            let mut journal =
                Journal::open_with(path, key.as_ref()).map_err(|e| IpcError::said(e, &m))?;
            if sample && journal.count_entries().map_err(|e| IpcError::said(e, &m))? == 0 {
                let spec = relief::sample::first_look(journal.now().date_naive());
                let data = relief::sample::generate(&spec).map_err(|e| IpcError::said(e, &m))?;
                journal.import(&data).map_err(|e| IpcError::said(e, &m))?;
            }
            *guard = Some(Current { journal, sample });
            if let Ok(mut e) = self.open_error.lock() {
                if !sample {
                    *e = None;
                }
            }
        }
        self.info()
    }

    fn own_key(&self) -> Option<Passphrase> {
        self.key.lock().ok().and_then(|k| k.clone())
    }

    /// Opens the person's protected journal with `passphrase` (`docs/protect.md`). A wrong one
    /// is refused ([`ErrorKind::WrongPassphrase`]) and nothing changes.
    pub fn unlock(&self, passphrase: Passphrase, remember: bool) -> IpcResult<JournalInfo> {
        let m = relief::system::messages();
        {
            let mut guard = self.lock()?;
            let journal = Journal::open_with(&self.own_path, Some(&passphrase))
                .map_err(|e| IpcError::said(e, &m))?;
            journal.back_up_today();
            *guard = Some(Current {
                journal,
                sample: false,
            });
            if let Ok(mut k) = self.key.lock() {
                *k = Some(passphrase);
            }
            if let Ok(mut e) = self.open_error.lock() {
                *e = None;
            }
        }
        self.remember(remember)?;
        self.info()
    }

    /// Remembers the journal's passphrase in the system keyring, or forgets it there.
    pub fn remember(&self, remember: bool) -> IpcResult<JournalInfo> {
        let key = self.own_key();
        let remembered = match (&key, remember) {
            (Some(k), true) => {
                crate::secrets::remember(&self.own_path, k).map_err(|detail| {
                    self.refusal(
                        ErrorKind::Unavailable,
                        "app-no-keyring",
                        &[("detail", &detail)],
                    )
                })?;
                true
            }
            _ => {
                crate::secrets::forget(&self.own_path);
                false
            }
        };
        if let Ok(mut r) = self.remembered.lock() {
            *r = remembered;
        }
        self.info()
    }

    /// Protects the person's journal and its backups with `passphrase` (or changes it); with
    /// `None`, makes them plain again.
    pub fn set_protection(&self, passphrase: Option<Passphrase>) -> IpcResult<JournalInfo> {
        if self.info()?.sample {
            return Err(self.refusal(ErrorKind::Conflict, "app-sample-not-protected", &[]));
        }
        self.with(|j| match &passphrase {
            Some(p) => j.protect(p),
            None => j.unprotect(),
        })?;
        let was_remembered = self.remembered.lock().is_ok_and(|r| *r);
        if let Ok(mut k) = self.key.lock() {
            *k = passphrase;
        }
        // A remembered passphrase follows a change; removing the protection forgets it.
        self.remember(was_remembered)
    }
}
