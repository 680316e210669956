// The `relief` binary end to end: the commands a person types, on real journal files.

use crate::util::{relief, TempJournal};

#[test]
fn add_list_edit_delete_undo() {
    let tj = TempJournal::new();
    let id = tj
        .run(&[
            "add",
            "--rating",
            "6",
            "--at",
            "2026-03-10T08:15:00+01:00",
            "--region",
            "between_shoulder_blades:7",
            "--region",
            "neck",
            "--cause",
            "posture",
            "--remedy",
            "heat:15:3:30",
            "--remedy",
            "massage:20:::massage ball",
            "--note",
            "stiff <i>again</i>",
            "--enjoyment",
            "4",
            "--activity",
            "5",
        ])
        .expect_ok();
    let id = id.trim().to_owned();
    assert_eq!(id.len(), 36, "add prints the full id: {id}");
    tj.run(&["add", "--rating", "3", "--at", "2026-03-11 00:30"])
        .expect_ok();

    let list = tj.run(&["list"]).expect_ok();
    assert!(list.contains("2026-03-10 Tue"), "{list}");
    assert!(list.contains("between_shoulder_blades 7, neck"), "{list}");
    assert!(list.contains("heat 15 min → 3 after 30 min"), "{list}");
    assert!(list.contains("massage 20 min (massage ball)"), "{list}");
    assert!(list.contains("stiff <i>again</i>"), "{list}");
    // 00:30 belongs to the day before: one day heading for both.
    assert_eq!(list.matches("2026-03-1").count(), 1, "{list}");

    let json = tj.run(&["list", "--json"]).expect_ok();
    let entries: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(entries[0]["id"], id.as_str());
    assert_eq!(entries[0]["recorded_at"], "2026-03-10T08:15:00+01:00");
    assert_eq!(entries[0]["remedies"][0]["rating_after"], 3);
    assert_eq!(entries[0]["remedies"][0]["after_minutes"], 30);
    assert_eq!(entries[0]["remedies"][1]["detail"], "massage ball");
    assert_eq!(entries[1]["journal_day"], "2026-03-10");

    // Edit by short id: given fields replace, others stay.
    tj.run(&["edit", &id[..8], "--rating", "5", "--clear", "note"])
        .expect_ok();
    let json: serde_json::Value =
        serde_json::from_str(&tj.run(&["list", "--json"]).expect_ok()).unwrap();
    assert_eq!(json[0]["rating"], 5);
    assert_eq!(json[0]["note"], serde_json::Value::Null);
    assert_eq!(json[0]["remedies"].as_array().unwrap().len(), 2);

    tj.run(&["delete", &id]).expect_ok();
    let json: serde_json::Value =
        serde_json::from_str(&tj.run(&["list", "--json"]).expect_ok()).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 1);
    let undone = tj.run(&["undo"]).expect_ok();
    assert!(undone.contains(&id), "{undone}");
    let json: serde_json::Value =
        serde_json::from_str(&tj.run(&["list", "--json"]).expect_ok()).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
}

#[test]
fn list_filters() {
    let tj = TempJournal::new();
    tj.run(&[
        "add",
        "--rating",
        "6",
        "--at",
        "2026-03-10T08:00:00+01:00",
        "--remedy",
        "heat",
        "--region",
        "neck",
    ])
    .expect_ok();
    tj.run(&[
        "add",
        "--rating",
        "4",
        "--at",
        "2026-03-12T08:00:00+01:00",
        "--cause",
        "Muscle tension",
    ])
    .expect_ok();
    let count = |args: &[&str]| {
        let mut all = vec!["list", "--json"];
        all.extend_from_slice(args);
        let v: serde_json::Value = serde_json::from_str(&tj.run(&all).expect_ok()).unwrap();
        v.as_array().unwrap().len()
    };
    assert_eq!(count(&[]), 2);
    assert_eq!(count(&["--remedy", "Heat"]), 1);
    assert_eq!(count(&["--cause", "tension"]), 1);
    assert_eq!(count(&["--region", "neck"]), 1);
    assert_eq!(count(&["--from", "2026-03-11"]), 1);
    assert_eq!(count(&["--to", "2026-03-11"]), 1);
    assert_eq!(count(&["--from", "2026-04-01"]), 0);
}

#[test]
fn catalogue_commands() {
    let tj = TempJournal::new();
    assert_eq!(
        tj.run(&["remedy", "add", "Yin yoga"]).expect_ok().trim(),
        "yin_yoga"
    );
    tj.run(&["remedy", "rename", "yin_yoga", "Yoga"])
        .expect_ok();
    tj.run(&["add", "--rating", "4", "--remedy", "yoga:20"])
        .expect_ok();
    tj.run(&["remedy", "archive", "Yoga"]).expect_ok();
    let list = tj.run(&["remedy", "list"]).expect_ok();
    assert!(
        list.contains("yin_yoga") && list.contains("Yoga  (archived)"),
        "{list}"
    );
    let err = tj
        .run(&["add", "--rating", "4", "--remedy", "yoga"])
        .expect_err();
    assert!(err.contains("archived"), "{err}");
    tj.run(&["remedy", "unarchive", "yin_yoga"]).expect_ok();
    tj.run(&["add", "--rating", "4", "--remedy", "yoga"])
        .expect_ok();

    assert_eq!(
        tj.run(&["cause", "add", "Sleeping badly"])
            .expect_ok()
            .trim(),
        "sleeping_badly"
    );
    let causes: serde_json::Value =
        serde_json::from_str(&tj.run(&["cause", "list", "--json"]).expect_ok()).unwrap();
    assert_eq!(causes[4]["label"], "Sleeping badly");
    assert_eq!(causes[4]["archived"], false);
}

