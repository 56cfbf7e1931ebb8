//! Compiles the lesson's text (`src/text/<language>/<file>.ftl`, Fluent) at build time, natively,
//! with the `fluent-syntax` parser; the wasm never parses Fluent. See `src/text/mod.rs` for the
//! run-time side and the README's "Translating" for a translator's view.
//!
//! English defines the keys. For every language the build
//! - fails on a syntax error, an unknown file, a key English does not have, or a placeholder or
//!   markup tag that differs from English's (a translator may move them, not change them);
//! - lists the keys a language lacks (they fall back to English) as a cargo warning and in
//!   `target/text/report.txt`.
//!
//! It writes
//! - `$OUT_DIR/text_keys.rs`: one constant per English message, typed by its placeholders and
//!   markup (`src/text/keys.rs` includes it), so a key the code uses always exists;
//! - `$OUT_DIR/text_tables.rs` and `target/text/tables.rs` (with the keys, `keys.rs`): every
//!   language's compiled messages as Rust data, for native tests and `src/bin/prerender.rs`
//!   (never the wasm);
//! - `target/text/<language>/<file>.json`: the same as JSON arrays, one message per key index,
//!   which the web build copies into `dist/text/<hash>/` (scripts/text.mjs).
//!
//! The compiled form of a message is its text with Fluent's syntax resolved: a placeholder is one
//! private-use character (U+E000 + its index among English's placeholders, in order of first
//! appearance), a select expression is U+E100 + the selector's index, then each variant as
//! U+E1FE key U+E1FF text (the default's key starts with `*`), then U+E1FD. Terms (`-name`) are
//! put in place. Markup tags (`<em>` and the others in [`TAGS`]) stay as written.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The text files of one language, in key order: the shell, the sections in lesson order, then
/// the parts loaded on first use. A key's file index is its place here.
const FILES: [&str; 17] = [
    "shell",
    "overview",
    "softmax",
    "sampling",
    "loss",
    "gradients",
    "training",
    "stability",
    "attention",
    "pitfalls",
    "quiz",
    "paste",
    "share",
    "predict",
    "worked",
    "notices",
    "page",
];

/// The inline markup a message may carry; anything else that looks like a tag is text.
const TAGS: [&str; 7] = ["em", "strong", "code", "sub", "sup", "b", "q"];

/// Messages per file at most: a key is `file * PER_FILE + index`.
const PER_FILE: usize = 1024;

/// Placeholders start here, one code point each.
const ARG: u32 = 0xE000;
/// A select expression on placeholder i starts at SELECT + i.
const SELECT: u32 = 0xE100;
const VARIANT: char = '\u{E1FE}';
const VARIANT_TEXT: char = '\u{E1FF}';
const SELECT_END: char = '\u{E1FD}';

/// A text file's messages: (key, compiled), in file order.
type File = Vec<(String, Compiled)>;
/// A language's code and its files, in [`FILES`] order.
type Language = (String, Vec<File>);

