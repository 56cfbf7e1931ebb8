//! Browser tests (wasm-bindgen-test in headless Chromium): the real components mount into a fresh
//! element, receive real DOM events, and update their tables and canvases.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use softmax_lab::app::Lesson;
use softmax_lab::components::{build_queue, paint_queue};
use softmax_lab::math;
use softmax_lab::params::Params;
use softmax_lab::state::LessonState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the lesson for `query` into a new element of the page; the handle unmounts on drop.
/// The English text as build.rs compiled it (target/text/en/), as the page would fetch it.
const ENGLISH: [&str; 17] = [
    include_str!("../target/text/en/shell.json"),
    include_str!("../target/text/en/overview.json"),
    include_str!("../target/text/en/softmax.json"),
    include_str!("../target/text/en/sampling.json"),
    include_str!("../target/text/en/loss.json"),
    include_str!("../target/text/en/gradients.json"),
    include_str!("../target/text/en/training.json"),
    include_str!("../target/text/en/stability.json"),
    include_str!("../target/text/en/attention.json"),
    include_str!("../target/text/en/pitfalls.json"),
    include_str!("../target/text/en/quiz.json"),
    include_str!("../target/text/en/paste.json"),
    include_str!("../target/text/en/share.json"),
    include_str!("../target/text/en/predict.json"),
    include_str!("../target/text/en/worked.json"),
    include_str!("../target/text/en/notices.json"),
    include_str!("../target/text/en/page.json"),
];

/// Puts the English text where the app looks words up (the page's first script fetches it).
fn load_english() {
    assert_eq!(ENGLISH.len(), softmax_lab::text::keys::FILES.len());
    // English's plural rules, which the page's first script defines (`__plural`, see
    // src/bin/prerender.rs).
    let plural =
        js_sys::Function::new_with_args("n", "return new Intl.PluralRules('en').select(n)");
    js_sys::Reflect::set(&window(), &"__plural".into(), &plural).unwrap();
    for (i, json) in ENGLISH.iter().enumerate() {
        let array: js_sys::Array = js_sys::JSON::parse(json).unwrap().unchecked_into();
        softmax_lab::text::store(i, array.iter().map(|v| v.as_string().unwrap()).collect());
    }
}

fn mount(query: &str) -> (HtmlElement, leptos::mount::UnmountHandle<impl Mountable>) {
    load_english();
    let doc = document();
    let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let (params, notices) = Params::from_query(query);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(LessonState::new(params, notices));
        view! { <Lesson/> }
    });
    (host, handle)
}

/// Resolves after the next animation frame (charts paint in rAF callbacks).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets effects run, the cards waiting in the build queue appear and every chart paint (first
/// paints take one frame each).
async fn settle() {
    leptos::task::tick().await;
    for _ in 0..600 {
        if build_queue::is_built() && paint_queue::is_idle() && charts_drawn() {
            break;
        }
        next_frame().await;
        leptos::task::tick().await;
    }
    next_frame().await;
    next_frame().await;
}

/// Whether every chart on screen has painted. A chart books its first paint only once its
/// width is known (a `ResizeObserver` reports it after a layout), so an empty paint queue alone
/// can come a frame too early. A chart off screen paints only when it comes into view.
fn charts_drawn() -> bool {
    let charts = document().query_selector_all("canvas.chart").unwrap();
    let height = window().inner_height().unwrap().as_f64().unwrap();
    (0..charts.length()).all(|i| {
        let c: Element = charts.item(i).unwrap().unchecked_into();
        let r = c.get_bounding_client_rect();
        let off_screen = r.bottom() <= 0.0 || r.top() >= height;
        c.client_width() == 0 || off_screen || c.has_attribute("data-draws")
    })
}

/// Scrolls `canvas` into view and waits until it has painted what it shows now: a chart off
/// screen is not redrawn when its inputs change, so a test that counts its paints looks at it
/// first, as a student would.
async fn look_at(canvas: &Element) {
    canvas.scroll_into_view();
    settle().await;
}

