//! Every command through the real IPC layer, without a window: Tauri's mock runtime with the
//! app's generated context, so the capabilities (ACL) apply as in the app.
#![allow(
    clippy::too_many_lines,
    reason = "a test tells one scenario from start to end"
)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// Tests make the files they need (journals to damage, imports to read) by hand, and read the
// clock and the environment themselves.
#![allow(clippy::disallowed_methods)]

use relief_desktop::hooks::TestHooks;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

struct Harness {
    _dir: tempfile::TempDir,
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

fn harness() -> Harness {
    harness_with(TestHooks::default())
}

fn harness_with(hooks: TestHooks) -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.db");
    harness_at(dir, &journal, hooks)
}

/// A second app on a journal that exists already (a new start of the app).
fn harness_on(journal: &std::path::Path) -> Harness {
    harness_at(tempfile::tempdir().unwrap(), journal, TestHooks::default())
}

fn harness_at(dir: tempfile::TempDir, journal: &std::path::Path, hooks: TestHooks) -> Harness {
    let state = relief_desktop::state::AppState::open(journal.to_path_buf()).with_hooks(hooks);
    let app = relief_desktop::configure(mock_builder(), state)
        .build(tauri::generate_context!(test = true))
        .unwrap();
    // As the app's setup does: events reach the windows.
    relief_desktop::events_builder::<MockRuntime>().mount_events(&app);
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    Harness {
        _dir: dir,
        _app: app,
        window,
    }
}

impl Harness {
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().unwrap())
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.invoke(cmd, args)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    /// Asserts a typed `{kind, message}` error and returns it.
    fn err(&self, cmd: &str, args: Value, kind: &str) -> Value {
        let e = self
            .invoke(cmd, args.clone())
            .expect_err(&format!("{cmd} {args} should fail"));
        assert_eq!(e["kind"], kind, "{cmd} {args}: {e}");
        assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()), "{e}");
        e
    }
}

/// The item of a JSON list with this `key`.
fn keyed<'a>(list: &'a Value, key: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|item| item["key"] == key)
        .unwrap_or_else(|| panic!("no {key} in {list}"))
}

fn entry(rating: i64) -> Value {
    json!({
        "recorded_at": "2026-03-10T08:15:00+01:00", "rating": rating, "enjoyment": null,
        "activity": null, "regions": [{"key": "between_shoulder_blades", "rating": 7}],
        "causes": ["posture"], "remedies": [{"key": "heat", "minutes": 15, "detail": null,
        "rating_after": 3, "after_minutes": 30}], "note": "<img src=x onerror=alert(1)>"
    })
}

fn settings(day_start_hour: i64) -> Value {
    json!({
        "day_start_hour": day_start_hour, "theme": "dark", "follow_up_minutes": 20,
        "reminders": [{"kind": "stretch", "time": "10:30", "days": ["mon", "fri"]}],
        "language": "system"
    })
}

const NO_FILTER: &str = r#"{"from":null,"to":null,"remedy":null,"cause":null,"region":null}"#;

fn no_filter() -> Value {
    serde_json::from_str(NO_FILTER).unwrap()
}

