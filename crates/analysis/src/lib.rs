//! "What helped" ([`analysis`], `docs/stats.md`) and personal experiments ([`experiment`],
//! `docs/experiments.md`): pure functions over a [`relief_model::model::Snapshot`] the store
//! loads. Never the store, never a file.

pub mod analysis;
pub mod experiment;

use relief_model::model;
use relief_words as i18n;
