//! Relief: a local-first journal for recurring soreness that shows, honestly, which remedies
//! helped.
//!
//! The core, shared by the `relief` CLI and the desktop app. It never imports a UI toolkit.
//! `docs/ARCHITECTURE.md` maps the whole repository.
//!
//! This crate only names the core's layers, each its own crate so an arrow the wrong way does
//! not compile: `relief-words` (i18n) ← `relief-model` (model, schedule, input, files, system,
//! error) ← `relief-analysis` (analysis, experiment) and `relief-exchange` (exchange,
//! imports) ← `relief-store` (store, sample) ← `relief-alerts`; `relief-render` (charts,
//! bodymap, report, fhir) takes a [`model::Snapshot`] and never sees the store. The fronts (the
//! `relief` CLI, the desktop crate) call all of them; the tray program only the store and the
//! alerts. Only [`system`] reads the clock and the environment.
//!
//! - [`model`] — the vocabulary: [`model::EntryDraft`] (what a check-in says),
//!   [`model::Entry`] (a saved one), typed values valid by construction ([`model::Rating`] is
//!   0–10, [`model::Note`] is bounded, [`model::Region`] is from the fixed list), settings and
//!   reminders, timer rules, and [`model::Snapshot`] (a range of the journal as values).
//! - [`store::Journal`] — the SQLite journal file: open safely, add, edit, delete and undo,
//!   list with filters, catalogues, settings, follow-up questions, snapshots, import, backups
//!   and restore. All SQL lives there.
//! - [`analysis`] — "what helped": session relief, the next-day model, verdicts, the trend.
//! - [`charts`] and [`bodymap`] — SVG (and PNG) from the statistics.
//! - [`report`] — the clinician PDF.
//! - [`exchange`] — the JSON and CSV formats, parsed without touching the journal.
//! - [`fhir`] — a range of the journal as a FHIR R4 bundle for clinic systems.
//! - [`experiment`] — personal experiments: the schedule, the slots the check-ins filled, the
//!   randomization test and the verdict.
//! - [`schedule`] — when reminders fire (pure rules over instants and a time zone).
//! - [`alerts`] — what to tell the person now (due questions and reminders, their words), and
//!   whose turn it is to tell it: the app's or the tray's.
//! - [`i18n`] — the person's language: Fluent messages shared with the UI, numbers as the
//!   language writes them.
//! - [`input`] — text from the CLI and the app turned into model values.
//! - [`imports`] — other apps' exports (Bearable, Flaredown, any CSV through a mapping) read
//!   into a preview of the check-ins they would add.
//! - [`files`] — every file Relief writes for the person, checked never to land on the journal.
//! - [`sample`] — realistic synthetic journals for a first look, demos and benchmarks.
//! - [`system`] — the clock and the environment, read at the edges.
//! - [`error::Error`] — what went wrong, in words a person can act on.

pub use relief_alerts as alerts;
pub use relief_analysis::{analysis, experiment};
pub use relief_exchange::{exchange, imports};
pub use relief_model::{error, files, input, model, schedule, system};
pub use relief_render::{bodymap, charts, fhir, report};
pub use relief_store::{sample, store};
pub use relief_words as i18n;

pub use error::{Error, Result};
pub use store::Journal;
