// Imports from other apps through the real CLI, from fixtures written by hand from the
// documented formats (docs/imports.md): exactly the expected check-ins, twice adds nothing, a
// later export adds only what is new, a preview writes nothing, bad files are one clear line.

use serde_json::Value;

use crate::util::TempJournal;

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/imports/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn entries(tj: &TempJournal) -> Vec<Value> {
    let json: Value = serde_json::from_str(&tj.snapshot()).unwrap();
    json["entries"].as_array().unwrap().clone()
}

/// (time, rating, remedies as key[:detail], causes, note) of an entry.
type Summary = (String, i64, Vec<String>, Vec<String>, Option<String>);

/// Each entry's [`Summary`], in time order.
fn summary(entries: &[Value]) -> Vec<Summary> {
    entries
        .iter()
        .map(|e| {
            let remedies = e["remedies"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| match r["detail"].as_str() {
                    Some(d) => format!("{}:{d}", r["key"].as_str().unwrap()),
                    None => r["key"].as_str().unwrap().to_owned(),
                })
                .collect();
            let causes = e["causes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().to_owned())
                .collect();
            (
                e["recorded_at"].as_str().unwrap().to_owned(),
                e["rating"].as_i64().unwrap(),
                remedies,
                causes,
                e["note"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

#[test]
fn a_bearable_export_becomes_exactly_these_check_ins_once() {
    let tj = TempJournal::new();
    let file = fixture("bearable.csv");
    // The preview lists every unusable row and writes nothing.
    let before = tj.snapshot();
    let preview = tj
        .run(&["import", &file, "--from", "bearable", "--dry-run"])
        .expect_ok();
    assert!(
        preview
            .contains("bearable export, UTF-8, separated by ,: 16 rows → 8 check-ins, 2 unusable"),
        "{preview}"
    );
    for line in [
        // Only 24 Sep pm (mood): 25 Sep am's soreness is unusable, said once, not twice.
        "note: 1 date(s) and time(s) held only other categories",
        "line 16: time of day \"evening\"",
        "line 17: severity \"awful\" of Back pain",
    ] {
        assert!(preview.contains(line), "{line}: {preview}");
    }
    assert!(preview.contains("dry run: nothing was written"));
    assert_eq!(tj.snapshot(), before);
    // Without leave to skip them, unusable rows stop the import: one line, nothing written.
    let err = tj
        .run(&["import", &file, "--from", "bearable"])
        .expect_err();
    assert!(
        err.contains("line 16") && err.contains("--skip-unusable"),
        "{err}"
    );
    assert_eq!(tj.snapshot(), before);

    let done = tj
        .run(&["import", &file, "--from", "bearable", "--skip-unusable"])
        .expect_ok();
    assert!(
        done.starts_with("imported 8 check-ins from bearable"),
        "{done}"
    );
    let got = entries(&tj);
    assert_eq!(
        summary(&got),
        vec![
            (
                "2020-09-22T09:00:00+02:00".into(),
                5,
                s(&["ibuprofen:400mg"]),
                s(&["posture"]),
                Some("slept badly, woke at 4\nFactors: Coffee".into())
            ),
            (
                "2020-09-22T19:00:00+02:00".into(),
                8,
                s(&["hot_water_bottle:15 min"]),
                s(&[]),
                Some("said \"ouch\"\nall evening\nOther symptoms: Headache (Mild)".into())
            ),
            ("2020-09-23T06:00:00+02:00".into(), 0, s(&[]), s(&[]), None),
            (
                "2020-09-23T08:15:00+02:00".into(),
                5,
                s(&[]),
                s(&["tension"]),
                None
            ),
            ("2020-09-23T12:00:00+02:00".into(), 10, s(&[]), s(&[]), None),
            ("2020-09-23T13:00:00+02:00".into(), 10, s(&[]), s(&[]), None),
            ("2020-09-24T09:00:00+02:00".into(), 10, s(&[]), s(&[]), None),
            ("2020-09-24T13:00:00+02:00".into(), 8, s(&[]), s(&[]), None),
        ]
    );
    assert_eq!(
        got[0]["source"],
        serde_json::json!({"app": "bearable", "file": "bearable.csv"})
    );
    // The new remedy is the person's own, named as the file names it.
    let remedies = tj.run(&["remedy", "list", "--json"]).expect_ok();
    assert!(remedies.contains("\"Hot water bottle\""), "{remedies}");

    // Twice adds nothing; a later export adds only the new day.
    let again = tj
        .run(&["import", &file, "--from", "bearable", "--skip-unusable"])
        .expect_ok();
    assert!(
        again.starts_with("imported 0 check-ins from bearable; skipped 8"),
        "{again}"
    );
    let later = tj
        .run(&[
            "import",
            &fixture("bearable-later.csv"),
            "--from",
            "bearable",
            "--skip-unusable",
        ])
        .expect_ok();
    assert!(
        later.starts_with("imported 1 check-in from bearable; skipped 8"),
        "{later}"
    );
    assert_eq!(entries(&tj).len(), 9);
}

#[test]
fn a_flaredown_export_reads_the_soreness_columns_and_treatments_taken() {
    let tj = TempJournal::new();
    let file = fixture("flaredown.csv");
    let out = tj
        .run(&["import", &file, "--from", "flaredown", "--skip-unusable"])
        .expect_ok();
    assert!(
        out.starts_with("imported 3 check-ins from flaredown"),
        "{out}"
    );
    assert_eq!(
        summary(&entries(&tj)),
        vec![
            (
                "2021-03-01T20:00:00+01:00".into(),
                8,
                s(&["ibuprofen:200 mg"]),
                s(&[]),
                Some("Tags: desk day, long drive".into())
            ),
            (
                "2021-03-02T20:00:00+01:00".into(),
                3,
                s(&["heat_pad"]),
                s(&[]),
                None
            ),
            (
                "2021-03-04T20:00:00+01:00".into(),
                10,
                s(&["ibuprofen", "heat_pad"]),
                s(&[]),
                Some("Tags: gym".into())
            ),
        ]
    );
    let preview = tj
        .run(&["import", &file, "--from", "flaredown", "--dry-run"])
        .expect_ok();
    // Remedies by the names the person will see, not by key.
    assert!(preview.contains("tried: Ibuprofen, Heat pad"), "{preview}");
    assert!(!preview.contains("heat_pad"), "{preview}");
    assert!(
        preview.contains("line 4: 2021-03-03: no soreness rated"),
        "{preview}"
    );
    assert!(
        preview.contains("line 6: column \"Back pain\": \"7\" is not a level 0–4"),
        "{preview}"
    );
    // The soreness can be another column, as the person picks.
    let map = tj.file("fatigue.toml");
    std::fs::write(&map, "soreness_columns = [\"Fatigue\"]\n").unwrap();
    let other = TempJournal::new();
    let out = other
        .run(&[
            "import",
            &file,
            "--from",
            "flaredown",
            "--mapping",
            map.to_str().unwrap(),
            "--dry-run",
        ])
        .expect_ok();
    assert!(out.contains("→ 5 check-ins"), "{out}");
}

#[test]
fn any_csv_through_a_mapping_latin1_semicolons_and_a_saved_name() {
    let tj = TempJournal::new();
    let file = fixture("generic-latin1.csv");
    let mapping = fixture("generic.toml");
    let preview = tj
        .run(&[
            "import",
            &file,
            "--from",
            "csv",
            "--mapping",
            &mapping,
            "--dry-run",
        ])
        .expect_ok();
    assert!(
        preview
            .contains("csv export, windows-1252, separated by ;: 6 rows → 3 check-ins, 3 unusable"),
        "{preview}"
    );
    assert!(
        preview.contains("line 5: column \"Schmerz (0-5)\": 9 is outside the scale 0 to 5"),
        "{preview}"
    );
    assert!(
        preview.contains("line 6: column \"Datum\": \"31.09.2020\" is not a date"),
        "{preview}"
    );
    assert!(
        preview.contains("line 7: column \"Uhrzeit\": \"7 Uhr\" is not a time"),
        "{preview}"
    );
    tj.run(&[
        "import",
        &file,
        "--from",
        "csv",
        "--mapping",
        &mapping,
        "--skip-unusable",
        "--save-mapping",
        "Tagebuch",
    ])
    .expect_ok();
    assert_eq!(
        summary(&entries(&tj)),
        vec![
            (
                "2020-09-22T08:30:00+02:00".into(),
                6,
                s(&["heat", "ibuprofen"]),
                s(&[]),
                Some("Rücken steif".into())
            ),
            (
                "2020-09-22T20:15:00+02:00".into(),
                10,
                s(&["heat"]),
                s(&[]),
                None
            ),
            (
                "2020-09-23T12:00:00+02:00".into(),
                2,
                s(&[]),
                s(&[]),
                Some("ruhiger Tag".into())
            ),
        ]
    );
    // The saved mapping is reused by name: the same file again adds nothing.
    let again = tj
        .run(&[
            "import",
            &file,
            "--from",
            "csv",
            "--mapping",
            "Tagebuch",
            "--skip-unusable",
        ])
        .expect_ok();
    assert!(
        again.starts_with("imported 0 check-ins from csv; skipped 3"),
        "{again}"
    );
}

#[test]
fn bad_files_and_mappings_are_one_clear_line_and_write_nothing() {
    let tj = TempJournal::new();
    tj.run(&["add", "--rating", "4"]).expect_ok();
    let before = tj.snapshot();
    let refused = |args: &[&str], says: &str| {
        let err = tj.run(args).expect_err();
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(tj.snapshot(), before);
    };
    // Another app's file than chosen.
    refused(
        &["import", &fixture("flaredown.csv"), "--from", "bearable"],
        "looks like a flaredown export, not bearable",
    );
    refused(
        &[
            "import",
            &fixture("generic-latin1.csv"),
            "--from",
            "bearable",
        ],
        "is not a bearable export",
    );
    // A generic CSV without a mapping, or with columns it does not have, or a broken scale.
    refused(
        &["import", &fixture("generic-latin1.csv"), "--from", "csv"],
        "say which column holds the date and which the rating",
    );
    let write = |name: &str, text: &str| {
        let path = tj.file(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let no_col = write(
        "no-col.toml",
        "date_column = \"Datum\"\nrating_column = \"Pain\"\n",
    );
    refused(
        &[
            "import",
            &fixture("generic-latin1.csv"),
            "--from",
            "csv",
            "--mapping",
            &no_col,
        ],
        "no column \"Pain\" for the rating",
    );
    let scale = write("scale.toml", "date_column = \"Datum\"\nrating_column = \"Schmerz (0-5)\"\nscale_min = 5\nscale_max = 5\n");
    refused(
        &[
            "import",
            &fixture("generic-latin1.csv"),
            "--from",
            "csv",
            "--mapping",
            &scale,
        ],
        "minimum (5) must be below its maximum (5)",
    );
    let encoding = write("enc.toml", "encoding = \"ebcdic\"\n");
    refused(
        &[
            "import",
            &fixture("generic-latin1.csv"),
            "--from",
            "csv",
            "--mapping",
            &encoding,
        ],
        "unknown variant `ebcdic`",
    );
    refused(
        &[
            "import",
            &fixture("generic-latin1.csv"),
            "--from",
            "csv",
            "--mapping",
            "nowhere",
        ],
        "neither a saved mapping (none saved yet) nor a TOML file",
    );
    // Chosen UTF-8 that is not, and ragged rows.
    let utf8 = write(
        "utf8.toml",
        "encoding = \"utf-8\"\ndate_column = \"Datum\"\nrating_column = \"Schmerz (0-5)\"\n",
    );
    refused(
        &[
            "import",
            &fixture("generic-latin1.csv"),
            "--from",
            "csv",
            "--mapping",
            &utf8,
        ],
        "not valid UTF-8",
    );
    let ragged = write(
        "ragged.csv",
        "Date,Pain\n2020-09-22,3\n2020-09-23,4,extra\n",
    );
    let map = write(
        "ragged.toml",
        "date_column = \"Date\"\nrating_column = \"Pain\"\n",
    );
    refused(
        &["import", &ragged, "--from", "csv", "--mapping", &map],
        "line 3: 3 cells where the header has 2",
    );
}

#[test]
fn a_first_look_reads_only_the_first_rows() {
    let bytes = std::fs::read(fixture("bearable.csv")).unwrap();
    let mapping = relief::imports::Mapping::default();
    let all = relief::imports::read(&bytes, None, &mapping, "b.csv").unwrap();
    let first = relief::imports::read_rows(&bytes, None, &mapping, "b.csv", Some(3)).unwrap();
    assert_eq!((all.rows, first.rows), (16, 3));
    assert_eq!(first.checkins(), 1, "rows 2–4 are the first check-in");
    assert_eq!(first.entries().next(), all.entries().next());
}

/// Writes `rows` data rows of a generic CSV (`Date,Time,Pain,Meds,Notes`), each its own hour;
/// `row(i)` gives the pain and note of row `i` (its line is `i + 2`).
fn big_csv(path: &std::path::Path, rows: usize, row: impl Fn(usize) -> (String, String)) {
    use std::io::Write;
    let start = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(out, "Date,Time,Pain,Meds,Notes").unwrap();
    for i in 0..rows {
        let (pain, note) = row(i);
        let day = start + chrono::Duration::days((i / 24) as i64);
        writeln!(
            out,
            "{day},{:02}:00,{pain},\"Ibuprofen, Heat pack\",\"{note}\"",
            i % 24
        )
        .unwrap();
    }
    out.flush().unwrap();
}

/// `import CSV --from csv --mapping big.toml`, the mapping of [`big_csv`]'s columns written
/// beside the journal.
fn big_import_args(tj: &TempJournal, csv: &std::path::Path) -> Vec<String> {
    let mapping = tj.file("big.toml");
    std::fs::write(&mapping, BIG_MAPPING).unwrap();
    [
        "import",
        csv.to_str().unwrap(),
        "--from",
        "csv",
        "--mapping",
        mapping.to_str().unwrap(),
    ]
    .map(str::to_owned)
    .to_vec()
}

const BIG_MAPPING: &str = "date_column = \"Date\"\ntime_column = \"Time\"\n\
    rating_column = \"Pain\"\nremedy_column = \"Meds\"\nnote_columns = [\"Notes\"]\n";

#[test]
fn a_200000_row_file_names_its_one_bad_row_and_writes_nothing() {
    let tj = TempJournal::new();
    tj.run(&["add", "--rating", "4"]).expect_ok();
    let before = tj.snapshot();
    let csv = tj.file("big.csv");
    big_csv(&csv, 200_000, |i| {
        let pain = if i + 2 == 199_001 { 11 } else { i % 11 };
        (pain.to_string(), String::new())
    });
    let args = big_import_args(&tj, &csv);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();

    let err = tj.run(&args).expect_err();
    assert!(
        err.contains("line 199001: column \"Pain\": 11 is outside the scale 0 to 10"),
        "{err}"
    );
    assert!(err.contains("1 row(s) cannot be used"), "{err}");
    assert_eq!(tj.snapshot(), before, "nothing written");

    let preview = tj.run(&[&args[..], &["--dry-run"]].concat()).expect_ok();
    assert!(
        preview.contains("200000 rows → 199999 check-ins, 1 unusable"),
        "{preview}"
    );
    assert!(preview.contains("unusable: line 199001: column \"Pain\""));
    assert_eq!(tj.snapshot(), before, "a preview writes nothing");
}

#[test]
fn a_50_mb_file_names_its_overlong_note_and_imports_only_when_told_to_leave_it_out() {
    let tj = TempJournal::new();
    let before = tj.snapshot();
    let csv = tj.file("long-notes.csv");
    let long = |chars: usize| "slept badly; ".repeat(chars / 13 + 1)[..chars].to_owned();
    // ~2,000 characters a row: 25,000 rows are 50 MB.
    big_csv(&csv, 25_000, |i| {
        let chars = if i == 12_345 { 2_001 } else { 1_990 };
        ((i % 11).to_string(), long(chars))
    });
    assert!(std::fs::metadata(&csv).unwrap().len() > 50_000_000);
    let args = big_import_args(&tj, &csv);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();

    let err = tj.run(&args).expect_err();
    assert!(
        err.contains("line 12347: column \"Notes\": the note:"),
        "{err}"
    );
    assert!(err.contains("2000"), "the limit is named: {err}");
    assert_eq!(tj.snapshot(), before, "nothing written");

    let done = tj
        .run(&[&args[..], &["--skip-unusable"]].concat())
        .expect_ok();
    assert!(
        done.contains("imported 24999 check-ins from csv; skipped 0 already in the journal; left out 1 unusable row"),
        "{done}"
    );
    let got = entries(&tj);
    assert_eq!(got.len(), 24_999);
    assert!(got
        .iter()
        .all(|e| e["note"].as_str().unwrap().chars().count() == 1_990));
    assert!(tj.run(&args[..]).expect_err().contains("line 12347"));
    let again = tj
        .run(&[&args[..], &["--skip-unusable"]].concat())
        .expect_ok();
    assert!(again.contains("imported 0 check-ins"), "{again}");
}

#[test]
fn dates_written_with_a_time_and_a_zone_are_read_in_every_reader() {
    let tj = TempJournal::new();
    // Flaredown's days as a web export writes them: midnight in UTC is that day, as written.
    let plain = std::fs::read_to_string(fixture("flaredown.csv")).unwrap();
    let zoned = tj.file("flaredown-utc.csv");
    let mut text = String::new();
    for (i, line) in plain.lines().enumerate() {
        match (i, line.split_once(',')) {
            (0, _) | (_, None) => text.push_str(line),
            (_, Some((day, rest))) => text.push_str(&format!("{day} 00:00:00 UTC,{rest}")),
        }
        text.push('\n');
    }
    std::fs::write(&zoned, text).unwrap();
    let out = tj
        .run(&[
            "import",
            zoned.to_str().unwrap(),
            "--from",
            "flaredown",
            "--skip-unusable",
        ])
        .expect_ok();
    assert!(
        out.starts_with("imported 3 check-ins from flaredown"),
        "{out}"
    );
    let days: Vec<String> = summary(&entries(&tj)).into_iter().map(|s| s.0).collect();
    assert_eq!(
        days,
        [
            "2021-03-01T20:00:00+01:00",
            "2021-03-02T20:00:00+01:00",
            "2021-03-04T20:00:00+01:00"
        ]
    );

    // Bearable's date column with a time and "Z" (no "date formatted" column).
    let bearable = tj.file("bearable-z.csv");
    std::fs::write(
        &bearable,
        "date,weekday,time of day,category,rating/amount,detail,notes\n\
         2020-09-22T00:00:00.000Z,Tuesday,am,Symptom,Moderate,Back pain,\n",
    )
    .unwrap();
    let fresh = TempJournal::new();
    fresh
        .run(&["import", bearable.to_str().unwrap(), "--from", "bearable"])
        .expect_ok();
    let at = &summary(&entries(&fresh))[0].0;
    assert!(at.starts_with("2020-09-22T"), "{at}");

    // Any CSV: each spelling of one instant lands on that instant; a UTC time is said in the
    // mapping's zone, another zone is kept.
    let csv = tj.file("zoned.csv");
    std::fs::write(
        &csv,
        "When,Pain\n\
         2026-04-01 06:30:00 UTC,1\n\
         2026-04-01T06:30:00Z,2\n\
         2026-04-01T06:30:00.000Z,3\n\
         2026-04-01 06:30:00 +0000,4\n\
         2026-04-01 06:30:00 GMT,5\n\
         2026-04-01T08:30:00+02:00,6\n\
         2026-04-01 01:30:00 -05:00,7\n",
    )
    .unwrap();
    let mapping = tj.file("zoned.toml");
    std::fs::write(
        &mapping,
        "timezone = \"+02:00\"\ndate_column = \"When\"\nrating_column = \"Pain\"\nscale_min = 0\nscale_max = 10\n",
    )
    .unwrap();
    let other = TempJournal::new();
    other
        .run(&[
            "import",
            csv.to_str().unwrap(),
            "--from",
            "csv",
            "--mapping",
            mapping.to_str().unwrap(),
        ])
        .expect_ok();
    let read: Vec<(String, i64)> = summary(&entries(&other))
        .into_iter()
        .map(|s| (s.0, s.1))
        .collect();
    assert_eq!(read.len(), 7, "{read:?}");
    for (at, rating) in &read {
        let expected = if *rating == 7 {
            "2026-04-01T01:30:00-05:00"
        } else {
            "2026-04-01T08:30:00+02:00"
        };
        assert_eq!(at, expected, "rating {rating}");
    }
}
