//! Log-sum-exp and log-softmax with the current numbers, and the underflow of a naive -ln softmax.

use super::model::underflow_rows;
use crate::components::data_table::TableData;
use crate::components::{Card, DataTable};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::state::use_lesson;
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
        let z = shifted.get();
        let log_p = math::log_softmax(&z);
        let p = math::softmax(&z);
        TableData::per_token(
            &[
                "Token",
                "z + c",
                "log-softmax = z + c \u{2212} logsumexp",
                "p = e^(log-softmax)",
            ],
            &state.tokens.get(),
            &[&z, &log_p, &p],
            4,
        )
    });
    let underflow = TableData {
        columns: vec![
            "z".into(),
            "\u{2212}ln softmax(z), naive".into(),
            "\u{2212}log_softmax(z), stable".into(),
        ],
        rows: underflow_rows()
            .into_iter()
            .map(|(z, n, s)| vec![fixed(z, 0), fixed(n, 3), fixed(s, 3)])
            .collect(),
        footer: None,
    };
    view! {
        <Card title="Log-sum-exp and log-softmax" id="log-softmax">
            <p>
                "The same trick gives the logarithm of the denominator, log-sum-exp, without ever forming a "
                "huge number: take out the largest logit m, and what is left inside the logarithm lies "
                "between 1 and the number of tokens."
            </p>
            <p class="sum" data-testid="lse-written">{written}</p>
            <DataTable caption="Log-softmax of the shifted logits" data=table testid="table-log-softmax" open=true/>
            <p>
                "Losses need the log of a probability. Taking softmax first and the log after fails the other "
                "way: a token far below the rest gets a probability that rounds to exactly 0, and \u{2212}ln 0 is "
                "infinite. log_softmax(z) = z \u{2212} logsumexp(z) never forms that probability, so the loss "
                "stays finite. This is why training code computes cross-entropy from the logits."
            </p>
            <DataTable caption="Logits [0, \u{2212}50, \u{2212}800]: the loss of each token, naive and stable" data=Signal::stored(underflow) testid="table-underflow" open=true/>
        </Card>
    }
}
