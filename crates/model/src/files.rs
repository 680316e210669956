//! Files Relief writes for the person — exports, reports, charts, copies — and the one rule
//! they all obey: never onto the journal.
//!
//! A [`Target`] is the only way to name a file to write, and making one checks it against the
//! journal by the file's identity (device and inode), not its spelling: relative paths, `..`,
//! symbolic and hard links to the journal, its `-wal`/`-shm` and anything in its backups folder
//! are all refused. Devices, folders and other non-regular files are never replaced. A
//! read-only file or a symbolic link is replaced only when the person confirmed it.
//! [`write_atomically`] then writes the whole file or nothing. See `docs/formats.md`, "Files
//! Relief writes".

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::Said;

/// Whether the person already agreed to replace a read-only file or follow a symbolic link
/// (`--force` on the command line, a confirmation in the app).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    No,
    Yes,
}

/// A file Relief may write: checked against the journal it belongs with.
#[derive(Debug, Clone)]
pub struct Target {
    /// Where the bytes go: the named file, or what a confirmed symbolic link points to.
    resolved: PathBuf,
    /// The name the person gave, for messages.
    path: PathBuf,
}

/// A file's identity on this machine: two paths with the same identity are one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Identity {
    dev: u64,
    ino: u64,
}

#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> Option<Identity> {
    use std::os::unix::fs::MetadataExt;
    Some(Identity {
        dev: meta.dev(),
        ino: meta.ino(),
    })
}

#[cfg(not(unix))]
fn identity(_meta: &std::fs::Metadata) -> Option<Identity> {
    None
}

pub fn identity_of(path: &Path) -> Option<Identity> {
    std::fs::metadata(path).ok().as_ref().and_then(identity)
}

/// What must never be written over: the journal's own files and its backups.
struct Protected {
    /// The journal, its `-wal`, `-shm` and `-journal`, and every file in the backups folder.
    files: Vec<Identity>,
    /// The journal's folder with the names of the journal's files in it (they may not exist
    /// yet: a `-wal` written by someone else would be read as the journal's log). Both as named
    /// and with links resolved, as SQLite names its side files after the resolved path.
    places: Vec<(Identity, Vec<std::ffi::OsString>)>,
    backups_dirs: Vec<Identity>,
}

/// The suffixes of the files SQLite keeps beside a database: its write-ahead log, the log's
/// shared-memory index, and the rollback journal.
pub const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// The folder beside journals that holds their backups, one folder per journal.
pub fn backups_root(journal: &Path) -> PathBuf {
    journal
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("backups")
}

/// The folder that holds the backups of `journal` and nothing else: `backups/<file name>/`.
/// A backup belongs to its journal by where it is, so journals in one folder (`a.db`,
/// `a-b.db`, `a.sqlite`) never take each other's backups.
pub fn backups_folder(journal: &Path) -> PathBuf {
    let name = journal
        .file_name()
        .map_or_else(|| "journal".into(), |n| n.to_os_string());
    backups_root(journal).join(name)
}

/// The file SQLite keeps beside `journal` under `suffix` (one of [`SIDE_FILES`]).
pub fn beside(journal: &Path, suffix: &str) -> PathBuf {
    let mut p = journal.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// The journal file and the files SQLite keeps beside it.
pub fn journal_files(journal: &Path) -> Vec<PathBuf> {
    let mut out = vec![journal.to_path_buf()];
    out.extend(SIDE_FILES.iter().map(|s| beside(journal, s)));
    out
}

impl Protected {
    fn of(journal: &Path) -> Protected {
        let mut files: Vec<Identity> = journal_files(journal)
            .iter()
            .filter_map(|p| identity_of(p))
            .collect();
        // The journal's own backups, and any left in the shared folder by an older Relief.
        let folders = [backups_folder(journal), backups_root(journal)];
        for folder in &folders {
            if let Ok(read) = std::fs::read_dir(folder) {
                files.extend(read.flatten().filter_map(|e| identity_of(&e.path())));
            }
        }
        let resolved = std::fs::canonicalize(journal).ok();
        let places = std::iter::once(journal)
            .chain(resolved.as_deref())
            .filter_map(|j| {
                let names = journal_files(j)
                    .iter()
                    .filter_map(|p| p.file_name())
                    .map(Into::into)
                    .collect();
                identity_of(&parent_of(j)).map(|dir| (dir, names))
            })
            .collect();
        Protected {
            files,
            places,
            backups_dirs: folders.iter().filter_map(|f| identity_of(f)).collect(),
        }
    }
}

/// The folder a file is in (`.` for a bare name).
pub fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// What a non-regular file is, in words: "a folder", "a device" …
pub fn kind_of(meta: &std::fs::Metadata) -> Said {
    Said::new(kind_id(meta))
}

fn kind_id(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "file-kind-folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_block_device() || t.is_char_device() {
            return "file-kind-device";
        }
        if t.is_fifo() {
            return "file-kind-pipe";
        }
        if t.is_socket() {
            return "file-kind-socket";
        }
    }
    "file-kind-other"
}

