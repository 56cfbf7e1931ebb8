//! The code's layout rules (DESIGN.md), checked on the source: where inner HTML may be set, which
//! modules must stay pure, which way dependencies point, and how long a file may grow.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, with its path relative to the crate root ("src/app.rs").
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The lines of `text` that are code, not comments.
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim_start().starts_with("//"))
}

#[test]
fn only_the_html_block_sets_inner_html() {
    for (path, text) in sources() {
        if path == "src/components/html_block.rs" {
            continue;
        }
        for line in code_lines(&text) {
            assert!(
                !line.contains("inner_html"),
                "{path} sets inner HTML; go through components::HtmlBlock or set_markup: {line}"
            );
        }
    }
}

#[test]
fn pure_modules_import_no_ui_and_no_browser() {
    let pure = |p: &str| {
        p.starts_with("src/math/")
            || p.starts_with("src/quiz/")
            || p.starts_with("src/paste/")
            || p.ends_with("/model.rs")
            || [
                "src/number.rs",
                "src/format.rs",
                "src/markup.rs",
                "src/params.rs",
                "src/share.rs",
                "src/scorm.rs",
                "src/section.rs",
                "src/bin/prerender.rs",
            ]
            .contains(&p)
    };
    let banned = [
        "leptos",
        "web_sys",
        "plotters",
        "crate::components",
        "crate::sections",
        "crate::state",
        "crate::browser",
        "crate::app",
        "crate::charts",
    ];
    for (path, text) in sources().into_iter().filter(|(p, _)| pure(p)) {
        for line in code_lines(&text).filter(|l| l.trim_start().starts_with("use ")) {
            for b in banned {
                assert!(!line.contains(b), "{path} is pure but imports {b}: {line}");
            }
        }
    }
}

#[test]
fn dependencies_point_down_from_sections_to_math() {
    // (files, what they must not import)
    let rules: [(&str, &[&str]); 6] = [
        ("src/components/", &["crate::sections", "crate::app"]),
        (
            "src/state.rs",
            &["crate::components", "crate::sections", "crate::app"],
        ),
        (
            "src/charts/",
            &["crate::components", "crate::sections", "crate::state"],
        ),
        ("src/browser.rs", &["crate::components", "crate::sections"]),
        ("src/offline.rs", &["crate::components", "crate::sections"]),
        ("src/lms.rs", &["crate::components", "crate::sections"]),
    ];
    for (path, text) in sources() {
        for (prefix, banned) in rules {
            if !path.starts_with(prefix) {
                continue;
            }
            for line in code_lines(&text) {
                for b in banned {
                    assert!(!line.contains(b), "{path} must not use {b}: {line}");
                }
            }
        }
    }
}

#[test]
fn parts_loaded_on_first_use_stay_free_of_the_app() {
    // The paste box and the share dialog are wasm modules of their own: anything of Leptos or
    // of the app's components they import would be shipped a second time in them.
    let banned = [
        "leptos",
        "crate::components",
        "crate::sections",
        "crate::state",
        "crate::app",
        "crate::browser",
        "crate::charts",
    ];
    for (path, text) in sources() {
        let part = path.starts_with("src/paste_box/")
            || path.starts_with("src/predict_box/")
            || path.starts_with("src/share_box/")
            || path == "src/dom.rs";
        if !part {
            continue;
        }
        // A part's handoff names the event and attributes the app listens for: constants, the
        // contract between the two modules.
        let contracts = [
            "crate::components::handoff::{HANDOFF_ATTRIBUTE, HANDOFF_EVENT}",
            "crate::components::handoff::{GUESS_ATTRIBUTE, HANDOFF_ATTRIBUTE, HANDOFF_EVENT}",
        ];
        for line in code_lines(&text).filter(|l| !contracts.iter().any(|c| l.contains(c))) {
            for b in banned {
                assert!(
                    !line.contains(b),
                    "{path} is loaded on first use but uses {b}: {line}"
                );
            }
        }
    }
}

#[test]
fn no_state_is_read_back_from_data_attributes() {
    for (path, text) in sources() {
        for line in code_lines(&text) {
            assert!(
                !line.contains("get_attribute(\"data-"),
                "{path} reads state from the DOM: {line}"
            );
        }
    }
}

#[test]
fn files_stay_short_except_pure_math_and_the_url_table() {
    for (path, text) in sources() {
        if path.starts_with("src/math/") || path == "src/params.rs" {
            continue;
        }
        let n = text.lines().count();
        assert!(
            n <= 400,
            "{path} has {n} lines: split it (DESIGN.md, sections/)"
        );
    }
}

#[test]
fn tables_no_chart_draws_start_open_and_a_charts_numbers_start_folded() {
    // One rule for every card (components/data_table.rs): ChartFigure's table is the numbers its
    // chart draws, folded under "Show the numbers"; any other DataTable is the card's own
    // picture and starts open.
    let mut seen = 0;
    for (path, text) in sources() {
        for tag in text.split("<DataTable").skip(1) {
            let tag = &tag[..tag.find("/>").unwrap_or(tag.len())];
            seen += 1;
            if path == "src/components/chart_figure.rs" {
                assert!(
                    !tag.contains("open"),
                    "{path}: a chart's numbers start folded: {tag}"
                );
            } else {
                assert!(
                    tag.contains("open=true"),
                    "{path}: a table no chart draws starts open: {tag}"
                );
            }
        }
    }
    assert!(seen > 10, "found the tables ({seen})");
}
