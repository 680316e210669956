//! The sync folder on disk (`docs/sync.md`): a header (`relief-sync.json`: the format, the
//! salt and a sealed check of the passphrase) and one subfolder per computer holding its
//! numbered change files. A computer writes only in its own subfolder, only new files, each
//! under a hidden temporary name, forced to disk and then renamed: a sync program never sees
//! half a file of Relief's, and never has two writers of one path to reconcile.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use relief_model::error::{Error, Result};
use relief_model::model::sync::ComputerId;
use relief_words::Said;
use serde::{Deserialize, Serialize};

use crate::seal::Cost;

/// The header's name in the folder.
pub const HEADER: &str = "relief-sync.json";
/// The sync format this Relief writes and reads.
pub const FORMAT: u32 = 1;
/// A change file's extension.
pub const EXTENSION: &str = "rs1";

/// What the folder says of itself, in plain text: nothing but the format, the salt and the
/// KDF's cost; `check` is the journal's id sealed, which only the passphrase opens.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Header {
    pub format: u32,
    pub salt: String,
    pub cost: Cost,
    pub check: String,
}

pub fn folder_error(path: &Path, reason: Said) -> Error {
    Error::SyncFolder {
        path: path.to_path_buf(),
        reason,
    }
}

fn io_reason(e: &std::io::Error) -> Said {
    match e.kind() {
        std::io::ErrorKind::NotFound => Said::new("sync-reason-missing"),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            Said::new("sync-reason-read-only")
        }
        std::io::ErrorKind::StorageFull => Said::new("sync-reason-full"),
        _ => Said::new("sync-reason-io").with("detail", e.to_string()),
    }
}

pub fn io_error(path: &Path, e: &std::io::Error) -> Error {
    folder_error(path, io_reason(e))
}

/// The header, if the folder has one.
pub fn header(folder: &Path) -> Result<Option<Header>> {
    let path = folder.join(HEADER);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|_| folder_error(folder, Said::new("sync-reason-bad-header"))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if folder.is_dir() {
                Ok(None)
            } else {
                Err(folder_error(folder, Said::new("sync-reason-missing")))
            }
        }
        Err(e) => Err(io_error(folder, &e)),
    }
}

/// Puts `bytes` at `dir/name` as a new file, whole or not at all: written under a hidden
/// temporary name, forced to disk, renamed, the folder forced to disk. An existing file of that
/// name is left as it is (the same file, written by an earlier round that was stopped before it
/// could say so). Whether the file is there now.
#[allow(
    clippy::disallowed_methods,
    reason = "the sync folder is Relief's own transport, never a file the person names"
)]
pub fn put(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let target = dir.join(name);
    if target.exists() {
        return Ok(());
    }
    let temp = dir.join(format!(".relief-{}.tmp", uuid::Uuid::new_v4().simple()));
    let written = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, &target)?;
        std::fs::File::open(dir)?.sync_all()
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// The operating system gave no random bytes to seal with.
pub fn no_randomness(_: crate::seal::Unsealed) -> Error {
    Error::Internal {
        what: "sealing a file for the sync folder",
        detail: "the operating system gave no random bytes".into(),
    }
}

/// Seals `value` for its place and puts it in this computer's subfolder as a new file.
pub fn put_sealed<T: Serialize>(
    folder: &Path,
    key: &[u8; 32],
    computer: &ComputerId,
    kind: Kind,
    seq: u64,
    value: &T,
) -> Result<()> {
    let plain = serde_json::to_vec(value).map_err(|e| Error::Internal {
        what: "writing a file to sync",
        detail: e.to_string(),
    })?;
    let sealed =
        crate::seal::seal(key, &place_of(computer, kind, seq), &plain).map_err(no_randomness)?;
    put(
        &folder.join(computer.as_str()),
        &name_of(kind, seq),
        &sealed,
    )
    .map_err(|e| io_error(folder, &e))
}

/// A file of the folder opened and read, or why it cannot be (said in `sync status`).
pub fn open<T: serde::de::DeserializeOwned>(
    found: &Found,
    key: &[u8; 32],
) -> std::result::Result<T, Said> {
    let bytes = std::fs::read(&found.path)
        .map_err(|e| Said::new("sync-aside-unreadable").with("detail", e.to_string()))?;
    let plain = crate::seal::open(key, &found.place(), &bytes)
        .map_err(|_| Said::new("sync-aside-unsealed"))?;
    serde_json::from_slice(&plain).map_err(|_| Said::new("sync-aside-newer"))
}

/// What a file in a computer's subfolder is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Changes of one round: `0000000003.rs1`.
    Change,
    /// The whole journal as that computer knew it: `snapshot-0000000001.rs1`.
    Snapshot,
    /// What that computer has of every other's files: `acks-0000000007.rs1`.
    Acks,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::Change => "",
            Kind::Snapshot => "snapshot-",
            Kind::Acks => "acks-",
        }
    }

    fn place_part(self) -> &'static str {
        match self {
            Kind::Change => "",
            Kind::Snapshot => "snapshot/",
            Kind::Acks => "acks/",
        }
    }
}

