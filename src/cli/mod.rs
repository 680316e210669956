//! Arguments and commands of the `relief` binary.

mod args;
mod entries;
mod experiment;
mod guide;
mod imports;
mod parse;
mod protect;
mod show;
mod sync;
mod transfer;

use std::io::Write;
use std::path::{Path, PathBuf};

use relief::analysis;
use relief::files::Confirm;
use relief::i18n::{
    Lang, Messages, Value,
    Value::{Count, Text},
};
use relief::model::{CatalogueKind, Label, ValueError};
use relief::store::backups;
use relief::store::protect::Passphrase;
use relief::{system, Error, Journal};

pub use args::Cli;
use args::{BackupAction, CatalogueCommand, Command, SettingsArgs, StatsArgs};
use entries::{add, delete, edit, list, undo};
use parse::check_range;
use parse::LanguageChoice;
use transfer::{chart, export, import, report, sample};

/// Consent to replace what `--out` names when it needs it.
#[derive(clap::Args, Debug)]
pub(super) struct Force {
    /// Replace --out even if it is a read-only file, or write through it if it is a symbolic
    /// link. (The journal, its backups and devices are never replaced.)
    #[arg(long)]
    force: bool,
}

impl Force {
    pub(super) fn confirm(&self) -> Confirm {
        if self.force {
            Confirm::Yes
        } else {
            Confirm::No
        }
    }
}

/// Whether a chart's `--out` asks for PNG (else SVG); another extension is refused.
fn is_png(out: &Path) -> Result<bool, Error> {
    match out.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("png") => Ok(true),
        Some(e) if e.eq_ignore_ascii_case("svg") => Ok(false),
        _ => Err(Error::invalid(
            "--out",
            ValueError::new("rule-chart-file").with("file", out.display().to_string()),
        )),
    }
}

/// Why a command failed: the core's error, or the terminal went away.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Core(#[from] Error),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

impl Failure {
    /// What went wrong, in the system's language.
    pub fn said(&self) -> String {
        match self {
            Failure::Core(e) => e.said_in(&system::messages()),
            Failure::Output(_) => self.to_string(),
        }
    }
}

type Outcome = Result<(), Failure>;

fn journal_path(db: Option<PathBuf>) -> Result<PathBuf, Error> {
    match db {
        Some(p) => Ok(p),
        None => Journal::default_path()
            .ok_or_else(|| Error::invalid("journal", ValueError::new("rule-no-data-folder"))),
    }
}

fn catalogue(
    journal: &mut Journal,
    kind: CatalogueKind,
    command: CatalogueCommand,
    out: &mut dyn Write,
) -> Outcome {
    let label = |text: &str| Label::new(text).map_err(|e| Error::invalid("name", e));
    match command {
        CatalogueCommand::List { json } => {
            let items = journal.catalogue(kind)?;
            let m = system::messages();
            print(out, json, items.as_slice(), |out, items| {
                show::catalogue(out, items, &m)
            })?;
        }
        CatalogueCommand::Add { name } => {
            let item = journal.add_item(kind, &label(&name)?)?;
            writeln!(out, "{}", item.key)?;
        }
        CatalogueCommand::Rename { key, name } => {
            let found = journal.find_item(kind, &key)?;
            let item = journal.rename_item(kind, found.key.as_str(), &label(&name)?)?;
            writeln!(out, "{}: {}", item.key, item.label)?;
        }
        CatalogueCommand::Archive { key } => {
            let found = journal.find_item(kind, &key)?;
            let item = journal.set_archived(kind, found.key.as_str(), true)?;
            let key = item.key.to_string();
            say(out, "cli-archived-item", &[("key", Text(&key))])?;
        }
        CatalogueCommand::Unarchive { key } => {
            let found = journal.find_item(kind, &key)?;
            let item = journal.set_archived(kind, found.key.as_str(), false)?;
            let key = item.key.to_string();
            say(out, "cli-unarchived-item", &[("key", Text(&key))])?;
        }
        CatalogueCommand::HowTo { key, text, clear } => {
            if kind != CatalogueKind::Remedy {
                return Err(Error::invalid("how-to", ValueError::new("rule-how-to-cause")).into());
            }
            let found = journal.find_item(kind, &key)?;
            let item = match (text, clear) {
                (Some(text), _) => {
                    let how_to = entries::note(&text)?;
                    journal.set_how_to(found.key.as_str(), how_to.as_ref())?
                }
                (None, true) => journal.set_how_to(found.key.as_str(), None)?,
                (None, false) => found,
            };
            if let Some(how_to) = &item.how_to {
                writeln!(out, "{}", how_to.as_str())?;
            }
        }
    }
    Ok(())
}

