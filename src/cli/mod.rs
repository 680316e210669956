//! Arguments and commands of the `relief` binary.

mod experiment;
mod imports;
mod protect;
mod show;

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDate, NaiveDateTime};
use clap::{Args, Parser, Subcommand, ValueEnum};

use relief::analysis::{self, Range};
use relief::charts::{self, ChartKind, Size};
use relief::exchange::{self, Format};
use relief::fhir;
use relief::files::{self, Confirm};
use relief::i18n::{
    Lang, Messages, Value,
    Value::{Count, Text},
};
use relief::model::{
    parse_date, CatalogueKind, DayStartHour, Detail, EntryDraft, Filter, FollowUpMinutes, Key,
    Label, LocalTime, Minutes, Note, Rating, Region, RegionRating, RemedyUse, Reminder, Theme,
    Timestamp, ValueError,
};
use relief::report::{self, Paper};
use relief::sample::{self, SampleSpec};
use relief::store::backups;
use relief::store::protect::Passphrase;
use relief::{system, Error, Journal};

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
    db: Option<PathBuf>,

    #[command(flatten)]
    keys: protect::PassphraseArgs,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
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
}

#[derive(Args, Debug)]
struct ImportArgs {
    /// The file to import. Without --from: Relief's own JSON or CSV (told apart by content).
    file: PathBuf,
    /// Another app's export: bearable, flaredown, or csv (any CSV, through --mapping).
    #[arg(long, value_name = "APP", value_parser = parse_app)]
    from: Option<relief::imports::App>,
    /// How to read it: a mapping saved in the journal (by name) or a TOML file (docs/imports.md).
    #[arg(long, value_name = "NAME|FILE.toml", requires = "from")]
    mapping: Option<String>,
    /// Save the mapping used under this name, for next time.
    #[arg(long, value_name = "NAME", requires = "from")]
    save_mapping: Option<String>,
    /// Show what the file would become (the first check-ins, counts, every unusable row) and
    /// write nothing.
    #[arg(long, requires = "from")]
    dry_run: bool,
    /// Import the usable rows and leave out the rows that cannot be used (else any unusable
    /// row stops the import).
    #[arg(long, requires = "from")]
    skip_unusable: bool,
}

fn parse_app(text: &str) -> Result<relief::imports::App, String> {
    relief::imports::App::parse(text)
}

#[derive(Args, Debug)]
struct SettingsArgs {
    /// The hour (0–12) a new journal day begins; earlier check-ins count toward the day before.
    #[arg(long, value_name = "HOUR", value_parser = parse_day_start)]
    day_start: Option<DayStartHour>,
    /// The desktop app's colours: system, light or dark.
    #[arg(long, value_parser = parse_theme)]
    theme: Option<Theme>,
    /// Minutes after a logged remedy the app asks "How sore now?" (0 never asks, up to 240).
    #[arg(long, value_name = "MINUTES", value_parser = parse_follow_up)]
    follow_up_minutes: Option<FollowUpMinutes>,
    /// Replace the reminders with these (repeat it): KIND@HH:MM[:DAYS], KIND check-in or
    /// stretch, DAYS like mon,tue,wed (default every day). E.g. stretch@10:30:mon,tue,wed,thu,fri
    #[arg(long, value_name = "REMINDER", value_parser = parse_reminder, conflicts_with = "no_reminders")]
    remind: Vec<Reminder>,
    /// Remove every reminder.
    #[arg(long)]
    no_reminders: bool,
    /// The desktop app's language: system (follow the system), en, de, es or fr. The command
    /// line itself speaks the system's (LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, value_name = "LANG", value_parser = parse_language)]
    language: Option<LanguageChoice>,
}

/// A language chosen for the app, or none: follow the system.
#[derive(Clone, Copy, Debug)]
struct LanguageChoice(Option<Lang>);

