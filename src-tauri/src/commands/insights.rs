//! What helped: statistics and charts for a range.

use relief::analysis::{self, Stats};
use relief::charts::{self, ChartKind, ChartText, Size};
use relief::input::RangeInput;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

/// Everything the Insights view shows for a range: the statistics and the three charts,
/// computed from one pass over the entries. Charts are SVG documents, shown by the UI as
/// images (so nothing in them can run), drawn `width` pixels wide, in the app's language.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct Insights {
    pub stats: Stats,
    pub trend_svg: String,
    pub remedies_svg: String,
    pub causes_svg: String,
    /// First week → last week in words, and whether it is a clinically important change:
    /// the same sentence as the report's and `relief stats`'.
    pub change: Option<String>,
    pub change_importance: Option<String>,
    /// Each chart in words, for its accessible name and description.
    pub trend_text: ChartText,
    pub remedies_text: ChartText,
    pub causes_text: ChartText,
}

#[tauri::command]
#[specta::specta]
pub fn insights(state: State<'_, AppState>, range: RangeInput, width: u32) -> IpcResult<Insights> {
    let m = state.messages();
    let snapshot = state.with(|j| j.snapshot(range.to_range_on(j.today()?)?))?;
    let stats = analysis::stats_in(&snapshot, &m);
    let svg = |kind, height| charts::described_svg_in(kind, &stats, Size::new(width, height)?, &m);
    let (trend_svg, trend_text) =
        svg(ChartKind::Trend, width * 7 / 16).map_err(|e| state.said(e))?;
    let (remedies_svg, remedies_text) =
        svg(ChartKind::Remedies, width * 7 / 16).map_err(|e| state.said(e))?;
    let (causes_svg, causes_text) = svg(ChartKind::Causes, width / 3).map_err(|e| state.said(e))?;
    let change = stats.rating.change_in(&m);
    Ok(Insights {
        change: change.as_ref().map(|c| c.sentence.clone()),
        change_importance: change.map(|c| c.importance),
        stats,
        trend_svg,
        remedies_svg,
        causes_svg,
        trend_text,
        remedies_text,
        causes_text,
    })
}
