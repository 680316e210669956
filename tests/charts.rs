// Charts: valid SVG with their labels, PNGs of the asked size, names escaped, long ranges small.

use relief::analysis::Range;
use relief::charts::{self, ChartKind, Size};
use relief::i18n::{Lang, Messages};
use relief::model::{CatalogueKind, Label, RemedyUse};

use crate::util::{draft, sample_journal, TempJournal};

const KINDS: [ChartKind; 3] = [ChartKind::Trend, ChartKind::Remedies, ChartKind::Causes];

fn parse(svg: &str) -> resvg::usvg::Tree {
    resvg::usvg::Tree::from_str(svg, &charts::font_options()).expect("valid SVG")
}

#[test]
fn svg_charts_parse_and_carry_their_labels() {
    let tj = sample_journal(365, 8);
    let stats = relief::analysis::stats(&tj.open().snapshot(Range::default()).unwrap());
    let trend = charts::svg(ChartKind::Trend, &stats, Size::DEFAULT).unwrap();
    parse(&trend);
    // A year is drawn as weekly means with the spread of their days.
    for label in [
        "weekly mean",
        "middle half of the days",
        "remedy used",
        "therapist or chiropractic visit",
    ] {
        assert!(trend.contains(label), "{label}");
    }
    let month = relief::analysis::stats(&tj.open().snapshot(last_days(&tj, 30)).unwrap());
    let month = charts::svg(ChartKind::Trend, &month, Size::DEFAULT).unwrap();
    assert!(month.contains("daily average") && month.contains("7-day average"));
    let remedies = charts::svg(ChartKind::Remedies, &stats, Size::DEFAULT).unwrap();
    parse(&remedies);
    assert!(remedies.contains("Heat (n="), "{remedies}");
    assert!(remedies.contains("— helped"));
    assert!(
        !texts(&remedies).iter().any(|(_, t)| t == "-0.0"),
        "a \"-0.0\" tick"
    );
    let causes = charts::svg(ChartKind::Causes, &stats, Size::DEFAULT).unwrap();
    parse(&causes);
    assert!(causes.contains("Posture") && causes.contains("mean soreness"));
    // Text survives rasterising: the parsed tree has text, laid out with the shipped font.
    assert!(parse(&causes).root().has_children());
}

#[test]
fn png_charts_decode_at_the_asked_size() {
    let tj = sample_journal(60, 9);
    let stats = relief::analysis::stats(&tj.open().snapshot(Range::default()).unwrap());
    for kind in KINDS {
        let png = charts::png(kind, &stats, Size::new(640, 360).unwrap()).unwrap();
        let image = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
        assert_eq!(
            (image.width(), image.height()),
            (640, 360),
            "{}",
            kind.name()
        );
        // Not blank: some pixels are dark (text, lines).
        let dark = image.pixels().iter().filter(|p| p.red() < 100).count();
        assert!(dark > 500, "{}: only {dark} dark pixels", kind.name());
    }
}

#[test]
fn names_are_escaped_text() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let evil = j
        .add_item(
            CatalogueKind::Remedy,
            &Label::new("<script>alert(1)</script>").unwrap(),
        )
        .unwrap();
    j.add_item(
        CatalogueKind::Cause,
        &Label::new("<img src=x onerror=alert(1)>").unwrap(),
    )
    .unwrap();
    let cause = j
        .find_item(CatalogueKind::Cause, "<img src=x onerror=alert(1)>")
        .unwrap();
    for day in 1..=6 {
        let mut d = draft(&format!("2026-05-0{day}T18:00:00+02:00"), 6);
        let mut u = RemedyUse::new(evil.key.clone());
        u.rating_after = Some(relief::model::Rating::new(3).unwrap());
        d.remedies = vec![u];
        d.causes = vec![cause.key.clone()];
        j.add_entry(&d).unwrap();
    }
    let stats = relief::analysis::stats(&j.snapshot(Range::default()).unwrap());
    for kind in KINDS {
        let svg = charts::svg(kind, &stats, Size::DEFAULT).unwrap();
        assert!(
            !svg.contains("<script") && !svg.contains("<img"),
            "{}",
            kind.name()
        );
        parse(&svg);
    }
    let svg = charts::svg(ChartKind::Remedies, &stats, Size::DEFAULT).unwrap();
    assert!(svg.contains("&lt;script&gt;"), "{svg}");
}

#[test]
fn a_ten_year_trend_stays_small() {
    let tj = sample_journal(3650, 10);
    let stats = relief::analysis::stats(&tj.open().snapshot(Range::default()).unwrap());
    let svg = charts::svg(ChartKind::Trend, &stats, Size::DEFAULT).unwrap();
    // Aggregated: about one point per two pixels, not 3,650 of each mark.
    assert!(svg.len() < 250_000, "{} bytes", svg.len());
    assert!(svg.matches("<circle").count() <= 500);
}