impl Target {
    /// Checks that `path` may be written for the journal at `journal`.
    pub fn new(path: &Path, journal: &Path, confirm: Confirm) -> Result<Target> {
        let refuse = |reason: Said| Error::Output {
            path: path.to_path_buf(),
            reason,
        };
        let ask = |reason: Said| Error::NeedsConfirmation {
            path: path.to_path_buf(),
            reason,
        };
        if path.as_os_str().is_empty() {
            return Err(refuse(Said::new("reason-no-file-name")));
        }
        // What the name leads to, links followed: that is what would be written.
        let mut write_to = path.to_path_buf();
        let mut link_to = None;
        if let Ok(link) = std::fs::symlink_metadata(path) {
            if link.file_type().is_symlink() {
                let resolved = std::fs::canonicalize(path)
                    .map_err(|_| refuse(Said::new("reason-dangling-link")))?;
                link_to = Some(resolved.clone());
                write_to = resolved;
            }
        }
        let protected = Protected::of(journal);
        let mut read_only = false;
        match std::fs::metadata(&write_to) {
            Ok(meta) => {
                if !meta.is_file() {
                    return Err(refuse(
                        Said::new("reason-not-regular").with("kind", kind_of(&meta)),
                    ));
                }
                if identity(&meta).is_some_and(|id| protected.files.contains(&id)) {
                    return Err(refuse(Said::new("reason-journal-or-backup")));
                }
                read_only = meta.permissions().readonly();
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(path, e)),
        }
        let dir = identity_of(&parent_of(&write_to));
        if dir.is_some_and(|d| protected.backups_dirs.contains(&d)) {
            return Err(refuse(Said::new("reason-backups-folder")));
        }
        let name = write_to.file_name().unwrap_or_default();
        let beside_journal = protected
            .places
            .iter()
            .any(|(d, names)| Some(*d) == dir && names.iter().any(|n| n == name));
        if beside_journal {
            return Err(refuse(Said::new("reason-journal-file")));
        }
        if confirm == Confirm::No {
            if let Some(to) = link_to {
                return Err(ask(
                    Said::new("reason-symlink").with("target", to.display().to_string())
                ));
            }
            if read_only {
                return Err(ask(Said::new("reason-read-only-file")));
            }
        }
        Ok(Target {
            resolved: write_to,
            path: path.to_path_buf(),
        })
    }

    /// The name the person gave.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file the bytes go to (what a confirmed symbolic link points to).
    pub fn resolved(&self) -> &Path {
        &self.resolved
    }

    /// The folder the file goes in.
    pub fn folder(&self) -> PathBuf {
        parent_of(&self.resolved)
    }
}

/// Writes a file whole or not at all: into a new temporary file beside it, synced, then renamed
/// over the target. A crash or a failed write never leaves a half-written file behind.
pub fn write_atomically(
    target: &Target,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let io = |e: std::io::Error| Error::io(&target.path, e);
    let dir = target.folder();
    let temp = tempfile::Builder::new()
        .prefix(".relief-")
        .suffix(".partial")
        .tempfile_in(&dir)
        .map_err(io)?;
    let mut buffered = std::io::BufWriter::new(temp);
    write(&mut buffered)?;
    let temp = buffered.into_inner().map_err(|e| io(e.into_error()))?;
    temp.as_file().sync_all().map_err(io)?;
    temp.persist(&target.resolved).map_err(|e| io(e.error))?;
    sync_folder(&target.resolved);
    Ok(())
}

/// [`write_atomically`] for bytes already made.
pub fn write_bytes(target: &Target, bytes: &[u8]) -> Result<()> {
    write_atomically(target, |w| {
        w.write_all(bytes).map_err(|e| Error::io(&target.path, e))
    })
}

/// Makes a rename in a file's folder durable. Best effort: not every platform can open a
/// folder to sync it, and the rename itself has already succeeded.
pub fn sync_folder(file: &Path) {
    if let Ok(d) = std::fs::File::open(parent_of(file)) {
        let _ = d.sync_all();
    }
}
