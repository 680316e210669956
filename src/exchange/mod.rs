//! Import and export: lossless versioned JSON and tidy CSV (formats in DESIGN.md).
//!
//! Parsing turns a file into [`JournalData`] without touching the journal; only a file that
//! parses completely reaches [`Journal::import`], which writes it in one transaction.

pub mod csv;
pub mod json;

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::store::{ImportReport, Journal, JournalData};

/// Largest file an import reads: far above a lifetime of check-ins, far below a memory problem.
pub const IMPORT_MAX_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

impl Format {
    /// JSON if the content starts with `{` or `[`, else CSV.
    pub fn sniff(bytes: &[u8]) -> Format {
        let first = bytes
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

pub fn export(journal: &Journal, format: Format, out: &mut dyn Write) -> Result<()> {
    match format {
        Format::Json => json::export(journal, out),
        Format::Csv => csv::export(journal, out),
    }
}

pub fn parse(bytes: &[u8], format: Format) -> Result<JournalData> {
    match format {
        Format::Json => json::parse(bytes),
        Format::Csv => csv::parse(bytes),
    }
}

/// Reads a JSON or CSV file and imports it, all or nothing.
pub fn import_file(journal: &mut Journal, path: &Path) -> Result<ImportReport> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > IMPORT_MAX_BYTES {
        return Err(Error::import(
            path.display().to_string(),
            format!(
                "the file is {} MB; imports are limited to {} MB",
                meta.len() / (1024 * 1024),
                IMPORT_MAX_BYTES / (1024 * 1024)
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let data = parse(&bytes, Format::sniff(&bytes))?;
    journal.import(&data)
}

/// Writes a file whole or not at all: into `PATH.partial` beside it, synced, then renamed over
/// `path`. A crash or a failed write never leaves a half-written export behind.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let mut temp = path.as_os_str().to_owned();
    temp.push(".partial");
    let temp = std::path::PathBuf::from(temp);
    let io = |e: std::io::Error| Error::io(path, e);
    let result = (|| {
        let file = std::fs::File::create(&temp).map_err(io)?;
        let mut buffered = std::io::BufWriter::new(file);
        write(&mut buffered)?;
        let file = buffered.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(io)?;
        std::fs::rename(&temp, path).map_err(io)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// [`write_atomically`] for bytes already made.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically(path, |w| w.write_all(bytes).map_err(|e| Error::io(path, e)))
}
