//! A signed bar chart: one bar per token, optional ghost bars behind, removed tokens drawn hollow
//! and hatched (never told apart by colour alone), an optional threshold and cumulative line.

use super::geometry::{fit_label, nice_ticks, tick_label, Scale};
use super::strokes::{draw_dashed, draw_hatch};
use super::{DrawResult, Theme};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// How a bar is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarState {
    /// Solid bar.
    Kept,
    /// Hollow, dashed outline with hatching and a "✕" under its label (filtered out).
    Removed,
    /// Solid bar in the accent colour with a bold label (the drawn or correct token).
    Highlight,
}

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct BarDatum {
    /// Text under the bar (cut to fit).
    pub label: String,
    /// Height in value units (may be negative).
    pub value: f64,
    /// A faint comparison bar behind this one (e.g. the T = 1 distribution).
    pub ghost: Option<f64>,
    /// How the bar is drawn.
    pub state: BarState,
}

impl BarDatum {
    /// One bar per token: `labels[i]` over `values[i]`, with `ghosts[i]` behind it when given,
    /// and the bar at `highlight` (the right word) highlighted.
    ///
    /// ```
    /// use softmax_lab::charts::{BarDatum, BarState};
    /// let bars = BarDatum::for_tokens(&["a".into(), "b".into()], &[1.0, -1.0], None, Some(1));
    /// assert_eq!(bars[1].state, BarState::Highlight);
    /// assert_eq!(bars[0].ghost, None);
    /// ```
    pub fn for_tokens(
        labels: &[String],
        values: &[f64],
        ghosts: Option<&[f64]>,
        highlight: Option<usize>,
    ) -> Vec<BarDatum> {
        labels
            .iter()
            .zip(values)
            .enumerate()
            .map(|(i, (label, v))| BarDatum {
                label: label.clone(),
                value: *v,
                ghost: ghosts.and_then(|g| g.get(i).copied()),
                state: if highlight == Some(i) {
                    BarState::Highlight
                } else {
                    BarState::Kept
                },
            })
            .collect()
    }
}

/// A horizontal line across the chart at a value, with a label at its right end.
#[derive(Clone, Debug, PartialEq)]
pub struct Threshold {
    /// Where the line is, in value units.
    pub value: f64,
    /// Text beside it ("p = 0.90").
    pub label: String,
}

/// Everything a bar chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChartView {
    /// The bars, left to right.
    pub bars: Vec<BarDatum>,
    /// The value axis; it is widened to include 0 and every value.
    pub y_range: (f64, f64),
    /// Decimals of the value printed on each bar (when the bars are wide enough).
    pub decimals: usize,
    /// Optional horizontal threshold line (top-p's, against the cumulative line).
    pub threshold: Option<Threshold>,
    /// Optional second line under which bars were removed (min-p's), in its own colour.
    pub floor: Option<Threshold>,
    /// Optional line through the bars' right edges (cumulative probability: the mass up to and
    /// including each bar), in value units.
    pub cumulative: Option<Vec<f64>>,
    /// Bars with negative values use the secondary colour (for signed quantities like logits).
    pub signed_colours: bool,
}

impl BarChartView {
    /// Plain bars: one kept bar per (label, value), no ghosts, threshold or cumulative line.
    pub fn plain(
        labels: &[String],
        values: &[f64],
        y_range: (f64, f64),
        decimals: usize,
        signed_colours: bool,
    ) -> Self {
        BarChartView {
            bars: labels
                .iter()
                .zip(values)
                .map(|(l, v)| BarDatum {
                    label: l.clone(),
                    value: *v,
                    ghost: None,
                    state: BarState::Kept,
                })
                .collect(),
            y_range,
            decimals,
            threshold: None,
            floor: None,
            cumulative: None,
            signed_colours,
        }
    }

    /// The value range actually drawn: `y_range` widened to hold 0, every value and ghost.
    pub fn value_range(&self) -> (f64, f64) {
        let mut lo = self.y_range.0.min(0.0);
        let mut hi = self.y_range.1.max(0.0);
        for b in &self.bars {
            for v in std::iter::once(b.value).chain(b.ghost) {
                if v.is_finite() {
                    lo = lo.min(v);
                    hi = hi.max(v);
                }
            }
        }
        if hi - lo < 1e-12 {
            hi = lo + 1.0;
        }
        (lo, hi)
    }
}

