// The FHIR R4 export through the real CLI (docs/fhir.md): valid according to an independent
// validator (@medplum/core with the R4 definitions, offline), every rating, region and remedy of
// the range there with its value and time and nothing outside it, the same range twice gives the
// same bytes, and hostile text stays valid JSON and valid FHIR.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use relief::model::{Key, Note, Range, RegionRating, RemedyUse};
use serde_json::Value;

use crate::util::{draft, rating, sample_journal, TempJournal};

/// Runs the validator on a bundle file; panics with its findings if it finds anything.
fn validate(bundle: &Path) {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/ui/scripts/validate-fhir.mjs");
    let run = Command::new("node")
        .arg(script)
        .arg(bundle)
        .output()
        .expect("node runs (./test installs it and the UI's packages)");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(run.status.success(), "not valid FHIR R4:\n{said}");
    assert!(said.contains("valid FHIR R4"), "{said}");
}

fn export(tj: &TempJournal, out: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["export", "--format", "fhir", "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    tj.run(&args).expect_ok();
    serde_json::from_slice(&std::fs::read(out).unwrap()).unwrap()
}

/// The resources of a bundle with `identifier[0].system == system`, by identifier value.
fn by_identifier<'a>(bundle: &'a Value, system: &str) -> BTreeMap<String, &'a Value> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["identifier"][0]["system"] == system)
        .map(|r| (r["identifier"][0]["value"].as_str().unwrap().to_owned(), r))
        .collect()
}

