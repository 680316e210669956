// The message files (docs/languages.md): every language has every message, with the same
// variables; none fails to parse; every message is used by the core or the UI; the CLI's human
// output follows the system's language while --json stays the same.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use relief::i18n::Lang;

use crate::util::{relief_in, run_in, sample_journal};

fn variables_in_inline(e: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_in_inline(a, found);
            }
            for a in &arguments.named {
                variables_in_inline(&a.value, found);
            }
        }
        InlineExpression::Placeable { expression } => variables_in(expression, found),
        _ => {}
    }
}

fn variables_in(e: &Expression<&str>, found: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(inline) => variables_in_inline(inline, found),
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, found);
            for v in variants {
                variables_in_pattern(&v.value, found);
            }
        }
    }
}

fn variables_in_pattern(p: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in(expression, found);
        }
    }
}

/// Each message of a language — the core's (`relief.ftl`, built in) and the window's
/// (`ui.ftl`, read by the UI) — with the variables it uses. No id is in both.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang.code())
        .join("ui.ftl");
    let ui = std::fs::read_to_string(&ui).unwrap_or_else(|e| panic!("{}: {e}", ui.display()));
    let mut all = BTreeMap::new();
    for (file, source) in [("relief.ftl", lang.ftl()), ("ui.ftl", ui.as_str())] {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{}/{file}: {errors:?}", lang.code()));
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut found = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables_in_pattern(value, &mut found);
                    }
                    assert!(
                        m.attributes.is_empty(),
                        "{}: attributes are not used",
                        m.id.name
                    );
                    let before = all.insert(m.id.name.to_owned(), found);
                    assert!(before.is_none(), "{}: {} twice", lang.code(), m.id.name);
                }
                Entry::Junk { content } => {
                    panic!("{}/{file}: cannot read {content:?}", lang.code())
                }
                _ => {}
            }
        }
    }
    all
}