fn find(host: &HtmlElement, selector: &str) -> Element {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

/// The text of every data cell of the table `testid`, row by row.
fn table_cells(host: &HtmlElement, testid: &str) -> Vec<Vec<String>> {
    let rows = host
        .query_selector_all(&format!("[data-testid={testid}] tbody tr"))
        .unwrap();
    (0..rows.length())
        .map(|i| {
            let row: Element = rows.item(i).unwrap().unchecked_into();
            let cells = row.query_selector_all("th, td").unwrap();
            (0..cells.length())
                .map(|j| cells.item(j).unwrap().text_content().unwrap_or_default())
                .collect()
        })
        .collect()
}

fn draws(canvas: &Element) -> u32 {
    canvas
        .get_attribute("data-draws")
        .and_then(|d| d.parse().ok())
        .unwrap_or(0)
}

/// Sets an input's value and fires a bubbling event (Leptos delegates events to the document).
fn fire(input: &HtmlInputElement, value: &str, kind: &str) {
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn softmax_section_shows_the_lesson_numbers() {
    let (host, _handle) = mount("s=softmax");
    settle().await;
    let probs = table_cells(&host, "table-probs");
    let names: Vec<&str> = probs.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(names, ["cat", "dog", "bird", "fish"]);
    let values: Vec<&str> = probs.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(values, ["0.609", "0.224", "0.136", "0.030"]);
    let steps = table_cells(&host, "table-arithmetic");
    let exps: Vec<&str> = steps.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(exps, ["7.389", "2.718", "1.649", "0.368"]);
    let footer = find(&host, "[data-testid=table-arithmetic] tfoot")
        .text_content()
        .unwrap();
    assert!(
        footer.contains("12.124") && footer.contains("1.000"),
        "{footer}"
    );
}

#[wasm_bindgen_test]
async fn moving_a_slider_updates_table_and_redraws_canvas() {
    let (host, _handle) = mount("s=softmax");
    settle().await;
    let canvas = find(&host, "[data-testid=chart-probs]");
    look_at(&canvas).await;
    let before = draws(&canvas);
    assert!(before >= 1, "the chart painted on mount");
    let range: HtmlInputElement = find(&host, "#logit-3").unchecked_into();
    fire(&range, "4", "input");
    settle().await;
    let expected = math::softmax(&[2.0, 1.0, 0.5, 4.0]);
    let probs = table_cells(&host, "table-probs");
    assert_eq!(probs[3][1], format!("{:.3}", expected[3]));
    assert_eq!(probs[0][1], format!("{:.3}", expected[0]));
    assert!(
        draws(&canvas) > before,
        "the probability chart was repainted"
    );
    let boxed: HtmlInputElement = find(&host, "#logit-3-box").unchecked_into();
    assert_eq!(boxed.value(), "4.0");
}

#[wasm_bindgen_test]
async fn typing_bad_values_clamps_and_explains() {
    let (host, _handle) = mount("s=softmax");
    settle().await;
    let boxed: HtmlInputElement = find(&host, "#logit-0-box").unchecked_into();
    fire(&boxed, "99", "change");
    settle().await;
    assert_eq!(boxed.value(), "10.0");
    let msg = find(&host, "#logit-0-msg").text_content().unwrap();
    assert!(msg.contains("set to 10"), "{msg}");
    fire(&boxed, "<b>hi</b>", "change");
    settle().await;
    assert_eq!(boxed.value(), "10.0", "a non-number keeps the old value");
    let msg = find(&host, "#logit-0-msg").text_content().unwrap();
    assert!(msg.contains("is not a number"), "{msg}");
    assert!(
        host.query_selector("b").unwrap().is_none(),
        "no markup was injected"
    );
}

#[wasm_bindgen_test]
async fn tokens_can_be_added_renamed_and_removed() {
    let (host, _handle) = mount("s=softmax");
    settle().await;
    let add: HtmlElement = find(&host, "[data-testid=add-token]").unchecked_into();
    add.click();
    settle().await;
    assert_eq!(table_cells(&host, "table-probs").len(), 5);
    let name: HtmlInputElement =
        find(&host, ".token-row:nth-child(5) .token-row__name-input").unchecked_into();
    assert_eq!(name.value(), "mat");
    fire(&name, "floor", "change");
    settle().await;
    assert_eq!(table_cells(&host, "table-probs")[4][0], "floor");
    let remove: HtmlElement = find(&host, ".token-row:nth-child(1) .icon-button").unchecked_into();
    remove.click();
    settle().await;
    let rows = table_cells(&host, "table-probs");
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0][0], "dog");
}

#[wasm_bindgen_test]
async fn shifting_every_logit_keeps_the_probabilities() {
    let (host, _handle) = mount("s=softmax");
    settle().await;
    let before = table_cells(&host, "table-probs");
    let up: HtmlElement = find(&host, "[data-testid=shift-up]").unchecked_into();
    up.click();
    settle().await;
    let logits = table_cells(&host, "table-logits");
    assert_eq!(logits[0][1], "3.0");
    assert_eq!(table_cells(&host, "table-probs"), before);
    let report = find(&host, "[data-testid=shift-report]")
        .text_content()
        .unwrap();
    assert!(report.contains("0.000000"), "{report}");
}

#[wasm_bindgen_test]
async fn hostile_link_shows_a_notice_as_text() {
    let (host, _handle) = mount("s=softmax&tokens=%3Cimg%20src%3Dx%3E,b&t=NaN");
    settle().await;
    let notice = find(&host, "[data-testid=notices]").text_content().unwrap();
    assert!(notice.contains("plain text"), "{notice}");
    assert!(host.query_selector("img").unwrap().is_none());
    assert_eq!(table_cells(&host, "table-probs")[0][0], "<img src=x>");
}

