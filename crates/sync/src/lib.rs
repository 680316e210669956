//! A person's journal on every computer they use, through a folder another program keeps the
//! same on all of them (Syncthing, Nextcloud, Dropbox, a share, a USB stick): `docs/sync.md`.
//!
//! The folder is transport only. Each computer writes sealed, numbered files of its own
//! changes into its own subfolder ([`folder`], [`seal`]) and merges the other computers'
//! files into its journal, field by field, the later stamp winning (the journal's side is
//! `relief_store::store::sync`). Which files were applied is kept in the journal by number,
//! never by a file's time, so a file a sync program delivers late, twice or as a conflict copy
//! is applied once, whenever it comes.

pub mod folder;
pub mod seal;

use std::path::{Path, PathBuf};

use relief_model::error::{Error, Result};
use relief_model::model::sync::{from_hex, to_hex, Batch, ComputerId};
use relief_store::store::sync::{Merged, SyncConfig, AHEAD_LIMIT_MS};
use relief_store::Journal;
use relief_words::Said;
use zeroize::Zeroizing;

use folder::{folder_error, Found, Header, FORMAT};
use seal::Cost;

const CHECK_PLACE: &str = "relief-sync/check";

/// A file set aside: its name in the folder and why.
pub type Aside = (String, Said);

/// Options of a round.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Apply a round even if it deletes more than half of the check-ins (the person said so).
    pub mass_delete: bool,
    /// Only merge what came in; write nothing (the first round of a joining computer).
    pub merge_first: bool,
}

/// What one round did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Round {
    /// Files of this computer written to the folder.
    pub sent: usize,
    /// What was merged from the other computers' files.
    pub merged: Merged,
    /// Files that could not be applied and why (tried again next round).
    pub aside: Vec<Aside>,
}

/// Sync as `sync status` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub folder: PathBuf,
    pub computer: ComputerId,
    pub ledger: relief_store::store::sync::SyncLedger,
    /// Files in the folder not applied here yet (set aside ones included).
    pub incoming: usize,
    /// Whether the folder can be read now.
    pub reachable: bool,
}

/// The key, checked against the folder's header: the journal's id the folder belongs to.
fn unlock(
    folder: &Path,
    header: &Header,
    passphrase: &[u8],
) -> Result<(Zeroizing<[u8; 32]>, uuid::Uuid)> {
    if header.format > FORMAT {
        return Err(folder_error(
            folder,
            Said::new("sync-reason-newer").with("found", header.format),
        ));
    }
    let bad = || folder_error(folder, Said::new("sync-reason-bad-header"));
    let salt = from_hex(&header.salt).ok_or_else(bad)?;
    let check = from_hex(&header.check).ok_or_else(bad)?;
    let key = seal::derive(passphrase, &salt, header.cost).map_err(|_| bad())?;
    let journal = seal::open(&key, CHECK_PLACE, &check)
        .map_err(|_| folder_error(folder, Said::new("sync-reason-wrong-passphrase")))?;
    let journal = uuid::Uuid::from_slice(&journal).map_err(|_| bad())?;
    Ok((key, journal))
}

/// Sets sync up on the first computer: an empty (or new) folder gets its header, sealed by
/// the passphrase, and this journal's every check-in.
pub fn setup(journal: &mut Journal, folder: &Path, passphrase: &[u8], cost: Cost) -> Result<Round> {
    if folder::header(folder)
        .or_else(|e| match e {
            // A folder that is not there yet is made.
            Error::SyncFolder { .. } if !folder.exists() => Ok(None),
            other => Err(other),
        })?
        .is_some()
    {
        return Err(folder_error(folder, Said::new("sync-reason-in-use")));
    }
    let salt: [u8; 16] = seal::random().map_err(no_randomness)?;
    let key = seal::derive(passphrase, &salt, cost)
        .map_err(|_| folder_error(folder, Said::new("sync-reason-bad-header")))?;
    let id = journal.journal_id()?;
    let header = Header {
        format: FORMAT,
        salt: to_hex(&salt),
        cost,
        check: to_hex(&seal::seal(&key, CHECK_PLACE, id.as_bytes()).map_err(no_randomness)?),
    };
    let text = serde_json::to_vec_pretty(&header).map_err(|e| Error::Internal {
        what: "writing the sync folder's header",
        detail: e.to_string(),
    })?;
    let folder = absolute(folder)?;
    folder::put(&folder, folder::HEADER, &text).map_err(|e| folder::io_error(&folder, &e))?;
    let config = SyncConfig {
        computer: ComputerId::random(),
        key: *key,
        folder,
    };
    journal.sync_begin(&config, None)?;
    round(journal, &Options::default())
}

