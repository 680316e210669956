//! Time on a chart's x axis: how days are grouped (one point a day for short ranges; weekly or
//! monthly means with the spread of their days for long ones) and where the date ticks go — on
//! calendar boundaries, each label exactly at the date it names, thinned only by a regular step.
//! `docs/charts.md` describes both.

use chrono::{Datelike, Duration, NaiveDate};

use crate::analysis::Day;
use crate::i18n::Lang;

/// How many days one point of the trend stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grain {
    Day,
    /// Calendar weeks, Monday to Sunday.
    Week,
    /// Calendar months.
    Month,
}

impl Grain {
    /// Days up to about 4 months, weeks up to about 3 years, months beyond.
    pub fn for_days(days: usize) -> Grain {
        match days {
            0..=122 => Grain::Day,
            123..=1096 => Grain::Week,
            _ => Grain::Month,
        }
    }

    /// The first day of the bin `date` falls in.
    fn start_of(self, date: NaiveDate) -> NaiveDate {
        match self {
            Grain::Day => date,
            Grain::Week => date - Duration::days(i64::from(date.weekday().num_days_from_monday())),
            Grain::Month => date.with_day(1).unwrap_or(date),
        }
    }
}

/// One point of the trend: the days of one bin of the range.
#[derive(Clone, Debug, PartialEq)]
pub struct Bin {
    /// The bin's first and last day within the range.
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Its middle, in days from the range's first day.
    pub x: f64,
    /// Mean of the daily means of its logged days.
    pub mean: Option<f64>,
    /// The middle half of those daily means (25th to 75th percentile); `None` for a day.
    pub spread: Option<(f64, f64)>,
    /// The 7-day average (one-day bins only).
    pub rolling: Option<f64>,
    /// Share of its days with a remedy used.
    pub remedy: f64,
    pub visit: bool,
}

impl Bin {
    /// How many days it spans.
    pub fn width(&self) -> f64 {
        (self.last - self.first).num_days() as f64 + 1.0
    }
}

/// The days of the range (in order, every calendar day) grouped by `grain`.
pub fn bins(days: &[Day], grain: Grain) -> Vec<Bin> {
    let Some(first) = days.first().map(|d| d.date) else {
        return Vec::new();
    };
    days.chunk_by(|a, b| grain.start_of(a.date) == grain.start_of(b.date))
        .map(|chunk| bin(chunk, first, grain))
        .collect()
}

fn bin(days: &[Day], range_first: NaiveDate, grain: Grain) -> Bin {
    let (first, last) = match (days.first(), days.last()) {
        (Some(a), Some(b)) => (a.date, b.date),
        _ => (range_first, range_first),
    };
    let mut means: Vec<f64> = days.iter().filter_map(|d| d.mean).collect();
    means.sort_by(f64::total_cmp);
    let offset = |d: NaiveDate| (d - range_first).num_days() as f64;
    Bin {
        first,
        last,
        x: (offset(first) + offset(last)) / 2.0,
        mean: (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64),
        spread: (grain != Grain::Day && !means.is_empty())
            .then(|| (quantile(&means, 0.25), quantile(&means, 0.75))),
        rolling: if grain == Grain::Day {
            days.first().and_then(|d| d.rolling_mean)
        } else {
            None
        },
        remedy: days.iter().filter(|d| !d.remedies.is_empty()).count() as f64 / days.len() as f64,
        visit: days.iter().any(|d| d.visit),
    }
}

/// The `q` quantile of sorted values, interpolated between neighbours.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let at = q * (sorted.len() - 1) as f64;
    let (lo, hi) = (at.floor() as usize, at.ceil() as usize);
    sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo as f64)
}

/// A date tick: where it is (days from the range's first day) and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub date: NaiveDate,
    pub x: f64,
    pub label: String,
}

/// The calendar unit ticks fall on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    /// Mondays.
    Week,
    /// The first of a month.
    Month,
    /// 1 January.
    Year,
}