fn sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if !path.ends_with("node_modules") {
                sources(&path, out);
            }
        } else if path
            .extension()
            .is_some_and(|e| ["rs", "ts", "svelte"].contains(&e.to_str().unwrap()))
        {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables_and_each_is_used() {
    let english = messages(Lang::En);
    assert!(!english.is_empty());
    for lang in Lang::ALL {
        let other = messages(lang);
        let (theirs, ours): (BTreeSet<_>, BTreeSet<_>) =
            (other.keys().collect(), english.keys().collect());
        assert_eq!(
            theirs,
            ours,
            "{}: not the same messages as English",
            lang.code()
        );
        for (id, vars) in &english {
            assert_eq!(
                &other[id],
                vars,
                "{}: {id} has other variables",
                lang.code()
            );
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    sources(&root.join("src"), &mut code);
    sources(&root.join("crates"), &mut code);
    sources(&root.join("src-tauri/src"), &mut code);
    sources(&root.join("tray/src"), &mut code);
    sources(&root.join("ui/src"), &mut code);
    let unused: Vec<&String> = english
        .keys()
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    let families: BTreeSet<&str> = english
        .keys()
        .filter_map(|id| id.split('-').next())
        .collect();
    let missing: Vec<String> = asked_for(&code, &families)
        .into_iter()
        .filter(|id| !english.contains_key(id))
        .collect();
    assert!(
        missing.is_empty(),
        "messages code asks for that no file has: {missing:?}"
    );
}

/// The message ids code asks for by name: `get("id"`, `t("id"`, `say(out, "id"`,
/// `Said::new("id"`, `ValueError::new("id"`, a bounded number's `must_be = "id"` (also over a
/// line break), and ids picked in a `match` (`=> "id"`), returned or passed on (`return "id"`,
/// `, "id"`) — those only of a family the messages have: other literals are other words, such
/// as keys.
fn asked_for(code: &str, families: &BTreeSet<&str>) -> BTreeSet<String> {
    let is_id = |text: &str| {
        text.contains('-')
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let mut found = BTreeSet::new();
    let by_name = [
        "get(",
        "t(",
        "say(out,",
        "Said::new(",
        "ValueError::new(",
        "must_be =",
    ];
    let picked = ["=> ", "return ", ", "];
    for opener in by_name.into_iter().chain(picked) {
        for (at, _) in code.match_indices(opener) {
            // A call, not the end of a longer name (`report.get(` is fine, `list(` is not).
            if opener == "t(" && code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = code[at + opener.len()..].trim_start();
            let Some(literal) = rest.strip_prefix('"') else {
                continue;
            };
            let Some(end) = literal.find('"') else {
                continue;
            };
            let id = &literal[..end];
            let family = id.split('-').next().unwrap_or("");
            if is_id(id) && (by_name.contains(&opener) || families.contains(family)) {
                found.insert(id.to_owned());
            }
        }
    }
    found
}

/// [`run_in`], which must refuse: its line on standard error.
fn refused_in(db: &Path, lang: &str, args: &[&str]) -> String {
    let out = run_in(db, lang, args);
    assert!(!out.status.success(), "{args:?} was not refused");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn refusals_say_the_rule_the_reason_and_the_row_in_the_systems_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.db");
    let refused = |lang: &str, args: &[&str]| refused_in(&db, lang, args);
    let has = |said: &str, words: &[&str]| {
        for w in words {
            assert!(said.contains(w), "{w:?} not in {said}");
        }
    };
    // A value's rule, through clap and through the core.
    has(
        &refused("de_DE.UTF-8", &["add", "--rating", "11"]),
        &[
            "ungültiger Wert „11“",
            "muss eine ganze Zahl von 0 bis 10 sein, erhalten: 11",
            "(siehe `relief --help`)",
        ],
    );
    has(
        &refused(
            "de_DE.UTF-8",
            &["add", "--rating", "3", "--at", "2099-01-01T00:00:00+00:00"],
        ),
        &["recorded_at: 2099-01-01T00:00:00+00:00 liegt in der Zukunft"],
    );
    has(
        &refused(
            "de_DE.UTF-8",
            &["add", "--rating", "3", "--note", "a\u{1}b"],
        ),
        &["note: enthält das Steuerzeichen U+0001"],
    );
    has(
        &refused("fr_FR.UTF-8", &["remedy", "add", &"x".repeat(200)]),
        &["fait 200 caractères\u{a0}; la limite est 60"],
    );
    has(
        &refused("es_ES.UTF-8", &["bogus"]),
        &["orden desconocida «bogus»", "(mira `relief --help`)"],
    );
    // A file's reason.
    has(
        &refused(
            "fr_FR.UTF-8",
            &["export", "--format", "csv", "--out", db.to_str().unwrap()],
        ),
        &[
            "Relief n’écrira pas ce fichier",
            "c’est le journal lui-même",
        ],
    );
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    has(
        &refused_in(&folder, "de_DE.UTF-8", &["list"]),
        &["kein Relief-Tagebuch (es ist ein Ordner)"],
    );
    // An import's rows and readers' words.
    let bearable = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/imports/bearable.csv"
    );
    has(
        &refused("es_ES.UTF-8", &["import", bearable, "--from", "bearable"]),
        &[
            "línea 16: el momento del día \"evening\" no es pre, am, mid, pm, all day ni HH:MM",
            "(2 filas no se pueden usar;",
            "no se ha importado nada",
        ],
    );
    has(
        &relief_in(&db, "de_DE.UTF-8", &["import", bearable, "--from", "bearable", "--dry-run"]),
        &["Zeile 17: der Schweregrad \"awful\" von Back pain steht nicht in der Schweregradtabelle"],
    );
    // In English, every one of them is what it always was.
    has(
        &refused("en_US.UTF-8", &["add", "--rating", "11"]),
        &["relief: invalid value '11' for '--rating <N>': must be a whole number from 0 to 10, got 11 (see `relief --help`)"],
    );
}

#[test]
fn relief_stats_speaks_the_systems_language_and_json_does_not() {
    let tj = sample_journal(120, 3);
    let run = |lang: &str, args: &[&str]| relief_in(&tj.path, lang, args);
    let english = run("en_US.UTF-8", &["stats"]);
    assert!(english.contains("points"), "{english}");
    for (lang, words) in [
        (
            "de_DE.UTF-8",
            ["Punkte", "wahrscheinlich zwischen", "Was geholfen hat"],
        ),
        (
            "es_ES.UTF-8",
            ["puntos", "probablemente entre", "Qué ayudó"],
        ),
        (
            "fr_FR.UTF-8",
            ["point", "probablement entre", "Ce qui a aidé"],
        ),
    ] {
        let said = run(lang, &["stats"]);
        for w in words {
            assert!(said.contains(w), "{lang}: {w:?} in {said}");
        }
        // A decimal comma inside the sentences: "1,3".
        let comma = said
            .split(|c: char| !(c.is_ascii_digit() || c == ','))
            .any(|w| w.len() >= 3 && w.contains(',') && w.split(',').all(|p| !p.is_empty()));
        assert!(comma, "{lang}: no decimal comma in {said}");
        assert!(
            !said.contains("likely between"),
            "{lang}: English left in {said}"
        );
    }
    // LC_ALL decides over LANG, as in the C library; C is English.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_relief"))
        .args(["--db", tj.path.to_str().unwrap(), "stats"])
        .env("LC_ALL", "C")
        .env("LANG", "de_DE.UTF-8")
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("likely between"));
    // --json is the same in every language.
    assert_eq!(
        run("de_DE.UTF-8", &["stats", "--json"]),
        run("en_US.UTF-8", &["stats", "--json"])
    );
}

#[test]
fn the_command_lines_own_words_follow_the_system_and_keys_ids_and_json_do_not() {
    let tj = crate::util::TempJournal::new();
    let run = |lang: &str, args: &[&str]| relief_in(&tj.path, lang, args);
    assert!(run("de_DE.UTF-8", &["list"]).starts_with("Keine Einträge."));
    let id = run(
        "de_DE.UTF-8",
        &[
            "add",
            "--rating",
            "5",
            "--at",
            "2026-10-06 08:00",
            "--region",
            "neck",
            "--enjoyment",
            "4",
            "--activity",
            "3",
        ],
    );
    let id = id.trim();
    assert_eq!(id.len(), 36, "an id, whatever the language: {id}");
    // The weekday and the PEG in the language; the region's key as `--region` takes it.
    let list = run("fr_FR.UTF-8", &["list"]);
    assert!(list.starts_with("2026-10-06 mar."), "{list}");
    assert!(list.contains("neck · PEG plaisir 4, activité 3"), "{list}");
    let deleted = run("es_ES.UTF-8", &["delete", id]);
    assert!(deleted.starts_with(&format!("{id} borrado")), "{deleted}");
    assert_eq!(
        run("de_DE.UTF-8", &["undo"]).trim(),
        format!("{id} wiederhergestellt")
    );
    assert_eq!(
        run("de_DE.UTF-8", &["list", "--json"]),
        run("en_US.UTF-8", &["list", "--json"])
    );
    assert!(run("de_DE.UTF-8", &["experiment", "list"]).starts_with("noch keine Experimente"));
    let bearable = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/imports/bearable.csv"
    );
    let preview = run(
        "de_DE.UTF-8",
        &["import", bearable, "--from", "bearable", "--dry-run"],
    );
    assert!(
        preview.starts_with(
            "Export aus bearable, UTF-8, getrennt durch ,: 16 Zeilen → 8 Einträge, 2 unbrauchbar"
        ),
        "{preview}"
    );
    assert!(
        preview.contains("Probelauf: nichts wurde geschrieben"),
        "{preview}"
    );
}
