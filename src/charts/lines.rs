//! A line chart: several series (solid or dashed, so they differ without colour), optional log
//! axes, axis titles, a moving marker and text annotations.

use super::geometry::{log_ticks, nice_ticks, tick_label, Scale};
use super::strokes::{draw_dashed as dashed_line, draw_dashed_path};
use super::{DrawResult, Theme};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One line.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Name shown in the legend.
    pub name: String,
    /// Points in value units, in x order; non-finite points break the line.
    pub points: Vec<(f64, f64)>,
    /// Colour slot: 0 primary, 1 secondary, 2 tertiary, 3 accent.
    pub colour: usize,
    /// Dashed instead of solid.
    pub dashed: bool,
}

/// A dot on the chart with a label (e.g. the current confidence on the -ln p curve).
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Position in value units.
    pub x: f64,
    /// Position in value units.
    pub y: f64,
    /// Text beside the dot.
    pub label: String,
}

/// Free text placed at a point in value units.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// Position in value units.
    pub x: f64,
    /// Position in value units.
    pub y: f64,
    /// The text.
    pub text: String,
    /// Hung under its point (its text points up at it) instead of standing on it: under a
    /// curve's lowest point no part of that curve runs through the text.
    pub below: bool,
}

/// Everything a line chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChartView {
    /// The lines.
    pub series: Vec<Series>,
    /// Horizontal axis range.
    pub x_range: (f64, f64),
    /// Vertical axis range.
    pub y_range: (f64, f64),
    /// Logarithmic horizontal axis.
    pub x_log: bool,
    /// Logarithmic vertical axis.
    pub y_log: bool,
    /// Title under the horizontal axis.
    pub x_label: String,
    /// Title of the vertical axis (drawn at its top).
    pub y_label: String,
    /// Optional moving marker.
    pub marker: Option<Marker>,
    /// Optional annotations.
    pub annotations: Vec<Annotation>,
}

