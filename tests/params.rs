//! The URL contract: round-trips, defaults left out, and hostile links that must never panic.
#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency

use proptest::prelude::*;
use softmax_lab::params::{
    key, link_number, percent_decode, percent_encode, Control, Kind, Params, Section, ThemeChoice,
    KEYS, MAX_TOKENS, MAX_TOKEN_CHARS,
};

#[test]
fn defaults_write_an_empty_query_and_read_back() {
    let p = Params::default();
    assert_eq!(p.to_query(), "");
    let (back, notes) = Params::from_query("");
    assert_eq!(back, p);
    assert!(notes.is_empty());
}

#[test]
fn design_example_link_reads_as_written() {
    let (p, notes) = Params::from_query(
        "?v=1&s=sampling&tokens=mat,dog,floor,car&logits=2,1,0.5,-1&t=0.7&top_p=0.9&seed=7",
    );
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(p.section, Section::Sampling);
    assert_eq!(p.tokens, ["mat", "dog", "floor", "car"]);
    assert_eq!(p.logits, [2.0, 1.0, 0.5, -1.0]);
    assert_eq!(p.temperature, 0.7);
    assert_eq!(p.top_p, 0.9);
    assert_eq!(p.seed, 7);
}

#[test]
fn only_changed_values_are_written() {
    let p = Params {
        temperature: 0.7,
        ..Params::default()
    };
    assert_eq!(p.to_query(), "v=1&t=0.7");
    let p = Params {
        section: Section::Softmax,
        ..Params::default()
    };
    assert_eq!(p.to_query(), "v=1&s=softmax");
}

#[test]
fn every_field_round_trips() {
    let p = Params {
        section: Section::Gradients,
        tokens: vec![
            "a,b".into(),
            "<i>x</i>".into(),
            "naïve café".into(),
            "100%".into(),
        ],
        logits: vec![-10.0, 0.1, 3.25, 10.0],
        temperature: 0.05,
        top_k: 3,
        top_p: 0.35,
        min_p: 0.07,
        p_true: 0.001,
        target: 2,
        smoothing: 0.15,
        distill_t: 7.5,
        lr: 1.25,
        eps: 1e-9,
        offset: 997.5,
        float: softmax_lab::math::Precision::F32,
        train: 3,
        speed: 12.5,
        dk: 1024,
        scale: false,
        query: 0.35,
        mask: softmax_lab::math::MaskMode::Zero,
        t_logits: true,
        seed: u64::MAX,
        embed: true,
        pager: true,
        theme: ThemeChoice::Contrast,
        hide: vec![Control::Presets, Control::Nav],
        vocab: true,
        lang: Some("en"),
    };
    let q = p.to_query();
    let (back, notes) = Params::from_query(&q);
    assert_eq!(back, p, "query was {q}");
    // Markup in a token name is reported, and kept only as text.
    assert!(notes.iter().all(|n| n.key == "tokens"), "{notes:?}");
    assert!(!q.contains('<') && !q.contains('>'), "{q}");
}

#[test]
fn the_attention_keys_read_their_values_and_reject_others() {
    let (p, notes) = Params::from_query("dk=256&scale=0&mask=none");
    assert_eq!(
        (p.dk, p.scale, p.mask),
        (256, false, softmax_lab::math::MaskMode::None)
    );
    assert!(notes.is_empty(), "{notes:?}");
    let d = Params::default();
    assert_eq!(
        (d.dk, d.scale, d.mask),
        (64, true, softmax_lab::math::MaskMode::NegInf)
    );
    let (p, notes) = Params::from_query("dk=5000&mask=<b>x</b>&scale=maybe");
    assert_eq!(
        (p.dk, p.scale, p.mask),
        (1024, true, softmax_lab::math::MaskMode::NegInf)
    );
    let said: Vec<&str> = notes.iter().map(|n| n.message.as_str()).collect();
    assert_eq!(notes.len(), 3, "{said:?}");
    assert!(said.iter().any(|t| t.contains("1 to 1024")), "{said:?}");
    assert!(
        said.iter().any(|t| t.contains("no mask called")),
        "{said:?}"
    );
    let (p, _) = Params::from_query("dk=0.5");
    assert_eq!(p.dk, 64, "a fraction is not a dimension");
}

