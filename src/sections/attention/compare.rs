//! The comparison card: the softmax inside attention against the softmax over the vocabulary.

use super::model::comparison;
use crate::components::Card;
use leptos::prelude::*;

/// Attention softmax and output softmax, side by side in a prose table.
#[component]
pub fn Compare() -> impl IntoView {
    let rows = comparison()
        .into_iter()
        .map(|[what, attention, output]| {
            view! {
                <tr>
                    <th scope="row">{what}</th>
                    <td>{attention}</td>
                    <td>{output}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Card title="Two softmaxes in one model" id="two-softmaxes">
            <p>
                "The same function does two different jobs. Inside attention it mixes information between the "
                "words of the context; at the output it turns the logits into the next-token distribution that "
                "the earlier sections sampled from and scored."
            </p>
            <div class="compare__scroll" tabindex="0" role="region" aria-label="Attention softmax against output softmax">
                <table class="compare" data-testid="table-two-softmaxes">
                    <caption>"Attention softmax against output softmax"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Aspect"</th>
                            <th scope="col">"Attention softmax"</th>
                            <th scope="col">"Output softmax"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Card>
    }
}
