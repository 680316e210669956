//! `relief sync`: the journal on every computer a person uses, through a folder another
//! program keeps the same (`docs/sync.md`).

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use relief::i18n::Value::{Count, Text};
use relief::model::ValueError;
use relief::store::protect::Passphrase;
use relief::{system, Error, Journal};
use relief_sync::{seal::Cost, Round, Status};

use super::{print, say, Outcome};

/// `relief sync` alone runs one round now.
#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SyncArgs {
    #[command(subcommand)]
    action: Option<SyncAction>,
    /// Apply the round even if it deletes more than half of the journal's check-ins.
    #[arg(long)]
    yes: bool,
}

#[derive(Subcommand, Debug)]
enum SyncAction {
    /// Start syncing this journal through FOLDER (empty, or made), on the first computer.
    Setup {
        folder: PathBuf,
        #[command(flatten)]
        passphrase: SyncPassphrase,
    },
    /// Bring the journal of the computer that set FOLDER up here, and keep both the same.
    Join {
        folder: PathBuf,
        /// This journal has check-ins of its own: bring both journals' check-ins together.
        #[arg(long)]
        merge: bool,
        #[command(flatten)]
        passphrase: SyncPassphrase,
    },
    /// The computers, what waits to go out or come in, and what was set aside.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Stop syncing this computer; the folder and the other computers go on.
    Leave,
}

/// Where the sync passphrase comes from (its own options: `--passphrase-file` opens a protected
/// journal).
#[derive(Args, Debug)]
struct SyncPassphrase {
    /// Read the sync passphrase from the first line of FILE (for scripts); else it is asked
    /// on the terminal (twice when it is new).
    #[arg(long, value_name = "FILE")]
    sync_passphrase_file: Option<PathBuf>,
    /// Read the sync passphrase from the first line of standard input (for scripts).
    #[arg(long, conflicts_with = "sync_passphrase_file")]
    sync_passphrase_stdin: bool,
}

impl SyncPassphrase {
    fn read(&self, new: bool) -> Result<Passphrase, Error> {
        let text = if let Some(file) = &self.sync_passphrase_file {
            let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
            text.lines().next().unwrap_or_default().to_owned()
        } else if self.sync_passphrase_stdin {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| Error::io(Path::new("standard input"), e))?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        } else {
            let m = system::messages();
            let no_terminal = |_| {
                Error::invalid(
                    "sync passphrase",
                    ValueError::new("rule-passphrase-no-terminal"),
                )
            };
            let first = rpassword::prompt_password(m.get("cli-sync-passphrase", &[]))
                .map_err(no_terminal)?;
            if new {
                let again = rpassword::prompt_password(m.get("cli-sync-passphrase-again", &[]))
                    .map_err(no_terminal)?;
                if first != again {
                    return Err(Error::invalid(
                        "sync passphrase",
                        ValueError::new("rule-passphrase-differ"),
                    ));
                }
            }
            first
        };
        let checked = if new {
            Passphrase::new_one(text)
        } else {
            Passphrase::given(text)
        };
        checked.map_err(|e| Error::invalid("sync passphrase", e))
    }
}

/// The JSON of `relief sync status --json` (docs/sync.md).
#[derive(serde::Serialize)]
struct StatusJson {
    folder: String,
    computer: String,
    reachable: bool,
    computers: Vec<ComputerJson>,
    waiting_out: usize,
    waiting_in: usize,
    pending: usize,
    set_aside: Vec<AsideJson>,
}

#[derive(serde::Serialize)]
struct ComputerJson {
    id: String,
    name: String,
    last_change: String,
}

#[derive(serde::Serialize)]
struct AsideJson {
    file: String,
    reason: String,
}