/// A file found in the folder: whose, what, which number, where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub computer: ComputerId,
    pub kind: Kind,
    pub seq: u64,
    pub path: PathBuf,
}

impl Found {
    /// The place the file was sealed for: its computer, kind and number, whatever the file is
    /// called now (a sync program's conflict copy keeps all three).
    pub fn place(&self) -> String {
        place_of(&self.computer, self.kind, self.seq)
    }

    /// How `sync status` names it.
    pub fn shown(&self) -> String {
        format!(
            "{}/{}",
            self.computer,
            self.path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        )
    }
}

/// Where a change file is sealed for.
pub fn place(computer: &ComputerId, seq: u64) -> String {
    place_of(computer, Kind::Change, seq)
}

pub fn place_of(computer: &ComputerId, kind: Kind, seq: u64) -> String {
    format!("relief-sync/{FORMAT}/{computer}/{}{seq}", kind.place_part())
}

/// A change file's name: its number, ten digits.
pub fn file_name(seq: u64) -> String {
    name_of(Kind::Change, seq)
}

pub fn name_of(kind: Kind, seq: u64) -> String {
    format!("{}{seq:010}.{EXTENSION}", kind.prefix())
}

/// The number a change file's name starts with: `0000000003.rs1`, and the copies sync programs
/// make of it when two versions meet (`0000000003.sync-conflict-20261205-101010-ABCDEFG.rs1`,
/// `0000000003 (conflicted copy 2026-12-05).rs1`, `0000000003 (Nextcloud's conflicted copy
/// …).rs1`). Hidden files (temporary ones) are never changes.
pub fn seq_of(name: &str) -> Option<u64> {
    match kind_of(name) {
        Some((Kind::Change, seq)) => Some(seq),
        _ => None,
    }
}

/// What a file's name says it is, and its number, conflict copies included (as [`seq_of`]).
pub fn kind_of(name: &str) -> Option<(Kind, u64)> {
    if name.starts_with('.') {
        return None;
    }
    let (kind, rest) = [Kind::Snapshot, Kind::Acks]
        .into_iter()
        .find_map(|k| name.strip_prefix(k.prefix()).map(|rest| (k, rest)))
        .unwrap_or((Kind::Change, name));
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (digits.len() == 10)
        .then(|| digits.parse().ok().map(|seq| (kind, seq)))
        .flatten()
}

/// Every Relief file of every computer in the folder, this one's too, sorted by computer, kind
/// and number; the folder's other names are left alone.
pub fn scan(folder: &Path) -> Result<Vec<Found>> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(folder).map_err(|e| io_error(folder, &e))?;
    for entry in entries.flatten() {
        let Ok(computer) = ComputerId::try_from(entry.file_name().to_string_lossy().into_owned())
        else {
            continue;
        };
        if !entry.path().is_dir() {
            continue;
        }
        let files = std::fs::read_dir(entry.path()).map_err(|e| io_error(folder, &e))?;
        for file in files.flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if let Some((kind, seq)) = kind_of(&name) {
                found.push(Found {
                    computer: computer.clone(),
                    kind,
                    seq,
                    path: file.path(),
                });
            }
        }
    }
    found.sort_by(|a, b| {
        (&a.computer, a.kind, a.seq, &a.path).cmp(&(&b.computer, b.kind, b.seq, &b.path))
    });
    Ok(found)
}

/// Removes a file of Relief's own from the folder (one every computer has, or one a newer
/// file replaces). One already gone is fine: another computer may have removed it first.
pub fn remove(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflict_copies_are_read_as_the_change_they_copy() {
        for name in [
            "0000000003.rs1",
            "0000000003.sync-conflict-20261205-101010-ABCDEFG.rs1",
            "0000000003 (conflicted copy 2026-12-05).rs1",
            "0000000003 (Nextcloud's conflicted copy 2026-12-05 101010).rs1",
        ] {
            assert_eq!(seq_of(name), Some(3), "{name}");
        }
        for name in [
            ".relief-abc.tmp",
            "notes.txt",
            "123.rs1",
            "desktop.ini",
            "snapshot-0000000003.rs1",
        ] {
            assert_eq!(seq_of(name), None, "{name}");
        }
        assert_eq!(
            kind_of("snapshot-0000000002 (conflicted copy 2026-12-05).rs1"),
            Some((Kind::Snapshot, 2))
        );
        assert_eq!(kind_of("acks-0000000012.rs1"), Some((Kind::Acks, 12)));
        assert_eq!(kind_of("acks-12.rs1"), None);
    }
}
