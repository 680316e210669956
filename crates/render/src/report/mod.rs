//! The clinician report: page 1 is a summary read in a minute; the following pages are the
//! entry log. Vector throughout (charts are embedded as SVG), fonts embedded as subsets.
//!
//! Every number comes from [`Stats`], so the report says what `relief stats --json` says for
//! the same range.

pub mod experiment;
mod text;

use std::collections::HashMap;

use chrono::NaiveDate;
use krilla::geom::{PathBuilder, Rect, Size, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::surface::Surface;
use krilla::Document;
use krilla_svg::{SurfaceExt, SvgSettings};

use crate::analysis::{GroupStats, RemedyStats, Stats, Verdict};
use crate::charts::{self, ChartKind};
use crate::error::{Error, Result};
use crate::i18n::{Messages, Value};
use crate::model::{in_language, label_of, CatalogueItem, CatalogueKind, Entry, Region, Snapshot};
use text::{colour, draw, fill, Fonts, Style, Weight};

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

const MARGIN: f32 = 40.0;
const INK: u32 = 0x1d252c;
const MUTED: u32 = 0x5f6b76;
const LINE: u32 = 0xd5dbe1;
const SHADE: u32 = 0xf0f3f6;

fn pdf_error(e: impl std::fmt::Debug) -> Error {
    Error::Internal {
        what: "writing the PDF report",
        detail: format!("{e:?}"),
    }
}

/// "1.5 [1.2, 1.9]" (in `m`'s language), the estimate alone without its interval, or "–".
fn with_interval(m: &Messages, v: Option<f64>, lo: Option<f64>, hi: Option<f64>) -> String {
    match (v, lo, hi) {
        (Some(v), Some(_), Some(_)) => format!("{} {}", m.one(v), m.interval(lo, hi)),
        (Some(v), _, _) => m.one(v),
        _ => "–".into(),
    }
}

fn opt_in(m: &Messages, x: Option<f64>) -> String {
    x.map(|x| m.one(x)).unwrap_or_else(|| "–".into())
}

/// The session estimate the verdict is based on (adjusted when available), with its interval.
fn session_numbers(m: &Messages, r: &RemedyStats) -> String {
    match &r.session.estimate {
        Some(e) => with_interval(m, Some(e.relief), e.ci_low, e.ci_high),
        None => "–".into(),
    }
}

/// The next-morning estimate with its interval.
fn next_day_numbers(m: &Messages, r: &RemedyStats) -> String {
    match &r.next_day {
        Some(n) => with_interval(m, n.relief, n.ci_low, n.ci_high),
        None => "–".into(),
    }
}

struct Page<'a, 's> {
    surface: &'a mut Surface<'s>,
    fonts: &'a Fonts,
}

impl Page<'_, '_> {
    fn text(&mut self, weight: Weight, size: f32, hex: u32, x: f32, y: f32, s: &str) {
        draw(
            self.surface,
            self.fonts,
            Style {
                weight,
                size,
                colour: hex,
            },
            x,
            y,
            s,
        );
    }

    fn text_right(&mut self, weight: Weight, size: f32, hex: u32, right: f32, y: f32, s: &str) {
        let w = self.fonts.width(weight, size, s);
        self.text(weight, size, hex, right - w, y, s);
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, hex: u32) {
        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            if let Some(path) = pb.finish() {
                self.surface.set_stroke(None);
                self.surface.set_fill(Some(fill(hex)));
                self.surface.draw_path(&path);
            }
        }
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, hex: u32, width: f32) {
        let mut pb = PathBuilder::new();
        pb.move_to(x1, y1);
        pb.line_to(x2, y2);
        if let Some(path) = pb.finish() {
            self.surface.set_fill(None);
            self.surface.set_stroke(Some(Stroke {
                paint: colour(hex).into(),
                width,
                opacity: NormalizedF32::ONE,
                ..Stroke::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
        }
    }

    /// Draws an SVG document into the box at (x, y) of width `w`, keeping its aspect ratio;
    /// returns the height used.
    fn svg(&mut self, svg: &str, x: f32, y: f32, w: f32) -> Result<f32> {
        let tree = resvg::usvg::Tree::from_str(svg, &charts::font_options()).map_err(pdf_error)?;
        let h = w * tree.size().height() / tree.size().width();
        let size = Size::from_wh(w, h).ok_or_else(|| pdf_error("empty chart"))?;
        self.surface
            .push_transform(&Transform::from_translate(x, y));
        let drawn = self.surface.draw_svg(&tree, size, SvgSettings::default());
        self.surface.pop();
        drawn.ok_or_else(|| pdf_error("chart could not be drawn"))?;
        Ok(h)
    }
}

/// Text for one entry-log row's cells.
struct LogRow {
    day: String,
    time: String,
    rating: String,
    cells: [Vec<String>; 4],
}

const LOG_SIZE: f32 = 7.5;
const LOG_LEADING: f32 = 9.5;
/// Column starts (relative to the margin) and widths of the log table, by message id.
const LOG_COLUMNS: [(&str, f32, f32); 7] = [
    ("report-log-day", 0.0, 52.0),
    ("report-log-time", 54.0, 26.0),
    ("report-log-rating", 82.0, 22.0),
    ("report-log-where", 106.0, 92.0),
    ("report-log-causes", 200.0, 62.0),
    ("report-log-remedies", 264.0, 120.0),
    ("report-log-note", 386.0, 0.0),
];

fn log_rows(input: &ReportInput<'_>, fonts: &Fonts, note_width: f32) -> Vec<LogRow> {
    let wrap = |text: &str, width: f32| fonts.wrap(Weight::Regular, LOG_SIZE, text, width);
    input
        .entries
        .iter()
        .map(|e| {
            let regions = e
                .regions
                .iter()
                .map(|r| match r.rating {
                    Some(n) => format!("{} ({n})", r.region.label_in(input.m)),
                    None => r.region.label_in(input.m),
                })
                .collect::<Vec<_>>()
                .join(", ");
            let causes = e
                .causes
                .iter()
                .map(|c| label_of(input.causes, c.as_str()))
                .collect::<Vec<_>>()
                .join(", ");
            let remedies = e
                .remedies
                .iter()
                .map(|u| u.describe(&label_of(input.remedies, u.key.as_str()), input.m))
                .collect::<Vec<_>>()
                .join("; ");
            LogRow {
                day: e.journal_day.format("%Y-%m-%d").to_string(),
                time: e.recorded_at.datetime().format("%H:%M").to_string(),
                rating: e.rating.to_string(),
                cells: [
                    wrap(&regions, LOG_COLUMNS[3].2),
                    wrap(&causes, LOG_COLUMNS[4].2),
                    wrap(&remedies, LOG_COLUMNS[5].2),
                    wrap(
                        e.note.as_ref().map(|n| n.as_str()).unwrap_or(""),
                        note_width,
                    ),
                ],
            }
        })
        .collect()
}

impl LogRow {
    fn lines(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
    }

    fn height(&self) -> f32 {
        self.lines() as f32 * LOG_LEADING + 3.0
    }

    /// This row in pieces of at most `max_lines` lines, so a row taller than a page goes on
    /// over the next pages instead of being cut: nothing is ever dropped from the log. Pieces
    /// after the first say "cont." where the time was.
    fn pieces(self, max_lines: usize, cont: &str) -> Vec<LogRow> {
        let max_lines = max_lines.max(1);
        let count = self.lines().div_ceil(max_lines);
        if count <= 1 {
            return vec![self];
        }
        (0..count)
            .map(|k| {
                let part = |lines: &Vec<String>| -> Vec<String> {
                    lines
                        .iter()
                        .skip(k * max_lines)
                        .take(max_lines)
                        .cloned()
                        .collect()
                };
                LogRow {
                    day: self.day.clone(),
                    time: if k == 0 {
                        self.time.clone()
                    } else {
                        cont.to_owned()
                    },
                    rating: if k == 0 {
                        self.rating.clone()
                    } else {
                        String::new()
                    },
                    cells: [
                        part(&self.cells[0]),
                        part(&self.cells[1]),
                        part(&self.cells[2]),
                        part(&self.cells[3]),
                    ],
                }
            })
            .collect()
    }
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

/// Where the entry log goes on its pages.
struct LogLayout {
    w: f32,
    note_width: f32,
    top: f32,
    bottom: f32,
}

impl LogLayout {
    fn new(w: f32, h: f32) -> LogLayout {
        LogLayout {
            w,
            note_width: w - 2.0 * MARGIN - LOG_COLUMNS[6].1,
            top: MARGIN + 58.0,
            bottom: h - MARGIN - 14.0,
        }
    }

    /// The most lines one row may have: a longer one is split across pages.
    fn max_lines(&self) -> usize {
        ((self.bottom - self.top - 3.0) / LOG_LEADING) as usize
    }

    /// The rows of each page, in order.
    fn pages(&self, rows: &[LogRow]) -> Vec<std::ops::Range<usize>> {
        let mut pages = Vec::new();
        let mut start = 0;
        let mut y = self.top;
        for (i, row) in rows.iter().enumerate() {
            let rh = row.height();
            if y + rh > self.bottom && i > start {
                pages.push(start..i);
                start = i;
                y = self.top;
            }
            y += rh;
        }
        if start < rows.len() {
            pages.push(start..rows.len());
        }
        pages
    }
}

/// One page of the entry log: its title, the column heads and `rows`.
fn log_page(
    p: &mut Page<'_, '_>,
    input: &ReportInput<'_>,
    range: &str,
    rows: &[LogRow],
    log: &LogLayout,
) {
    let w = log.w;
    let content = w - 2.0 * MARGIN;
    let mut title = input.m.get("report-log-title", &[]);
    if let Some(name) = input.name {
        title.push_str(&format!(" — {name}"));
    }
    let title = p.fonts.fit(Weight::Bold, 12.0, &title, content);
    p.text(Weight::Bold, 12.0, INK, MARGIN, MARGIN + 12.0, &title);
    p.text(Weight::Regular, 8.5, MUTED, MARGIN, MARGIN + 26.0, range);
    let header_y = MARGIN + 46.0;
    for (id, x, _) in LOG_COLUMNS {
        let name = input.m.get(id, &[]);
        p.text(Weight::Bold, LOG_SIZE, MUTED, MARGIN + x, header_y, &name);
    }
    p.line(
        MARGIN,
        header_y + 4.0,
        w - MARGIN,
        header_y + 4.0,
        LINE,
        0.6,
    );
    let mut y = log.top;
    let mut last_day = String::new();
    for row in rows {
        let base = y + LOG_LEADING - 2.0;
        if row.day != last_day {
            p.text(Weight::Bold, LOG_SIZE, INK, MARGIN, base, &row.day);
            last_day = row.day.clone();
        }
        p.text(
            Weight::Regular,
            LOG_SIZE,
            INK,
            MARGIN + LOG_COLUMNS[1].1,
            base,
            &row.time,
        );
        p.text(
            Weight::Bold,
            LOG_SIZE,
            INK,
            MARGIN + LOG_COLUMNS[2].1 + 4.0,
            base,
            &row.rating,
        );
        for (c, lines) in row.cells.iter().enumerate() {
            let x = MARGIN + LOG_COLUMNS[3 + c].1;
            for (i, line) in lines.iter().enumerate() {
                p.text(
                    Weight::Regular,
                    LOG_SIZE,
                    INK,
                    x,
                    base + i as f32 * LOG_LEADING,
                    line,
                );
            }
        }
        y += row.height();
        p.line(MARGIN, y - 1.0, w - MARGIN, y - 1.0, SHADE, 0.4);
    }
}

fn range_text(m: &Messages, stats: &Stats) -> String {
    match (stats.range.from, stats.range.to) {
        (Some(f), Some(t)) => m.get(
            "report-range",
            &[
                ("from", Value::Text(&f.format("%Y-%m-%d").to_string())),
                ("to", Value::Text(&t.format("%Y-%m-%d").to_string())),
                ("logged", Value::Count(i64::from(stats.range.days_logged))),
                ("days", Value::Count(i64::from(stats.range.days))),
            ],
        ),
        _ => m.get("report-nothing-title", &[]),
    }
}

fn footer(p: &mut Page<'_, '_>, m: &Messages, w: f32, h: f32, page: usize, total: usize) {
    p.text_right(
        Weight::Regular,
        7.5,
        MUTED,
        w - MARGIN,
        h - MARGIN + 14.0,
        &m.get(
            "report-page",
            &[
                ("page", Value::Count(page as i64)),
                ("total", Value::Count(total as i64)),
            ],
        ),
    );
    p.text(
        Weight::Regular,
        7.5,
        MUTED,
        MARGIN,
        h - MARGIN + 14.0,
        &m.get("report-brand", &[]),
    );
}

/// The first page: who and when, the key numbers, the weekly PEG, the trend, where and why,
/// and what helped.
fn summary(
    p: &mut Page<'_, '_>,
    input: &ReportInput<'_>,
    w: f32,
    h: f32,
    total: usize,
) -> Result<()> {
    let s = input.stats;
    let content = w - 2.0 * MARGIN;
    let m = input.m;
    let mut y = summary_header(p, input, w);
    if s.range.days_logged == 0 {
        nothing_logged(p, m, y);
    } else {
        y = key_numbers(p, m, s, y, content);
        y = peg_line(p, m, s, y, content);
        y = trend_chart(p, m, s, y, content)?;
        y = where_and_why(p, input, y, w)?;
        remedy_table(p, m, s, y, w, h);
    }
    disclaimer(p, m, w, h);
    footer(p, m, w, h, 1, total);
    Ok(())
}

/// Title, generation date, the name line and the range; returns the next y.
fn summary_header(p: &mut Page<'_, '_>, input: &ReportInput<'_>, w: f32) -> f32 {
    let content = w - 2.0 * MARGIN;
    let fonts = p.fonts;
    let mut y = MARGIN + 16.0;
    let generated = input.m.get(
        "report-generated",
        &[(
            "date",
            Value::Text(&input.generated.format("%Y-%m-%d").to_string()),
        )],
    );
    // The title gives way to the date however long it is in the language.
    let room = content - fonts.width(Weight::Regular, 8.5, &generated) - 12.0;
    let title = input.m.get("report-title", &[]);
    let natural = fonts.width(Weight::Bold, 18.0, &title);
    let size = if natural > room {
        (18.0 * room / natural).max(13.0)
    } else {
        18.0
    };
    let title = fonts.fit(Weight::Bold, size, &title, room);
    p.text(Weight::Bold, size, INK, MARGIN, y, &title);
    p.text_right(Weight::Regular, 8.5, MUTED, w - MARGIN, y, &generated);
    y += 16.0;
    if let Some(name) = input.name {
        p.text(
            Weight::Regular,
            11.0,
            INK,
            MARGIN,
            y,
            &fonts.fit(Weight::Regular, 11.0, name, content),
        );
        y += 14.0;
    }
    p.text(
        Weight::Regular,
        10.0,
        INK,
        MARGIN,
        y,
        &range_text(input.m, input.stats),
    );
    y += 10.0;
    y
}

fn nothing_logged(p: &mut Page<'_, '_>, m: &Messages, mut y: f32) {
    y += 30.0;
    p.text(
        Weight::Bold,
        13.0,
        INK,
        MARGIN,
        y,
        &m.get("report-nothing-title", &[]),
    );
    y += 18.0;
    p.text(
        Weight::Regular,
        10.0,
        MUTED,
        MARGIN,
        y,
        &m.get("report-nothing", &[]),
    );
}

/// The average, worst and least ratings, and the change from the first week to the last.
fn key_numbers(p: &mut Page<'_, '_>, m: &Messages, s: &Stats, mut y: f32, content: f32) -> f32 {
    y += 8.0;
    p.rect(MARGIN, y, content, 46.0, SHADE);
    let r = &s.rating;
    let cells = [
        (m.get("report-average", &[]), opt_in(m, r.mean)),
        (
            m.get("report-worst", &[]),
            r.max.map(|v| v.to_string()).unwrap_or_else(|| "–".into()),
        ),
        (
            m.get("report-least", &[]),
            r.min.map(|v| v.to_string()).unwrap_or_else(|| "–".into()),
        ),
    ];
    // Cells as wide as their longest label in the language, at least 78 pt.
    let fonts = p.fonts;
    let step = cells
        .iter()
        .map(|(label, _)| fonts.width(Weight::Regular, 8.0, label) + 10.0)
        .fold(78.0, f32::max);
    for (i, (label, value)) in cells.iter().enumerate() {
        let x = MARGIN + 10.0 + i as f32 * step;
        p.text(Weight::Regular, 8.0, MUTED, x, y + 14.0, label);
        p.text(Weight::Bold, 17.0, INK, x, y + 35.0, value);
    }
    let cx = MARGIN + (10.0 + 3.0 * step).max(250.0);
    let right = MARGIN + content - cx - 6.0;
    p.text(
        Weight::Regular,
        8.0,
        MUTED,
        cx,
        y + 14.0,
        &m.get("report-first-last", &[]),
    );
    match r.change_in(m) {
        Some(change) => {
            p.text(Weight::Bold, 12.0, INK, cx, y + 30.0, &change.sentence);
            let verdict = change.importance;
            // Smaller rather than cut where the language says it longer.
            let natural = fonts.width(Weight::Regular, 7.5, &verdict);
            let size = if natural > right {
                (7.5 * right / natural).max(6.0)
            } else {
                7.5
            };
            let verdict = fonts.fit(Weight::Regular, size, &verdict, right);
            p.text(Weight::Regular, size, MUTED, cx, y + 41.0, &verdict);
        }
        None => p.text(
            Weight::Regular,
            9.0,
            MUTED,
            cx,
            y + 30.0,
            &m.get("report-two-weeks", &[]),
        ),
    }
    y += 46.0 + 14.0;

    y
}

/// The weekly PEG scores, first and last; returns the next y.
fn peg_line(p: &mut Page<'_, '_>, m: &Messages, s: &Stats, mut y: f32, content: f32) -> f32 {
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    let peg = match (s.peg_weekly.first(), s.peg_weekly.last()) {
        (Some(first), Some(last)) if s.peg_weekly.len() > 1 => m.get(
            "report-peg-change",
            &[
                ("first", Value::Text(&m.one(first.peg))),
                ("firstWeek", Value::Text(&day(first.week_start))),
                ("last", Value::Text(&m.one(last.peg))),
                ("lastWeek", Value::Text(&day(last.week_start))),
                ("weeks", Value::Count(s.peg_weekly.len() as i64)),
            ],
        ),
        (Some(only), _) => m.get(
            "report-peg-one",
            &[
                ("value", Value::Text(&m.one(only.peg))),
                ("week", Value::Text(&day(only.week_start))),
            ],
        ),
        _ => m.get("report-peg-none", &[]),
    };
    for line in p
        .fonts
        .wrap(Weight::Regular, 8.5, &peg, content)
        .iter()
        .take(2)
    {
        p.text(Weight::Regular, 8.5, INK, MARGIN, y, line);
        y += 11.0;
    }

    y
}

/// The trend chart, drawn at about 1000 px wide so its text is legible on paper.
fn trend_chart(
    p: &mut Page<'_, '_>,
    m: &Messages,
    s: &Stats,
    mut y: f32,
    content: f32,
) -> Result<f32> {
    let trend = charts::svg_in(
        ChartKind::Trend,
        s,
        charts::Size {
            width: 1000,
            height: 330,
        },
        m,
    )?;
    y += p.svg(&trend, MARGIN, y, content)? + 6.0;

    Ok(y)
}

/// The body map beside the regions and causes most often noted; returns the next y.
fn where_and_why(p: &mut Page<'_, '_>, input: &ReportInput<'_>, y: f32, w: f32) -> Result<f32> {
    let s = input.stats;
    let m = input.m;
    let mut counts: HashMap<Region, u32> = HashMap::new();
    for e in input.entries {
        for r in &e.regions {
            *counts.entry(r.region).or_default() += 1;
        }
    }
    let map_w = 185.0;
    let map_h = p.svg(&crate::bodymap::svg(&counts, m), MARGIN, y + 12.0, map_w)?;
    p.text(
        Weight::Bold,
        9.5,
        INK,
        MARGIN,
        y + 8.0,
        &m.get("report-where", &[]),
    );
    let rx = MARGIN + map_w + 20.0;
    let mut ry = y + 8.0;
    p.text(
        Weight::Bold,
        9.5,
        INK,
        rx,
        ry,
        &m.get("report-most-often", &[]),
    );
    ry += 12.0;
    let entries_total = input.entries.len();
    ry = shares(
        p,
        m,
        &s.regions[..s.regions.len().min(4)],
        entries_total,
        rx,
        ry,
        w,
    );
    ry += 6.0;
    p.text(Weight::Bold, 9.5, INK, rx, ry, &m.get("report-causes", &[]));
    ry += 12.0;
    if s.causes.is_empty() {
        p.text(
            Weight::Regular,
            8.5,
            MUTED,
            rx,
            ry,
            &m.get("report-none-noted", &[]),
        );
        ry += 11.0;
    }
    ry = shares(
        p,
        m,
        &s.causes[..s.causes.len().min(5)],
        entries_total,
        rx,
        ry,
        w,
    );
    Ok((y + 12.0 + map_h).max(ry) + 18.0)
}

/// "What helped": a row per remedy and combination, as many as fit above the disclaimer.
fn remedy_table(p: &mut Page<'_, '_>, m: &Messages, s: &Stats, mut y: f32, w: f32, h: f32) {
    let fonts = p.fonts;
    let title = m.get("report-what-helped", &[]);
    p.text(Weight::Bold, 11.0, INK, MARGIN, y, &title);
    let after_title = MARGIN + fonts.width(Weight::Bold, 11.0, &title) + 8.0;
    let note = fonts.fit(
        Weight::Regular,
        7.5,
        &m.get("report-what-helped-note", &[]),
        w - MARGIN - after_title,
    );
    p.text(Weight::Regular, 7.5, MUTED, after_title, y, &note);
    y += 12.0;
    let cols = [
        (0.0, "report-col-remedy"),
        (150.0, "report-col-uses"),
        (182.0, "report-col-session"),
        (300.0, "report-col-next"),
        (418.0, "report-col-verdict"),
    ];
    for (i, (x, id)) in cols.iter().enumerate() {
        let width = cols.get(i + 1).map_or(w - 2.0 * MARGIN, |next| next.0) - x - 4.0;
        let head = fonts.fit(Weight::Bold, 8.0, &m.get(id, &[]), width);
        p.text(Weight::Bold, 8.0, MUTED, MARGIN + x, y, &head);
    }
    p.line(MARGIN, y + 3.0, w - MARGIN, y + 3.0, LINE, 0.6);
    y += 13.0;
    let bottom = h - MARGIN - 40.0;
    let rows: Vec<&RemedyStats> = s.remedies.iter().chain(&s.combinations).collect();
    let fit_rows = (((bottom - y) / 12.0).floor() as usize).max(1);
    let shown = if rows.len() > fit_rows {
        fit_rows - 1
    } else {
        rows.len()
    };
    for r in rows.iter().take(shown) {
        remedy_row(p, m, r, y);
        y += 12.0;
    }
    if shown < rows.len() {
        p.text(
            Weight::Regular,
            8.0,
            MUTED,
            MARGIN,
            y,
            &m.get(
                "report-more",
                &[("count", Value::Count((rows.len() - shown) as i64))],
            ),
        );
    }
    if rows.is_empty() {
        p.text(
            Weight::Regular,
            8.5,
            MUTED,
            MARGIN,
            y,
            &m.get("report-no-remedies", &[]),
        );
    }
}

/// One remedy or combination of "What helped", at `y`.
fn remedy_row(p: &mut Page<'_, '_>, m: &Messages, r: &RemedyStats, y: f32) {
    let fonts = p.fonts;
    p.text(
        Weight::Regular,
        8.5,
        INK,
        MARGIN,
        y,
        &fonts.fit(Weight::Regular, 8.5, &r.label, 145.0),
    );
    p.text(
        Weight::Regular,
        8.5,
        INK,
        MARGIN + 150.0,
        y,
        &r.uses.to_string(),
    );
    p.text(
        Weight::Regular,
        8.5,
        INK,
        MARGIN + 182.0,
        y,
        &session_numbers(m, r),
    );
    p.text(
        Weight::Regular,
        8.5,
        INK,
        MARGIN + 300.0,
        y,
        &next_day_numbers(m, r),
    );
    let v = r.session.verdict;
    let hex = match v {
        _ if r.reference => MUTED,
        Verdict::Helped => 0x2e7d32,
        Verdict::Worse => 0xc62828,
        Verdict::Small => 0x558b2f,
        _ => MUTED,
    };
    // `rest` is the control the others are measured against, not a remedy to judge.
    let words = if r.reference {
        m.get("verdict-reference", &[])
    } else {
        v.words_in(m)
    };
    p.text(Weight::Bold, 8.5, hex, MARGIN + 418.0, y, &words);
}

/// Rows of "name … N% of check-ins, mean M" from `x` to the right margin; returns the next y.
fn shares(
    p: &mut Page<'_, '_>,
    m: &Messages,
    groups: &[GroupStats],
    entries: usize,
    x: f32,
    mut y: f32,
    w: f32,
) -> f32 {
    for g in groups {
        let share = 100.0 * f64::from(g.entries) / entries.max(1) as f64;
        let name = p.fonts.fit(Weight::Regular, 8.5, &g.label, 150.0);
        p.text(Weight::Regular, 8.5, INK, x, y, &name);
        let numbers = m.get(
            "report-share",
            &[
                ("percent", Value::Text(&format!("{share:.0}"))),
                ("mean", Value::Text(&opt_in(m, g.mean_rating))),
            ],
        );
        p.text_right(Weight::Regular, 8.5, INK, w - MARGIN, y, &numbers);
        y += 11.0;
    }
    y
}

fn disclaimer(p: &mut Page<'_, '_>, m: &Messages, w: f32, h: f32) {
    let content = w - 2.0 * MARGIN;
    let y = h - MARGIN - 26.0;
    p.line(MARGIN, y - 10.0, w - MARGIN, y - 10.0, LINE, 0.6);
    p.text(
        Weight::Bold,
        9.0,
        INK,
        MARGIN,
        y,
        &m.get("report-disclaimer", &[]),
    );
    let method = m.get("report-method", &[]);
    let lines = p.fonts.wrap(Weight::Regular, 7.0, &method, content);
    for (i, line) in lines.iter().take(3).enumerate() {
        p.text(
            Weight::Regular,
            7.0,
            MUTED,
            MARGIN,
            y + 10.0 + i as f32 * 8.5,
            line,
        );
    }
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