/// One message, compiled.
#[derive(Clone, Debug)]
struct Compiled {
    text: String,
    /// Placeholder names in order of first appearance.
    args: Vec<String>,
    /// Markup tags, sorted (a translator may reorder them).
    tags: Vec<String>,
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let src = root.join("src").join("text");
    println!("cargo:rerun-if-changed=src/text");
    println!("cargo:rerun-if-changed=build.rs");
    let mut languages: Vec<String> = std::fs::read_dir(&src)
        .expect("src/text exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    languages.sort();
    // English first: it defines the keys.
    languages.retain(|l| l != "en");
    languages.insert(0, "en".to_string());
    let mut errors = Vec::new();
    let mut report = String::new();
    // [language][file] -> messages (id -> compiled), in file order.
    let mut all: Vec<Language> = Vec::new();
    for lang in &languages {
        let dir = src.join(lang);
        println!("cargo:rerun-if-changed=src/text/{lang}");
        for entry in std::fs::read_dir(&dir)
            .expect("a language folder")
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(".ftl") {
                if !FILES.contains(&stem) {
                    errors.push(format!(
                        "src/text/{lang}/{name}: not one of the text files {FILES:?}"
                    ));
                }
            }
        }
        let terms = read_terms(&dir, &mut errors);
        let mut files = Vec::new();
        for file in FILES {
            let path = dir.join(format!("{file}.ftl"));
            files.push(compile_file(&path, lang, &terms, &mut errors));
        }
        all.push((lang.clone(), files));
    }
    // Check every language against English, and fill what it lacks with English.
    let english = all[0].1.clone();
    for (lang, files) in all.iter_mut().skip(1) {
        let mut missing = Vec::new();
        for (f, file) in files.iter_mut().enumerate() {
            let theirs: BTreeMap<String, Compiled> = file.drain(..).collect();
            for (id, _) in theirs.iter() {
                if !english[f].iter().any(|(e, _)| e == id) {
                    errors.push(format!(
                        "src/text/{lang}/{}.ftl: `{id}` is not an English key",
                        FILES[f]
                    ));
                }
            }
            for (id, en) in &english[f] {
                match theirs.get(id) {
                    Some(msg) => {
                        let mut a = msg.args.clone();
                        let mut b = en.args.clone();
                        a.sort();
                        b.sort();
                        if a != b {
                            errors.push(format!(
                                "src/text/{lang}/{}.ftl: `{id}` has placeholders {a:?}, English has {b:?}",
                                FILES[f]
                            ));
                        }
                        if msg.tags != en.tags {
                            errors.push(format!(
                                "src/text/{lang}/{}.ftl: `{id}` has markup {:?}, English has {:?}",
                                FILES[f], msg.tags, en.tags
                            ));
                        }
                        // Renumber the placeholders to English's order.
                        let text = renumber(&msg.text, &msg.args, &en.args);
                        file.push((id.clone(), Compiled { text, ..en.clone() }));
                    }
                    None => {
                        missing.push(format!("{}:{id}", FILES[f]));
                        file.push((id.clone(), en.clone()));
                    }
                }
            }
        }
        let total: usize = english.iter().map(|f| f.len()).sum();
        let _ = writeln!(
            report,
            "{lang}: {} of {total} keys translated; missing (English shown): {}",
            total - missing.len(),
            if missing.is_empty() {
                "none".to_string()
            } else {
                missing.join(", ")
            }
        );
        if !missing.is_empty() {
            println!(
                "cargo:warning=text {lang}: {} keys missing, English shown (target/text/report.txt lists them)",
                missing.len()
            );
        }
    }
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("error: {e}");
        }
        panic!(
            "the lesson's text has {} errors (listed above)",
            errors.len()
        );
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let keys = keys_rs(&english);
    write_if_changed(&out.join("text_keys.rs"), &keys);
    let tables = tables_rs(&all);
    write_if_changed(&out.join("text_tables.rs"), &tables);
    let target = root.join("target").join("text");
    write_if_changed(&target.join("tables.rs"), &tables);
    write_if_changed(&target.join("keys.rs"), &keys);
    // The keys' ids by file, for the build's scripts (titles of the manifest and the package).
    let ids: Vec<String> = english
        .iter()
        .enumerate()
        .map(|(f, file)| {
            let list: Vec<String> = file.iter().map(|(id, _)| json_string(id)).collect();
            format!("{}:[{}]", json_string(FILES[f]), list.join(","))
        })
        .collect();
    write_if_changed(&target.join("ids.json"), &format!("{{{}}}", ids.join(",")));
    write_if_changed(&target.join("report.txt"), &report);
    for (lang, files) in &all {
        for (f, file) in files.iter().enumerate() {
            let json = format!(
                "[{}]",
                file.iter()
                    .map(|(_, m)| json_string(&m.text))
                    .collect::<Vec<_>>()
                    .join(",")
            );
            write_if_changed(&target.join(lang).join(format!("{}.json", FILES[f])), &json);
        }
    }
}

/// Writes `text` to `path` unless it is there already (so nothing downstream rebuilds).
fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return;
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("can create the output folder");
    }
    std::fs::write(path, text).expect("can write the output");
}

/// The terms (`-name = ...`) of every file of a language, compiled.
fn read_terms(dir: &Path, errors: &mut Vec<String>) -> BTreeMap<String, String> {
    let mut terms = BTreeMap::new();
    for file in FILES {
        let Ok(source) = std::fs::read_to_string(dir.join(format!("{file}.ftl"))) else {
            continue;
        };
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            if let ast::Entry::Term(term) = entry {
                let mut args = Vec::new();
                match pattern(&term.value, &BTreeMap::new(), &mut args, false) {
                    Ok(text) if args.is_empty() => {
                        terms.insert(term.id.name.to_string(), text);
                    }
                    _ => errors.push(format!(
                        "{}: term -{} must be plain text",
                        dir.display(),
                        term.id.name
                    )),
                }
            }
        }
    }
    terms
}