#[test]
fn export_import_backup_through_the_binary() {
    let tj = TempJournal::new();
    tj.run(&[
        "sample",
        "--days",
        "30",
        "--seed",
        "4",
        "--end",
        "2026-09-30",
    ])
    .expect_ok();
    let json_path = tj.file("out.json");
    let csv_path = tj.file("out.csv");
    tj.run(&["export", "--out", json_path.to_str().unwrap()])
        .expect_ok();
    tj.run(&[
        "export",
        "--format",
        "csv",
        "--out",
        csv_path.to_str().unwrap(),
    ])
    .expect_ok();
    let stdout_csv = tj.run(&["export", "--format", "csv"]).expect_ok();
    assert_eq!(stdout_csv, std::fs::read_to_string(&csv_path).unwrap());

    let other = TempJournal::new();
    let report = other
        .run(&["import", json_path.to_str().unwrap()])
        .expect_ok();
    assert!(
        report.starts_with("imported ") && report.contains("skipped 0"),
        "{report}"
    );
    let report = other
        .run(&["import", csv_path.to_str().unwrap()])
        .expect_ok();
    assert!(report.starts_with("imported 0 entries"), "{report}");
    assert_eq!(
        other.run(&["export", "--format", "json"]).expect_ok(),
        std::fs::read_to_string(&json_path).unwrap()
    );

    let backup = tj.file("backup.db");
    tj.run(&["backup", "--out", backup.to_str().unwrap()])
        .expect_ok();
    let from_backup = relief(&[
        "--db",
        backup.to_str().unwrap(),
        "export",
        "--format",
        "json",
    ])
    .expect_ok();
    assert_eq!(from_backup, std::fs::read_to_string(&json_path).unwrap());
}

#[test]
fn sample_is_reproducible_and_realistic() {
    let a = TempJournal::new();
    let b = TempJournal::new();
    for tj in [&a, &b] {
        tj.run(&[
            "sample",
            "--days",
            "90",
            "--seed",
            "9",
            "--end",
            "2026-09-30",
        ])
        .expect_ok();
    }
    let export_a = a.run(&["export", "--format", "csv"]).expect_ok();
    assert_eq!(export_a, b.run(&["export", "--format", "csv"]).expect_ok());
    let v: serde_json::Value =
        serde_json::from_str(&a.run(&["list", "--json"]).expect_ok()).unwrap();
    let entries = v.as_array().unwrap();
    // About three check-ins a day, some with remedies and after-ratings, some rest sessions.
    assert!((200..=330).contains(&entries.len()), "{}", entries.len());
    let uses: Vec<&serde_json::Value> = entries
        .iter()
        .flat_map(|e| e["remedies"].as_array().unwrap())
        .collect();
    assert!(uses.iter().any(|u| u["key"] == "rest"));
    assert!(uses.iter().any(|u| u["key"] == "chiropractic"));
    assert!(uses.iter().filter(|u| !u["rating_after"].is_null()).count() > 20);
    assert!(entries.iter().any(|e| !e["enjoyment"].is_null()));
}

#[test]
fn the_journal_path_comes_from_db_or_relief_db_or_the_data_dir() {
    let tj = TempJournal::new();
    let data_home = tj.file("data-home");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_relief"))
        .args(["add", "--rating", "2"])
        .env_remove("RELIEF_DB")
        .env("XDG_DATA_HOME", &data_home)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(data_home.join("relief/journal.db").exists());

    let env_db = tj.file("from-env.db");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_relief"))
        .args(["add", "--rating", "2"])
        .env("RELIEF_DB", &env_db)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(env_db.exists());
}

#[test]
fn help_everywhere() {
    for args in [
        vec!["--help"],
        vec!["add", "--help"],
        vec!["list", "--help"],
        vec!["edit", "--help"],
        vec!["export", "--help"],
        vec!["import", "--help"],
        vec!["remedy", "--help"],
        vec!["remedy", "add", "--help"],
        vec!["cause", "--help"],
        vec!["backup", "--help"],
        vec!["sample", "--help"],
        vec!["settings", "--help"],
        vec!["delete", "--help"],
    ] {
        let out = relief(&args).expect_ok();
        assert!(out.contains("Usage: relief"), "{args:?}: {out}");
    }
    let out = relief(&["add", "--help"]).expect_ok();
    assert!(out.contains("heat:15:3"), "{out}");
}
