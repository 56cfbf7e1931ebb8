//! Pitfall: reading a logit, or logits divided by their sum, as a probability.

use super::model::{not_a_distribution, plain_share};
use crate::components::data_table::TableData;
use crate::components::{Card, DataTable};
use crate::format::fixed;
use crate::state::use_lesson;
use leptos::prelude::*;

/// The logits, the logits over their sum, and softmax, side by side.
#[component]
pub(super) fn LogitsNotProbs() -> impl IntoView {
    let state = use_lesson();
    let table = Signal::derive(move || {
        let z = state.logits.get();
        let share = plain_share(&z);
        let p = state.probs.get();
        let mut t = TableData::per_token(
            &["Token", "Logit", "Logit / sum of logits", "Softmax"],
            &state.tokens.get(),
            &[&z, &share, &p],
            3,
        );
        t.footer = Some(vec![
            "Sum".into(),
            fixed(z.iter().sum(), 3),
            fixed(share.iter().sum(), 3),
            fixed(p.iter().sum(), 3),
        ]);
        t
    });
    let verdict = move || {
        let z = state.logits.get();
        let logits = not_a_distribution(&z)
            .map(|f| format!("Read as probabilities, these logits fail: {f}."))
            .unwrap_or_else(|| "These logits happen to look like probabilities, but that is luck: add 1 to each and they no longer do, while softmax gives the same answer.".into());
        let share = not_a_distribution(&plain_share(&z))
            .map(|f| format!(" Dividing by their sum fails too: {f}."))
            .unwrap_or_else(|| " Dividing by their sum gives numbers that sum to 1 here, but not the model\u{2019}s probabilities: it ignores that logits are log-odds, and it breaks as soon as one is negative.".into());
        logits + &share
    };
    view! {
        <Card title="Logits are not probabilities" id="logits-not-probs">
            <p>
                "A logit is a score on a log scale: only differences between logits mean anything, and a "
                "logit of 2 is not \u{201c}twice as likely\u{201d} as a logit of 1 (softmax makes it e \u{2248} 2.7 times as "
                "likely). To get probabilities, exponentiate and normalise, which is softmax."
            </p>
            <DataTable caption="Logits, logits over their sum, and softmax" data=table testid="table-not-probs" open=true/>
            <p class="verdict" data-testid="not-probs-verdict">{verdict}</p>
        </Card>
    }
}
