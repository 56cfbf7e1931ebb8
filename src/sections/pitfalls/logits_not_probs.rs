//! Pitfall: reading a logit, or logits divided by their sum, as a probability.

use super::model::{not_a_distribution, plain_share};
use crate::components::data_table::TableData;
use crate::components::{Card, DataTable};
use crate::format::fixed;
use crate::state::use_lesson;
use crate::text::keys::pitfalls as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;

/// The logits, the logits over their sum, and softmax, side by side.
#[component]
pub(super) fn LogitsNotProbs() -> impl IntoView {
    let state = use_lesson();
    let table = Signal::derive(move || {
        let z = state.logits.get();
        let share = plain_share(&z);
        let p = state.probs.get();
        let mut data = TableData::per_token(
            &[
                &t(k::COLUMN_TOKEN),
                &t(k::COLUMN_LOGIT),
                &t(k::COLUMN_SHARE),
                &t(k::COLUMN_SOFTMAX),
            ],
            &state.tokens.get(),
            &[&z, &share, &p],
            3,
        );
        data.footer = Some(vec![
            t(k::ROW_SUM),
            fixed(z.iter().sum(), 3),
            fixed(share.iter().sum(), 3),
            fixed(p.iter().sum(), 3),
        ]);
        data
    });
    let verdict = move || {
        let z = state.logits.get();
        let logits = not_a_distribution(&z)
            .map(|f| tr!(k::LOGITS_FAIL, f))
            .unwrap_or_else(|| t(k::LOGITS_PASS));
        let share = not_a_distribution(&plain_share(&z))
            .map(|f| tr!(k::SHARE_FAIL, f))
            .unwrap_or_else(|| t(k::SHARE_PASS));
        tr!(k::NOT_PROBS_VERDICT, logits, share)
    };
    view! {
        <Card title=t(k::NOT_PROBS_TITLE) id="logits-not-probs">
            <p>{t(k::NOT_PROBS_TEXT)}</p>
            <DataTable caption=t(k::NOT_PROBS_TABLE) data=table testid="table-not-probs" open=true/>
            <p class="verdict" data-testid="not-probs-verdict">{verdict}</p>
        </Card>
    }
}
