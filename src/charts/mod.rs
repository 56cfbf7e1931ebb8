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

/// `text` for a label on the canvas, which is drawn left to right whatever the page's direction:
/// where the language on screen is written right to left and the label holds a letter of such a
/// script, it is isolated (U+2068 … U+2069) so that its words keep their own order around a
/// Latin symbol ("بالقسمة على جذر d_k").
pub fn isolated(text: &str) -> String {
    let rtl_letter =
        |c: char| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    if crate::format::style().rtl && text.chars().any(rtl_letter) {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text.to_string()
    }
}