#[test]
fn entries_round_trip_through_ipc() {
    let h = harness();
    let saved = h.ok("add_entry", json!({ "entry": entry(6) }));
    let id = saved["id"].as_str().unwrap().to_owned();
    assert_eq!(saved["remedies"][0]["rating_after"], 3);
    assert_eq!(saved["note"], "<img src=x onerror=alert(1)>");
    let edited = h.ok("edit_entry", json!({ "id": id, "entry": entry(2) }));
    assert_eq!(edited["rating"], 2);
    let listed = h.ok("list_entries", json!({ "filter": no_filter() }));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    h.ok("delete_entry", json!({ "id": id }));
    assert_eq!(
        h.ok("list_entries", json!({ "filter": no_filter() }))
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(h.ok("undo_delete", json!({}))["id"], id.as_str());
    let by_region = h.ok("list_entries", json!({ "filter": {"from": "2026-03-01", "to": null, "remedy": "heat", "cause": null, "region": "between_shoulder_blades"} }));
    assert_eq!(by_region.as_array().unwrap().len(), 1);
}

#[test]
fn catalogue_settings_insights_and_info() {
    let h = harness();
    let remedies = h.ok("catalogue", json!({ "kind": "remedy" }));
    assert_eq!(remedies[0]["key"], "stretch");
    let added = h.ok("add_item", json!({ "kind": "remedy", "name": "Yin yoga" }));
    assert_eq!(added["key"], "yin_yoga");
    assert_eq!(
        h.ok(
            "rename_item",
            json!({ "kind": "remedy", "key": "yin_yoga", "name": "Yoga" })
        )["label"],
        "Yoga"
    );
    assert_eq!(
        h.ok(
            "set_archived",
            json!({ "kind": "remedy", "key": "yin_yoga", "archived": true })
        )["archived"],
        true
    );
    let map = h.ok("regions", json!({}));
    assert_eq!(map["regions"][0]["key"], "between_shoulder_blades");
    assert_eq!(map["regions"][0]["side"], "back");
    assert!(map["regions"][0]["shape"]["width"].as_f64().unwrap() > 0.0);
    assert!(map["outline"].as_str().unwrap().starts_with('M'));
    let saved = h.ok("save_settings", json!({ "settings": settings(4) }));
    assert_eq!(saved["day_start_hour"], 4);
    assert_eq!(saved["language"], Value::Null, "as the system");
    assert_eq!(saved["reminders"][0]["days"], json!(["mon", "fri"]));
    assert_eq!(h.ok("settings", json!({})), saved);
    h.ok("add_entry", json!({ "entry": entry(6) }));
    let insights = h.ok(
        "insights",
        json!({ "range": {"from": null, "to": null}, "width": 800 }),
    );
    assert_eq!(insights["stats"]["range"]["days_logged"], 1);
    for chart in ["trend_svg", "remedies_svg", "causes_svg"] {
        assert!(
            insights[chart].as_str().unwrap().starts_with("<svg"),
            "{chart}"
        );
    }

    // Chosen in Settings, the language is the app's: the names Relief gives, the charts and
    // their words, the verdict sentences.
    let mut german = settings(4);
    german["language"] = json!("de");
    assert_eq!(
        h.ok("save_settings", json!({ "settings": german }))["language"],
        "de"
    );
    assert_eq!(h.ok("language", json!({}))["lang"], "de");
    let map = h.ok("regions", json!({}));
    assert_eq!(map["regions"][0]["label"], "Zwischen den Schulterblättern");
    let remedies = h.ok("catalogue", json!({ "kind": "remedy" }));
    let heat = keyed(&remedies, "heat");
    assert_eq!(heat["label"], "Wärme");
    let insights = h.ok(
        "insights",
        json!({ "range": {"from": null, "to": null}, "width": 800 }),
    );
    assert_eq!(
        insights["trend_text"]["title"],
        "Schmerzen im Verlauf (0–10)"
    );
    assert!(insights["trend_svg"]
        .as_str()
        .unwrap()
        .contains("Tagesmittel"));
    let heat = keyed(&insights["stats"]["remedies"], "heat");
    assert_eq!(heat["label"], "Wärme");
    assert!(
        heat["session"]["explanation"]
            .as_str()
            .unwrap()
            .contains("„Wärme“"),
        "{heat}"
    );
    // The core's refusals speak it too.
    let missing = "0190a0a0-0000-7000-8000-000000000000";
    let e = h.err("delete_entry", json!({ "id": missing }), "not_found");
    assert!(
        e["message"].as_str().unwrap().starts_with("kein Eintrag"),
        "{e}"
    );
    // So do the rules and reasons they quote, inside a journal operation or not.
    let e = h.err("add_entry", json!({ "entry": entry(11) }), "invalid");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .ends_with("muss eine ganze Zahl von 0 bis 10 sein, erhalten: 11"),
        "{e}"
    );
    let e = h.err(
        "insights",
        json!({ "range": {"from": null, "to": null}, "width": 50 }),
        "invalid",
    );
    assert_eq!(
        e["message"],
        "width: muss 200 bis 4000 Pixel sein, erhalten: 50"
    );
    let bearable = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/imports/bearable.csv"
    );
    let preview = h.ok(
        "preview_import",
        json!({ "path": bearable, "app": "bearable", "mapping": h.ok("default_mapping", json!({})), "firstLook": false }),
    );
    assert_eq!(preview["unusable"][0]["line"], 16);
    assert_eq!(
        preview["unusable"][0]["reason"],
        "die Tageszeit \"evening\" ist weder pre, am, mid, pm, all day noch HH:MM"
    );
    h.ok("save_settings", json!({ "settings": settings(4) }));
    let info = h.ok("journal_info", json!({}));
    assert_eq!(info["entries"], 1);
    assert_eq!(info["sample"], false);
    let sample = h.ok("use_sample_journal", json!({ "sample": true }));
    assert_eq!(sample["sample"], true);
    assert!(sample["entries"].as_u64().unwrap() > 300);
    let back = h.ok("use_sample_journal", json!({ "sample": false }));
    assert_eq!(back["entries"], 1);
}

