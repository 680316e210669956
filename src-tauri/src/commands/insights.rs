//! What helped: statistics and charts for a range.

use relief::analysis::Stats;
use relief::charts::{self, ChartKind, Size};
use relief::input::RangeInput;
use serde::Deserialize;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

#[derive(Debug, Clone, Copy, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Chart {
    Trend,
    Remedies,
    Causes,
}

impl From<Chart> for ChartKind {
    fn from(c: Chart) -> ChartKind {
        match c {
            Chart::Trend => ChartKind::Trend,
            Chart::Remedies => ChartKind::Remedies,
            Chart::Causes => ChartKind::Causes,
        }
    }
}

#[tauri::command]
#[specta::specta]
pub fn stats(state: State<'_, AppState>, range: RangeInput) -> IpcResult<Stats> {
    state.with(|j| j.stats(range.to_range()?))
}

/// The chart as an SVG document, shown by the UI as an image (so nothing in it can run).
#[tauri::command]
#[specta::specta]
pub fn chart_svg(
    state: State<'_, AppState>,
    chart: Chart,
    range: RangeInput,
    width: u32,
    height: u32,
) -> IpcResult<String> {
    state.with(|j| {
        let stats = j.stats(range.to_range()?)?;
        charts::svg(chart.into(), &stats, Size::new(width, height)?)
    })
}
