//! Events from the app to its windows (and between windows), typed and generated into the
//! bindings with the commands.

use relief::store::FollowUp;
use serde::{Deserialize, Serialize};

/// A "How sore now?" question is due.
#[derive(Clone, Debug, Serialize, specta::Type, tauri_specta::Event)]
pub struct FollowUpDue(pub FollowUp);

/// Show the Log view (a reminder notification was clicked).
#[derive(Clone, Debug, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct OpenLog;

/// Another window (the quick check-in) changed the journal: views reload what they show.
#[derive(Clone, Debug, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct JournalChanged;