#[test]
fn files_go_only_where_the_dialog_answered() {
    // The test-only dialog answer: a folder instead of a native dialog.
    let out = tempfile::tempdir().unwrap();
    let h = harness_with(TestHooks {
        dialog_dir: Some(out.path().to_path_buf()),
        ..TestHooks::default()
    });
    h.ok("add_entry", json!({ "entry": entry(5) }));
    let path = h.ok("export_journal", json!({ "format": "json" }));
    assert!(path.as_str().unwrap().ends_with("relief-journal.json"));
    let png = h.ok(
        "save_chart",
        json!({ "chart": "trend", "range": {"from": null, "to": null}, "format": "png" }),
    );
    assert!(std::fs::read(png.as_str().unwrap())
        .unwrap()
        .starts_with(b"\x89PNG"));
    std::fs::rename(
        out.path().join("relief-journal.json"),
        out.path().join("import.json"),
    )
    .unwrap();
    let report = h.ok("import_journal", json!({}));
    assert_eq!(
        (report["added"].clone(), report["skipped"].clone()),
        (json!(0), json!(1))
    );
}

#[test]
fn bad_payloads_get_typed_errors_and_change_nothing() {
    let h = harness();
    h.ok("add_entry", json!({ "entry": entry(5) }));
    let before = h.ok("list_entries", json!({ "filter": no_filter() }));

    let mut bad = entry(11);
    h.err("add_entry", json!({ "entry": bad }), "invalid");
    bad = entry(5);
    bad["recorded_at"] = json!("yesterday");
    h.err("add_entry", json!({ "entry": bad }), "invalid");
    bad = entry(5);
    bad["note"] = json!("x".repeat(5000));
    let e = h.err("add_entry", json!({ "entry": bad }), "invalid");
    assert!(e["message"].as_str().unwrap().starts_with("note:"), "{e}");
    bad = entry(5);
    bad["regions"] = json!([{"key": "elbow", "rating": null}]);
    h.err("add_entry", json!({ "entry": bad }), "invalid");
    bad = entry(5);
    bad["remedies"] = json!([{"key": "heet", "minutes": null, "detail": null, "rating_after": null, "after_minutes": null}]);
    h.err("add_entry", json!({ "entry": bad }), "not_found");
    bad = entry(5);
    bad["remedies"][0]["minutes"] = json!(-5);
    h.err("add_entry", json!({ "entry": bad }), "invalid");
    h.err(
        "edit_entry",
        json!({ "id": "not-a-uuid", "entry": entry(5) }),
        "invalid",
    );
    h.err(
        "edit_entry",
        json!({ "id": "00000000-0000-4000-8000-000000000000", "entry": entry(5) }),
        "not_found",
    );
    h.err(
        "delete_entry",
        json!({ "id": "00000000-0000-4000-8000-000000000000" }),
        "not_found",
    );
    h.err("list_entries", json!({ "filter": {"from": "2026-02-30", "to": null, "remedy": null, "cause": null, "region": null} }), "invalid");
    h.err("list_entries", json!({ "filter": {"from": null, "to": null, "remedy": "nosuch", "cause": null, "region": null} }), "not_found");
    h.err(
        "add_item",
        json!({ "kind": "remedy", "name": "HEAT" }),
        "conflict",
    );
    h.err(
        "add_item",
        json!({ "kind": "cause", "name": "" }),
        "invalid",
    );
    h.err(
        "rename_item",
        json!({ "kind": "cause", "key": "Not A Key", "name": "x" }),
        "invalid",
    );
    h.err(
        "set_archived",
        json!({ "kind": "cause", "key": "nosuch", "archived": true }),
        "not_found",
    );
    h.err(
        "save_settings",
        json!({ "settings": settings(13) }),
        "invalid",
    );
    let mut klingon = settings(4);
    klingon["language"] = json!("tlh");
    let e = h.err("save_settings", json!({ "settings": klingon }), "invalid");
    assert!(
        e["message"].as_str().unwrap().starts_with("language:"),
        "{e}"
    );
    let mut bad_reminder = settings(4);
    bad_reminder["reminders"][0]["time"] = json!("7.30");
    let e = h.err(
        "save_settings",
        json!({ "settings": bad_reminder }),
        "invalid",
    );
    assert!(e["message"].as_str().unwrap().contains("'7.30'"), "{e}");
    h.err(
        "insights",
        json!({ "range": {"from": "2026-03-02", "to": "2026-03-01"}, "width": 800 }),
        "invalid",
    );
    h.err(
        "insights",
        json!({ "range": {"from": null, "to": null}, "width": 5 }),
        "invalid",
    );

    // Wrong shapes never reach a command: the IPC layer refuses them.
    assert!(h
        .invoke("add_entry", json!({ "entry": {"rating": "six"} }))
        .is_err());
    assert!(h.invoke("add_entry", json!({})).is_err());
    assert!(h.invoke("catalogue", json!({ "kind": "mood" })).is_err());
    assert!(h
        .invoke(
            "save_settings",
            json!({ "settings": {"day_start_hour": 1e20} })
        )
        .is_err());

    assert_eq!(
        h.ok("list_entries", json!({ "filter": no_filter() })),
        before
    );
    let info = h.ok("journal_info", json!({}));
    assert_eq!(info["entries"], 1);
}