#[test]
fn every_section_id_round_trips() {
    for s in Section::ALL {
        let (p, notes) = Params::from_query(&format!("s={}", s.id()));
        assert_eq!(p.section, s);
        assert!(notes.is_empty());
        assert_eq!(Section::ALL[s.number()], s);
    }
}

#[test]
fn non_numbers_fall_back_to_defaults_with_a_notice() {
    for bad in ["NaN", "nan", "inf", "-inf", "1e999", "abc", "", "0x10"] {
        let (p, notes) = Params::from_query(&format!("t={bad}&top_p={bad}&lr={bad}&p_true={bad}"));
        assert_eq!(p.temperature, 1.0, "{bad}");
        assert_eq!(p.top_p, 1.0, "{bad}");
        assert_eq!(p.lr, 0.5, "{bad}");
        assert_eq!(p.p_true, 0.5, "{bad}");
        assert_eq!(notes.len(), 4, "{bad}: {notes:?}");
    }
}

#[test]
fn out_of_range_numbers_are_clamped_with_a_notice() {
    let (p, notes) = Params::from_query("t=-3&top_p=7&p_true=0&lr=100&logits=50,-50,1");
    assert_eq!(p.temperature, 0.05);
    assert_eq!(p.top_p, 1.0);
    assert_eq!(p.p_true, 0.001);
    assert_eq!(p.lr, 5.0);
    assert_eq!(p.logits, [10.0, -10.0, 1.0]);
    assert_eq!(notes.len(), 5, "{notes:?}");
    assert!(notes.iter().any(|n| n.message.contains("clamped")));
}

#[test]
fn soft_target_keys_clamp_and_round_trip() {
    let (p, notes) = Params::from_query("smoothing=0.9&distill_t=0.2");
    assert_eq!((p.smoothing, p.distill_t), (0.5, 1.0));
    assert_eq!(notes.len(), 2, "{notes:?}");
    let (p, notes) = Params::from_query("smoothing=0.1&distill_t=4");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!((p.smoothing, p.distill_t), (0.1, 4.0));
    assert_eq!(p.to_query(), "v=1&smoothing=0.1&distill_t=4");
    assert_eq!(Params::default().smoothing, 0.0);
    assert_eq!(Params::default().distill_t, 1.0);
}

#[test]
fn ten_thousand_tokens_are_cut_to_the_maximum() {
    let names: Vec<String> = (0..10_000).map(|i| format!("t{i}")).collect();
    let logits: Vec<String> = (0..10_000).map(|i| format!("{}", i % 7)).collect();
    let q = format!("tokens={}&logits={}", names.join(","), logits.join(","));
    let (p, notes) = Params::from_query(&q);
    assert!(p.tokens.len() <= MAX_TOKENS && p.tokens.len() >= 2);
    assert_eq!(p.tokens.len(), p.logits.len());
    assert!(!notes.is_empty());
}

#[test]
fn empty_and_single_lists_fall_back_to_defaults() {
    for q in [
        "tokens=",
        "tokens=solo",
        "logits=",
        "logits=3",
        "tokens=&logits=",
    ] {
        let (p, notes) = Params::from_query(q);
        assert_eq!(p.tokens.len(), p.logits.len(), "{q}");
        assert!(p.tokens.len() >= 2, "{q}");
        assert!(!notes.is_empty(), "{q}");
    }
}

#[test]
fn mismatched_lengths_are_padded_or_cut() {
    let (p, notes) = Params::from_query("tokens=a,b,c&logits=1,2");
    assert_eq!(p.tokens, ["a", "b", "c"]);
    assert_eq!(p.logits, [1.0, 2.0, 0.0]);
    assert_eq!(notes.len(), 1);
    let (p, _) = Params::from_query("tokens=a,b&logits=1,2,3,4");
    assert_eq!(p.logits, [1.0, 2.0]);
    let (p, notes) = Params::from_query("logits=1,2,3,4,5");
    assert_eq!(p.tokens, ["cat", "dog", "bird", "fish", "token 5"]);
    assert!(notes.is_empty());
}

