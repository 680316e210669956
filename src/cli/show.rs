//! Human-readable output of the CLI. Machine-readable output is `--json`.

use std::io::{self, Write};

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
            let mut text = u.key.to_string();
            if let Some(m) = u.minutes {
                text.push_str(&format!(" {m} min"));
            }
            if let Some(d) = &u.detail {
                text.push_str(&format!(" ({})", d.as_str()));
            }
            if let Some(after) = u.rating_after {
                text.push_str(&format!(" → {after}"));
                if let Some(m) = u.after_minutes {
                    text.push_str(&format!(" after {m} min"));
                }
            }
            parts.push(text);
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
