// The core's layers are crates (docs/ARCHITECTURE.md): Cargo refuses an arrow that makes a
// cycle, and these tests refuse one that skips the layers (each crate names only the crates
// below it; the tray builds no charts, PDF or CLI). Inside each crate, modules import one
// another one way: no cycles between top-level modules nor between the files of one. Every way
// code names another module counts: `crate::a::b`, grouped imports (`use crate::{a, b::c}`),
// `super::` and `self::` paths, names with digits (`i18n`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module by its path below the crate: `store::backups`, `i18n`.
type Module = String;

/// Every path a piece of code names through `crate::`, `super::` or `self::` (grouped imports
/// expanded), as module paths below the crate, for code in module `here` (`store::backups`,
/// whether its file is `backups.rs` or `backups/mod.rs`).
fn named_paths(code: &str, here: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let here: Vec<String> = here
        .split("::")
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    for line in code.lines().map(str::trim).filter(|l| !l.starts_with("//")) {
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < line.len() {
            let rest = &line[i..];
            let before_ok = i == 0
                || !(bytes[i - 1].is_ascii_alphanumeric()
                    || bytes[i - 1] == b'_'
                    || bytes[i - 1] == b':');
            let base: Option<(Vec<String>, usize)> = if !before_ok {
                None
            } else if rest.starts_with("crate::") {
                Some((Vec::new(), 7))
            } else if rest.starts_with("self::") {
                Some((here.clone(), 6))
            } else if rest.starts_with("super::") {
                let mut at = here.clone();
                let mut skip = 0;
                while line[i + skip..].starts_with("super::") {
                    at.pop();
                    skip += 7;
                }
                Some((at, skip))
            } else {
                None
            };
            match base {
                Some((base, skip)) => {
                    let (paths, used) = expand(&line[i + skip..]);
                    for p in paths {
                        let mut full = base.clone();
                        full.extend(p);
                        out.push(full);
                    }
                    i += skip + used.max(1);
                }
                None => i += rest.chars().next().map_or(1, char::len_utf8),
            }
        }
    }
    out
}

/// The paths at the start of `text` (after a `crate::`): `a::b::C` or `{a, b::{c, d}}`; and
/// how many bytes they took.
fn expand(text: &str) -> (Vec<Vec<String>>, usize) {
    if let Some(inner) = text.strip_prefix('{') {
        let mut depth = 1;
        let mut end = 0;
        for (j, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let body = &inner[..end];
        let mut out = Vec::new();
        let (mut depth, mut start) = (0, 0);
        for (j, c) in body
            .char_indices()
            .chain(std::iter::once((body.len(), ',')))
        {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    let part = body[start..j].trim();
                    if !part.is_empty() {
                        out.extend(expand(part).0);
                    }
                    start = j + 1;
                }
                _ => {}
            }
        }
        return (out, end + 2);
    }
    let mut segments = Vec::new();
    let mut used = 0;
    let mut rest = text;
    loop {
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            break;
        }
        used += name.len();
        rest = &rest[name.len()..];
        segments.push(name);
        if let Some(after) = rest.strip_prefix("::") {
            if after.starts_with('{') {
                let (inner, n) = expand(after);
                let out = inner
                    .into_iter()
                    .map(|p| segments.iter().cloned().chain(p).collect())
                    .collect();
                return (out, used + 2 + n);
            }
            used += 2;
            rest = after;
        } else {
            break;
        }
    }
    (vec![segments], used)
}

/// The crates of the core, each with its folder: the root package (`relief`, the CLI) and
/// every crate under `crates/`.
fn crates() -> Vec<(String, std::path::PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![("relief".to_owned(), root.to_path_buf())];
    for entry in std::fs::read_dir(root.join("crates")).unwrap().flatten() {
        let name = format!("relief-{}", entry.file_name().to_string_lossy());
        out.push((name, entry.path()));
    }
    out.sort();
    out
}

