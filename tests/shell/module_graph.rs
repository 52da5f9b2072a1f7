//! No module imports one that imports it back, and each imports only what
//! its layer may (`RULES`, `CORE_ORDER`). The graph of `src/` is read from
//! the paths in its code (`use crate::…`, `crate::…`, `super::…`,
//! `self::…`, grouped `use` trees included), each path pointing at the
//! deepest module it names; a circle or a forbidden import fails the suite
//! and is named.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

type Module = Vec<String>;

/// Every module file under `src` (binaries apart: they use the library by
/// its crate name), by its module path.
fn modules(src: &Path) -> BTreeMap<Module, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "bin") {
                    stack.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src).expect("under src").with_extension("");
            let mut module: Module = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                module.pop();
            }
            if module == ["main"] {
                continue;
            }
            out.insert(module, fs::read_to_string(&path).expect("read module"));
        }
    }
    out
}

/// The code without comments, so that prose naming a path is no import.
fn code(text: &str) -> String {
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// The full paths a `use` tree names: `a::{b, c::{d, e}}` gives a::b, a::c::d, a::c::e.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else { return vec![tree] };
    let (prefix, rest) = tree.split_at(open);
    let inner = &rest[1..rest.rfind('}').unwrap_or(rest.len())];
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
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
        .flat_map(|p| expand(p).into_iter().map(move |q| format!("{prefix}{q}")))
        .collect()
}

/// Every path in `code` that starts at `crate`, `super` or `self`.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    // `use` statements, whose trees may group paths.
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        rest = &rest[at + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let end = rest.find(';').unwrap_or(rest.len());
        out.extend(expand(&rest[..end]));
    }
    // Paths written inline: `super::timeline::Timeline`, `crate::core::text::dates::to_iso(…)`.
    let bytes = code.as_bytes();
    for start in ["crate::", "super::", "self::"] {
        for (i, _) in code.match_indices(start) {
            if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b':') {
                continue;
            }
            let len =
                code[i..].find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(code.len() - i);
            out.push(code[i..i + len].trim_end_matches(':').to_string());
        }
    }
    out
}

/// The deepest known module a path names, seen from module `here`.
fn target(path: &str, here: &Module, known: &BTreeMap<Module, String>) -> Option<Module> {
    let mut segments = path.split("::").filter(|s| !s.is_empty()).peekable();
    let mut at: Module = match segments.peek().copied() {
        Some("crate") => {
            segments.next();
            Vec::new()
        }
        // `super` and `self` are taken from here on; so is a path that
        // starts at a child module (`use calculator::chart::IncomeChart` in ui/mod.rs).
        Some("super") | Some("self") => here.clone(),
        Some(first) if known.contains_key(&[here.as_slice(), &[first.to_string()]].concat()) => here.clone(),
        _ => return None,
    };
    for s in segments.by_ref() {
        match s {
            "super" => {
                at.pop();
            }
            "self" => {}
            name => {
                let mut deeper = at.clone();
                deeper.push(name.to_string());
                if !known.contains_key(&deeper) {
                    break;
                }
                at = deeper;
            }
        }
    }
    Some(at)
}

/// Which modules each module imports (itself, its ancestors' declarations
/// and the crate root apart).
fn graph(src: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let known = modules(src);
    known
        .iter()
        .map(|(here, text)| {
            let targets = paths(&code(text))
                .iter()
                .filter_map(|p| target(p, here, &known))
                .filter(|t| t != here && !t.is_empty())
                .collect();
            (here.clone(), targets)
        })
        .collect()
}

/// Every circle, each as the modules around it, found by depth-first search.
fn circles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    fn visit(
        m: &Module,
        graph: &BTreeMap<Module, BTreeSet<Module>>,
        path: &mut Vec<Module>,
        done: &mut BTreeSet<Module>,
        out: &mut BTreeSet<Vec<String>>,
    ) {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut circle: Vec<String> = path[at..].iter().map(|p| p.join("::")).collect();
            // One way of writing each circle: starting at its least name.
            let first = circle.iter().enumerate().min_by_key(|(_, n)| (*n).clone()).map_or(0, |(i, _)| i);
            circle.rotate_left(first);
            out.insert(circle);
            return;
        }
        if done.contains(m) {
            return;
        }
        path.push(m.clone());
        for next in graph.get(m).into_iter().flatten() {
            visit(next, graph, path, done, out);
        }
        path.pop();
        done.insert(m.clone());
    }
    let (mut done, mut out) = (BTreeSet::new(), BTreeSet::new());
    for m in graph.keys() {
        visit(m, graph, &mut Vec::new(), &mut done, &mut out);
    }
    out.into_iter().collect()
}

/// The core's folders, each importing only those before it (ARCHITECTURE.md).
const CORE_ORDER: [&str; 4] = ["text", "income", "agreement", "document"];

/// Who may import what: a module at or under the first path imports only
/// modules at or under one of the second; the third is named when not.
/// The first rule that forbids an import names it. `app` is the shell's
/// plain, natively tested logic; `browser` the glue to the page under it;
/// the components (`ui`) and the reader sit on top and are not checked.
const RULES: &[(&str, &[&str], &str)] = &[
    ("core", &["core"], "the core never imports the shell"),
    ("i18n", &["i18n", "core"], "i18n imports only the core"),
    ("app", &["app", "core", "i18n"], "the app imports only the core and i18n"),
    ("browser", &["browser", "app", "core", "i18n"], "the browser glue never imports the components or the reader"),
];

