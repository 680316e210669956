//! Compaction (`docs/sync.md`, "Compaction"): the folder does not keep every change forever.
//!
//! - Every computer says what it has of every other computer's files in its own subfolder
//!   (`acks-N.rs1`, each new one replacing the one before), and whether it left.
//! - One computer, the one with the smallest id among those taking part, writes a snapshot
//!   (`snapshot-N.rs1`: the last change of every field, with its stamp) once enough files came
//!   in since the last one. A new computer starts from it instead of replaying years of
//!   changes.
//! - A change file is removed by the computer that wrote it (or, for a computer that left, by
//!   the one that writes snapshots) only when every computer taking part says it has it and a
//!   snapshot in the folder holds it. A computer that finds a file it lacks gone from the
//!   folder (removed while it was away, or just joined) takes in the snapshot that holds it.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use relief_model::error::Result;
use relief_model::model::sync::{Acks, ComputerId, Have, SnapshotNote};
use relief_store::store::sync::{Seen, SyncConfig};
use relief_store::Journal;

use crate::folder::{self, Found, Kind};

/// After how many new change files (all computers' together) a new snapshot is written.
pub const COMPACT_AFTER: usize = 256;

/// What the other computers said of themselves: each one's newest acknowledgement that opens.
#[derive(Clone, Debug, Default)]
pub struct View {
    pub acks: BTreeMap<ComputerId, Acks>,
}

impl View {
    pub fn read(found: &[Found], config: &SyncConfig, journal: uuid::Uuid) -> View {
        let mut acks: BTreeMap<ComputerId, Acks> = BTreeMap::new();
        // Newest first: the first of a computer's that opens is its word.
        for file in found.iter().rev() {
            if file.kind != Kind::Acks
                || file.computer == config.computer
                || acks.contains_key(&file.computer)
            {
                continue;
            }
            if let Ok(said) = folder::open::<Acks>(file, &config.key) {
                if said.journal == journal
                    && said.computer == file.computer
                    && said.number == file.seq
                {
                    acks.insert(file.computer.clone(), said);
                }
            }
        }
        View { acks }
    }

    fn left(&self, computer: &ComputerId) -> bool {
        self.acks.get(computer).is_some_and(|a| a.left)
    }

    /// The snapshots the others say they wrote, that this computer's copy of the folder holds.
    fn notes<'a>(&'a self, found: &'a [Found]) -> impl Iterator<Item = &'a SnapshotNote> + 'a {
        self.acks.iter().filter_map(move |(computer, acks)| {
            acks.snapshot.as_ref().filter(|note| {
                found.iter().any(|f| {
                    f.kind == Kind::Snapshot && f.computer == *computer && f.seq == note.number
                })
            })
        })
    }
}

/// The computers taking part: every one with files in the folder that has not left, and this
/// one. The first is the one that writes snapshots.
fn active(found: &[Found], me: &ComputerId, view: &View) -> BTreeSet<ComputerId> {
    let mut active: BTreeSet<ComputerId> = found
        .iter()
        .map(|f| f.computer.clone())
        .filter(|c| !view.left(c))
        .collect();
    active.insert(me.clone());
    active
}

fn size(have: &Have) -> u64 {
    have.values().sum()
}

/// The snapshot files worth opening before this round's change files, best first: any
/// another computer wrote, for a computer that has applied nothing yet; otherwise only when a
/// file this computer lacks is gone from the folder (every other computer had it, and a
/// snapshot holds it). Those opened before and found of no use (`tried`) are left.
pub fn snapshots_to_open<'a>(
    found: &'a [Found],
    me: &ComputerId,
    seen: &Seen,
    view: &View,
    tried: &BTreeSet<String>,
) -> Vec<&'a Found> {
    let have = seen.have();
    // The change files here, looked up once per computer below rather than searched for.
    let present: HashSet<(&ComputerId, u64)> = found
        .iter()
        .filter(|f| f.kind == Kind::Change)
        .map(|f| (&f.computer, f.seq))
        .collect();
    let lacks = |computer: &ComputerId, upto: u64| {
        let next = have.get(computer).copied().unwrap_or(0) + 1;
        upto >= next && !present.contains(&(computer, next))
    };
    let gone = seen.is_empty()
        || view.notes(found).any(|note| {
            note.covers
                .iter()
                .any(|(c, upto)| c != me && lacks(c, *upto))
        })
        || found.iter().any(|f| {
            f.kind == Kind::Change && f.computer != *me && !seen.contains(&f.computer, f.seq) && {
                lacks(&f.computer, f.seq)
            }
        });
    if !gone {
        return Vec::new();
    }
    // The newest snapshot of each other computer, the one covering most first.
    let mut newest: BTreeMap<&ComputerId, &Found> = BTreeMap::new();
    for file in found
        .iter()
        .filter(|f| f.kind == Kind::Snapshot && f.computer != *me)
    {
        newest.insert(&file.computer, file);
    }
    let covers = |file: &Found| {
        view.acks
            .get(&file.computer)
            .and_then(|a| a.snapshot.as_ref())
            .filter(|n| n.number == file.seq)
            .map_or(0, |n| size(&n.covers))
    };
    let mut out: Vec<&Found> = newest
        .into_values()
        .filter(|f| !tried.contains(&f.shown()))
        .collect();
    out.sort_by_key(|f| std::cmp::Reverse(covers(f)));
    out
}