/// Draws `view` filling `root`, background first.
pub fn draw_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    view: &LineChartView,
    theme: &Theme,
) -> DrawResult<DB> {
    let (w, h) = super::begin(root, theme)?;
    let s = theme.scale;
    let (tick_font, text_font) = (theme.tick_font(), theme.label_font());
    let left = 46.0 * s;
    let right = w - 14.0 * s;
    let top = 24.0 * s;
    let bottom = h - 40.0 * s;
    if right <= left || bottom <= top {
        return root.present();
    }
    let scale = |log: bool, d: (f64, f64), r: (f64, f64)| {
        if log {
            Scale::log(d, r)
        } else {
            Scale::linear(d, r)
        }
    };
    let x = scale(view.x_log, view.x_range, (left, right));
    let y = scale(view.y_log, view.y_range, (bottom, top));

    let ticks = |log: bool, (lo, hi): (f64, f64), n: usize| {
        if log {
            log_ticks(lo, hi)
        } else {
            nice_ticks(lo, hi, n)
        }
    };
    let step_of = |t: &[f64]| if t.len() > 1 { t[1] - t[0] } else { 1.0 };
    let yt = ticks(view.y_log, view.y_range, 4);
    let ys = step_of(&yt);
    for t in &yt {
        let py = y.map(*t) as i32;
        root.draw(&PathElement::new(
            vec![(left as i32, py), (right as i32, py)],
            theme.grid.stroke_width(theme.px(1.0) as u32),
        ))?;
        root.draw(&Text::new(
            tick_label(*t, if view.y_log { *t } else { ys }),
            ((left - 6.0 * s) as i32, py),
            tick_font.clone().pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    let xt = ticks(
        view.x_log,
        view.x_range,
        ((right - left) / (70.0 * s)).clamp(2.0, 8.0) as usize,
    );
    let xs = step_of(&xt);
    for t in &xt {
        let px = x.map(*t) as i32;
        root.draw(&PathElement::new(
            vec![(px, top as i32), (px, bottom as i32)],
            theme.grid.stroke_width(theme.px(1.0) as u32),
        ))?;
        root.draw(&Text::new(
            tick_label(*t, if view.x_log { *t } else { xs }),
            (px, (bottom + 6.0 * s) as i32),
            tick_font.clone().pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    let axis = theme.axis.stroke_width(theme.px(1.5) as u32);
    root.draw(&PathElement::new(
        vec![
            (left as i32, top as i32),
            (left as i32, bottom as i32),
            (right as i32, bottom as i32),
        ],
        axis,
    ))?;
    root.draw(&Text::new(
        super::isolated(&view.x_label),
        (((left + right) / 2.0) as i32, (h - 4.0 * s) as i32),
        text_font.clone().pos(Pos::new(HPos::Center, VPos::Bottom)),
    ))?;
    root.draw(&Text::new(
        super::isolated(&view.y_label),
        ((left - 6.0 * s) as i32, (top - 8.0 * s) as i32),
        text_font.clone().pos(Pos::new(HPos::Left, VPos::Bottom)),
    ))?;

    let colours = [theme.primary, theme.secondary, theme.tertiary, theme.accent];
    for series in &view.series {
        let colour = colours[series.colour % colours.len()];
        let mut run: Vec<(i32, i32)> = Vec::new();
        let flush = |run: &mut Vec<(i32, i32)>| -> DrawResult<DB> {
            if run.len() > 1 {
                if series.dashed {
                    draw_dashed_path(root, run, colour, theme)?;
                } else {
                    root.draw(&PathElement::new(
                        run.clone(),
                        colour.stroke_width(theme.px(2.0) as u32),
                    ))?;
                }
            }
            run.clear();
            Ok(())
        };
        for &(px, py) in &series.points {
            let ok = px.is_finite()
                && py.is_finite()
                && (!view.x_log || px > 0.0)
                && (!view.y_log || py > 0.0);
            if ok {
                run.push((x.map(px) as i32, y.map(py) as i32));
            } else {
                flush(&mut run)?;
            }
        }
        flush(&mut run)?;
    }

    let label_box = view
        .marker
        .as_ref()
        .filter(|m| m.x.is_finite() && m.y.is_finite())
        .map(|m| marker_label_box(view, m, (&x, &y), theme, (left, right, top, bottom)));

    if view.series.len() > 1 {
        // The legend goes in whichever corner (top right, bottom left, top left, bottom right)
        // the lines and the marker cross least, so it never sits on the data or the marker's label.
        // As wide as its longest name (a line sample, a gap, then the text), so none is cut off.
        let longest = view
            .series
            .iter()
            .map(|se| super::geometry::width_in_chars(&se.name).ceil() as usize)
            .max()
            .unwrap_or(0);
        let w = (30.0 * s + longest as f64 * theme.font_px(12.0) * 0.58).max(120.0 * s);
        let h = (16 * view.series.len()) as f64 * s + 8.0 * s;
        let corners = [
            (right - w, top),
            (left + 8.0 * s, bottom - h),
            (left + 8.0 * s, top),
            (right - w, bottom - h),
        ];
        let inside = |(cx, cy): (f64, f64)| {
            let (x1, y1) = (cx + w, cy + h);
            let points = view
                .series
                .iter()
                .flat_map(|se| se.points.iter())
                .filter(|(px, py)| {
                    let (qx, qy) = (x.map(*px), y.map(*py));
                    qx >= cx && qx <= x1 && qy >= cy && qy <= y1
                })
                .count();
            let covers_label =
                label_box.is_some_and(|(a, b, c, d)| a < x1 && c > cx && b < y1 && d > cy);
            points + if covers_label { 1000 } else { 0 }
        };
        let (lx, mut ly) = corners
            .into_iter()
            .min_by_key(|c| inside(*c))
            .unwrap_or(corners[0]);
        ly += 4.0 * s;
        for series in &view.series {
            let colour = colours[series.colour % colours.len()];
            let a = (lx as i32, ly as i32);
            let b = ((lx + 18.0 * s) as i32, ly as i32);
            if series.dashed {
                dashed_line(root, a, b, colour, theme)?;
            } else {
                root.draw(&PathElement::new(
                    vec![a, b],
                    colour.stroke_width(theme.px(2.0) as u32),
                ))?;
            }
            root.draw(&Text::new(
                super::isolated(&series.name),
                ((lx + 24.0 * s) as i32, ly as i32),
                tick_font
                    .clone()
                    .color(&theme.text)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            ly += 16.0 * s;
        }
    }

    for a in &view.annotations {
        let (start, _, y0) = annotation_place(a, (&x, &y), theme, (left, right));
        root.draw(&Text::new(
            super::isolated(&a.text),
            (start as i32, y0 as i32),
            text_font.clone().color(&theme.muted).pos(Pos::new(
                HPos::Left,
                if a.below { VPos::Top } else { VPos::Bottom },
            )),
        ))?;
    }

    if let Some(m) = view
        .marker
        .as_ref()
        .filter(|m| m.x.is_finite() && m.y.is_finite())
    {
        let p = (x.map(m.x) as i32, y.map(m.y) as i32);
        root.draw(&Circle::new(p, theme.px(6.0), theme.background.filled()))?;
        root.draw(&Circle::new(p, theme.px(5.0), theme.accent.filled()))?;
        if let Some((x0, y0, x1, y1)) = label_box {
            // A halo of the background, so a line passing behind never cuts through the text.
            root.draw(&Rectangle::new(
                [(x0 as i32, y0 as i32), (x1 as i32, y1 as i32)],
                theme.background.mix(0.85).filled(),
            ))?;
            root.draw(&Text::new(
                super::isolated(&m.label),
                (((x0 + x1) / 2.0) as i32, ((y0 + y1) / 2.0) as i32),
                (theme.family(), theme.font_px(13.0), FontStyle::Bold)
                    .into_font()
                    .color(&theme.text)
                    .pos(Pos::new(HPos::Center, VPos::Center)),
            ))?;
        }
    }
    root.present()
}

/// Where an annotation's text goes: its left end, its width, and the baseline it stands on (or
/// the top it hangs from, when `below`). Centred on its point, slid along to stay inside the plot
/// (a longer language's text too; a text wider than the plot starts at its left edge), and kept
/// 4 px off its point, so it never sits on the line it names.
fn annotation_place(
    a: &Annotation,
    (x, y): (&Scale, &Scale),
    theme: &Theme,
    (left, right): (f64, f64),
) -> (f64, f64, f64) {
    let s = theme.scale;
    let (ax, half) = (
        x.map(a.x),
        super::geometry::width_in_chars(&a.text) * theme.font_px(13.0) * 0.28,
    );
    let start = (ax - half).min(right - 2.0 * half).max(left);
    let y0 = y.map(a.y) + if a.below { 6.0 * s } else { -4.0 * s };
    (start, 2.0 * half, y0)
}

/// The box (x0, y0, x1, y1) of the marker's label: beside the dot, towards the middle of the
/// chart, above it, below it (at a valley's bottom) or higher up (past an annotation), wherever
/// the least of the lines and annotations would sit under it.
fn marker_label_box(
    view: &LineChartView,
    m: &Marker,
    (x, y): (&Scale, &Scale),
    theme: &Theme,
    (left, right, top, bottom): (f64, f64, f64, f64),
) -> (f64, f64, f64, f64) {
    let (mx, my) = (x.map(m.x), y.map(m.y));
    let font = theme.font_px(13.0);
    let (w, h, gap) = (
        super::geometry::width_in_chars(&m.label) * font * 0.62,
        font * 1.3,
        8.0 * theme.scale,
    );
    let x0 = if mx > (left + right) / 2.0 {
        mx - gap - w
    } else {
        mx + gap
    };
    // Points of the lines (with the midpoints between them, so a steep segment counts) and the
    // annotations' anchors, as screen positions with a weight each.
    let mut obstacles = Vec::new();
    for series in &view.series {
        for pair in series.points.windows(2) {
            let (a, b) = (
                (x.map(pair[0].0), y.map(pair[0].1)),
                (x.map(pair[1].0), y.map(pair[1].1)),
            );
            obstacles.push((a.0, a.1, 1));
            obstacles.push(((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0, 1));
        }
    }
    // An annotation is an obstacle along its whole text, not only at its point.
    for a in &view.annotations {
        let (start, width, y0) = annotation_place(a, (x, y), theme, (left, right));
        let middle = if a.below { y0 + h / 2.0 } else { y0 - h / 2.0 };
        let mut px = start;
        while px <= start + width {
            obstacles.push((px, middle, 100));
            px += 6.0 * theme.scale;
        }
    }
    let margin = 4.0 * theme.scale;
    let mut best = (usize::MAX, my - gap - h);
    for y0 in [
        my - gap - h,
        my + gap,
        my - gap - 2.0 * h,
        my - gap - 3.0 * h,
    ] {
        let mut cost = if y0 < top || y0 + h > bottom { 1000 } else { 0 };
        for &(px, py, weight) in &obstacles {
            // A margin around the box: a line just above or below it would touch the text.
            if px >= x0 - margin
                && px <= x0 + w + margin
                && py >= y0 - margin
                && py <= y0 + h + margin
            {
                cost += weight;
            }
        }
        if cost < best.0 {
            best = (cost, y0);
        }
    }
    (x0 - 3.0, best.1, x0 + w + 3.0, best.1 + h)
}
