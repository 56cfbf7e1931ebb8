//! Section 2, temperature, top-k, top-p and sampling: the pipeline's controls and readouts, the
//! distribution it samples from (or a 128,000-token vocabulary), seeded draws converging to it,
//! when to use which temperature, and how llama.cpp's order differs.

use std::sync::Arc;

use crate::charts::{
    draw_bars, draw_lines, BarChartView, BarDatum, BarState, LineChartView, Marker, Series,
    Threshold,
};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{
    Card, ChartFigure, DataTable, Formula, LiveAnnouncer, Readout, Readouts, Slider, TokenRow,
};
use crate::format::{fixed, grouped};
use crate::math;
use crate::params::{Control, TEMPERATURE_RANGE, VOCAB_SIZE, VOCAB_TOP_K_MAX};
use crate::state::{use_lesson, Example, LessonState};
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// Tokens shown one by one in the large-vocabulary chart; the rest form one "other" bar.
const VOCAB_SHOWN: usize = 20;
/// Most draws kept at once: at 100,000 the histogram sits within about 0.002 of the exact bars.
const MAX_TOTAL_DRAWS: usize = 100_000;
/// Points per decade of the rank-probability curve.
const CURVE_DENSITY: usize = 12;
/// Lowest probability on the rank-probability chart's log axis.
const CURVE_FLOOR: f64 = 1e-9;

/// `(rank, probability)` points of the rank-probability curve.
type Points = Vec<(f64, f64)>;

/// What the section shows for the current settings, tokens in chart order (most likely first).
#[derive(Clone, Debug, PartialEq)]
struct Outcome {
    /// Bar labels.
    labels: Vec<String>,
    /// Token names for the sentence and the tables.
    names: Vec<String>,
    /// The `T = 1` probabilities (the ghost bars).
    base: Vec<f64>,
    /// `softmax(z / T)` over what top-k kept: the distribution top-p looks at.
    scaled: Vec<f64>,
    /// The distribution sampled from.
    sampled: Vec<f64>,
    /// Kept by top-k and top-p.
    kept: Vec<bool>,
    /// Tokens in the vocabulary.
    size: usize,
    /// Tokens that survive top-k and top-p.
    kept_count: usize,
    /// Entropy of the sampled distribution, nats.
    entropy: f64,
    /// Large-vocabulary mode: the last bar is every other token, and the rank curve.
    curve: Option<(Points, Points)>,
    /// The student's draws so far (replayed from the seed), per token.
    counts: Vec<u64>,
    /// The latest draw.
    last: Option<usize>,
}

/// The large vocabulary for one seed, sorted, with its `T = 1` view (the ghost bars).
struct VocabCache {
    ranked: math::RankedVocab,
    base: math::RankedView,
}

/// Section 2.
#[component]
pub fn SamplingSection() -> impl IntoView {
    let state = use_lesson();
    let ranks = math::log_spaced_ranks(VOCAB_SIZE, CURVE_DENSITY);
    // The vocabulary for the current seed and its T = 1 view, built once per seed (a sort of
    // 128,000 logits) and reused by every move of the sliders.
    let cache: StoredValue<Option<(u64, Arc<VocabCache>)>> = StoredValue::new(None);
    let outcome = Memo::new(move |_| {
        let (t, k, p) = (
            state.temperature.get(),
            state.top_k.get(),
            state.top_p.get(),
        );
        let o = if state.vocab.get() {
            let seed = state.seed.get();
            let vocab = match cache.get_value() {
                Some((s, v)) if s == seed => v,
                _ => {
                    let ranked = math::RankedVocab::new(&math::zipf_logits(VOCAB_SIZE, seed));
                    let base = ranked.view(1.0, 0, 1.0, VOCAB_SHOWN, &ranks);
                    let v = Arc::new(VocabCache { ranked, base });
                    cache.set_value(Some((seed, v.clone())));
                    v
                }
            };
            vocab_outcome(&vocab.ranked, &vocab.base, t, k, p, &ranks)
        } else {
            state.logits.with(|z| {
                state
                    .tokens
                    .with(|names| token_outcome(names, z, &state.probs.get(), t, k, p))
            })
        };
        let tally = math::tally_draws(&o.sampled, state.draws.get(), state.seed.get());
        Outcome {
            counts: tally.counts,
            last: tally.last,
            ..o
        }
    });
    let summary = Signal::derive(move || {
        outcome.with(|o| {
            format!(
                "Keeps {} of {} tokens; entropy {} nats.",
                grouped(o.kept_count),
                grouped(o.size),
                fixed(o.entropy, 2)
            )
        })
    });
    view! {
        <div class="section-intro">
            <p class="lede">
                "A model does not have to say its favourite word. It can sample: pick a token at random, "
                "each with its probability. Temperature reshapes the probabilities first; top-k and top-p "
                "cut off the unlikely tail. Hugging Face and vLLM apply them in this order: divide by T, "
                "top-k, softmax, top-p, renormalise, draw."
            </p>
            <Formula
                label="p i equals e to the z i over T, divided by the sum over j of e to the z j over T"
                mathml="<msub><mi>p</mi><mi>i</mi></msub><mo>=</mo><mfrac><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>i</mi></msub><mo>/</mo><mi>T</mi></mrow></msup><mrow><munder><mo>\u{2211}</mo><mi>j</mi></munder><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>j</mi></msub><mo>/</mo><mi>T</mi></mrow></msup></mrow></mfrac>"
            />
        </div>
        <div class="softmax-grid">
            <Controls outcome=outcome/>
            <Distribution outcome=outcome/>
        </div>
        <Draws outcome=outcome/>
        <TemperatureUses/>
        <OtherOrders/>
        <LiveAnnouncer text=summary/>
    }
}