/// Ticks for the days `first..=last` on a plot `plot_px` pixels wide: days for a fortnight,
/// Mondays up to about 3 months, the first of each month up to about 2 years, 1 January beyond
/// — every one of them, or every 2nd, 3rd … when the labels would not fit.
pub fn ticks(first: NaiveDate, last: NaiveDate, plot_px: f64, lang: Lang) -> Vec<Tick> {
    let days = (last - first).num_days() + 1;
    let (unit, steps): (Unit, &[u32]) = match days {
        ..=14 => (Unit::Day, &[1, 2, 7]),
        15..=92 => (Unit::Week, &[1, 2, 4]),
        93..=731 => (Unit::Month, &[1, 2, 3, 6, 12]),
        _ => (Unit::Year, &[1, 2, 5, 10, 20, 50]),
    };
    let all = boundaries(first, last, unit);
    let px_per_day = plot_px / days.max(1) as f64;
    for &step in steps {
        let chosen: Vec<Tick> = all
            .iter()
            .enumerate()
            .filter(|(i, date)| on_step(**date, *i, unit, step))
            .map(|(_, &date)| tick(date, first, unit, lang))
            .collect();
        if fits(&chosen, px_per_day) {
            return chosen;
        }
    }
    // Not even the coarsest step fits: the range's first boundary alone.
    all.into_iter()
        .take(1)
        .map(|d| tick(d, first, unit, lang))
        .collect()
}

/// Every boundary of `unit` within `first..=last`.
fn boundaries(first: NaiveDate, last: NaiveDate, unit: Unit) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut date = match unit {
        Unit::Day => Some(first),
        Unit::Week => Some(Grain::Week.start_of(first)),
        Unit::Month => first.with_day(1),
        Unit::Year => NaiveDate::from_ymd_opt(first.year(), 1, 1),
    };
    while let Some(d) = date.filter(|d| *d <= last) {
        if d >= first {
            out.push(d);
        }
        date = match unit {
            Unit::Day => d.succ_opt(),
            Unit::Week => d.checked_add_signed(Duration::days(7)),
            Unit::Month => d.checked_add_months(chrono::Months::new(1)),
            Unit::Year => d.checked_add_months(chrono::Months::new(12)),
        };
    }
    out
}

/// Whether a boundary is kept at `step`: months on multiples of the step from January (every
/// quarter begins Jan, Apr, Jul, Oct), years on multiples of the step, days and weeks counted
/// from the first.
fn on_step(date: NaiveDate, index: usize, unit: Unit, step: u32) -> bool {
    match unit {
        Unit::Month => date.month0().is_multiple_of(step),
        Unit::Year => date.year().rem_euclid(step as i32) == 0,
        Unit::Day | Unit::Week => index.is_multiple_of(step as usize),
    }
}

fn tick(date: NaiveDate, first: NaiveDate, unit: Unit, lang: Lang) -> Tick {
    // Month names in the chart's language (CLDR's abbreviations: "Okt", "oct", "oct.").
    let named = |pattern: &str| {
        date.format_localized(pattern, lang.chrono_locale())
            .to_string()
    };
    let label = match unit {
        Unit::Day | Unit::Week => named("%-d %b"),
        // The year on January and on the first tick, so every label reads on its own.
        Unit::Month if date.month() == 1 || date.with_day(1) == first.with_day(1) => named("%b %Y"),
        Unit::Month => named("%b"),
        Unit::Year => date.format("%Y").to_string(),
    };
    Tick {
        date,
        x: (date - first).num_days() as f64,
        label,
    }
}

/// Label width at the axis font (13 px DejaVu Sans averages about 7.2 px a character) plus
/// a gap.
fn label_px(label: &str) -> f64 {
    label.chars().count() as f64 * 7.2 + 10.0
}