/// `RULES`, and one per core folder from `CORE_ORDER`.
fn rules() -> Vec<(String, Vec<String>, String)> {
    let order = format!("a core folder imports only those above it ({})", CORE_ORDER.join(", "));
    let fixed = RULES
        .iter()
        .map(|(from, may, why)| (from.to_string(), may.iter().map(|m| m.to_string()).collect(), why.to_string()));
    let core = CORE_ORDER.iter().enumerate().map(|(i, folder)| {
        (format!("core::{folder}"), CORE_ORDER[..=i].iter().map(|f| format!("core::{f}")).collect(), order.clone())
    });
    fixed.chain(core).collect()
}

/// Whether `module` is `path` or under it.
fn under(module: &Module, path: &str) -> bool {
    let path: Vec<&str> = path.split("::").collect();
    module.len() >= path.len() && module.iter().zip(&path).all(|(m, p)| m == p)
}

/// Every import a rule forbids, as "importer imports imported: rule", and
/// every core folder missing from `CORE_ORDER`.
fn forbidden(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<String> {
    let rules = rules();
    let mut out = Vec::new();
    for (from, targets) in graph {
        if from.len() > 1 && from[0] == "core" && !CORE_ORDER.contains(&from[1].as_str()) {
            out.push(format!("{} is in no place of the core's order: add its folder to CORE_ORDER", from.join("::")));
        }
        for to in targets {
            let broken =
                rules.iter().find(|(rule_from, may, _)| under(from, rule_from) && !may.iter().any(|m| under(to, m)));
            if let Some((_, _, why)) = broken {
                out.push(format!("{} imports {}: {why}", from.join("::"), to.join("::")));
            }
        }
    }
    out
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let found = circles(&graph(Path::new("src")));
    let named: Vec<String> = found.iter().map(|c| format!("{} -> {}", c.join(" -> "), c[0])).collect();
    assert!(named.is_empty(), "import circles:\n{}", named.join("\n"));
}

#[test]
fn the_check_finds_a_circle_through_a_grouped_use_and_super() {
    let dir = std::env::temp_dir().join(format!("module-graph-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("core/income")).unwrap();
    fs::write(dir.join("lib.rs"), "pub mod core;\n").unwrap();
    fs::write(dir.join("core/mod.rs"), "pub mod income;\npub mod text;\n").unwrap();
    fs::write(dir.join("core/income/mod.rs"), "pub mod tax;\nuse tax::rate;\n").unwrap();
    fs::write(dir.join("core/income/tax.rs"), "use crate::core::{text::{self, clean}, other};\n").unwrap();
    fs::write(
        dir.join("core/text.rs"),
        "// use crate::core::income::tax; (prose)\nfn f() { super::income::tax::rate(); }\n",
    )
    .unwrap();
    let g = graph(&dir);
    let tax = vec!["core".to_string(), "income".to_string(), "tax".to_string()];
    assert!(g[&tax].contains(&vec!["core".to_string(), "text".to_string()]), "{g:?}");
    assert!(g[&tax[..2].to_vec()].contains(&tax), "a use relative to the module: {g:?}");
    assert_eq!(circles(&g), vec![vec!["core::income::tax".to_string(), "core::text".to_string()]]);
    // Without the inline path back, no circle.
    fs::write(dir.join("core/text.rs"), "// use crate::core::income::tax; (prose)\n").unwrap();
    assert!(circles(&graph(&dir)).is_empty());
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_module_imports_only_what_its_layer_may() {
    let found = forbidden(&graph(Path::new("src")));
    assert!(found.is_empty(), "forbidden imports:\n{}", found.join("\n"));
}

#[test]
fn the_check_finds_and_names_each_kind_of_forbidden_import() {
    let dir = std::env::temp_dir().join(format!("module-rules-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for folder in ["core/text", "core/income", "ui", "app"] {
        fs::create_dir_all(dir.join(folder)).unwrap();
    }
    let files = [
        ("lib.rs", "pub mod app;\npub mod core;\npub mod i18n;\npub mod ui;\n"),
        ("core/mod.rs", "pub mod income;\npub mod text;\n"),
        // A core folder importing a later one.
        ("core/text/mod.rs", "pub mod dates;\nfn f() { crate::core::income::tax::rate(); }\n"),
        ("core/text/dates.rs", "use super::super::text;\n"),
        ("core/income/mod.rs", "pub mod tax;\nuse crate::core::text::dates;\n"),
        // The core importing the shell.
        ("core/income/tax.rs", "use crate::{core::text, ui::{page::Page}};\n"),
        ("i18n.rs", "use crate::core::text::dates::Month;\n"),
        ("ui/mod.rs", "pub mod page;\nuse crate::{app::state, core::income, i18n};\n"),
        ("ui/page.rs", "use crate::core::income::tax;\n"),
        // The app importing the shell beside what it may.
        ("app/mod.rs", "pub mod state;\n"),
        ("app/state.rs", "use crate::core::income::tax;\nuse crate::i18n::Msg;\nuse super::super::ui::page;\n"),
    ];
    for (path, text) in files {
        fs::write(dir.join(path), text).unwrap();
    }
    assert_eq!(
        forbidden(&graph(&dir)),
        vec![
            "app::state imports ui::page: the app imports only the core and i18n".to_string(),
            "core::income::tax imports ui::page: the core never imports the shell".to_string(),
            "core::text imports core::income::tax: a core folder imports only those above it \
             (text, income, agreement, document)"
                .to_string(),
        ]
    );
    // A core folder missing from the order is named.
    fs::create_dir_all(dir.join("core/extra")).unwrap();
    fs::write(dir.join("core/extra/mod.rs"), "").unwrap();
    assert!(forbidden(&graph(&dir))
        .contains(&"core::extra is in no place of the core's order: add its folder to CORE_ORDER".to_string()));
    fs::remove_dir_all(&dir).unwrap();
}