fn parse_language(text: &str) -> Result<LanguageChoice, String> {
    match text.trim() {
        "system" => Ok(LanguageChoice(None)),
        other => Lang::parse(other)
            .map(|l| LanguageChoice(Some(l)))
            .map_err(|_| {
                said(ValueError::new("rule-language-choice").with("got", format!("{other:?}")))
            }),
    }
}

/// What a check-in says: shared by `add` and `edit`.
#[derive(Args, Debug)]
struct EntryArgs {
    /// When: RFC 3339 (2026-11-24T08:30:00+01:00) or local time (2026-11-24 08:30).
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    at: Option<Timestamp>,
    /// A sore body region, optionally with its own rating (between_shoulder_blades:6). Repeatable.
    #[arg(long, value_name = "KEY[:N]", value_parser = parse_region)]
    region: Vec<RegionRating>,
    /// A suspected cause, by key or name (posture, tension, injury, other, your own). Repeatable.
    #[arg(long, value_name = "KEY")]
    cause: Vec<String>,
    /// A remedy tried: KEY[:MINUTES[:AFTER[:AFTER_MINUTES[:DETAIL]]]], e.g. heat:15:3 = heat for
    /// 15 minutes, soreness 3 afterwards; massage:30:4:60:therapist. Repeatable.
    #[arg(long, value_name = "SPEC", value_parser = parse_remedy_spec)]
    remedy: Vec<RemedySpec>,
    /// A note (at most 2000 characters).
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// PEG: how much soreness interfered with enjoyment of life (0–10).
    #[arg(long, value_name = "N", value_parser = parse_rating)]
    enjoyment: Option<Rating>,
    /// PEG: how much soreness interfered with general activity (0–10).
    #[arg(long, value_name = "N", value_parser = parse_rating)]
    activity: Option<Rating>,
}

