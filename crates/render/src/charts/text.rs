//! Each chart in words: a title and a description of what it shows with its key numbers, for
//! people who cannot see it (the SVG's `<title>`/`<desc>`, the app's accessible description).

use crate::analysis::Stats;
use crate::i18n::Messages;
use crate::i18n::Value::{Count, Text};

use super::ChartKind;

/// A chart's text alternative.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ChartText {
    pub title: String,
    pub description: String,
}

/// The chart in words in `m`'s language.
pub fn describe(kind: ChartKind, stats: &Stats, m: &Messages) -> ChartText {
    match kind {
        ChartKind::Trend => trend(stats, m),
        ChartKind::Remedies => remedies(stats, m),
        ChartKind::Causes => causes(stats, m),
    }
}

fn trend(s: &Stats, m: &Messages) -> ChartText {
    let title = m.get("chart-text-trend-title", &[]);
    let (Some(from), Some(to), Some(mean)) = (s.range.from, s.range.to, s.rating.mean) else {
        return ChartText {
            title,
            description: m.get("chart-empty-checkins", &[]),
        };
    };
    let bound = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
    let (from, to, mean) = (
        from.format("%Y-%m-%d").to_string(),
        to.format("%Y-%m-%d").to_string(),
        m.one(mean),
    );
    let (least, worst) = (bound(s.rating.min), bound(s.rating.max));
    let mut description = m.get(
        "chart-text-trend",
        &[
            ("from", Text(&from)),
            ("to", Text(&to)),
            ("logged", Count(i64::from(s.range.days_logged))),
            ("days", Count(i64::from(s.range.days))),
            ("mean", Text(&mean)),
            ("least", Text(&least)),
            ("worst", Text(&worst)),
        ],
    );
    if let (Some(a), Some(b)) = (s.rating.first_week_mean, s.rating.last_week_mean) {
        let (first, last) = (m.one(a), m.one(b));
        description.push(' ');
        description.push_str(&m.get(
            "chart-text-first-last",
            &[("first", Text(&first)), ("last", Text(&last))],
        ));
    }
    let count = |n: usize| Count(i64::try_from(n).unwrap_or(i64::MAX));
    let remedy_days = s.daily.iter().filter(|d| !d.remedies.is_empty()).count();
    let visits = s.daily.iter().filter(|d| d.visit).count();
    description.push(' ');
    description.push_str(&m.get(
        "chart-text-remedy-days",
        &[
            ("remedyDays", count(remedy_days)),
            ("visits", count(visits)),
        ],
    ));
    ChartText { title, description }
}

fn remedies(s: &Stats, m: &Messages) -> ChartText {
    let title = m.get("chart-remedies-title", &[]);
    let rows: Vec<String> = s
        .remedies
        .iter()
        .chain(&s.combinations)
        .map(|r| {
            let session = &r.session;
            let numbers = match &session.estimate {
                Some(e) => match (e.ci_low, e.ci_high) {
                    (Some(lo), Some(hi)) => {
                        let (points, low, high) = (m.points(e.relief), m.one(lo), m.one(hi));
                        m.get(
                            "chart-text-interval",
                            &[
                                ("points", Text(&points)),
                                ("low", Text(&low)),
                                ("high", Text(&high)),
                            ],
                        )
                    }
                    _ => m.points(e.relief),
                },
                None => m.get("chart-text-no-estimate", &[]),
            };
            let verdict = if r.reference {
                m.get("chart-text-reference", &[])
            } else {
                session.verdict.words_in(m)
            };
            m.get(
                "chart-text-remedy-row",
                &[
                    ("name", Text(&r.label)),
                    ("numbers", Text(&numbers)),
                    ("n", Count(i64::from(session.n))),
                    ("verdict", Text(&verdict)),
                ],
            )
        })
        .collect();
    let description = if rows.is_empty() {
        m.get("chart-remedies-empty", &[])
    } else {
        m.get("chart-text-positive", &[("rows", Text(&rows.join("; ")))])
    };
    ChartText { title, description }
}

fn causes(s: &Stats, m: &Messages) -> ChartText {
    let title = m.get("chart-causes-title", &[]);
    let rows: Vec<String> = s
        .causes
        .iter()
        .map(|c| {
            let mean = c
                .mean_rating
                .map(|x| m.one(x))
                .unwrap_or_else(|| "–".into());
            m.get(
                "chart-text-cause-row",
                &[
                    ("name", Text(&c.label)),
                    ("count", Count(i64::from(c.entries))),
                    ("mean", Text(&mean)),
                ],
            )
        })
        .collect();
    let description = if rows.is_empty() {
        m.get("chart-causes-empty", &[])
    } else {
        format!("{}.", rows.join("; "))
    };
    ChartText { title, description }
}

/// `svg` with the text as its `<title>` and `<desc>`, right after the opening `<svg …>` tag.
pub fn with_text(svg: String, text: &ChartText) -> String {
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let Some(open_end) = svg
        .find("<svg")
        .and_then(|i| svg[i..].find('>').map(|j| i + j + 1))
    else {
        return svg;
    };
    let mut out = String::with_capacity(svg.len() + text.description.len() + 64);
    out.push_str(&svg[..open_end]);
    out.push_str(&format!(
        "\n<title>{}</title>\n<desc>{}</desc>",
        escape(&text.title),
        escape(&text.description)
    ));
    out.push_str(&svg[open_end..]);
    out
}
