//! Pitfall: softmax where several labels can be true at once.

use super::model::sigmoids;
use crate::components::data_table::TableData;
use crate::components::{Card, DataTable};
use crate::format::fixed;
use crate::state::use_lesson;
use leptos::prelude::*;

/// Independent sigmoids beside a softmax over the same logits.
#[component]
pub(super) fn SigmoidVsSoftmax() -> impl IntoView {
    let state = use_lesson();
    let table = Signal::derive(move || {
        let z = state.logits.get();
        let (s, total) = sigmoids(&z);
        let p = state.probs.get();
        let mut t = TableData::per_token(
            &["Token", "Logit", "Sigmoid, on its own", "Softmax, shared"],
            &state.tokens.get(),
            &[&z, &s, &p],
            3,
        );
        t.footer = Some(vec![
            "Sum".into(),
            String::new(),
            fixed(total, 3),
            fixed(p.iter().sum(), 3),
        ]);
        t
    });
    let verdict = move || {
        let (s, total) = state.logits.with(|z| sigmoids(z));
        let likely = s.iter().filter(|x| **x > 0.5).count();
        format!(
            "Read as independent yes-or-no questions, {likely} of the {} labels are more likely yes than no, and the sigmoids add up to {}. Softmax cannot say that: its probabilities always share exactly 1.",
            s.len(),
            fixed(total, 3)
        )
    };
    view! {
        <Card title="Softmax or sigmoid?" id="sigmoid">
            <p>
                "Softmax answers \u{201c}which one?\u{201d}: exactly one token comes next. When several labels can be "
                "true at once (a photo with a cat and a dog, a text that is both urgent and about billing), each "
                "label needs its own yes-or-no probability: a sigmoid per logit, \u{3c3}(z) = 1 / (1 + e^\u{2212}z), "
                "trained with binary cross-entropy. Raise two logits in the playground and both sigmoids go up; "
                "softmax makes them compete."
            </p>
            <DataTable caption="Sigmoids and softmax of the same logits" data=table testid="table-sigmoid" open=true/>
            <p class="verdict" data-testid="sigmoid-verdict">{verdict}</p>
        </Card>
    }
}
