//! Errors of the core. Each says what was wrong in words a person can act on; the CLI prints the
//! message as its one line, and the desktop shell maps each variant to a small stable kind.

use std::path::PathBuf;

use crate::i18n::{Messages, Said};
use crate::model::{CatalogueKind, ValueError};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Each variant is said through `relief.ftl` ([`Error::said`]); its `Display` is the English.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The journal's schema is newer than this build understands. The file is left untouched.
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// A protected journal opened without its passphrase. The file is left untouched.
    Locked {
        path: PathBuf,
    },

    /// A protected journal (or backup) opened with another passphrase than its own.
    WrongPassphrase {
        path: PathBuf,
    },

    /// Protecting, unprotecting or changing the passphrase needs the journal open nowhere else.
    InUse {
        path: PathBuf,
    },

    /// The file was replaced since the journal was opened (protected or restored elsewhere):
    /// writing on would go into the old one.
    Replaced {
        path: PathBuf,
    },

    /// The file exists but is not a Relief journal. The file is left untouched.
    NotAJournal {
        path: PathBuf,
        reason: Said,
    },

    /// SQLite reports the file as damaged.
    Damaged {
        path: PathBuf,
        detail: String,
    },

    /// A value that breaks a rule, named by the field it came from.
    Invalid {
        field: String,
        #[source]
        source: ValueError,
    },

    EntryNotFound(String),

    NoFollowUp {
        entry: String,
        remedy: String,
    },

    AmbiguousId {
        prefix: String,
        count: usize,
    },

    /// A remedy or cause key that is not in the catalogue. Never silently created: a typo must
    /// not become a new remedy.
    UnknownItem {
        kind: CatalogueKind,
        key: String,
        known: String,
    },

    ArchivedItem {
        kind: CatalogueKind,
        key: String,
    },

    DuplicateItem {
        kind: CatalogueKind,
        label: String,
        key: String,
    },

    NothingToUndo,

    ExperimentRunning {
        remedy: String,
        comparator: String,
    },

    NoExperiment,

    NothingToSkip,

    /// Import refused; nothing was written. `location` is `line 12` (CSV) or `entries[3]` (JSON).
    Import {
        location: Said,
        message: Said,
    },

    /// A file Relief was asked to write that it must not: the journal, its backups, a device.
    Output {
        path: PathBuf,
        reason: Said,
    },

    /// Replacing this file needs the person's say-so (a read-only file, a symbolic link).
    NeedsConfirmation {
        path: PathBuf,
        reason: Said,
    },

    /// The journal cannot be written: its file, folder or disk is read-only. Reading works.
    ReadOnly {
        path: PathBuf,
        reason: Said,
    },

    /// Reading or writing the journal failed at the disk: full, failing, or not allowed.
    Disk {
        path: PathBuf,
        reason: Said,
    },

    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// Something inside Relief failed (drawing a chart, writing the PDF): neither the person's
    /// input nor damage to the journal.
    Internal {
        what: &'static str,
        detail: String,
    },

    /// One sync round would delete more than half of the journal's check-ins: it was not
    /// applied; the person says whether it should be (`--yes`, or the app's question).
    SyncDeletesMost {
        deleted: u64,
        total: u64,
    },

    /// The sync folder cannot be used as it is (missing, read-only, another journal's, a
    /// newer Relief's, a wrong passphrase). The journal is left as it was.
    SyncFolder {
        path: PathBuf,
        reason: Said,
    },

    /// Sync was asked of a journal that does not sync.
    SyncNotSetUp,

    Sqlite(#[from] rusqlite::Error),

    Migration(#[from] rusqlite_migration::Error),
}

impl std::fmt::Display for Error {
    /// The error in English, from the same message as every other language: `relief.ftl` is
    /// the one place its words are written.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        thread_local! {
            static ENGLISH: Messages = Messages::english();
        }
        ENGLISH.with(|en| f.write_str(&self.said_in(en)))
    }
}

impl Error {
    pub fn invalid(field: impl Into<String>, source: ValueError) -> Self {
        Error::Invalid {
            field: field.into(),
            source,
        }
    }

    /// An import refused at `location` (`line 12`, `entries[3]`) for `message`: words of
    /// Relief's own ([`Said`]), or text from elsewhere (a CSV parser's) kept as it is.
    pub fn import(location: impl Into<Said>, message: impl Into<Said>) -> Self {
        Error::Import {
            location: location.into(),
            message: message.into(),
        }
    }