#[wasm_bindgen_test]
async fn overview_stepper_walks_the_pipeline() {
    let (host, _handle) = mount("");
    settle().await;
    let step = || {
        find(&host, "[data-testid=overview-step]")
            .text_content()
            .unwrap()
    };
    assert!(step().contains("Transformer blocks"));
    let buttons = host.query_selector_all(".stepper__step").unwrap();
    assert_eq!(buttons.length(), 6);
    let fourth: HtmlElement = buttons.item(3).unwrap().unchecked_into();
    fourth.click();
    settle().await;
    assert!(step().contains("0.609"), "{}", step());
    assert_eq!(
        fourth.get_attribute("aria-current").as_deref(),
        Some("step")
    );
}

#[wasm_bindgen_test]
fn the_browser_number_parser_rounds_like_rust() {
    use softmax_lab::number::parse_decimal;
    let cases: [(&str, f64); 9] = [
        ("0.1", 0.1),
        ("-2.5", -2.5),
        ("1e-7", 1e-7),
        ("123456789.123456789", 123_456_789.123_456_79),
        ("1.7976931348623157e308", f64::MAX),
        ("5e-324", 5e-324),
        (".5", 0.5),
        ("7.", 7.0),
        ("+3E2", 300.0),
    ];
    for (text, want) in cases {
        assert_eq!(parse_decimal(text), Some(want), "{text}");
    }
    assert_eq!(parse_decimal("1e999"), Some(f64::INFINITY));
    for bad in [
        "", "-", ".", "e5", "1e", "Infinity", "NaN", "0x1A", "1,5", "2 3", "1e+",
    ] {
        assert_eq!(parse_decimal(bad), None, "{bad:?}");
    }
}

#[wasm_bindgen_test]
async fn sampling_top_p_and_draws_respond_to_the_controls() {
    let (host, _handle) = mount("s=sampling&tokens=refund,reship,escalate&logits=3,1,0&t=2");
    settle().await;
    let sampled = |host: &HtmlElement| -> Vec<String> {
        table_cells(host, "table-sampling")
            .into_iter()
            .map(|r| r[4].clone())
            .collect()
    };
    assert_eq!(
        sampled(&host),
        ["0.629", "0.231", "0.140"],
        "LESSON's T = 2 row"
    );
    let canvas = find(&host, "[data-testid=chart-sampling]");
    look_at(&canvas).await;
    let before = draws(&canvas);
    let top_p: HtmlInputElement = find(&host, "#top-p").unchecked_into();
    fire(&top_p, "0.8", "input");
    settle().await;
    // 0.629 + 0.231 = 0.860 >= 0.8: escalate is cut and the two others renormalised.
    let expected = math::sampling_distribution(&[3.0, 1.0, 0.0], 2.0, 0, 0.8, 0.0);
    assert_eq!(sampled(&host)[2], "0.000");
    assert_eq!(sampled(&host)[0], format!("{:.3}", expected[0]));
    assert!(
        draws(&canvas) > before,
        "the distribution chart was repainted"
    );
    let kept = find(&host, "[data-testid=readout-nucleus]")
        .text_content()
        .unwrap();
    assert_eq!(kept, "2 of 3");
    let text = top_p.get_attribute("aria-valuetext").unwrap();
    assert_eq!(text, "top-p 0.80, keeps 2 of 3 tokens");
    // Min-p 0.4 after it: reship (0.231 / 0.860 = 0.269) is under 0.4 x 0.731, and goes too.
    let min_p: HtmlInputElement = find(&host, "#min-p").unchecked_into();
    fire(&min_p, "0.4", "input");
    settle().await;
    let kept_by: Vec<String> = table_cells(&host, "table-sampling")
        .into_iter()
        .map(|r| r[3].clone())
        .collect();
    assert_eq!(kept_by, ["yes", "no (min-p)", "no (top-p)"]);
    assert_eq!(sampled(&host), ["1.000", "0.000", "0.000"]);
    fire(&min_p, "0", "input");
    settle().await;
    assert_eq!(sampled(&host)[0], format!("{:.3}", expected[0]));

    let draw: HtmlElement = find(&host, "[data-testid=draw-100]").unchecked_into();
    draw.click();
    settle().await;
    let counts: Vec<u64> = table_cells(&host, "table-draws")
        .iter()
        .map(|r| r[2].replace(',', "").parse().unwrap())
        .collect();
    assert_eq!(counts.iter().sum::<u64>(), 100);
    assert_eq!(counts[2], 0, "a token top-p removed is never drawn");
    let tally = math::tally_draws(&expected, 100, 42);
    assert_eq!(
        counts, tally.counts,
        "the page replays the seeded draws exactly"
    );
    let sentence = find(&host, "[data-testid=sentence]")
        .text_content()
        .unwrap();
    let last = ["refund", "reship", "escalate"][tally.last.unwrap()];
    // The instructor's own tokens get a frame that fits any tokens.
    assert_eq!(sentence, format!("The next token: {last}"));
}