#[derive(Args, Debug)]
struct AddArgs {
    /// How sore, 0 (none) to 10 (worst imaginable).
    #[arg(long, value_name = "N", value_parser = parse_rating)]
    rating: Rating,
    #[command(flatten)]
    entry: EntryArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Clearable {
    Regions,
    Causes,
    Remedies,
    Note,
    Enjoyment,
    Activity,
}

#[derive(Args, Debug)]
struct EditArgs {
    /// The entry's id, or its first 4 or more characters.
    id: String,
    /// How sore, 0 (none) to 10 (worst imaginable).
    #[arg(long, value_name = "N", value_parser = parse_rating)]
    rating: Option<Rating>,
    #[command(flatten)]
    entry: EntryArgs,
    /// Remove a field's values. Repeatable.
    #[arg(long, value_name = "FIELD")]
    clear: Vec<Clearable>,
}

#[derive(Args, Debug)]
struct ListArgs {
    /// First journal day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    from: Option<NaiveDate>,
    /// Last journal day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    to: Option<NaiveDate>,
    /// Only entries with this remedy (key or name).
    #[arg(long, value_name = "KEY")]
    remedy: Option<String>,
    /// Only entries with this suspected cause (key or name).
    #[arg(long, value_name = "KEY")]
    cause: Option<String>,
    /// Only entries with this body region.
    #[arg(long, value_name = "KEY", value_parser = parse_region_key)]
    region: Option<Region>,
    /// Print a JSON array of entries (the entry shape of the JSON export).
    #[arg(long)]
    json: bool,
}

#[derive(Args, Debug)]
struct StatsArgs {
    /// First journal day (YYYY-MM-DD). Default: the journal's first.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    from: Option<NaiveDate>,
    /// Last journal day (YYYY-MM-DD). Default: the journal's last.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    to: Option<NaiveDate>,
    /// Print the statistics as JSON (shape documented in docs/stats.md).
    #[arg(long)]
    json: bool,
}

#[derive(Args, Debug)]
struct ReportArgs {
    /// The PDF to write.
    #[arg(long, value_name = "FILE.pdf")]
    out: PathBuf,
    /// First journal day (YYYY-MM-DD). Default: 29 days before --to.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    from: Option<NaiveDate>,
    /// Last journal day (YYYY-MM-DD). Default: today's journal day.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    to: Option<NaiveDate>,
    /// A name line for the header, e.g. the patient's name.
    #[arg(long, value_name = "TEXT")]
    name: Option<String>,
    /// Paper size. Default: from the locale (US Letter in the US and Canada, else A4).
    #[arg(long, value_parser = one_of(&Paper::ALL, Paper::name))]
    paper: Option<Paper>,
    /// The report's language: en, de, es or fr. Default: the system's (LC_ALL, LC_MESSAGES,
    /// LANG).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(flatten)]
    force: Force,
}

/// Consent to replace what `--out` names when it needs it.
#[derive(Args, Debug)]
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

#[derive(Args, Debug)]
struct ChartArgs {
    #[arg(value_parser = one_of(&ChartKind::ALL, ChartKind::name))]
    kind: ChartKind,
    /// The image to write: FILE.svg or FILE.png.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// First journal day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    from: Option<NaiveDate>,
    /// Last journal day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    to: Option<NaiveDate>,
    /// Width in pixels (200–4000).
    #[arg(long, default_value_t = 1000)]
    width: u32,
    /// Height in pixels (200–4000).
    #[arg(long, default_value_t = 500)]
    height: u32,
    #[command(flatten)]
    force: Force,
}

#[derive(Args, Debug)]
struct ExportArgs {
    /// csv, json or fhir; csv or json taken from --out's extension when omitted.
    #[arg(long, value_enum)]
    format: Option<ExportFormat>,
    /// The file to write (replaced whole, never left half-written). Default: stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// fhir: first journal day (YYYY-MM-DD). Default: the journal's first.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    from: Option<NaiveDate>,
    /// fhir: last journal day (YYYY-MM-DD). Default: the journal's last.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    to: Option<NaiveDate>,
    /// fhir: the patient's name. Default: none (the clinic links the bundle to its record).
    #[arg(long, value_name = "TEXT")]
    name: Option<String>,
    #[command(flatten)]
    force: Force,
}

/// What `relief export` writes: Relief's own formats (the whole journal) or FHIR (a range).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
    Fhir,
}

#[derive(Args, Debug)]
struct SampleArgs {
    /// How many days of history.
    #[arg(long, value_name = "N")]
    days: u32,
    /// The same seed gives the same journal.
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// The last day of the history (YYYY-MM-DD). Default: yesterday.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    end: Option<NaiveDate>,
}

#[derive(Subcommand, Debug)]
enum BackupAction {
    /// The automatic daily backups beside the journal, newest first.
    List,
}

#[derive(Subcommand, Debug)]
enum CatalogueCommand {
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
}

#[derive(Clone, Debug)]
struct RemedySpec {
    remedy: String,
    minutes: Option<Minutes>,
    rating_after: Option<Rating>,
    after_minutes: Option<Minutes>,
    detail: Option<Detail>,
}

fn with_field<T>(field: &str, r: Result<T, ValueError>) -> Result<T, String> {
    r.map_err(|e| format!("{field} {}", said(e)))
}

/// A value's rule in the system's language, for clap to quote after its own words.
fn said(e: ValueError) -> String {
    e.0.in_(&system::messages())
}

fn parse_rating(text: &str) -> Result<Rating, String> {
    Rating::parse(text).map_err(said)
}

fn parse_day(text: &str) -> Result<NaiveDate, String> {
    parse_date(text).map_err(said)
}

/// One of `all`, written as the core names it (`a4`, `trend`); clap lists the names in the
/// help and in its error for any other word.
fn one_of<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(T) -> &'static str,
) -> impl clap::builder::TypedValueParser<Value = T> {
    let names = all.iter().map(|&t| name(t));
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(names).try_map(move |text| {
        all.iter()
            .copied()
            .find(|&t| name(t) == text)
            .ok_or("unknown")
    })
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).map_err(|e| said(ValueError(e)))
}

