//! The remedies and causes people choose from and extend.
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Key, Label};

/// The two catalogues people extend with their own items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum CatalogueKind {
    Remedy,
    Cause,
}

impl CatalogueKind {
    pub fn name(self) -> &'static str {
        match self {
            CatalogueKind::Remedy => "remedy",
            CatalogueKind::Cause => "cause",
        }
    }
}

impl fmt::Display for CatalogueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A remedy or cause. Archived items are hidden from pickers but stay on old entries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CatalogueItem {
    pub key: Key,
    pub label: Label,
    #[serde(default)]
    pub archived: bool,
}
