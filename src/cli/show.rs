//! Human-readable output of the CLI. Machine-readable output is `--json`.

use std::io::{self, Write};

use relief::analysis::words::one_or_dash as num;
use relief::analysis::{GroupStats, Stats};
use relief::model::{CatalogueItem, Entry};

/// Entries grouped by journal day:
/// `  08:12  4/10  3f2a9c1e  between_shoulder_blades, neck · posture · heat 15 min → 2`
pub fn entries(out: &mut dyn Write, entries: &[Entry]) -> io::Result<()> {
    if entries.is_empty() {
        return writeln!(out, "No entries. Log one with `relief add --rating N`.");
    }
    let mut day = None;
    for entry in entries {
        if day != Some(entry.journal_day) {
            day = Some(entry.journal_day);
            writeln!(out, "{}", entry.journal_day.format("%Y-%m-%d %a"))?;
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
            parts.push(u.describe(u.key.as_str()));
        }
        if let (Some(e), Some(a)) = (entry.enjoyment, entry.activity) {
            parts.push(format!("PEG enjoyment {e}, activity {a}"));
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

pub fn catalogue(out: &mut dyn Write, items: &[CatalogueItem]) -> io::Result<()> {
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
            if item.archived { "  (archived)" } else { "" }
        )?;
    }
    Ok(())
}

/// The human summary of `relief stats`.
pub fn stats(out: &mut dyn Write, s: &Stats) -> io::Result<()> {
    let (Some(from), Some(to)) = (s.range.from, s.range.to) else {
        return writeln!(
            out,
            "No entries in this range yet. Log one with `relief add --rating N`."
        );
    };
    writeln!(
        out,
        "{from} – {to}: {} of {} days logged",
        s.range.days_logged, s.range.days
    )?;
    rating_lines(out, s)?;
    writeln!(out)?;
    remedy_lines(out, s)?;
    group_lines(out, "Suspected causes", &s.causes)?;
    group_lines(out, "Where", &s.regions)
}

/// Average, least and worst; the first week against the last; the latest PEG.
fn rating_lines(out: &mut dyn Write, s: &Stats) -> io::Result<()> {
    writeln!(
        out,
        "Soreness (0–10): average {}, least {}, worst {}",
        num(s.rating.mean),
        s.rating
            .min
            .map(|v| v.to_string())
            .unwrap_or_else(|| "–".into()),
        s.rating
            .max
            .map(|v| v.to_string())
            .unwrap_or_else(|| "–".into()),
    )?;
    if let (Some(a), Some(b), Some(c)) = (
        s.rating.first_week_mean,
        s.rating.last_week_mean,
        s.rating.change_points,
    ) {
        let pct = s
            .rating
            .change_percent
            .map(|p| format!(" ({p:+.0}%)"))
            .unwrap_or_default();
        writeln!(
            out,
            "First week {a:.1} → last week {b:.1}: {c:+.1} points{pct}"
        )?;
    }
    if let Some(peg) = s.peg_weekly.last() {
        writeln!(
            out,
            "Latest weekly PEG (pain, enjoyment, activity; 0–10): {:.1}",
            peg.peg
        )?;
    }
    Ok(())
}

/// Each remedy and combination: session relief with its interval and verdict, why, and the
/// next-morning effect.
fn remedy_lines(out: &mut dyn Write, s: &Stats) -> io::Result<()> {
    writeln!(out, "What helped (relief in points: positive = less sore; 95% intervals, adjusted for testing several remedies)")?;
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
            "  {:<28} {:>4} uses  session {:>5} [{}, {}]  {}",
            r.label,
            r.uses,
            num(est),
            num(lo),
            num(hi),
            session.verdict.words()
        )?;
        writeln!(out, "      {}", session.explanation)?;
        if let Some(nd) = &r.next_day {
            writeln!(
                out,
                "      next morning: {} [{}, {}] {} — {}",
                num(nd.relief),
                num(nd.ci_low),
                num(nd.ci_high),
                nd.verdict.words(),
                nd.explanation
            )?;
        }
    }
    Ok(())
}

/// Causes or regions with their check-ins and mean rating; nothing when there are none.
fn group_lines(out: &mut dyn Write, title: &str, groups: &[GroupStats]) -> io::Result<()> {
    if groups.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "{title}")?;
    for g in groups {
        writeln!(
            out,
            "  {:<28} {:>5} entries, mean {}",
            g.label,
            g.entries,
            num(g.mean_rating)
        )?;
    }
    Ok(())
}