pub fn run(journal: &mut Journal, args: SyncArgs, out: &mut dyn Write) -> Outcome {
    match args.action {
        None => {
            let options = relief_sync::Options {
                mass_delete: args.yes,
                ..relief_sync::Options::default()
            };
            said_round(out, &relief_sync::round(journal, &options)?)?;
        }
        Some(SyncAction::Setup { folder, passphrase }) => {
            let key = passphrase.read(true)?;
            let round =
                relief_sync::setup(journal, &folder, key.reveal().as_bytes(), Cost::default())?;
            let status = relief_sync::status(journal)?;
            let (shown, computer) = (
                status.folder.display().to_string(),
                status.computer.to_string(),
            );
            say(
                out,
                "cli-sync-set-up",
                &[("folder", Text(&shown)), ("computer", Text(&computer))],
            )?;
            said_round(out, &round)?;
        }
        Some(SyncAction::Join {
            folder,
            merge,
            passphrase,
        }) => {
            let key = passphrase.read(false)?;
            let round = relief_sync::join(journal, &folder, key.reveal().as_bytes(), merge)?;
            let shown = folder.display().to_string();
            let entries = i64::try_from(journal.count_entries()?).unwrap_or(i64::MAX);
            say(
                out,
                "cli-sync-joined",
                &[("folder", Text(&shown)), ("entries", Count(entries))],
            )?;
            said_round(out, &round)?;
        }
        Some(SyncAction::Status { json }) => {
            let status = relief_sync::status(journal)?;
            print(out, json, &status_json(&status), |out, s| {
                said_status(out, s)
            })?;
        }
        Some(SyncAction::Leave) => {
            relief_sync::leave(journal)?;
            say(out, "cli-sync-left", &[])?;
        }
    }
    Ok(())
}

fn count(n: usize) -> relief::i18n::Value<'static> {
    Count(i64::try_from(n).unwrap_or(i64::MAX))
}

fn said_round(out: &mut dyn Write, round: &Round) -> std::io::Result<()> {
    say(
        out,
        "cli-sync-round",
        &[
            ("sent", count(round.sent)),
            ("received", count(round.merged.files)),
            ("entries", count(round.merged.entries)),
        ],
    )?;
    let m = system::messages();
    for (file, reason) in &round.aside {
        let reason = reason.in_(&m);
        say(
            out,
            "cli-sync-aside",
            &[("file", Text(file)), ("reason", Text(&reason))],
        )?;
    }
    Ok(())
}

fn status_json(status: &Status) -> StatusJson {
    StatusJson {
        folder: status.folder.display().to_string(),
        computer: status.computer.to_string(),
        reachable: status.reachable,
        computers: status
            .ledger
            .computers
            .iter()
            .map(|(id, name, stamp)| ComputerJson {
                id: id.to_string(),
                name: name.clone(),
                last_change: chrono::DateTime::from_timestamp_millis(stamp.wall_ms)
                    .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                    .unwrap_or_default(),
            })
            .collect(),
        waiting_out: status.ledger.outbox,
        waiting_in: status.incoming,
        pending: status.ledger.pending,
        set_aside: status
            .ledger
            .aside
            .iter()
            .map(|(file, reason)| AsideJson {
                file: file.clone(),
                reason: reason.clone(),
            })
            .collect(),
    }
}

fn said_status(out: &mut dyn Write, s: &StatusJson) -> std::io::Result<()> {
    say(
        out,
        "cli-sync-status",
        &[("folder", Text(&s.folder)), ("computer", Text(&s.computer))],
    )?;
    if !s.reachable {
        say(out, "cli-sync-status-unreachable", &[])?;
    }
    for c in &s.computers {
        say(
            out,
            "cli-sync-status-computer",
            &[
                ("name", Text(&c.name)),
                ("id", Text(&c.id)),
                ("when", Text(&c.last_change)),
            ],
        )?;
    }
    say(
        out,
        "cli-sync-status-waiting",
        &[("out", count(s.waiting_out)), ("in", count(s.waiting_in))],
    )?;
    for a in &s.set_aside {
        say(
            out,
            "cli-sync-aside",
            &[("file", Text(&a.file)), ("reason", Text(&a.reason))],
        )?;
    }
    Ok(())
}