#[test]
fn script_in_token_names_stays_text_and_is_reported() {
    let (p, notes) = Params::from_query(
        "tokens=%3Cscript%3Ealert(1)%3C%2Fscript%3E,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    );
    assert!(p.tokens[0].starts_with("<script>"));
    assert!(p
        .tokens
        .iter()
        .all(|t| t.chars().count() <= MAX_TOKEN_CHARS));
    assert!(notes.iter().any(|n| n.message.contains("plain text")));
}

#[test]
fn counts_and_indices_are_validated() {
    let (p, notes) = Params::from_query("top_k=-1&target=99&seed=-5");
    assert_eq!((p.top_k, p.target, p.seed), (0, 0, 42));
    assert_eq!(notes.len(), 3);
    let (p, notes) = Params::from_query("top_k=4&target=3");
    assert_eq!((p.top_k, p.target), (4, 3));
    assert!(notes.is_empty());
    let (p, notes) = Params::from_query("top_k=99999999999999999999999");
    assert_eq!(p.top_k, 0);
    assert_eq!(notes.len(), 1);
}

#[test]
fn unknown_section_theme_and_hide_are_reported() {
    let (p, notes) = Params::from_query("s=%3Cb%3E&theme=neon&hide=presets,bogus&v=9&embed=maybe");
    assert_eq!(p.section, Section::Overview);
    assert_eq!(p.theme, ThemeChoice::Auto);
    assert_eq!(p.hide, [Control::Presets]);
    assert_eq!(notes.len(), 5, "{notes:?}");
}

#[test]
fn unknown_keys_are_ignored_quietly() {
    let (p, notes) = Params::from_query("utm_source=lms&foo&=&&&");
    assert_eq!(p, Params::default());
    assert!(notes.is_empty());
}

#[test]
fn percent_coding_handles_broken_escapes() {
    assert_eq!(percent_decode("a%2Cb"), "a,b");
    assert_eq!(percent_decode("100%"), "100%");
    assert_eq!(percent_decode("%zz%4"), "%zz%4");
    assert_eq!(percent_decode("%FF"), "\u{fffd}");
    assert_eq!(percent_decode("a+b"), "a b");
    assert_eq!(percent_encode("a b,<"), "a%20b%2C%3C");
}

proptest! {
    #[test]
    fn any_query_parses_without_panic(q in ".{0,300}") {
        let (p, _) = Params::from_query(&q);
        prop_assert!(p.tokens.len() >= 2 && p.tokens.len() <= MAX_TOKENS);
        prop_assert_eq!(p.tokens.len(), p.logits.len());
        prop_assert!(p.logits.iter().all(|x| x.is_finite()));
        prop_assert!(p.temperature.is_finite() && p.top_p.is_finite());
        prop_assert!(p.target < p.tokens.len());
        prop_assert!(p.top_k <= p.tokens.len());
    }

    #[test]
    fn valid_params_round_trip(
        names in prop::collection::vec("[^\\p{C}]{1,20}", 2..=20),
        seed in any::<u64>(),
        t in 0.05f64..5.0,
        top_p in 0.0f64..=1.0,
    ) {
        let names: Vec<String> = names
            .into_iter()
            .map(|n| n.trim().to_string())
            .map(|n| if n.is_empty() { "x".to_string() } else { n })
            .collect();
        let logits: Vec<f64> = (0..names.len()).map(|i| i as f64 * 0.5 - 2.0).collect();
        let p = Params { tokens: names, logits, seed, temperature: t, top_p, ..Params::default() };
        let (back, _) = Params::from_query(&p.to_query());
        // A link carries 6 significant digits (`link_number`): what comes back is that value.
        let carried = |x: f64| link_number(x).parse::<f64>().unwrap();
        let want = Params { temperature: carried(t), top_p: carried(top_p), ..p };
        prop_assert_eq!(back, want);
    }

    #[test]
    fn a_link_reads_back_to_the_numbers_on_the_page(
        logits in prop::collection::vec(-10.0f64..=10.0, 2..=20),
        t in 0.05f64..5.0,
    ) {
        // Long decimals (a pasted model's ln p) are cut to 6 significant digits in the link;
        // every probability the page shows (3 decimals at most) comes out the same.
        let p = Params { tokens: (0..logits.len()).map(|i| format!("t{i}")).collect(), logits, temperature: t, ..Params::default() };
        let (back, _) = Params::from_query(&p.to_query());
        let shown = |q: &Params| softmax_lab::math::softmax_t(&q.logits, q.temperature);
        for (a, b) in shown(&p).iter().zip(shown(&back)) {
            prop_assert!((a - b).abs() < 5e-5, "{a} against {b}");
        }
        for (a, b) in p.logits.iter().zip(&back.logits) {
            prop_assert!((a - b).abs() <= 5e-6 * a.abs().max(1e-300) + 1e-12, "{a} became {b}");
        }
    }
}

#[test]
fn pasted_long_decimals_are_written_short() {
    let (p, _) =
        Params::from_query("?s=softmax&tokens=a,b&logits=-0.10536051565782628,-2.3025850929940455");
    assert_eq!(
        p.to_query(),
        "v=1&s=softmax&tokens=a,b&logits=-0.105361,-2.30259"
    );
    let (p, _) = Params::from_query("?s=sampling&t=0.3981071705534972");
    assert_eq!(p.to_query(), "v=1&s=sampling&t=0.398107");
}

#[test]
fn the_real_vocabulary_widens_top_k() {
    let (p, notes) = Params::from_query("?s=sampling&vocab=1&top_k=40");
    assert!(p.vocab && notes.is_empty(), "{notes:?}");
    assert_eq!(p.top_k, 40, "40 is fine among 128,000 tokens");
    assert_eq!(p.to_query(), "v=1&s=sampling&top_k=40&vocab=1");
    let (p, notes) = Params::from_query("?top_k=40");
    assert_eq!(p.top_k, 0, "40 is more than the 4 playground tokens");
    assert_eq!(notes[0].key, "top_k");
    let (p, notes) = Params::from_query("?vocab=1&top_k=101");
    assert_eq!((p.top_k, notes.len()), (0, 1));
    let (p, notes) = Params::from_query("?vocab=maybe");
    assert!(!p.vocab);
    assert_eq!(
        notes[0].message,
        "vocab takes 1 or 0, not \u{201c}maybe\u{201d}."
    );
}

#[test]
fn the_readme_documents_exactly_the_keys_of_the_table() {
    // Rows of the README's key table: | `name` | doc | default |
    let readme = include_str!("../README.md");
    let start = readme
        .find("| key | meaning | default |")
        .expect("README has a key table");
    let rows: Vec<(&str, &str)> = readme[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (cells[1].trim_matches('`'), cells[2])
        })
        .collect();
    let names: Vec<&str> = rows.iter().map(|r| r.0).collect();
    let keys: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
    assert_eq!(
        names, keys,
        "the README lists the keys of params::KEYS, in order"
    );
    for (name, doc) in rows {
        let key = key(name).unwrap();
        assert!(
            doc.starts_with(key.doc),
            "README row for `{name}` should start with the table's sentence:\n  {}",
            key.doc
        );
    }
}