/// The playground's tokens through the pipeline, sorted by logit (an order no setting changes).
fn token_outcome(names: &[String], z: &[f64], base: &[f64], t: f64, k: usize, p: f64) -> Outcome {
    let stages = math::sampling_pipeline(z, t, k, p);
    let order: Vec<usize> = math::descending_order(z)
        .into_iter()
        .map(|i| i as usize)
        .collect();
    let pick = |v: &[f64]| order.iter().map(|&i| v[i]).collect::<Vec<f64>>();
    let names: Vec<String> = order.iter().map(|&i| names[i].clone()).collect();
    Outcome {
        labels: names.clone(),
        names,
        base: pick(base),
        scaled: pick(&stages.before_top_p),
        sampled: pick(&stages.probs),
        kept: order.iter().map(|&i| stages.kept_by_top_p[i]).collect(),
        size: z.len(),
        kept_count: stages.kept_by_top_p.iter().filter(|&&k| k).count(),
        entropy: math::entropy(&stages.probs),
        curve: None,
        counts: Vec::new(),
        last: None,
    }
}

/// The large vocabulary's top tokens plus one bar for all the others.
fn vocab_outcome(
    vocab: &math::RankedVocab,
    base: &math::RankedView,
    t: f64,
    k: usize,
    p: f64,
    ranks: &[usize],
) -> Outcome {
    let v = vocab.view(t, k, p, VOCAB_SHOWN, ranks);
    let rest = vocab.len().saturating_sub(VOCAB_SHOWN);
    // 21 bars share the width: label ranks 1, 5, 10, ... only, so the labels never collide; the
    // last bar (every other token) is named in the caption and the table.
    let mut labels: Vec<String> = (1..=v.top.len())
        .map(|r| {
            if r == 1 || r % 5 == 0 {
                r.to_string()
            } else {
                String::new()
            }
        })
        .collect();
    labels.push(String::new());
    let mut names: Vec<String> = v.top.iter().map(|x| format!("token {}", x.id)).collect();
    names.push(format!("one of the other {}", grouped(rest)));
    let with_other = |mut xs: Vec<f64>, other: f64| {
        xs.push(other);
        xs
    };
    let floor = |pts: &[(f64, f64)]| -> Vec<(f64, f64)> {
        pts.iter()
            .copied()
            .filter(|&(_, q)| q >= CURVE_FLOOR)
            .collect()
    };
    Outcome {
        labels,
        names,
        base: with_other(
            base.top.iter().map(|x| x.scaled).collect(),
            base.other_scaled,
        ),
        scaled: with_other(v.top.iter().map(|x| x.scaled).collect(), v.other_scaled),
        sampled: with_other(v.top.iter().map(|x| x.sampled).collect(), v.other_sampled),
        kept: (0..=v.top.len())
            .map(|r| r < v.kept || (r == v.top.len() && v.kept > VOCAB_SHOWN))
            .collect(),
        size: vocab.len(),
        kept_count: v.kept,
        entropy: v.entropy,
        curve: Some((floor(&v.curve), floor(&base.curve))),
        counts: Vec::new(),
        last: None,
    }
}

