//! The `relief` command line as clap reads it: the commands, their arguments and options.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use relief::charts::ChartKind;
use relief::i18n::Lang;
use relief::model::{
    DayStartHour, FollowUpMinutes, Rating, RedFlag, Region, RegionRating, Reminder, Theme,
    Timestamp,
};
use relief::report::Paper;

use super::parse::{
    one_of, parse_app, parse_day, parse_day_start, parse_follow_up, parse_lang, parse_language,
    parse_rating, parse_red_flag, parse_region, parse_region_key, parse_remedy_spec,
    parse_reminder, parse_theme, parse_time, LanguageChoice, RemedySpec,
};
use super::{experiment, protect, sync, Force};

#[derive(Parser, Debug)]
#[command(
    name = "relief",
    version,
    about = "Relief — a journal for recurring soreness that shows which remedies helped.",
    long_about = "Relief — a journal for recurring soreness that shows which remedies helped.\n\n\
        The journal is one SQLite file, by default in your data folder \
        (~/.local/share/relief/journal.db on Linux). It never leaves your machine."
)]
pub struct Cli {
    /// The journal file (created if missing). Default: <data dir>/relief/journal.db.
    #[arg(long, global = true, env = "RELIEF_DB", value_name = "PATH")]
    pub(super) db: Option<PathBuf>,

    #[command(flatten)]
    pub(super) keys: protect::PassphraseArgs,

    #[command(subcommand)]
    pub(super) command: Command,
}

#[derive(Subcommand, Debug)]
pub(super) enum Command {
    /// Log a check-in; prints its id.
    Add(AddArgs),
    /// Show entries, by journal day.
    List(ListArgs),
    /// Change an entry: given fields replace the old ones.
    Edit(EditArgs),
    /// Delete an entry (`relief undo` brings it back).
    Delete {
        /// The entry's id, or its first 4 or more characters.
        id: String,
    },
    /// Bring back the most recently deleted entry.
    Undo,
    /// Which remedies helped, and how soreness went (--json: the documented shape).
    Stats(StatsArgs),
    /// The clinician report: a one-page summary and the entry log, as PDF.
    Report(ReportArgs),
    /// Draw a chart as SVG or PNG (told apart by --out's extension).
    Chart(ChartArgs),
    /// Write all entries as CSV or JSON, or a range as a FHIR R4 bundle for a clinic system
    /// (to stdout without --out).
    Export(ExportArgs),
    /// Import a CSV or JSON export (Relief's own, or with --from another app's); all or
    /// nothing, and entries already present are skipped.
    Import(ImportArgs),
    /// Your remedies: list, add, rename, archive.
    #[command(subcommand)]
    Remedy(CatalogueCommand),
    /// Suspected causes: list, add, rename, archive.
    #[command(subcommand)]
    Cause(CatalogueCommand),
    /// A consistent copy of the journal (--out FILE), or the list of automatic backups (list).
    #[command(args_conflicts_with_subcommands = true)]
    Backup {
        /// Where to write the copy (must not exist yet).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[command(subcommand)]
        action: Option<BackupAction>,
    },
    /// Replace the journal with a backup, after checking it; the current journal is kept as a
    /// backup first. Close the desktop app before restoring.
    Restore {
        /// The backup file (e.g. from `relief backup list`).
        file: PathBuf,
    },
    /// Fill an empty journal with a realistic made-up history, for a first look or a demo.
    Sample(SampleArgs),
    /// Show or change the journal's settings.
    Settings(SettingsArgs),
    /// Protect the journal and its backups with a passphrase (asked twice). Without it the
    /// journal cannot be read by anyone: keep it safe. Close the desktop app first.
    Protect(protect::NewPassphraseArgs),
    /// Make a protected journal and its backups plain again. Close the desktop app first.
    Unprotect,
    /// Change the passphrase of a protected journal (and its backups).
    Passphrase(protect::NewPassphraseArgs),
    /// Personal experiments: Relief picks at random which of two things to do, and tells you
    /// afterwards whether the difference was more than chance.
    #[command(subcommand)]
    Experiment(experiment::ExperimentCommand),
    /// Keep this journal the same on every computer you use, through a folder another program
    /// syncs (Syncthing, Nextcloud, Dropbox, a USB stick); alone, runs one round now.
    Sync(sync::SyncArgs),
    /// When to get help (red-flags) and how to do each remedy well: lists the guides, or
    /// shows one.
    Guide(GuideArgs),
}

