//! Charts of a [`Stats`]: the soreness trend, what helped (a forest plot), and causes.
//!
//! Drawn as SVG with `plotters`, text measured with the DejaVu Sans shipped in
//! `assets/fonts/` (never a system font). PNG is the same SVG rasterised by `resvg`, so text is
//! set properly. Names are escaped by the SVG writer: a remedy called `<script>` is text.
//! Long ranges are aggregated by calendar week or month, with the spread of their days, and
//! dates are ticked on calendar boundaries (`time.rs`).

pub mod experiment;
mod text;
pub mod time;

pub use experiment::experiment_svg;
pub use text::{describe, ChartText};

use crate::i18n::{Messages, Value};
use std::sync::OnceLock;

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::FontStyle;

use crate::analysis::{Stats, Verdict};
use crate::error::{Error, Result};
use crate::model::ValueError;
use time::{Bin, Grain};

/// DejaVu Sans (free licence, see assets/fonts/LICENSE-DejaVu.txt): wide Unicode coverage.
pub const FONT: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf");
const FAMILY: &str = "sans-serif";

/// Which chart. The CLI takes it as an argument and the app sends it by name (`"trend"` …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum ChartKind {
    /// Daily soreness with its 7-day average, remedy uses and visits.
    Trend,
    /// What helped: relief per session with intervals, coloured by verdict.
    Remedies,
    /// Suspected causes: check-ins and mean soreness.
    Causes,
}

impl ChartKind {
    pub const ALL: [ChartKind; 3] = [ChartKind::Trend, ChartKind::Remedies, ChartKind::Causes];

    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Trend => "trend",
            ChartKind::Remedies => "remedies",
            ChartKind::Causes => "causes",
        }
    }
}

/// Chart size in pixels (SVG user units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

impl Size {
    pub const DEFAULT: Size = Size {
        width: 1000,
        height: 500,
    };

    pub fn new(width: u32, height: u32) -> Result<Size> {
        for (name, v) in [("width", width), ("height", height)] {
            if !(200..=4000).contains(&v) {
                return Err(Error::invalid(
                    name,
                    ValueError::new("rule-chart-size").with("got", v),
                ));
            }
        }
        Ok(Size { width, height })
    }
}

const INK: RGBColor = RGBColor(0x22, 0x2b, 0x33);
const MUTED: RGBColor = RGBColor(0x6b, 0x75, 0x80);
const GRID: RGBColor = RGBColor(0xe3, 0xe7, 0xeb);
const LINE: RGBColor = RGBColor(0x1f, 0x4e, 0x79);
const POINTS: RGBColor = RGBColor(0x9d, 0xb4, 0xcc);
const REMEDY: RGBColor = RGBColor(0x2a, 0x9d, 0x8f);
const VISIT: RGBColor = RGBColor(0xe0, 0x7a, 0x1f);
const BAND: RGBColor = RGBColor(0xd6, 0xe2, 0xee);

pub fn verdict_colour(v: Verdict) -> RGBColor {
    match v {
        Verdict::Helped => RGBColor(0x2e, 0x7d, 0x32),
        Verdict::Small => RGBColor(0x7c, 0xb3, 0x42),
        Verdict::Worse => RGBColor(0xc6, 0x28, 0x28),
        Verdict::Imprecise => RGBColor(0xc7, 0x8c, 0x00),
        Verdict::NoClearEffect => RGBColor(0x75, 0x75, 0x75),
        Verdict::NotEnoughData => RGBColor(0xb0, 0xb0, 0xb0),
    }
}

fn register_fonts() -> Result<()> {
    static DONE: OnceLock<bool> = OnceLock::new();
    let ok = *DONE.get_or_init(|| {
        plotters::style::register_font(FAMILY, FontStyle::Normal, FONT).is_ok()
            && plotters::style::register_font(FAMILY, FontStyle::Bold, FONT_BOLD).is_ok()
    });
    if ok {
        Ok(())
    } else {
        Err(chart_error("the shipped font could not be loaded"))
    }
}

fn chart_error(message: impl std::fmt::Display) -> Error {
    Error::Internal {
        what: "drawing the chart",
        detail: message.to_string(),
    }
}

fn font(size: f64) -> TextStyle<'static> {
    (FAMILY, size).into_font().color(&INK)
}

