//! A chart with its caption and its data table: the unit every section shows a chart in, so no
//! chart is ever without its text alternative.

use super::chart_canvas::{CanvasDraw, Chart};
use super::data_table::TableData;
use super::{ChartCanvas, DataTable};
use crate::derived::Derived;
use leptos::prelude::*;

/// `<figure>`: caption, the canvas chart and, folded under it, the table of the numbers drawn.
/// `testid` names both: `chart-{testid}` and `table-{testid}`.
#[component]
pub fn ChartFigure<V>(
    /// One sentence under which the chart sits, saying how to read it.
    #[prop(into)]
    caption: String,
    /// What the chart shows.
    view: Derived<V>,
    /// The drawing function.
    draw: CanvasDraw<V>,
    /// Accessible name of the canvas.
    #[prop(into)]
    label: String,
    /// Caption of the data table ("Probabilities").
    #[prop(into)]
    table_caption: String,
    /// The numbers the chart draws.
    #[prop(into)]
    table: Signal<TableData>,
    /// Suffix of the test ids.
    #[prop(into)]
    testid: String,
    /// Height in CSS pixels (default 200).
    #[prop(default = 200.0)]
    height: f64,
) -> impl IntoView
where
    V: 'static,
{
    figure(
        Chart::new(view, draw),
        caption,
        label,
        table_caption,
        table,
        testid,
        height,
    )
}

/// The figure itself, compiled once for every kind of chart.
fn figure(
    chart: Chart,
    caption: String,
    label: String,
    table_caption: String,
    table: Signal<TableData>,
    testid: String,
    height: f64,
) -> AnyView {
    view! {
        <figure class="figure">
            <figcaption>{caption}</figcaption>
            <ChartCanvas chart=chart label=label height=height testid=format!("chart-{testid}")/>
            <DataTable caption=table_caption data=table testid=format!("table-{testid}")/>
        </figure>
    }
    .into_any()
}