#[test]
fn every_plain_key_has_its_default_in_params_default_and_writes_nothing_there() {
    let d = Params::default();
    for k in KEYS {
        let ok = match &k.kind {
            Kind::Number {
                default,
                get,
                range,
                ..
            } => get(&d) == *default && (range.0..=range.1).contains(default),
            Kind::Whole {
                default,
                get,
                range,
                ..
            } => get(&d) == *default && (range.0..=range.1).contains(default),
            Kind::Flag { default, get, .. } => get(&d) == *default,
            Kind::Choice {
                default, get, ids, ..
            } => get(&d) == *default && ids.contains(default),
            Kind::Custom => true,
        };
        assert!(ok, "default of `{}`", k.name);
    }
    let names: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "no key is declared twice");
}

#[test]
fn every_plain_key_reports_bad_values_under_its_own_name() {
    for k in KEYS.iter().filter(|k| !matches!(k.kind, Kind::Custom)) {
        let bad = match k.kind {
            Kind::Flag { .. } => "maybe",
            _ => "%3Cb%3Ex",
        };
        let (p, notes) = Params::from_query(&format!("{}={bad}", k.name));
        assert_eq!(p, Params::default(), "`{}`={bad} keeps the default", k.name);
        assert_eq!(notes.len(), 1, "`{}`: {notes:?}", k.name);
        assert_eq!(notes[0].key, k.name);
    }
}

#[test]
fn hidden_controls_are_an_enum_read_once_each_in_order() {
    let (p, notes) = Params::from_query("hide=shift,nav,shift,bogus,,arithmetic");
    assert_eq!(p.hide, [Control::Shift, Control::Nav, Control::Arithmetic]);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].message.contains("bogus"));
    assert_eq!(p.to_query(), "v=1&hide=shift,nav,arithmetic");
    for c in Control::ALL {
        assert_eq!(Control::from_id(c.id()), Some(c));
        assert!(p.hides(c) == [Control::Shift, Control::Nav, Control::Arithmetic].contains(&c));
    }
}
