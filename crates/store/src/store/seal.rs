//! What makes opening an unchanged journal cheap (`docs/formats.md`, "The journal file").
//!
//! Opening checks the whole file (SQLite's `quick_check`, the schema, every row through the
//! model's rules): a pass over ten years of rows at every command. That check is needed only
//! for a file Relief has not seen as it is now: one another program wrote (rows edited with
//! `sqlite3`, bytes changed on disk), or one that came from elsewhere. So after a full check,
//! and after each of its own writes, Relief keeps a *seal* in the journal's backups folder: the
//! file's identity, length, modification time and content hash (XXH3), and the write-ahead
//! log's length, header and last frame header (whose checksum SQLite chains over every frame).
//! An open that finds the journal exactly as sealed checks only its stamps; any other write —
//! by another program, or a Relief killed before it sealed — leaves the seal stale, and the
//! next open checks the whole file again.
//!
//! A file's modification time moves in ticks of a few milliseconds, slower than a program can
//! edit it; so the time alone is trusted only when the file had not changed for a second when
//! it was hashed (any later write then moves it); otherwise the open hashes the file (a few
//! megabytes at memory speed) and, once it has been quiet for a second, seals it again.
//!
//! A Relief write seals again only a journal that was as sealed when it took the write lock,
//! so a change from outside is never sealed over by a later write of Relief's. The file is
//! never read apart while this process has a connection to it: closing that other descriptor
//! would drop the locks SQLite holds on it (`registry`).

use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// The journal file as seen from outside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Main {
    dev: u64,
    ino: u64,
    len: u64,
    /// Only to tell, after a write, whether the file may have changed (then it is hashed
    /// again); never to decide that it did not.
    mtime_ns: i128,
}

impl Main {
    #[cfg(unix)]
    fn of(path: &Path) -> Option<Main> {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).ok()?;
        Some(Main {
            dev: meta.dev(),
            ino: meta.ino(),
            len: meta.len(),
            mtime_ns: i128::from(meta.mtime()) * 1_000_000_000 + i128::from(meta.mtime_nsec()),
        })
    }

    /// Without device and inode numbers nothing is sealed: every open checks the whole file.
    #[cfg(not(unix))]
    fn of(_path: &Path) -> Option<Main> {
        None
    }
}

/// A seal: what the journal was when Relief last checked or wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Seal {
    main: Main,
    hash: u64,
    /// When the hash was taken (ns since the epoch, read before the file was): the file's
    /// time is trusted alone when it is a second older than this.
    hashed_at_ns: i128,
    /// The log's length, header and last frame header, in hex; empty without frames.
    wal: String,
}

impl Seal {
    fn text(&self) -> String {
        let m = &self.main;
        format!(
            "relief-seal 1 {} {} {} {} {:016x} {} {}\n",
            m.dev, m.ino, m.len, m.mtime_ns, self.hash, self.hashed_at_ns, self.wal
        )
    }

    fn parse(text: &str) -> Option<Seal> {
        let mut words = text.strip_prefix("relief-seal 1 ")?.split(' ');
        let mut next = || words.next();
        let main = Main {
            dev: next()?.parse().ok()?,
            ino: next()?.parse().ok()?,
            len: next()?.parse().ok()?,
            mtime_ns: next()?.parse().ok()?,
        };
        let hash = u64::from_str_radix(next()?, 16).ok()?;
        let hashed_at_ns = next()?.parse().ok()?;
        let wal = next()?.trim_end().to_owned();
        Some(Seal {
            main,
            hash,
            hashed_at_ns,
            wal,
        })
    }

    /// Whether the file's identity, length and time alone tell it unchanged since the hash:
    /// it had been quiet for a second when hashed, so any later write moved its time.
    fn times_tell(&self) -> bool {
        self.main.mtime_ns + QUIET_NS <= self.hashed_at_ns
    }
}

/// How long a file must have been unchanged before its time alone is trusted.
const QUIET_NS: i128 = 1_000_000_000;

