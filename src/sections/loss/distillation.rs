//! Distillation: the playground's logits as a teacher's, softened by a temperature into the
//! targets a student learns from, and why the student's loss is multiplied by T squared.

use super::model::Distilled;
use crate::charts::{draw_bars, BarChartView, BarDatum};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::params::DISTILL_T_RANGE;
use crate::state::use_lesson;
use crate::text::keys::loss as loss_text;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// How many of the teacher's other tokens the "dark knowledge" sentence names.
const NAMED: usize = 3;

/// The distillation card: a slider for T, the soft targets over the T = 1 ones, the mass the other
/// tokens get, and the student's loss and push with and without the T squared.
#[component]
pub(super) fn Distillation() -> impl IntoView {
    let state = use_lesson();
    // Worked out afresh by each reader (a few tokens): a Memo of its own type would cost more
    // wasm than the arithmetic costs time.
    let model = move || {
        let t = state.distill_t.get();
        state.logits.with(|z| Distilled::new(z, t))
    };
    let at_t = move || format!("T = {}", fixed(state.distill_t.get(), 1));
    let name = move |i: usize| state.tokens.with(|t| t.get(i).cloned().unwrap_or_default());
    let chart = Derived::new(move || {
        let m = &model();
        BarChartView {
            bars: state
                .tokens
                .with(|t| BarDatum::for_tokens(t, &m.soft, Some(&m.hard), Some(m.top))),
            ..BarChartView::plain(&[], &[], (0.0, 1.0), 2, false)
        }
    });
    let draw: CanvasDraw<BarChartView> = draw_bars::<CanvasBackend>;
    let table = Signal::derive(move || {
        let m = &model();
        let headers = ["Token", "T = 1", "", "Push on the student T(p \u{2212} q)"];
        let columns = [&m.hard[..], &m.soft, &m.push];
        let mut t = state
            .tokens
            .with(|t| TableData::per_token(&headers, t, &columns, 4));
        t.columns[2] = at_t();
        t
    });
    let readouts = vec![
        Readout {
            id: "distill-others",
            label: "The other tokens' share at T",
            value: Signal::derive(move || fixed(model().others_mass().1, 3)),
        },
        Readout {
            id: "distill-loss",
            label: "Student's loss T\u{b2} KL(q\u{209c} \u{2016} p\u{209c})",
            value: Signal::derive(move || format!("{} nats", fixed(model().loss, 3))),
        },
        Readout {
            id: "distill-push",
            label: "Largest push on a student logit",
            value: Signal::derive(move || fixed(model().with_factor, 3)),
        },
        Readout {
            id: "distill-push-plain",
            label: "The same without the T\u{b2}",
            value: Signal::derive(move || fixed(model().without_factor, 4)),
        },
    ];
    // The teacher's ranking of the wrong tokens, and how much of it a student sees at T = 1 and
    // at T.
    let dark = move || {
        let m = &model();
        let (hard, soft) = m.others_mass();
        let ranking: Vec<String> = m
            .others
            .iter()
            .take(NAMED)
            .map(|&i| format!("\u{201c}{}\u{201d}", name(i)))
            .collect();
        let at_one = format!(
            "At T = 1 the teacher gives \u{201c}{}\u{201d} {} and the rest share {}. ",
            name(m.top),
            fixed(m.hard[m.top], 3),
            fixed(hard, 3),
        );
        let softened = if state.distill_t.get() < 1.05 {
            "Raise T and the rest get more: the softer the targets, the more of them a student can learn from.".to_string()
        } else {
            format!(
                "At {} they share {}, so the student learns how the teacher ranks them too: {}. That ranking of wrong answers, which a one-hot label throws away, is what Hinton and colleagues called dark knowledge.",
                at_t(),
                fixed(soft, 3),
                ranking.join(" before "),
            )
        };
        at_one + &softened
    };
    view! {
        <Card title="A teacher's soft targets" id="distillation" class="charts">
            <p>
                "In distillation a small student model learns from a big teacher's probabilities instead of one-hot labels. Take the playground's logits as the teacher's; the targets are "
                <strong>"q\u{209c} = softmax(z / T)"</strong>
                ", the student's own logits are divided by the same T, and it minimises T\u{b2} KL(q\u{209c} \u{2016} p\u{209c})."
            </p>
            <KeepInView chart="chart-distillation" title=loss_text::PINNED_DISTILLATION view=chart draw=draw>
                <Slider
                    id="distill-t"
                    label=Signal::derive(|| "Distillation temperature T".to_string())
                    value=state.distill_t
                    on_change=Callback::new(move |v| state.distill_t.set(v))
                    min=DISTILL_T_RANGE.0
                    max=DISTILL_T_RANGE.1
                    step=0.1
                    log=true
                    decimals=1
                    valuetext=Callback::new(move |t: f64| format!("T {}, other tokens get {}", fixed(t, 1), fixed(untrack(model).others_mass().1, 3)))
                />
            </KeepInView>
            <Readouts items=readouts/>
            <p data-testid="distill-dark">{dark}</p>
            <p>
                "The student here has learnt nothing yet (every logit 0). The gradient of the KL alone is (p\u{209c} \u{2212} q\u{209c}) / T, and softening also shrinks p\u{209c} \u{2212} q\u{209c} by about 1/T, so without a factor the push would fade as 1/T\u{b2}. Multiplying the loss by T\u{b2} keeps the push about as strong at any T, so the soft loss can be mixed with the ordinary one without retuning."
            </p>
            <ChartFigure
                caption="Bars: the soft targets at T, the teacher's favourite highlighted. Faint bars behind: the same logits at T = 1."
                view=chart
                draw=draw
                label="Bar chart of the teacher's soft targets at the chosen temperature, with the T = 1 probabilities as faint bars behind"
                table_caption="Distillation: the teacher's soft targets at T = 1 and at T"
                table=table
                testid="distillation"
            />
        </Card>
    }
}