/// Temperature, top-k and top-p, the vocabulary switch, examples and the readouts.
#[component]
fn Controls(outcome: Memo<Outcome>) -> impl IntoView {
    let state = use_lesson();
    let editor_hidden = state.hidden(Control::Editor);
    let presets_hidden = state.hidden(Control::Presets);
    let kept_text = move || {
        outcome.with(|o| {
            format!(
                "keeps {} of {} tokens",
                grouped(o.kept_count),
                grouped(o.size)
            )
        })
    };
    let t_text = Callback::new(move |t: f64| {
        let effect = if t <= 0.1 {
            "almost always the top token (greedy)"
        } else if t < 0.95 {
            "sharper than the model's own distribution"
        } else if t <= 1.05 {
            "the model's own distribution"
        } else {
            "flatter: rarer tokens gain"
        };
        format!("temperature {}, {effect}", fixed(t, 2))
    });
    let k_text = Callback::new(move |k: f64| {
        if k < 0.5 {
            "top-k off, keeps every token".to_string()
        } else {
            format!("top-k {}, {}", k as usize, kept_text())
        }
    });
    let p_text = Callback::new(move |p: f64| format!("top-p {}, {}", fixed(p, 2), kept_text()));
    let k_max = Memo::new(move |_| {
        if state.vocab.get() {
            VOCAB_TOP_K_MAX
        } else {
            state.tokens.with(|t| t.len())
        }
    });
    let count = Memo::new(move |_| state.tokens.with(|t| t.len()));
    let rows = move || {
        (0..count.get())
            .map(|i| view! { <TokenRow index=i editable=Signal::derive(move || !editor_hidden.get())/> })
            .collect_view()
    };
    let readouts = vec![
        Readout {
            id: "entropy",
            label: "Entropy",
            value: Signal::derive(move || {
                outcome.with(|o| format!("{} nats", fixed(o.entropy, 3)))
            }),
        },
        Readout {
            id: "bits",
            label: "In bits",
            value: Signal::derive(move || {
                outcome.with(|o| format!("{} bits", fixed(math::nats_to_bits(o.entropy), 3)))
            }),
        },
        Readout {
            id: "choices",
            label: "Effective choices e\u{1d34}",
            value: Signal::derive(move || outcome.with(|o| fixed(o.entropy.exp(), 2))),
        },
        Readout {
            id: "nucleus",
            label: "Tokens kept",
            value: Signal::derive(move || {
                outcome.with(|o| format!("{} of {}", grouped(o.kept_count), grouped(o.size)))
            }),
        },
    ];
    view! {
        <Card title="Settings" id="sampling-controls" class="playground">
            <fieldset class="switch" data-testid="vocab-switch">
                <legend class="visually-hidden">"Vocabulary"</legend>
                <label>
                    <input type="radio" name="vocab" prop:checked=move || !state.vocab.get() on:change=move |_| set_vocab(state, false)/>
                    {move || format!("These {} tokens", count.get())}
                </label>
                <label>
                    <input type="radio" name="vocab" data-testid="vocab-on" prop:checked=move || state.vocab.get() on:change=move |_| set_vocab(state, true)/>
                    {format!("A real vocabulary ({} tokens)", grouped(VOCAB_SIZE))}
                </label>
            </fieldset>
            <Slider
                id="temperature"
                label=Signal::derive(|| "Temperature T".to_string())
                value=state.temperature
                on_change=Callback::new(move |v| state.temperature.set(v))
                min=TEMPERATURE_RANGE.0
                max=TEMPERATURE_RANGE.1
                step=0.01
                log=true
                valuetext=t_text
            />
            {move || {
                // Rebuilt only when the range changes (token count or vocabulary mode).
                let max = k_max.get();
                view! {
                    <Slider
                        id="top-k"
                        label=Signal::derive(|| "Top-k (0 = off)".to_string())
                        value=Signal::derive(move || state.top_k.get() as f64)
                        on_change=Callback::new(move |v: f64| state.top_k.set(v.round().clamp(0.0, max as f64) as usize))
                        min=0.0
                        max=max as f64
                        step=1.0
                        decimals=0
                        valuetext=k_text
                    />
                }
            }}
            <Slider
                id="top-p"
                label=Signal::derive(|| "Top-p".to_string())
                value=state.top_p
                on_change=Callback::new(move |v| state.top_p.set(v))
                min=0.0
                max=1.0
                step=0.01
                valuetext=p_text
            />
            <p class="card__hint">
                "Top-k 0 and top-p 1 switch those filters off. At T = 0.05 the top token takes practically "
                "all the probability: sampling turns into greedy decoding."
            </p>
            <Readouts items=readouts/>
            <Show when=move || !state.vocab.get()>
                <Show when=move || !presets_hidden.get()>
                    <div class="presets" role="group" aria-label="Examples">
                        <span class="presets__label">"Examples: "</span>
                        {[Example::Animals, Example::Support, Example::Sentence]
                            .into_iter()
                            .map(|e| view! {
                                <button class="chip" aria-pressed=move || state.shows_example(e).to_string() on:click=move |_| state.load_example(e)>{e.label()}</button>
                            })
                            .collect_view()}
                    </div>
                </Show>
                <details class="token-editor">
                    <summary>"Edit the tokens and logits"</summary>
                    <div class="token-rows">{rows}</div>
                </details>
            </Show>
        </Card>
    }
}

