//! A heatmap of a matrix of shares in [0, 1] (attention weights): one cell per entry, shaded by
//! its value and labelled with it, masked cells hatched so they read without colour.

use super::geometry::fit_label;
use super::strokes::draw_hatch;
use super::{DrawResult, Theme};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Everything a heatmap shows.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatmapView {
    /// Row names, top to bottom (the queries).
    pub rows: Vec<String>,
    /// Column names, left to right (the keys).
    pub columns: Vec<String>,
    /// One row of values per row name, each in [0, 1] (NaN draws as an empty cell).
    pub values: Vec<Vec<f64>>,
    /// Cells to hatch (masked), the same shape as `values`.
    pub hatched: Vec<Vec<bool>>,
    /// Title over the columns.
    pub column_title: String,
    /// Title over the row names.
    pub row_title: String,
}

/// Relative luminance of a colour (WCAG 2), for picking legible text on a cell.
fn luminance(c: RGBColor) -> f64 {
    let lin = |v: u8| {
        let v = v as f64 / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            (((v + 0.055) / 1.055).ln() * 2.4).exp()
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// WCAG contrast ratio of two colours.
fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `a` moved toward `b` by `t` in [0, 1].
fn blend(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let mix = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// A cell's value as written in it: exactly 0 is `0`, anything else two decimals.
fn cell_text(v: f64) -> String {
    if v == 0.0 {
        "0".into()
    } else {
        crate::format::fixed(v, 2)
    }
}

/// Draws `view` filling `root`, background first.
pub fn draw_heatmap<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    view: &HeatmapView,
    theme: &Theme,
) -> DrawResult<DB> {
    let (w, h) = super::begin(root, theme)?;
    let s = theme.scale;
    let font_px = theme.font_px(12.0);
    let (muted, label) = (theme.tick_font(), theme.label_font());
    let (n_rows, n_cols) = (view.rows.len(), view.columns.len());
    let longest = view
        .rows
        .iter()
        .map(|r| super::geometry::width_in_chars(r))
        .fold(0.0, f64::max);
    let left = ((longest.min(12.0) * 7.5 + 12.0) * s).min(w * 0.3);
    let top = 40.0 * s;
    let (right, bottom) = (w - 4.0 * s, h - 4.0 * s);
    if n_rows == 0 || n_cols == 0 || right <= left || bottom <= top {
        return root.present();
    }
    let (cw, ch) = (
        (right - left) / n_cols as f64,
        (bottom - top) / n_rows as f64,
    );
    // Column names shrink to 11 px before they are cut short.
    let widest = view
        .columns
        .iter()
        .map(|c| super::geometry::width_in_chars(c))
        .fold(1.0, f64::max);
    let column_px = if widest * theme.font_px(13.0) * 0.6 <= cw - 4.0 * s {
        theme.font_px(13.0)
    } else {
        theme.font_px(11.0)
    };
    let max_chars = ((cw / (column_px * 0.6)).floor() as usize).max(1);
    let column_font = (theme.family(), column_px).into_font().color(&theme.text);

    root.draw(&Text::new(
        super::isolated(&view.column_title),
        (((left + right) / 2.0) as i32, (4.0 * s) as i32),
        muted.clone().pos(Pos::new(HPos::Center, VPos::Top)),
    ))?;
    root.draw(&Text::new(
        super::isolated(&view.row_title),
        ((4.0 * s) as i32, (top - 6.0 * s) as i32),
        muted.clone().pos(Pos::new(HPos::Left, VPos::Bottom)),
    ))?;
    for (j, name) in view.columns.iter().enumerate() {
        root.draw(&Text::new(
            super::isolated(&fit_label(name, max_chars)),
            (
                (left + cw * (j as f64 + 0.5)) as i32,
                (top - 6.0 * s) as i32,
            ),
            column_font
                .clone()
                .pos(Pos::new(HPos::Center, VPos::Bottom)),
        ))?;
    }
    for (i, name) in view.rows.iter().enumerate() {
        let cy = top + ch * (i as f64 + 0.5);
        root.draw(&Text::new(
            super::isolated(&fit_label(name, 12)),
            ((left - 8.0 * s) as i32, cy as i32),
            label.clone().pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
        for j in 0..n_cols {
            let v = view.values.get(i).and_then(|r| r.get(j)).copied();
            let v = v.unwrap_or(f64::NAN);
            let hatched = view
                .hatched
                .get(i)
                .and_then(|r| r.get(j))
                .copied()
                .unwrap_or(false);
            let (x0, y0) = ((left + cw * j as f64) as i32, (top + ch * i as f64) as i32);
            let (x1, y1) = (
                (left + cw * (j + 1) as f64) as i32 - theme.px(2.0),
                (top + ch * (i + 1) as f64) as i32 - theme.px(2.0),
            );
            let fill = blend(theme.background, theme.primary, v);
            root.draw(&Rectangle::new([(x0, y0), (x1, y1)], fill.filled()))?;
            root.draw(&Rectangle::new(
                [(x0, y0), (x1, y1)],
                theme.grid.stroke_width(theme.px(1.0) as u32),
            ))?;
            if hatched {
                draw_hatch(root, (x0, y0, x1, y1), theme.faint, theme)?;
            }
            if v.is_finite() {
                let ink = if contrast(fill, theme.text) >= contrast(fill, theme.background) {
                    theme.text
                } else {
                    theme.background
                };
                let text = cell_text(v);
                // A plate behind the number keeps it legible over the hatching.
                if hatched {
                    let half = (text.len() as f64 * font_px * 0.32 + 3.0 * s) as i32;
                    let (cx, cy) = (((x0 + x1) / 2), ((y0 + y1) / 2));
                    let plate = [
                        (cx - half, cy - theme.px(8.0)),
                        (cx + half, cy + theme.px(8.0)),
                    ];
                    root.draw(&Rectangle::new(plate, fill.filled()))?;
                }
                root.draw(&Text::new(
                    text,
                    ((x0 + x1) / 2, (y0 + y1) / 2),
                    (theme.family(), font_px)
                        .into_font()
                        .color(&ink)
                        .pos(Pos::new(HPos::Center, VPos::Center)),
                ))?;
            }
        }
    }
    root.present()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_text_is_legible_on_the_darkest_and_lightest_cells() {
        for theme in [Theme::light(1.0), Theme::dark(1.0), Theme::contrast(1.0)] {
            for t in [0.0, 0.5, 1.0] {
                let fill = blend(theme.background, theme.primary, t);
                let best = contrast(fill, theme.text).max(contrast(fill, theme.background));
                assert!(best >= 4.5, "contrast {best:.2} at {t} in {theme:?}");
            }
        }
    }

    #[test]
    fn exact_zeros_are_written_as_zero() {
        assert_eq!(cell_text(0.0), "0");
        assert_eq!(cell_text(0.004), "0.00");
        assert_eq!(cell_text(1.0), "1.00");
    }
}
