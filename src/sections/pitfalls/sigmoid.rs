//! Pitfall: softmax where several labels can be true at once.

use super::model::sigmoids;
use crate::components::data_table::TableData;
use crate::components::{Card, DataTable};
use crate::format::fixed;
use crate::state::use_lesson;
use crate::text::keys::pitfalls as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;

/// Independent sigmoids beside a softmax over the same logits.
#[component]
pub(super) fn SigmoidVsSoftmax() -> impl IntoView {
    let state = use_lesson();
    let table = Signal::derive(move || {
        let z = state.logits.get();
        let (s, total) = sigmoids(&z);
        let p = state.probs.get();
        let mut data = TableData::per_token(
            &[
                &t(k::COLUMN_TOKEN),
                &t(k::COLUMN_LOGIT),
                &t(k::COLUMN_SIGMOID),
                &t(k::COLUMN_SOFTMAX_SHARED),
            ],
            &state.tokens.get(),
            &[&z, &s, &p],
            3,
        );
        data.footer = Some(vec![
            t(k::ROW_SUM),
            String::new(),
            fixed(total, 3),
            fixed(p.iter().sum(), 3),
        ]);
        data
    });
    let verdict = move || {
        let (s, total) = state.logits.with(|z| sigmoids(z));
        let likely = s.iter().filter(|x| **x > 0.5).count();
        tr!(k::SIGMOID_VERDICT, likely, s.len(), fixed(total, 3))
    };
    view! {
        <Card title=t(k::SIGMOID_TITLE) id="sigmoid">
            <p>{t(k::SIGMOID_TEXT)}</p>
            <DataTable caption=t(k::SIGMOID_TABLE) data=table testid="table-sigmoid" open=true/>
            <p class="verdict" data-testid="sigmoid-verdict">{verdict}</p>
        </Card>
    }
}