fn bold(size: f64) -> TextStyle<'static> {
    (FAMILY, size, FontStyle::Bold).into_font().color(&INK)
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// The chart as an SVG document.
pub fn svg(kind: ChartKind, stats: &Stats, size: Size) -> Result<String> {
    described_svg(kind, stats, size).map(|(svg, _)| svg)
}

/// [`svg`] with its titles, legends, axes and month names in `m`'s language.
pub fn svg_in(kind: ChartKind, stats: &Stats, size: Size, m: &Messages) -> Result<String> {
    described_svg_in(kind, stats, size, m).map(|(svg, _)| svg)
}

/// The chart as an SVG document, and its text alternative (already in the SVG as `<title>` and
/// `<desc>`), for a front that shows both.
pub fn described_svg(kind: ChartKind, stats: &Stats, size: Size) -> Result<(String, ChartText)> {
    described_svg_in(kind, stats, size, &Messages::english())
}

/// [`described_svg`] drawn and described in `m`'s language.
pub fn described_svg_in(
    kind: ChartKind,
    stats: &Stats,
    size: Size,
    m: &Messages,
) -> Result<(String, ChartText)> {
    register_fonts()?;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (size.width, size.height)).into_drawing_area();
        root.fill(&WHITE).map_err(chart_error)?;
        match kind {
            ChartKind::Trend => trend(&root, stats, m)?,
            ChartKind::Remedies => remedies(&root, stats, m)?,
            ChartKind::Causes => causes(&root, stats, m)?,
        }
        root.present().map_err(chart_error)?;
    }
    let text = describe(kind, stats, m);
    Ok((text::with_text(out, &text), text))
}

/// A font database with only the shipped fonts, for rasterising and for PDF embedding.
pub fn font_options() -> resvg::usvg::Options<'static> {
    let mut opt = resvg::usvg::Options::default();
    let db = opt.fontdb_mut();
    db.load_font_data(FONT.to_vec());
    db.load_font_data(FONT_BOLD.to_vec());
    db.set_sans_serif_family("DejaVu Sans");
    opt
}

/// The chart as a PNG image.
pub fn png(kind: ChartKind, stats: &Stats, size: Size) -> Result<Vec<u8>> {
    rasterise(&svg(kind, stats, size)?, size)
}

/// [`png`] in `m`'s language.
pub fn png_in(kind: ChartKind, stats: &Stats, size: Size, m: &Messages) -> Result<Vec<u8>> {
    rasterise(&svg_in(kind, stats, size, m)?, size)
}

/// An SVG chart of `size` as PNG, with the shipped fonts.
pub fn rasterise(svg: &str, size: Size) -> Result<Vec<u8>> {
    let tree = resvg::usvg::Tree::from_str(svg, &font_options()).map_err(chart_error)?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width, size.height)
        .ok_or_else(|| chart_error("cannot allocate the image"))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(chart_error)
}

fn empty(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    title: &str,
    text: &str,
) -> Result<()> {
    let (w, h) = root.dim_in_pixel();
    root.draw(&Text::new(title.to_owned(), (24, 20), bold(20.0)))
        .map_err(chart_error)?;
    root.draw(&Text::new(
        text.to_owned(),
        (w as i32 / 2, h as i32 / 2),
        font(16.0)
            .color(&MUTED)
            .pos(plotters::style::text_anchor::Pos::new(
                plotters::style::text_anchor::HPos::Center,
                plotters::style::text_anchor::VPos::Center,
            )),
    ))
    .map_err(chart_error)?;
    Ok(())
}