/// Every module of one crate (a file of `dir/src`) → the modules of that crate it names, each
/// resolved to the longest module path that exists (tests left out). Another crate's names
/// are Cargo's to check.
fn imports(dir: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let src = dir.join("src");
    let mut files: Vec<(Module, String)> = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).unwrap();
            let mut parts: Vec<String> = rel
                .iter()
                .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            // The crate root only declares and names the modules.
            if matches!(parts.first().map(String::as_str), Some("lib" | "main")) {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap().to_owned();
            files.push((parts.join("::"), code));
        }
    }
    let known: BTreeSet<Module> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut graph = BTreeMap::new();
    for (module, code) in &files {
        let names: &mut BTreeSet<Module> = graph.entry(module.clone()).or_default();
        for path in named_paths(code, module) {
            // The longest prefix that is a module of the crate.
            let target = (1..=path.len())
                .rev()
                .map(|n| path[..n].join("::"))
                .find(|p| known.contains(p));
            if let Some(target) = target.filter(|t| t != module) {
                names.insert(target);
            }
        }
    }
    graph
}

fn top(module: &str) -> &str {
    module.split("::").next().unwrap_or(module)
}

/// A cycle in `graph`, if there is one, as the modules along it.
fn cycle(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<Module>> {
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<Vec<&Module>> = vec![vec![start]];
        while let Some(path) = todo.pop() {
            let last = path[path.len() - 1];
            for next in graph.get(last).into_iter().flatten() {
                let mut longer = path.clone();
                longer.push(next);
                if next == start {
                    return Some(longer.into_iter().cloned().collect());
                }
                if seen.insert(next) {
                    todo.push(longer);
                }
            }
        }
    }
    None
}

/// A cycle in `graph` between its top-level modules, or between the files of one.
fn module_cycle(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Option<String> {
    let mut tops: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, names) in graph {
        let from = top(module).to_owned();
        let entry = tops.entry(from.clone()).or_default();
        entry.extend(
            names
                .iter()
                .map(|n| top(n).to_owned())
                .filter(|n| *n != from),
        );
    }
    if let Some(found) = cycle(&tops) {
        return Some(found.join(" → "));
    }
    // Between the files of one module (a module's own `mod.rs` declares them and is left out).
    for parent in tops.keys() {
        let mut siblings: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
        for (module, names) in graph
            .iter()
            .filter(|(m, _)| top(m) == parent && *m != parent)
        {
            let inside = names
                .iter()
                .filter(|n| top(n) == parent && *n != parent)
                .cloned();
            siblings.entry(module.clone()).or_default().extend(inside);
        }
        if let Some(found) = cycle(&siblings) {
            return Some(format!("inside {parent}: {}", found.join(" → ")));
        }
    }
    None
}

#[test]
fn no_crate_has_module_cycles() {
    let crates = crates();
    assert!(crates.len() >= 8, "{crates:?}");
    for (name, dir) in &crates {
        let graph = imports(dir);
        if let Some(found) = module_cycle(&graph) {
            panic!("{name}: module cycle {found}");
        }
    }
    let store = crates.iter().find(|(n, _)| n == "relief-store").unwrap();
    assert!(imports(&store.1).contains_key("store::backups"));
}

#[test]
fn a_module_cycle_is_found() {
    let graph: BTreeMap<Module, BTreeSet<Module>> = [
        ("store::backups".into(), ["store::protect".into()].into()),
        ("store::protect".into(), ["store::backups".into()].into()),
        ("model".into(), BTreeSet::new()),
    ]
    .into();
    assert_eq!(
        module_cycle(&graph).as_deref(),
        Some("inside store: store::backups → store::protect → store::backups")
    );
    let tops: BTreeMap<Module, BTreeSet<Module>> = [
        ("model::text".into(), ["i18n".into()].into()),
        ("i18n".into(), ["model::region".into()].into()),
    ]
    .into();
    assert_eq!(module_cycle(&tops).as_deref(), Some("i18n → model → i18n"));
}