fn parse_day_start(text: &str) -> Result<DayStartHour, String> {
    DayStartHour::parse(text).map_err(said)
}

fn parse_theme(text: &str) -> Result<Theme, String> {
    Theme::parse(text.trim()).map_err(said)
}

fn parse_reminder(text: &str) -> Result<Reminder, String> {
    text.parse::<Reminder>().map_err(said)
}

fn parse_follow_up(text: &str) -> Result<FollowUpMinutes, String> {
    FollowUpMinutes::parse(text).map_err(said)
}

fn parse_region_key(text: &str) -> Result<Region, String> {
    Region::from_key(text).map_err(said)
}

fn parse_region(text: &str) -> Result<RegionRating, String> {
    let (key, rating) = match text.split_once(':') {
        Some((k, r)) => (k, Some(with_field("region rating", Rating::parse(r))?)),
        None => (text, None),
    };
    Ok(RegionRating {
        region: parse_region_key(key)?,
        rating,
    })
}

/// Local time without an offset takes this machine's offset at that moment.
fn parse_time(text: &str) -> Result<Timestamp, String> {
    if let Ok(t) = Timestamp::parse(text) {
        return Ok(t);
    }
    let trimmed = text.trim();
    let naive = [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(trimmed, f).ok())
    .ok_or_else(|| {
        format!(
            "'{}' is not a time; use 2026-11-24T08:30:00+01:00 or 2026-11-24 08:30",
            trimmed.escape_debug()
        )
    })?;
    // The journal's one reading of a local time (`LocalTime`); typed by hand at a terminal, a
    // time that happens twice or not at all is asked about rather than guessed.
    let with = |t: chrono::DateTime<chrono::FixedOffset>| t.format("%Y-%m-%dT%H:%M:%S%:z");
    match LocalTime::of(naive, &Local) {
        LocalTime::Once(at) => Ok(Timestamp::new(at)),
        LocalTime::Twice { first, second } => Err(format!(
            "{trimmed} happens twice here (the clocks go back): give the offset, {} (the first) or {} (the second)",
            with(first),
            with(second)
        )),
        LocalTime::Skipped { offset_before, .. } => Err(format!(
            "{trimmed} does not exist in local time (the clocks go forward); give the offset, e.g. {}{offset_before}",
            naive.format("%Y-%m-%dT%H:%M:%S")
        )),
        LocalTime::Never => Err(format!("{trimmed} does not exist in local time")),
    }
}

fn parse_remedy_spec(text: &str) -> Result<RemedySpec, String> {
    let mut parts = text.splitn(5, ':');
    let remedy = parts.next().unwrap_or_default().trim().to_owned();
    if remedy.is_empty() {
        return Err("names no remedy; use KEY[:MINUTES[:AFTER[:AFTER_MINUTES[:DETAIL]]]]".into());
    }
    let mut next = || parts.next().map(str::trim).filter(|p| !p.is_empty());
    let minutes = next()
        .map(|p| with_field("minutes", Minutes::parse(p)))
        .transpose()?;
    let rating_after = next()
        .map(|p| with_field("after-rating", Rating::parse(p)))
        .transpose()?;
    let after_minutes = next()
        .map(|p| with_field("after-minutes", Minutes::parse(p)))
        .transpose()?;
    let detail = with_field("detail", Detail::new(parts.next().unwrap_or_default()))?;
    Ok(RemedySpec {
        remedy,
        minutes,
        rating_after,
        after_minutes,
        detail,
    })
}

fn check_range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Range, Error> {
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(Error::invalid(
                "--from",
                ValueError::new("rule-from-after-to-flag")
                    .with("from", f.to_string())
                    .with("to", t.to_string()),
            ));
        }
    }
    Ok(Range { from, to })
}

