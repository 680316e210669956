// The core's modules import one another one way (docs/ARCHITECTURE.md): no cycles between
// top-level modules nor between the files of one, and the pure parts never reach into the
// store. Every way code names another module counts: `crate::a::b`, grouped imports
// (`use crate::{a, b::c}`), `super::` and `self::` paths, names with digits (`i18n`).

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

/// Every module of the core (a file) → the modules it names, each resolved to the longest
/// module path that exists (tests left out; `cli` and the binary's `main` are fronts).
fn imports() -> BTreeMap<Module, BTreeSet<Module>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
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
            if matches!(
                parts.first().map(String::as_str),
                Some("lib" | "main" | "cli")
            ) {
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

#[test]
fn the_core_has_no_module_cycles() {
    let graph = imports();
    assert!(
        graph.contains_key("i18n") && graph.contains_key("store::backups"),
        "{graph:?}"
    );
    // Between top-level modules.
    let mut tops: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, names) in &graph {
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
        panic!("module cycle: {}", found.join(" → "));
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
            panic!("module cycle inside {parent}: {}", found.join(" → "));
        }
    }
}

#[test]
fn the_pure_parts_never_import_the_store() {
    let graph = imports();
    let tops = |prefix: &str| -> BTreeSet<&str> {
        graph
            .iter()
            .filter(|(m, _)| top(m) == prefix)
            .flat_map(|(_, names)| names.iter().map(|n| top(n)))
            .collect()
    };
    for pure in [
        "model",
        "analysis",
        "charts",
        "report",
        "exchange",
        "schedule",
        "files",
        "experiment",
        "imports",
        "fhir",
    ] {
        let names = tops(pure);
        assert!(
            !names.contains("store"),
            "{pure} imports the store: {names:?}"
        );
    }
    let below_model: BTreeSet<&str> = ["i18n", "model"].into();
    assert!(
        tops("model").is_subset(&below_model),
        "model imports {:?}",
        tops("model")
    );
    assert!(
        tops("i18n").iter().all(|n| *n == "i18n"),
        "i18n, at the bottom, imports {:?}",
        tops("i18n")
    );
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
