//! What a person or a clinician looks at, drawn from a [`relief_model::model::Snapshot`] and the
//! statistics, never from the store: charts ([`charts`], SVG and PNG), the body map
//! ([`bodymap`]), the clinician PDF ([`report`]) and FHIR bundles ([`fhir`]).

pub mod bodymap;
pub mod charts;
pub mod fhir;
pub mod report;

use relief_analysis::{analysis, experiment};
use relief_model::{error, model};
use relief_words as i18n;