/// Turns the large-vocabulary mode on or off, keeping top-k inside its new range.
fn set_vocab(state: LessonState, on: bool) {
    state.vocab.set(on);
    let max = if on {
        VOCAB_TOP_K_MAX
    } else {
        state.tokens.with_untracked(|t| t.len())
    };
    if state.top_k.get_untracked() > max {
        state.top_k.set(0);
    }
    state.draws.set(0);
}

/// The distribution sampled from: ghosts at T = 1, removed tokens hatched, the cumulative line.
#[component]
fn Distribution(outcome: Memo<Outcome>) -> impl IntoView {
    let state = use_lesson();
    let draw: CanvasDraw<BarChartView> = draw_bars::<CanvasBackend>;
    let draw_curve: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    let chart = Memo::new(move |_| {
        let top_p = state.top_p.get();
        outcome.with(|o| {
            let mut cumulative = 0.0;
            BarChartView {
                bars: (0..o.labels.len())
                    .map(|i| BarDatum {
                        label: o.labels[i].clone(),
                        value: o.sampled[i],
                        ghost: Some(o.base[i]),
                        state: if o.kept[i] {
                            BarState::Kept
                        } else {
                            BarState::Removed
                        },
                    })
                    .collect(),
                y_range: (0.0, 1.0),
                decimals: 2,
                threshold: (top_p < 1.0).then(|| Threshold {
                    value: top_p,
                    label: format!("top-p {}", fixed(top_p, 2)),
                }),
                cumulative: Some(
                    o.scaled
                        .iter()
                        .map(|q| {
                            cumulative += q;
                            cumulative
                        })
                        .collect(),
                ),
                signed_colours: false,
            }
        })
    });
    let table = Signal::derive(move || {
        outcome.with(|o| TableData {
            columns: vec![
                "Token".into(),
                "p at T = 1".into(),
                "p at T".into(),
                "Kept".into(),
                "Sampled p".into(),
            ],
            rows: (0..o.labels.len())
                .map(|i| {
                    vec![
                        o.names[i].clone(),
                        fixed(o.base[i], 3),
                        fixed(o.scaled[i], 3),
                        if o.kept[i] { "yes" } else { "no" }.into(),
                        fixed(o.sampled[i], 3),
                    ]
                })
                .collect(),
            footer: None,
        })
    });
    let curve = Memo::new(move |_| {
        outcome.with(|o| {
            o.curve.as_ref().map(|(now, base)| {
                let kept = o.kept_count as f64;
                let at = now
                    .iter()
                    .rev()
                    .find(|(r, _)| *r <= kept)
                    .map(|p| p.1)
                    .unwrap_or(1.0);
                LineChartView {
                    series: vec![
                        Series {
                            name: "at T".into(),
                            points: now.clone(),
                            colour: 0,
                            dashed: false,
                        },
                        Series {
                            name: "T = 1".into(),
                            points: base.clone(),
                            colour: 1,
                            dashed: true,
                        },
                    ],
                    x_range: (1.0, VOCAB_SIZE as f64),
                    y_range: (CURVE_FLOOR, 1.0),
                    x_log: true,
                    y_log: true,
                    x_label: "rank".into(),
                    y_label: "probability".into(),
                    marker: Some(Marker {
                        x: kept,
                        y: at.max(CURVE_FLOOR),
                        label: format!("nucleus ends: {}", grouped(o.kept_count)),
                    }),
                    annotations: Vec::new(),
                }
            })
        })
    });
    let curve_table = Signal::derive(move || {
        let rows = curve.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.series[0]
                        .points
                        .iter()
                        .map(|(r, p)| vec![grouped(*r as usize), format!("{p:.2e}")])
                        .collect()
                })
                .unwrap_or_default()
        });
        TableData {
            columns: vec!["Rank".into(), "p at T".into()],
            rows,
            footer: None,
        }
    });
    view! {
        <Card title="What the model samples from" id="sampling-chart" class="charts">
            <ChartFigure
                caption="Solid bars: the final distribution, most likely first. Faint bars: T = 1. Hatched \u{2715}: removed by top-k or top-p. Line: cumulative probability that top-p compares with its threshold. With the real vocabulary the bars are ranks 1 to 20, and the last bar is every other token together."
                view=chart
                draw=draw
                label="Bar chart of the sampling distribution after temperature, top-k and top-p"
                table_caption="The pipeline, token by token"
                table=table
                testid="sampling"
                height=230.0
            />
            <Show when=move || curve.with(|c| c.is_some())>
                <ChartFigure
                    caption="Every token's probability against its rank, both on log scales: a long tail of rare tokens. The marker is where the nucleus ends."
                    view=Signal::derive(move || curve.get().unwrap_or_else(empty_curve))
                    draw=draw_curve
                    label="Rank against probability on log axes, with the end of the nucleus marked"
                    table_caption="Probability by rank"
                    table=curve_table
                    testid="ranks"
                />
            </Show>
        </Card>
    }
}