#[test]
fn the_chart_command_writes_svg_and_png_and_refuses_bad_sizes() {
    let tj = sample_journal(30, 11);
    let svg = tj.file("trend.svg");
    let png = tj.file("remedies.png");
    tj.run(&["chart", "trend", "--out", svg.to_str().unwrap()])
        .expect_ok();
    parse(&std::fs::read_to_string(&svg).unwrap());
    tj.run(&[
        "chart",
        "remedies",
        "--out",
        png.to_str().unwrap(),
        "--width",
        "800",
        "--height",
        "400",
    ])
    .expect_ok();
    let image = resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(&png).unwrap()).unwrap();
    assert_eq!((image.width(), image.height()), (800, 400));
    let err = tj
        .run(&[
            "chart",
            "trend",
            "--out",
            tj.file("x.gif").to_str().unwrap(),
        ])
        .expect_err();
    assert!(err.contains(".svg or .png"), "{err}");
    let err = tj
        .run(&[
            "chart",
            "causes",
            "--out",
            svg.to_str().unwrap(),
            "--width",
            "10",
        ])
        .expect_err();
    assert!(err.contains("200 to 4000"), "{err}");
    let err = tj
        .run(&["chart", "pie", "--out", svg.to_str().unwrap()])
        .expect_err();
    assert!(err.contains("pie"), "{err}");
}

#[test]
fn an_empty_range_draws_a_friendly_chart() {
    let tj = TempJournal::new();
    let stats = relief::analysis::stats(&tj.open().snapshot(Range::default()).unwrap());
    for kind in KINDS {
        let svg = charts::svg(kind, &stats, Size::DEFAULT).unwrap();
        assert!(svg.contains("yet."), "{}", kind.name());
    }
}

/// The last `n` journal days of `tj`.
fn last_days(tj: &TempJournal, n: i64) -> Range {
    let last = tj.last_day();
    Range {
        from: Some(last - chrono::Duration::days(n - 1)),
        to: Some(last),
    }
}

/// The text elements of an SVG: where each is anchored (x) and what it says.
fn texts(svg: &str) -> Vec<(f64, String)> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|part| {
            let x = part.split("x=\"").nth(1)?.split('"').next()?.parse().ok()?;
            let body = part.split_once('>')?.1.split("</text>").next()?.trim();
            Some((x, body.to_owned()))
        })
        .collect()
}

/// The trend's date labels read back as dates: "2026", "Jun 2026", "Jul" (the year from the
/// label before), "3 Jun".
fn date_labels(svg: &str, year_of_first: i32) -> Vec<(f64, chrono::NaiveDate)> {
    let month = |m: &str| {
        [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
        .iter()
        .position(|n| *n == m)
        .map(|i| i as u32 + 1)
    };
    let mut year = year_of_first;
    let mut last_month = 0;
    let mut out = Vec::new();
    for (x, text) in texts(svg) {
        let words: Vec<&str> = text.split(' ').collect();
        let date = match words[..] {
            [y] if y.len() == 4 => y
                .parse()
                .ok()
                .and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 1, 1)),
            [m, y] if month(m).is_some() && y.len() == 4 => {
                year = y.parse().unwrap();
                chrono::NaiveDate::from_ymd_opt(year, month(m).unwrap(), 1)
            }
            [m] => month(m).and_then(|m| {
                if m < last_month {
                    year += 1;
                }
                chrono::NaiveDate::from_ymd_opt(year, m, 1)
            }),
            [d, m] if month(m).is_some() => d.parse().ok().and_then(|d| {
                let m = month(m).unwrap();
                if m < last_month {
                    year += 1;
                }
                chrono::NaiveDate::from_ymd_opt(year, m, d)
            }),
            _ => None,
        };
        if let Some(date) = date {
            last_month = chrono::Datelike::month(&date);
            out.push((x, date));
        }
    }
    out
}

