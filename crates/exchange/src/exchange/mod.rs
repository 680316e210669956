//! Import and export: lossless versioned JSON and tidy CSV (formats in `docs/formats.md`).
//!
//! Pure over values: an export writes a [`Snapshot`] the store loaded, and parsing turns a file
//! into [`JournalData`] without touching the journal; only a file that parses completely reaches
//! [`crate::Journal::import`], which writes it in one transaction.

pub mod csv;
pub mod json;

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::i18n::Said;
use crate::model::{JournalData, Snapshot};

/// Largest file an import reads: far above a lifetime of check-ins (ten years of a busy
/// journal is about 3 MB of CSV), far below a memory problem.
pub const IMPORT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// An export's format; the CLI and the app name it `csv` or `json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    /// `csv` or `json`: the extension of its files.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    /// The format a file name's extension names (any case), if any.
    pub fn of_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?;
        [Format::Csv, Format::Json]
            .into_iter()
            .find(|f| extension.eq_ignore_ascii_case(f.extension()))
    }

    /// JSON if the content starts with `{` or `[` (after a byte-order mark), else CSV.
    pub fn sniff(bytes: &[u8]) -> Format {
        let first = bytes
            .strip_prefix(BOM)
            .unwrap_or(bytes)
            .iter()
            .copied()
            .skip_while(|b| b.is_ascii_whitespace())
            .find(|_| true);
        if matches!(first, Some(b'{' | b'[')) {
            Format::Json
        } else {
            Format::Csv
        }
    }
}

pub fn export(snapshot: &Snapshot, format: Format, out: &mut dyn Write) -> Result<()> {
    match format {
        Format::Json => json::export(snapshot, out),
        Format::Csv => csv::export(snapshot, out),
    }
}

pub fn parse(bytes: &[u8], format: Format) -> Result<JournalData> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    match format {
        Format::Json => json::parse(bytes),
        Format::Csv => csv::parse(bytes),
    }
}

/// Reads and parses a JSON or CSV file for [`crate::Journal::import`]. Only a regular file is
/// read (never a device or a pipe), and never more than [`IMPORT_MAX_BYTES`] of it, so memory
/// stays bounded whatever the file claims.
pub fn read_file(path: &Path) -> Result<JournalData> {
    let bytes = read_import(path)?;
    parse(&bytes, Format::sniff(&bytes))
}

/// The bytes of a file to import, within the limits; a UTF-8 byte-order mark is dropped.
/// Where in an import file a refusal points: "line 12".
pub fn line(n: impl Into<crate::i18n::Arg>) -> Said {
    Said::new("read-at-line").with("line", n)
}

/// "line 12, column rating".
pub fn line_column(n: impl Into<crate::i18n::Arg>, column: &str) -> Said {
    Said::new("read-at-line-column")
        .with("line", n)
        .with("column", column)
}

pub fn read_import(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let too_big = |len: u64| {
        Error::import(
            path.display().to_string(),
            Said::new("read-too-big")
                .with("size", len.div_ceil(1024 * 1024))
                .with("limit", IMPORT_MAX_BYTES / (1024 * 1024)),
        )
    };
    // Looked at before opening: opening a pipe would wait for a writer.
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(Error::import(
            path.display().to_string(),
            Said::new("read-not-a-file").with("kind", crate::files::kind_of(&meta)),
        ));
    }
    if meta.len() > IMPORT_MAX_BYTES {
        return Err(too_big(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The file may grow while it is read: never past the limit.
    file.take(IMPORT_MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > IMPORT_MAX_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    Ok(bytes)
}

/// The UTF-8 byte-order mark some editors put at the start of a file.
const BOM: &[u8] = b"\xEF\xBB\xBF";
