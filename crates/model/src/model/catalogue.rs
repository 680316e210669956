//! The remedies and causes people choose from and extend.
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Key, Label};

/// Keys of built-in items that Relief's rules name (the catalogue itself is in the first
/// migration). Renaming an item keeps its key, so the rules follow it.
pub mod builtin {
    /// Remedy: heat, timed in minutes (10–15 suggested).
    pub const HEAT: &str = "heat";
    /// Remedy: stretching, timed in holds.
    pub const STRETCH: &str = "stretch";
    /// Remedy: a chiropractic visit, marked on the trend chart.
    pub const CHIROPRACTIC: &str = "chiropractic";
    /// Remedy: "did nothing", the control every other remedy is compared with.
    pub const REST: &str = "rest";
}

/// The built-in items with the names a new journal gives them (the first migration) and the
/// messages that name them in each language. Renaming an item makes the name the person's own.
const BUILTIN_NAMES: &[(CatalogueKind, &str, &str, &str)] = &[
    (
        CatalogueKind::Remedy,
        "stretch",
        "Stretching",
        "catalogue-stretch",
    ),
    (
        CatalogueKind::Remedy,
        "foam_rolling",
        "Foam rolling",
        "catalogue-foam-rolling",
    ),
    (
        CatalogueKind::Remedy,
        "massage",
        "Massage",
        "catalogue-massage",
    ),
    (CatalogueKind::Remedy, "heat", "Heat", "catalogue-heat"),
    (
        CatalogueKind::Remedy,
        "chiropractic",
        "Chiropractic care",
        "catalogue-chiropractic",
    ),
    (
        CatalogueKind::Remedy,
        "rest",
        "Rest (did nothing)",
        "catalogue-rest",
    ),
    (
        CatalogueKind::Cause,
        "posture",
        "Posture",
        "catalogue-posture",
    ),
    (
        CatalogueKind::Cause,
        "tension",
        "Muscle tension",
        "catalogue-tension",
    ),
    (CatalogueKind::Cause, "injury", "Injury", "catalogue-injury"),
    (CatalogueKind::Cause, "other", "Other", "catalogue-other"),
];

/// The name people read for an item in `m`'s language: a built-in item still under the name
/// Relief gave it speaks the language; every other name is shown as the person wrote it.
pub fn shown_label(
    kind: CatalogueKind,
    key: &str,
    label: &str,
    m: &crate::i18n::Messages,
) -> String {
    BUILTIN_NAMES
        .iter()
        .find(|(k, builtin, english, _)| *k == kind && *builtin == key && *english == label)
        .map_or_else(
            || label.to_owned(),
            |(_, _, _, message)| m.get(message, &[]),
        )
}

/// `items` with their names in `m`'s language ([`shown_label`]).
pub fn in_language(
    kind: CatalogueKind,
    items: &[CatalogueItem],
    m: &crate::i18n::Messages,
) -> Vec<CatalogueItem> {
    items
        .iter()
        .map(|item| {
            let shown = shown_label(kind, item.key.as_str(), item.label.as_str(), m);
            CatalogueItem {
                label: Label::new(&shown).unwrap_or_else(|_| item.label.clone()),
                ..item.clone()
            }
        })
        .collect()
}

/// The name people read for `key` among `items`; the key itself for an item the list lacks.
pub fn label_of(items: &[CatalogueItem], key: &str) -> String {
    items
        .iter()
        .find(|i| i.key.as_str() == key)
        .map(|i| i.label.to_string())
        .unwrap_or_else(|| key.to_owned())
}

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
    /// A remedy's own short how-to, the person's words (`docs/safety.md`); causes have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to: Option<super::Note>,
}