#[derive(Args, Debug)]
pub(super) struct GuideArgs {
    /// `red-flags`, or a remedy's key or name (stretch, heat, …).
    pub(super) name: Option<String>,
    /// The red flags as JSON: each one's key, tier and words.
    #[arg(long)]
    pub(super) json: bool,
}

#[derive(Args, Debug)]
pub(super) struct ImportArgs {
    /// The file to import. Without --from: Relief's own JSON or CSV (told apart by content).
    pub(super) file: PathBuf,
    /// Another app's export: bearable, flaredown, or csv (any CSV, through --mapping).
    #[arg(long, value_name = "APP", value_parser = parse_app)]
    pub(super) from: Option<relief::imports::App>,
    /// How to read it: a mapping saved in the journal (by name) or a TOML file (docs/imports.md).
    #[arg(long, value_name = "NAME|FILE.toml", requires = "from")]
    pub(super) mapping: Option<String>,
    /// Save the mapping used under this name, for next time.
    #[arg(long, value_name = "NAME", requires = "from")]
    pub(super) save_mapping: Option<String>,
    /// Show what the file would become (the first check-ins, counts, every unusable row) and
    /// write nothing.
    #[arg(long, requires = "from")]
    pub(super) dry_run: bool,
    /// Import the usable rows and leave out the rows that cannot be used (else any unusable
    /// row stops the import).
    #[arg(long, requires = "from")]
    pub(super) skip_unusable: bool,
}

#[derive(Args, Debug)]
pub(super) struct SettingsArgs {
    /// The hour (0–12) a new journal day begins; earlier check-ins count toward the day before.
    #[arg(long, value_name = "HOUR", value_parser = parse_day_start)]
    pub(super) day_start: Option<DayStartHour>,
    /// The desktop app's colours: system, light or dark.
    #[arg(long, value_parser = parse_theme)]
    pub(super) theme: Option<Theme>,
    /// Minutes after a logged remedy the app asks "How sore now?" (0 never asks, up to 240).
    #[arg(long, value_name = "MINUTES", value_parser = parse_follow_up)]
    pub(super) follow_up_minutes: Option<FollowUpMinutes>,
    /// Replace the reminders with these (repeat it): KIND@HH:MM[:DAYS], KIND check-in or
    /// stretch, DAYS like mon,tue,wed (default every day). E.g. stretch@10:30:mon,tue,wed,thu,fri
    #[arg(long, value_name = "REMINDER", value_parser = parse_reminder, conflicts_with = "no_reminders")]
    pub(super) remind: Vec<Reminder>,
    /// Remove every reminder.
    #[arg(long)]
    pub(super) no_reminders: bool,
    /// The desktop app's language: system (follow the system), en, de, es or fr. The command
    /// line itself speaks the system's (LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, value_name = "LANG", value_parser = parse_language)]
    pub(super) language: Option<LanguageChoice>,
}

