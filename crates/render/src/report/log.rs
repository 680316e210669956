//! The entry log after the summary: every check-in of the range, one row each, notes wrapped,
//! split across pages with a repeated header.

use crate::model::label_of;

use super::page::{Page, INK, LINE, MARGIN, MUTED, SHADE};
use super::text::{Fonts, Weight};
use super::ReportInput;

/// Text for one entry-log row's cells.
pub(super) struct LogRow {
    pub(super) day: String,
    pub(super) time: String,
    pub(super) rating: String,
    pub(super) cells: [Vec<String>; 4],
}

pub(super) const LOG_SIZE: f32 = 7.5;
pub(super) const LOG_LEADING: f32 = 9.5;
/// Column starts (relative to the margin) and widths of the log table, by message id.
pub(super) const LOG_COLUMNS: [(&str, f32, f32); 7] = [
    ("report-log-day", 0.0, 52.0),
    ("report-log-time", 54.0, 26.0),
    ("report-log-rating", 82.0, 22.0),
    ("report-log-where", 106.0, 92.0),
    ("report-log-causes", 200.0, 62.0),
    ("report-log-remedies", 264.0, 120.0),
    ("report-log-note", 386.0, 0.0),
];

pub(super) fn log_rows(input: &ReportInput<'_>, fonts: &Fonts, note_width: f32) -> Vec<LogRow> {
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
    pub(super) fn lines(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
    }

    pub(super) fn height(&self) -> f32 {
        self.lines() as f32 * LOG_LEADING + 3.0
    }

    /// This row in pieces of at most `max_lines` lines, so a row taller than a page goes on
    /// over the next pages instead of being cut: nothing is ever dropped from the log. Pieces
    /// after the first say "cont." where the time was.
    pub(super) fn pieces(self, max_lines: usize, cont: &str) -> Vec<LogRow> {
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

/// Where the entry log goes on its pages.
pub(super) struct LogLayout {
    pub(super) w: f32,
    pub(super) note_width: f32,
    pub(super) top: f32,
    pub(super) bottom: f32,
}

impl LogLayout {
    pub(super) fn new(w: f32, h: f32) -> LogLayout {
        LogLayout {
            w,
            note_width: w - 2.0 * MARGIN - LOG_COLUMNS[6].1,
            top: MARGIN + 58.0,
            bottom: h - MARGIN - 14.0,
        }
    }

    /// The most lines one row may have: a longer one is split across pages.
    pub(super) fn max_lines(&self) -> usize {
        ((self.bottom - self.top - 3.0) / LOG_LEADING) as usize
    }

    /// The rows of each page, in order.
    pub(super) fn pages(&self, rows: &[LogRow]) -> Vec<std::ops::Range<usize>> {
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
pub(super) fn log_page(
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