fn empty_curve() -> LineChartView {
    LineChartView {
        series: Vec::new(),
        x_range: (1.0, 10.0),
        y_range: (CURVE_FLOOR, 1.0),
        x_log: true,
        y_log: true,
        x_label: String::new(),
        y_label: String::new(),
        marker: None,
        annotations: Vec::new(),
    }
}

/// Seeded draws: 1, 100 or 1,000 at a time, the histogram beside the exact bars, and the sentence.
#[component]
fn Draws(outcome: Memo<Outcome>) -> impl IntoView {
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
    let chart = Memo::new(move |_| {
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
            cumulative: None,
            signed_colours: false,
        })
    });
    let table = Signal::derive(move || {
        outcome.with(|o| TableData {
            columns: vec![
                "Token".into(),
                "Exact p".into(),
                "Draws".into(),
                "Share".into(),
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
                "All".into(),
                "1.000".into(),
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
            label: "Draws",
            value: Signal::derive(move || grouped(state.draws.get())),
        },
        Readout {
            id: "gap",
            label: "Largest gap from exact",
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
            label: "Typical gap 1/(2\u{221a}n)",
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
            label: "Seed",
            value: Signal::derive(move || state.seed.get().to_string()),
        },
    ];
    let add = move |n: usize| {
        state.draws.update(|d| *d = (*d + n).min(MAX_TOTAL_DRAWS));
    };
    let full = move || (state.draws.get() >= MAX_TOTAL_DRAWS).then_some("true");
    view! {
        <Card title="Draw tokens" id="draws">
            <p class="sentence" data-testid="sentence">
                "The cat sat on the "
                {move || match word() {
                    Some(w) => view! { <mark>{w}</mark> }.into_any(),
                    None => view! { <span class="sentence__blank">"___"</span> }.into_any(),
                }}
                "."
            </p>
            <div class="draw-buttons" role="group" aria-label="Draw tokens">
                <button class="button button--primary" data-testid="draw-1" aria-disabled=full on:click=move |_| add(1)>"Draw 1"</button>
                <button class="button" data-testid="draw-100" aria-disabled=full on:click=move |_| add(100)>"Draw 100"</button>
                <button class="button" data-testid="draw-1000" aria-disabled=full on:click=move |_| add(1000)>"Draw 1,000"</button>
                <button class="button button--quiet" data-testid="draw-clear" on:click=move |_| state.draws.set(0)>"Clear"</button>
                <button
                    class="button button--quiet"
                    data-testid="reroll"
                    on:click=move |_| state.reroll_seed()
                >
                    "New seed"
                </button>
            </div>
            <Readouts items=readouts/>
            <ChartFigure
                caption="Solid bars: the share of your draws that landed on each token (the latest one highlighted). Faint bars: the exact probabilities. The more draws, the closer they sit."
                view=chart
                draw=draw
                label="Histogram of the draws beside the exact probabilities"
                table_caption="Draws per token"
                table=table
                testid="draws"
            />
            <p class="card__hint">
                "Draws come from a seeded generator: the same seed and settings always give the same draws, "
                "so a shared link replays them. Changing a setting replays the same random numbers through "
                "the new distribution."
            </p>
        </Card>
    }
}

/// When a low or a high temperature is the right choice.
#[component]
fn TemperatureUses() -> impl IntoView {
    let state = use_lesson();
    let uses = [
        (
            "Low T (0.1 to 0.4): code, facts, extraction",
            "When one continuation is right, keep the model on its best guess. A typo in a variable name is not creativity.",
            0.2,
        ),
        (
            "Higher T (0.8 to 1.2): stories, brainstorming",
            "When many continuations are fine, let the less likely ones through. Too high and the text drifts into nonsense.",
            1.0,
        ),
    ];
    view! {
        <Card title="Which temperature when?" id="temperature-uses">
            <div class="two-col">
                {uses
                    .into_iter()
                    .map(|(title, body, t)| view! {
                        <div class="use-card">
                            <h3>{title}</h3>
                            <p>{body}</p>
                            <button class="chip" on:click=move |_| state.temperature.set(t)>{format!("Set T = {}", fixed(t, 1))}</button>
                        </div>
                    })
                    .collect_view()}
            </div>
            <p>
                "Temperature divides the " <strong>"logits"</strong> ", before softmax; it does not scale the "
                "probabilities after it. Dividing by T is the same as raising each probability to the power 1/T and "
                "renormalising, which is why the order of the tokens never changes, only how far apart they are."
            </p>
        </Card>
    }
}

/// llama.cpp applies temperature after top-k and top-p: the difference on the current logits.
#[component]
fn OtherOrders() -> impl IntoView {
    let state = use_lesson();
    let compare = RwSignal::new(false);
    // Recomputed where read: two passes over at most 12 tokens, cheaper than a cached copy.
    let both = move || {
        let (t, k, p) = (
            state.temperature.get(),
            state.top_k.get(),
            state.top_p.get(),
        );
        state.logits.with(|z| {
            (
                math::sampling_distribution(z, t, k, p),
                math::sampling_distribution_temperature_last(z, t, k, p),
            )
        })
    };
    let table = Signal::derive(move || {
        let names = state.tokens.get();
        let (hf, last) = both();
        TableData::per_token(
            &["Token", "Temperature first", "Temperature last"],
            &names,
            &[&hf, &last],
            3,
        )
    });
    let verdict = move || {
        let (hf, last) = both();
        {
            let kept = |v: &[f64]| v.iter().filter(|&&q| q > 0.0).count();
            let diff = hf
                .iter()
                .zip(&last)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f64::max);
            if kept(&hf) != kept(&last) {
                format!(
                    "Here the order matters: temperature first keeps {} tokens, temperature last keeps {}.",
                    kept(&hf),
                    kept(&last)
                )
            } else if diff > 5e-4 {
                format!(
                    "Both keep the same {} tokens, but their probabilities differ by up to {}.",
                    kept(&hf),
                    fixed(diff, 3)
                )
            } else {
                "Here both orders give the same distribution. Lower top-p and move the temperature away from 1 to see them part."
                    .to_string()
            }
        }
    };
    view! {
        <Card title="Other libraries, other orders" id="other-orders">
            <p>
                "Everything above follows Hugging Face transformers and vLLM. llama.cpp, by default, picks the "
                "top-k and top-p survivors from the T = 1 distribution and applies temperature last, so a high "
                "temperature cannot let extra tokens into the nucleus. Many APIs also switch top-k on by default, "
                "often at 40 or 50."
            </p>
            <label class="check">
                <input type="checkbox" data-testid="compare-orders" prop:checked=compare on:change:target=move |ev| compare.set(ev.target().checked())/>
                "Compare both orders on the playground's logits"
            </label>
            <Show when=move || compare.get()>
                <p class="verdict" data-testid="orders-verdict">{verdict}</p>
                <DataTable caption="Temperature first (Hugging Face) versus last (llama.cpp)" data=table testid="table-orders" open=true/>
            </Show>
        </Card>
    }
}