#[test]
fn a_follow_up_is_asked_answered_or_dismissed() {
    let h = harness();
    let mut logged = entry(6);
    logged["remedies"] = json!([
        {"key": "heat", "minutes": 15, "detail": null, "rating_after": null, "after_minutes": null},
        {"key": "stretch", "minutes": null, "detail": null, "rating_after": null, "after_minutes": null}
    ]);
    let id = h.ok("add_entry", json!({ "entry": logged }))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Heat is timed in minutes: a 15-minute timer rings in 15 minutes, and asks then.
    let before = chrono::Utc::now();
    let asked = h.ok(
        "ask_how_sore",
        json!({ "id": id, "remedy": "heat", "timer": 15 }),
    );
    assert_eq!(asked["label"], "Heat");
    assert_eq!(asked["rating"], 6);
    assert_eq!(asked["due_at"], asked["ends_at"]);
    let rings = chrono::DateTime::parse_from_rfc3339(asked["ends_at"].as_str().unwrap()).unwrap();
    let in_seconds = (rings.with_timezone(&chrono::Utc) - before).num_seconds();
    assert!((899..=901).contains(&in_seconds), "{in_seconds}");
    // Without a timer: the journal's delay (30 minutes unless changed).
    let later = h.ok(
        "ask_how_sore",
        json!({ "id": id, "remedy": "stretch", "timer": null }),
    );
    let ends = chrono::DateTime::parse_from_rfc3339(later["ends_at"].as_str().unwrap()).unwrap();
    let due = chrono::DateTime::parse_from_rfc3339(later["due_at"].as_str().unwrap()).unwrap();
    assert_eq!((due - ends).num_minutes(), 30);
    assert_eq!(h.ok("follow_ups", json!({})).as_array().unwrap().len(), 2);

    h.err(
        "ask_how_sore",
        json!({ "id": id, "remedy": "heat", "timer": 0 }),
        "invalid",
    );
    h.err(
        "ask_how_sore",
        json!({ "id": id, "remedy": "massage", "timer": null }),
        "not_found",
    );
    h.err(
        "answer_follow_up",
        json!({ "id": id, "remedy": "heat", "rating": 11 }),
        "invalid",
    );
    h.err(
        "answer_follow_up",
        json!({ "id": "0190a0a0-0000-7000-8000-000000000000", "remedy": "heat", "rating": 2 }),
        "not_found",
    );
    let answered = h.ok(
        "answer_follow_up",
        json!({ "id": id, "remedy": "heat", "rating": 2 }),
    );
    assert_eq!(answered["remedies"][0]["rating_after"], 2);
    // Answered right away: the session (a 15-minute timer) has not ended, so 0 minutes after.
    assert_eq!(answered["remedies"][0]["after_minutes"], 0);
    h.ok(
        "dismiss_follow_up",
        json!({ "id": id, "remedy": "stretch" }),
    );
    assert_eq!(h.ok("follow_ups", json!({})), json!([]));
    h.err(
        "dismiss_follow_up",
        json!({ "id": id, "remedy": "stretch" }),
        "not_found",
    );

    // A delay of 0 means: never ask.
    let mut never = settings(3);
    never["follow_up_minutes"] = json!(0);
    h.ok("save_settings", json!({ "settings": never }));
    let mut again = entry(5);
    again["remedies"][0]["rating_after"] = json!(null);
    again["remedies"][0]["after_minutes"] = json!(null);
    let id = h.ok("add_entry", json!({ "entry": again }))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        h.ok(
            "ask_how_sore",
            json!({ "id": id, "remedy": "heat", "timer": null })
        ),
        Value::Null
    );
}