    /// Says an SQLite failure of work on the journal at `path` in words about that file: which
    /// file, and what failed (the disk is full, the disk failed, it is read-only). Both fronts
    /// (the CLI and the app) pass every error of a journal operation through here.
    pub fn in_journal(self, path: &std::path::Path) -> Self {
        use rusqlite::ErrorCode;
        let Error::Sqlite(e) = self else {
            return self;
        };
        let disk = |reason: Said| Error::Disk {
            path: path.to_path_buf(),
            reason,
        };
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => disk(Said::new("disk-full")),
            Some(ErrorCode::SystemIoFailure) => {
                disk(Said::new("disk-failed").with("detail", e.to_string()))
            }
            Some(ErrorCode::ReadOnly) => Error::ReadOnly {
                path: path.to_path_buf(),
                reason: Said::new("reason-write-refused"),
            },
            Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => {
                disk(Said::new("disk-cannot-open").with("detail", e.to_string()))
            }
            _ => Error::Sqlite(e),
        }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// The error in `m`'s language (`docs/languages.md`); in English it is its `Display`.
    pub fn said_in(&self, m: &Messages) -> String {
        self.said().in_(m)
    }

    /// The error as words to say in any language. What comes from outside Relief — SQLite's
    /// words, the system's for a file — is quoted as it is.
    pub fn said(&self) -> Said {
        let path = |p: &std::path::Path| p.display().to_string();
        let with_path = |id: &'static str, p: &std::path::Path| Said::new(id).with("path", path(p));
        match self {
            Error::TooNew {
                path: p,
                found,
                supported,
            } => with_path("error-too-new", p)
                .with("found", *found)
                .with("supported", *supported),
            Error::Locked { path: p } => with_path("error-locked", p),
            Error::WrongPassphrase { path: p } => with_path("error-wrong-passphrase", p),
            Error::InUse { path: p } => with_path("error-in-use", p),
            Error::Replaced { path: p } => with_path("error-replaced", p),
            Error::NotAJournal { path: p, reason } => {
                with_path("error-not-a-journal", p).with("reason", reason.clone())
            }
            Error::Damaged { path: p, detail } => {
                with_path("error-damaged", p).with("detail", detail)
            }
            Error::Invalid { field, source } => Said::new("error-invalid")
                .with("field", field)
                .with("rule", source.0.clone()),
            Error::EntryNotFound(id) => Said::new("error-entry-not-found").with("id", id),
            Error::NoFollowUp { entry, remedy } => Said::new("error-no-follow-up")
                .with("entry", entry)
                .with("remedy", remedy),
            Error::AmbiguousId { prefix, count } => Said::new("error-ambiguous-id")
                .with("prefix", prefix)
                .with("count", *count),
            Error::UnknownItem { kind, key, known } => Said::new("error-unknown-item")
                .with("kind", kind.name())
                .with("key", key)
                .with("known", known),
            Error::ArchivedItem { kind, key } => Said::new("error-archived-item")
                .with("kind", kind.name())
                .with("key", key),
            Error::DuplicateItem { kind, label, key } => Said::new("error-duplicate-item")
                .with("kind", kind.name())
                .with("label", label)
                .with("key", key),
            Error::NothingToUndo => Said::new("error-nothing-to-undo"),
            Error::ExperimentRunning { remedy, comparator } => {
                Said::new("error-experiment-running")
                    .with("remedy", remedy)
                    .with("comparator", comparator)
            }
            Error::NoExperiment => Said::new("error-no-experiment"),
            Error::NothingToSkip => Said::new("error-nothing-to-skip"),
            Error::Import { location, message } => Said::new("error-import")
                .with("location", location.clone())
                .with("message", message.clone()),
            Error::Output { path: p, reason } => {
                with_path("error-output", p).with("reason", reason.clone())
            }
            Error::NeedsConfirmation { path: p, reason } => {
                with_path("error-needs-confirmation", p).with("reason", reason.clone())
            }
            Error::ReadOnly { path: p, reason } => {
                with_path("error-read-only", p).with("reason", reason.clone())
            }
            Error::Disk { path: p, reason } => {
                with_path("error-disk", p).with("reason", reason.clone())
            }
            Error::Io { path: p, source } => {
                with_path("error-io", p).with("detail", source.to_string())
            }
            Error::Internal { what, detail } => Said::new("error-internal")
                .with("what", *what)
                .with("detail", detail),
            Error::SyncDeletesMost { deleted, total } => Said::new("error-sync-deletes-most")
                .with("deleted", *deleted)
                .with("total", *total),
            Error::SyncFolder { path: p, reason } => {
                with_path("error-sync-folder", p).with("reason", reason.clone())
            }
            Error::SyncNotSetUp => Said::new("error-sync-not-set-up"),
            Error::Sqlite(e) => Said::new("error-database").with("detail", e.to_string()),
            Error::Migration(e) => Said::new("error-upgrade").with("detail", e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every error Relief words itself, once with each field filled.
    fn all() -> Vec<Error> {
        let path = || PathBuf::from("/tmp/journal.db");
        let text = |t: &str| t.to_owned();
        vec![
            Error::TooNew {
                path: path(),
                found: 9,
                supported: 6,
            },
            Error::NotAJournal {
                path: path(),
                reason: "not a database".into(),
            },
            Error::Locked { path: path() },
            Error::WrongPassphrase { path: path() },
            Error::InUse { path: path() },
            Error::Replaced { path: path() },
            Error::Damaged {
                path: path(),
                detail: text("malformed"),
            },
            Error::EntryNotFound(text("3f2a")),
            Error::NoFollowUp {
                entry: text("3f2a"),
                remedy: text("heat"),
            },
            Error::AmbiguousId {
                prefix: text("3f"),
                count: 2,
            },
            Error::UnknownItem {
                kind: CatalogueKind::Remedy,
                key: text("yoga"),
                known: text("heat"),
            },
            Error::ArchivedItem {
                kind: CatalogueKind::Cause,
                key: text("posture"),
            },
            Error::DuplicateItem {
                kind: CatalogueKind::Remedy,
                label: text("Heat"),
                key: text("heat"),
            },
            Error::NothingToUndo,
            Error::ExperimentRunning {
                remedy: text("heat"),
                comparator: text("rest"),
            },
            Error::NoExperiment,
            Error::NothingToSkip,
            Error::import("line 12", "a rating of 11"),
            Error::Output {
                path: path(),
                reason: "is the journal".into(),
            },
            Error::NeedsConfirmation {
                path: path(),
                reason: "is read-only".into(),
            },
            Error::ReadOnly {
                path: path(),
                reason: "the disk is read-only".into(),
            },
            Error::Internal {
                what: "drawing a chart",
                detail: text("no font"),
            },
            Error::invalid(
                "rating",
                crate::model::ValueError::new("rule-rating").with("got", 11),
            ),
            Error::Disk {
                path: path(),
                reason: Said::new("disk-full"),
            },
            Error::Output {
                path: path(),
                reason: Said::new("reason-not-regular").with("kind", Said::new("file-kind-folder")),
            },
        ]
    }

    #[test]
    fn in_english_an_error_says_what_it_displays_and_other_languages_say_it_their_way() {
        let en = Messages::english();
        for e in all() {
            let shown = e.to_string();
            assert_eq!(e.said_in(&en), shown);
            assert!(
                !shown.contains("error-") && !shown.contains("rule-"),
                "{shown}"
            );
        }
        // The English is written once, in relief.ftl: what a person reads on the terminal.
        let shown: Vec<String> = all().iter().map(ToString::to_string).collect();
        assert!(shown.contains(&"nothing to undo: no entry has been deleted".to_owned()));
        assert!(shown.contains(&"/tmp/journal.db: wrong passphrase; the journal was not opened — the file was not changed".to_owned()), "{shown:?}");
        for lang in [Lang::De, Lang::Es, Lang::Fr] {
            let m = Messages::new(lang);
            for e in all() {
                let said = e.said_in(&m);
                assert_ne!(said, e.to_string(), "{lang:?}: {said}");
                assert!(!said.starts_with("error-"), "{lang:?}: {said}");
            }
        }
        // What an error quotes of Relief's own is said in the language too.
        let de = Messages::new(Lang::De);
        let said: Vec<String> = all().iter().map(|e| e.said_in(&de)).collect();
        assert!(said
            .contains(&"rating: muss eine ganze Zahl von 0 bis 10 sein, erhalten: 11".to_owned()));
        assert!(said.contains(&"/tmp/journal.db: Relief schreibt diese Datei nicht: sie ist ein Ordner; Relief schreibt nur gewöhnliche Dateien".to_owned()), "{said:?}");
    }
}
