//! Page 1, read in a minute: the key numbers, the trend, where and why, what helped, the limits.

use std::collections::HashMap;

use crate::analysis::{GroupStats, RemedyStats, Stats, Verdict};
use crate::charts::{self, ChartKind};
use crate::error::Result;
use crate::i18n::{Messages, Value};
use crate::model::Region;

use super::page::{footer, Page, ALERT, INK, LINE, MARGIN, MUTED, SHADE};
use super::text::Weight;
use super::ReportInput;

/// "1.5 [1.2, 1.9]" (in `m`'s language), the estimate alone without its interval, or "–".
pub(super) fn with_interval(
    m: &Messages,
    v: Option<f64>,
    lo: Option<f64>,
    hi: Option<f64>,
) -> String {
    match (v, lo, hi) {
        (Some(v), Some(_), Some(_)) => format!("{} {}", m.one(v), m.interval(lo, hi)),
        (Some(v), _, _) => m.one(v),
        _ => "–".into(),
    }
}

pub(super) fn opt_in(m: &Messages, x: Option<f64>) -> String {
    x.map(|x| m.one(x)).unwrap_or_else(|| "–".into())
}

/// The session estimate the verdict is based on (adjusted when available), with its interval.
pub(super) fn session_numbers(m: &Messages, r: &RemedyStats) -> String {
    match &r.session.estimate {
        Some(e) => with_interval(m, Some(e.relief), e.ci_low, e.ci_high),
        None => "–".into(),
    }
}

/// The next-morning estimate with its interval.
pub(super) fn next_day_numbers(m: &Messages, r: &RemedyStats) -> String {
    match &r.next_day {
        Some(n) => with_interval(m, n.relief, n.ci_low, n.ci_high),
        None => "–".into(),
    }
}

pub(super) fn range_text(m: &Messages, stats: &Stats) -> String {
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

/// The first page: who and when, the key numbers, the weekly PEG, the trend, where and why,
/// and what helped.
pub(super) fn summary(
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
    y = red_flags(p, input, y, content);
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

/// The red flags reported in the range, first, in red: a clinician must see them in the
/// first minute (`docs/safety.md`). Each check-in's day and flags, newest first, on at most
/// two lines; returns the next y.
pub(super) fn red_flags(
    p: &mut Page<'_, '_>,
    input: &ReportInput<'_>,
    mut y: f32,
    content: f32,
) -> f32 {
    let m = input.m;
    let mut reported: Vec<String> = input
        .entries
        .iter()
        .rev()
        .filter(|e| !e.red_flags.is_empty())
        .map(|e| {
            let flags: Vec<String> = e
                .red_flags
                .iter()
                .map(|f| m.get(f.message(), &[]))
                .collect();
            m.get(
                "report-red-flag-on",
                &[
                    ("flags", Value::Text(&flags.join(", "))),
                    (
                        "date",
                        Value::Text(&e.journal_day.format("%Y-%m-%d").to_string()),
                    ),
                ],
            )
        })
        .collect();
    // The same flags twice on one day are said once.
    reported.dedup();
    if reported.is_empty() {
        return y;
    }
    let fonts = p.fonts;
    let text = format!("{}: {}", m.get("safety-reported", &[]), reported.join("; "));
    y += 14.0;
    let mut lines = fonts.wrap(Weight::Bold, 9.5, &text, content);
    // At most two lines: what does not fit ends in an ellipsis (the newest come first).
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(fonts.fit(Weight::Bold, 9.5, &rest, content));
    }
    for line in &lines {
        p.text(Weight::Bold, 9.5, ALERT, MARGIN, y, line);
        y += 12.0;
    }
    y
}

/// Title, generation date, the name line and the range; returns the next y.
pub(super) fn summary_header(p: &mut Page<'_, '_>, input: &ReportInput<'_>, w: f32) -> f32 {
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

pub(super) fn nothing_logged(p: &mut Page<'_, '_>, m: &Messages, mut y: f32) {
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
pub(super) fn key_numbers(
    p: &mut Page<'_, '_>,
    m: &Messages,
    s: &Stats,
    mut y: f32,
    content: f32,
) -> f32 {
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
pub(super) fn peg_line(
    p: &mut Page<'_, '_>,
    m: &Messages,
    s: &Stats,
    mut y: f32,
    content: f32,
) -> f32 {
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
pub(super) fn trend_chart(
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
pub(super) fn where_and_why(
    p: &mut Page<'_, '_>,
    input: &ReportInput<'_>,
    y: f32,
    w: f32,
) -> Result<f32> {
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
pub(super) fn remedy_table(
    p: &mut Page<'_, '_>,
    m: &Messages,
    s: &Stats,
    mut y: f32,
    w: f32,
    h: f32,
) {
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
pub(super) fn remedy_row(p: &mut Page<'_, '_>, m: &Messages, r: &RemedyStats, y: f32) {
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
pub(super) fn shares(
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

pub(super) fn disclaimer(p: &mut Page<'_, '_>, m: &Messages, w: f32, h: f32) {
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
