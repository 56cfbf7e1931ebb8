//! The prediction card: pick a context word and see the trained model's next-token
//! distribution; open those logits in the softmax or the sampling playground.

use super::model::{next_tokens, shown_token, start_word, Run};
use crate::charts::{draw_bars, BarChartView};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure};
use crate::derived::Derived;
use crate::format::fixed;
use crate::params::{Section, LOGIT_RANGE, MAX_TOKENS};
use crate::state::use_lesson;
use crate::text::keys::training as k;
use crate::text::t;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// Bars shown for the next-token distribution.
const SHOWN: usize = 8;

/// Context picker, next-token bars and table, and the buttons that carry the logits on.
#[component]
pub fn Predict(
    /// The run being trained, as last shown.
    run: Derived<Run>,
) -> impl IntoView {
    let state = use_lesson();
    // A context with many continuations ("the" in English).
    let the = run.with_untracked(|r| r.model().vocab().id(&start_word()).unwrap_or(0));
    let context = RwSignal::new(the);
    let words = Derived::new(move || {
        run.with(|r| {
            let vocab = r.model().vocab();
            (0..vocab.len())
                .map(|i| shown_token(vocab, i))
                .collect::<Vec<_>>()
        })
    });
    let top = Derived::new(move || {
        let prev = context.get();
        run.with(|r| next_tokens(r.model(), prev, SHOWN))
    });
    let chart = Derived::new(move || {
        top.with(|t| {
            let labels: Vec<String> = t.iter().map(|x| x.0.clone()).collect();
            let probs: Vec<f64> = t.iter().map(|x| x.2).collect();
            BarChartView::plain(&labels, &probs, (0.0, 1.0), 2, false)
        })
    });
    let table = Signal::derive(move || TableData {
        columns: vec![
            t(k::COLUMN_NEXT_WORD),
            t(k::COLUMN_LOGIT),
            t(k::COLUMN_PROBABILITY),
        ],
        rows: top.with(|t| {
            t.iter()
                .map(|(w, z, p)| vec![w.clone(), fixed(*z, 3), fixed(*p, 3)])
                .collect()
        }),
        footer: None,
    });
    // The model's logits for this context, the most likely MAX_TOKENS of them, into the lesson.
    let open_in = move |section: Section| {
        let best =
            run.with_untracked(|r| next_tokens(r.model(), context.get_untracked(), MAX_TOKENS));
        state.tokens.set(best.iter().map(|x| x.0.clone()).collect());
        state.logits.set(
            best.iter()
                .map(|x| (x.1 * 10.0).round() / 10.0)
                .map(|z| z.clamp(LOGIT_RANGE.0, LOGIT_RANGE.1))
                .collect(),
        );
        state.target.set(0);
        state.section.set(section);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    };
    let options = move || {
        words
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, w)| view! { <option value=i.to_string() selected=move || context.get() == i>{w}</option> })
            .collect_view()
    };
    let draw: CanvasDraw<BarChartView> = draw_bars::<CanvasBackend>;
    view! {
        <Card title=t(k::PREDICT_TITLE) id="train-predict" class="charts">
            <p>{t(k::PREDICT_TEXT)}</p>
            <label class="field">
                {t(k::PREDICT_AFTER_WORD)} " "
                <select data-testid="train-context" on:change:target=move |ev| {
                    if let Ok(i) = ev.target().value().parse::<usize>() {
                        context.set(i);
                    }
                }>{options}</select>
            </label>
            <ChartFigure
                caption=t(k::PREDICT_CAPTION)
                view=chart
                draw=draw
                label=t(k::PREDICT_LABEL)
                table_caption=t(k::PREDICT_TABLE)
                table=table
                testid="train-next"
                height=200.0
            />
            <div class="presets" role="group" aria-label=t(k::USE_LOGITS_LABEL)>
                <button class="chip" data-testid="train-to-softmax" on:click=move |_| open_in(Section::Softmax)>
                    {t(k::OPEN_IN_SOFTMAX)}
                </button>
                <button class="chip" data-testid="train-to-sampling" on:click=move |_| open_in(Section::Sampling)>
                    {t(k::OPEN_IN_SAMPLING)}
                </button>
            </div>
        </Card>
    }
}
