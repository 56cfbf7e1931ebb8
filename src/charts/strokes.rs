//! Strokes the charts share: dashed lines and hatching, the marks that tell items apart without
//! colour.

use super::{DrawResult, Theme};
use plotters::prelude::*;

/// 45° hatching clipped to the rectangle `(x0, y0)`-`(x1, y1)`: marks an item without colour.
pub(crate) fn draw_hatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    (x0, y0, x1, y1): (i32, i32, i32, i32),
    colour: RGBColor,
    theme: &Theme,
) -> DrawResult<DB> {
    let gap = theme.px(6.0);
    let stroke = colour.stroke_width(theme.px(1.0) as u32);
    let mut k = x0 - (y1 - y0);
    while k < x1 {
        // A 45° line from (k, y1) up to (k + height, y0), clipped to the rectangle.
        let (mut ax, mut ay, mut bx, mut by) = (k, y1, k + (y1 - y0), y0);
        if ax < x0 {
            ay -= x0 - ax;
            ax = x0;
        }
        if bx > x1 {
            by += bx - x1;
            bx = x1;
        }
        if ax <= bx {
            root.draw(&PathElement::new(vec![(ax, ay), (bx, by)], stroke))?;
        }
        k += gap;
    }
    Ok(())
}

/// A dashed straight line (plotters 0.3 has no dash style that both backends honour).
pub(crate) fn draw_dashed<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    a: (i32, i32),
    b: (i32, i32),
    colour: RGBColor,
    theme: &Theme,
) -> DrawResult<DB> {
    let (dx, dy) = ((b.0 - a.0) as f64, (b.1 - a.1) as f64);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1.0 {
        return Ok(());
    }
    let dash = 5.0 * theme.scale;
    let style = colour.stroke_width(theme.px(1.5) as u32);
    let mut t = 0.0;
    while t < len {
        let e = (t + dash).min(len);
        let p = |u: f64| {
            (
                (a.0 as f64 + dx * u / len) as i32,
                (a.1 as f64 + dy * u / len) as i32,
            )
        };
        root.draw(&PathElement::new(vec![p(t), p(e)], style))?;
        t += dash * 2.0;
    }
    Ok(())
}
