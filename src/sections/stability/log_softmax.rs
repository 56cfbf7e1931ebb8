//! Log-sum-exp and log-softmax with the current numbers, and the underflow of a naive -ln softmax.

use super::model::{precision_name, underflow_rows};
use crate::components::data_table::TableData;
use crate::components::{Card, DataTable};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::state::use_lesson;
use crate::text::keys::stability as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;

/// The stable identities written out, and the example where the naive loss is infinite.
#[component]
pub(super) fn LogSoftmax() -> impl IntoView {
    let state = use_lesson();
    let shifted = Derived::new(move || {
        let c = state.offset.get();
        state
            .logits
            .with(|z| z.iter().map(|x| x + c).collect::<Vec<f64>>())
    });
    let written = move || {
        let z = shifted.get();
        let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let rest: f64 = z.iter().map(|x| (x - m).exp()).sum();
        format!(
            "logsumexp(z + c) = {} + ln({}) = {}",
            fixed(m, 1),
            fixed(rest, 4),
            fixed(math::logsumexp(&z), 4)
        )
    };
    let table = Signal::derive(move || {
        let (z, precision) = (shifted.get(), state.float.get());
        let log_p = math::log_softmax(&z);
        // The same logarithm the naive way: softmax first, in the chosen precision, then ln.
        let naive: Vec<f64> = math::naive_softmax(&z, precision)
            .iter()
            .map(|p| p.ln())
            .collect();
        let p = math::softmax(&z);
        TableData::per_token(
            &[
                &t(k::COLUMN_TOKEN),
                "z + c",
                &t(k::COLUMN_LOG_SOFTMAX),
                &tr!(k::COLUMN_LN_NAIVE, precision_name(precision)),
                &t(k::COLUMN_P_LOG_SOFTMAX),
            ],
            &state.tokens.get(),
            &[&z, &log_p, &naive, &p],
            4,
        )
    });
    let underflow = TableData {
        columns: vec![
            "z".into(),
            t(k::COLUMN_NAIVE_LOSS),
            t(k::COLUMN_STABLE_LOSS),
        ],
        rows: underflow_rows()
            .into_iter()
            .map(|(z, n, s)| vec![fixed(z, 0), fixed(n, 3), fixed(s, 3)])
            .collect(),
        footer: None,
    };
    view! {
        <Card title=t(k::LSE_TITLE) id="log-softmax">
            <p>{t(k::LSE_TEXT)}</p>
            <p class="sum" data-testid="lse-written">{written}</p>
            <DataTable caption=t(k::LOG_SOFTMAX_TABLE) data=table testid="table-log-softmax" open=true/>
            <p>{t(k::UNDERFLOW_TEXT)}</p>
            <DataTable caption=t(k::UNDERFLOW_TABLE) data=Signal::stored(underflow) testid="table-underflow" open=true/>
        </Card>
    }
}
