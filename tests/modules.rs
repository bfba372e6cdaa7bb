//! The house stays easy to move into: no module imports one that imports it back, and no source
//! file passes 700 lines. The module graph is read from the sources (`use` declarations and paths
//! written out in code, tests left aside); `cargo test --test modules -- --nocapture` prints it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The longest a source file may be.
const MAX_LINES: usize = 700;

/// Every `.rs` file under `dir`, with the module path it defines (`crate::core::verdict`).
fn modules(dir: &Path, prefix: &str, out: &mut BTreeMap<String, PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        if path.is_dir() {
            modules(&path, &format!("{prefix}::{stem}"), out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = match stem.as_str() {
                "mod" | "lib" => prefix.to_owned(),
                "main" => continue,
                _ => format!("{prefix}::{stem}"),
            };
            out.insert(name, path);
        }
    }
}

/// The source without comments, string literals and `#[cfg(test)]` modules.
fn code_only(source: &str) -> String {
    let mut out = String::new();
    let mut skip_depth: Option<i32> = None;
    let mut depth = 0i32;
    let mut pending_test = false;
    for line in source.lines() {
        let mut code = String::new();
        let mut in_string = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' if in_string => {
                    chars.next();
                }
                '"' => in_string = !in_string,
                '/' if !in_string && chars.peek() == Some(&'/') => break,
                _ if in_string => {}
                _ => code.push(c),
            }
        }
        let trimmed = code.trim();
        if trimmed.starts_with("#[cfg(test)]") {
            pending_test = true;
            continue;
        }
        if pending_test && trimmed.starts_with("mod ") && trimmed.ends_with('{') {
            skip_depth = Some(depth);
        }
        pending_test = false;
        let opens = code.matches('{').count() as i32;
        let closes = code.matches('}').count() as i32;
        if skip_depth.is_none() {
            out.push_str(&code);
            out.push('\n');
        }
        depth += opens - closes;
        if skip_depth.is_some_and(|d| depth <= d) {
            skip_depth = None;
        }
    }
    out
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` gives `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    // `x as y` names `x`; renames are dropped before the spaces go.
    let words: Vec<&str> = tree.split_whitespace().collect();
    let mut kept = String::new();
    let mut i = 0;
    while i < words.len() {
        if words[i] == "as" {
            i += 2;
            continue;
        }
        kept.push_str(words[i]);
        i += 1;
    }
    let tree = kept;
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.len().saturating_sub(1)];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            expand(p)
                .into_iter()
                .map(move |rest| format!("{prefix}{rest}"))
        })
        .collect()
}

/// Every path a module's code names, from `use` declarations and written out in code.
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        let after = &rest[at + 4..];
        let end = after.find(';').unwrap_or(after.len());
        if before.is_none_or(|c| !c.is_alphanumeric() && c != '_') {
            paths.extend(expand(&after[..end]));
        }
        rest = &after[end.min(after.len())..];
    }
    // Paths written out in code: `crate::…`, `super::…`, `self::…`.
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start) {
            let at = from + at;
            let before = code[..at].chars().last();
            if before.is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != ':') {
                let path: String = code[at..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                // `crate::a::{b, c}` is a `use` group, read above.
                if !path.ends_with("::") {
                    paths.push(path);
                }
            }
            from = at + start.len();
        }
    }
    paths
}

/// The module a path refers to, seen from `module`: the longest known module it starts with.
fn resolve(module: &str, path: &str, known: &BTreeMap<String, PathBuf>) -> Option<String> {
    let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    // `super` is the parent module, whether the module is a file (a/b.rs) or a folder (a/b/mod.rs).
    let mut base: Vec<&str> = module.split("::").collect();
    let mut i = 0;
    match segments.first() {
        Some(&"crate") => {
            base = vec!["crate"];
            i = 1;
        }
        Some(&"self") => i = 1,
        Some(&"super") => {
            while segments.get(i) == Some(&"super") {
                base.pop();
                i += 1;
            }
        }
        // A child module named without `self::`.
        Some(first) if known.contains_key(&format!("{module}::{first}")) => {}
        _ => return None,
    }
    let mut found = None;
    let mut current = base.join("::");
    if known.contains_key(&current) {
        found = Some(current.clone());
    }
    for segment in &segments[i..] {
        current = format!("{current}::{segment}");
        if known.contains_key(&current) {
            found = Some(current.clone());
        } else {
            break;
        }
    }
    found
}