/// Now, as nanoseconds since the epoch (the clock file times come from).
fn now_ns() -> i128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i128::try_from(d.as_nanos()).unwrap_or(i128::MAX))
}

/// The file hashed now, with the time the hash was taken.
fn hashed(journal: &Path) -> Option<(u64, i128)> {
    let at = now_ns();
    hash(journal).map(|h| (h, at))
}

/// XXH3 of the whole file, read in one piece (a ten-year journal is a few megabytes).
fn hash(path: &Path) -> Option<u64> {
    std::fs::read(path)
        .ok()
        .map(|bytes| xxhash_rust::xxh3::xxh3_64(&bytes))
}

/// The log's fingerprint: its length, its header (salts, checkpoint sequence) and the header
/// of its last frame (whose checksum chains over every frame before it). Empty without a log.
fn wal(journal: &Path) -> Option<String> {
    let path = crate::files::beside(journal, "-wal");
    let mut file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Some(String::new()),
        Err(_) => return None,
    };
    let len = file.metadata().ok()?.len();
    let mut header = [0u8; 32];
    if len <= 32 {
        // No frames: nothing in it to tell apart (a header alone is rewritten at each restart).
        return Some(String::new());
    }
    file.read_exact(&mut header).ok()?;
    let page = u64::from(u32::from_be_bytes([
        header[8], header[9], header[10], header[11],
    ]));
    let frame = page + 24;
    let frames = (len - 32) / frame.max(1);
    let mut last = [0u8; 24];
    if frames > 0 {
        file.seek(SeekFrom::Start(32 + (frames - 1) * frame)).ok()?;
        file.read_exact(&mut last).ok()?;
    }
    let hex: String = header
        .iter()
        .chain(last.iter())
        .map(|b| format!("{b:02x}"))
        .collect();
    Some(format!("{len}:{hex}"))
}

/// Where the seal of `journal` is kept: in its own backups folder, which only Relief writes.
fn file(journal: &Path) -> PathBuf {
    crate::files::backups_folder(journal).join(".seal")
}

fn kept(journal: &Path) -> Option<Seal> {
    Seal::parse(&std::fs::read_to_string(file(journal)).ok()?)
}

/// The journal as an open found it, before this process connected to it: read (and hashed)
/// while no connection of this process holds the file, because closing any other descriptor
/// of it would drop the locks SQLite holds on it.
pub(super) struct Observed {
    seal: Seal,
    /// It is exactly as the last seal says.
    pub sealed: bool,
}

/// Looks at the journal before an open connects to it. `None` where it cannot be told, or
/// while another connection of this process has it open (then it must not be read apart).
pub(super) fn observe(journal: &Path) -> Option<Observed> {
    let main = Main::of(journal)?;
    if registry::is_open(&main) {
        return None;
    }
    let wal = wal(journal)?;
    let kept = kept(journal);
    if let Some(kept) = kept.as_ref() {
        if kept.main == main && kept.wal == wal && kept.times_tell() {
            return Some(Observed {
                seal: kept.clone(),
                sealed: true,
            });
        }
    }
    let (hash, hashed_at_ns) = hashed(journal)?;
    let sealed = kept.is_some_and(|kept| {
        (
            kept.main.dev,
            kept.main.ino,
            kept.main.len,
            kept.hash,
            &kept.wal,
        ) == (main.dev, main.ino, main.len, hash, &wal)
    });
    Some(Observed {
        seal: Seal {
            main,
            hash,
            hashed_at_ns,
            wal,
        },
        sealed,
    })
}

/// Seals a journal an open checked whole or found sealed, if opening did not change the file
/// itself (a first switch to WAL, a migration): then the next open checks it whole again.
pub(super) fn seal_opened(journal: &Path, observed: Observed) {
    let (Some(main), Some(wal)) = (Main::of(journal), wal(journal)) else {
        return;
    };
    if main != observed.seal.main {
        return;
    }
    let seal = Seal {
        wal,
        ..observed.seal
    };
    if kept(journal).as_ref() != Some(&seal) {
        write(journal, &seal);
    }
}

