//! Errors of the core. Each says what was wrong in words a person can act on; the CLI prints the
//! message as its one line, and the desktop shell maps each variant to a small stable kind.

use std::path::PathBuf;

use crate::i18n::{Messages, Value, Value::Text};
use crate::model::{CatalogueKind, ValueError};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The journal's schema is newer than this build understands. The file is left untouched.
    #[error(
        "{}: this journal was written by a newer Relief (schema version {found}; this Relief reads up to {supported}); update Relief to open it — the file was not changed",
        .path.display()
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// The file exists but is not a Relief journal. The file is left untouched.
    #[error("{}: not a Relief journal ({reason}); the file was not changed — if it was your journal, restore it from a backup", .path.display())]
    NotAJournal { path: PathBuf, reason: String },

    /// SQLite reports the file as damaged.
    #[error("{}: the journal file is damaged ({detail}); it was not changed — restore it from a backup", .path.display())]
    Damaged { path: PathBuf, detail: String },

    /// A value that breaks a rule, named by the field it came from.
    #[error("{field}: {source}")]
    Invalid {
        field: String,
        #[source]
        source: ValueError,
    },

    #[error("no entry with id {0}")]
    EntryNotFound(String),

    #[error("no \"How sore now?\" is waiting for {remedy} on entry {entry}")]
    NoFollowUp { entry: String, remedy: String },

    #[error(
        "entry id '{prefix}' is ambiguous: it starts {count} entries' ids; give more characters"
    )]
    AmbiguousId { prefix: String, count: usize },

    /// A remedy or cause key that is not in the catalogue. Never silently created: a typo must
    /// not become a new remedy.
    #[error("unknown {kind} '{key}' (known: {known}); add your own with `relief {kind} add NAME`")]
    UnknownItem {
        kind: CatalogueKind,
        key: String,
        known: String,
    },

    #[error("{kind} '{key}' is archived; unarchive it with `relief {kind} unarchive {key}` to use it again")]
    ArchivedItem { kind: CatalogueKind, key: String },

    #[error("there is already a {kind} named '{label}' (key {key})")]
    DuplicateItem {
        kind: CatalogueKind,
        label: String,
        key: String,
    },

    #[error("nothing to undo: no entry has been deleted")]
    NothingToUndo,

    #[error("an experiment is already running ({remedy} vs {comparator}); one runs at a time — stop it first with `relief experiment stop --reason TEXT`")]
    ExperimentRunning { remedy: String, comparator: String },

    #[error("no experiment is running; start one with `relief experiment start --remedy KEY --vs KEY --design session|days`")]
    NoExperiment,

    #[error("nothing to skip: the experiment is waiting for a rating after, not for a session")]
    NothingToSkip,

    /// Import refused; nothing was written. `location` is `line 12` (CSV) or `entries[3]` (JSON).
    #[error("{location}: {message}; nothing was imported")]
    Import { location: String, message: String },

    /// A file Relief was asked to write that it must not: the journal, its backups, a device.
    #[error("{}: Relief will not write this file: it {reason}", .path.display())]
    Output { path: PathBuf, reason: String },

    /// Replacing this file needs the person's say-so (a read-only file, a symbolic link).
    #[error("{}: it {reason}; it was not replaced — give --force to replace it", .path.display())]
    NeedsConfirmation { path: PathBuf, reason: String },

    /// The journal cannot be written: its file, folder or disk is read-only. Reading works.
    #[error("{}: the journal is read-only ({reason}); it can be read but not changed — nothing was saved", .path.display())]
    ReadOnly { path: PathBuf, reason: String },

    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// Something inside Relief failed (drawing a chart, writing the PDF): neither the person's
    /// input nor damage to the journal.
    #[error("{what} failed inside Relief: {detail}")]
    Internal { what: &'static str, detail: String },

    #[error("journal database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("journal upgrade failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

impl Error {
    pub fn invalid(field: impl Into<String>, source: ValueError) -> Self {
        Error::Invalid {
            field: field.into(),
            source,
        }
    }

    pub fn import(location: impl Into<String>, message: impl Into<String>) -> Self {
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
        let io = |kind: std::io::ErrorKind, what: String| Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(kind, what),
        };
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => io(
                std::io::ErrorKind::StorageFull,
                "the disk is full; nothing was saved — free some space and try again".into(),
            ),
            Some(ErrorCode::SystemIoFailure) => io(
                std::io::ErrorKind::Other,
                format!("reading or writing the journal failed ({e}); nothing was saved"),
            ),
            Some(ErrorCode::ReadOnly) => Error::ReadOnly {
                path: path.to_path_buf(),
                reason: "the system refused to write it".into(),
            },
            Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => io(
                std::io::ErrorKind::PermissionDenied,
                format!("the journal cannot be opened ({e})"),
            ),
            _ => Error::Sqlite(e),
        }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// The error in `m`'s language (`docs/languages.md`); in English it is its `Display`. The
    /// details it quotes — a value's rule, a file's reason, SQLite's words — are English still.
    pub fn said_in(&self, m: &Messages) -> String {
        let path = |p: &std::path::Path| p.display().to_string();
        let count = |n: i64| Value::Count(n);
        match self {
            Error::TooNew {
                path: p,
                found,
                supported,
            } => m.get(
                "error-too-new",
                &[
                    ("path", Text(&path(p))),
                    ("found", count(*found)),
                    ("supported", count(*supported)),
                ],
            ),
            Error::NotAJournal { path: p, reason } => m.get(
                "error-not-a-journal",
                &[("path", Text(&path(p))), ("reason", Text(reason))],
            ),
            Error::Damaged { path: p, detail } => m.get(
                "error-damaged",
                &[("path", Text(&path(p))), ("detail", Text(detail))],
            ),
            Error::EntryNotFound(id) => m.get("error-entry-not-found", &[("id", Text(id))]),
            Error::NoFollowUp { entry, remedy } => m.get(
                "error-no-follow-up",
                &[("entry", Text(entry)), ("remedy", Text(remedy))],
            ),
            Error::AmbiguousId { prefix, count: n } => m.get(
                "error-ambiguous-id",
                &[
                    ("prefix", Text(prefix)),
                    ("count", count(i64::try_from(*n).unwrap_or(i64::MAX))),
                ],
            ),
            Error::UnknownItem { kind, key, known } => m.get(
                "error-unknown-item",
                &[
                    ("kind", Text(kind.name())),
                    ("key", Text(key)),
                    ("known", Text(known)),
                ],
            ),
            Error::ArchivedItem { kind, key } => m.get(
                "error-archived-item",
                &[("kind", Text(kind.name())), ("key", Text(key))],
            ),
            Error::DuplicateItem { kind, label, key } => m.get(
                "error-duplicate-item",
                &[
                    ("kind", Text(kind.name())),
                    ("label", Text(label)),
                    ("key", Text(key)),
                ],
            ),
            Error::NothingToUndo => m.get("error-nothing-to-undo", &[]),
            Error::ExperimentRunning { remedy, comparator } => m.get(
                "error-experiment-running",
                &[("remedy", Text(remedy)), ("comparator", Text(comparator))],
            ),
            Error::NoExperiment => m.get("error-no-experiment", &[]),
            Error::NothingToSkip => m.get("error-nothing-to-skip", &[]),
            Error::Import { location, message } => m.get(
                "error-import",
                &[("location", Text(location)), ("message", Text(message))],
            ),
            Error::Output { path: p, reason } => m.get(
                "error-output",
                &[("path", Text(&path(p))), ("reason", Text(reason))],
            ),
            Error::NeedsConfirmation { path: p, reason } => m.get(
                "error-needs-confirmation",
                &[("path", Text(&path(p))), ("reason", Text(reason))],
            ),
            Error::ReadOnly { path: p, reason } => m.get(
                "error-read-only",
                &[("path", Text(&path(p))), ("reason", Text(reason))],
            ),
            Error::Internal { what, detail } => m.get(
                "error-internal",
                &[("what", Text(what)), ("detail", Text(detail))],
            ),
            Error::Sqlite(e) => {
                let detail = e.to_string();
                m.get("error-database", &[("detail", Text(&detail))])
            }
            Error::Migration(e) => {
                let detail = e.to_string();
                m.get("error-upgrade", &[("detail", Text(&detail))])
            }
            // No words of Relief's own: a field and its rule, a file and what the system said.
            Error::Invalid { .. } | Error::Io { .. } => self.to_string(),
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
                reason: text("not a database"),
            },
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
                reason: text("is the journal"),
            },
            Error::NeedsConfirmation {
                path: path(),
                reason: text("is read-only"),
            },
            Error::ReadOnly {
                path: path(),
                reason: text("the disk is read-only"),
            },
            Error::Internal {
                what: "drawing a chart",
                detail: text("no font"),
            },
            Error::invalid("rating", crate::model::ValueError(text("must be 0 to 10"))),
        ]
    }

    #[test]
    fn in_english_an_error_says_what_it_displays_and_other_languages_say_it_their_way() {
        let en = Messages::english();
        for e in all() {
            assert_eq!(e.said_in(&en), e.to_string());
        }
        for lang in [Lang::De, Lang::Es, Lang::Fr] {
            let m = Messages::new(lang);
            for e in all().iter().filter(|e| !matches!(e, Error::Invalid { .. })) {
                let said = e.said_in(&m);
                assert_ne!(said, e.to_string(), "{lang:?}: {said}");
                assert!(!said.starts_with("error-"), "{lang:?}: {said}");
            }
        }
    }
}