#[test]
fn a_30_day_range_is_valid_fhir_with_every_rating_region_and_remedy_and_nothing_else() {
    let tj = sample_journal(45, 7);
    let to = tj.last_day();
    let from = to - chrono::Duration::days(29);
    {
        // Regions rated on their own, a remedy session with its minutes, detail and rating
        // after, both PEG interferences: each way a check-in is carried.
        let mut j = tj.open();
        let mut d = draft(
            &format!("{}T12:00:00+02:00", to - chrono::Duration::days(3)),
            6,
        );
        d.regions = vec![
            RegionRating {
                region: relief::model::Region::Neck,
                rating: Some(rating(7)),
            },
            RegionRating {
                region: relief::model::Region::ArmLeft,
                rating: None,
            },
        ];
        d.enjoyment = Some(rating(5));
        d.activity = Some(rating(4));
        let mut heat = RemedyUse::new(Key::new("heat").unwrap());
        heat.minutes = relief::model::Minutes::new(15).ok();
        heat.detail = relief::model::Detail::new("hot water bottle").unwrap();
        heat.rating_after = Some(rating(3));
        heat.after_minutes = relief::model::Minutes::new(30).ok();
        d.remedies = vec![heat];
        d.note = Note::new("after a long drive").unwrap();
        j.add_entry(&d).unwrap();
    }
    let out = tj.file("bundle.json");
    let (f, t) = (from.to_string(), to.to_string());
    let bundle = export(
        &tj,
        &out,
        &["--from", &f, "--to", &t, "--name", "Ana García"],
    );
    validate(&out);

    // Byte-identical the second time.
    let first = std::fs::read(&out).unwrap();
    let again = tj.file("again.json");
    export(
        &tj,
        &again,
        &["--from", &f, "--to", &t, "--name", "Ana García"],
    );
    assert_eq!(
        first,
        std::fs::read(&again).unwrap(),
        "same range, same bytes"
    );

    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    let resources: Vec<&Value> = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .collect();
    assert_eq!(resources[0]["resourceType"], "Patient");
    assert_eq!(resources[0]["name"][0]["text"], "Ana García");
    let urls: BTreeSet<&str> = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    assert_eq!(urls.len(), resources.len(), "every fullUrl is unique");

    // Exactly the range's check-ins, with their ratings, times, regions and remedies.
    let snapshot = tj
        .open()
        .snapshot(Range {
            from: Some(from),
            to: Some(to),
        })
        .unwrap();
    assert!(snapshot.entries.len() > 30, "{}", snapshot.entries.len());
    let ratings = by_identifier(&bundle, "urn:relief:entry");
    let regions = by_identifier(&bundle, "urn:relief:entry-region");
    let sessions = by_identifier(&bundle, "urn:relief:remedy-use");
    let afters = by_identifier(&bundle, "urn:relief:rating-after");
    assert_eq!(
        ratings.len(),
        snapshot.entries.len(),
        "nothing outside the range"
    );
    let mut region_count = 0;
    let mut session_count = 0;
    let mut after_count = 0;
    for e in &snapshot.entries {
        let id = e.id.to_string();
        let o = ratings[&id];
        assert_eq!(o["code"]["coding"][0]["code"], "72514-3");
        assert_eq!(o["valueQuantity"]["value"], i64::from(e.rating.get()));
        assert_eq!(o["valueQuantity"]["code"], "{score}");
        assert_eq!(o["effectiveDateTime"], e.recorded_at.to_rfc3339());
        let mut notes: Vec<String> = e.note.iter().map(|n| n.as_str().to_owned()).collect();
        if !e.causes.is_empty() {
            let causes: Vec<String> = e
                .causes
                .iter()
                .map(|c| relief::model::label_of(&snapshot.causes, c.as_str()))
                .collect();
            notes.push(format!("Suspected causes: {}", causes.join(", ")));
        }
        let written: Vec<&str> = o["note"]
            .as_array()
            .map(|a| a.iter().map(|n| n["text"].as_str().unwrap()).collect())
            .unwrap_or_default();
        assert_eq!(written, notes);
        match e.regions.as_slice() {
            [only] if only.rating.is_none() => {
                assert_eq!(
                    o["bodySite"]["coding"].as_array().unwrap().last().unwrap()["code"],
                    only.region.key()
                );
            }
            all => {
                assert!(o.get("bodySite").is_none());
                for r in all {
                    let ro = regions[&format!("{id}/{}", r.region.key())];
                    let want = r.rating.unwrap_or(e.rating).get();
                    assert_eq!(ro["valueQuantity"]["value"], i64::from(want));
                    assert_eq!(ro["effectiveDateTime"], e.recorded_at.to_rfc3339());
                    assert_eq!(ro["bodySite"]["text"], r.region.label());
                    region_count += 1;
                }
            }
        }
        if let (Some(enj), Some(act)) = (e.enjoyment, e.activity) {
            assert_eq!(
                o["component"][0]["valueQuantity"]["value"],
                i64::from(enj.get())
            );
            assert_eq!(
                o["component"][1]["valueQuantity"]["value"],
                i64::from(act.get())
            );
        }
        for u in &e.remedies {
            let p = sessions[&format!("{id}/{}", u.key)];
            session_count += 1;
            assert_eq!(p["resourceType"], "Procedure");
            assert_eq!(p["code"]["coding"][0]["code"], u.key.as_str());
            let start = e.recorded_at.to_rfc3339();
            match u.minutes {
                Some(m) => {
                    assert_eq!(p["performedPeriod"]["start"], start);
                    let end =
                        e.recorded_at.datetime() + chrono::Duration::minutes(i64::from(m.get()));
                    assert_eq!(
                        p["performedPeriod"]["end"],
                        end.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
                    );
                }
                None => assert_eq!(p["performedDateTime"], start),
            }
            if let Some(after) = u.rating_after {
                let a = afters[&format!("{id}/{}", u.key)];
                after_count += 1;
                assert_eq!(a["valueQuantity"]["value"], i64::from(after.get()));
                let part_of = a["partOf"][0]["reference"].as_str().unwrap();
                let procedure = bundle["entry"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|x| x["fullUrl"] == part_of)
                    .unwrap();
                assert_eq!(&procedure["resource"], p);
            }
        }
    }
    assert!(
        region_count >= 2 && session_count >= 10 && after_count >= 5,
        "regions {region_count}, sessions {session_count}, ratings after {after_count}"
    );
    assert_eq!(sessions.len(), session_count);
    assert_eq!(afters.len(), after_count);
    assert_eq!(regions.len(), region_count);

    // The check-in made above, as written.
    let made = ratings
        .values()
        .find(|o| o["note"][0]["text"] == "after a long drive")
        .unwrap();
    assert_eq!(made["hasMember"].as_array().unwrap().len(), 2);
    let made_id = made["identifier"][0]["value"].as_str().unwrap();
    let neck = regions[&format!("{made_id}/neck")];
    assert_eq!(neck["valueQuantity"]["value"], 7);
    assert_eq!(
        neck["bodySite"]["coding"][0]["system"],
        "http://snomed.info/sct"
    );
    assert_eq!(neck["bodySite"]["coding"][0]["code"], "45048000");
    let arm = regions[&format!("{made_id}/arm_left")];
    assert_eq!(arm["valueQuantity"]["value"], 6, "the check-in's rating");
    assert_eq!(arm["bodySite"]["coding"][0]["system"], "urn:relief:region");

    // Weekly PEG where recorded, and a Provenance naming the patient as author.
    let pegs = by_identifier(&bundle, "urn:relief:peg-week");
    assert!(!pegs.is_empty());
    let provenance = resources.last().unwrap();
    assert_eq!(provenance["resourceType"], "Provenance");
    assert_eq!(
        provenance["target"].as_array().unwrap().len(),
        resources.len() - 3,
        "every Observation and Procedure"
    );
    assert_eq!(
        provenance["agent"][0]["who"]["reference"],
        bundle["entry"][0]["fullUrl"]
    );

    // Another journal's bundle shares no fullUrl with this one.
    let other = sample_journal(45, 7);
    let other_out = other.file("other.json");
    let other_bundle = export(&other, &other_out, &["--from", &f, "--to", &t]);
    let shared = other_bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| urls.contains(e["fullUrl"].as_str().unwrap()))
        .count();
    assert_eq!(shared, 0);
}