/// The messages of one file, compiled, in file order; an absent file has none.
fn compile_file(
    path: &Path,
    lang: &str,
    terms: &BTreeMap<String, String>,
    errors: &mut Vec<String>,
) -> File {
    let Ok(source) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let shown = format!(
        "src/text/{lang}/{}",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                let line = source[..e.pos.start.min(source.len())]
                    .lines()
                    .count()
                    .max(1);
                errors.push(format!("{shown}:{line}: {:?}", e.kind));
            }
            r
        }
    };
    let mut out: File = Vec::new();
    for entry in resource.body {
        let ast::Entry::Message(msg) = entry else {
            continue;
        };
        let id = msg.id.name.to_string();
        if !msg.attributes.is_empty() {
            errors.push(format!(
                "{shown}: `{id}`: attributes are not used; give each text its own key"
            ));
        }
        let Some(value) = msg.value else {
            errors.push(format!("{shown}: `{id}` has no value"));
            continue;
        };
        if out.iter().any(|(k, _)| *k == id) {
            errors.push(format!("{shown}: `{id}` twice"));
        }
        let mut args = Vec::new();
        match pattern(&value, terms, &mut args, true) {
            Ok(text) => {
                let text = join_lines(&text);
                match tags_of(&text) {
                    Ok(tags) => out.push((id, Compiled { text, args, tags })),
                    Err(e) => errors.push(format!("{shown}: `{id}`: {e}")),
                }
            }
            Err(e) => errors.push(format!("{shown}: `{id}`: {e}")),
        }
    }
    out
}

/// A pattern's compiled text; `args` collects placeholder names in order of first appearance.
fn pattern(
    p: &ast::Pattern<&str>,
    terms: &BTreeMap<String, String>,
    args: &mut Vec<String>,
    selects: bool,
) -> Result<String, String> {
    let mut out = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(e) => out.push_str(&inline(e, terms, args)?),
                ast::Expression::Select { selector, variants } => {
                    if !selects {
                        return Err("a select expression may not nest".into());
                    }
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        return Err("a select expression selects on a placeholder".into());
                    };
                    let i = arg_index(id.name, args)?;
                    out.push(char::from_u32(SELECT + i).expect("in range"));
                    if !variants.iter().any(|v| v.default) {
                        return Err("a select expression needs a default variant".into());
                    }
                    for v in variants {
                        out.push(VARIANT);
                        if v.default {
                            out.push('*');
                        }
                        match &v.key {
                            ast::VariantKey::Identifier { name } => out.push_str(name),
                            ast::VariantKey::NumberLiteral { value } => out.push_str(value),
                        }
                        out.push(VARIANT_TEXT);
                        out.push_str(&pattern(&v.value, terms, args, false)?);
                    }
                    out.push(SELECT_END);
                }
            },
        }
    }
    Ok(out)
}

/// One inline expression: a placeholder, a quoted literal or a term.
fn inline(
    e: &ast::InlineExpression<&str>,
    terms: &BTreeMap<String, String>,
    args: &mut Vec<String>,
) -> Result<String, String> {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            let i = arg_index(id.name, args)?;
            Ok(char::from_u32(ARG + i).expect("in range").to_string())
        }
        ast::InlineExpression::StringLiteral { value } => {
            Ok(fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned())
        }
        ast::InlineExpression::NumberLiteral { value } => Ok(value.to_string()),
        ast::InlineExpression::TermReference { id, .. } => terms
            .get(id.name)
            .cloned()
            .ok_or_else(|| format!("no term -{}", id.name)),
        ast::InlineExpression::Placeable { expression } => match &**expression {
            ast::Expression::Inline(e) => inline(e, terms, args),
            ast::Expression::Select { .. } => Err("a select expression may not nest".into()),
        },
        ast::InlineExpression::MessageReference { id, .. } => Err(format!(
            "message references ({}) are not supported: use a term",
            id.name
        )),
        ast::InlineExpression::FunctionReference { id, .. } => Err(format!(
            "functions ({}) are not supported: the code formats numbers",
            id.name
        )),
    }
}

/// The index of placeholder `name`, added if new.
fn arg_index(name: &str, args: &mut Vec<String>) -> Result<u32, String> {
    let i = match args.iter().position(|a| a == name) {
        Some(i) => i,
        None => {
            args.push(name.to_string());
            args.len() - 1
        }
    };
    if i >= 0xFD {
        return Err("too many placeholders".into());
    }
    Ok(i as u32)
}

/// A message written over several lines is one paragraph: a line break is a space, or nothing
/// between two characters of a script written without spaces (Chinese).
fn join_lines(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, c) in chars.iter().enumerate() {
        if *c == '\n' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            if !(before.is_some_and(is_cjk) && after.is_some_and(is_cjk)) {
                out.push(' ');
            }
        } else {
            out.push(*c);
        }
    }
    out
}

