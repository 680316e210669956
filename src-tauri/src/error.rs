//! The error that crosses IPC: a small, stable `{ kind, message }`, mapped from the core's
//! rich error by an exhaustive match (a new core error will not compile until it is placed).

use serde::Serialize;

/// What kind of failure, for the UI to choose how to show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A value broke a rule (rating 11, malformed date, note too long …).
    Invalid,
    /// No such entry, remedy or cause.
    NotFound,
    /// Clashes with what is there (a duplicate name, an archived remedy, an ambiguous id).
    Conflict,
    NothingToUndo,
    /// An import file was refused; nothing was written.
    Import,
    /// The journal file cannot be used (newer Relief, not a journal, damaged).
    JournalRefused,
    /// No journal is open (it could not be opened at launch).
    Unavailable,
    /// The journal is protected by a passphrase and has not been unlocked.
    Locked,
    /// The passphrase given does not open the journal.
    WrongPassphrase,
    /// Reading or writing a file failed, or Relief refused to write it (the journal itself).
    Io,
    /// The journal can be read but not changed (read-only file, folder or disk).
    ReadOnly,
    /// Something inside went wrong; the message says what.
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct IpcError {
    pub kind: ErrorKind,
    pub message: String,
}

impl IpcError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        IpcError {
            kind,
            message: message.into(),
        }
    }
}

impl IpcError {
    /// The core's error with its kind, said in `m`'s language.
    pub fn said(e: relief::Error, m: &relief::i18n::Messages) -> Self {
        use relief::Error as E;
        let kind = match &e {
            E::Invalid { .. } => ErrorKind::Invalid,
            E::EntryNotFound(_)
            | E::UnknownItem { .. }
            | E::NoFollowUp { .. }
            | E::NoExperiment => ErrorKind::NotFound,
            E::AmbiguousId { .. }
            | E::ArchivedItem { .. }
            | E::DuplicateItem { .. }
            | E::ExperimentRunning { .. }
            | E::NothingToSkip => ErrorKind::Conflict,
            E::NothingToUndo => ErrorKind::NothingToUndo,
            E::Import { .. } => ErrorKind::Import,
            E::TooNew { .. } | E::NotAJournal { .. } | E::Damaged { .. } => {
                ErrorKind::JournalRefused
            }
            E::Locked { .. } => ErrorKind::Locked,
            E::WrongPassphrase { .. } => ErrorKind::WrongPassphrase,
            E::InUse { .. } | E::Replaced { .. } => ErrorKind::Conflict,
            E::Io { .. } | E::Disk { .. } | E::Output { .. } | E::NeedsConfirmation { .. } => {
                ErrorKind::Io
            }
            E::ReadOnly { .. } => ErrorKind::ReadOnly,
            // A round that would delete most check-ins waits for the person's say-so; the
            // folder's faults are the disk's; sync asked of a journal that does not sync.
            E::SyncDeletesMost { .. } => ErrorKind::Conflict,
            E::SyncFolder { .. } => ErrorKind::Io,
            E::SyncNotSetUp => ErrorKind::NotFound,
            E::Internal { .. } | E::Sqlite(_) | E::Migration(_) => ErrorKind::Internal,
        };
        IpcError::new(kind, e.said_in(m))
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    use super::*;

    fn english(e: relief::Error) -> IpcError {
        IpcError::said(e, &relief::i18n::Messages::english())
    }

    #[test]
    fn the_json_shape_is_pinned() {
        let e = english(relief::Error::NothingToUndo);
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"kind":"nothing_to_undo","message":"nothing to undo: no entry has been deleted"}"#
        );
        let e = english(relief::Error::invalid(
            "rating",
            relief::model::ValueError::new("rule-rating").with("got", 11),
        ));
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({"kind": "invalid", "message": "rating: must be a whole number from 0 to 10, got 11"})
        );
        // A failure inside Relief is not the person's input.
        let e = english(relief::Error::Internal {
            what: "drawing the chart",
            detail: "no font".into(),
        });
        assert_eq!(e.kind, ErrorKind::Internal);
        assert_eq!(e.message, "drawing the chart failed inside Relief: no font");
    }
}