/// Whether a snapshot holds anything this computer lacks.
pub fn adds(covers: &Have, seen: &Seen, me: &ComputerId) -> bool {
    let have = seen.have();
    covers
        .iter()
        .any(|(c, upto)| c != me && *upto > have.get(c).copied().unwrap_or(0))
}

/// This computer's part after a round's merge: a snapshot if it writes them and enough came in,
/// its acknowledgement if it has more than it last said, and the files every computer has
/// removed. How many files it removed.
pub fn tidy(
    journal: &mut Journal,
    config: &SyncConfig,
    found: &[Found],
    view: &View,
    compact_after: usize,
    name: &str,
) -> Result<usize> {
    let me = &config.computer;
    let mut have = journal.sync_seen()?.have();
    let written = journal.sync_written()?;
    if written > 0 {
        have.insert(me.clone(), written);
    }
    let active = active(found, me, view);
    let mut own: Option<SnapshotNote> = note(journal, "snapshot")?;
    if active.first() == Some(me) {
        if let Some(written) = snapshot_if_due(
            journal,
            config,
            found,
            view,
            &have,
            own.as_ref(),
            compact_after,
            name,
        )? {
            own = Some(written);
        }
    }
    // What every computer taking part has, and a snapshot in the folder holds, can go.
    let notes: Vec<&SnapshotNote> = own.iter().chain(view.notes(found)).collect();
    // Saying what it has only when that lets files go keeps the folder quiet: every new
    // acknowledgement replaces a file, and a sync program busy with files that come and go
    // is slower to carry the changes that matter.
    let last: Option<Acks> = note(journal, "acks")?;
    let worth_saying = last
        .as_ref()
        .is_none_or(|said| said.snapshot != own || lets_files_go(said, &have, &notes));
    let said_number = if worth_saying {
        say(
            journal,
            config,
            found,
            have.clone(),
            own.clone(),
            false,
            name,
        )?
        .number
    } else {
        last.map_or(0, |a| a.number)
    };
    let removable = |computer: &ComputerId, seq: u64| {
        notes
            .iter()
            .any(|n| n.covers.get(computer).is_some_and(|u| seq <= *u))
            && active.iter().all(|c| {
                c == me && seq <= have.get(computer).copied().unwrap_or(0)
                    || c == computer
                    || view
                        .acks
                        .get(c)
                        .and_then(|a| a.have.get(computer))
                        .is_some_and(|u| seq <= *u)
            })
    };
    let writes_snapshots = active.first() == Some(me);
    let mut removed = 0;
    for file in found {
        let goes = match file.kind {
            // The one before the newest stays a while: a sync program may still be fetching it.
            Kind::Acks => file.computer == *me && file.seq + 1 < said_number,
            // So does the snapshot before the newest, for the computer that may be fetching it.
            Kind::Snapshot => {
                file.computer == *me && own.as_ref().is_some_and(|n| file.seq + 1 < n.number)
            }
            Kind::Change => {
                (file.computer == *me || writes_snapshots && view.left(&file.computer))
                    && removable(&file.computer, file.seq)
            }
        };
        if goes {
            folder::remove(&file.path).map_err(|e| folder::io_error(&config.folder, &e))?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// The number of this computer's next file of `kind`: after the last one it noted, and after
/// any of its own in the folder (a round stopped between writing one and noting it must not
/// write another under the same name: the folder would keep the first).
fn next_number(found: &[Found], me: &ComputerId, kind: Kind, noted: Option<u64>) -> u64 {
    found
        .iter()
        .filter(|f| f.kind == kind && f.computer == *me)
        .map(|f| f.seq)
        .chain(noted)
        .max()
        .unwrap_or(0)
        + 1
}

/// Writes a snapshot if enough change files came in since the newest one; what it covers.
#[allow(
    clippy::too_many_arguments,
    reason = "one round's state, passed as it is"
)]
fn snapshot_if_due(
    journal: &mut Journal,
    config: &SyncConfig,
    found: &[Found],
    view: &View,
    have: &Have,
    own: Option<&SnapshotNote>,
    compact_after: usize,
    name: &str,
) -> Result<Option<SnapshotNote>> {
    let me = &config.computer;
    let base = own
        .into_iter()
        .chain(view.notes(found))
        .max_by_key(|n| size(&n.covers));
    let grown: u64 = have
        .iter()
        .map(|(c, upto)| {
            upto.saturating_sub(base.and_then(|b| b.covers.get(c)).copied().unwrap_or(0))
        })
        .sum();
    if grown < compact_after as u64 {
        return Ok(None);
    }
    let number = next_number(found, me, Kind::Snapshot, own.map(|n| n.number));
    let Some(snapshot) = journal.sync_snapshot(number, name)? else {
        return Ok(None);
    };
    folder::put_sealed(
        &config.folder,
        &config.key,
        me,
        Kind::Snapshot,
        number,
        &snapshot,
    )?;
    let written = SnapshotNote {
        number,
        covers: snapshot.covers,
    };
    set_note(journal, "snapshot", &written)?;
    Ok(Some(written))
}

/// Whether saying what this computer has now would let files go that what it last said does
/// not: some snapshot holds files it has and had not said.
fn lets_files_go(said: &Acks, have: &Have, notes: &[&SnapshotNote]) -> bool {
    notes.iter().any(|n| {
        n.covers.iter().any(|(c, upto)| {
            let before = said.have.get(c).copied().unwrap_or(0);
            *upto > before && have.get(c).copied().unwrap_or(0) > before
        })
    })
}

/// Writes this computer's acknowledgement if it says more than the last one it wrote (or that
/// it leaves). The acknowledgement now in the folder.
pub fn say(
    journal: &mut Journal,
    config: &SyncConfig,
    found: &[Found],
    have: Have,
    snapshot: Option<SnapshotNote>,
    left: bool,
    name: &str,
) -> Result<Acks> {
    let last: Option<Acks> = note(journal, "acks")?;
    let mut acks = Acks {
        journal: journal.journal_id()?,
        computer: config.computer.clone(),
        name: name.to_owned(),
        number: last.as_ref().map_or(0, |a| a.number),
        have,
        snapshot,
        left,
    };
    if last.as_ref() != Some(&acks) {
        acks.number = next_number(found, &config.computer, Kind::Acks, last.map(|a| a.number));
        folder::put_sealed(
            &config.folder,
            &config.key,
            &config.computer,
            Kind::Acks,
            acks.number,
            &acks,
        )?;
        set_note(journal, "acks", &acks)?;
    }
    Ok(acks)
}

fn note<T: serde::de::DeserializeOwned>(journal: &Journal, what: &str) -> Result<Option<T>> {
    Ok(journal
        .sync_note(what)?
        .and_then(|text| serde_json::from_str(&text).ok()))
}

fn set_note<T: serde::Serialize>(journal: &mut Journal, what: &str, value: &T) -> Result<()> {
    let text = serde_json::to_string(value).map_err(|e| relief_model::error::Error::Internal {
        what: "keeping what sync wrote",
        detail: e.to_string(),
    })?;
    journal.set_sync_note(what, &text)
}

/// The snapshot files opened and found of no use, by name (not opened again).
pub fn tried(journal: &Journal) -> Result<BTreeSet<String>> {
    Ok(note(journal, "tried")?.unwrap_or_default())
}

pub fn set_tried(journal: &mut Journal, tried: &BTreeSet<String>) -> Result<()> {
    set_note(journal, "tried", tried)
}
