//! "How sore now?": asking after a remedy session, and the answer.

use relief::input;
use relief::model::{when_to_ask, CatalogueKind, Entry, EntryId, Key, Rating, TimerRule};
use relief::store::FollowUp;
use relief::Error;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

/// The entry and remedy a question is about, as the window names them.
fn use_of(id: &str, remedy: &str) -> relief::Result<(EntryId, Key)> {
    Ok((
        input::entry_id(id)?,
        input::catalogue_key(CatalogueKind::Remedy, remedy)?,
    ))
}

/// Every question not yet answered, soonest first (due or not yet due).
#[tauri::command]
#[specta::specta]
pub fn follow_ups(state: State<'_, AppState>) -> IpcResult<Vec<FollowUp>> {
    let m = state.messages();
    let mut questions = state.with(|j| j.follow_ups())?;
    for q in &mut questions {
        q.label =
            relief::model::shown_label(CatalogueKind::Remedy, q.remedy.as_str(), &q.label, &m);
    }
    Ok(questions)
}

/// How the log form times each remedy: the rules of those with their own, and the rule of
/// every other.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct TimerRules {
    pub remedies: Vec<RemedyTimer>,
    pub other: TimerRule,
}

#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct RemedyTimer {
    pub key: String,
    pub rule: TimerRule,
}

#[tauri::command]
#[specta::specta]
pub fn timer_rules() -> TimerRules {
    TimerRules {
        remedies: TimerRule::special()
            .into_iter()
            .map(|(key, rule)| RemedyTimer {
                key: key.to_owned(),
                rule,
            })
            .collect(),
        other: TimerRule::OTHER,
    }
}

/// The bounds of what a person types, for the window's fields: the core's own.
#[tauri::command]
#[specta::specta]
pub fn limits() -> relief::model::Limits {
    relief::model::LIMITS
}

/// Asks "How sore now?" about one remedy of a logged entry: when its timer of `timer` (minutes
/// or holds, as its [`TimerRule`] counts) ends, or — without a timer — after the journal's
/// follow-up delay. `None` when that delay is 0 (the person does not want to be asked).
#[tauri::command]
#[specta::specta]
pub fn ask_how_sore(
    state: State<'_, AppState>,
    id: String,
    remedy: String,
    timer: Option<u32>,
) -> IpcResult<Option<FollowUp>> {
    state.with(|j| {
        let (entry, remedy) = use_of(&id, &remedy)?;
        let seconds = timer
            .map(|amount| TimerRule::of(remedy.as_str()).seconds(amount))
            .transpose()
            .map_err(|e| Error::invalid("timer", e))?;
        let Some(ask) = when_to_ask(seconds, j.settings()?.follow_up_minutes) else {
            return Ok(None);
        };
        let now = j.now().to_utc();
        let after = |seconds: u32| now + state.hooks.seconds(seconds);
        let (ends, due) = (after(ask.ends_after_seconds), after(ask.due_after_seconds));
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
        j.answer_follow_up(entry, &remedy, rating, j.now().to_utc())
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
