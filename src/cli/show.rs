//! Human-readable output of the CLI. Machine-readable output is `--json`.

use std::io::{self, Write};

use relief::analysis::{GroupStats, Stats};
use relief::i18n::{Messages, Value};
use relief::model::{CatalogueItem, Entry};

/// Entries grouped by journal day:
/// `  08:12  4/10  3f2a9c1e  between_shoulder_blades, neck · posture · heat 15 min → 2`
/// Regions and causes by their keys (what `--region` and `--cause` take), the rest in `m`'s
/// language.
pub fn entries(out: &mut dyn Write, entries: &[Entry], m: &Messages) -> io::Result<()> {
    if entries.is_empty() {
        return writeln!(out, "{}", m.get("cli-no-entries", &[]));
    }
    let mut day = None;
    for entry in entries {
        if day != Some(entry.journal_day) {
            day = Some(entry.journal_day);
            let weekday = entry
                .journal_day
                .format_localized("%a", m.lang().chrono_locale());
            writeln!(out, "{} {weekday}", entry.journal_day.format("%Y-%m-%d"))?;
        }
        let mut parts: Vec<String> = Vec::new();
        if !entry.regions.is_empty() {
            parts.push(
                entry
                    .regions
                    .iter()
                    .map(|r| match r.rating {
                        Some(n) => format!("{} {n}", r.region),
                        None => r.region.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        if !entry.causes.is_empty() {
            parts.push(
                entry
                    .causes
                    .iter()
                    .map(|c| c.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        for u in &entry.remedies {
            parts.push(u.describe(u.key.as_str(), m));
        }
        if let (Some(e), Some(a)) = (entry.enjoyment, entry.activity) {
            let (e, a) = (e.get().to_string(), a.get().to_string());
            parts.push(m.get(
                "cli-peg",
                &[
                    ("enjoyment", Value::Text(&e)),
                    ("activity", Value::Text(&a)),
                ],
            ));
        }
        if !entry.red_flags.is_empty() {
            let flags: Vec<String> = entry
                .red_flags
                .iter()
                .map(|f| m.get(f.message(), &[]))
                .collect();
            parts.push(format!(
                "{}: {}",
                m.get("safety-reported", &[]),
                flags.join(", ")
            ));
        }
        if let Some(note) = &entry.note {
            // One line per entry: a note's line breaks are shown as ⏎, control characters never
            // reach the terminal (the model refuses them).
            parts.push(format!("“{}”", note.as_str().replace(['\n', '\r'], " ⏎ ")));
        }
        writeln!(
            out,
            "  {}  {:>2}/10  {}  {}",
            entry.recorded_at.datetime().format("%H:%M"),
            entry.rating.get(),
            entry.id.short(),
            parts.join(" · ")
        )?;
    }
    Ok(())
}

pub fn catalogue(out: &mut dyn Write, items: &[CatalogueItem], m: &Messages) -> io::Result<()> {
    let width = items
        .iter()
        .map(|i| i.key.as_str().len())
        .max()
        .unwrap_or(0);
    for item in items {
        writeln!(
            out,
            "{:width$}  {}{}",
            item.key.as_str(),
            item.label,
            if item.archived {
                format!("  ({})", m.get("cli-archived", &[]))
            } else {
                String::new()
            }
        )?;
    }
    Ok(())
}

/// The human summary of `relief stats`, in `m`'s language.
pub fn stats(out: &mut dyn Write, s: &Stats, m: &Messages) -> io::Result<()> {
    let (Some(from), Some(to)) = (s.range.from, s.range.to) else {
        return writeln!(out, "{}", m.get("stats-empty", &[]));
    };
    writeln!(
        out,
        "{}",
        m.get(
            "stats-range",
            &[
                ("from", Value::Text(&from.to_string())),
                ("to", Value::Text(&to.to_string())),
                ("logged", Value::Count(i64::from(s.range.days_logged))),
                ("days", Value::Count(i64::from(s.range.days))),
            ],
        )
    )?;
    rating_lines(out, s, m)?;
    writeln!(out)?;
    remedy_lines(out, s, m)?;
    group_lines(out, m, &m.get("stats-causes", &[]), &s.causes)?;
    group_lines(out, m, &m.get("stats-where", &[]), &s.regions)
}

/// One decimal in `m`'s language, or "–".
fn num(m: &Messages, x: Option<f64>) -> String {
    x.map(|x| m.one(x)).unwrap_or_else(|| "–".into())
}

/// Average, least and worst; the first week against the last; the latest PEG.
fn rating_lines(out: &mut dyn Write, s: &Stats, m: &Messages) -> io::Result<()> {
    let whole = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
    writeln!(
        out,
        "{}",
        m.get(
            "stats-soreness",
            &[
                ("mean", Value::Text(&num(m, s.rating.mean))),
                ("least", Value::Text(&whole(s.rating.min))),
                ("worst", Value::Text(&whole(s.rating.max))),
            ],
        )
    )?;
    if let Some(change) = s.rating.change_in(m) {
        writeln!(
            out,
            "{}",
            m.get(
                "stats-first-last",
                &[
                    ("first", Value::Text(&change.first)),
                    ("last", Value::Text(&change.last)),
                    ("change", Value::Text(&change.change)),
                    ("percent", Value::Text(&change.percent)),
                ],
            )
        )?;
    }
    if let Some(peg) = s.peg_weekly.last() {
        writeln!(
            out,
            "{}",
            m.get("stats-peg", &[("peg", Value::Text(&m.one(peg.peg)))])
        )?;
    }
    Ok(())
}

/// Each remedy and combination: session relief with its interval and verdict, why, and the
/// next-morning effect.
fn remedy_lines(out: &mut dyn Write, s: &Stats, m: &Messages) -> io::Result<()> {
    writeln!(out, "{}", m.get("stats-what-helped", &[]))?;
    let (uses, session_word, next) = (
        m.get("stats-uses", &[]),
        m.get("stats-session", &[]),
        m.get("stats-next-morning", &[]),
    );
    for r in s.remedies.iter().chain(&s.combinations) {
        let session = &r.session;
        let e = session.estimate.as_ref();
        let (est, lo, hi) = (
            e.map(|e| e.relief),
            e.and_then(|e| e.ci_low),
            e.and_then(|e| e.ci_high),
        );
        writeln!(
            out,
            "  {:<28} {:>4} {uses}  {session_word} {:>5} {}  {}",
            r.label,
            r.uses,
            num(m, est),
            m.interval(lo, hi),
            session.verdict.words_in(m)
        )?;
        writeln!(out, "      {}", session.explanation)?;
        if let Some(nd) = &r.next_day {
            writeln!(
                out,
                "      {next}: {} {} {} — {}",
                num(m, nd.relief),
                m.interval(nd.ci_low, nd.ci_high),
                nd.verdict.words_in(m),
                nd.explanation
            )?;
        }
    }
    Ok(())
}

/// Causes or regions with their check-ins and mean rating; nothing when there are none.
fn group_lines(
    out: &mut dyn Write,
    m: &Messages,
    title: &str,
    groups: &[GroupStats],
) -> io::Result<()> {
    if groups.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "{title}")?;
    for g in groups {
        let count = format!("{:>5}", g.entries);
        writeln!(
            out,
            "  {:<28} {}",
            g.label,
            m.get(
                "stats-entries-mean",
                &[
                    ("count", Value::Text(&count)),
                    ("entries", Value::Count(i64::from(g.entries))),
                    ("mean", Value::Text(&num(m, g.mean_rating))),
                ],
            )
        )?;
    }
    Ok(())
}