#[wasm_bindgen_test]
async fn loss_follows_the_confidence_slider_and_the_clicked_word() {
    let (host, _handle) = mount("s=loss&p_true=0.1");
    settle().await;
    let loss = find(&host, "[data-testid=readout-loss]")
        .text_content()
        .unwrap();
    assert_eq!(loss, "2.303 nats");
    let canvas = find(&host, "[data-testid=chart-loss-curve]");
    look_at(&canvas).await;
    let before = draws(&canvas);
    let boxed: HtmlInputElement = find(&host, "#p-true-box").unchecked_into();
    fire(&boxed, "0.01", "change");
    settle().await;
    let loss = find(&host, "[data-testid=readout-loss]")
        .text_content()
        .unwrap();
    assert_eq!(loss, "4.605 nats");
    assert!(draws(&canvas) > before, "the marker moved on the curve");

    let bird: HtmlElement = host
        .query_selector_all(".candidate")
        .unwrap()
        .item(2)
        .unwrap()
        .unchecked_into();
    bird.click();
    settle().await;
    let expected = math::cross_entropy(&[2.0, 1.0, 0.5, -1.0], 2);
    let shown = find(&host, "[data-testid=readout-onehot-loss]")
        .text_content()
        .unwrap();
    assert_eq!(shown, format!("{expected:.3} nats"));
    let zero_terms = host
        .query_selector_all("[data-testid=onehot-sum] .term--zero")
        .unwrap()
        .length();
    assert_eq!(zero_terms, 3, "only the true word's term counts");
}

#[wasm_bindgen_test]
async fn soft_targets_follow_their_sliders() {
    // LESSON's soft-target fact: [3, 1, 0], target refund, label smoothing 0.1 -> loss 0.3365.
    let (host, _handle) = mount("s=loss&tokens=refund,reship,escalate&logits=3,1,0&smoothing=0.1");
    settle().await;
    let text = |id: &str| {
        find(&host, &format!("[data-testid=readout-{id}]"))
            .text_content()
            .unwrap()
    };
    assert_eq!(text("smoothing-loss"), "0.3365 nats");
    let targets: Vec<String> = table_cells(&host, "table-smoothing")
        .into_iter()
        .map(|r| r[2].clone())
        .collect();
    assert_eq!(targets, ["0.9333", "0.0333", "0.0333"]);
    let canvas = find(&host, "[data-testid=chart-smoothing]");
    look_at(&canvas).await;
    let before = draws(&canvas);
    let smoothing: HtmlInputElement = find(&host, "#smoothing").unchecked_into();
    fire(&smoothing, "0", "input");
    settle().await;
    let one_hot = math::cross_entropy(&[3.0, 1.0, 0.0], 0);
    assert_eq!(text("smoothing-loss"), format!("{one_hot:.4} nats"));
    assert!(draws(&canvas) > before, "the target bars were redrawn");

    let t: HtmlInputElement = find(&host, "#distill-t-box").unchecked_into();
    fire(&t, "4", "change");
    settle().await;
    let soft = math::softmax_t(&[3.0, 1.0, 0.0], 4.0);
    assert_eq!(text("distill-others"), format!("{:.3}", 1.0 - soft[0]));
}