#[test]
fn the_quick_window_may_only_log() {
    let h = harness();
    let quick = WebviewWindowBuilder::new(&h.window, "quick", Default::default())
        .build()
        .unwrap();
    let quick = Harness { window: quick, ..h };
    quick.ok("catalogue", json!({ "kind": "remedy" }));
    let id = quick.ok("add_entry", json!({ "entry": entry(4) }))["id"].clone();
    for (cmd, args) in [
        ("delete_entry", json!({ "id": id })),
        ("list_entries", json!({ "filter": no_filter() })),
        ("export_journal", json!({ "format": "json" })),
        ("save_settings", json!({ "settings": settings(3) })),
    ] {
        let refused = quick.invoke(cmd, args).unwrap_err();
        assert!(
            refused.to_string().contains("not allowed"),
            "{cmd}: {refused}"
        );
    }
}

#[test]
fn commands_outside_the_capabilities_are_refused() {
    let h = harness();
    for cmd in [
        "plugin:dialog|open",
        "plugin:dialog|save",
        "plugin:window-state|save_window_state",
        "no_such_command",
    ] {
        assert!(h.invoke(cmd, json!({})).is_err(), "{cmd} should be refused");
    }
    // The ACL is live: a window the capabilities do not name cannot call even Relief's own
    // commands (without the generated context every command would pass).
    let other = WebviewWindowBuilder::new(&h.window, "other", Default::default())
        .build()
        .unwrap();
    let stranger = Harness { window: other, ..h };
    let refused = stranger.invoke("journal_info", json!({})).unwrap_err();
    assert!(refused.to_string().contains("not allowed"), "{refused}");
}

#[test]
fn backups_are_listed_and_restored_by_name_only() {
    let h = harness();
    h.ok("add_entry", json!({ "entry": entry(5) }));
    // Reopening on another day would make the daily backup; here it is made directly.
    let state = h.window.state::<relief_desktop::state::AppState>();
    state
        .with(|j| j.daily_backup(chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()))
        .unwrap();
    let backups = h.ok("list_backups", json!({}));
    let name = backups[0]["file_name"].as_str().unwrap().to_owned();
    assert_eq!(name, "journal-2026-11-01.db");
    h.ok("add_entry", json!({ "entry": entry(7) }));
    assert_eq!(h.ok("journal_info", json!({}))["entries"], 2);
    let info = h.ok("restore_backup", json!({ "fileName": name }));
    assert_eq!(info["entries"], 1);
    // Only names from the list: no paths.
    h.err(
        "restore_backup",
        json!({ "fileName": "../journal.db" }),
        "not_found",
    );
    h.err(
        "restore_backup",
        json!({ "fileName": "/etc/passwd" }),
        "not_found",
    );
}

