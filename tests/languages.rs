//! The lesson's four languages: each is complete (no key left to English) with its glossary, a
//! number typed in any of their ways reads as one, Chinese and Arabic sentences split into words,
//! Arabic's six plural forms pick their variants, and right to left a value put into a sentence is
//! isolated and the back and forward arrows swap.
#![cfg(not(target_arch = "wasm32"))]

use softmax_lab::format::{fixed, set_style, ENGLISH};
use softmax_lab::math::tokenize;
use softmax_lab::number::parse_typed;
use softmax_lab::text::languages::{find, LANGUAGES};
use softmax_lab::text::{arrows, keys, native};
use std::path::Path;

#[test]
fn every_language_has_its_folder_its_glossary_and_every_key() {
    let report = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("target/text/report.txt"),
    )
    .expect("build.rs writes target/text/report.txt");
    for l in &LANGUAGES {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/text")
            .join(l.code);
        assert!(dir.join("shell.ftl").exists(), "{}: no text folder", l.code);
        if l.code != "en" {
            assert!(dir.join("GLOSSARY.md").exists(), "{}: no glossary", l.code);
            let line = report
                .lines()
                .find(|r| r.starts_with(&format!("{}:", l.code)))
                .unwrap_or_else(|| panic!("{}: not in the build's report", l.code));
            assert!(line.ends_with("missing (English shown): none"), "{line}");
        }
        assert!(
            native::TABLES.iter().any(|(c, _)| *c == l.code),
            "{}",
            l.code
        );
    }
    // And every folder is a language of the menu.
    for e in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text")).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            let code = e.file_name().to_string_lossy().into_owned();
            assert!(find(&code).is_some(), "src/text/{code} is not in LANGUAGES");
        }
    }
    assert_eq!(find("ar").map(|l| l.rtl), Some(true));
    assert_eq!(find("zh").map(|l| l.rtl), Some(false));
}

#[test]
fn a_number_typed_in_any_language_reads_as_one() {
    let cases = [
        ("0.25", Some(0.25)),
        ("0,25", Some(0.25)),
        (" \u{2212}1.5 ", Some(-1.5)),
        // Arabic-Indic digits with the Arabic decimal mark, or a comma, and a minus.
        ("\u{660}\u{66b}\u{662}\u{665}", Some(0.25)),
        ("\u{661},\u{665}", Some(1.5)),
        ("-\u{663}\u{66b}\u{660}", Some(-3.0)),
        // Persian digits, as an Arabic keyboard on some systems types them.
        ("\u{6f1}\u{6f2}", Some(12.0)),
        // Full-width digits, point and minus, as a Chinese input method types them.
        ("\u{ff10}\u{ff0e}\u{ff15}", Some(0.5)),
        ("\u{ff0d}\u{ff12}", Some(-2.0)),
        ("0\u{3002}7", Some(0.7)),
        // Bidi marks copied along with a number from a right-to-left page.
        ("\u{2068}\u{2212}1.0\u{2069}", Some(-1.0)),
        ("\u{200f}2.5\u{200e}", Some(2.5)),
        // Still one number and nothing else.
        ("\u{661}\u{66b}\u{662}\u{66b}\u{663}", None),
        ("1.234,5", None),
        ("\u{66b}", None),
        ("\u{661} \u{662}", None),
        ("٣ تفاح", None),
        ("1e999", None),
        ("", None),
    ];
    for (text, want) in cases {
        assert_eq!(parse_typed(text), want, "{text:?}");
    }
}

#[test]
fn chinese_and_arabic_sentences_split_into_words() {
    assert_eq!(
        tokenize("猫 坐 在 垫子 上。"),
        ["猫", "坐", "在", "垫子", "上", "."]
    );
    assert_eq!(
        tokenize("猫 吃 鱼！狗 呢？"),
        ["猫", "吃", "鱼", ".", "狗", "呢", "."]
    );
    assert_eq!(tokenize("猫，狗、鸟"), ["猫", "狗", "鸟", "."]);
    assert_eq!(
        tokenize("القطة تجلس، والكلب ينام؟"),
        ["القطة", "تجلس", "والكلب", "ينام", "."]
    );
    // Full-width digits stay part of a word; Spanish keeps its marks apart as before.
    assert_eq!(tokenize("第１只"), ["第１只", "."]);
    assert_eq!(tokenize("¡Hola!"), ["hola", "."]);
}

#[test]
fn every_sentence_of_the_training_corpus_splits_into_words_in_every_language() {
    use softmax_lab::sections::training::model::corpus;
    for l in &LANGUAGES {
        native::use_language(l.code);
        for s in corpus() {
            let words = tokenize(&s);
            assert!(words.len() >= 3, "{}: {s:?} -> {words:?}", l.code);
            assert_eq!(
                words.last().map(String::as_str),
                Some("."),
                "{}: {s:?}",
                l.code
            );
            assert!(
                words
                    .iter()
                    .all(|w| w.chars().count() <= 8 && !w.ends_with('。')),
                "{}: {s:?} -> {words:?}: a word glued to another or to a mark",
                l.code
            );
        }
    }
    native::use_language("en");
}

#[test]
fn arabic_counts_take_their_six_plural_forms() {
    native::use_language("ar");
    let forms: Vec<String> = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111]
        .iter()
        .map(|&n| native::plural(n))
        .collect();
    assert_eq!(
        forms,
        ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many"]
    );
    // A message with a count picks the variant of its form.
    let say = |n: usize| softmax_lab::tr!(keys::notices::PARAM_LOGITS_NOT_NUMBERS, n);
    let (three, eleven) = (say(3), say(11));
    assert_ne!(
        three.replace('3', ""),
        eleven.replace("11", ""),
        "{three} / {eleven}"
    );
    assert!(
        !say(2).contains('2'),
        "the dual says two in its word: {}",
        say(2)
    );
    native::use_language("zh");
    assert_eq!(native::plural(1), "other");
    native::use_language("en");
    assert_eq!(native::plural(1), "one");
}

#[test]
fn right_to_left_a_value_in_a_sentence_is_isolated_and_the_arrows_swap() {
    native::use_language("ar");
    let said = softmax_lab::tr!(keys::notices::PARAM_LOGITS_NOT_NUMBERS, 4usize);
    assert!(said.contains("\u{2068}4\u{2069}"), "{said}");
    assert_eq!(arrows(), ("\u{2192}", "\u{2190}"));
    // A number alone (a table's cell, a box) is not: the page's style isolates those.
    assert_eq!(fixed(-1.0, 1), "\u{2212}1.0");
    native::use_language("zh");
    assert!(
        !softmax_lab::tr!(keys::notices::PARAM_LOGITS_NOT_NUMBERS, 4usize).contains('\u{2068}')
    );
    assert_eq!(arrows(), ("\u{2190}", "\u{2192}"));
    set_style(ENGLISH);
    native::use_language("en");
}

#[test]
fn the_quiz_opening_names_the_pass_mark_and_the_count_in_every_language() {
    use softmax_lab::params::Section;
    use softmax_lab::quiz::{PASS_SHARE, QUESTION_COUNT};
    let needed = (PASS_SHARE * QUESTION_COUNT as f64).ceil();
    for l in &LANGUAGES {
        native::use_language(l.code);
        let lede = Section::Quiz.lede();
        // The two numbers, in the language's own order (Chinese says the count first).
        let mut numbers: Vec<f64> = lede
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect();
        numbers.sort_by(f64::total_cmp);
        assert_eq!(
            numbers,
            [needed, QUESTION_COUNT as f64],
            "{}: {lede}",
            l.code
        );
    }
    native::use_language("en");
}
