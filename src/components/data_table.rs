//! The numbers behind a chart, as a real table: the chart's text alternative and what tests read.

use crate::components::format::fixed;
use leptos::prelude::*;

/// Rows and columns of a table: header cells and text rows (already formatted).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TableData {
    /// Column headers; the first is the row header column.
    pub columns: Vec<String>,
    /// One row per item; the first cell is the row header.
    pub rows: Vec<Vec<String>>,
    /// An optional last row (totals), also headed by its first cell.
    pub footer: Option<Vec<String>>,
}

impl TableData {
    /// One row per token: its name, then each column's value with `digits` decimals. `headers`
    /// names every column, the token column first.
    ///
    /// ```
    /// use softmax_lab::components::data_table::TableData;
    /// let t = TableData::per_token(&["Token", "p"], &["a".into(), "b".into()], &[&[0.25, 0.75]], 2);
    /// assert_eq!(t.rows, vec![vec!["a", "0.25"], vec!["b", "0.75"]]);
    /// ```
    pub fn per_token(
        headers: &[&str],
        tokens: &[String],
        columns: &[&[f64]],
        digits: usize,
    ) -> Self {
        TableData {
            columns: headers.iter().map(|h| h.to_string()).collect(),
            rows: tokens
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    std::iter::once(t.clone())
                        .chain(
                            columns
                                .iter()
                                .map(|c| c.get(i).map(|v| fixed(*v, digits)).unwrap_or_default()),
                        )
                        .collect()
                })
                .collect(),
            footer: None,
        }
    }
}

/// A captioned table, folded under "Show the numbers" unless `open`.
#[component]
pub fn DataTable(
    /// Caption saying what the table holds ("Probabilities").
    #[prop(into)]
    caption: String,
    /// The cells, re-rendered when they change.
    #[prop(into)]
    data: Signal<TableData>,
    /// Shown unfolded (default false: folded, one click away).
    #[prop(optional)]
    open: bool,
    /// Value for `data-testid` (default: none).
    #[prop(optional, into)]
    testid: Option<String>,
) -> impl IntoView {
    let region_label = caption.clone();
    let table = move || {
        data.with(|d| {
            let head = d
                .columns
                .iter()
                .map(|c| view! { <th scope="col">{c.clone()}</th> })
                .collect_view();
            let rows = d
                .rows
                .iter()
                .map(|r| {
                    let mut cells = r.iter();
                    let first = cells.next().cloned().unwrap_or_default();
                    let rest = cells.map(|c| view! { <td>{c.clone()}</td> }).collect_view();
                    view! { <tr><th scope="row">{first}</th>{rest}</tr> }
                })
                .collect_view();
            let foot = d.footer.as_ref().map(|r| {
                let mut cells = r.iter();
                let first = cells.next().cloned().unwrap_or_default();
                let rest = cells.map(|c| view! { <td>{c.clone()}</td> }).collect_view();
                view! { <tfoot><tr><th scope="row">{first}</th>{rest}</tr></tfoot> }
            });
            view! {
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
                {foot}
            }
        })
    };
    view! {
        <details class="data-table" open=open>
            <summary>"Show the numbers: " {caption.clone()}</summary>
            // Focusable so a keyboard can scroll it when a long token name makes it wider than a phone.
            <div class="data-table__scroll" tabindex="0" role="region" aria-label=region_label>
                <table data-testid=testid>
                    <caption>{caption}</caption>
                    {table}
                </table>
            </div>
        </details>
    }
}
