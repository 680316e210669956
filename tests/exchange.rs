// Import and export: lossless round trips, idempotent re-imports, hand-made spreadsheets.

use relief::exchange::{self, Format};
use relief::model::{CatalogueKind, DayStartHour, Label, Note, RemedyUse};

use crate::util::{draft, export, sample_journal, TempJournal};

fn round_trip(format: Format) {
    let source = sample_journal(120, 7);
    let first = export(&source.open(), format);
    assert!(
        first.lines().count() > 300,
        "sample too small to mean anything"
    );
    let file = source.file("export");
    std::fs::write(&file, &first).unwrap();

    let target = TempJournal::new();
    let mut j = target.open();
    let report = exchange::read_file(&file)
        .and_then(|data| j.import(&data))
        .unwrap();
    assert!(report.added > 300);
    assert_eq!(report.skipped, 0);
    assert_eq!(
        export(&j, format),
        first,
        "export → import → export changed the file"
    );

    let again = exchange::read_file(&file)
        .and_then(|data| j.import(&data))
        .unwrap();
    assert_eq!((again.added, again.skipped), (0, report.added));
    assert_eq!(export(&j, format), first);
}

#[test]
fn json_round_trip_is_identical() {
    round_trip(Format::Json);
}

#[test]
fn csv_round_trip_is_identical() {
    round_trip(Format::Csv);
}

#[test]
fn json_carries_settings_labels_archived_items_and_offsets() {
    let source = TempJournal::new();
    let mut j = source.open();
    j.set_day_start_hour(DayStartHour::new(5).unwrap()).unwrap();
    let yoga = j
        .add_item(CatalogueKind::Remedy, &Label::new("Yin Yoga").unwrap())
        .unwrap();
    let mut d = draft("2026-02-01T04:30:00-08:00", 6);
    d.remedies = vec![RemedyUse::new(yoga.key.clone())];
    d.note = Note::new("=SUM(A1) ünïcødé 背中").unwrap();
    j.add_entry(&d).unwrap();
    j.set_archived(CatalogueKind::Remedy, "yin_yoga", true)
        .unwrap();
    let json = export(&j, Format::Json);

    let target = TempJournal::new();
    let mut t = target.open();
    let report = t
        .import(&exchange::json::parse(json.as_bytes()).unwrap())
        .unwrap();
    assert!(report.settings_applied);
    assert_eq!(report.remedies_created, 1);
    assert_eq!(export(&t, Format::Json), json);
    let item = t.find_item(CatalogueKind::Remedy, "yin_yoga").unwrap();
    assert_eq!(item.label.as_str(), "Yin Yoga");
    assert!(item.archived);
    let entry = &t.entries(&Default::default()).unwrap()[0];
    assert_eq!(entry.recorded_at.to_rfc3339(), "2026-02-01T04:30:00-08:00");
    // Day start 5: 04:30 belongs to the day before.
    assert_eq!(entry.journal_day.to_string(), "2026-01-31");
}

#[test]
fn csv_guards_formulas_and_restores_them() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let mut d = draft("2026-02-01T09:00:00+01:00", 6);
    d.note = Note::new("=HYPERLINK(\"http://x\")").unwrap();
    j.add_entry(&d).unwrap();
    let csv = export(&j, Format::Csv);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    let target = TempJournal::new();
    let mut t = target.open();
    t.import(&exchange::csv::parse(csv.as_bytes()).unwrap())
        .unwrap();
    let note = t.entries(&Default::default()).unwrap()[0]
        .note
        .clone()
        .unwrap();
    assert_eq!(note.as_str(), "=HYPERLINK(\"http://x\")");
}