#[test]
fn protect_change_and_remove_through_ipc_and_a_locked_start_unlocks() {
    let h = harness();
    h.ok("add_entry", json!({ "entry": entry(4) }));
    let e = h.err(
        "set_protection",
        json!({ "passphrase": "short" }),
        "invalid",
    );
    assert!(e["message"].as_str().unwrap().contains("at least 8"), "{e}");
    let info = h.ok(
        "set_protection",
        json!({ "passphrase": "first passphrase" }),
    );
    assert_eq!(info["protected"], true);
    assert_eq!(info["remembered"], false, "remembered only when asked");
    let path = h._dir.path().join("journal.db");
    assert!(!relief::store::protect::is_plain(&path));
    let info = h.ok("set_protection", json!({ "passphrase": null }));
    assert_eq!(info["protected"], false);
    assert!(relief::store::protect::is_plain(&path));
    h.ok(
        "set_protection",
        json!({ "passphrase": "first passphrase" }),
    );
    let info = h.ok(
        "set_protection",
        json!({ "passphrase": "second passphrase" }),
    );
    assert_eq!(info["protected"], true);
    assert_eq!(info["entries"], 1);
    // The sample journal is made-up data: never protected.
    h.ok("use_sample_journal", json!({ "sample": true }));
    h.err(
        "set_protection",
        json!({ "passphrase": "third passphrase" }),
        "conflict",
    );
    h.ok("use_sample_journal", json!({ "sample": false }));

    // A new start on the protected file: locked until the right passphrase.
    let locked = harness_on(&path);
    let info = locked.ok("journal_info", json!({}));
    assert_eq!(info["error"]["kind"], "locked");
    locked.err("list_entries", json!({ "filter": no_filter() }), "locked");
    locked.err(
        "unlock",
        json!({ "passphrase": "first passphrase", "remember": false }),
        "wrong_passphrase",
    );
    let info = locked.ok(
        "unlock",
        json!({ "passphrase": "second passphrase", "remember": false }),
    );
    assert_eq!(info["protected"], true);
    assert_eq!(info["error"], Value::Null);
    let entries = locked.ok("list_entries", json!({ "filter": no_filter() }));
    assert_eq!(entries.as_array().unwrap().len(), 1);
    // Two apps have it open: changing the passphrase now is refused, and nothing changes.
    locked.err(
        "set_protection",
        json!({ "passphrase": "third passphrase" }),
        "conflict",
    );
}

#[test]
fn the_app_s_restore_and_its_switch_back_keep_a_protected_journal_protected() {
    let h = harness();
    h.ok("add_entry", json!({ "entry": entry(4) }));
    h.ok(
        "set_protection",
        json!({ "passphrase": "first passphrase" }),
    );
    let path = h._dir.path().join("journal.db");
    // A plain copy among the backups (say, one copied back by hand from an older computer).
    let plain_dir = tempfile::tempdir().unwrap();
    let plain = plain_dir.path().join("plain.db");
    {
        let mut j = relief::Journal::open(&plain).unwrap();
        let mut draft = relief::model::EntryDraft::new(
            relief::model::Timestamp::parse("2026-03-10T08:15:00+01:00").unwrap(),
            relief::model::Rating::new(6).unwrap(),
        );
        draft.note = relief::model::Note::new("MYSECRET from a plain copy").unwrap();
        j.add_entry(&draft).unwrap();
    }
    let folder = relief::store::backups::folder(&path);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(&plain, folder.join("journal-2026-10-01.db")).unwrap();
    let info = h.ok(
        "restore_backup",
        json!({ "fileName": "journal-2026-10-01.db" }),
    );
    assert_eq!(info["protected"], true);
    assert_eq!(info["entries"], 1);
    // Switching to the sample journal and back reopens it protected, as it is on disk.
    h.ok("use_sample_journal", json!({ "sample": true }));
    let info = h.ok("use_sample_journal", json!({ "sample": false }));
    assert_eq!(info["protected"], true);
    for file in [path.clone(), relief::files::beside(&path, "-wal")] {
        if let Ok(bytes) = std::fs::read(&file) {
            assert!(
                !bytes.starts_with(b"SQLite format 3\0"),
                "{}",
                file.display()
            );
            assert!(
                !bytes.windows(8).any(|w| w == b"MYSECRET"),
                "{} holds the note",
                file.display()
            );
        }
    }
}

