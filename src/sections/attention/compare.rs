//! The comparison card: the softmax inside attention against the softmax over the vocabulary.

use super::model::comparison;
use crate::components::Card;
use crate::text::keys::attention as k;
use crate::text::t;
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
        <Card title=t(k::COMPARE_TITLE) id="two-softmaxes">
            <p>{t(k::COMPARE_TEXT)}</p>
            <div class="compare__scroll" tabindex="0" role="region" aria-label=t(k::COMPARE_CAPTION)>
                <table class="compare" data-testid="table-two-softmaxes">
                    <caption>{t(k::COMPARE_CAPTION)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(k::COLUMN_ASPECT)}</th>
                            <th scope="col">{t(k::COLUMN_ATTENTION)}</th>
                            <th scope="col">{t(k::COLUMN_OUTPUT)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Card>
    }
}
