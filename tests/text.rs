//! The lesson's text as data: every key the text files define is used by the code, each part of
//! the code only uses the text files that are loaded with it, and a compiled message turns into
//! text and markup as it should (plurals, placeholders, hostile strings staying text).
#![cfg(not(target_arch = "wasm32"))]

use softmax_lab::text::template::{nodes, plain, resolve, Arg, Node};
use softmax_lab::text::{keys, native};
use std::fs;
use std::path::Path;

/// Every `.rs` file under `src/`, as (path from the crate root, contents).
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The message ids of English text file `file`, in order.
fn ids(file: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("src/text/en/{file}.ftl"));
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| {
            let id = l.split(" =").next()?;
            let ok = !id.is_empty()
                && id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            (ok && l.contains(" =")).then(|| id.to_string())
        })
        .collect()
}

#[test]
fn every_key_of_the_text_files_is_used_by_the_code() {
    let code: String = sources()
        .into_iter()
        .filter(|(p, _)| !p.starts_with("src/text/keys"))
        .map(|(_, t)| t)
        .collect();
    // The build's scripts use a few by id (the manifest's and the package's titles).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scripts: String = [
        "scripts/prerender.mjs",
        "scripts/offline/write.mjs",
        "scripts/scorm/package.mjs",
    ]
    .iter()
    .map(|f| fs::read_to_string(root.join(f)).unwrap())
    .collect();
    let mut unused = Vec::new();
    for file in keys::FILES {
        for id in ids(file) {
            let name = id.replace('-', "_").to_uppercase();
            // Keys are named with their file's module (`softmax::LEDE`, `k::LEDE` after
            // `softmax as k`), so a bare name is enough to find a use; `LEDE`s are listed by file.
            let used =
                code.contains(&format!("::{name}")) || code.contains(&format!("{file}::{name}"));
            if !used && !scripts.contains(&format!("'{file}', '{id}'")) {
                unused.push(format!("{file}:{id}"));
            }
        }
    }
    assert!(
        unused.is_empty(),
        "keys no code uses (delete them or use them): {unused:?}"
    );
}

/// The text files a part of the code may use: its own and the shell's, which are loaded with it.
fn allowed_files(path: &str) -> Option<Vec<&'static str>> {
    let section = |s: &'static str| Some(vec!["shell", s]);
    for s in keys::FILES {
        if path.starts_with(&format!("src/sections/{s}/")) || path == format!("src/sections/{s}.rs")
        {
            return section(s);
        }
    }
    if path.starts_with("src/quiz/") {
        // The worked answers' file loads with the first check, before any reason is written.
        return Some(vec!["shell", "quiz", "worked"]);
    }
    if path.starts_with("src/paste/") || path.starts_with("src/paste_box/") {
        return section("paste");
    }
    if path.starts_with("src/predict_box/") {
        return section("predict");
    }
    if path.starts_with("src/share_box/") {
        return section("share");
    }
    if path == "src/components/references.rs" {
        // Only the big picture lists them.
        return section("overview");
    }
    if path == "src/components/notices.rs" || path == "src/params.rs" || path == "src/app.rs" {
        // A notice is shown only once its words are here: the app fetches them for a link that
        // needs them (src/app.rs), and reads the link again.
        return Some(vec!["shell", "notices"]);
    }
    if path.starts_with("src/components/") {
        return Some(vec!["shell"]);
    }
    None
}

#[test]
fn code_uses_only_the_text_that_is_loaded_with_it() {
    for (path, text) in sources() {
        let Some(allowed) = allowed_files(&path) else {
            continue;
        };
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for file in keys::FILES {
                let named = line.contains(&format!("keys::{file}"))
                    || line.contains(&format!("keys::{{{file}"));
                assert!(
                    !named || allowed.contains(&file),
                    "{path} uses the text of `{file}`, which is not loaded with it: {line}"
                );
            }
        }
    }
}

#[test]
fn pure_modules_never_build_markup_views() {
    for (path, text) in sources() {
        let pure = path.starts_with("src/quiz/")
            || path.starts_with("src/paste/")
            || path.ends_with("/model.rs");
        if pure {
            assert!(
                !text.contains("text::rich"),
                "{path} is pure but builds views from text"
            );
        }
    }
}

/// English's plural rule, as Intl.PluralRules gives it.
fn english(n: i64) -> String {
    native::plural(n)
}