fn graph() -> (BTreeMap<String, BTreeSet<String>>, BTreeMap<String, usize>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut known = BTreeMap::new();
    modules(&root, "crate", &mut known);
    let mut edges = BTreeMap::new();
    let mut lines = BTreeMap::new();
    for (module, path) in &known {
        let source = std::fs::read_to_string(path).unwrap_or_default();
        lines.insert(path.display().to_string(), source.lines().count());
        let targets: BTreeSet<String> = named_paths(&code_only(&source))
            .iter()
            .filter_map(|p| resolve(module, p, &known))
            .filter(|t| t != module)
            .collect();
        edges.insert(module.clone(), targets);
    }
    (edges, lines)
}

/// The cycles in the graph: each strongly connected component of more than one module.
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Two modules are in one cycle when each reaches the other.
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_owned()];
        while let Some(m) = todo.pop() {
            for next in edges.get(&m).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&String, BTreeSet<String>> =
        edges.keys().map(|m| (m, reach(m))).collect();
    let mut done = BTreeSet::new();
    let mut found = Vec::new();
    for m in edges.keys() {
        if done.contains(m) || !reaches[m].contains(m) {
            continue;
        }
        let component: Vec<String> = edges
            .keys()
            .filter(|o| reaches[m].contains(*o) && reaches[*o].contains(m))
            .cloned()
            .collect();
        done.extend(component.iter().cloned());
        found.push(component);
    }
    found
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let (edges, _) = graph();
    for (module, targets) in &edges {
        let list: Vec<&str> = targets.iter().map(String::as_str).collect();
        eprintln!("{module} -> {}", list.join(", "));
    }
    assert!(edges.len() > 40, "the graph reads every module");
    assert_eq!(cycles(&edges), Vec::<Vec<String>>::new());
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let mut edges = BTreeMap::new();
    let set = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    edges.insert("crate::ui::app".to_owned(), set(&["crate::ui::result"]));
    edges.insert("crate::ui::result".to_owned(), set(&["crate::ui::app"]));
    edges.insert("crate::ui::dom".to_owned(), set(&[]));
    assert_eq!(
        cycles(&edges),
        vec![vec![
            "crate::ui::app".to_owned(),
            "crate::ui::result".to_owned()
        ]]
    );
}

#[test]
fn the_reader_sees_imports_through_groups_super_and_inline_paths() {
    let code = code_only(
        "use super::dom::{El, Heading};\nuse crate::core::{a::{B, c::D}, e};\n// use crate::x;\n\
         fn f() { crate::platform::page::now(); let s = \"crate::ui::app\"; }\n\
         #[cfg(test)]\nmod tests {\n    use crate::ui::app;\n}\n",
    );
    let paths = named_paths(&code);
    for want in [
        "super::dom::El",
        "crate::core::a::c::D",
        "crate::core::e",
        "crate::platform::page::now",
    ] {
        assert!(paths.iter().any(|p| p == want), "{want} in {paths:?}");
    }
    assert!(!paths
        .iter()
        .any(|p| p.contains("ui::app") || p.contains("crate::x")));
}

#[test]
fn no_source_file_is_over_700_lines() {
    let (_, lines) = graph();
    let long: Vec<(&String, &usize)> = lines.iter().filter(|(_, n)| **n > MAX_LINES).collect();
    assert_eq!(long, Vec::<(&String, &usize)>::new());
}
