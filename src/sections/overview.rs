//! Section 0, the big picture: a six-step walk from transformer blocks to the gradient, each step
//! shown on the pipeline diagram and worked on the playground's own tokens.

use crate::charts::{draw_bars, BarChartView, BarState};
use crate::components::chart_canvas::{CanvasDraw, Chart};
use crate::components::{
    build_queue, predict_slots, ChartCanvas, References, SectionLink, Stepper,
};
use crate::derived::Derived;
use crate::format::{fixed, grouped, list_separator, signed};
use crate::math;
use crate::params::Section;
use crate::state::use_lesson;
use crate::text::keys::overview as k;
use crate::text::{rich, t, Msg};
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The steps' short names, in pipeline order.
const STEPS: [Msg<0>; 6] = [
    k::STEP_TRANSFORMER,
    k::STEP_HIDDEN,
    k::STEP_LOGITS,
    k::STEP_SOFTMAX,
    k::STEP_SAMPLE,
    k::STEP_GRADIENT,
];

/// The steps' short names, as shown.
fn step_names() -> Vec<String> {
    STEPS.iter().map(|m| t(*m)).collect()
}

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
                        {format!("{} {}", tr!(k::SECTION_LINK, s.number().to_string(), s.title()), crate::text::arrows().1)}
                    </SectionLink>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="overview__more" data-testid="overview-links">
            <span class="overview__more-label">{t(k::EXPLAINED_IN)} " "</span>
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
            <div class="card overview" id="pipeline">
                {predict_slots(&["overview-step"])}
                <Stepper labels=step_names() current=current label=t(k::PIPELINE_LABEL) then=Section::Softmax>
                <div class="overview__body">
                    <div>
                        <div class="overview__step" aria-live="polite" data-testid="overview-step">
                            {move || step_view(current.get(), state)}
                        </div>
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

/// The words and the live example for step `i`; token names and numbers go in as text.
fn step_view(i: usize, state: crate::state::LessonState) -> AnyView {
    let tokens = state.tokens.get();
    let logits = state.logits.get();
    let probs = state.probs.get();
    let sizes = math::ModelSizes::TYPICAL;
    let token = |n: usize| tokens.get(n).cloned().unwrap_or_default();
    let listing = |values: Vec<String>| {
        let items = values
            .into_iter()
            .enumerate()
            .map(|(n, v)| view! { <li><span class="token">{token(n)}</span> " " <span class="num">{v}</span></li> })
            .collect_view();
        view! { <ul class="example-list">{items}</ul> }
    };
    let target = state.target.get().min(tokens.len().saturating_sub(1));
    match i {
        0 => view! {
            <h2>{t(k::TRANSFORMER_TITLE)}</h2>
            <p>{t(k::TRANSFORMER_TEXT)}</p>
            <p class="example">{rich(k::TRANSFORMER_EXAMPLE, [])}</p>
        }
        .into_any(),
        1 => {
            let mut rng = math::Rng::new(state.seed.get());
            let sample: Vec<String> = (0..6).map(|_| fixed(rng.normal(), 2)).collect();
            let hidden = grouped(sizes.hidden);
            view! {
                <h2>{t(k::HIDDEN_TITLE)}</h2>
                <p>{tr!(k::HIDDEN_TEXT, &hidden)}</p>
                <p class="example">
                    "h = [" {sample.join(list_separator())} {list_separator()} "\u{2026}] "
                    <span class="muted">{tr!(k::HIDDEN_NOTE, &hidden)}</span>
                </p>
            }
            .into_any()
        }
        2 => view! {
            <h2>{t(k::LOGITS_TITLE)}</h2>
            <p>{tr!(k::LOGITS_TEXT, grouped(sizes.vocab), grouped(tokens.len()))}</p>
            {listing(logits.iter().map(|v| fixed(*v, 1)).collect())}
        }
        .into_any(),
        3 => view! {
            <h2>{t(k::SOFTMAX_TITLE)}</h2>
            <p>{t(k::SOFTMAX_TEXT)}</p>
            {listing(probs.iter().map(|v| fixed(*v, 3)).collect())}
        }
        .into_any(),
        4 => {
            let mut rng = math::Rng::new(state.seed.get());
            let drawn = math::sample_index(&probs, rng.next_f64());
            let loss = math::cross_entropy(&logits, target);
            let p = fixed(probs.get(target).copied().unwrap_or(0.0), 4);
            view! {
                <h2>{t(k::SAMPLE_TITLE)}</h2>
                <p>{t(k::SAMPLE_TEXT)}</p>
                <p class="example">{rich(k::SAMPLE_DRAWN, [state.seed.get().to_string().into(), token(drawn).into()])}</p>
                <p class="example">{rich(k::SAMPLE_LOSS, [token(target).into(), p.into(), fixed(loss, 3).into()])}</p>
            }
            .into_any()
        }
        _ => view! {
            <h2>{t(k::GRADIENT_TITLE)}</h2>
            <p>{t(k::GRADIENT_TEXT)}</p>
            {listing(math::grad_logits(&logits, target).iter().map(|g| signed(*g, 3)).collect())}
        }
        .into_any(),
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
            t(k::LOGITS_CHART),
            view(&logits, None, (-2.0, 3.0), 1, true),
        )),
        3 => Some((
            t(k::SOFTMAX_CHART),
            view(&probs, None, (0.0, 1.0), 3, false),
        )),
        4 => {
            let drawn = math::sample_index(&probs, math::Rng::new(state.seed.get()).next_f64());
            Some((
                t(k::SAMPLE_CHART),
                view(&probs, Some(drawn), (0.0, 1.0), 3, false),
            ))
        }
        5 => Some((
            t(k::GRADIENT_CHART),
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
