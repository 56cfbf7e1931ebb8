//! The numbers behind a chart, as a real table: the chart's text alternative and what tests read.

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
