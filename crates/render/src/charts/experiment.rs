//! A personal experiment's picture: the timeline of its slots (A and B marked, void ones
//! crossed) above a dot plot of the pair differences with the 95% interval of their mean and
//! the band of differences too small to matter (±δ). `docs/experiments.md`.

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use super::text::{with_text, ChartText};
use super::{bold, chart_error, font, register_fonts, Size, BAND, GRID, INK, LINE, MUTED, REMEDY};
use crate::error::Result;
use crate::experiment::{result::Names, ExperimentResult, Slot, SlotState};
use crate::i18n::{Messages, Value};
use crate::model::Arm;

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

/// Height of the schedule panel, and of the differences panel below it once there are any.
const TIMELINE_HEIGHT: u32 = 190;
const DIFFERENCES_HEIGHT: u32 = 360;

/// The size of the experiment chart `width` wide: the schedule alone while the experiment
/// runs (no differences are shown before it ends), with the differences below after.
fn experiment_size(result: &ExperimentResult, width: u32) -> Result<Size> {
    let height = if result.differences.is_empty() {
        TIMELINE_HEIGHT
    } else {
        TIMELINE_HEIGHT + DIFFERENCES_HEIGHT
    };
    Size::new(width, height.max(200))
}

/// The experiment chart as SVG, `width` wide, with its text alternative (also in the SVG).
pub fn experiment_svg(
    result: &ExperimentResult,
    slots: &[Slot],
    names: &Names,
    width: u32,
    m: &Messages,
) -> Result<(String, ChartText, Size)> {
    register_fonts()?;
    let size = experiment_size(result, width)?;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (size.width, size.height)).into_drawing_area();
        root.fill(&WHITE).map_err(chart_error)?;
        if result.differences.is_empty() {
            timeline(&root, result, slots, names, m)?;
        } else {
            let (top, bottom) = root.split_vertically(TIMELINE_HEIGHT);
            timeline(&top, result, slots, names, m)?;
            differences(&bottom, result, names, m)?;
        }
        root.present().map_err(chart_error)?;
    }
    let text = describe(result, slots, names, m);
    Ok((with_text(out, &text), text, size))
}

fn timeline(
    area: &Area<'_>,
    result: &ExperimentResult,
    slots: &[Slot],
    names: &Names,
    m: &Messages,
) -> Result<()> {
    let total = (2 * result.pairs_planned).max(slots.len() as u32).max(2);
    let title = m.get(
        "exp-chart-schedule",
        &[
            ("a", Value::Text(&names.remedy)),
            ("b", Value::Text(&names.comparator)),
        ],
    );
    let mut chart = ChartBuilder::on(area)
        .caption(title, bold(16.0))
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(34)
        .build_cartesian_2d(0.5..f64::from(total) + 0.5, -0.8..1.8)
        .map_err(chart_error)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .axis_style(MUTED)
        .x_desc(m.get("exp-chart-slot", &[]))
        .x_labels((total as usize).min(20))
        .x_label_formatter(&|x: &f64| format!("{x:.0}"))
        .y_labels(2)
        .y_label_formatter(&|y: &f64| match y.round() as i32 {
            1 => "A".into(),
            0 => "B".into(),
            _ => String::new(),
        })
        .label_style(font(12.0))
        .axis_desc_style(font(12.0).color(&MUTED))
        .draw()
        .map_err(chart_error)?;
    for slot in slots {
        let x = f64::from(slot.slot + 1);
        let y = if slot.arm == Arm::A { 1.0 } else { 0.0 };
        // A: filled teal once done; B: an open grey ring; not done yet: a thin ring.
        let marker = match (slot.arm, slot.state) {
            (Arm::A, SlotState::Done) => REMEDY.filled(),
            (Arm::B, SlotState::Done) => MUTED.stroke_width(3),
            (Arm::A, _) => REMEDY.stroke_width(1),
            (Arm::B, _) => MUTED.stroke_width(1),
        };
        chart
            .draw_series(std::iter::once(Circle::new((x, y), 6, marker)))
            .map_err(chart_error)?;
        if slot.state == SlotState::Void {
            chart
                .draw_series([
                    PathElement::new(
                        vec![(x - 0.3, y - 0.3), (x + 0.3, y + 0.3)],
                        INK.stroke_width(2),
                    ),
                    PathElement::new(
                        vec![(x - 0.3, y + 0.3), (x + 0.3, y - 0.3)],
                        INK.stroke_width(2),
                    ),
                ])
                .map_err(chart_error)?;
        }
    }
    Ok(())
}

