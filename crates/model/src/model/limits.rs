//! The bounds of what a person types, for the window's fields (`maxlength`, `min`, `max`): the
//! same constants the model's rules check, so a field never allows what the core refuses, nor
//! refuses what it allows.

use serde::Serialize;

use super::{
    Minutes, Rating, DELTA_MAX, DETAIL_MAX_CHARS, LABEL_MAX_CHARS, MAPPING_NAME_MAX_CHARS,
    NOTE_MAX_CHARS, PAIRS_MAX, PAIRS_MIN, REASON_MAX,
};

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Limits {
    pub rating_max: u8,
    pub minutes_max: u16,
    pub detail_max_chars: u32,
    pub note_max_chars: u32,
    /// Names: own remedies and causes, the name on a report or a FHIR export.
    pub label_max_chars: u32,
    pub reason_max_chars: u32,
    pub mapping_name_max_chars: u32,
    pub pairs_min: u32,
    pub pairs_max: u32,
    pub delta_max: f64,
}

/// The journal's limits.
pub const LIMITS: Limits = Limits {
    rating_max: Rating::MAX,
    minutes_max: Minutes::MAX,
    detail_max_chars: DETAIL_MAX_CHARS as u32,
    note_max_chars: NOTE_MAX_CHARS as u32,
    label_max_chars: LABEL_MAX_CHARS as u32,
    reason_max_chars: REASON_MAX as u32,
    mapping_name_max_chars: MAPPING_NAME_MAX_CHARS as u32,
    pairs_min: PAIRS_MIN,
    pairs_max: PAIRS_MAX,
    delta_max: DELTA_MAX,
};