/// The crates of the core each of Relief's crates may name (docs/ARCHITECTURE.md): only layers
/// below its own. Cargo refuses a cycle; this refuses an arrow that skips the rules without
/// making one (the charts reaching into the store, the tray pulling in the CLI).
#[test]
fn each_crate_names_only_the_layers_below_it() {
    let allowed: BTreeMap<&str, &[&str]> = [
        ("words", &[][..]),
        ("model", &["relief-words"][..]),
        ("analysis", &["relief-words", "relief-model"][..]),
        ("exchange", &["relief-words", "relief-model"][..]),
        (
            "store",
            &[
                "relief-words",
                "relief-model",
                "relief-analysis",
                "relief-exchange",
            ][..],
        ),
        (
            "alerts",
            &[
                "relief-words",
                "relief-model",
                "relief-analysis",
                "relief-store",
            ][..],
        ),
        (
            "render",
            &["relief-words", "relief-model", "relief-analysis"][..],
        ),
        (
            "sync",
            &["relief-words", "relief-model", "relief-store"][..],
        ),
    ]
    .into();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let relief_deps = |manifest: &Path| -> BTreeSet<String> {
        let text = std::fs::read_to_string(manifest).unwrap();
        let table: toml::Table = text.parse().unwrap();
        ["dependencies", "build-dependencies"]
            .iter()
            .filter_map(|k| table.get(*k).and_then(|d| d.as_table()))
            .flat_map(|d| d.keys().cloned())
            .filter(|k| k == "relief" || k.starts_with("relief-"))
            .collect()
    };
    let mut seen = 0;
    for (name, dir) in crates().iter().filter(|(n, _)| n != "relief") {
        let layer = name.trim_start_matches("relief-");
        let may: BTreeSet<String> = allowed
            .get(layer)
            .unwrap_or_else(|| panic!("{name}: a crate docs/ARCHITECTURE.md does not place"))
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let names = relief_deps(&dir.join("Cargo.toml"));
        assert!(
            names.is_subset(&may),
            "{name} names {:?}",
            names.difference(&may).collect::<Vec<_>>()
        );
        seen += 1;
    }
    assert_eq!(seen, allowed.len());
    let tray = relief_deps(&root.join("tray/Cargo.toml"));
    let tray_may: BTreeSet<String> = [
        "relief-words",
        "relief-model",
        "relief-store",
        "relief-alerts",
        "relief-sync",
    ]
    .map(String::from)
    .into();
    assert!(tray.is_subset(&tray_may), "the tray names {tray:?}");
}

/// The tray runs all day: it must not carry the charts, the PDF writer or the CLI's parser.
/// Read from Cargo.lock, so a crate that pulls one of them in by the back door is caught too.
#[test]
fn the_tray_builds_without_charts_pdf_or_clap() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lock: toml::Table = std::fs::read_to_string(root.join("Cargo.lock"))
        .unwrap()
        .parse()
        .unwrap();
    let mut deps: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for package in lock["package"].as_array().unwrap() {
        let name = package["name"].as_str().unwrap().to_owned();
        let names = package
            .get("dependencies")
            .and_then(|d| d.as_array())
            .into_iter()
            .flatten()
            // "name" or "name version" when two versions are locked.
            .map(|d| d.as_str().unwrap().split(' ').next().unwrap().to_owned());
        deps.entry(name).or_default().extend(names);
    }
    let mut reached = BTreeSet::new();
    let mut todo = vec!["relief-tray".to_owned()];
    while let Some(next) = todo.pop() {
        if reached.insert(next.clone()) {
            todo.extend(deps.get(&next).into_iter().flatten().cloned());
        }
    }
    assert!(
        reached.contains("relief-store") && reached.contains("gtk"),
        "{reached:?}"
    );
    for heavy in [
        "krilla",
        "plotters",
        "resvg",
        "clap",
        "relief",
        "relief-render",
        "tauri",
    ] {
        assert!(!reached.contains(heavy), "the tray builds {heavy}");
    }
}

#[test]
fn the_reader_sees_every_way_code_names_a_module() {
    let paths = |code: &str, here: &str| -> Vec<String> {
        named_paths(code, here)
            .into_iter()
            .map(|p| p.join("::"))
            .collect()
    };
    assert_eq!(
        paths(
            "use crate::{i18n::Said, model::{Key, Rating}};",
            "store::backups"
        ),
        ["i18n::Said", "model::Key", "model::Rating"]
    );
    assert_eq!(
        paths(
            "use super::{copies, protect::Passphrase};",
            "store::backups"
        ),
        ["store::copies", "store::protect::Passphrase"]
    );
    assert_eq!(
        paths("use super::verify;", "store::mod_like"),
        ["store::verify"]
    );
    assert_eq!(
        paths("let x = super::super::files::beside(p);", "store::a"),
        ["files::beside"]
    );
    assert_eq!(
        paths("self::words::one(x)", "analysis"),
        ["analysis::words::one"]
    );
    assert!(paths("a_crate::b", "model").is_empty());
}
