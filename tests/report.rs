// The clinician report: what pdftotext reads equals `relief stats --json`; page 1 stands alone.

use std::process::Command;

use crate::util::{sample_journal, TempJournal};

pub fn pdftotext(path: &std::path::Path, pages: Option<(u32, u32)>) -> String {
    let mut cmd = Command::new("pdftotext");
    cmd.arg("-layout");
    if let Some((first, last)) = pages {
        cmd.args(["-f", &first.to_string(), "-l", &last.to_string()]);
    }
    let out = cmd
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn pages(path: &std::path::Path) -> u32 {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo (poppler-utils) is installed");
    let info = String::from_utf8(out.stdout).unwrap();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

fn one(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    format!("{:.1}", if r == 0.0 { 0.0 } else { r })
}

fn words(verdict: &str) -> &'static str {
    match verdict {
        "helped" => "helped",
        "small" => "small effect",
        "worse" => "worse",
        "imprecise" => "too uncertain",
        "no_clear_effect" => "no clear effect",
        "not_enough_data" => "not enough data",
        other => panic!("unknown verdict {other}"),
    }
}

#[test]
fn the_summary_says_what_stats_says() {
    let tj = sample_journal(365, 31);
    let pdf = tj.file("report.pdf");
    let range = ["--from", "2026-01-01", "--to", "2026-10-31"];
    let mut args = vec![
        "report",
        "--out",
        pdf.to_str().unwrap(),
        "--name",
        "Alex Example",
        "--paper",
        "a4",
    ];
    args.extend_from_slice(&range);
    tj.run(&args).expect_ok();
    let mut args = vec!["stats", "--json"];
    args.extend_from_slice(&range);
    let stats: serde_json::Value = serde_json::from_str(&tj.run(&args).expect_ok()).unwrap();

    let page1 = pdftotext(&pdf, Some((1, 1)));
    let flat = page1.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Soreness journal summary"), "{flat}");
    assert!(flat.contains("Alex Example"));
    let r = &stats["range"];
    let expected_range = format!(
        "{} – {} · logged on {} of {} days",
        r["from"].as_str().unwrap(),
        r["to"].as_str().unwrap(),
        r["days_logged"],
        r["days"]
    );
    assert!(
        flat.contains(&expected_range),
        "missing '{expected_range}' in {flat}"
    );
    let rating = &stats["rating"];
    let numbers = format!(
        "{} {} {}",
        one(rating["mean"].as_f64().unwrap()),
        rating["max"],
        rating["min"]
    );
    assert!(
        flat.contains(&numbers),
        "average, worst, least '{numbers}' not in {flat}"
    );
    for r in stats["remedies"].as_array().unwrap() {
        let label = r["label"].as_str().unwrap();
        // Rest is the control the others are measured against: shown as the reference.
        let verdict = if r["key"] == "rest" {
            "reference"
        } else {
            words(r["session"]["verdict"].as_str().unwrap())
        };
        let line = page1
            .lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no row for {label} in {page1}"));
        assert!(
            line.contains(verdict),
            "{label}: expected '{verdict}' in '{line}'"
        );
        assert!(
            line.contains(&format!(" {} ", r["uses"])),
            "{label}: uses in '{line}'"
        );
    }
    assert!(flat.contains("Self-reported by the patient. Not a diagnosis."));
    assert!(!flat.contains("entry log"), "page 1 must stand alone");
    assert!(pdftotext(&pdf, Some((2, 2))).contains("entry log"));
}

#[test]
fn the_log_paginates_and_page_one_stays_one_page() {
    let tj = sample_journal(400, 32);
    let short = tj.file("short.pdf");
    let long = tj.file("long.pdf");
    tj.run(&[
        "report",
        "--out",
        short.to_str().unwrap(),
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
    ])
    .expect_ok();
    tj.run(&[
        "report",
        "--out",
        long.to_str().unwrap(),
        "--from",
        "2025-10-01",
        "--to",
        "2026-10-31",
    ])
    .expect_ok();
    let (short_pages, long_pages) = (pages(&short), pages(&long));
    assert!(
        short_pages >= 2 && long_pages > short_pages * 5,
        "{short_pages} vs {long_pages}"
    );
    for pdf in [&short, &long] {
        let page1 = pdftotext(pdf, Some((1, 1)));
        assert!(
            page1.contains("What helped") && page1.contains("Not a diagnosis"),
            "{page1}"
        );
        assert!(page1.contains(&format!("Page 1 of {}", pages(pdf))));
    }
    let last = pages(&long);
    assert!(pdftotext(&long, Some((last, last))).contains(&format!("Page {last} of {last}")));
}

#[test]
fn unicode_long_notes_letter_paper_and_an_empty_range() {
    let tj = TempJournal::new();
    let note = format!(
        "背中が痛い — Rückenschmerz, боль в спине. {}",
        "A long day at the desk again. ".repeat(60)
    );
    tj.run(&[
        "add",
        "--rating",
        "5",
        "--at",
        "2026-10-10T08:00:00+02:00",
        "--note",
        note.trim(),
        "--remedy",
        "heat:15:3",
    ])
    .expect_ok();
    tj.run(&["remedy", "add", "Massage mit Öl"]).expect_ok();
    let pdf = tj.file("u.pdf");
    tj.run(&[
        "report",
        "--out",
        pdf.to_str().unwrap(),
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--paper",
        "letter",
        "--name",
        "Zoë Ünal",
    ])
    .expect_ok();
    let info =
        String::from_utf8(Command::new("pdfinfo").arg(&pdf).output().unwrap().stdout).unwrap();
    assert!(info.contains("612 x 792"), "{info}");
    let text = pdftotext(&pdf, None);
    assert!(text.contains("Zoë Ünal"));
    assert!(
        text.contains("背中が痛い"),
        "CJK text must render with the fallback font: {text}"
    );
    assert!(text.contains("боль") && text.contains("спине"));
    // The long note wrapped onto several lines of the log.
    assert!(text.matches("desk").count() >= 55, "{text}");

    let empty = tj.file("empty.pdf");
    tj.run(&[
        "report",
        "--out",
        empty.to_str().unwrap(),
        "--from",
        "2020-01-01",
        "--to",
        "2020-01-31",
    ])
    .expect_ok();
    assert_eq!(pages(&empty), 1);
    let text = pdftotext(&empty, None);
    assert!(text.contains("No check-ins in this range"), "{text}");
}

#[test]
fn bad_report_arguments_are_refused() {
    let tj = TempJournal::new();
    let pdf = tj.file("r.pdf");
    let err = tj
        .run(&[
            "report",
            "--out",
            pdf.to_str().unwrap(),
            "--from",
            "2026-02-01",
            "--to",
            "2026-01-01",
        ])
        .expect_err();
    assert!(err.contains("after"), "{err}");
    let err = tj
        .run(&["report", "--out", pdf.to_str().unwrap(), "--paper", "a3"])
        .expect_err();
    assert!(err.contains("a3"), "{err}");
    assert!(!pdf.exists());
}

#[test]
fn page_one_of_a_six_month_report_names_every_month() {
    let tj = sample_journal(400, 33);
    let last = tj.last_day();
    let from = chrono::Datelike::with_day(&(last - chrono::Duration::days(170)), 1).unwrap();
    let pdf = tj.file("six.pdf");
    let (from_text, to_text) = (from.to_string(), last.to_string());
    tj.run(&[
        "report",
        "--out",
        pdf.to_str().unwrap(),
        "--from",
        &from_text,
        "--to",
        &to_text,
    ])
    .expect_ok();
    let page1 = pdftotext(&pdf, Some((1, 1)));
    let mut month = from;
    while month <= last {
        let name = month.format("%b").to_string();
        assert!(
            page1.split_whitespace().any(|w| w == name),
            "{name} missing from page 1: {page1}"
        );
        month = month.checked_add_months(chrono::Months::new(1)).unwrap();
    }
}

#[test]
fn page_one_in_german_spanish_and_french() {
    let tj = sample_journal(90, 5);
    let stats: serde_json::Value = serde_json::from_str(
        &tj.run(&[
            "stats",
            "--json",
            "--from",
            "2026-08-03",
            "--to",
            "2026-10-31",
        ])
        .expect_ok(),
    )
    .unwrap();
    let mean = stats["rating"]["mean"].as_f64().unwrap();
    let with_comma = one(mean).replace('.', ",");
    for (lang, says) in [
        (
            "de",
            [
                "Zusammenfassung des Schmerztagebuchs",
                "Was geholfen hat",
                "Keine Diagnose",
                "Seite 1 von",
                // The names Relief gives: regions, built-in remedies, the body map's sides.
                "Zwischen den Schulterblättern",
                "Wärme",
                "Hinten",
            ],
        ),
        (
            "es",
            [
                "Resumen del diario de dolor",
                "Qué ayudó",
                "No es un diagnóstico",
                "Página 1 de",
                "Entre los omóplatos",
                "Calor",
                "Detrás",
            ],
        ),
        (
            "fr",
            [
                "Synthèse du journal de douleur",
                "Ce qui a aidé",
                "Pas un diagnostic",
                "Page 1 sur",
                "Entre les omoplates",
                "Chaleur",
                "Derrière",
            ],
        ),
    ] {
        let pdf = tj.file(&format!("report-{lang}.pdf"));
        tj.run(&[
            "report",
            "--out",
            pdf.to_str().unwrap(),
            "--from",
            "2026-08-03",
            "--to",
            "2026-10-31",
            "--lang",
            lang,
        ])
        .expect_ok();
        let page1 = pdftotext(&pdf, Some((1, 1)));
        let flat = page1.split_whitespace().collect::<Vec<_>>().join(" ");
        for text in says {
            assert!(flat.contains(text), "{lang}: {text:?} in {flat}");
        }
        assert!(
            flat.contains(&with_comma),
            "{lang}: the average {with_comma} in {flat}"
        );
        assert!(
            !flat.contains("What helped"),
            "{lang}: English left in {flat}"
        );
        // The trend chart's title and month names are the language's too.
        let chart = match lang {
            "de" => ["Schmerzen (0–10)", "Okt"],
            "es" => ["Dolor (0–10)", "oct"],
            _ => ["Douleur (0–10)", "oct."],
        };
        for text in chart {
            assert!(flat.contains(text), "{lang}: {text:?} in {flat}");
        }
        assert!(
            !flat.contains("daily average"),
            "{lang}: English chart in {flat}"
        );
    }
    let err = tj
        .run(&["report", "--out", "x.pdf", "--lang", "tlh"])
        .expect_err();
    assert!(err.contains("not a language Relief speaks"), "{err}");
}
