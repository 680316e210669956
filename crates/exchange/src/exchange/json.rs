//! The lossless JSON format: `{"format": "relief-journal", "version": 1, …}`.

use std::io::Write;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::exchange::line;
use crate::i18n::Said;
use crate::model::{
    CatalogueItem, Entry, EntryDraft, EntryId, EntrySource, Experiment, IncomingEntry, JournalData,
    Key, Note, Rating, RedFlag, RegionRating, RemedyUse, Settings, Snapshot, Timestamp,
};

pub const FORMAT: &str = "relief-journal";
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'static str,
    version: u32,
    settings: &'a Settings,
    remedies: &'a [CatalogueItem],
    causes: &'a [CatalogueItem],
    entries: &'a [&'a Entry],
    /// Left out when there are none, so a journal without experiments exports as before.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    experiments: &'a [Experiment],
}

/// Writes the snapshot (the whole journal for an export), pretty-printed, ending in a newline.
pub fn export(snapshot: &Snapshot, out: &mut dyn Write) -> Result<()> {
    // By day and moment, and check-ins of the same second by id: the same file from every
    // computer a journal syncs to, whatever order each saved them in (docs/sync.md).
    let mut entries: Vec<&Entry> = snapshot.entries.iter().collect();
    entries.sort_by_key(|e| (e.journal_day, e.recorded_at.unix(), e.id));
    let file = ExportFile {
        format: FORMAT,
        version: VERSION,
        settings: &snapshot.settings,
        remedies: &snapshot.remedies,
        causes: &snapshot.causes,
        entries: &entries,
        experiments: &snapshot.experiments,
    };
    let to_io = |e: std::io::Error| Error::io("output", e);
    serde_json::to_writer_pretty(&mut *out, &file).map_err(|e| to_io(e.into()))?;
    out.write_all(b"\n").map_err(to_io)?;
    Ok(())
}

/// Only the two fields that decide whether the rest can be read at all.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    #[serde(default)]
    settings: Option<Settings>,
    #[serde(default)]
    remedies: Vec<CatalogueItem>,
    #[serde(default)]
    causes: Vec<CatalogueItem>,
    entries: Vec<ImportEntry>,
    #[serde(default)]
    experiments: Vec<Experiment>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportEntry {
    id: EntryId,
    recorded_at: Timestamp,
    /// Written for people reading the file; recomputed from `recorded_at` on import.
    #[serde(default)]
    #[allow(dead_code)]
    journal_day: Option<String>,
    rating: Rating,
    #[serde(default)]
    source: Option<EntrySource>,
    #[serde(default)]
    enjoyment: Option<Rating>,
    #[serde(default)]
    activity: Option<Rating>,
    #[serde(default)]
    regions: Vec<RegionRating>,
    #[serde(default)]
    causes: Vec<Key>,
    #[serde(default)]
    note: Option<Note>,
    #[serde(default)]
    remedies: Vec<RemedyUse>,
    #[serde(default)]
    red_flags: Vec<RedFlag>,
}

/// serde_json ends its messages with " at line L column C"; the location goes up front instead.
fn without_position(message: String) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message,
    }
}

/// Parses a JSON export, naming the line and field of the first bad value.
pub fn parse(bytes: &[u8]) -> Result<JournalData> {
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(Error::import(line(1), Said::new("read-json-not-object")));
    }
    let header: Header = serde_json::from_slice(bytes).map_err(|e| {
        let message = match e.classify() {
            serde_json::error::Category::Data => Said::new("read-json-no-header"),
            _ => Said::new("read-json-invalid").with("detail", without_position(e.to_string())),
        };
        Error::import(line(e.line()), message)
    })?;
    match header.format {
        Some(serde_json::Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(Error::import(
                "format",
                Said::new("read-json-wrong-format")
                    .with("found", other.to_string())
                    .with("expected", FORMAT),
            ))
        }
        None => {
            return Err(Error::import(
                "format",
                Said::new("read-json-no-format").with("expected", FORMAT),
            ))
        }
    }
    match header.version {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(VERSION)) => {}
        Some(other) => {
            return Err(Error::import(
                "version",
                Said::new("read-json-version")
                    .with("found", other.to_string())
                    .with("reads", VERSION),
            ))
        }
        None => return Err(Error::import("version", Said::new("read-json-no-version"))),
    }

    let mut de = serde_json::Deserializer::from_slice(bytes);
    let file: ImportFile = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        Error::import(
            Said::new("read-at-line-path")
                .with("line", inner.line())
                .with("path", path),
            without_position(inner.to_string()),
        )
    })?;

    let entries = file
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| IncomingEntry {
            id: e.id,
            source: e.source,
            location: Said::from(format!("entries[{i}] (id {})", e.id)),
            draft: EntryDraft {
                recorded_at: e.recorded_at,
                rating: e.rating,
                enjoyment: e.enjoyment,
                activity: e.activity,
                regions: e.regions,
                causes: e.causes,
                remedies: e.remedies,
                note: e.note,
                red_flags: e.red_flags,
            },
        })
        .collect();
    Ok(JournalData {
        settings: file.settings,
        remedies: file.remedies,
        causes: file.causes,
        entries,
        experiments: file.experiments,
    })
}
