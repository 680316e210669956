// Bad input through every door: each case gets a clear one-line error naming the problem, and
// the journal's logical content is exactly what it was.

use relief::exchange::{self, Format};
use relief::model::{EntryDraft, EntryId, Key, Label, Rating};
use relief::Error;

use crate::util::{draft, export, protected_sample_journal, sample_journal, TempJournal};

const HEADER: &str = "entry_id,recorded_at,journal_day,rating,enjoyment,activity,regions,causes,note,remedy,minutes,detail,rating_after,after_minutes";
const ROW: &str = "5b0e2a4e-8f1c-4d2b-9a57-0c1d2e3f4a5b,2026-01-10T08:00:00+01:00,2026-01-10,6,,,neck,posture,,heat,15,,3,20";

fn csv(rows: &[&str]) -> Vec<u8> {
    let mut text = rows.join("\n");
    text.push('\n');
    text.into_bytes()
}

fn json_with_entry(entry: &str) -> Vec<u8> {
    format!(r#"{{"format":"relief-journal","version":1,"entries":[{entry}]}}"#).into_bytes()
}

const GOOD_ENTRY: &str = r#"{"id":"5b0e2a4e-8f1c-4d2b-9a57-0c1d2e3f4a5b","recorded_at":"2026-01-10T08:00:00+01:00","rating":6}"#;

/// (what, CLI arguments, a piece of the expected error)
fn cli_cases(long_note: &str, long_name: &str) -> Vec<(&'static str, Vec<String>, &'static str)> {
    let s = |args: &[&str]| args.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    vec![
        (
            "rating 11",
            s(&["add", "--rating", "11"]),
            "from 0 to 10, got 11",
        ),
        (
            "rating -1",
            s(&["add", "--rating=-1"]),
            "from 0 to 10, got -1",
        ),
        (
            "rating a word",
            s(&["add", "--rating", "seven"]),
            "got 'seven'",
        ),
        (
            "rating a fraction",
            s(&["add", "--rating", "7.5"]),
            "got '7.5'",
        ),
        ("rating missing", s(&["add", "--note", "x"]), "--rating"),
        (
            "time not a date",
            s(&["add", "--rating", "3", "--at", "yesterday"]),
            "'yesterday' is not a time",
        ),
        (
            "time month 13",
            s(&["add", "--rating", "3", "--at", "2026-13-01T08:00:00+01:00"]),
            "is not a time",
        ),
        (
            "time in the future",
            s(&["add", "--rating", "3", "--at", "2099-01-01T08:00:00+01:00"]),
            "in the future",
        ),
        (
            "unknown remedy (a typo)",
            s(&["add", "--rating", "3", "--remedy", "heet:15"]),
            "unknown remedy 'heet'",
        ),
        (
            "unknown cause",
            s(&["add", "--rating", "3", "--cause", "postur"]),
            "unknown cause 'postur'",
        ),
        (
            "unknown region",
            s(&["add", "--rating", "3", "--region", "elbow"]),
            "unknown body region 'elbow'",
        ),
        (
            "region rating 12",
            s(&["add", "--rating", "3", "--region", "neck:12"]),
            "got 12",
        ),
        (
            "remedy minutes a word",
            s(&["add", "--rating", "3", "--remedy", "heat:abc"]),
            "minutes",
        ),
        (
            "remedy minutes over a day",
            s(&["add", "--rating", "3", "--remedy", "heat:2000"]),
            "0 to 1440",
        ),
        (
            "after-rating 11",
            s(&["add", "--rating", "3", "--remedy", "heat:15:11"]),
            "after-rating",
        ),
        (
            "remedy spec without a remedy",
            s(&["add", "--rating", "3", "--remedy", ":15"]),
            "names no remedy",
        ),
        (
            "after delay without after-rating",
            s(&["add", "--rating", "3", "--remedy", "heat:15::30"]),
            "no rating_after",
        ),
        (
            "note over the limit",
            s(&["add", "--rating", "3", "--note", long_note]),
            "the limit is 2000",
        ),
        (
            "note with an escape sequence",
            s(&["add", "--rating", "3", "--note", "hi \u{1b}[2J"]),
            "control character",
        ),
        (
            "enjoyment 11",
            s(&["add", "--rating", "3", "--enjoyment", "11"]),
            "got 11",
        ),
        (
            "activity a word",
            s(&["add", "--rating", "3", "--activity", "lots"]),
            "got 'lots'",
        ),
        (
            "region twice",
            s(&[
                "add", "--rating", "3", "--region", "neck", "--region", "neck",
            ]),
            "listed twice",
        ),
        (
            "unknown command",
            s(&["ad", "--rating", "3"]),
            "unrecognized subcommand",
        ),
        (
            "edit an unknown id",
            s(&[
                "edit",
                "00000000-0000-4000-8000-000000000000",
                "--rating",
                "3",
            ]),
            "no entry with id",
        ),
        (
            "delete a non-id",
            s(&["delete", "xyz"]),
            "is not an entry id",
        ),
        (
            "delete an unknown prefix",
            s(&["delete", "ffffff"]),
            "no entry with id",
        ),
        ("undo with nothing deleted", s(&["undo"]), "nothing to undo"),
        (
            "remedy added twice",
            s(&["remedy", "add", "HEAT"]),
            "already a remedy named 'Heat'",
        ),
        (
            "empty remedy name",
            s(&["remedy", "add", "  "]),
            "name: is empty",
        ),
        (
            "remedy name too long",
            s(&["remedy", "add", long_name]),
            "the limit is 60",
        ),
        (
            "rename an unknown remedy",
            s(&["remedy", "rename", "nosuch", "X"]),
            "unknown remedy 'nosuch'",
        ),
        (
            "archive an unknown cause",
            s(&["cause", "archive", "nosuch"]),
            "unknown cause 'nosuch'",
        ),
        (
            "list from 30 February",
            s(&["list", "--from", "2026-02-30"]),
            "not a date",
        ),
        (
            "list by an unknown remedy",
            s(&["list", "--remedy", "nosuch"]),
            "unknown remedy",
        ),
        (
            "list by an unknown region",
            s(&["list", "--region", "tail"]),
            "unknown body region",
        ),
        ("export without a format", s(&["export"]), "--format"),
        (
            "export as xml",
            s(&["export", "--format", "xml"]),
            "invalid value 'xml'",
        ),
        (
            "sample into a journal with entries",
            s(&["sample", "--days", "3"]),
            "already has",
        ),
        (
            "day start 13",
            s(&["settings", "--day-start", "13"]),
            "from 0 to 12",
        ),
        (
            "import a missing file",
            s(&["import", "/nonexistent/relief.csv"]),
            "No such file",
        ),
    ]
}

/// (what, file content, a piece of the expected error)
fn import_cases() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let no_rating_header = HEADER.replace(",rating,", ",");
    let no_rating_row = ROW.replace(",6,", ",");
    let mut non_utf8 = csv(&[HEADER]);
    non_utf8.extend_from_slice(
        b"5b0e2a4e-8f1c-4d2b-9a57-0c1d2e3f4a5b,2026-01-10T08:00:00+01:00,,6,,,neck,,caf\xe9,,,,,\n",
    );
    let second_entry = ROW.replace("5b0e2a4e", "6c1f3b5f").replace(",6,", ",11,");
    vec![
        ("csv: a missing column", csv(&[&no_rating_header, &no_rating_row]), "missing column 'rating'"),
        ("csv: a word for a rating", csv(&[HEADER, &ROW.replace(",6,", ",high,")]), "line 2, column rating"),
        ("csv: a cut-off line", csv(&[HEADER, "5b0e2a4e-8f1c-4d2b-9a57-0c1d2e3f4a5b,2026-01-10T08:00"]), "expected 14 fields, found 2"),
        ("csv: a non-UTF-8 byte", non_utf8, "column note"),
        ("csv: a duplicate header", csv(&[&format!("{HEADER},rating"), &format!("{ROW},6")]), "column 'rating' appears twice"),
        ("csv: an unknown column", csv(&[&format!("{HEADER},mood"), &format!("{ROW},ok")]), "unknown column 'mood'"),
        ("csv: rating 11 on line 3", csv(&[HEADER, ROW, &second_entry]), "line 3, column rating"),
        ("csv: a time without offset", csv(&[HEADER, &ROW.replace("+01:00", "")]), "not a date and time with a UTC offset"),
        ("csv: an unknown region", csv(&[HEADER, &ROW.replace("neck", "elbow")]), "unknown body region 'elbow'"),
        ("csv: minutes without a remedy", csv(&[HEADER, &ROW.replace(",heat,", ",,")]), "names no remedy"),
        ("csv: one entry, two ratings", csv(&[HEADER, ROW, &ROW.replace(",6,", ",5,")]), "different value here than on line 2"),
        ("csv: an empty file", Vec::new(), "the file is empty"),
        ("csv: a bad entry id", csv(&[HEADER, &ROW.replace("5b0e2a4e-8f1c", "not-a-uuid")]), "is not an entry id"),
        ("csv: a bad cause key", csv(&[HEADER, &ROW.replace("posture", "Bad Cause")]), "column causes"),
        ("json: version 2", br#"{"format":"relief-journal","version":2,"entries":[]}"#.to_vec(), "version 2 is not supported"),
        ("json: another format", br#"{"format":"moodlog","version":1,"entries":[]}"#.to_vec(), "not a Relief journal export"),
        ("json: cut off", br#"{"format":"relief-journal","version":1,"entries":[{"id":"#.to_vec(), "not valid JSON"),
        ("json: rating 11", json_with_entry(&GOOD_ENTRY.replace("\"rating\":6", "\"rating\":11")), "entries[0].rating"),
        ("json: rating a string", json_with_entry(&GOOD_ENTRY.replace("\"rating\":6", "\"rating\":\"6\"")), "entries[0].rating"),
        ("json: an unknown region", json_with_entry(&GOOD_ENTRY.replace("}", r#","regions":[{"key":"tail","rating":null}]}"#)), "entries[0].regions[0].key"),
        ("json: an id twice", json_with_entry(&format!("{GOOD_ENTRY},{GOOD_ENTRY}")), "appears twice"),
        ("json: a misspelt field", json_with_entry(&GOOD_ENTRY.replace("}", r#","enjoymnet":3}"#)), "unknown field `enjoymnet`"),
        ("json: a note over the limit", json_with_entry(&GOOD_ENTRY.replace("}", &format!(r#","note":"{}"}}"#, "x".repeat(2001)))), "the limit is 2000"),
        ("json: a bad catalogue key", br#"{"format":"relief-journal","version":1,"remedies":[{"key":"Bad Key","label":"x"}],"entries":[]}"#.to_vec(), "remedies[0].key"),
        ("json: a missing time", json_with_entry(r#"{"id":"5b0e2a4e-8f1c-4d2b-9a57-0c1d2e3f4a5b","rating":6}"#), "missing field `recorded_at`"),
        ("json: not an object", b"[1,2,3]".to_vec(), "not a Relief journal export"),
    ]
}

#[test]
fn bad_cli_input_is_refused_and_changes_nothing() {
    bad_cli_input(sample_journal(20, 11));
}

#[test]
fn bad_cli_input_is_refused_and_changes_nothing_in_a_protected_journal() {
    bad_cli_input(protected_sample_journal(20, 11));
}

fn bad_cli_input(tj: TempJournal) {
    let before = tj.snapshot();
    let long_note = "x".repeat(2001);
    let long_name = "y".repeat(61);
    let cases = cli_cases(&long_note, &long_name);
    for (what, args, expected) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let line = tj.run(&args).expect_err();
        assert!(
            line.contains(expected),
            "{what}: expected '{expected}' in: {line}"
        );
        assert_eq!(tj.snapshot(), before, "{what}: the journal changed");
    }
    // An existing backup file is never overwritten.
    let dest = tj.file("taken.db");
    std::fs::write(&dest, b"precious").unwrap();
    let line = tj
        .run(&["backup", "--out", dest.to_str().unwrap()])
        .expect_err();
    assert!(line.contains("already exists"), "{line}");
    assert_eq!(std::fs::read(&dest).unwrap(), b"precious");
    eprintln!("{} hostile CLI cases refused", cases.len() + 1);
}

#[test]
fn bad_imports_are_refused_whole_and_change_nothing() {
    bad_imports(sample_journal(20, 12));
}

#[test]
fn bad_imports_are_refused_whole_and_change_nothing_in_a_protected_journal() {
    bad_imports(protected_sample_journal(20, 12));
}

fn bad_imports(tj: TempJournal) {
    let before = tj.snapshot();
    let cases = import_cases();
    for (i, (what, content, expected)) in cases.iter().enumerate() {
        let path = tj.file(&format!(
            "bad-{i}.{}",
            if what.starts_with("json") {
                "json"
            } else {
                "csv"
            }
        ));
        std::fs::write(&path, content).unwrap();
        let line = tj.run(&["import", path.to_str().unwrap()]).expect_err();
        assert!(
            line.contains(expected),
            "{what}: expected '{expected}' in: {line}"
        );
        assert!(
            line.contains("nothing was imported") || line.contains("No such file"),
            "{what}: {line}"
        );
        assert_eq!(tj.snapshot(), before, "{what}: the journal changed");
    }
    eprintln!("{} hostile import files refused", cases.len());
}

#[test]
fn one_bad_row_late_in_a_big_import_writes_nothing() {
    let source = sample_journal(60, 13);
    let mut csv_text = export(&source.open(), Format::Csv);
    let lines = csv_text.lines().count();
    csv_text.push_str(
        "9d2e4c6a-1b3f-4e5d-8a7c-6b5a4c3d2e1f,2026-01-10T08:00:00+01:00,,6,,,kneecap,,,,,,,\n",
    );
    let target = TempJournal::new();
    let mut j = target.open();
    j.add_entry(&draft("2026-01-01T08:00:00+01:00", 2)).unwrap();
    let before = export(&j, Format::Json);
    let err = exchange::csv::parse(csv_text.as_bytes()).unwrap_err();
    assert!(
        err.to_string().contains(&format!("line {}", lines + 1)),
        "{err}"
    );
    let path = target.file("big.csv");
    std::fs::write(&path, &csv_text).unwrap();
    assert!(exchange::read_file(&path)
        .and_then(|data| j.import(&data))
        .is_err());
    assert_eq!(export(&j, Format::Json), before);
}

#[test]
fn the_store_refuses_bad_values_through_the_api() {
    let tj = TempJournal::new();
    let mut j = tj.open();
    j.add_entry(&draft("2026-01-01T08:00:00+01:00", 2)).unwrap();
    let before = tj.snapshot();

    assert!(Rating::new(11).is_err() && Rating::new(-1).is_err());
    assert!(Label::new("tab\tinside").is_err());
    assert!(Key::new("Heat").is_err() && Key::new("1st").is_err() && Key::new("").is_err());

    let mut twice: EntryDraft = draft("2026-01-02T08:00:00+01:00", 4);
    twice.causes = vec![Key::new("posture").unwrap(), Key::new("posture").unwrap()];
    assert!(matches!(j.add_entry(&twice), Err(Error::Invalid { .. })));

    let mut unknown = draft("2026-01-02T08:00:00+01:00", 4);
    unknown.remedies = vec![relief::model::RemedyUse::new(Key::new("heet").unwrap())];
    let err = j.add_entry(&unknown).unwrap_err();
    assert!(err.to_string().contains("unknown remedy 'heet'"), "{err}");

    let nobody = EntryId::random();
    assert!(matches!(
        j.edit_entry(nobody, &draft("2026-01-02T08:00:00+01:00", 4)),
        Err(Error::EntryNotFound(_))
    ));
    assert!(matches!(
        j.delete_entry(nobody),
        Err(Error::EntryNotFound(_))
    ));
    assert!(j
        .rename_item(
            relief::model::CatalogueKind::Cause,
            "nosuch",
            &Label::new("x").unwrap()
        )
        .is_err());

    // A whole import with one bad entry at the end: nothing of it lands.
    let mut data = relief::sample::generate(&relief::sample::SampleSpec {
        days: 30,
        seed: 5,
        end: chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
    })
    .unwrap();
    let mut bad = data.entries[0].clone();
    bad.id = EntryId::random();
    let neck = relief::model::RegionRating {
        region: relief::model::Region::Neck,
        rating: None,
    };
    bad.draft.regions = vec![neck.clone(), neck];
    data.entries.push(bad);
    let err = j.import(&data).unwrap_err();
    assert!(err.to_string().contains("listed twice"), "{err}");
    assert_eq!(tj.snapshot(), before);
}
