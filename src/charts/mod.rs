//! Backend-generic charts: each `draw_*` takes a plotters drawing area, a plain view struct and a
//! [`Theme`], so the same code paints the browser canvas and the SVG of the native snapshot tests.

pub mod bars;
pub mod geometry;
pub mod heatmap;
pub mod lines;
mod strokes;
pub mod theme;

pub use bars::{draw_bars, BarChartView, BarDatum, BarState, Threshold};
pub use heatmap::{draw_heatmap, HeatmapView};
pub use lines::{draw_lines, Annotation, LineChartView, Marker, Series};
pub use theme::Theme;

use plotters::prelude::*;

/// What a `draw_*` function returns: plotters' error for the backend it drew on.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Paints the background (a canvas keeps the last frame's pixels) and gives the area's size in
/// device pixels: how every `draw_*` starts.
pub(crate) fn begin<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    theme: &Theme,
) -> Result<(f64, f64), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&theme.background)?;
    let (w, h) = root.dim_in_pixel();
    Ok((w as f64, h as f64))
}