#[wasm_bindgen_test]
async fn the_quiz_grades_a_typed_answer_and_a_picked_option() {
    let (host, _handle) = mount("s=quiz&seed=17");
    settle().await;
    let questions = softmax_lab::quiz::questions(17);
    let forms = host.query_selector_all("form.quiz-q").unwrap().length();
    assert_eq!(forms as usize, questions.len());
    let is_choice = |q: &softmax_lab::quiz::Question| {
        matches!(q.answer, softmax_lab::quiz::Answer::Choice { .. })
    };
    let typed = questions.iter().position(|q| !is_choice(q)).unwrap();
    let picked = questions.iter().position(is_choice).unwrap();
    let form = |i: usize, inner: &str| format!("form[data-q=\"{i}\"] {inner}");
    let legend = find(&host, &form(typed, "legend")).text_content().unwrap();
    assert!(legend.ends_with(&questions[typed].prompt), "{legend}");
    assert!(
        legend.contains(&questions[typed].section.title()),
        "the section is named: {legend}"
    );

    // A number question: type the rounded answer and press its Check button.
    let boxed: HtmlInputElement = find(&host, &form(typed, "input[name=answer]")).unchecked_into();
    fire(&boxed, &questions[typed].solution(), "input");
    find(&host, &form(typed, "button"))
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    let feedback = find(&host, &form(typed, ".quiz-q__feedback"))
        .text_content()
        .unwrap();
    assert_eq!(
        feedback,
        format!("\u{2713} Right. {}", questions[typed].reason.text())
    );

    // A choice: pick an option that is not the right one.
    let softmax_lab::quiz::Answer::Choice { right, .. } = questions[picked].answer else {
        unreachable!();
    };
    let wrong = (right + 1) % 4;
    find(&host, &form(picked, &format!("input[value=\"{wrong}\"]")))
        .unchecked_into::<HtmlElement>()
        .click();
    find(&host, &form(picked, "button"))
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(
        find(&host, &format!("form[data-q=\"{picked}\"]"))
            .get_attribute("data-result")
            .as_deref(),
        Some("wrong")
    );
    assert_eq!(
        find(&host, "[data-testid=quiz-score]")
            .text_content()
            .unwrap(),
        "1 right of 2 answered, out of 8."
    );
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn use_animation_frame_runs_once_per_frame_pauses_and_stops_on_unmount() {
    use softmax_lab::components::{use_animation_frame, AnimationFrame};
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;
    let calls = Arc::new(AtomicU32::new(0));
    let handle_out: Arc<std::sync::Mutex<Option<AnimationFrame>>> = Default::default();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let (c, h) = (calls.clone(), handle_out.clone());
    let mounted = leptos::mount::mount_to(host, move || {
        let c = c.clone();
        let frames = use_animation_frame(move |dt| {
            assert!(dt >= 0.0);
            c.fetch_add(1, Ordering::Relaxed);
        });
        *h.lock().unwrap() = Some(frames);
        view! { <p>{move || if frames.is_running() { "running" } else { "paused" }}</p> }
    });
    let frames = handle_out.lock().unwrap().unwrap();
    for _ in 0..3 {
        next_frame().await;
    }
    assert_eq!(calls.load(Ordering::Relaxed), 0, "it starts paused");
    frames.start();
    frames.start(); // a second start does not double the calls
    for _ in 0..5 {
        next_frame().await;
    }
    let ran = calls.load(Ordering::Relaxed);
    assert!(
        (4..=6).contains(&ran),
        "about one call per frame, got {ran}"
    );
    leptos::task::tick().await;
    frames.pause();
    next_frame().await;
    let paused_at = calls.load(Ordering::Relaxed);
    for _ in 0..3 {
        next_frame().await;
    }
    assert_eq!(
        calls.load(Ordering::Relaxed),
        paused_at,
        "no calls while paused"
    );
    frames.start();
    next_frame().await;
    next_frame().await;
    assert!(
        calls.load(Ordering::Relaxed) > paused_at,
        "runs again after start"
    );
    drop(mounted);
    next_frame().await;
    let gone_at = calls.load(Ordering::Relaxed);
    for _ in 0..3 {
        next_frame().await;
    }
    assert_eq!(
        calls.load(Ordering::Relaxed),
        gone_at,
        "no calls once unmounted"
    );
}

#[wasm_bindgen_test]
async fn use_debounced_passes_only_the_last_call_once_it_rests() {
    use softmax_lab::components::{use_debounced, Debounced};
    use std::sync::{Arc, Mutex};
    use std::time::Duration;
    let seen: Arc<Mutex<Vec<u32>>> = Default::default();
    let out: Arc<Mutex<Option<Debounced<u32>>>> = Default::default();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let (s, o) = (seen.clone(), out.clone());
    let mounted = leptos::mount::mount_to(host, move || {
        let s = s.clone();
        let d = use_debounced(Duration::from_millis(40), move |x: u32| {
            s.lock().unwrap().push(x)
        });
        *o.lock().unwrap() = Some(d);
        view! { <p>"debounced"</p> }
    });
    let d = out.lock().unwrap().unwrap();
    for x in 1..=5 {
        d.call(x);
        sleep(5).await;
    }
    assert!(
        seen.lock().unwrap().is_empty(),
        "nothing while the calls keep coming"
    );
    sleep(80).await;
    assert_eq!(*seen.lock().unwrap(), [5], "only the last call, once");
    d.call(6);
    drop(mounted);
    sleep(80).await;
    assert_eq!(
        *seen.lock().unwrap(),
        [5],
        "a pending call is dropped on unmount"
    );
}

#[wasm_bindgen_test]
async fn gradients_show_p_minus_y_and_a_step_moves_the_logits() {
    let (host, _handle) = mount("s=gradients&tokens=refund,reship,escalate&logits=3,1,0&target=1");
    settle().await;
    let rows = table_cells(&host, "table-gradient");
    let grad: Vec<&str> = rows.iter().map(|r| r[3].as_str()).collect();
    assert_eq!(grad, ["0.844", "\u{2212}0.886", "0.042"]);
    let meaning = find(&host, "[data-testid=gradient-meaning]")
        .text_content()
        .unwrap();
    assert!(meaning.starts_with("reship is the right word"), "{meaning}");
    assert!(
        meaning.contains("refund is the wrong favourite"),
        "{meaning}"
    );

    let canvas = find(&host, "[data-testid=chart-step-logits]");
    look_at(&canvas).await;
    let before = draws(&canvas);
    find(&host, "[data-testid=take-step]")
        .unchecked_into::<HtmlElement>()
        .click();
    for _ in 0..30 {
        next_frame().await;
    }
    settle().await;
    let curve = table_cells(&host, "table-step-curve");
    assert_eq!(curve.len(), 2, "the start and one step");
    assert_eq!(curve[0][1..], ["2.170", "0.114"]);
    assert_eq!(curve[1][1..], ["1.469", "0.230"]);
    assert!(
        draws(&canvas) > before + 1,
        "the bars were redrawn over several frames"
    );
    assert_eq!(
        find(&host, "[data-testid=readout-steps]")
            .text_content()
            .unwrap(),
        "1"
    );
    find(&host, "[data-testid=reset-steps]")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    let rows = table_cells(&host, "table-gradient");
    assert_eq!(rows[1][3], "\u{2212}0.886", "reset brings the logits back");
    assert_eq!(table_cells(&host, "table-step-curve").len(), 1);

    // The finite-difference step, typed: 1 is far too coarse.
    let boxed: HtmlInputElement = find(&host, "#eps-box").unchecked_into();
    fire(&boxed, "1", "change");
    settle().await;
    let verdict = find(&host, "[data-testid=fd-verdict]")
        .text_content()
        .unwrap();
    assert!(verdict.contains("truncation"), "{verdict}");
}

#[wasm_bindgen_test]
async fn stability_offset_breaks_the_naive_softmax_only() {
    let (host, _handle) = mount("s=stability&tokens=refund,reship,escalate&logits=3,1,0");
    settle().await;
    let stable = |host: &HtmlElement| -> Vec<String> {
        table_cells(host, "table-stability")
            .into_iter()
            .map(|r| r[4].clone())
            .collect()
    };
    assert_eq!(stable(&host), ["0.844", "0.114", "0.042"]);
    let boxed: HtmlInputElement = find(&host, "#offset-box").unchecked_into();
    fire(&boxed, "997", "change");
    settle().await;
    let rows = table_cells(&host, "table-stability");
    assert_eq!(rows[0][1], "1000.0");
    assert_eq!(rows[0][2], "\u{221e}");
    assert_eq!(rows[0][3], "NaN");
    assert_eq!(
        stable(&host),
        ["0.844", "0.114", "0.042"],
        "the stable column never moves"
    );
    let verdict = find(&host, "[data-testid=stability-verdict]")
        .text_content()
        .unwrap();
    assert!(
        verdict.starts_with("Overflow: e^(z + c) is too large for f64"),
        "{verdict}"
    );
    // f32 overflows far sooner: at c = 90 already.
    fire(&boxed, "90", "change");
    settle().await;
    assert!(find(&host, "[data-testid=stability-verdict]")
        .text_content()
        .unwrap()
        .starts_with("Both columns agree"));
    find(&host, "[data-testid=float-f32]")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    let verdict = find(&host, "[data-testid=stability-verdict]")
        .text_content()
        .unwrap();
    assert!(verdict.contains("too large for f32"), "{verdict}");
}

#[wasm_bindgen_test]
async fn pitfalls_compare_softmax_once_and_twice_for_the_picked_word() {
    let (host, _handle) = mount("s=pitfalls&tokens=refund,reship,escalate&logits=3,1,0&target=1");
    settle().await;
    let rows = table_cells(&host, "table-twice");
    assert_eq!(rows[0][1..], ["2.170", "1.387"]);
    assert_eq!(rows[1][1..], ["\u{2212}0.886", "\u{2212}0.127"]);
    // Pick refund, the favourite, as the right word: both losses fall.
    let refund: HtmlElement = find(&host, "#softmax-twice .candidate").unchecked_into();
    refund.click();
    settle().await;
    let rows = table_cells(&host, "table-twice");
    assert_eq!(rows[0][1], "0.170");
    let temperature: HtmlInputElement = find(&host, "#pitfall-temperature-box").unchecked_into();
    fire(&temperature, "0.5", "change");
    settle().await;
    let t = table_cells(&host, "table-temperature-after");
    assert_eq!(t[0][2], "0.980", "dividing the logits sharpens");
    assert_eq!(t[0][3], "0.844", "dividing the probabilities does nothing");
}

#[wasm_bindgen_test]
async fn attention_mask_and_scale_change_the_weights_and_the_heatmap() {
    let (host, _handle) = mount("s=attention&seed=3");
    settle().await;
    let weights = |host: &HtmlElement| table_cells(host, "table-attention");
    // The default mask (-inf): nothing above the diagonal, every row sums to 1.
    for (i, row) in weights(&host).iter().enumerate() {
        assert!(row[i + 2..6].iter().all(|c| c == "0"), "{row:?}");
        assert_eq!(row[6], "1.000");
    }
    let canvas = find(&host, "[data-testid=chart-attention]");
    look_at(&canvas).await;
    let before = draws(&canvas);
    find(&host, "[data-testid=mask-zero]")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert!(draws(&canvas) > before, "the heatmap redrew");
    let leaky = weights(&host);
    assert!(
        leaky[0][2..6].iter().all(|c| c != "0"),
        "0 leaks: {:?}",
        leaky[0]
    );
    let words = find(&host, "[data-testid=mask-words]")
        .text_content()
        .unwrap();
    assert!(words.contains("e^0 = 1"), "{words}");
    // At d_k = 1024, turning the scaling off saturates more rows.
    let saturated = |host: &HtmlElement| -> usize {
        let text = find(host, "[data-testid=readout-saturated-rows]")
            .text_content()
            .unwrap();
        text.split(' ').next().unwrap().parse().unwrap()
    };
    let boxed: HtmlInputElement = find(&host, "#dk-box").unchecked_into();
    fire(&boxed, "1024", "change");
    settle().await;
    let scaled = saturated(&host);
    find(&host, "[data-testid=scale]")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert!(
        saturated(&host) > scaled,
        "{} rows against {scaled}",
        saturated(&host)
    );
    assert!(find(&host, "[data-testid=scale-words]")
        .text_content()
        .unwrap()
        .contains("Unscaled"));
}

#[wasm_bindgen_test]
async fn training_steps_the_model_and_counts_the_answer_when_fine_tuning() {
    let (host, _handle) = mount("s=training&seed=4&train=5&lr=2");
    settle().await;
    let readout = |host: &HtmlElement, id: &str| {
        find(host, &format!("[data-testid=readout-{id}]"))
            .text_content()
            .unwrap()
    };
    assert_eq!(readout(&host, "steps"), "0");
    let canvas = find(&host, "[data-testid=chart-train-loss]");
    look_at(&canvas).await;
    let before = draws(&canvas);
    for _ in 0..3 {
        find(&host, "[data-testid=train-step]")
            .unchecked_into::<HtmlElement>()
            .click();
        settle().await;
    }
    assert_eq!(readout(&host, "steps"), "3");
    assert!(draws(&canvas) > before, "the loss curve redrew");
    let rows = table_cells(&host, "table-train-loss");
    assert_eq!(rows.len(), 4);
    let loss = |r: &Vec<String>| r[1].parse::<f64>().unwrap();
    assert!(loss(&rows[3]) < loss(&rows[0]), "{rows:?}");
    // The model itself, stepped natively the same way, gives the same table.
    let mut run = softmax_lab::sections::training::model::Run::new(4, 5);
    for _ in 0..3 {
        run.step(2.0);
    }
    assert_eq!(rows[3][1], format!("{:.3}", run.history()[3].0));
    let counted = |host: &HtmlElement| -> Vec<String> {
        table_cells(host, "table-positions")
            .into_iter()
            .map(|r| r[3].clone())
            .collect()
    };
    assert!(counted(&host).iter().all(|c| c == "yes"));
    find(&host, "[data-testid=answer-only]")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(counted(&host)[..3], ["no: prompt", "no: prompt", "yes"]);
}

#[wasm_bindgen_test]
async fn later_parts_arrive_after_the_mount_in_page_order_and_flush_builds_them_at_once() {
    let built = build_queue::start();
    let doc = document();
    let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let parts = |host: &HtmlElement| host.query_selector_all(".part").unwrap().length();
    let text = |host: &HtmlElement| host.text_content().unwrap_or_default();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        view! {
            <p>"shell "</p>
            {build_queue::later(|| view! { <p class="part">"one "</p> })}
            <div>{build_queue::later(|| view! { <p class="part">"two "</p> })}</div>
            {build_queue::later(|| view! { <p class="part">"three"</p> })}
        }
    });
    // The mount builds the shell only.
    assert_eq!(parts(&host), 0);
    assert!(!build_queue::is_built() && !built.get_untracked());
    assert!(!document()
        .document_element()
        .unwrap()
        .has_attribute("data-built"));
    let mut counts = Vec::new();
    for _ in 0..100 {
        sleep(0).await;
        counts.push(parts(&host));
        if build_queue::is_built() {
            break;
        }
    }
    assert_eq!(text(&host), "shell one two three", "in page order");
    assert!(
        counts.iter().any(|&n| n > 0 && n < 3),
        "one part per task, not all in one: {counts:?}"
    );
    assert!(built.get_untracked());
    assert!(document()
        .document_element()
        .unwrap()
        .has_attribute("data-built"));

    // Printing or reading aloud builds whatever still waits, without waiting for the tasks.
    let host2: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host2).unwrap();
    let _handle2 = leptos::mount::mount_to(host2.clone(), || {
        view! {
            {build_queue::later(|| view! { <p class="part">"a"</p> })}
            {build_queue::later(|| view! { <p class="part">"b"</p> })}
        }
    });
    assert_eq!(parts(&host2), 0);
    build_queue::flush();
    leptos::task::tick().await;
    assert_eq!(text(&host2), "ab");
    assert!(build_queue::is_built() && built.get_untracked());
}