#[test]
fn a_hand_made_spreadsheet_imports_once() {
    // Columns in another order, no ids, a BOM, two rows of one check-in (same cells), a
    // remedy of the person's own, CRLF line ends.
    let csv = "\u{feff}recorded_at,rating,entry_id,journal_day,enjoyment,activity,regions,causes,note,remedy,minutes,detail,rating_after,after_minutes\r\n\
        2026-01-10T08:00:00+01:00,6,,,,,between_shoulder_blades:7;neck,posture,stiff,heat,15,,3,20\r\n\
        2026-01-10T08:00:00+01:00,6,,,,,between_shoulder_blades:7;neck,posture,stiff,swimming,30,,,\r\n\
        2026-01-10T20:00:00+01:00,3,,,,,,,,,,,,\r\n";
    let tj = TempJournal::new();
    let path = tj.file("mine.csv");
    std::fs::write(&path, csv).unwrap();
    let mut j = tj.open();
    let report = exchange::read_file(&path)
        .and_then(|data| j.import(&data))
        .unwrap();
    assert_eq!((report.added, report.remedies_created), (2, 1));
    let entries = j.entries(&Default::default()).unwrap();
    assert_eq!(entries[0].remedies.len(), 2);
    assert_eq!(entries[0].remedies[1].key.as_str(), "swimming");
    assert_eq!(
        j.find_item(CatalogueKind::Remedy, "swimming")
            .unwrap()
            .label
            .as_str(),
        "swimming"
    );
    let again = exchange::read_file(&path)
        .and_then(|data| j.import(&data))
        .unwrap();
    assert_eq!((again.added, again.skipped), (0, 2));
}

#[test]
fn csv_header_is_exactly_as_documented() {
    let tj = TempJournal::new();
    let csv = export(&tj.open(), Format::Csv);
    assert_eq!(
        csv.lines().next().unwrap(),
        "entry_id,recorded_at,journal_day,rating,enjoyment,activity,regions,causes,note,remedy,minutes,detail,rating_after,after_minutes"
    );
}

#[test]
fn deleted_entries_are_not_exported() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    let e = j.add_entry(&draft("2026-02-01T09:00:00+01:00", 6)).unwrap();
    j.add_entry(&draft("2026-02-01T19:00:00+01:00", 4)).unwrap();
    j.delete_entry(e.id).unwrap();
    let json = export(&j, Format::Json);
    assert!(!json.contains(&e.id.to_string()));
    assert_eq!(export(&j, Format::Csv).lines().count(), 2);
}

#[test]
fn an_edited_export_says_how_many_differ_and_leaves_the_journal_as_it_was() {
    let tj = crate::util::sample_journal(40, 9);
    let before = tj.snapshot();
    let mut file: serde_json::Value = serde_json::from_str(&before).unwrap();
    let entries = file["entries"].as_array_mut().unwrap();
    let total = entries.len();
    // Three edited in the file: a rating, a note, a remedy's minutes (where there is one).
    entries[0]["rating"] = serde_json::json!((entries[0]["rating"].as_i64().unwrap() + 1) % 11);
    entries[1]["note"] = serde_json::json!("changed in a spreadsheet");
    let with_remedy = entries
        .iter()
        .position(|e| e["remedies"].as_array().is_some_and(|r| !r.is_empty()))
        .filter(|i| *i > 1)
        .unwrap();
    entries[with_remedy]["remedies"][0]["minutes"] = serde_json::json!(59);
    let path = tj.file("edited.json");
    std::fs::write(&path, serde_json::to_string(&file).unwrap()).unwrap();
    let out = tj.run(&["import", path.to_str().unwrap()]).expect_ok();
    assert!(
        out.contains(&format!(
            "imported 0 entries; skipped {total} already in the journal"
        )),
        "{out}"
    );
    assert!(
        out.contains("3 of them differ from the journal and were left as the journal has them"),
        "{out}"
    );
    assert_eq!(tj.snapshot(), before);
    // The unedited export: nothing differs, nothing said of it.
    let same = tj.file("same.json");
    std::fs::write(&same, &before).unwrap();
    let out = tj.run(&["import", same.to_str().unwrap()]).expect_ok();
    assert!(!out.contains("differ"), "{out}");
}
