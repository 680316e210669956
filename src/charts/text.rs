//! Each chart in words: a title and a description of what it shows with its key numbers, for
//! people who cannot see it (the SVG's `<title>`/`<desc>`, the app's accessible description).

use crate::analysis::words::one;
use crate::analysis::Stats;

use super::ChartKind;

/// A chart's text alternative.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ChartText {
    pub title: String,
    pub description: String,
}

pub fn describe(kind: ChartKind, stats: &Stats) -> ChartText {
    match kind {
        ChartKind::Trend => trend(stats),
        ChartKind::Remedies => remedies(stats),
        ChartKind::Causes => causes(stats),
    }
}

fn trend(s: &Stats) -> ChartText {
    let title = "Soreness over time (0–10)".to_owned();
    let (Some(from), Some(to), Some(mean)) = (s.range.from, s.range.to, s.rating.mean) else {
        return ChartText {
            title,
            description: "No check-ins in this range yet.".to_owned(),
        };
    };
    let mut description = format!(
        "From {from} to {to}, {} of {} days logged; average soreness {}, least {}, worst {}.",
        s.range.days_logged,
        s.range.days,
        one(mean),
        s.rating.min.map(|v| v.to_string()).unwrap_or_default(),
        s.rating.max.map(|v| v.to_string()).unwrap_or_default(),
    );
    if let (Some(a), Some(b)) = (s.rating.first_week_mean, s.rating.last_week_mean) {
        description.push_str(&format!(" First week {}, last week {}.", one(a), one(b)));
    }
    let remedy_days = s.daily.iter().filter(|d| !d.remedies.is_empty()).count();
    let visits = s.daily.iter().filter(|d| d.visit).count();
    description.push_str(&format!(
        " A remedy was used on {remedy_days} days; {visits} days with a therapist or chiropractic visit."
    ));
    ChartText { title, description }
}

fn remedies(s: &Stats) -> ChartText {
    let title = "What helped: relief per session, in points".to_owned();
    let rows: Vec<String> = s
        .remedies
        .iter()
        .chain(&s.combinations)
        .map(|r| {
            let session = &r.session;
            let numbers = match &session.estimate {
                Some(e) => match (e.ci_low, e.ci_high) {
                    (Some(lo), Some(hi)) => {
                        format!(
                            "{} points (95% interval {} to {})",
                            one(e.relief),
                            one(lo),
                            one(hi)
                        )
                    }
                    _ => format!("{} points", one(e.relief)),
                },
                None => "no estimate yet".to_owned(),
            };
            let verdict = if r.reference {
                "natural change, the reference".to_owned()
            } else {
                session.verdict.words().to_owned()
            };
            format!(
                "{}: {numbers} from {} sessions, {verdict}",
                r.label, session.n
            )
        })
        .collect();
    let description = if rows.is_empty() {
        "No remedies logged in this range yet.".to_owned()
    } else {
        format!("Positive is less sore. {}.", rows.join("; "))
    };
    ChartText { title, description }
}

fn causes(s: &Stats) -> ChartText {
    let title = "Suspected causes: check-ins and mean soreness".to_owned();
    let rows: Vec<String> = s
        .causes
        .iter()
        .map(|c| {
            let mean = c.mean_rating.map(one).unwrap_or_else(|| "–".into());
            format!("{}: {} check-ins, mean soreness {mean}", c.label, c.entries)
        })
        .collect();
    let description = if rows.is_empty() {
        "No suspected causes noted in this range.".to_owned()
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