#[test]
fn a_running_experiment_crosses_ipc_without_its_seed_or_any_arm_to_come() {
    let h = harness();
    let view = h.ok(
        "start_experiment",
        json!({ "request": {
            // Read as the CLI reads them: spaces around a name do not matter.
            "remedy": " heat ", "comparator": "rest ", "design": "session", "pairs": 8,
            "delta": 1.0, "period_days": 1, "washout_days": 0
        }}),
    );
    let current = h.ok("current_experiment", json!({}));
    for payload in [&view, &current] {
        let plan = &payload["plan"];
        assert!(plan.get("seed").is_none(), "{plan}");
        assert!(plan.get("schedule").is_none(), "{plan}");
        let text = payload.to_string();
        assert!(!text.contains("\"seed\""), "{text}");
        assert!(!text.contains("\"schedule\""), "{text}");
        // Only the slot to do now is revealed: no slots listed beyond those done.
        assert_eq!(payload["slots"].as_array().unwrap().len(), 0, "{text}");
        assert_eq!(payload["now"]["slot"], 1);
        assert_eq!(plan["pairs"], 8);
    }
}

#[test]
fn last_n_days_in_insights_are_journal_days() {
    let h = harness();
    // Recorded on the evening of 10 March; the app asks at 01:30 on 11 March, before the
    // day-start hour (03:00): still the journal day of 10 March.
    let mut evening = entry(5);
    evening["recorded_at"] = json!("2026-03-10T21:15:00+01:00");
    h.ok("add_entry", json!({ "entry": evening }));
    let state = h.window.state::<relief_desktop::state::AppState>();
    state
        .with(|j| {
            j.set_clock(|| {
                chrono::DateTime::parse_from_rfc3339("2026-03-11T01:30:00+01:00").unwrap()
            });
            Ok(())
        })
        .unwrap();
    let today = h.ok(
        "insights",
        json!({ "range": { "from": null, "to": null, "last_days": 1 }, "width": 600 }),
    );
    assert_eq!(
        today["stats"]["range"]["from"], "2026-03-10",
        "{}",
        today["stats"]["range"]
    );
    assert_eq!(today["stats"]["range"]["days_logged"], 1);
    h.err(
        "insights",
        json!({ "range": { "from": null, "to": null, "last_days": 0 }, "width": 600 }),
        "invalid",
    );
}

#[test]
fn the_window_reads_the_core_s_limits() {
    let h = harness();
    let limits = h.ok("limits", json!({}));
    assert_eq!(limits, serde_json::to_value(relief::model::LIMITS).unwrap());
    assert_eq!(limits["note_max_chars"], relief::model::NOTE_MAX_CHARS);
    assert_eq!(limits["label_max_chars"], relief::model::LABEL_MAX_CHARS);
}

/// Settings → Sync over IPC: the sample journal never syncs; setting up in the picked folder,
/// the status, a round, and leaving; a second app joins with the same passphrase and gets the
/// check-in; a wrong one is refused with a typed error.
#[test]
fn sync_is_set_up_joined_and_left_over_ipc() {
    let folders = tempfile::tempdir().unwrap();
    let hooks = || TestHooks {
        dialog_dir: Some(folders.path().to_path_buf()),
        ..TestHooks::default()
    };
    let a = harness_with(hooks());
    assert_eq!(a.ok("sync_status", json!({}))["syncing"], false);
    a.ok("add_entry", json!({ "entry": entry(6) }));
    let view = a.ok("sync_setup", json!({ "passphrase": "a long walk at dusk" }));
    assert_eq!(view["syncing"], true, "{view}");
    assert!(view["folder"].as_str().unwrap().ends_with("sync"), "{view}");
    let round = a.ok("sync_now", json!({ "massDelete": false }));
    assert_eq!(round["syncing"], true);

    let b = harness_with(hooks());
    b.err(
        "sync_join",
        json!({ "passphrase": "a short walk", "merge": false }),
        "io",
    );
    let joined = b.ok(
        "sync_join",
        json!({ "passphrase": "a long walk at dusk", "merge": false }),
    );
    assert_eq!(joined["syncing"], true, "{joined}");
    assert_eq!(joined["computers"].as_array().unwrap().len(), 1, "{joined}");
    let listed = b.ok("list_entries", json!({ "filter": no_filter() }));
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    let left = b.ok("sync_leave", json!({}));
    assert_eq!(left["syncing"], false);
}

