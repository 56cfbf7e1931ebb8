//! Section 0, the big picture: a six-step walk from transformer blocks to the gradient, each step
//! shown on the pipeline diagram and worked on the playground's own tokens.

use crate::charts::{draw_bars, BarChartView, BarState};
use crate::components::chart_canvas::{CanvasDraw, Chart};
use crate::components::{build_queue, ChartCanvas, HtmlBlock, References, SectionLink, Stepper};
use crate::derived::Derived;
use crate::format::{fixed, grouped, signed};
use crate::markup::Markup;
use crate::math;
use crate::params::Section;
use crate::state::use_lesson;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The steps' short names, in pipeline order.
const STEPS: [&str; 6] = [
    "Transformer",
    "Hidden state",
    "Logits",
    "Softmax",
    "Sample or score",
    "Gradient",
];

/// The sections that explain each step, in the order of [`STEPS`].
const EXPLAINED_IN: [&[Section]; 6] = [
    &[Section::Attention],
    &[Section::Training],
    &[Section::Softmax],
    &[Section::Softmax, Section::Stability],
    &[Section::Sampling, Section::Loss],
    &[Section::Gradients, Section::Training],
];

/// Links to the sections of this build that explain step `i`.
fn explained_in(i: usize) -> impl IntoView {
    let links = EXPLAINED_IN[i.min(STEPS.len() - 1)]
        .iter()
        .filter(|s| Section::AVAILABLE.contains(s))
        .map(|&s| {
            view! {
                <li>
                    <SectionLink section=s class="overview__link">
                        {format!("{}. {} \u{2192}", s.number(), s.title())}
                    </SectionLink>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="overview__more" data-testid="overview-links">
            <span class="overview__more-label">"Explained in "</span>
            <ul>{links}</ul>
        </div>
    }
}

/// Section 0.
#[component]
pub fn Overview() -> impl IntoView {
    let state = use_lesson();
    let current = RwSignal::new(0usize);
    let chart = Derived::new(move || step_chart(current.get(), state));
    let draw: CanvasDraw<BarChartView> = draw_bars::<CanvasBackend>;
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Overview.lede()}</p>
        </div>
        {build_queue::later(move || view! {
            <div class="card overview">
                <Stepper labels=STEPS.to_vec() current=current label="The pipeline, from transformer to gradient" then=Section::Softmax>
                <div class="overview__body">
                    <div>
                        <HtmlBlock class="overview__step" live=true testid="overview-step"
                            markup=Signal::derive(move || step_html(current.get(), state))/>
                        {move || explained_in(current.get())}
                    </div>
                    <Show when=move || chart.with(|c| c.is_some())>
                        <figure class="overview__chart">
                            <ChartCanvas
                                chart=Chart::new(Derived::new(move || chart.with(|c| c.as_ref().map(|(_, v)| v.clone())).unwrap_or_else(empty_chart)), draw)
                                label=Signal::derive(move || chart.get().map(|(l, _)| l).unwrap_or_default())
                                height=190.0
                                testid="chart-overview"
                            />
                            <figcaption>{move || chart.get().map(|(l, _)| l).unwrap_or_default()}</figcaption>
                        </figure>
                    </Show>
                </div>
                </Stepper>
            </div>
        })}
        {build_queue::later(|| view! { <References/> })}
    }
}

