//! A person's journal on every computer they use, through a folder another program keeps the
//! same on all of them (Syncthing, Nextcloud, Dropbox, a share, a USB stick): `docs/sync.md`.
//!
//! The folder is transport only. Each computer writes sealed, numbered files of its own
//! changes into its own subfolder ([`folder`], [`seal`]) and merges the other computers'
//! files into its journal, field by field, the later stamp winning (the journal's side is
//! `relief_store::store::sync`). Which files were applied is kept in the journal by number,
//! never by a file's time, so a file a sync program delivers late, twice or as a conflict copy
//! is applied once, whenever it comes.

pub mod compact;
pub mod folder;
pub mod seal;

use std::path::{Path, PathBuf};

use relief_model::error::{Error, Result};
use relief_model::model::sync::{from_hex, to_hex, Batch, Change, ComputerId, Snapshot};
use relief_store::store::sync::{Merged, Seen, SyncConfig, AHEAD_LIMIT_MS};
use relief_store::Journal;
use relief_words::Said;
use zeroize::Zeroizing;

use compact::View;
use folder::{folder_error, no_randomness, Found, Header, Kind, FORMAT};
use seal::Cost;

const CHECK_PLACE: &str = "relief-sync/check";

/// A file set aside: its name in the folder and why.
pub type Aside = (String, Said);

/// Options of a round.
#[derive(Clone, Debug)]
pub struct Options {
    /// Apply a round even if it deletes more than half of the check-ins (the person said so).
    pub mass_delete: bool,
    /// Only merge what came in; write nothing (the first round of a joining computer).
    pub merge_first: bool,
    /// After how many new change files a snapshot is written ([`compact::COMPACT_AFTER`]).
    pub compact_after: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mass_delete: false,
            merge_first: false,
            compact_after: compact::COMPACT_AFTER,
        }
    }
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
    /// Files removed from the folder: every computer has them (`compact`).
    pub removed: usize,
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
        merged: first.merged,
        ..then
    })
}

fn absolute(folder: &Path) -> Result<PathBuf> {
    std::path::absolute(folder).map_err(|e| folder::io_error(folder, &e))
}

/// Stops syncing on this computer. The folder and the other computers go on: this computer
/// says in the folder that it left (if the folder is there), so they no longer wait for it
/// before removing files.
pub fn leave(journal: &mut Journal) -> Result<()> {
    let config = journal.sync_config()?.ok_or(Error::SyncNotSetUp)?;
    if config.folder.is_dir() {
        let have = journal.sync_seen()?.have();
        let name = relief_model::system::host_name();
        // The folder may be read-only or full by now: leaving does not depend on it.
        let found = folder::scan(&config.folder).unwrap_or_default();
        let _ = compact::say(journal, &config, &found, have, None, true, &name);
    }
    journal.sync_end()
}