/// Joins this computer to a folder another computer set up: the whole journal comes here. A
/// journal with check-ins of its own is refused unless `merge`: then both journals' check-ins
/// end up on both computers.
pub fn join(journal: &mut Journal, folder: &Path, passphrase: &[u8], merge: bool) -> Result<Round> {
    let header = folder::header(folder)?
        .ok_or_else(|| folder_error(folder, Said::new("sync-reason-not-set-up")))?;
    let (key, id) = unlock(folder, &header, passphrase)?;
    let count = journal.count_entries()?;
    if count > 0 && !merge && journal.journal_id()? != id {
        return Err(folder_error(
            folder,
            Said::new("sync-reason-has-entries").with("count", count),
        ));
    }
    let config = SyncConfig {
        computer: ComputerId::random(),
        key: *key,
        folder: absolute(folder)?,
    };
    journal.sync_begin(&config, Some(id))?;
    // What the folder holds comes first, so this computer's defaults (its settings, the
    // built-in names) never overwrite what the person chose on the others.
    let first = round(
        journal,
        &Options {
            merge_first: true,
            ..Options::default()
        },
    )?;
    let then = round(journal, &Options::default())?;
    Ok(Round {
        sent: then.sent,
        merged: first.merged,
        aside: then.aside,
    })
}

fn no_randomness(_: seal::Unsealed) -> Error {
    Error::Internal {
        what: "sealing a file for the sync folder",
        detail: "the operating system gave no random bytes".into(),
    }
}

fn absolute(folder: &Path) -> Result<PathBuf> {
    std::path::absolute(folder).map_err(|e| folder::io_error(folder, &e))
}

/// Stops syncing on this computer. The folder and the other computers go on.
pub fn leave(journal: &mut Journal) -> Result<()> {
    journal.sync_config()?.ok_or(Error::SyncNotSetUp)?;
    journal.sync_end()
}

/// One round: this computer's changes out to the folder, the others' merged in. What could
/// not be written stays in the journal's outbox for the next round; what could not be read is
/// set aside and tried again. Either way nothing is lost and nothing is half applied.
pub fn round(journal: &mut Journal, options: &Options) -> Result<Round> {
    let config = journal.sync_config()?.ok_or(Error::SyncNotSetUp)?;
    let folder = config.folder.clone();
    let header = folder::header(&folder)?
        .ok_or_else(|| folder_error(&folder, Said::new("sync-reason-not-set-up")))?;
    check_header(&folder, &header, &config)?;
    let mut done = Round::default();
    if !options.merge_first {
        let outbox = journal.sync_outgoing(&relief_model::system::host_name())?;
        let mine = folder.join(config.computer.as_str());
        for batch in outbox {
            let plain = serde_json::to_vec(&batch).map_err(|e| Error::Internal {
                what: "writing changes to sync",
                detail: e.to_string(),
            })?;
            let place = folder::place(&config.computer, batch.seq);
            let sealed = seal::seal(&config.key, &place, &plain).map_err(no_randomness)?;
            folder::put(&mine, &folder::file_name(batch.seq), &sealed)
                .map_err(|e| folder::io_error(&folder, &e))?;
            journal.sync_sent(batch.seq)?;
            done.sent += 1;
        }
    }
    let (batches, aside) = incoming(journal, &config)?;
    done.merged = journal.sync_merge(&batches, options.mass_delete)?;
    if done.merged.fields > 0 {
        let m = relief_model::system::messages_for(journal.settings()?.language);
        journal.settle_experiments(&m.get("sync-experiment-stopped", &[]))?;
    }
    let mut stored: Vec<(String, String)> = aside
        .iter()
        .map(|(file, reason)| (file.clone(), reason.in_(&relief_words::Messages::english())))
        .collect();
    stored.sort();
    journal.sync_set_aside(&stored)?;
    done.aside = aside;
    Ok(done)
}

