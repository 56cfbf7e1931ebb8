//! Backend-generic charts: each `draw_*` takes a plotters drawing area, a plain view struct and a
//! [`Theme`], so the same code paints the browser canvas and the SVG of the native snapshot tests.

pub mod bars;
pub mod geometry;
pub mod lines;
pub mod theme;

pub use bars::{draw_bars, BarChartView, BarDatum, BarState, Threshold};
pub use lines::{draw_lines, Annotation, LineChartView, Marker, Series};
pub use theme::Theme;

use plotters::prelude::*;

/// What a `draw_*` function returns: plotters' error for the backend it drew on.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;