/// What a check-in says: shared by `add` and `edit`.
#[derive(Args, Debug)]
pub(super) struct EntryArgs {
    /// When: RFC 3339 (2026-11-24T08:30:00+01:00) or local time (2026-11-24 08:30).
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub(super) at: Option<Timestamp>,
    /// A sore body region, optionally with its own rating (between_shoulder_blades:6). Repeatable.
    #[arg(long, value_name = "KEY[:N]", value_parser = parse_region)]
    pub(super) region: Vec<RegionRating>,
    /// A suspected cause, by key or name (posture, tension, injury, other, your own). Repeatable.
    #[arg(long, value_name = "KEY")]
    pub(super) cause: Vec<String>,
    /// A remedy tried: KEY[:MINUTES[:AFTER[:AFTER_MINUTES[:DETAIL]]]], e.g. heat:15:3 = heat for
    /// 15 minutes, soreness 3 afterwards; massage:30:4:60:therapist. Repeatable.
    #[arg(long, value_name = "SPEC", value_parser = parse_remedy_spec)]
    pub(super) remedy: Vec<RemedySpec>,
    /// A note (at most 2000 characters).
    #[arg(long, value_name = "TEXT")]
    pub(super) note: Option<String>,
    /// PEG: how much soreness interfered with enjoyment of life (0–10).
    #[arg(long, value_name = "N", value_parser = parse_rating)]
    pub(super) enjoyment: Option<Rating>,
    /// PEG: how much soreness interfered with general activity (0–10).
    #[arg(long, value_name = "N", value_parser = parse_rating)]
    pub(super) activity: Option<Rating>,
    /// A red flag that came with the soreness (chest_pain, breathless, fever, …: `relief guide
    /// red-flags --json` lists them). Repeatable; says what to do after saving.
    #[arg(long, value_name = "KEY", value_parser = parse_red_flag)]
    pub(super) red_flag: Vec<RedFlag>,
}

#[derive(Args, Debug)]
pub(super) struct AddArgs {
    /// How sore, 0 (none) to 10 (worst imaginable).
    #[arg(long, value_name = "N", value_parser = parse_rating)]
    pub(super) rating: Rating,
    #[command(flatten)]
    pub(super) entry: EntryArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum Clearable {
    Regions,
    Causes,
    Remedies,
    Note,
    Enjoyment,
    Activity,
    RedFlags,
}

#[derive(Args, Debug)]
pub(super) struct EditArgs {
    /// The entry's id, or its first 4 or more characters.
    pub(super) id: String,
    /// How sore, 0 (none) to 10 (worst imaginable).
    #[arg(long, value_name = "N", value_parser = parse_rating)]
    pub(super) rating: Option<Rating>,
    #[command(flatten)]
    pub(super) entry: EntryArgs,
    /// Remove a field's values. Repeatable.
    #[arg(long, value_name = "FIELD")]
    pub(super) clear: Vec<Clearable>,
}

#[derive(Args, Debug)]
pub(super) struct ListArgs {
    /// First journal day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) from: Option<NaiveDate>,
    /// Last journal day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) to: Option<NaiveDate>,
    /// Only entries with this remedy (key or name).
    #[arg(long, value_name = "KEY")]
    pub(super) remedy: Option<String>,
    /// Only entries with this suspected cause (key or name).
    #[arg(long, value_name = "KEY")]
    pub(super) cause: Option<String>,
    /// Only entries with this body region.
    #[arg(long, value_name = "KEY", value_parser = parse_region_key)]
    pub(super) region: Option<Region>,
    /// Print a JSON array of entries (the entry shape of the JSON export).
    #[arg(long)]
    pub(super) json: bool,
}

#[derive(Args, Debug)]
pub(super) struct StatsArgs {
    /// First journal day (YYYY-MM-DD). Default: the journal's first.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) from: Option<NaiveDate>,
    /// Last journal day (YYYY-MM-DD). Default: the journal's last.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) to: Option<NaiveDate>,
    /// Print the statistics as JSON (shape documented in docs/stats.md).
    #[arg(long)]
    pub(super) json: bool,
}

#[derive(Args, Debug)]
pub(super) struct ReportArgs {
    /// The PDF to write.
    #[arg(long, value_name = "FILE.pdf")]
    pub(super) out: PathBuf,
    /// First journal day (YYYY-MM-DD). Default: 29 days before --to.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) from: Option<NaiveDate>,
    /// Last journal day (YYYY-MM-DD). Default: today's journal day.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) to: Option<NaiveDate>,
    /// A name line for the header, e.g. the patient's name.
    #[arg(long, value_name = "TEXT")]
    pub(super) name: Option<String>,
    /// Paper size. Default: from the locale (US Letter in the US and Canada, else A4).
    #[arg(long, value_parser = one_of(&Paper::ALL, Paper::name))]
    pub(super) paper: Option<Paper>,
    /// The report's language: en, de, es or fr. Default: the system's (LC_ALL, LC_MESSAGES,
    /// LANG).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub(super) lang: Option<Lang>,
    #[command(flatten)]
    pub(super) force: Force,
}

#[derive(Args, Debug)]
pub(super) struct ChartArgs {
    #[arg(value_parser = one_of(&ChartKind::ALL, ChartKind::name))]
    pub(super) kind: ChartKind,
    /// The image to write: FILE.svg or FILE.png.
    #[arg(long, value_name = "FILE")]
    pub(super) out: PathBuf,
    /// First journal day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) from: Option<NaiveDate>,
    /// Last journal day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) to: Option<NaiveDate>,
    /// Width in pixels (200–4000).
    #[arg(long, default_value_t = 1000)]
    pub(super) width: u32,
    /// Height in pixels (200–4000).
    #[arg(long, default_value_t = 500)]
    pub(super) height: u32,
    #[command(flatten)]
    pub(super) force: Force,
}

#[derive(Args, Debug)]
pub(super) struct ExportArgs {
    /// csv, json or fhir; csv or json taken from --out's extension when omitted.
    #[arg(long, value_enum)]
    pub(super) format: Option<ExportFormat>,
    /// The file to write (replaced whole, never left half-written). Default: stdout.
    #[arg(long, value_name = "FILE")]
    pub(super) out: Option<PathBuf>,
    /// fhir: first journal day (YYYY-MM-DD). Default: the journal's first.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) from: Option<NaiveDate>,
    /// fhir: last journal day (YYYY-MM-DD). Default: the journal's last.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) to: Option<NaiveDate>,
    /// fhir: the patient's name. Default: none (the clinic links the bundle to its record).
    #[arg(long, value_name = "TEXT")]
    pub(super) name: Option<String>,
    #[command(flatten)]
    pub(super) force: Force,
}

/// What `relief export` writes: Relief's own formats (the whole journal) or FHIR (a range).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum ExportFormat {
    Csv,
    Json,
    Fhir,
}