/// One round: this computer's changes out to the folder, the others' merged in, and the
/// folder tidied ([`compact`]). What could not be written stays in the journal's outbox for
/// the next round; what could not be read is set aside and tried again. Either way nothing
/// is lost and nothing is half applied.
pub fn round(journal: &mut Journal, options: &Options) -> Result<Round> {
    let config = journal.sync_config()?.ok_or(Error::SyncNotSetUp)?;
    let folder = config.folder.clone();
    let header = folder::header(&folder)?
        .ok_or_else(|| folder_error(&folder, Said::new("sync-reason-not-set-up")))?;
    check_header(&folder, &header, &config)?;
    let mut done = Round::default();
    let name = relief_model::system::host_name();
    if !options.merge_first {
        for batch in journal.sync_outgoing(&name)? {
            folder::put_sealed(
                &folder,
                &config.key,
                &config.computer,
                Kind::Change,
                batch.seq,
                &batch,
            )?;
            journal.sync_sent(batch.seq)?;
            done.sent += 1;
        }
    }
    let found = folder::scan(&folder)?;
    let view = View::read(&found, &config, journal.journal_id()?);
    let (snapshot, batches, aside) = incoming(journal, &config, &found, &view)?;
    done.merged = journal.sync_merge(snapshot.as_ref(), &batches, options.mass_delete)?;
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
    if !options.merge_first {
        done.removed = compact::tidy(
            journal,
            &config,
            &found,
            &view,
            options.compact_after,
            &name,
        )?;
    }
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

/// What this round takes in: a snapshot if one is needed ([`compact::snapshots_to_open`]),
/// and the other computers' change files not applied here yet and not in that snapshot,
/// opened and checked; those that cannot be applied, with why.
fn incoming(
    journal: &mut Journal,
    config: &SyncConfig,
    found: &[Found],
    view: &View,
) -> Result<(Option<Snapshot>, Vec<Batch>, Vec<Aside>)> {
    // Applied before, or read in this round from another copy of the same numbered file.
    let mut known = journal.sync_seen()?;
    let journal_id = journal.journal_id()?;
    let now_ms = journal.now().timestamp_millis();
    let mut aside = Vec::new();
    let snapshot = take_snapshot(journal, config, found, view, &known, &mut aside)?;
    let mut batches: Vec<Batch> = Vec::new();
    for found in found
        .iter()
        .filter(|f| f.kind == Kind::Change && f.computer != config.computer)
    {
        let in_snapshot = snapshot
            .as_ref()
            .and_then(|s| s.covers.get(&found.computer))
            .is_some_and(|upto| found.seq <= *upto);
        if in_snapshot || known.contains(&found.computer, found.seq) {
            continue;
        }
        match read(found, config, journal_id, now_ms) {
            Ok(batch) => {
                known.insert(&batch.computer, batch.seq);
                batches.push(batch);
            }
            Err(reason) => aside.push((found.clone(), reason)),
        }
    }
    // A file whose other copy (a conflict copy, or the whole version of one cut short) was
    // read is not set aside: its change is in.
    aside.retain(|(found, _)| {
        found.kind != Kind::Change || !known.contains(&found.computer, found.seq)
    });
    Ok((
        snapshot,
        batches,
        aside.into_iter().map(|(f, why)| (f.shown(), why)).collect(),
    ))
}

/// The snapshot this computer needs, opened, if one is: the first that opens and holds
/// something this computer lacks. Those that hold nothing new are not opened again.
fn take_snapshot(
    journal: &mut Journal,
    config: &SyncConfig,
    found: &[Found],
    view: &View,
    seen: &Seen,
    aside: &mut Vec<(Found, Said)>,
) -> Result<Option<Snapshot>> {
    let mut tried = compact::tried(journal)?;
    let journal_id = journal.journal_id()?;
    let now_ms = journal.now().timestamp_millis();
    let mut taken = None;
    for file in compact::snapshots_to_open(found, &config.computer, seen, view, &tried) {
        let snapshot = folder::open::<Snapshot>(file, &config.key).and_then(|s| {
            belongs(file, journal_id, &s.journal, &s.computer, s.number)?;
            ahead(&s.changes, now_ms)?;
            Ok(s)
        });
        match snapshot {
            Ok(s) if compact::adds(&s.covers, seen, &config.computer) => {
                taken = Some(s);
                break;
            }
            Ok(_) => {
                tried.insert(file.shown());
                compact::set_tried(journal, &tried)?;
            }
            Err(reason) => aside.push((file.clone(), reason)),
        }
    }
    Ok(taken)
}

fn read(
    found: &Found,
    config: &SyncConfig,
    journal: uuid::Uuid,
    now_ms: i64,
) -> std::result::Result<Batch, Said> {
    let batch: Batch = folder::open(found, &config.key)?;
    belongs(found, journal, &batch.journal, &batch.computer, batch.seq)?;
    ahead(&batch.changes, now_ms)?;
    Ok(batch)
}

/// A file must be of this journal, and say it is the computer's and number its place is.
fn belongs(
    found: &Found,
    journal: uuid::Uuid,
    its_journal: &uuid::Uuid,
    computer: &ComputerId,
    number: u64,
) -> std::result::Result<(), Said> {
    if *its_journal != journal {
        return Err(Said::new("sync-aside-other-journal"));
    }
    if *computer != found.computer || number != found.seq {
        return Err(Said::new("sync-aside-unsealed"));
    }
    Ok(())
}

/// Changes dated more than a day ahead of this computer's clock wait until the clocks agree.
fn ahead(changes: &[Change], now_ms: i64) -> std::result::Result<(), Said> {
    if let Some(newest) = changes.iter().map(|c| c.stamp.wall_ms).max() {
        if newest > now_ms + AHEAD_LIMIT_MS {
            let hours = (newest - now_ms) / 3_600_000;
            return Err(Said::new("sync-aside-ahead").with("hours", hours));
        }
    }
    Ok(())
}

/// Sync as it stands, for `sync status`.
pub fn status(journal: &Journal) -> Result<Status> {
    let config = journal.sync_config()?.ok_or(Error::SyncNotSetUp)?;
    let ledger = journal.sync_ledger()?;
    let seen = journal.sync_seen()?;
    let (incoming, reachable) = match folder::scan(&config.folder) {
        Ok(found) => {
            let mut waiting: Vec<(ComputerId, u64)> = found
                .into_iter()
                .filter(|f| f.kind == Kind::Change && f.computer != config.computer)
                .map(|f| (f.computer, f.seq))
                .filter(|(c, seq)| !seen.contains(c, *seq))
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
