// The core's modules import one another one way (docs/ARCHITECTURE.md): no cycles, and the
// pure parts never reach into the store.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module → the top-level modules its code names as `crate::…` (tests and doc
/// comments left out).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path.strip_prefix(&src).unwrap();
            let top = rel.iter().next().unwrap().to_string_lossy();
            let top = top.trim_end_matches(".rs").to_owned();
            if top == "lib" || top == "main" || top == "cli" {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap();
            let names = graph.entry(top.clone()).or_default();
            for line in code.lines().map(str::trim).filter(|l| !l.starts_with("//")) {
                for (i, _) in line.match_indices("crate::") {
                    let name: String = line[i + 7..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if name != top && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                        names.insert(name);
                    }
                }
            }
        }
    }
    graph
}

#[test]
fn the_core_has_no_module_cycles() {
    let graph = imports();
    assert!(
        graph.contains_key("model") && graph.contains_key("store"),
        "{graph:?}"
    );
    // Depth-first from every module: reaching the start again is a cycle.
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<Vec<&str>> = vec![vec![start.as_str()]];
        while let Some(path) = todo.pop() {
            let last = path[path.len() - 1];
            for next in graph.get(last).into_iter().flatten() {
                let mut longer = path.clone();
                longer.push(next);
                assert_ne!(next, start, "module cycle: {}", longer.join(" → "));
                if seen.insert(next.clone()) {
                    todo.push(longer);
                }
            }
        }
    }
}

#[test]
fn the_pure_parts_never_import_the_store() {
    let graph = imports();
    for pure in [
        "model",
        "analysis",
        "charts",
        "report",
        "exchange",
        "schedule",
        "files",
        "experiment",
    ] {
        let names = graph
            .get(pure)
            .unwrap_or_else(|| panic!("no module {pure}"));
        assert!(
            !names.contains("store"),
            "{pure} imports the store: {names:?}"
        );
    }
    assert!(
        graph["model"].is_empty(),
        "model imports {:?}",
        graph["model"]
    );
}
