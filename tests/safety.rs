//! Red flags and remedy guides (`docs/safety.md`): the CLI records them with a check-in and
//! says what to do, the export, FHIR and the report's first page name them, and every guide
//! reads in every language.

use crate::util::{relief_in as ok_in, TempJournal};

#[test]
fn a_red_flag_is_kept_with_its_check_in_and_says_what_to_do() {
    let j = TempJournal::new();
    let db = j.path.clone();
    // The number is the one of the system's region.
    for (lang, number) in [
        ("en_GB.UTF-8", "999"),
        ("en_US.UTF-8", "911"),
        ("de_DE.UTF-8", "112"),
    ] {
        let out = ok_in(
            &db,
            lang,
            &[
                "add",
                "--rating",
                "9",
                "--red-flag",
                "chest_pain",
                "--at",
                "2026-11-03 08:00",
            ],
        );
        let mut lines = out.lines();
        assert_eq!(lines.next().unwrap().len(), 36, "the id first: {out}");
        let said = lines.next().unwrap();
        assert!(said.contains(number), "{lang}: {said}");
    }
    let urgent = ok_in(
        &db,
        "en_US.UTF-8",
        &["add", "--rating", "4", "--red-flag", "fever"],
    );
    assert!(urgent.contains("See a doctor today"), "{urgent}");
    assert!(!urgent.contains("ambulance"), "{urgent}");
    // None given: nothing said beyond the id.
    let plain = ok_in(&db, "en_US.UTF-8", &["add", "--rating", "4"]);
    assert_eq!(plain.lines().count(), 1, "{plain}");

    // A key that is not one is refused by name, and nothing is written.
    let before = j.snapshot();
    let err = j
        .run(&["add", "--rating", "9", "--red-flag", "chest"])
        .expect_err();
    assert!(
        err.contains("unknown red flag 'chest'") && err.contains("chest_pain"),
        "{err}"
    );
    let twice = j
        .run(&[
            "add",
            "--rating",
            "9",
            "--red-flag",
            "fever",
            "--red-flag",
            "fever",
        ])
        .expect_err();
    assert!(twice.contains("red_flags"), "{twice}");
    assert_eq!(j.snapshot(), before);

    // Kept: listed, exported and read back by an import, in FHIR, and on the report's page 1.
    let listed = j.run(&["list"]).expect_ok();
    assert!(
        listed.contains("Red flags reported: chest pain or pressure"),
        "{listed}"
    );
    let json = j.run(&["export", "--format", "json"]).expect_ok();
    assert!(
        json.contains("\"red_flags\": [\n        \"chest_pain\""),
        "{json}"
    );
    let copy = TempJournal::new();
    std::fs::write(j.file("out.json"), &json).unwrap();
    copy.run(&["import", j.file("out.json").to_str().unwrap()])
        .expect_ok();
    assert_eq!(copy.snapshot(), j.snapshot());
    let fhir = j.run(&["export", "--format", "fhir"]).expect_ok();
    let bundle: serde_json::Value = serde_json::from_str(&fhir).unwrap();
    let flags: Vec<&serde_json::Value> = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["code"]["coding"][0]["system"] == "urn:relief:red-flag")
        .collect();
    assert_eq!(flags.len(), 4, "three chest pains and a fever");
    assert!(flags.iter().all(|r| r["resourceType"] == "Observation"));
    assert!(flags
        .iter()
        .any(|r| r["valueString"] == "Chest pain or pressure"));
    let pdf = j.file("report.pdf");
    j.run(&[
        "report",
        "--out",
        pdf.to_str().unwrap(),
        "--from",
        "2026-11-01",
    ])
    .expect_ok();
    let page1 = crate::report::pdftotext(&pdf, Some((1, 1)));
    let flat = page1.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Red flags reported: ")
            && flat.contains(": a high temperature, or feeling unwell")
            && flat.matches("chest pain or pressure").count() == 1
            && flat.contains("2026-11-03: chest pain or pressure"),
        "{page1}"
    );
    // Cleared by an edit that says so.
    let id = json
        .split("\"id\": \"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    j.run(&["edit", &id, "--clear", "red-flags"]).expect_ok();
    assert_eq!(
        j.run(&["list"])
            .expect_ok()
            .matches("Red flags reported")
            .count(),
        3
    );
}