/// The folder's header must be the one this computer joined (the same journal, a format it
/// reads, sealed by the same key).
fn check_header(folder: &Path, header: &Header, config: &SyncConfig) -> Result<()> {
    if header.format > FORMAT {
        return Err(folder_error(
            folder,
            Said::new("sync-reason-newer").with("found", header.format),
        ));
    }
    let check = from_hex(&header.check)
        .ok_or_else(|| folder_error(folder, Said::new("sync-reason-bad-header")))?;
    seal::open(&config.key, CHECK_PLACE, &check)
        .map(|_| ())
        .map_err(|_| folder_error(folder, Said::new("sync-reason-other-journal")))
}

/// The other computers' files not applied here yet, opened and checked; those that cannot be
/// applied, with why.
fn incoming(journal: &Journal, config: &SyncConfig) -> Result<(Vec<Batch>, Vec<Aside>)> {
    // Applied before, or read in this round from another copy of the same numbered file.
    let mut known = journal.sync_seen()?;
    let journal_id = journal.journal_id()?;
    let now_ms = journal.now().timestamp_millis();
    let mut batches: Vec<Batch> = Vec::new();
    let mut aside = Vec::new();
    for found in folder::others(&config.folder, &config.computer)? {
        if known.contains(&(found.computer.clone(), found.seq)) {
            continue;
        }
        match read(&found, config, journal_id, now_ms) {
            Ok(batch) => {
                known.insert((batch.computer.clone(), batch.seq));
                batches.push(batch);
            }
            Err(reason) => aside.push((found, reason)),
        }
    }
    // A file whose other copy (a conflict copy, or the whole version of one cut short) was
    // read is not set aside: its change is in.
    aside.retain(|(found, _)| !known.contains(&(found.computer.clone(), found.seq)));
    Ok((
        batches,
        aside.into_iter().map(|(f, why)| (f.shown(), why)).collect(),
    ))
}

fn read(
    found: &Found,
    config: &SyncConfig,
    journal: uuid::Uuid,
    now_ms: i64,
) -> std::result::Result<Batch, Said> {
    let bytes = std::fs::read(&found.path)
        .map_err(|e| Said::new("sync-aside-unreadable").with("detail", e.to_string()))?;
    let plain = seal::open(&config.key, &found.place(), &bytes)
        .map_err(|_| Said::new("sync-aside-unsealed"))?;
    let batch: Batch = serde_json::from_slice(&plain).map_err(|_| Said::new("sync-aside-newer"))?;
    if batch.journal != journal {
        return Err(Said::new("sync-aside-other-journal"));
    }
    if batch.computer != found.computer || batch.seq != found.seq {
        return Err(Said::new("sync-aside-unsealed"));
    }
    if let Some(newest) = batch.changes.iter().map(|c| c.stamp.wall_ms).max() {
        if newest > now_ms + AHEAD_LIMIT_MS {
            let hours = (newest - now_ms) / 3_600_000;
            return Err(Said::new("sync-aside-ahead").with("hours", hours));
        }
    }
    Ok(batch)
}

/// Sync as it stands, for `sync status`.
pub fn status(journal: &Journal) -> Result<Status> {
    let config = journal.sync_config()?.ok_or(Error::SyncNotSetUp)?;
    let ledger = journal.sync_ledger()?;
    let seen = journal.sync_seen()?;
    let (incoming, reachable) = match folder::others(&config.folder, &config.computer) {
        Ok(found) => {
            let mut waiting: Vec<(ComputerId, u64)> = found
                .into_iter()
                .map(|f| (f.computer, f.seq))
                .filter(|k| !seen.contains(k))
                .collect();
            waiting.dedup();
            (waiting.len(), true)
        }
        Err(_) => (0, false),
    };
    Ok(Status {
        folder: config.folder,
        computer: config.computer,
        ledger,
        incoming,
        reachable,
    })
}