#[derive(Args, Debug)]
pub(super) struct SampleArgs {
    /// How many days of history.
    #[arg(long, value_name = "N")]
    pub(super) days: u32,
    /// The same seed gives the same journal.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub(super) seed: u64,
    /// The last day of the history (YYYY-MM-DD). Default: yesterday.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(super) end: Option<NaiveDate>,
}

#[derive(Subcommand, Debug)]
pub(super) enum BackupAction {
    /// The automatic daily backups beside the journal, newest first.
    List,
}

#[derive(Subcommand, Debug)]
pub(super) enum CatalogueCommand {
    /// List them (archived ones marked).
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add your own; its key is made from the name.
    Add {
        /// The name, e.g. "Yoga".
        name: String,
    },
    /// Give one a new name; its key, and so old exports, stay the same.
    Rename {
        /// The key or current name.
        key: String,
        /// The new name.
        name: String,
    },
    /// Hide one from new check-ins; entries that used it keep it.
    Archive {
        /// The key or name.
        key: String,
    },
    /// Make an archived one available again.
    Unarchive {
        /// The key or name.
        key: String,
    },
    /// Your own short how-to for a remedy you added (`relief guide KEY` shows it); without
    /// TEXT, shows it.
    HowTo {
        /// The key or name.
        key: String,
        /// How you do it, in your words (at most 2000 characters).
        text: Option<String>,
        /// Take it away.
        #[arg(long, conflicts_with = "text")]
        clear: bool,
    },
}