/// Chinese, Japanese and their punctuation: written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// The markup tags of a compiled text, sorted; an error if they do not nest.
fn tags_of(text: &str) -> Result<Vec<String>, String> {
    let mut open: Vec<&str> = Vec::new();
    let mut tags = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let found = TAGS.iter().find_map(|t| {
            if rest.starts_with(&format!("<{t}>")) {
                Some((*t, false))
            } else if rest.starts_with(&format!("</{t}>")) {
                Some((*t, true))
            } else {
                None
            }
        });
        match found {
            Some((t, false)) => {
                open.push(t);
                tags.push(t.to_string());
                rest = &rest[t.len() + 2..];
            }
            Some((t, true)) => {
                if open.pop() != Some(t) {
                    return Err(format!("</{t}> closes nothing open"));
                }
                rest = &rest[t.len() + 3..];
            }
            None => rest = &rest[1..],
        }
    }
    if let Some(t) = open.pop() {
        return Err(format!("<{t}> is never closed"));
    }
    tags.sort();
    Ok(tags)
}

/// `text` with its placeholders renumbered from `from`'s order to `to`'s.
fn renumber(text: &str, from: &[String], to: &[String]) -> String {
    let map = |i: u32| -> u32 {
        from.get(i as usize)
            .and_then(|name| to.iter().position(|t| t == name))
            .unwrap_or(i as usize) as u32
    };
    text.chars()
        .map(|c| {
            let u = c as u32;
            if (ARG..ARG + 0xFD).contains(&u) {
                char::from_u32(ARG + map(u - ARG)).expect("in range")
            } else if (SELECT..SELECT + 0xFD).contains(&u) {
                char::from_u32(SELECT + map(u - SELECT)).expect("in range")
            } else {
                c
            }
        })
        .collect()
}

/// `FILE_ID` from `file-id`.
fn const_name(id: &str) -> String {
    id.replace('-', "_").to_uppercase()
}

/// The key constants, one module per file.
fn keys_rs(english: &[File]) -> String {
    let mut out = String::from("// Written by build.rs from src/text/en/*.ftl: do not edit.\n");
    let _ = writeln!(
        out,
        "/// The text files, in key order.\npub const FILES: [&str; {}] = {FILES:?};",
        FILES.len()
    );
    for (f, file) in english.iter().enumerate() {
        let _ = writeln!(out, "/// The keys of `src/text/en/{}.ftl`.\npub mod {} {{\n    #[allow(unused_imports)]\n    use super::*;", FILES[f], FILES[f]);
        if file.len() >= PER_FILE {
            panic!("{} has more than {PER_FILE} messages", FILES[f]);
        }
        for (i, (id, m)) in file.iter().enumerate() {
            let key = f * PER_FILE + i;
            let kind = if m.tags.is_empty() { "Msg" } else { "Rich" };
            let shown: String = m
                .text
                .chars()
                .map(|c| {
                    let u = c as u32;
                    if (ARG..ARG + 0xFD).contains(&u) {
                        format!("{{${}}}", m.args[(u - ARG) as usize])
                    } else if (0xE100..0xE200).contains(&u) {
                        "\u{b7}".to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect::<String>()
                .replace("*/", "* /");
            let _ = writeln!(
                out,
                "    /** \"{}\"{} */\n    pub const {}: {kind}<{}> = {kind}({key});",
                shown.replace('\\', "\\\\"),
                if m.args.is_empty() {
                    String::new()
                } else {
                    format!(" (placeholders: {})", m.args.join(", "))
                },
                const_name(id),
                m.args.len()
            );
        }
        out.push_str("}\n");
    }
    out
}

/// Every language's messages as Rust data: `TABLES[(language, [file][index])]`.
fn tables_rs(all: &[Language]) -> String {
    let mut out = String::from("// Written by build.rs from src/text/*/*.ftl: do not edit.\n");
    let _ = writeln!(out, "/// Each language's compiled messages, by file and key index.\npub const TABLES: &[(&str, [&[&str]; {}])] = &[", FILES.len());
    for (lang, files) in all {
        let _ = writeln!(out, "    (\"{lang}\", [");
        for file in files {
            let items: Vec<String> = file.iter().map(|(_, m)| format!("{:?}", m.text)).collect();
            let _ = writeln!(out, "        &[{}],", items.join(", "));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let languages: BTreeSet<&str> = all.iter().map(|(l, _)| l.as_str()).collect();
    let _ = writeln!(
        out,
        "/// The languages with a text folder.\npub const FOLDERS: [&str; {}] = {:?};",
        languages.len(),
        all.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>()
    );
    out
}

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