#[test]
fn hostile_text_stays_valid_json_and_valid_fhir() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let hostile = [
        "<script>alert(\"x\")</script> & <b>bold</b>",
        "quotes \" ' ` and a backslash \\ and {\"json\": true}",
        "line\nbreaks\r\nand\ttabs, emoji 🙂, RTL \u{202e}txet",
        // Relief refuses other control characters when they are typed (tests/hostile.rs).
        "separators\u{2028}\u{2029} zero\u{200b}width \u{feff} marks",
    ];
    for (i, text) in hostile.iter().enumerate() {
        let mut d = draft(&format!("2026-10-0{}T09:00:00+02:00", i + 1), 4);
        d.note = Note::new(text).unwrap();
        let mut massage = RemedyUse::new(Key::new("massage").unwrap());
        massage.detail = relief::model::Detail::new("\"deep\" <tissue> \\ </script>").unwrap();
        d.remedies = vec![massage];
        j.add_entry(&d).unwrap();
    }
    let mut long = draft("2026-10-09T09:00:00+02:00", 5);
    long.note = Note::new(&format!("{}ü\"", "ü\"<>&\\".repeat(333))).unwrap();
    j.add_entry(&long).unwrap();
    drop(j);

    let out = tj.file("hostile.json");
    let bundle = export(&tj, &out, &["--name", "O'Brien <Ana> \"Nana\""]);
    validate(&out);
    let notes: Vec<&str> = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["resource"]["identifier"][0]["system"] == "urn:relief:entry")
        .map(|e| e["resource"]["note"][0]["text"].as_str().unwrap())
        .collect();
    assert_eq!(notes.len(), 5);
    for text in hostile {
        assert!(
            notes.contains(&text.trim()),
            "{text:?} kept exactly: {notes:?}"
        );
    }
    assert!(notes.iter().any(|n| n.chars().count() == 2000));
    assert_eq!(
        bundle["entry"][0]["resource"]["name"][0]["text"],
        "O'Brien <Ana> \"Nana\""
    );
}

#[test]
fn bad_export_arguments_are_one_clear_line() {
    let tj = TempJournal::new();
    tj.run(&["add", "--rating", "4"]).expect_ok();
    let refused = |args: &[&str], says: &str| {
        let err = tj.run(args).expect_err();
        assert!(err.contains(says), "{args:?}: {err}");
    };
    refused(
        &["export", "--format", "csv", "--from", "2026-01-01"],
        "--from: is for --format fhir",
    );
    refused(
        &[
            "export",
            "--format",
            "fhir",
            "--from",
            "2026-02-01",
            "--to",
            "2026-01-01",
        ],
        "2026-02-01",
    );
    refused(
        &["export", "--format", "fhir", "--name", &"x".repeat(61)],
        "--name",
    );
    refused(
        &["export", "--format", "fhir", "--from", "yesterday"],
        "yesterday",
    );
    // No check-ins in the range: the Patient and the Device only, still valid.
    let out = tj.file("empty.json");
    let bundle = export(&tj, &out, &["--from", "2001-01-01", "--to", "2001-01-31"]);
    assert_eq!(bundle["entry"].as_array().unwrap().len(), 2);
    validate(&out);
}