/// Draws `view` filling `root` (the background is painted first: canvases keep old pixels).
pub fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    view: &BarChartView,
    theme: &Theme,
) -> DrawResult<DB> {
    let (w, h) = super::begin(root, theme)?;
    let s = theme.scale;
    let small = theme.font_px(12.0);
    let (tick_font, label_font) = (theme.tick_font(), theme.label_font());

    let left = 40.0 * s;
    let right = w - 10.0 * s;
    let top = 18.0 * s;
    let bottom = h - 38.0 * s;
    if right <= left || bottom <= top || view.bars.is_empty() {
        return root.present();
    }
    let (lo, hi) = view.value_range();
    let n = view.bars.len();
    let slot = (right - left) / n as f64;
    let show_values = slot >= 34.0 * s;
    // A negative bar's value hangs under its end: leave it the room the top margin leaves the
    // positive ones, or the lowest would sit on the token names.
    let floor = if show_values && lo < 0.0 {
        bottom - small - 4.0 * s
    } else {
        bottom
    };
    let y = Scale::linear((lo, hi), (floor, top));

    // Grid and tick labels.
    let ticks = nice_ticks(lo, hi, 4);
    let step = if ticks.len() > 1 {
        ticks[1] - ticks[0]
    } else {
        hi - lo
    };
    for t in &ticks {
        let py = y.map(*t).round() as i32;
        root.draw(&PathElement::new(
            vec![(left as i32, py), (right as i32, py)],
            theme.grid.stroke_width(theme.px(1.0) as u32),
        ))?;
        root.draw(&Text::new(
            tick_label(*t, step),
            ((left - 6.0 * s) as i32, py),
            tick_font.clone().pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }

    let bar_w = (slot * 0.62).max(2.0 * s);
    let ghost_w = (slot * 0.82).max(3.0 * s);
    let zero = y.map(0.0);
    let max_chars = ((slot / (small * 0.62)).floor() as usize).max(1);

    for (i, b) in view.bars.iter().enumerate() {
        let cx = left + slot * (i as f64 + 0.5);
        if let Some(g) = b.ghost.filter(|g| g.is_finite()) {
            let gy = y.map(g);
            let rect = [
                ((cx - ghost_w / 2.0) as i32, gy.min(zero) as i32),
                ((cx + ghost_w / 2.0) as i32, gy.max(zero) as i32),
            ];
            root.draw(&Rectangle::new(rect, theme.faint.mix(0.25).filled()))?;
            root.draw(&Rectangle::new(
                rect,
                theme.faint.stroke_width(theme.px(1.0) as u32),
            ))?;
        }
        let value = if b.value.is_finite() { b.value } else { 0.0 };
        let vy = y.map(value);
        let (x0, x1) = ((cx - bar_w / 2.0) as i32, (cx + bar_w / 2.0) as i32);
        let (y0, y1) = (vy.min(zero) as i32, vy.max(zero) as i32);
        let colour = match b.state {
            BarState::Highlight => theme.tertiary,
            _ if view.signed_colours && value < 0.0 => theme.secondary,
            _ => theme.primary,
        };
        match b.state {
            BarState::Removed => {
                // A filtered token has probability 0: outline the height it would have had (its
                // ghost), hatched, so the removal is visible without relying on colour.
                let gy = y.map(b.ghost.filter(|g| g.is_finite()).unwrap_or(value));
                draw_removed(
                    root,
                    (x0, gy.min(zero) as i32, x1, gy.max(zero) as i32),
                    theme,
                )?
            }
            _ => root.draw(&Rectangle::new(
                [(x0, y0), (x1, y1.max(y0 + 1))],
                colour.filled(),
            ))?,
        }
        if show_values && b.value.is_finite() {
            let (ty, anchor) = if value >= 0.0 {
                (vy - 3.0 * s, VPos::Bottom)
            } else {
                (vy + 3.0 * s, VPos::Top)
            };
            root.draw(&Text::new(
                crate::format::fixed(b.value, view.decimals),
                (cx as i32, ty as i32),
                tick_font
                    .clone()
                    .color(&theme.text)
                    .pos(Pos::new(HPos::Center, anchor)),
            ))?;
        }
        // A centred label may spread over unlabelled neighbours on both sides (sparse labels on
        // many narrow bars, as in the 21-bar vocabulary chart).
        let free = |bars: &mut dyn Iterator<Item = &BarDatum>| {
            bars.take_while(|x| x.label.is_empty()).count()
        };
        let spread =
            free(&mut view.bars[..i].iter().rev()).min(free(&mut view.bars[i + 1..].iter()));
        let room = max_chars * (1 + 2 * spread);
        let mut label = fit_label(&b.label, room);
        // An unlabelled removed bar (one of many narrow ones) is marked by its hatching alone.
        if b.state == BarState::Removed && !b.label.is_empty() {
            label = fit_label(&format!("\u{2715} {}", b.label), room);
        }
        let style = if b.state == BarState::Highlight {
            (theme.family(), theme.font_px(13.0), FontStyle::Bold)
                .into_font()
                .color(&theme.text)
        } else {
            label_font.clone()
        };
        root.draw(&Text::new(
            super::isolated(&label),
            (cx as i32, (bottom + 8.0 * s) as i32),
            style.pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }

    // The zero line sits on top of the bars so signed bars read from it.
    let zy = zero.round() as i32;
    root.draw(&PathElement::new(
        vec![(left as i32, zy), (right as i32, zy)],
        theme.axis.stroke_width(theme.px(1.5) as u32),
    ))?;

    if let Some(line) = &view.cumulative {
        let pts: Vec<(i32, i32)> = line
            .iter()
            .enumerate()
            .filter(|(_, v)| v.is_finite())
            // At each bar's right edge, where the mass up to and including it is reached: at
            // the centre the first point sat on the first bar's value label.
            .map(|(i, v)| ((left + slot * (i as f64 + 1.0)) as i32, y.map(*v) as i32))
            .collect();
        root.draw(&PathElement::new(
            pts.clone(),
            theme.text.stroke_width(theme.px(1.5) as u32),
        ))?;
        for p in pts {
            root.draw(&Circle::new(p, theme.px(3.0), theme.text.filled()))?;
        }
    }

    let threshold = view.threshold.as_ref().filter(|t| t.value.is_finite());
    if let Some(t) = threshold {
        // With a cumulative line, which ends at the top right, the label goes under the threshold
        // (where only the short tail bars are) so the two never overlap.
        let under = view.cumulative.is_some();
        draw_level(
            root,
            (left, right, y.map(t.value)),
            t,
            theme.accent,
            under,
            theme,
        )?;
    }
    if let Some(f) = view.floor.as_ref().filter(|f| f.value.is_finite()) {
        let fy = y.map(f.value);
        // Its label goes over the line at the right (the short tail bars' side), or under it
        // when the threshold's label, which hangs under its own line, is in the way.
        let crowded = threshold.is_some_and(|t| {
            let ty = y.map(t.value);
            ty < fy && fy - ty < theme.px(34.0) as f64
        });
        draw_level(root, (left, right, fy), f, theme.secondary, crowded, theme)?;
    }
    root.present()
}

/// A dashed horizontal line at height `y` from `left` to `right`, in `colour`, labelled at its
/// right end, over the line or (`under`) beneath it.
fn draw_level<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    (left, right, y): (f64, f64, f64),
    level: &Threshold,
    colour: RGBColor,
    under: bool,
    theme: &Theme,
) -> DrawResult<DB> {
    let y = y as i32;
    draw_dashed(root, (left as i32, y), (right as i32, y), colour, theme)?;
    let (label_y, v_pos) = if under {
        (y + theme.px(3.0), VPos::Top)
    } else {
        (y - theme.px(3.0), VPos::Bottom)
    };
    root.draw(&Text::new(
        super::isolated(&level.label),
        (right as i32, label_y),
        theme
            .tick_font()
            .color(&theme.text)
            .pos(Pos::new(HPos::Right, v_pos)),
    ))?;
    Ok(())
}

/// A removed token: dashed outline and diagonal hatching, readable without colour.
fn draw_removed<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    (x0, y0, x1, y1): (i32, i32, i32, i32),
    theme: &Theme,
) -> DrawResult<DB> {
    let y1 = y1.max(y0 + 2);
    draw_hatch(root, (x0, y0, x1, y1), theme.faint, theme)?;
    for (a, b) in [
        ((x0, y0), (x1, y0)),
        ((x1, y0), (x1, y1)),
        ((x1, y1), (x0, y1)),
        ((x0, y1), (x0, y0)),
    ] {
        draw_dashed(root, a, b, theme.faint, theme)?;
    }
    Ok(())
}
