//! The numbers behind a chart, as a real table: the chart's text alternative and what tests read.

use crate::components::html_block::set_markup;
use crate::format::fixed;
use crate::markup::Markup;
use crate::text::keys::shell;
use crate::tr;
use leptos::html::Table;
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

/// A captioned table, folded under "Show the numbers" unless `open`. One rule for every card:
/// the numbers a chart draws (its text alternative, in [`super::ChartFigure`]) start folded; a
/// table that no chart draws is what the card shows, and starts open (a layout test checks it).
#[component]
pub fn DataTable(
    /// Caption saying what the table holds ("Probabilities").
    #[prop(into)]
    caption: String,
    /// The cells, re-rendered when they change. A table keeps its number of columns (and its
    /// footer or lack of one) for life: a move that keeps the cell count updates cells in place.
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
    let table = NodeRef::<Table>::new();
    {
        let caption = caption.clone();
        // Cells are written by hand, not as views: a slider move then touches only the cells
        // whose text changed, which keeps the layout work per frame small (see `fill_table`).
        // What the table shows now, so a move compares texts here instead of reading them back
        // from the page (a string copied out of the DOM per cell per move).
        let shown = StoredValue::new_local(None::<TableData>);
        Effect::new(move |_| {
            if let Some(el) = table.get() {
                data.with(|d| {
                    shown.update_value(|s| {
                        fill_table(&el, &caption, s.as_ref(), d);
                        *s = Some(d.clone());
                    })
                });
            }
        });
    }
    view! {
        <details class="data-table" open=open>
            <summary>{tr!(shell::SHOW_NUMBERS, caption.clone())}</summary>
            // Focusable so a keyboard can scroll it when a long token name makes it wider than a phone.
            <div class="data-table__scroll" tabindex="0" role="region" aria-label=region_label>
                <table node_ref=table data-testid=testid></table>
            </div>
        </details>
    }
}

/// Every cell's text of `t`, in page order: header, rows, footer.
fn texts(t: &TableData) -> impl Iterator<Item = &String> {
    t.columns
        .iter()
        .chain(t.rows.iter().flatten())
        .chain(t.footer.iter().flatten())
}

/// Writes `d` into `table`, which shows `shown`. When both have the same shape (a slider moved),
/// only the cells whose text changed are touched, found by comparing the two here (reading each
/// cell back from the page cost a string copy per cell per move); otherwise the whole table is
/// rebuilt from [`table_html`]. Rebuilding on every move cost about 1 ms of layout per frame.
fn fill_table(table: &web_sys::Element, caption: &str, shown: Option<&TableData>, d: &TableData) {
    let same_shape = shown.is_some_and(|s| {
        s.columns.len() == d.columns.len()
            && s.rows.len() == d.rows.len()
            && s.rows.iter().zip(&d.rows).all(|(a, b)| a.len() == b.len())
            && s.footer.as_ref().map(Vec::len) == d.footer.as_ref().map(Vec::len)
    });
    if let (true, Some(old)) = (same_shape, shown) {
        let changed: Vec<(usize, &String)> = texts(old)
            .zip(texts(d))
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(i, (_, b))| (i, b))
            .collect();
        if changed.is_empty() {
            return;
        }
        if let Ok(cells) = table.query_selector_all("th, td") {
            if cells.length() as usize == texts(d).count() {
                for (i, text) in changed {
                    if let Some(cell) = cells.item(i as u32) {
                        cell.set_text_content(Some(text));
                    }
                }
                return;
            }
        }
    }
    set_markup(table, &table_html(caption, d));
}

/// The inside of a `<table>` for `d`: caption, header row, body rows and footer, with the first
/// cell of each row as its row header. Every text is escaped, so a token name can never become
/// markup.
///
/// ```
/// use softmax_lab::components::data_table::{table_html, TableData};
/// let d = TableData {
///     columns: vec!["Token".into(), "p".into()],
///     rows: vec![vec!["<b>cat</b>".into(), "0.609".into()]],
///     footer: Some(vec!["Sum".into(), "1.000".into()]),
/// };
/// assert_eq!(
///     table_html("Probabilities", &d).as_str(),
///     "<caption>Probabilities</caption><thead><tr><th scope=\"col\">Token</th><th scope=\"col\">p</th></tr></thead>\
///      <tbody><tr><th scope=\"row\">&lt;b&gt;cat&lt;/b&gt;</th><td>0.609</td></tr></tbody>\
///      <tfoot><tr><th scope=\"row\">Sum</th><td>1.000</td></tr></tfoot>"
/// );
/// ```
pub fn table_html(caption: &str, d: &TableData) -> Markup {
    let mut html = Markup::raw("<caption>");
    html.push_text(caption).push_raw("</caption><thead><tr>");
    for c in &d.columns {
        html.push_raw("<th scope=\"col\">")
            .push_text(c)
            .push_raw("</th>");
    }
    html.push_raw("</tr></thead><tbody>");
    for r in &d.rows {
        push_row(&mut html, r);
    }
    html.push_raw("</tbody>");
    if let Some(f) = &d.footer {
        html.push_raw("<tfoot>");
        push_row(&mut html, f);
        html.push_raw("</tfoot>");
    }
    html
}

/// One `<tr>`: the first cell as the row header, the rest as data.
fn push_row(html: &mut Markup, cells: &[String]) {
    html.push_raw("<tr>");
    for (i, c) in cells.iter().enumerate() {
        if i == 0 {
            html.push_raw("<th scope=\"row\">")
                .push_text(c)
                .push_raw("</th>");
        } else {
            html.push_raw("<td>").push_text(c).push_raw("</td>");
        }
    }
    html.push_raw("</tr>");
}