#[test]
fn guides_and_the_red_flag_page_read_in_every_language() {
    let j = TempJournal::new();
    let listed = j.run(&["guide"]).expect_ok();
    for name in [
        "red-flags",
        "stretch",
        "foam_rolling",
        "massage",
        "heat",
        "chiropractic",
    ] {
        assert!(listed.contains(name), "{name}: {listed}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&j.run(&["guide", "red-flags", "--json"]).expect_ok()).unwrap();
    let flags = json.as_array().unwrap();
    assert_eq!(flags.len(), 15);
    assert!(flags
        .iter()
        .any(|f| f["key"] == "chest_pain" && f["tier"] == "emergency"));
    assert!(flags
        .iter()
        .any(|f| f["key"] == "weight_loss" && f["tier"] == "urgent"));
    let err = j.run(&["guide", "yoga"]).expect_err();
    assert!(err.contains("no guide named 'yoga'"), "{err}");

    let pages = [
        "red-flags",
        "stretch",
        "foam_rolling",
        "massage",
        "heat",
        "chiropractic",
    ];
    let english: Vec<String> = pages
        .iter()
        .map(|p| ok_in(&j.path, "en_US.UTF-8", &["guide", p]))
        .collect();
    assert!(
        english[0].contains("Call an ambulance now (911)"),
        "{}",
        english[0]
    );
    assert!(english[4].contains("10 to 15 minutes") && english[4].contains("boiling"));
    assert!(english[2].contains("not over the bones of your spine"));
    for lang in ["de_DE.UTF-8", "es_ES.UTF-8", "fr_FR.UTF-8"] {
        for (page, en) in pages.iter().zip(&english) {
            let text = ok_in(&j.path, lang, &["guide", page]);
            assert_ne!(&text, en, "{lang} {page} is in English");
            // Every line of it is translated (a missing message shows its id).
            assert!(
                !text.contains("guide-") || text.contains("relief guide"),
                "{lang}: {text}"
            );
            assert!(!text.contains("red-flag-"), "{lang}: {text}");
        }
        let page = ok_in(&j.path, lang, &["guide", "red-flags"]);
        assert!(page.contains("(112)"), "{lang}: {page}");
    }
}

#[test]
fn an_own_remedy_carries_its_own_how_to_exported_and_imported() {
    let j = TempJournal::new();
    j.run(&["remedy", "add", "Yoga"]).expect_ok();
    let none = j.run(&["guide", "yoga"]).expect_ok();
    assert!(none.contains("No how-to yet for 'Yoga'"), "{none}");
    assert!(none.contains("Stop if the pain gets sharper"), "{none}");
    let said = j
        .run(&[
            "remedy",
            "how-to",
            "Yoga",
            "Cat and cow, slowly, ten times.",
        ])
        .expect_ok();
    assert_eq!(said.trim(), "Cat and cow, slowly, ten times.");
    let guide = j.run(&["guide", "Yoga"]).expect_ok();
    assert!(
        guide.starts_with("Yoga\n\nCat and cow, slowly, ten times.\n"),
        "{guide}"
    );
    // Built-in remedies have Relief's guide; causes have none; the journal is left as it was.
    let before = j.snapshot();
    let err = j.run(&["remedy", "how-to", "heat", "mine"]).expect_err();
    assert!(err.contains("has Relief's own guide"), "{err}");
    let err = j.run(&["cause", "how-to", "posture", "mine"]).expect_err();
    assert!(err.contains("only remedies have a how-to"), "{err}");
    let long = "x".repeat(2001);
    let err = j.run(&["remedy", "how-to", "yoga", &long]).expect_err();
    assert!(err.contains("how") || err.contains("note"), "{err}");
    assert_eq!(j.snapshot(), before);
    // Exported, and read back by a journal in use as by a new one.
    let json = j.run(&["export", "--format", "json"]).expect_ok();
    assert!(
        json.contains("\"how_to\": \"Cat and cow, slowly, ten times.\""),
        "{json}"
    );
    std::fs::write(j.file("out.json"), &json).unwrap();
    for in_use in [false, true] {
        let other = TempJournal::new();
        if in_use {
            other.run(&["add", "--rating", "3"]).expect_ok();
        }
        other
            .run(&["import", j.file("out.json").to_str().unwrap()])
            .expect_ok();
        let shown = other.run(&["remedy", "how-to", "yoga"]).expect_ok();
        assert_eq!(
            shown.trim(),
            "Cat and cow, slowly, ten times.",
            "in use: {in_use}"
        );
    }
    j.run(&["remedy", "how-to", "yoga", "--clear"]).expect_ok();
    assert!(!j
        .run(&["export", "--format", "json"])
        .expect_ok()
        .contains("how_to"));
}