#[test]
fn trend_dates_sit_where_they_are_and_skip_no_month_or_year() {
    use chrono::{Datelike, NaiveDate};
    let tj = sample_journal(3650, 4);
    let last = last_days(&tj, 1).to.unwrap();
    for (days, unit) in [(30, "week"), (183, "month"), (365, "month"), (3650, "year")] {
        let range = last_days(&tj, days);
        let stats = relief::analysis::stats(&tj.open().snapshot(range).unwrap());
        let svg = charts::svg(ChartKind::Trend, &stats, Size::DEFAULT).unwrap();
        let first = range.from.unwrap();
        let labels = date_labels(&svg, first.year());
        assert!(labels.len() >= 4, "{days} days: {labels:?}");
        // Each label at its date: x grows in proportion to the days between labels.
        let (x0, d0) = labels[0];
        let (xn, dn) = labels[labels.len() - 1];
        let px_per_day = (xn - x0) / (dn - d0).num_days() as f64;
        for &(x, date) in &labels {
            let expected = x0 + (date - d0).num_days() as f64 * px_per_day;
            assert!(
                (x - expected).abs() <= 1.0,
                "{days} days: {date} at {x}, expected {expected}"
            );
        }
        // Every unit of the range is named (at 1000 px nothing needs thinning).
        let named: Vec<NaiveDate> = labels.iter().map(|l| l.1).collect();
        let mut expected = Vec::new();
        let mut date = first;
        while date <= last {
            let boundary = match unit {
                "week" => date.weekday() == chrono::Weekday::Mon,
                "month" => date.day() == 1,
                _ => date.ordinal() == 1,
            };
            if boundary {
                expected.push(date);
            }
            date = date.succ_opt().unwrap();
        }
        assert_eq!(named, expected, "{days} days");
    }
}

#[test]
fn every_chart_says_what_it_shows_in_words() {
    let tj = sample_journal(365, 8);
    let stats = relief::analysis::stats(&tj.open().snapshot(Range::default()).unwrap());
    for kind in KINDS {
        let svg = charts::svg(kind, &stats, Size::DEFAULT).unwrap();
        let text = charts::describe(kind, &stats, &Messages::english());
        assert!(
            svg.contains(&format!("<title>{}</title>", text.title)),
            "{}",
            kind.name()
        );
        assert!(svg.contains("<desc>"), "{}", kind.name());
        parse(&svg);
    }
    // The key numbers: the trend's average and each remedy's estimate as the CLI writes them.
    let en = Messages::english();
    let trend = charts::describe(ChartKind::Trend, &stats, &en).description;
    let mean = relief::i18n::one_decimal(stats.rating.mean.unwrap());
    assert!(
        trend.contains(&format!("average soreness {mean}")),
        "{trend}"
    );
    let remedies = charts::describe(ChartKind::Remedies, &stats, &en).description;
    for r in &stats.remedies {
        assert!(remedies.contains(&format!("{}:", r.label)), "{remedies}");
        if let Some(e) = &r.session.estimate {
            let relief = relief::i18n::one_decimal(e.relief);
            assert!(
                remedies.contains(&format!("{}: {relief} points", r.label)),
                "{remedies}"
            );
        }
    }
    assert!(
        remedies.contains("natural change, the reference"),
        "{remedies}"
    );

    // In German: the words, the decimal comma, the built-in remedies' German names.
    let de = Messages::new(Lang::De);
    let stats = relief::analysis::stats_in(&tj.open().snapshot(Range::default()).unwrap(), &de);
    let trend = charts::describe(ChartKind::Trend, &stats, &de);
    assert_eq!(trend.title, "Schmerzen im Verlauf (0–10)");
    let mean = de.one(stats.rating.mean.unwrap());
    assert!(mean.contains(','), "{mean}");
    assert!(
        trend
            .description
            .contains(&format!("durchschnittliche Schmerzstärke {mean}")),
        "{}",
        trend.description
    );
    let remedies = charts::describe(ChartKind::Remedies, &stats, &de).description;
    assert!(remedies.contains("Wärme: "), "{remedies}");
    assert!(remedies.contains("natürliche Schwankung"), "{remedies}");
    assert!(!remedies.contains("sessions"), "{remedies}");
}

#[test]
fn the_forest_axis_never_reads_minus_zero() {
    // One heat session: no estimate, so the axis spans -1 to 1 around the zero line.
    let tj = TempJournal::new();
    let mut j = tj.open();
    let mut d = draft("2026-11-02T18:00:00+01:00", 6);
    let mut u = RemedyUse::new(relief::model::Key::new("heat").unwrap());
    u.rating_after = Some(relief::model::Rating::new(4).unwrap());
    d.remedies = vec![u];
    j.add_entry(&d).unwrap();
    let stats = relief::analysis::stats(&j.snapshot(Range::default()).unwrap());
    let svg = charts::svg(ChartKind::Remedies, &stats, Size::DEFAULT).unwrap();
    let ticks: Vec<String> = texts(&svg).into_iter().map(|(_, t)| t).collect();
    assert!(ticks.iter().any(|t| t == "0.0"), "{ticks:?}");
    assert!(!ticks.iter().any(|t| t == "-0.0"), "{ticks:?}");
}