fn trend(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    stats: &Stats,
    m: &Messages,
) -> Result<()> {
    let days = &stats.daily;
    let grain = Grain::for_days(days.len());
    let title = m.get(
        match grain {
            Grain::Day => "chart-trend-daily",
            Grain::Week => "chart-trend-weekly",
            Grain::Month => "chart-trend-monthly",
        },
        &[],
    );
    let nothing = m.get("chart-empty-checkins", &[]);
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return empty(root, &title, &nothing);
    };
    if days.iter().all(|d| d.mean.is_none()) {
        return empty(root, &title, &nothing);
    }
    let bins = time::bins(days, grain);
    let (w, _) = root.dim_in_pixel();
    let ticks = time::ticks(
        first.date,
        last.date,
        f64::from(w.saturating_sub(90).max(50)),
        m.lang(),
    );
    let n = days.len() as f64;
    let x_axis = DayAxis {
        days: RangedCoordf64::from(-0.5..(n - 0.5).max(0.5)),
        ticks: ticks.iter().map(|t| t.x).collect(),
    };
    let mut chart = ChartBuilder::on(root)
        .caption(title, bold(20.0))
        .margin(16)
        .x_label_area_size(34)
        .y_label_area_size(40)
        .build_cartesian_2d(x_axis, -2.2f64..11.8f64)
        .map_err(chart_error)?;
    let label_date = |x: &f64| {
        ticks
            .iter()
            .find(|t| (t.x - x).abs() < 0.01)
            .map(|t| t.label.clone())
            .unwrap_or_default()
    };
    let label_y = |y: &f64| {
        if (0.0..=10.0).contains(y) {
            format!("{y:.0}")
        } else {
            String::new()
        }
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .axis_style(MUTED)
        .y_labels(7)
        .x_label_formatter(&label_date)
        .y_label_formatter(&label_y)
        .label_style(font(13.0).color(&MUTED))
        .draw()
        .map_err(chart_error)?;
    match grain {
        Grain::Day => daily_series(&mut chart, &bins, m)?,
        _ => binned_series(&mut chart, &bins, grain, m)?,
    }
    strip_and_legend(&mut chart, &bins, m)
}

type TrendCoord = Cartesian2d<DayAxis, RangedCoordf64>;

/// The trend's x axis: days from the range's first, ticked exactly at the calendar boundaries
/// `time::ticks` chose (plotters' own ticks fall at even fractions of the range).
struct DayAxis {
    days: RangedCoordf64,
    ticks: Vec<f64>,
}

impl Ranged for DayAxis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.days.map(value, limit)
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.days.range()
    }
}

/// One point a day and the 7-day average, broken where there is no data.
fn daily_series<'a, 'b: 'a>(
    chart: &mut ChartContext<'a, SVGBackend<'b>, TrendCoord>,
    bins: &[Bin],
    words: &Messages,
) -> Result<()> {
    let point_size = if bins.len() > 60 { 2 } else { 3 };
    chart
        .draw_series(bins.iter().filter_map(|b| {
            b.mean
                .map(|m| Circle::new((b.x, m), point_size, POINTS.filled()))
        }))
        .map_err(chart_error)?
        .label(words.get("chart-daily-average", &[]))
        .legend(|(x, y)| Circle::new((x + 8, y), 3, POINTS.filled()));
    let segments = runs(bins, |b| b.rolling.map(|r| (b.x, r)));
    for (i, s) in segments.into_iter().enumerate() {
        let series = chart
            .draw_series(LineSeries::new(s, LINE.stroke_width(3)))
            .map_err(chart_error)?;
        if i == 0 {
            series
                .label(words.get("chart-7-day-average", &[]))
                .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], LINE.stroke_width(3)));
        }
    }
    Ok(())
}

/// Weekly or monthly means as a line with points, over a band of the middle half of the
/// days' averages in each bin.
fn binned_series<'a, 'b: 'a>(
    chart: &mut ChartContext<'a, SVGBackend<'b>, TrendCoord>,
    bins: &[Bin],
    grain: Grain,
    words: &Messages,
) -> Result<()> {
    let bands = runs(bins, |b| b.spread.map(|s| (b.x, s)));
    for (i, band) in bands.into_iter().enumerate() {
        let mut outline: Vec<(f64, f64)> = band.iter().map(|&(x, (_, hi))| (x, hi)).collect();
        outline.extend(band.iter().rev().map(|&(x, (lo, _))| (x, lo)));
        let series = chart
            .draw_series(std::iter::once(Polygon::new(outline, BAND.filled())))
            .map_err(chart_error)?;
        if i == 0 {
            series
                .label(words.get("chart-middle-half", &[]))
                .legend(|(x, y)| Rectangle::new([(x, y - 5), (x + 16, y + 5)], BAND.filled()));
        }
    }
    let label = words.get(
        match grain {
            Grain::Month => "chart-monthly-mean",
            Grain::Week => "chart-weekly-mean",
            Grain::Day => "chart-daily-average",
        },
        &[],
    );
    for (i, s) in runs(bins, |b| b.mean.map(|m| (b.x, m)))
        .into_iter()
        .enumerate()
    {
        let series = chart
            .draw_series(LineSeries::new(s, LINE.stroke_width(2)).point_size(2))
            .map_err(chart_error)?;
        if i == 0 {
            series
                .label(label.clone())
                .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], LINE.stroke_width(2)));
        }
    }
    Ok(())
}

