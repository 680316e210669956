//! "How sore now?": asking after a remedy session, and the answer.

use chrono::Utc;
use relief::input;
use relief::model::{CatalogueKind, Entry, EntryId, Key, Rating};
use relief::store::FollowUp;
use relief::Error;
use tauri::State;

use crate::clock;
use crate::error::IpcResult;
use crate::state::AppState;

/// The entry and remedy a question is about, as the window names them.
fn use_of(id: &str, remedy: &str) -> relief::Result<(EntryId, Key)> {
    Ok((
        input::entry_id(id)?,
        input::catalogue_key(CatalogueKind::Remedy, remedy)?,
    ))
}

/// The longest remedy timer: four hours.
const TIMER_MAX_SECONDS: i32 = 4 * 60 * 60;

/// Every question not yet answered, soonest first (due or not yet due).
#[tauri::command]
#[specta::specta]
pub fn follow_ups(state: State<'_, AppState>) -> IpcResult<Vec<FollowUp>> {
    state.with(|j| j.follow_ups())
}

/// Asks "How sore now?" about one remedy of a logged entry: when its timer of `timer_seconds`
/// ends, or — without a timer — after the journal's follow-up delay. `None` when the delay is
/// 0 (the person does not want to be asked).
#[tauri::command]
#[specta::specta]
pub fn ask_how_sore(
    state: State<'_, AppState>,
    id: String,
    remedy: String,
    timer_seconds: Option<i32>,
) -> IpcResult<Option<FollowUp>> {
    state.with(|j| {
        let (entry, remedy) = use_of(&id, &remedy)?;
        let now = Utc::now();
        let (ends, due) = match timer_seconds {
            Some(s) if (1..=TIMER_MAX_SECONDS).contains(&s) => {
                let ends = now + clock::seconds(s);
                (ends, ends)
            }
            Some(s) => {
                return Err(Error::invalid(
                    "timer",
                    relief::model::ValueError(format!(
                        "must be from 1 second to {} hours, got {s} seconds",
                        TIMER_MAX_SECONDS / 3600
                    )),
                ))
            }
            None => match j.settings()?.follow_up_minutes.get() {
                0 => return Ok(None),
                m => (now, now + clock::seconds(i32::from(m) * 60)),
            },
        };
        j.ask_later(entry, &remedy, ends, due).map(Some)
    })
}

/// Stores the answer as that remedy use's rating after, with the minutes since the session
/// ended.
#[tauri::command]
#[specta::specta]
pub fn answer_follow_up(
    state: State<'_, AppState>,
    id: String,
    remedy: String,
    rating: i32,
) -> IpcResult<Entry> {
    state.with(|j| {
        let (entry, remedy) = use_of(&id, &remedy)?;
        let rating = Rating::new(i64::from(rating)).map_err(|e| Error::invalid("rating", e))?;
        j.answer_follow_up(entry, &remedy, rating, Utc::now())
    })
}

/// "Not now": forgets the question.
#[tauri::command]
#[specta::specta]
pub fn dismiss_follow_up(state: State<'_, AppState>, id: String, remedy: String) -> IpcResult<()> {
    state.with(|j| {
        let (entry, remedy) = use_of(&id, &remedy)?;
        j.dismiss_follow_up(entry, &remedy)
    })
}
