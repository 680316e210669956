//! Red flags and remedy guides (`docs/safety.md`): when to ask, the answer, and what the "When
//! to get help" page and the guides show.

use relief::input;
use relief::model::safety::{self, AskWhy, Guide, RedFlag, Tier};
use relief::system;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

/// A red flag as the checklist lists it.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct FlagInfo {
    pub key: RedFlag,
    pub tier: Tier,
    /// The message that names it.
    pub message: String,
}

/// What the safety screens need: the flags in order, the emergency number for the system's
/// region and the others, and the guides of the built-in remedies.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct SafetyInfo {
    pub flags: Vec<FlagInfo>,
    pub number: String,
    pub others: Vec<String>,
    pub guides: Vec<Guide>,
    pub stop: String,
}

#[tauri::command]
#[specta::specta]
pub fn safety_info() -> SafetyInfo {
    let (number, others) = system::emergency_numbers();
    SafetyInfo {
        flags: RedFlag::ALL
            .iter()
            .map(|f| FlagInfo {
                key: *f,
                tier: f.tier(),
                message: f.message().to_owned(),
            })
            .collect(),
        number: number.to_owned(),
        others: others.into_iter().map(str::to_owned).collect(),
        guides: safety::GUIDES.to_vec(),
        stop: safety::STOP.to_owned(),
    }
}

/// Whether to ask about red flags now that check-in `id` is saved.
#[tauri::command]
#[specta::specta]
pub fn red_flag_question(state: State<'_, AppState>, id: String) -> IpcResult<Option<AskWhy>> {
    state.with(|j| j.red_flag_question(input::entry_id(&id)?))
}

/// Whether to ask at start (once, until answered).
#[tauri::command]
#[specta::specta]
pub fn red_flag_question_at_start(state: State<'_, AppState>) -> IpcResult<Option<AskWhy>> {
    state.with(|j| j.red_flag_question_at_start())
}

/// The checklist's answer; the tier it calls for, if any.
#[tauri::command]
#[specta::specta]
pub fn answer_red_flags(
    state: State<'_, AppState>,
    id: Option<String>,
    flags: Vec<String>,
) -> IpcResult<Option<Tier>> {
    state.with(|j| {
        let id = id.as_deref().map(input::entry_id).transpose()?;
        let flags = input::red_flags(&flags)?;
        j.answer_red_flags(id, &flags)?;
        Ok(safety::tier_of(&flags))
    })
}