/// The words and the live example for step `i`. Prose with a few numbers in it, so one
/// [`Markup`] per step; token names and numbers go in as escaped text.
fn step_html(i: usize, state: crate::state::LessonState) -> Markup {
    let tokens = state.tokens.get();
    let logits = state.logits.get();
    let probs = state.probs.get();
    let sizes = math::ModelSizes::TYPICAL;
    let token = |k: usize| tokens.get(k).map(String::as_str).unwrap_or_default();
    let listing = |html: &mut Markup, values: Vec<String>| {
        html.push_raw("<ul class=\"example-list\">");
        for (k, v) in values.iter().enumerate() {
            html.push_raw("<li><span class=\"token\">")
                .push_text(token(k))
                .push_raw("</span> <span class=\"num\">")
                .push_text(v)
                .push_raw("</span></li>");
        }
        html.push_raw("</ul>");
    };
    let target = state.target.get().min(tokens.len().saturating_sub(1));
    match i {
        0 => Markup::raw(
            "<h2>1. Transformer blocks read the prompt</h2>\
              <p>The prompt \u{201c}The cat sat on the\u{201d} is split into tokens. Dozens of \
              transformer blocks mix information between positions, using attention, which is \
              itself a softmax.</p>\
              <p class=\"example\">Prompt: <q>The cat sat on the</q> \u{2192} next token?</p>",
        ),
        1 => {
            let mut rng = math::Rng::new(state.seed.get());
            let sample: Vec<String> = (0..6).map(|_| fixed(rng.normal(), 2)).collect();
            let hidden = grouped(sizes.hidden);
            let mut html = Markup::raw(
                "<h2>2. One hidden state for the last position</h2>\
                 <p>What the model knows about \u{201c}what comes next\u{201d} is packed into one vector \
                 of about ",
            );
            html.push_text(&hidden)
                .push_raw(" numbers for the last position.</p><p class=\"example\">h = [")
                .push_text(&sample.join(", "))
                .push_raw(", \u{2026}] <span class=\"muted\">(random values for illustration; ")
                .push_text(&hidden)
                .push_raw(" in all)</span></p>");
            html
        }
        2 => {
            let mut html = Markup::raw(
                "<h2>3. A linear layer gives one logit per token</h2>\
                 <p>Multiplying h by a weight matrix gives a score, a logit, for every entry of the \
                 vocabulary: about ",
            );
            html.push_text(&grouped(sizes.vocab))
                .push_raw(" of them. Logits can be any real number. The playground keeps just ")
                .push_text(&tokens.len().to_string())
                .push_raw(" of them:</p>");
            listing(&mut html, logits.iter().map(|v| fixed(*v, 1)).collect());
            html
        }
        3 => {
            let mut html = Markup::raw(
                "<h2>4. Softmax turns logits into probabilities</h2>\
                 <p>Exponentiate each logit, then divide by the total: every value lands between 0 and 1 and they sum to 1.</p>",
            );
            listing(&mut html, probs.iter().map(|v| fixed(*v, 3)).collect());
            html
        }
        4 => {
            let mut rng = math::Rng::new(state.seed.get());
            let drawn = math::sample_index(&probs, rng.next_f64());
            let loss = math::cross_entropy(&logits, target);
            let mut html = Markup::raw(
                "<h2>5. Sample a token, or score the true one</h2>\
                 <p>When the model writes, it draws a token at random with these probabilities. \
                 When it learns, the true next token is known and the loss is the negative log \
                 of the probability given to it.</p><p class=\"example\">Drawn with seed ",
            );
            html.push_text(&state.seed.get().to_string())
                .push_raw(": <strong class=\"token\">")
                .push_text(token(drawn))
                .push_raw("</strong></p><p class=\"example\">If the true token is <strong class=\"token\">")
                .push_text(token(target))
                .push_raw("</strong>: loss = \u{2212}ln ")
                .push_text(&fixed(probs.get(target).copied().unwrap_or(0.0), 4))
                .push_raw(" = <strong>")
                .push_text(&fixed(loss, 3))
                .push_raw("</strong> nats</p>");
            html
        }
        _ => {
            let mut html = Markup::raw(
                "<h2>6. The gradient flows back</h2>\
                 <p>The gradient of the loss with respect to each logit is simply p \u{2212} y: the \
                 probability minus 1 for the true token, minus 0 for the rest. It flows back \
                 through the linear layer and every block, nudging all the weights.</p>",
            );
            listing(
                &mut html,
                math::grad_logits(&logits, target)
                    .iter()
                    .map(|g| signed(*g, 3))
                    .collect(),
            );
            html
        }
    }
}

/// The chart that goes with step `i`, with its caption: logits, probabilities, the drawn token,
/// the gradient. The first two steps have none.
fn step_chart(i: usize, state: crate::state::LessonState) -> Option<(String, BarChartView)> {
    let tokens = state.tokens.get();
    let logits = state.logits.get();
    let probs = state.probs.get();
    // Plain bars, with the bar at `highlight` (the drawn or the true token) marked.
    let view = |values: &[f64], highlight: Option<usize>, y_range, decimals, signed| {
        let mut v = BarChartView::plain(&tokens, values, y_range, decimals, signed);
        if let Some(bar) = highlight.and_then(|k| v.bars.get_mut(k)) {
            bar.state = BarState::Highlight;
        }
        v
    };
    let target = state.target.get().min(tokens.len().saturating_sub(1));
    match i {
        2 => Some((
            "Logits: one score per token".into(),
            view(&logits, None, (-2.0, 3.0), 1, true),
        )),
        3 => Some((
            "Probabilities after softmax".into(),
            view(&probs, None, (0.0, 1.0), 3, false),
        )),
        4 => {
            let drawn = math::sample_index(&probs, math::Rng::new(state.seed.get()).next_f64());
            Some((
                "Probabilities; the drawn token is highlighted".into(),
                view(&probs, Some(drawn), (0.0, 1.0), 3, false),
            ))
        }
        5 => Some((
            "Gradient p \u{2212} y; the true token is highlighted".into(),
            view(
                &math::grad_logits(&logits, target),
                Some(target),
                (-1.0, 1.0),
                3,
                true,
            ),
        )),
        _ => None,
    }
}

fn empty_chart() -> BarChartView {
    BarChartView::plain(&[], &[], (0.0, 1.0), 0, false)
}