#[test]
fn a_plural_select_picks_the_variant_of_the_count() {
    // What build.rs makes of `{ $count -> [one] 1 logit *[other] { $count } logits } left`.
    let template =
        "\u{E100}\u{E1FE}one\u{E1FF}1 logit\u{E1FE}*other\u{E1FF}\u{E000} logits\u{E1FD} left";
    let one = resolve(template, &[Arg::Count(1)], &english);
    assert_eq!(plain(&one, &[Arg::Count(1)]), "1 logit left");
    let many = resolve(template, &[Arg::Count(12_500)], &english);
    assert_eq!(plain(&many, &[Arg::Count(12_500)]), "12,500 logits left");
    // A number variant wins over the category; text selects by its own value; else the default.
    let exact =
        "\u{E100}\u{E1FE}0\u{E1FF}none\u{E1FE}one\u{E1FF}one\u{E1FE}*other\u{E1FF}many\u{E1FD}";
    assert_eq!(resolve(exact, &[Arg::Count(0)], &english), "none");
    assert_eq!(resolve(exact, &[Arg::Text("one".into())], &english), "one");
    assert_eq!(resolve(exact, &[Arg::Text("x".into())], &english), "many");
}

#[test]
fn markup_becomes_nodes_and_anything_else_stays_text() {
    let n = nodes(
        "a <strong>b \u{E000}</strong> <em>c</em>",
        &[Arg::Text("<em>x</em>".into())],
    );
    assert_eq!(
        n,
        vec![
            Node::Text("a ".into()),
            Node::Element("strong", vec![Node::Text("b <em>x</em>".into())]),
            Node::Text(" ".into()),
            Node::Element("em", vec![Node::Text("c".into())]),
        ],
        "a placeholder's value never becomes markup"
    );
    // Tags that are not ours, attributes, and a close with nothing open are text.
    let hostile = "<img src=x onerror=alert(1)><script>x</script><em class=a>y</em></b>";
    assert_eq!(nodes(hostile, &[]), vec![Node::Text(hostile.into())]);
    assert_eq!(plain("<b>bold</b> and <code>z</code>", &[]), "bold and z");
}

#[test]
fn messages_read_in_english_with_their_numbers() {
    use softmax_lab::text::{t, tf};
    assert_eq!(t(keys::shell::BRAND), "Softmax Lab");
    assert_eq!(
        tf(keys::shell::STEP_COUNT, ["2".into(), "6".into()]),
        "Step 2 of 6"
    );
    assert_eq!(
        softmax_lab::tr!(keys::notices::PARAM_LOGITS_NOT_NUMBERS, 1usize),
        "1 logit in the link was not a number; it was set to 0."
    );
    assert_eq!(
        softmax_lab::tr!(keys::notices::PARAM_LOGITS_NOT_NUMBERS, 3usize),
        "3 logits in the link were not numbers; they were set to 0."
    );
}

#[test]
fn every_language_has_a_table_with_every_file() {
    for (code, files) in native::TABLES {
        assert_eq!(files.len(), keys::FILES.len(), "{code}");
        for (f, messages) in files.iter().enumerate() {
            assert_eq!(
                messages.len(),
                native::TABLES[0].1[f].len(),
                "{code} {}",
                keys::FILES[f]
            );
        }
    }
}

#[test]
fn numbers_take_the_marks_of_the_language() {
    use softmax_lab::format::{fixed, grouped, set_style, signed, NumberStyle, ENGLISH};
    // Spanish as Intl.NumberFormat writes it: 0,25; 1000 but 12.800; the real minus sign.
    set_style(NumberStyle {
        decimal: ',',
        group: '.',
        min_grouping: 2,
        zero: '0',
        rtl: false,
    });
    assert_eq!(fixed(0.25, 2), "0,25");
    assert_eq!(fixed(-1.0, 1), "\u{2212}1,0");
    assert_eq!(signed(0.5, 1), "+0,5");
    assert_eq!(grouped(1000), "1000");
    assert_eq!(grouped(128_000), "128.000");
    // Arabic-Indic digits, for a language that writes them.
    set_style(NumberStyle {
        decimal: '\u{66b}',
        group: '\u{66c}',
        min_grouping: 1,
        zero: '\u{660}',
        rtl: false,
    });
    assert_eq!(fixed(1.5, 1), "\u{661}\u{66b}\u{665}");
    assert_eq!(grouped(1234), "\u{661}\u{66c}\u{662}\u{663}\u{664}");
    set_style(ENGLISH);
    assert_eq!(grouped(128_000), "128,000");
}
