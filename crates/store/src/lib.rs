//! The journal file: [`store::Journal`] opens it safely and is the one handle every change goes
//! through (`docs/formats.md`, "The journal file"); backups, restore and protection. All SQL of
//! Relief lives here. [`sample`] makes realistic made-up journals.

pub mod sample;
pub mod store;

use relief_analysis::experiment;
use relief_exchange::imports;
use relief_model::{error, files, model, system};
use relief_words as i18n;

pub use store::Journal;