/// The values `pick` gives, in runs broken where it gives none.
fn runs<T>(bins: &[Bin], pick: impl Fn(&Bin) -> Option<T>) -> Vec<Vec<T>> {
    let mut runs: Vec<Vec<T>> = Vec::new();
    let mut run: Vec<T> = Vec::new();
    for b in bins {
        match pick(b) {
            Some(v) => run.push(v),
            None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// Remedy and visit markers as a strip under the line, one mark per bin (darker where remedies
/// were used on more of its days), and the legend.
fn strip_and_legend<'a, 'b: 'a>(
    chart: &mut ChartContext<'a, SVGBackend<'b>, TrendCoord>,
    bins: &[Bin],
    words: &Messages,
) -> Result<()> {
    chart
        .draw_series(bins.iter().filter(|b| b.remedy > 0.0).map(|b| {
            let half = 0.5 * b.width();
            Rectangle::new(
                [(b.x - half, -0.95), (b.x + half, -0.45)],
                REMEDY.mix(0.2 + 0.8 * b.remedy).filled(),
            )
        }))
        .map_err(chart_error)?
        .label(words.get("chart-remedy-used", &[]))
        .legend(|(x, y)| Rectangle::new([(x, y - 4), (x + 16, y + 4)], REMEDY.filled()));
    chart
        .draw_series(
            bins.iter()
                .filter(|b| b.visit)
                .map(|b| TriangleMarker::new((b.x, -1.7), 5, VISIT.filled())),
        )
        .map_err(chart_error)?
        .label(words.get("chart-visit", &[]))
        .legend(|(x, y)| TriangleMarker::new((x + 8, y), 5, VISIT.filled()));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font(13.0))
        .draw()
        .map_err(chart_error)?;
    Ok(())
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type Cartesian =
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>;

/// Row names left of the plot, top row first, right-aligned against the axis.
fn row_labels(
    root: &Area<'_>,
    chart: &ChartContext<'_, SVGBackend<'_>, Cartesian>,
    x: f64,
    labels: &[String],
) -> Result<()> {
    let count = labels.len() as i32;
    for (i, label) in labels.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(x, f64::from(count - 1 - i as i32)));
        root.draw(&Text::new(
            label.clone(),
            (px - 10, py),
            font(13.0).pos(plotters::style::text_anchor::Pos::new(
                plotters::style::text_anchor::HPos::Right,
                plotters::style::text_anchor::VPos::Center,
            )),
        ))
        .map_err(chart_error)?;
    }
    Ok(())
}

/// One row of the forest plot: its label, the estimate the verdict rests on, the verdict.
struct ForestRow {
    label: String,
    estimate: Option<(f64, f64, f64)>,
    verdict: Verdict,
    /// `rest`, the control: drawn as the reference, not judged.
    reference: bool,
}

impl ForestRow {
    fn of(r: &crate::analysis::RemedyStats, m: &Messages) -> ForestRow {
        let s = &r.session;
        let reference = r.reference;
        let n = ("n", Value::Count(i64::from(s.n)));
        ForestRow {
            label: if reference {
                m.get("chart-rest-row", &[n])
            } else {
                m.get(
                    "chart-remedy-row",
                    &[
                        ("name", Value::Text(&shorten(&r.label, 26))),
                        n,
                        ("verdict", Value::Text(&s.verdict.words_in(m))),
                    ],
                )
            },
            reference,
            estimate: s
                .estimate
                .as_ref()
                .and_then(|e| Some((e.relief, e.ci_low?, e.ci_high?))),
            verdict: s.verdict,
        }
    }
}

/// The x range: every interval and zero (within ±10, at least −1 to 1), with a little room.
fn forest_range(rows: &[ForestRow]) -> (f64, f64) {
    let lo = rows
        .iter()
        .filter_map(|r| r.estimate.map(|e| e.1))
        .fold(-1.0f64, f64::min)
        .max(-10.0);
    let hi = rows
        .iter()
        .filter_map(|r| r.estimate.map(|e| e.2))
        .fold(1.0f64, f64::max)
        .min(10.0);
    let pad = 0.08 * (hi - lo);
    (lo - pad, hi + pad)
}