pub fn run(cli: Cli, out: &mut dyn Write) -> Outcome {
    let path = journal_path(cli.db)?;
    let mut keys = protect::Keys::new(cli.keys);
    command(cli.command, &path, &mut keys, out).map_err(|failure| match failure {
        Failure::Core(e) => Failure::Core(e.in_journal(&path)),
        other => other,
    })
}

fn command(
    command: Command,
    path: &Path,
    keys: &mut protect::Keys,
    out: &mut dyn Write,
) -> Outcome {
    match command {
        // Restoring must work when the journal itself cannot be opened.
        Command::Restore { file } => {
            let key = protect::for_restore(path, &file, keys)?;
            restore(path, &file, key.as_ref(), out)
        }
        Command::Protect(args) => {
            // A plain journal needs no passphrase to open; the next one given is the new one.
            let mut journal = if relief::store::protect::looks_protected(path) {
                protect::open(path, keys)?
            } else {
                Journal::open(path)?
            };
            protect::protect(&mut journal, keys, &args, out)
        }
        Command::Passphrase(args) => {
            let mut journal = protect::open(path, keys)?;
            if !journal.is_protected() {
                return Err(
                    Error::invalid("passphrase", ValueError::new("rule-passphrase-none")).into(),
                );
            }
            protect::protect(&mut journal, keys, &args, out)
        }
        Command::Unprotect => protect::unprotect(&mut protect::open(path, keys)?, out),
        Command::Add(args) => add(&mut open(path, keys)?, args, out),
        Command::Edit(args) => edit(&mut open(path, keys)?, args, out),
        Command::Delete { id } => delete(&mut open(path, keys)?, id, out),
        Command::Undo => undo(&mut open(path, keys)?, out),
        Command::List(args) => list(&open(path, keys)?, args, out),
        Command::Stats(args) => stats(&open(path, keys)?, args, out),
        Command::Report(args) => report(&open(path, keys)?, args, out),
        Command::Chart(args) => chart(&open(path, keys)?, args),
        Command::Export(args) => export(&open(path, keys)?, args, out),
        Command::Import(args) => match args.from {
            None => import(&mut open(path, keys)?, args.file, out),
            Some(app) => imports::run(&mut open(path, keys)?, app, args, out),
        },
        Command::Remedy(c) => catalogue(&mut open(path, keys)?, CatalogueKind::Remedy, c, out),
        Command::Cause(c) => catalogue(&mut open(path, keys)?, CatalogueKind::Cause, c, out),
        Command::Backup { out: dest, action } => {
            backup(&open(path, keys)?, path, dest, action, out)
        }
        Command::Sample(args) => sample(&mut open(path, keys)?, path, args, out),
        Command::Settings(args) => settings(&mut open(path, keys)?, path, args, out),
        Command::Experiment(c) => experiment::run(&mut open(path, keys)?, c, out),
        Command::Sync(args) => sync::run(&mut open(path, keys)?, args, out),
        Command::Guide(args) => guide::run(args, || open(path, keys), out),
    }
}

/// Prints `value` as the documented JSON, or as text for people.
fn print<T: ?Sized + serde::Serialize>(
    out: &mut dyn Write,
    json: bool,
    value: &T,
    text: impl FnOnce(&mut dyn Write, &T) -> std::io::Result<()>,
) -> Outcome {
    if json {
        serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
        writeln!(out)?;
    } else {
        text(out, value)?;
    }
    Ok(())
}

/// Opens the journal for a command (a protected one with its passphrase). The first use of the
/// day leaves a backup beside it; a failure there is reported, not fatal: the journal itself is
/// fine.
fn open(path: &Path, keys: &mut protect::Keys) -> Result<Journal, Error> {
    let journal = protect::open(path, keys)?;
    journal.back_up_today();
    Ok(journal)
}

