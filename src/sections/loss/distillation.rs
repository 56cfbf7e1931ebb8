//! Distillation: the playground's logits as a teacher's, softened by a temperature into the
//! targets a student learns from, and why the student's loss is multiplied by T squared.

use super::model::Distilled;
use super::nats;
use crate::charts::{draw_bars, BarChartView, BarDatum};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::params::DISTILL_T_RANGE;
use crate::state::use_lesson;
use crate::text::keys::loss as k;
use crate::text::{rich, t};
use crate::tr;
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
        let (token, push) = (t(k::COLUMN_TOKEN), t(k::COLUMN_PUSH_STUDENT));
        let headers = [token.as_str(), "T = 1", "", push.as_str()];
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
            label: t(k::READOUT_DISTILL_OTHERS),
            value: Signal::derive(move || fixed(model().others_mass().1, 3)),
        },
        Readout {
            id: "distill-loss",
            label: t(k::READOUT_DISTILL_LOSS),
            value: Signal::derive(move || nats(fixed(model().loss, 3))),
        },
        Readout {
            id: "distill-push",
            label: t(k::READOUT_DISTILL_PUSH),
            value: Signal::derive(move || fixed(model().with_factor, 3)),
        },
        Readout {
            id: "distill-push-plain",
            label: t(k::READOUT_DISTILL_PUSH_PLAIN),
            value: Signal::derive(move || fixed(model().without_factor, 4)),
        },
    ];
    // The teacher's ranking of the wrong tokens, and how much of it a student sees at T = 1 and
    // at T.
    let dark = move || {
        let m = &model();
        let (hard, soft) = m.others_mass();
        let (top, top_p, rest) = (name(m.top), fixed(m.hard[m.top], 3), fixed(hard, 3));
        let t_now = state.distill_t.get();
        if t_now < 1.05 {
            return tr!(k::DARK_AT_ONE, top, top_p, rest);
        }
        // "“d” before “a” before “c”": each next token after the ranking so far.
        let ranking = m
            .others
            .iter()
            .take(NAMED)
            .map(|&i| tr!(k::DARK_RANKING_WORD, name(i)))
            .reduce(|earlier, later| tr!(k::DARK_RANKING_BEFORE, earlier, later))
            .unwrap_or_default();
        tr!(
            k::DARK_SOFTENED,
            top,
            top_p,
            rest,
            fixed(t_now, 1),
            fixed(soft, 3),
            ranking
        )
    };
    view! {
        <Card title=t(k::DISTILLATION_TITLE) id="distillation" class="charts">
            <p>{rich(k::DISTILLATION_TEXT, [])}</p>
            <KeepInView chart="chart-distillation" title=k::PINNED_DISTILLATION view=chart draw=draw>
                <Slider
                    id="distill-t"
                    label=Signal::derive(|| t(k::DISTILLATION_SLIDER))
                    value=state.distill_t
                    on_change=Callback::new(move |v| state.distill_t.set(v))
                    min=DISTILL_T_RANGE.0
                    max=DISTILL_T_RANGE.1
                    step=0.1
                    log=true
                    decimals=1
                    valuetext=Callback::new(move |t: f64| tr!(k::DISTILLATION_VALUETEXT, fixed(t, 1), fixed(untrack(model).others_mass().1, 3)))
                />
            </KeepInView>
            <Readouts items=readouts/>
            <p data-testid="distill-dark">{dark}</p>
            <p>{t(k::DISTILLATION_FACTOR)}</p>
            <ChartFigure
                caption=t(k::DISTILLATION_CAPTION)
                view=chart
                draw=draw
                label=t(k::DISTILLATION_LABEL)
                table_caption=t(k::DISTILLATION_TABLE)
                table=table
                testid="distillation"
            />
        </Card>
    }
}