fn remedies(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    stats: &Stats,
    m: &Messages,
) -> Result<()> {
    let title = m.get("chart-remedies-title", &[]);
    let title = title.as_str();
    let rows: Vec<_> = stats.remedies.iter().chain(&stats.combinations).collect();
    if rows.is_empty() {
        return empty(root, title, &m.get("chart-remedies-empty", &[]));
    }
    let rows: Vec<ForestRow> = rows.iter().map(|r| ForestRow::of(r, m)).collect();
    let (lo, hi) = forest_range(&rows);
    let count = rows.len() as i32;
    let labels: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
    let (w, _) = root.dim_in_pixel();
    let mut chart = ChartBuilder::on(root)
        .caption(title, bold(20.0))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size((w as f64 * 0.42) as u32)
        .build_cartesian_2d(lo..hi, -0.5..f64::from(count) - 0.5)
        .map_err(chart_error)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .axis_style(MUTED)
        .x_desc(m.get("chart-relief-axis", &[]))
        // One decimal as everywhere, and never "-0.0" at the zero line.
        .x_label_formatter(&|x: &f64| m.one(*x))
        .y_labels(0)
        .label_style(font(13.0))
        .axis_desc_style(font(13.0).color(&MUTED))
        .draw()
        .map_err(chart_error)?;
    row_labels(root, &chart, lo, &labels)?;
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(0.0, -0.5), (0.0, f64::from(count) - 0.5)],
            MUTED.stroke_width(1),
        )))
        .map_err(chart_error)?;
    for (i, row) in rows.iter().enumerate() {
        let y = f64::from(count - 1 - i as i32);
        let colour = if row.reference {
            MUTED
        } else {
            verdict_colour(row.verdict)
        };
        if let Some((est, low, high)) = row.estimate {
            let (low, high) = (low.max(lo), high.min(hi));
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(low, y), (high, y)],
                    colour.stroke_width(3),
                )))
                .map_err(chart_error)?;
            chart
                .draw_series(std::iter::once(Circle::new(
                    (est, y),
                    6,
                    if row.reference {
                        colour.stroke_width(2)
                    } else {
                        colour.filled()
                    },
                )))
                .map_err(chart_error)?;
        }
    }
    Ok(())
}

fn causes(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    stats: &Stats,
    m: &Messages,
) -> Result<()> {
    let title = m.get("chart-causes-title", &[]);
    let title = title.as_str();
    if stats.causes.is_empty() {
        return empty(root, title, &m.get("chart-causes-empty", &[]));
    }
    let count = stats.causes.len() as i32;
    let max = stats.causes.iter().map(|c| c.entries).max().unwrap_or(1) as f64;
    let labels: Vec<String> = stats.causes.iter().map(|c| shorten(&c.label, 30)).collect();
    let (w, h) = root.dim_in_pixel();
    let mut chart = ChartBuilder::on(root)
        .caption(title, bold(20.0))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size((w as f64 * 0.25) as u32)
        .build_cartesian_2d(0.0..max * 1.3, -0.5..f64::from(count) - 0.5)
        .map_err(chart_error)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .axis_style(MUTED)
        .x_desc(m.get("chart-checkins-axis", &[]))
        .x_label_formatter(&|x: &f64| format!("{x:.0}"))
        .y_labels(0)
        .label_style(font(13.0))
        .axis_desc_style(font(13.0).color(&MUTED))
        .draw()
        .map_err(chart_error)?;
    row_labels(root, &chart, 0.0, &labels)?;
    let bar = ((h as f64 - 100.0) / f64::from(count) * 0.55).clamp(4.0, 40.0) as u32;
    for (i, c) in stats.causes.iter().enumerate() {
        let y = f64::from(count - 1 - i as i32);
        let value = c.entries as f64;
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(0.0, y), (value, y)],
                LINE.mix(0.85).stroke_width(bar),
            )))
            .map_err(chart_error)?;
        let mean = c
            .mean_rating
            .map(|m| format!("{m:.1}"))
            .unwrap_or_else(|| "–".into());
        chart
            .draw_series(std::iter::once(Text::new(
                format!("{}  ·  mean soreness {mean}", c.entries),
                (value + max * 0.015, y),
                font(13.0).pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Left,
                    plotters::style::text_anchor::VPos::Center,
                )),
            )))
            .map_err(chart_error)?;
    }
    Ok(())
}