/// Whether the labels fit side by side, each centred on its tick.
fn fits(ticks: &[Tick], px_per_day: f64) -> bool {
    ticks.windows(2).all(|w| {
        let room = (label_px(&w[0].label) + label_px(&w[1].label)) / 2.0;
        (w[1].x - w[0].x) * px_per_day >= room
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn labels(first: &str, last: &str, px: f64) -> Vec<String> {
        ticks(d(first), d(last), px, Lang::En)
            .into_iter()
            .map(|t| t.label)
            .collect()
    }

    #[test]
    fn six_months_name_every_month_at_its_first_day() {
        let t = ticks(d("2026-06-01"), d("2026-11-30"), 900.0, Lang::En);
        let dates: Vec<String> = t.iter().map(|t| t.date.to_string()).collect();
        assert_eq!(
            dates,
            [
                "2026-06-01",
                "2026-07-01",
                "2026-08-01",
                "2026-09-01",
                "2026-10-01",
                "2026-11-01"
            ]
        );
        assert_eq!(t[0].label, "Jun 2026");
        assert_eq!(t[2].label, "Aug");
        let de = ticks(d("2026-06-01"), d("2026-11-30"), 900.0, Lang::De);
        assert_eq!(de[4].label, "Okt");
        let fr = ticks(d("2026-06-01"), d("2026-11-30"), 900.0, Lang::Fr);
        assert_eq!(fr[0].label, "juin 2026");
        for tick in &t {
            assert_eq!(tick.x, (tick.date - d("2026-06-01")).num_days() as f64);
        }
    }

    #[test]
    fn ten_years_name_every_year() {
        assert_eq!(
            labels("2016-12-01", "2026-11-30", 900.0),
            ["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]
        );
    }

    #[test]
    fn a_narrow_plot_thins_by_a_regular_step() {
        let l = labels("2025-01-01", "2026-12-31", 300.0);
        assert!(l.len() >= 2, "{l:?}");
        let months: Vec<u32> = ticks(d("2025-01-01"), d("2026-12-31"), 300.0, Lang::En)
            .iter()
            .map(|t| t.date.month0())
            .collect();
        let step = months[1] + 12 * u32::from(months[1] <= months[0]) - months[0];
        assert!(months.iter().all(|m| m % step == 0), "{months:?}");
    }

    #[test]
    fn short_ranges_tick_on_days_or_mondays() {
        assert_eq!(labels("2026-11-01", "2026-11-07", 900.0).len(), 7);
        let t = ticks(d("2026-11-01"), d("2026-11-30"), 900.0, Lang::En);
        assert!(
            t.iter().all(|t| t.date.weekday() == chrono::Weekday::Mon),
            "{t:?}"
        );
        assert_eq!(t.len(), 5);
    }

    #[test]
    fn bins_follow_the_calendar() {
        let day = |date: &str, mean: Option<f64>| Day {
            date: d(date),
            entries: usize::from(mean.is_some()),
            mean,
            first: None,
            last: None,
            max: None,
            rolling_mean: None,
            remedies: Vec::new(),
            visit: false,
        };
        // Wednesday to the Tuesday after: two weeks, the first Wed–Sun, the second Mon–Tue.
        let days: Vec<Day> = [
            ("2026-11-04", Some(2.0)),
            ("2026-11-05", Some(4.0)),
            ("2026-11-06", None),
            ("2026-11-07", Some(6.0)),
            ("2026-11-08", Some(8.0)),
            ("2026-11-09", Some(1.0)),
            ("2026-11-10", None),
        ]
        .into_iter()
        .map(|(date, mean)| day(date, mean))
        .collect();
        let b = bins(&days, Grain::Week);
        assert_eq!(b.len(), 2);
        assert_eq!((b[0].first, b[0].last), (d("2026-11-04"), d("2026-11-08")));
        assert_eq!(b[0].mean, Some(5.0));
        assert_eq!(b[0].spread, Some((3.5, 6.5)));
        assert_eq!(b[0].x, 2.0);
        assert_eq!(
            (b[1].first, b[1].last, b[1].mean),
            (d("2026-11-09"), d("2026-11-10"), Some(1.0))
        );
        assert_eq!(bins(&days, Grain::Month).len(), 1);
        assert_eq!(Grain::for_days(180), Grain::Week);
        assert_eq!(Grain::for_days(3650), Grain::Month);
        assert_eq!(Grain::for_days(90), Grain::Day);
    }
}