fn differences(
    area: &Area<'_>,
    result: &ExperimentResult,
    names: &Names,
    m: &Messages,
) -> Result<()> {
    let title = m.get("exp-chart-differences", &[]);
    let d = &result.differences;
    let delta = result.delta;
    let (low, high) = (result.ci_low, result.ci_high);
    let extent = d
        .iter()
        .copied()
        .chain(low)
        .chain(high)
        .fold(delta * 1.5, |m, x| m.max(x.abs()))
        .min(10.0);
    let rows = d.len() as f64 + 1.0;
    let mut chart = ChartBuilder::on(area)
        .caption(title, bold(16.0))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(34)
        .build_cartesian_2d(-extent * 1.1..extent * 1.1, -0.8..rows)
        .map_err(chart_error)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .axis_style(MUTED)
        .x_desc(m.get(
            "exp-chart-axis",
            &[
                ("a", Value::Text(&names.remedy)),
                ("b", Value::Text(&names.comparator)),
            ],
        ))
        .x_label_formatter(&|x: &f64| m.one(*x))
        .y_labels(0)
        .label_style(font(12.0))
        .axis_desc_style(font(12.0).color(&MUTED))
        .draw()
        .map_err(chart_error)?;
    // Differences too small to matter: −δ to δ.
    chart
        .draw_series(std::iter::once(Rectangle::new(
            [(-delta, -0.8), (delta, rows)],
            BAND.mix(0.7).filled(),
        )))
        .map_err(chart_error)?;
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(0.0, -0.8), (0.0, rows)],
            MUTED.stroke_width(1),
        )))
        .map_err(chart_error)?;
    chart
        .draw_series(d.iter().enumerate().map(|(i, x)| {
            Circle::new(
                (x.clamp(-extent, extent), rows - 1.0 - i as f64),
                5,
                LINE.filled(),
            )
        }))
        .map_err(chart_error)?;
    chart
        .draw_series(std::iter::once(Text::new(
            m.get(
                "exp-chart-too-small",
                &[("delta", Value::Text(&m.one(delta)))],
            ),
            (-delta, rows - 0.2),
            font(11.0).color(&MUTED),
        )))
        .map_err(chart_error)?;
    if let (Some(mean), Some(low), Some(high)) = (result.mean_difference, low, high) {
        mean_interval(&mut chart, m, mean, (low, high), extent)?;
    }
    Ok(())
}

/// The mean difference as a bar in its interval (clipped to the chart), with its words.
fn mean_interval(
    chart: &mut ChartContext<'_, SVGBackend<'_>, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    m: &Messages,
    mean: f64,
    (low, high): (f64, f64),
    extent: f64,
) -> Result<()> {
    let words = m.get(
        "exp-chart-mean",
        &[
            ("mean", Value::Text(&m.one(mean))),
            ("low", Value::Text(&m.one(low))),
            ("high", Value::Text(&m.one(high))),
        ],
    );
    chart
        .draw_series(std::iter::once(Text::new(
            words,
            (low.max(-extent), -0.55),
            font(11.0),
        )))
        .map_err(chart_error)?;
    chart
        .draw_series([PathElement::new(
            vec![(low.max(-extent), -0.2), (high.min(extent), -0.2)],
            INK.stroke_width(3),
        )])
        .map_err(chart_error)?;
    chart
        .draw_series(std::iter::once(Rectangle::new(
            [
                (mean - extent * 0.015, -0.45),
                (mean + extent * 0.015, 0.05),
            ],
            INK.filled(),
        )))
        .map_err(chart_error)?;
    Ok(())
}

fn describe(result: &ExperimentResult, slots: &[Slot], names: &Names, m: &Messages) -> ChartText {
    let count = |n: usize| Value::Count(i64::try_from(n).unwrap_or(i64::MAX));
    let done = slots.iter().filter(|s| s.state == SlotState::Done).count();
    let void = slots.iter().filter(|s| s.state == SlotState::Void).count();
    let title = m.get(
        "exp-chart-title",
        &[
            ("a", Value::Text(&names.remedy)),
            ("b", Value::Text(&names.comparator)),
        ],
    );
    let mut description = m.get(
        "exp-chart-slots",
        &[
            ("shown", count(slots.len())),
            ("total", Value::Count(i64::from(2 * result.pairs_planned))),
            ("done", count(done)),
            ("void", count(void)),
        ],
    );
    description.push(' ');
    if result.differences.is_empty() {
        description.push_str(&m.get("exp-chart-running", &[]));
    } else {
        let listed: Vec<String> = result.differences.iter().map(|x| m.one(*x)).collect();
        let separator = if m.one(0.5).contains(',') { "; " } else { ", " };
        description.push_str(&m.get(
            "exp-chart-differences-list",
            &[
                ("a", Value::Text(&names.remedy)),
                ("list", Value::Text(&listed.join(separator))),
                ("sentence", Value::Text(&result.explanation)),
            ],
        ));
    }
    ChartText { title, description }
}
