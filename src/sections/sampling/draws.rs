//! Seeded draws and their histogram against the exact probabilities.

use super::model::Outcome;
use crate::charts::{draw_bars, BarChartView, BarDatum, BarState};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, Readout, Readouts};
use crate::derived::Derived;
use crate::format::{fixed, grouped};
use crate::presets::Example;
use crate::state::use_lesson;
use crate::text::keys::sampling as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// Most draws kept at once: at 100,000 the histogram sits within about 0.002 of the exact bars.
const MAX_TOTAL_DRAWS: usize = 100_000;

/// Seeded draws: 1, 100 or 1,000 at a time, the histogram beside the exact bars, and the sentence.
#[component]
pub(super) fn Draws(outcome: Derived<Outcome>) -> impl IntoView {
    let state = use_lesson();
    let draw: CanvasDraw<BarChartView> = draw_bars::<CanvasBackend>;
    let freq = move |count: u64| {
        let n = state.draws.get();
        if n == 0 {
            0.0
        } else {
            count as f64 / n as f64
        }
    };
    let chart = Derived::new(move || {
        outcome.with(|o| BarChartView {
            bars: (0..o.labels.len())
                .map(|i| BarDatum {
                    label: o.labels[i].clone(),
                    value: freq(o.counts[i]),
                    ghost: Some(o.sampled[i]),
                    state: if o.last == Some(i) {
                        BarState::Highlight
                    } else {
                        BarState::Kept
                    },
                })
                .collect(),
            y_range: (0.0, 1.0),
            decimals: 2,
            threshold: None,
            floor: None,
            cumulative: None,
            signed_colours: false,
        })
    });
    let table = Signal::derive(move || {
        outcome.with(|o| TableData {
            columns: vec![
                t(k::COLUMN_TOKEN),
                t(k::COLUMN_EXACT),
                t(k::COLUMN_DRAWS),
                t(k::COLUMN_SHARE),
            ],
            rows: (0..o.labels.len())
                .map(|i| {
                    vec![
                        o.names[i].clone(),
                        fixed(o.sampled[i], 3),
                        grouped(o.counts[i] as usize),
                        fixed(freq(o.counts[i]), 3),
                    ]
                })
                .collect(),
            footer: Some(vec![
                t(k::ROW_ALL),
                fixed(1.0, 3),
                grouped(state.draws.get()),
                String::new(),
            ]),
        })
    });
    let word = move || outcome.with(|o| o.last.and_then(|i| o.names.get(i).cloned()));
    let gap = move || {
        outcome.with(|o| {
            o.sampled
                .iter()
                .zip(&o.counts)
                .map(|(p, c)| (freq(*c) - p).abs())
                .fold(0.0, f64::max)
        })
    };
    let readouts = vec![
        Readout {
            id: "draws",
            label: t(k::READOUT_DRAWS),
            value: Signal::derive(move || grouped(state.draws.get())),
        },
        Readout {
            id: "gap",
            label: t(k::READOUT_GAP),
            value: Signal::derive(move || {
                if state.draws.get() == 0 {
                    "\u{2014}".into()
                } else {
                    fixed(gap(), 3)
                }
            }),
        },
        Readout {
            id: "noise",
            label: t(k::READOUT_NOISE),
            value: Signal::derive(move || {
                let n = state.draws.get();
                if n == 0 {
                    "\u{2014}".into()
                } else {
                    fixed(0.5 / (n as f64).sqrt(), 3)
                }
            }),
        },
        Readout {
            id: "seed",
            label: t(k::READOUT_SEED),
            value: Signal::derive(move || state.seed.get().to_string()),
        },
    ];
    let add = move |n: usize| {
        state.draws.update(|d| *d = (*d + n).min(MAX_TOTAL_DRAWS));
        // On a phone the histogram sits below the buttons: show what the draws did.
        crate::browser::bring_into_view("[data-testid=chart-draws]");
    };
    // "The cat sat on the ___" where the tokens are the sentence example's; a sentence that fits
    // any tokens elsewhere (an instructor's own, a pasted model's).
    let sentence = move || Example::frame(state.has_tokens_of(Example::Sentence));
    let full = move || (state.draws.get() >= MAX_TOTAL_DRAWS).then_some("true");
    view! {
        <Card title=t(k::DRAWS_TITLE) id="draws" class="charts">
            <p class="sentence" data-testid="sentence">
                {move || sentence().0}
                {move || match word() {
                    Some(w) => view! { <mark>{w}</mark> }.into_any(),
                    None => view! { <span class="sentence__blank">"___"</span> }.into_any(),
                }}
                {move || sentence().1}
            </p>
            <div class="draw-buttons" role="group" aria-label=t(k::DRAW_BUTTONS)>
                <button class="button button--primary" data-testid="draw-1" aria-disabled=full on:click=move |_| add(1)>{tr!(k::DRAW_N, 1usize)}</button>
                <button class="button" data-testid="draw-100" aria-disabled=full on:click=move |_| add(100)>{tr!(k::DRAW_N, 100usize)}</button>
                <button class="button" data-testid="draw-1000" aria-disabled=full on:click=move |_| add(1000)>{tr!(k::DRAW_N, 1000usize)}</button>
                <button class="button" data-testid="draw-clear" on:click=move |_| state.draws.set(0)>{t(k::DRAW_CLEAR)}</button>
                <button
                    class="button"
                    data-testid="reroll"
                    on:click=move |_| state.reroll_seed()
                >
                    {t(k::DRAW_NEW_SEED)}
                </button>
            </div>
            <Readouts items=readouts/>
            <ChartFigure
                caption=t(k::DRAWS_CAPTION)
                view=chart
                draw=draw
                label=t(k::DRAWS_LABEL)
                table_caption=t(k::DRAWS_TABLE)
                table=table
                testid="draws"
            />
            <p class="card__hint">{t(k::DRAWS_HINT)}</p>
        </Card>
    }
}
