// Charts: valid SVG with their labels, PNGs of the asked size, names escaped, long ranges small.

use relief::analysis::Range;
use relief::charts::{self, ChartKind, Size};
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
    assert!(trend.contains("7-day average") && trend.contains("therapist or chiropractic visit"));
    let remedies = charts::svg(ChartKind::Remedies, &stats, Size::DEFAULT).unwrap();
    parse(&remedies);
    assert!(remedies.contains("Heat (n="), "{remedies}");
    assert!(remedies.contains("— helped"));
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
