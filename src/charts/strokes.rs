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
    draw_dashed_path(root, &[a, b], colour, theme)
}

/// A dashed polyline through `points`. The dash pattern runs on along the whole path, so a curve
/// of many short segments (each shorter than a dash) still reads as dashed, not solid.
pub(crate) fn draw_dashed_path<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    points: &[(i32, i32)],
    colour: RGBColor,
    theme: &Theme,
) -> DrawResult<DB> {
    // At least a pixel, so every step moves the pen on.
    let dash = (5.0 * theme.scale).max(1.0);
    let style = colour.stroke_width(theme.px(1.5) as u32);
    // How far the pen is into the current period: a dash, then a gap as long.
    let mut into = 0.0;
    let mut run: Vec<(i32, i32)> = Vec::new();
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let (dx, dy) = ((b.0 - a.0) as f64, (b.1 - a.1) as f64);
        let len = (dx * dx + dy * dy).sqrt();
        let at = |u: f64| {
            let u = if len > 0.0 { u / len } else { 0.0 };
            ((a.0 as f64 + dx * u) as i32, (a.1 as f64 + dy * u) as i32)
        };
        let mut t = 0.0;
        while t < len {
            let on = into < dash;
            let step = (if on { dash } else { 2.0 * dash } - into).min(len - t);
            if on {
                if run.is_empty() {
                    run.push(at(t));
                }
                run.push(at(t + step));
            } else if run.len() > 1 {
                root.draw(&PathElement::new(std::mem::take(&mut run), style))?;
            } else {
                run.clear();
            }
            t += step;
            into += step;
            if into >= 2.0 * dash {
                into -= 2.0 * dash;
            }
        }
    }
    if run.len() > 1 {
        root.draw(&PathElement::new(run, style))?;
    }
    Ok(())
}
