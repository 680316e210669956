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

/// Everything the Insights view shows for a range: the statistics and the three charts,
/// computed from one pass over the entries. Charts are SVG documents, shown by the UI as
/// images (so nothing in them can run), drawn `width` pixels wide.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct Insights {
    pub stats: Stats,
    pub trend_svg: String,
    pub remedies_svg: String,
    pub causes_svg: String,
}

#[tauri::command]
#[specta::specta]
pub fn insights(state: State<'_, AppState>, range: RangeInput, width: u32) -> IpcResult<Insights> {
    state.with(|j| {
        let stats = j.stats(range.to_range()?)?;
        let svg = |kind, height| charts::svg(kind, &stats, Size::new(width, height)?);
        Ok(Insights {
            trend_svg: svg(ChartKind::Trend, width * 7 / 16)?,
            remedies_svg: svg(ChartKind::Remedies, width * 7 / 16)?,
            causes_svg: svg(ChartKind::Causes, width / 3)?,
            stats,
        })
    })
}