#[wasm_bindgen_test]
async fn a_position_handed_over_by_the_paste_box_becomes_the_playground() {
    use softmax_lab::components::handoff::{HANDOFF_ATTRIBUTE, HANDOFF_EVENT};
    let (host, _handle) = mount("s=softmax");
    settle().await;
    assert_eq!(
        find(&host, "details.paste > summary")
            .text_content()
            .unwrap(),
        "Paste a model\u{2019}s output"
    );
    // What the box sends for a step: the lesson's own query string.
    let sent = Params {
        tokens: vec![
            "\u{2423}capital".into(),
            "\u{2423}largest".into(),
            "\u{2423}most".into(),
        ],
        logits: vec![-0.9163, -1.204, -2.3],
        ..Params::default()
    };
    let slot = find(&host, "[data-paste-box]");
    slot.set_attribute(HANDOFF_ATTRIBUTE, &sent.to_query())
        .unwrap();
    let init = EventInit::new();
    init.set_bubbles(true);
    slot.dispatch_event(&Event::new_with_event_init_dict(HANDOFF_EVENT, &init).unwrap())
        .unwrap();
    settle().await;
    let rows = table_cells(&host, "table-probs");
    let expected = math::softmax(&[-0.9163, -1.204, -2.3]);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][0], "\u{2423}capital");
    assert_eq!(rows[1][1], format!("{:.3}", expected[1]));
    // The message is taken once: the same event again, after a slider moved, changes nothing.
    assert_eq!(slot.get_attribute(HANDOFF_ATTRIBUTE), None);
    let range: HtmlInputElement = find(&host, "#logit-0").unchecked_into();
    fire(&range, "2", "input");
    slot.dispatch_event(&Event::new_with_event_init_dict(HANDOFF_EVENT, &init).unwrap())
        .unwrap();
    settle().await;
    let moved = math::softmax(&[2.0, -1.204, -2.3]);
    assert_eq!(
        table_cells(&host, "table-probs")[0][1],
        format!("{:.3}", moved[0])
    );
}

