//! What goes out of the journal as a file (the report, charts, exports) and what comes in
//! (imports, the sample journal).

use std::io::Write;
use std::path::{Path, PathBuf};

use relief::analysis::{self, Range};
use relief::charts::{self, Size};
use relief::exchange::{self, Format};
use relief::fhir;
use relief::files;
use relief::i18n::{
    Messages,
    Value::{Count, Text},
};
use relief::model::{Label, ValueError};
use relief::report::{self, Paper};
use relief::sample::{self, SampleSpec};
use relief::{system, Error, Journal};

use super::args::{ChartArgs, ExportArgs, ExportFormat, ReportArgs, SampleArgs};
use super::parse::check_range;
use super::{is_png, say, Outcome};

/// The clinician PDF.
pub(super) fn report(journal: &Journal, args: ReportArgs, out: &mut dyn Write) -> Outcome {
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
pub(super) fn chart(journal: &Journal, args: ChartArgs) -> Outcome {
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

/// "new in your catalogues: …", after an import that created items.
pub(super) fn print_created(
    out: &mut dyn Write,
    report: &relief::store::ImportReport,
) -> std::io::Result<()> {
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
pub(super) fn export(journal: &Journal, args: ExportArgs, out: &mut dyn Write) -> Outcome {
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
pub(super) fn plain_copy(journal: &Journal, file: &Path) {
    if journal.is_protected() {
        let file = file.display().to_string();
        let note = system::messages().get("cli-plain-copy", &[("file", Text(&file))]);
        eprintln!("relief: {note}");
    }
}

/// A CSV or JSON file, all or nothing.
pub(super) fn import(journal: &mut Journal, file: PathBuf, out: &mut dyn Write) -> Outcome {
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
pub(super) fn sample(
    journal: &mut Journal,
    path: &Path,
    args: SampleArgs,
    out: &mut dyn Write,
) -> Outcome {
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
