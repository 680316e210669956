//! Relief's vocabulary: the journal's values, each valid by construction (a [`model::Rating`] is
//! 0–10, a [`model::Note`] is bounded); the core's [`Error`]s; the rules of when reminders fire
//! ([`schedule`]); what a form or a command line gives, checked into values ([`input`]); every file
//! Relief writes for the person ([`files`]); and the one place that reads the clock and the
//! environment ([`system`]). `docs/ARCHITECTURE.md` maps the layers.
//!
//! [`Error`] names SQLite's errors (one variant each for a failure of the file and of its
//! upgrade), and the values' column forms live here (`sql_types.rs`), so every layer above
//! says the same errors and the store reads columns back through the model's own rules.

pub mod error;
pub mod files;
pub mod input;
pub mod model;
pub mod schedule;
pub mod system;

mod sql_types;

use relief_words as i18n;

pub use error::{Error, Result};