#[wasm_bindgen_test]
async fn a_hostile_string_in_a_text_file_stays_text() {
    use softmax_lab::text::{keys::softmax::WHY_RATIO, rich, PER_FILE};
    load_english();
    // A translation with markup that is not ours and a placeholder's value that looks like ours.
    let (file, index) = (
        (WHY_RATIO.0 / PER_FILE) as usize,
        (WHY_RATIO.0 % PER_FILE) as usize,
    );
    let array: js_sys::Array = js_sys::JSON::parse(ENGLISH[file]).unwrap().unchecked_into();
    let mut messages: Vec<String> = array.iter().map(|v| v.as_string().unwrap()).collect();
    messages[index] =
        "<img src=x onerror=window.__pwned=1><strong>\u{E000}</strong> <script>window.__pwned=2</script>\u{E001}"
            .into();
    softmax_lab::text::store(file, messages);
    let doc = document();
    let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        rich(WHY_RATIO, ["<em>x</em>".into(), "y".into()])
    });
    leptos::task::tick().await;
    assert!(
        host.query_selector("img").unwrap().is_none(),
        "no element from the text file's markup"
    );
    assert!(host.query_selector("script").unwrap().is_none());
    assert!(
        host.query_selector("em").unwrap().is_none(),
        "no element from a placeholder's value"
    );
    let strong = host
        .query_selector("strong")
        .unwrap()
        .expect("our own tag is an element");
    assert_eq!(strong.text_content().unwrap(), "<em>x</em>");
    let text = host.text_content().unwrap();
    assert!(
        text.starts_with("<img src=x onerror=window.__pwned=1>"),
        "{text}"
    );
    assert!(
        text.ends_with("<script>window.__pwned=2</script>y"),
        "{text}"
    );
    load_english();
}