#[test]
fn red_flags_are_asked_when_the_rules_say_and_kept_with_the_check_in() {
    let h = harness();
    // The first start asks, until answered.
    assert_eq!(h.ok("red_flag_question_at_start", json!({})), "first_start");
    assert_eq!(h.ok("red_flag_question_at_start", json!({})), "first_start");
    assert_eq!(
        h.ok("answer_red_flags", json!({ "id": null, "flags": [] })),
        Value::Null
    );
    assert_eq!(h.ok("red_flag_question_at_start", json!({})), Value::Null);
    // A 9 asks; the answer is kept with the check-in and calls for an ambulance.
    let nine = h.ok("add_entry", json!({ "entry": entry(9) }));
    let id = nine["id"].as_str().unwrap().to_owned();
    assert_eq!(h.ok("red_flag_question", json!({ "id": id })), "severe");
    assert_eq!(
        h.ok(
            "answer_red_flags",
            json!({ "id": id, "flags": ["chest_pain", "fever"] })
        ),
        "emergency"
    );
    let listed = h.ok("list_entries", json!({ "filter": no_filter() }));
    assert_eq!(listed[0]["red_flags"], json!(["chest_pain", "fever"]));
    // Not twice the same day, whatever the rating.
    let again = h.ok("add_entry", json!({ "entry": entry(10) }));
    assert_eq!(
        h.ok("red_flag_question", json!({ "id": again["id"] })),
        Value::Null
    );
    // An edit from the window keeps the flags it sends, and refuses an unknown one.
    let mut edited = entry(8);
    edited["red_flags"] = json!(["chest_pain"]);
    let kept = h.ok("edit_entry", json!({ "id": id, "entry": edited }));
    assert_eq!(kept["red_flags"], json!(["chest_pain"]));
    let mut bad = entry(8);
    bad["red_flags"] = json!(["chest"]);
    let e = h.err("edit_entry", json!({ "id": id, "entry": bad }), "invalid");
    assert!(e["message"].as_str().unwrap().contains("red_flags"), "{e}");
    h.err(
        "answer_red_flags",
        json!({ "id": id, "flags": ["nope"] }),
        "invalid",
    );
    // What the screens show.
    let info = h.ok("safety_info", json!({}));
    assert_eq!(info["flags"].as_array().unwrap().len(), 15);
    assert_eq!(info["guides"].as_array().unwrap().len(), 5);
    assert!(info["others"].as_array().unwrap().len() == 2);
}

#[test]
fn an_own_remedy_s_how_to_is_set_through_ipc_and_a_built_in_one_keeps_relief_s_guide() {
    let h = harness();
    h.ok("add_item", json!({ "kind": "remedy", "name": "Yoga" }));
    let item = h.ok("set_how_to", json!({ "key": "yoga", "howTo": "Slowly." }));
    assert_eq!(item["how_to"], "Slowly.");
    let listed = h.ok("catalogue", json!({ "kind": "remedy" }));
    assert_eq!(keyed(&listed, "yoga")["how_to"], "Slowly.");
    h.err(
        "set_how_to",
        json!({ "key": "heat", "howTo": "mine" }),
        "invalid",
    );
    h.err(
        "set_how_to",
        json!({ "key": "nope", "howTo": "mine" }),
        "not_found",
    );
    let cleared = h.ok("set_how_to", json!({ "key": "yoga", "howTo": "" }));
    assert!(cleared.get("how_to").is_none(), "{cleared}");
}