fn journal_path(db: Option<PathBuf>) -> Result<PathBuf, Error> {
    match db {
        Some(p) => Ok(p),
        None => Journal::default_path()
            .ok_or_else(|| Error::invalid("journal", ValueError::new("rule-no-data-folder"))),
    }
}

fn note(text: &str) -> Result<Option<Note>, Error> {
    Note::new(text).map_err(|e| Error::invalid("note", e))
}

/// Applies the given fields of `args` to `draft`, resolving remedy and cause names.
fn apply(journal: &Journal, draft: &mut EntryDraft, args: EntryArgs) -> Result<(), Error> {
    if let Some(at) = args.at {
        draft.recorded_at = at;
    }
    if !args.region.is_empty() {
        draft.regions = args.region;
    }
    if !args.cause.is_empty() {
        draft.causes = args
            .cause
            .iter()
            .map(|c| journal.find_item(CatalogueKind::Cause, c).map(|i| i.key))
            .collect::<Result<Vec<Key>, Error>>()?;
    }
    if !args.remedy.is_empty() {
        draft.remedies = args
            .remedy
            .into_iter()
            .map(|spec| {
                let item = journal.find_item(CatalogueKind::Remedy, &spec.remedy)?;
                Ok(RemedyUse {
                    key: item.key,
                    minutes: spec.minutes,
                    detail: spec.detail,
                    rating_after: spec.rating_after,
                    after_minutes: spec.after_minutes,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
    }
    if let Some(text) = args.note {
        draft.note = note(&text)?;
    }
    if args.enjoyment.is_some() {
        draft.enjoyment = args.enjoyment;
    }
    if args.activity.is_some() {
        draft.activity = args.activity;
    }
    Ok(())
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
    if let Err(e) = journal.daily_backup(journal.now().date_naive()) {
        eprintln!("relief: warning: today's automatic backup failed: {e}");
    }
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

/// Logs a check-in now (or `--at`).
fn add(journal: &mut Journal, args: AddArgs, out: &mut dyn Write) -> Outcome {
    let now = Timestamp::new(journal.now());
    let mut draft = EntryDraft::new(now, args.rating);
    apply(journal, &mut draft, args.entry)?;
    let entry = journal.add_entry(&draft)?;
    writeln!(out, "{}", entry.id)?;
    Ok(())
}

/// Replaces the fields given; the rest stay.
fn edit(journal: &mut Journal, args: EditArgs, out: &mut dyn Write) -> Outcome {
    let id = journal.resolve_id(&args.id)?;
    let before = journal.entry(id)?;
    let mut draft = before.to_draft();
    if let Some(rating) = args.rating {
        draft.rating = rating;
    }
    for field in &args.clear {
        match field {
            Clearable::Regions => draft.regions.clear(),
            Clearable::Causes => draft.causes.clear(),
            Clearable::Remedies => draft.remedies.clear(),
            Clearable::Note => draft.note = None,
            Clearable::Enjoyment => draft.enjoyment = None,
            Clearable::Activity => draft.activity = None,
        }
    }
    apply(journal, &mut draft, args.entry)?;
    if draft == before.to_draft() {
        return Err(Error::invalid("edit", ValueError::new("rule-nothing-to-change")).into());
    }
    let entry = journal.edit_entry(id, &draft)?;
    writeln!(out, "{}", entry.id)?;
    Ok(())
}

/// Deletes softly; `relief undo` brings it back.
fn delete(journal: &mut Journal, id: String, out: &mut dyn Write) -> Outcome {
    let id = journal.resolve_id(&id)?;
    journal.delete_entry(id)?;
    let id = id.to_string();
    say(out, "cli-deleted", &[("id", Text(&id))])?;
    Ok(())
}

/// Brings back the most recently deleted entry.
fn undo(journal: &mut Journal, out: &mut dyn Write) -> Outcome {
    let entry = journal.undo_delete()?;
    let id = entry.id.to_string();
    say(out, "cli-restored-entry", &[("id", Text(&id))])?;
    Ok(())
}

/// Entries by journal day, as text or JSON.
fn list(journal: &Journal, args: ListArgs, out: &mut dyn Write) -> Outcome {
    check_range(args.from, args.to)?;
    let key_of = |kind, text: &Option<String>| {
        text.as_ref()
            .map(|t| journal.find_item(kind, t).map(|item| item.key))
            .transpose()
    };
    let filter = Filter {
        from: args.from,
        to: args.to,
        remedy: key_of(CatalogueKind::Remedy, &args.remedy)?,
        cause: key_of(CatalogueKind::Cause, &args.cause)?,
        region: args.region,
    };
    let entries = journal.entries(&filter)?;
    if args.json {
        return print(out, true, entries.as_slice(), |_, _| Ok(()));
    }
    let m = system::messages();
    show::entries(out, &entries, &m)?;
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

/// The clinician PDF.
fn report(journal: &Journal, args: ReportArgs, out: &mut dyn Write) -> Outcome {
    let target = journal.target(&args.out, args.force.confirm())?;
    let today = journal.today()?;
    let to = args.to.unwrap_or(today);
    let from = args.from.unwrap_or(to - chrono::Duration::days(29));
    let range = check_range(Some(from), Some(to))?;
    let name = match &args.name {
        Some(n) => Some(Label::new(n).map_err(|e| Error::invalid("--name", e))?),
        None => None,
    };
    let paper = args
        .paper
        .unwrap_or_else(|| Paper::for_locale(&system::paper_locale()));
    let snapshot = journal.snapshot(range)?;
    let messages = args.lang.map_or_else(system::messages, Messages::new);
    let pdf = report::report_in(
        &snapshot,
        name.as_ref().map(Label::as_str),
        today,
        paper,
        &messages,
    )?;
    files::write_bytes(&target, &pdf)?;
    plain_copy(journal, &args.out);
    let file = args.out.display().to_string();
    say(
        out,
        "cli-wrote",
        &[
            ("file", Text(&file)),
            (
                "kilobytes",
                Count(i64::try_from(pdf.len().div_ceil(1024)).unwrap_or(0)),
            ),
        ],
    )?;
    Ok(())
}

/// One chart as SVG or PNG.
fn chart(journal: &Journal, args: ChartArgs) -> Outcome {
    let kind = args.kind;
    let size = Size::new(args.width, args.height)?;
    let png = is_png(&args.out)?;
    let target = journal.target(&args.out, args.force.confirm())?;
    let m = system::messages();
    let stats = analysis::stats_in(&journal.snapshot(check_range(args.from, args.to)?)?, &m);
    let bytes = if png {
        charts::png_in(kind, &stats, size, &m)?
    } else {
        charts::svg_in(kind, &stats, size, &m)?.into_bytes()
    };
    files::write_bytes(&target, &bytes)?;
    plain_copy(journal, &args.out);
    Ok(())
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

/// Says the message `id` with `args` in the system's language, on a line of its own.
fn say(out: &mut dyn Write, id: &str, args: &[(&str, Value<'_>)]) -> std::io::Result<()> {
    writeln!(out, "{}", system::messages().get(id, args))
}

/// "new in your catalogues: …", after an import that created items.
fn print_created(out: &mut dyn Write, report: &relief::store::ImportReport) -> std::io::Result<()> {
    if report.differing > 0 {
        say(
            out,
            "cli-import-differing",
            &[("differing", Count(i64::from(report.differing)))],
        )?;
    }
    if report.remedies_created + report.causes_created > 0 {
        let count = |n: u32| Count(i64::from(n));
        say(
            out,
            "cli-new-items",
            &[
                ("remedies", count(report.remedies_created)),
                ("causes", count(report.causes_created)),
            ],
        )?;
    }
    Ok(())
}

/// The whole journal as CSV or JSON, or a range of it as FHIR, to a file or stdout.
fn export(journal: &Journal, args: ExportArgs, out: &mut dyn Write) -> Outcome {
    let format = args
        .format
        .or_else(|| {
            args.out
                .as_deref()
                .and_then(Format::of_path)
                .map(|f| match f {
                    Format::Csv => ExportFormat::Csv,
                    Format::Json => ExportFormat::Json,
                })
        })
        .ok_or_else(|| Error::invalid("--format", ValueError::new("rule-export-format")))?;
    if format != ExportFormat::Fhir {
        for (given, flag) in [
            (args.from.is_some(), "--from"),
            (args.to.is_some(), "--to"),
            (args.name.is_some(), "--name"),
        ] {
            if given {
                return Err(Error::invalid(flag, ValueError::new("rule-fhir-only")).into());
            }
        }
    }
    let name = match &args.name {
        Some(n) => Some(Label::new(n).map_err(|e| Error::invalid("--name", e))?),
        None => None,
    };
    let range = check_range(args.from, args.to)?;
    let target = match &args.out {
        Some(path) => Some(journal.target(path, args.force.confirm())?),
        None => None,
    };
    type Writer<'a> = Box<dyn Fn(&mut dyn Write) -> relief::Result<()> + 'a>;
    let write: Writer<'_> = match format {
        ExportFormat::Fhir => {
            let snapshot = journal.snapshot(range)?;
            let subject = fhir::Subject {
                journal: journal.journal_id()?,
                name: name.as_ref(),
            };
            Box::new(move |w| fhir::export(&snapshot, &subject, w))
        }
        ExportFormat::Csv | ExportFormat::Json => {
            let snapshot = journal.snapshot(Range::default())?;
            let own = if format == ExportFormat::Csv {
                Format::Csv
            } else {
                Format::Json
            };
            Box::new(move |w| exchange::export(&snapshot, own, w))
        }
    };
    match target {
        Some(target) => {
            files::write_atomically(&target, write)?;
            plain_copy(journal, target.path());
        }
        None => write(out)?,
    }
    Ok(())
}

/// Says, for a protected journal, that the file just written from it is an ordinary one.
fn plain_copy(journal: &Journal, file: &Path) {
    if journal.is_protected() {
        let file = file.display().to_string();
        let note = system::messages().get("cli-plain-copy", &[("file", Text(&file))]);
        eprintln!("relief: {note}");
    }
}

/// A CSV or JSON file, all or nothing.
fn import(journal: &mut Journal, file: PathBuf, out: &mut dyn Write) -> Outcome {
    let report = journal.import(&exchange::read_file(&file)?)?;
    let count = |n: u32| Count(i64::from(n));
    say(
        out,
        "cli-imported",
        &[
            ("added", count(report.added)),
            ("skipped", count(report.skipped)),
        ],
    )?;
    print_created(out, &report)?;
    Ok(())
}

/// A made-up history, only into an empty journal.
fn sample(journal: &mut Journal, path: &Path, args: SampleArgs, out: &mut dyn Write) -> Outcome {
    let existing = journal.count_entries()?;
    if existing > 0 {
        return Err(Error::invalid(
            "sample",
            ValueError::new("rule-sample-not-empty")
                .with("file", path.display().to_string())
                .with("count", existing),
        )
        .into());
    }
    let end = match args.end {
        Some(d) => d,
        None => journal.now().date_naive() - chrono::Duration::days(1),
    };
    let data = sample::generate(&SampleSpec {
        days: args.days,
        seed: args.seed,
        end,
    })?;
    let report = journal.import(&data)?;
    say(
        out,
        "cli-sample-added",
        &[
            ("added", Count(i64::from(report.added))),
            ("days", Count(i64::from(args.days))),
        ],
    )?;
    Ok(())
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