/// Replaces the journal with a checked backup; works when the journal cannot be opened.
fn restore(path: &Path, file: &Path, key: Option<&Passphrase>, out: &mut dyn Write) -> Outcome {
    let restored = backups::restore(path, file, system::now(), key)?;
    let entries = restored.entries;
    let (journal, kept) = (
        path.display().to_string(),
        backups::folder(path).display().to_string(),
    );
    say(
        out,
        "cli-restored-journal",
        &[
            ("journal", Text(&journal)),
            ("entries", Count(i64::try_from(entries).unwrap_or(i64::MAX))),
            ("kept", Text(&kept)),
        ],
    )?;
    if restored.kept_protected {
        say(out, "cli-restored-kept-protected", &[])?;
    } else if restored.protected {
        say(out, "cli-restored-protected", &[])?;
    }
    Ok(())
}

/// What helped, as text or JSON.
fn stats(journal: &Journal, args: StatsArgs, out: &mut dyn Write) -> Outcome {
    let range = check_range(args.from, args.to)?;
    let snapshot = journal.snapshot(range)?;
    // --json is the same in every language; the sentences people read are in theirs.
    let m = if args.json {
        Messages::english()
    } else {
        system::messages()
    };
    let stats = analysis::stats_in(&snapshot, &m);
    print(out, args.json, &stats, |out, s| show::stats(out, s, &m))
}

/// Says the message `id` with `args` in the system's language, on a line of its own.
fn say(out: &mut dyn Write, id: &str, args: &[(&str, Value<'_>)]) -> std::io::Result<()> {
    writeln!(out, "{}", system::messages().get(id, args))
}

/// Shows the settings, after changing those given.
fn settings(
    journal: &mut Journal,
    path: &Path,
    args: SettingsArgs,
    out: &mut dyn Write,
) -> Outcome {
    let SettingsArgs {
        day_start,
        theme,
        follow_up_minutes,
        remind,
        no_reminders,
        language,
    } = args;
    let mut settings = journal.settings()?;
    let reminders_change = no_reminders || !remind.is_empty();
    if day_start.is_some()
        || theme.is_some()
        || follow_up_minutes.is_some()
        || reminders_change
        || language.is_some()
    {
        if let Some(LanguageChoice(chosen)) = language {
            settings.language = chosen;
        }
        settings.day_start_hour = day_start.unwrap_or(settings.day_start_hour);
        settings.theme = theme.unwrap_or(settings.theme);
        settings.follow_up_minutes = follow_up_minutes.unwrap_or(settings.follow_up_minutes);
        if reminders_change {
            settings.reminders = remind;
        }
        settings = journal.save_settings(&settings)?;
    }
    writeln!(out, "day_start_hour = {}", settings.day_start_hour.get())?;
    writeln!(out, "theme = {}", settings.theme.as_str())?;
    writeln!(
        out,
        "follow_up_minutes = {}",
        settings.follow_up_minutes.get()
    )?;
    for r in &settings.reminders {
        writeln!(out, "reminder = {r}")?;
    }
    writeln!(
        out,
        "language = {}",
        settings.language.map_or("system", Lang::code)
    )?;
    writeln!(out, "journal = {}", path.display())?;
    Ok(())
}

/// A copy of the journal, or the list of the automatic backups.
fn backup(
    journal: &Journal,
    path: &Path,
    dest: Option<PathBuf>,
    action: Option<BackupAction>,
    out: &mut dyn Write,
) -> Outcome {
    match (dest, action) {
        (Some(dest), _) => {
            journal.backup_to(&dest)?;
            let dest = dest.display().to_string();
            say(out, "cli-backed-up", &[("file", Text(&dest))])?;
        }
        (None, Some(BackupAction::List)) => {
            let backups = backups::list(path)?;
            if backups.is_empty() {
                writeln!(out, "{}", system::messages().get("cli-no-backups", &[]))?;
            }
            for b in backups {
                writeln!(out, "{}  {} KB", b.path, b.kilobytes)?;
            }
        }
        (None, None) => {
            return Err(Error::invalid(
                "backup",
                ValueError(
                    "give --out FILE for a copy, or `list` for the automatic backups".into(),
                ),
            )
            .into())
        }
    }
    Ok(())
}