/// Whether the journal is as sealed, without reading the file itself: the same file, length
/// and time, the same log. For a journal open here: every other program's write goes through
/// its log then (this connection keeps the log from being checkpointed away), which changes the
/// log's fingerprint. Used before each write and at close.
pub(super) fn holds_while_open(journal: &Path) -> bool {
    let Some(seal) = kept(journal) else {
        return false;
    };
    Main::of(journal).is_some_and(|m| m == seal.main) && wal(journal).is_some_and(|w| w == seal.wal)
}

/// Seals the journal again after a write of Relief's to a journal that was sealed: the log
/// is read again. If the file itself changed (a checkpoint moved pages into it) it cannot be
/// hashed with the connection open, so the seal is given up: the next open checks the whole
/// file. (A checkpoint within the same tick of the clock looks unchanged; the seal's hash is
/// then wrong, and the next open checks the whole file too — never the other way round.)
pub(super) fn reseal(journal: &Path) {
    let (Some(before), Some(main), Some(wal)) = (kept(journal), Main::of(journal), wal(journal))
    else {
        return;
    };
    if main == before.main {
        write(journal, &Seal { wal, ..before });
    } else {
        let _ = std::fs::remove_file(file(journal));
    }
}

/// Seals the journal after the last connection of this process to it closed (the close may
/// have checkpointed the log into the file): hashed whole again.
pub(super) fn seal_closed(journal: &Path) {
    let (Some(main), Some(wal)) = (Main::of(journal), wal(journal)) else {
        return;
    };
    if registry::is_open(&main) {
        return;
    }
    let before = kept(journal);
    // The same file, length and time: unchanged if its time tells, else hashed again.
    let (hash, hashed_at_ns) = match &before {
        Some(b) if b.main == main && b.times_tell() => (b.hash, b.hashed_at_ns),
        _ => match hashed(journal) {
            Some(h) => h,
            None => return,
        },
    };
    let seal = Seal {
        main,
        hash,
        hashed_at_ns,
        wal,
    };
    if before.as_ref() != Some(&seal) {
        write(journal, &seal);
    }
}

fn write(journal: &Path, seal: &Seal) {
    let dir = crate::files::backups_folder(journal);
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    // Whole or not at all; a torn or missing seal is only a stale one.
    // Named as a temporary copy, so one a killed process left is swept like the others.
    let Ok(mut temp) = tempfile::Builder::new()
        .prefix(".relief-seal-")
        .suffix(".copy")
        .tempfile_in(&dir)
    else {
        return;
    };
    use std::io::Write;
    if temp.write_all(seal.text().as_bytes()).is_ok() {
        let _ = temp.persist(file(journal));
    }
}

/// The journals this process has open, by file: while one is, its file is never read apart.
pub(super) mod registry {
    use std::collections::HashMap;
    use std::path::Path;
    use std::sync::Mutex;

    static OPEN: Mutex<Option<HashMap<(u64, u64), usize>>> = Mutex::new(None);

    fn with<T>(f: impl FnOnce(&mut HashMap<(u64, u64), usize>) -> T) -> Option<T> {
        let mut guard = OPEN.lock().ok()?;
        Some(f(guard.get_or_insert_with(HashMap::new)))
    }

    pub(super) fn is_open(main: &super::Main) -> bool {
        // Unsure (a poisoned lock) counts as open: the file is then not read apart.
        with(|open| open.contains_key(&(main.dev, main.ino))).unwrap_or(true)
    }

    fn key(journal: &Path) -> Option<(u64, u64)> {
        super::Main::of(journal).map(|m| (m.dev, m.ino))
    }

    /// A connection of this process to `journal` opened; returns the key to close it with.
    pub(in crate::store) fn opened(journal: &Path) -> Option<(u64, u64)> {
        let key = key(journal)?;
        with(|open| *open.entry(key).or_default() += 1);
        Some(key)
    }

    pub(in crate::store) fn closed(key: (u64, u64)) {
        with(|open| {
            if let Some(n) = open.get_mut(&key) {
                *n -= 1;
                if *n == 0 {
                    open.remove(&key);
                }
            }
        });
    }
}
