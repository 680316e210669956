//! The clinician report: page 1 is a summary read in a minute; the following pages are the
//! entry log. Vector throughout (charts are embedded as SVG), fonts embedded as subsets.
//!
//! Every number comes from [`Stats`], so the report says what `relief stats --json` says for
//! the same range.

pub mod experiment;
mod log;
mod page;
mod summary;
mod text;

use chrono::NaiveDate;
use krilla::page::PageSettings;
use krilla::Document;

use crate::analysis::Stats;
use crate::error::Result;
use crate::i18n::Messages;
use crate::model::{in_language, CatalogueItem, CatalogueKind, Entry, Snapshot};

use log::{log_page, log_rows, LogLayout, LogRow};
use page::{footer, pdf_error, Page};
use summary::{range_text, summary};
use text::Fonts;

/// Paper size, in PDF points. The CLI and the app name it `a4` or `letter`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];

    /// `a4` or `letter`, as the CLI and the app name it.
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }

    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// US Letter where the locale (`en_US.UTF-8`, from `relief_model::system::paper_locale`) says
    /// US or Canada, else A4.
    pub fn for_locale(locale: &str) -> Paper {
        if locale.contains("_US") || locale.contains("_CA") {
            Paper::Letter
        } else {
            Paper::A4
        }
    }
}

/// What the report is of.
pub struct ReportInput<'a> {
    pub stats: &'a Stats,
    pub entries: &'a [Entry],
    pub remedies: &'a [CatalogueItem],
    pub causes: &'a [CatalogueItem],
    /// An optional name line ("Patient: …").
    pub name: Option<&'a str>,
    pub generated: NaiveDate,
    pub paper: Paper,
    /// The personal experiments that ended in the range: a page each.
    pub experiments: &'a [experiment::ExperimentPage],
    /// The report's language.
    pub m: &'a Messages,
}

/// Builds the report as PDF bytes.
pub fn pdf(input: &ReportInput<'_>) -> Result<Vec<u8>> {
    let fonts = Fonts::load()?;
    let (w, h) = input.paper.size();
    // Lay out the log first: its page breaks give the page count for "page i of n".
    let log = LogLayout::new(w, h);
    let cont = input.m.get("report-log-cont", &[]);
    let rows: Vec<LogRow> = log_rows(input, &fonts, log.note_width)
        .into_iter()
        .flat_map(|row| row.pieces(log.max_lines(), &cont))
        .collect();
    let log_pages = log.pages(&rows);
    let experiments = input.experiments.len();
    let total = 1 + experiments + log_pages.len();

    let settings = PageSettings::from_wh(w, h).ok_or_else(|| pdf_error("paper size"))?;
    let mut document = Document::new();
    let mut page = |draw: &mut dyn FnMut(&mut Page<'_, '_>) -> Result<()>| -> Result<()> {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        draw(&mut Page {
            surface: &mut surface,
            fonts: &fonts,
        })?;
        surface.finish();
        page.finish();
        Ok(())
    };
    page(&mut |p| summary(p, input, w, h, total))?;
    for (n, e) in input.experiments.iter().enumerate() {
        page(&mut |p| experiment::page(p, e, w, h, n + 2, total, input.m))?;
    }
    let range = range_text(input.m, input.stats);
    for (n, on_page) in log_pages.iter().enumerate() {
        page(&mut |p| {
            log_page(p, input, &range, &rows[on_page.clone()], &log);
            footer(p, input.m, w, h, n + 2 + experiments, total);
            Ok(())
        })?;
    }
    document.finish().map_err(pdf_error)
}

/// The clinician report for the snapshot's range, as PDF bytes, in English.
pub fn report(
    snapshot: &Snapshot,
    name: Option<&str>,
    generated: NaiveDate,
    paper: Paper,
) -> Result<Vec<u8>> {
    report_in(snapshot, name, generated, paper, &Messages::english())
}

/// The clinician report in `m`'s language (`docs/languages.md` says which parts speak it).
pub fn report_in(
    snapshot: &Snapshot,
    name: Option<&str>,
    generated: NaiveDate,
    paper: Paper,
    m: &Messages,
) -> Result<Vec<u8>> {
    // One load of the entries serves both the statistics and the log.
    let stats = crate::analysis::stats_in(snapshot, m);
    let experiments = experiment::ended_in(snapshot, generated, m);
    let remedies = in_language(CatalogueKind::Remedy, &snapshot.remedies, m);
    let causes = in_language(CatalogueKind::Cause, &snapshot.causes, m);
    pdf(&ReportInput {
        experiments: &experiments,
        stats: &stats,
        entries: &snapshot.entries,
        remedies: &remedies,
        causes: &causes,
        name,
        generated,
        paper,
        m,
    })
}
