//! `relief import FILE --from bearable|flaredown|csv`: another app's export, through a preview
//! (`docs/imports.md`).

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use relief::i18n::{Said, Value};
use relief::imports::{self, App, Mapping, Preview};
use relief::model::{CatalogueKind, ValueError};
use relief::{Error, Journal};

use super::args::ImportArgs;
use super::Outcome;

/// How many check-ins a preview shows.
const SHOWN: usize = 10;

/// The mapping `--mapping` names: a saved one, or a TOML file.
fn mapping(journal: &Journal, given: Option<&str>) -> Result<Mapping, Error> {
    let Some(given) = given else {
        return Ok(Mapping::default());
    };
    if let Some(saved) = journal.mapping(given)? {
        return Ok(saved);
    }
    let path = Path::new(given);
    if !path.is_file() {
        let saved = journal.mapping_names()?;
        return Err(Error::invalid(
            "--mapping",
            if saved.is_empty() {
                ValueError::new("rule-mapping-unknown-none-saved").with("got", format!("{given:?}"))
            } else {
                ValueError::new("rule-mapping-unknown")
                    .with("got", format!("{given:?}"))
                    .with("saved", saved.join(", "))
            },
        ));
    }
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    Mapping::from_toml(&text).map_err(|m| Error::import(path.display().to_string(), m))
}

pub(super) fn run(
    journal: &mut Journal,
    app: App,
    args: ImportArgs,
    out: &mut dyn Write,
) -> Outcome {
    let mapping = mapping(journal, args.mapping.as_deref())?;
    let bytes = relief::exchange::read_import(&args.file)?;
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let preview = imports::read(&bytes, Some(app), &mapping, &name)?;
    if args.dry_run {
        let names = Names {
            remedies: names(journal, &preview, CatalogueKind::Remedy)?,
            causes: names(journal, &preview, CatalogueKind::Cause)?,
        };
        show(&preview, &names, out)?;
        writeln!(
            out,
            "{}",
            relief::system::messages().get("cli-dry-run", &[])
        )?;
        return Ok(());
    }
    if !preview.unusable.is_empty() && !args.skip_unusable {
        let first = &preview.unusable[0];
        return Err(Error::import(
            relief::exchange::line(first.line),
            Said::new("cli-import-unusable")
                .with("reason", first.reason.clone())
                .with("count", preview.unusable.len()),
        )
        .into());
    }
    let report = journal.import(&preview.data)?;
    if let Some(name) = &args.save_mapping {
        journal.save_mapping(name, &mapping)?;
    }
    super::say(
        out,
        "cli-imported-from",
        &[
            ("added", Value::Count(i64::from(report.added))),
            ("app", Value::Text(app.key())),
            ("skipped", Value::Count(i64::from(report.skipped))),
            (
                "unusable",
                Value::Count(i64::try_from(preview.unusable.len()).unwrap_or(i64::MAX)),
            ),
        ],
    )?;
    super::transfer::print_created(out, &report)?;
    Ok(())
}

/// The names the person will see for a preview's keys.
struct Names {
    remedies: HashMap<String, String>,
    causes: HashMap<String, String>,
}

/// Each key of `kind` in a preview with the name the person will see: the journal's own item
/// (built-ins in the language), else the name the file gives it.
fn names(
    journal: &Journal,
    p: &Preview,
    kind: CatalogueKind,
) -> Result<HashMap<String, String>, Error> {
    let m = relief::system::messages();
    let declared = match kind {
        CatalogueKind::Remedy => &p.data.remedies,
        CatalogueKind::Cause => &p.data.causes,
    };
    let mut names: HashMap<String, String> = declared
        .iter()
        .map(|item| (item.key.to_string(), item.label.as_str().to_owned()))
        .collect();
    for item in relief::model::in_language(kind, &journal.catalogue(kind)?, &m) {
        names.insert(item.key.to_string(), item.label.as_str().to_owned());
    }
    Ok(names)
}

fn show(p: &Preview, names: &Names, out: &mut dyn Write) -> std::io::Result<()> {
    let m = relief::system::messages();
    let count = |n: usize| Value::Count(i64::try_from(n).unwrap_or(i64::MAX));
    writeln!(
        out,
        "{}",
        m.get(
            "cli-preview",
            &[
                ("app", Value::Text(p.app.key())),
                ("encoding", Value::Text(&p.encoding)),
                ("separator", Value::Text(&p.separator)),
                ("rows", Value::Count(i64::from(p.rows))),
                ("checkins", count(p.checkins())),
                ("unusable", count(p.unusable.len())),
            ],
        )
    )?;
    for note in &p.notes {
        writeln!(
            out,
            "{}",
            m.get("cli-preview-note", &[("note", Value::Text(&note.in_(&m)))])
        )?;
    }
    for e in p.entries().take(SHOWN) {
        writeln!(out, "{}", preview_line(&e, names, &m))?;
    }
    if p.checkins() > SHOWN {
        let more = m.get("exp-more", &[("n", count(p.checkins() - SHOWN))]);
        writeln!(out, "  {more}")?;
    }
    for u in &p.unusable {
        let said = m.get(
            "cli-preview-unusable",
            &[
                ("line", Value::Count(i64::from(u.line))),
                ("reason", Value::Text(&u.reason.in_(&m))),
            ],
        );
        writeln!(out, "{said}")?;
    }
    Ok(())
}

/// One check-in of a preview on a line: its time and rating, what was tried and why (by the
/// names the person sees), the start of its note.
fn preview_line(e: &relief::model::Entry, names: &Names, m: &relief::i18n::Messages) -> String {
    let remedies: Vec<String> = e
        .remedies
        .iter()
        .map(|r| {
            let name = names
                .remedies
                .get(r.key.as_str())
                .map_or(r.key.as_str(), String::as_str);
            match &r.detail {
                Some(d) => format!("{name} ({})", d.as_str()),
                None => name.to_owned(),
            }
        })
        .collect();
    let mut line = format!(
        "  {}  {}/10",
        e.recorded_at.datetime().format("%Y-%m-%d %H:%M %:z"),
        e.rating.get()
    );
    if !remedies.is_empty() {
        let list = remedies.join(", ");
        line.push_str("  ");
        line.push_str(&m.get("cli-preview-tried", &[("list", Value::Text(&list))]));
    }
    if !e.causes.is_empty() {
        let causes: Vec<&str> = e
            .causes
            .iter()
            .map(|c| {
                names
                    .causes
                    .get(c.as_str())
                    .map_or(c.as_str(), String::as_str)
            })
            .collect();
        let list = causes.join(", ");
        line.push_str("  ");
        line.push_str(&m.get("cli-preview-causes", &[("list", Value::Text(&list))]));
    }
    if let Some(note) = &e.note {
        let first: String = note
            .as_str()
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(60)
            .collect();
        line.push_str("  ");
        line.push_str(&m.get("cli-preview-note-of", &[("note", Value::Text(&first))]));
    }
    line
}
