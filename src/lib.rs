//! Relief: a local-first journal for recurring soreness that shows, honestly, which remedies
//! helped.
//!
//! The core, shared by the `relief` CLI and the desktop app. It never imports a UI toolkit.
//! `docs/ARCHITECTURE.md` maps the whole repository.
//!
//! - [`model`] — the vocabulary: [`model::EntryDraft`] (what a check-in says),
//!   [`model::Entry`] (a saved one), typed values valid by construction ([`model::Rating`] is
//!   0–10, [`model::Note`] is bounded, [`model::Region`] is from the fixed list).
//! - [`store::Journal`] — the SQLite journal file: open safely, add, edit, delete and undo,
//!   list with filters, catalogues, settings, import, backup. All SQL lives there.
//! - [`exchange`] — the JSON and CSV formats, parsed without touching the journal.
//! - [`files`] — every file Relief writes for the person, checked never to land on the journal.
//! - [`sample`] — realistic synthetic journals for a first look, demos and benchmarks.
//! - [`error::Error`] — what went wrong, in words a person can act on.

pub mod analysis;
pub mod bodymap;
pub mod charts;
pub mod error;
pub mod exchange;
pub mod files;
pub mod input;
pub mod model;
pub mod report;
pub mod sample;
pub mod schedule;
pub mod store;
pub mod system;

pub use error::{Error, Result};
pub use store::Journal;
