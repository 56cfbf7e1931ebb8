//! Chart snapshots: the drawing functions render to SVG natively, so what the canvas shows is
//! checked here byte for byte. `UPDATE_SNAPSHOTS=1 cargo test --test charts` rewrites them after a
//! deliberate change (then look at the SVG files before committing them).

use plotters::prelude::*;
use softmax_lab::charts::geometry::{fit_label, nice_ticks, Scale};
use softmax_lab::charts::{
    draw_bars, draw_lines, Annotation, BarChartView, BarDatum, BarState, LineChartView, Marker,
    Series, Theme, Threshold,
};
use softmax_lab::math;
use std::path::PathBuf;

fn svg_of(draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>)) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (480, 240)).into_drawing_area();
        draw(&root);
    }
    out
}

fn check_snapshot(name: &str, svg: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() || !path.exists() {
        std::fs::write(&path, svg).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap();
    assert!(
        want == svg,
        "{name} changed; rerun with UPDATE_SNAPSHOTS=1 if that was deliberate"
    );
}

/// Whether the SVG has a text element reading exactly `text`.
/// The `y` of the first `<text>` element whose content starts with `text`.
fn text_y(svg: &str, text: &str) -> Option<f64> {
    let at = svg.find(&format!(">\n{text}"))?;
    let open = svg[..at].rfind("<text")?;
    let y = svg[open..at].split(" y=\"").nth(1)?.split('"').next()?;
    y.parse().ok()
}

/// The `x` of the first `<text>` element whose content starts with `text`.
fn text_x(svg: &str, text: &str) -> Option<f64> {
    let at = svg.find(&format!(">\n{text}"))?;
    let open = svg[..at].rfind("<text")?;
    let x = svg[open..at].split(" x=\"").nth(1)?.split('"').next()?;
    x.parse().ok()
}

fn has_text(svg: &str, text: &str) -> bool {
    svg.contains(&format!(">\n{text}\n</text>"))
}

fn lesson_bars(values: &[f64]) -> Vec<BarDatum> {
    ["cat", "dog", "bird", "fish"]
        .iter()
        .zip(values)
        .map(|(t, v)| BarDatum {
            label: t.to_string(),
            value: *v,
            ghost: None,
            state: BarState::Kept,
        })
        .collect()
}

#[test]
fn probability_bars_match_snapshot_and_show_their_values() {
    let probs = math::softmax(&[2.0, 1.0, 0.5, -1.0]);
    let view = BarChartView {
        bars: lesson_bars(&probs),
        y_range: (0.0, 1.0),
        decimals: 3,
        threshold: None,
        floor: None,
        cumulative: None,
        signed_colours: false,
    };
    let svg = svg_of(|root| draw_bars(root, &view, &Theme::light(1.0)).unwrap());
    for text in ["0.609", "0.224", "0.136", "0.030", "cat", "fish"] {
        assert!(has_text(&svg, text), "missing {text}");
    }
    // Background, 4 bars, nothing hatched.
    assert_eq!(svg.matches("<rect").count(), 5);
    check_snapshot("bars_probs.svg", &svg);
}

/// The logits chart of section 1: signed bars with one decimal, over at least -2 to 3.
fn logit_bars(values: &[f64]) -> BarChartView {
    BarChartView {
        bars: lesson_bars(values),
        y_range: (-2.0, 3.0),
        decimals: 1,
        threshold: None,
        floor: None,
        cumulative: None,
        signed_colours: true,
    }
}

/// The y and font size of the `<text>` element whose content is `text`.
fn text_box(svg: &str, text: &str) -> (f64, f64) {
    let end = svg
        .find(&format!(">\n{text}\n</text>"))
        .unwrap_or_else(|| panic!("no {text}"));
    let tag = &svg[svg[..end].rfind("<text").unwrap()..end];
    let number = |name: &str| -> f64 {
        let at = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[at..at + tag[at..].find('"').unwrap()].parse().unwrap()
    };
    (number("y"), number("font-size"))
}

#[test]
fn the_lowest_negative_value_stays_clear_of_the_token_names() {
    // A pasted answer's alternatives: the least likely at the chart's floor.
    let view = logit_bars(&[0.0, -4.9, -5.9, -9.4]);
    let svg = svg_of(|root| draw_bars(root, &view, &Theme::light(1.0)).unwrap());
    // Both hang from their y (dy 0.76em): the value's foot must be above the name's head.
    let (value_y, size) = text_box(&svg, "\u{2212}9.4");
    let (name_y, _) = text_box(&svg, "fish");
    assert!(
        value_y + size <= name_y,
        "value from {value_y} to {}, name from {name_y}",
        value_y + size
    );
}

#[test]
fn signed_logit_bars_hang_below_zero_in_the_second_colour() {
    let view = logit_bars(&[2.0, 1.0, 0.5, -1.0]);
    let theme = Theme::light(1.0);
    let svg = svg_of(|root| draw_bars(root, &view, &theme).unwrap());
    assert_eq!(
        svg.matches("#D55E00").count(),
        1,
        "exactly the negative bar is vermillion"
    );
    // Values and ticks carry a real minus sign, as the tables and readouts do.
    assert!(
        svg.contains(">\n\u{2212}1.0\n<") && svg.contains(">\n\u{2212}2\n<"),
        "{svg}"
    );
    assert!(!svg.contains(">\n-"), "no ASCII hyphen for a minus");
    check_snapshot("bars_logits.svg", &svg);
}

#[test]
fn min_p_bar_is_a_second_dashed_line_in_its_own_colour_and_labelled() {
    let theme = Theme::light(1.0);
    let mut view = BarChartView::plain(
        &["a".into(), "b".into(), "c".into()],
        &[0.6, 0.4, 0.0],
        (0.0, 1.0),
        2,
        false,
    );
    let colour = |c: RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    let without = svg_of(|root| draw_bars(root, &view, &theme).unwrap());
    view.floor = Some(Threshold {
        value: 0.3,
        label: "min-p 0.50 \u{d7} top".into(),
    });
    let with = svg_of(|root| draw_bars(root, &view, &theme).unwrap());
    assert!(has_text(&with, "min-p 0.50 \u{d7} top"));
    assert!(
        !with.contains(&colour(theme.accent)),
        "not in the top-p line's colour"
    );
    let dashes = |svg: &str| svg.matches(&colour(theme.secondary)).count();
    assert!(
        dashes(&with) > dashes(&without) + 10,
        "a dashed line across the chart"
    );
}

#[test]
fn tick_labels_use_a_real_minus_and_never_show_minus_zero() {
    use softmax_lab::charts::geometry::tick_label;
    assert_eq!(tick_label(-2.0, 1.0), "\u{2212}2");
    assert_eq!(tick_label(-0.5, 0.5), "\u{2212}0.5");
    assert_eq!(tick_label(-0.0, 0.5), "0.0");
    assert_eq!(tick_label(1e-4, 1e-4), "1e\u{2212}4");
    assert_eq!(tick_label(1e6, 1e6), "1e6");
    assert_eq!(tick_label(0.5, 0.1), "0.5");
}

#[test]
fn removed_tokens_are_hatched_labelled_and_ghosts_drawn() {
    let probs = math::sampling_distribution(&[3.0, 1.0, 0.0], 1.0, 0, 0.8, 0.0);
    let ghost = math::softmax(&[3.0, 1.0, 0.0]);
    let bars: Vec<BarDatum> = ["refund", "reship", "escalate"]
        .iter()
        .enumerate()
        .map(|(i, t)| BarDatum {
            label: t.to_string(),
            value: probs[i],
            ghost: Some(ghost[i]),
            state: if probs[i] > 0.0 {
                BarState::Kept
            } else {
                BarState::Removed
            },
        })
        .collect();
    let view = BarChartView {
        bars,
        y_range: (0.0, 1.0),
        decimals: 3,
        threshold: Some(Threshold {
            value: 0.8,
            label: "p = 0.80".into(),
        }),
        floor: None,
        cumulative: Some(vec![ghost[0], ghost[0] + ghost[1], 1.0]),
        signed_colours: false,
    };
    let svg = svg_of(|root| draw_bars(root, &view, &Theme::light(1.0)).unwrap());
    assert!(
        has_text(&svg, "\u{2715} escalate"),
        "the removed token is labelled"
    );
    assert!(has_text(&svg, "p = 0.80"));
    // Background, a filled and an outlined ghost per token, one solid bar: only "refund" is kept
    // (0.844 >= 0.8), the removed ones are dashed outlines and hatching, never solid.
    assert_eq!(svg.matches("<rect").count(), 1 + 3 * 2 + 1);
    assert!(
        svg.matches("<polyline").count() > 20,
        "hatching and dashes are drawn as short lines"
    );
    // The cumulative line's first point, the first bar's mass, stands at that bar's right edge,
    // clear of the value written over the bar's centre.
    let first_dot: f64 = svg
        .split("<circle cx=\"")
        .nth(1)
        .and_then(|c| c.split('"').next())
        .and_then(|x| x.parse().ok())
        .expect("the cumulative line's dots");
    let value_x = text_x(&svg, "1.000").expect("the kept bar's value (all the mass)");
    assert!(
        first_dot - value_x >= 20.0,
        "dot at {first_dot}, value at {value_x}"
    );
    check_snapshot("bars_filtered.svg", &svg);
}

#[test]
fn loss_curve_with_marker_matches_snapshot() {
    let points: Vec<(f64, f64)> = (1..=100)
        .map(|i| i as f64 / 100.0)
        .map(|p| (p, math::neg_log(p)))
        .collect();
    let view = LineChartView {
        series: vec![Series {
            name: "\u{2212}ln p".into(),
            points,
            colour: 0,
            dashed: false,
        }],
        x_range: (0.0, 1.0),
        y_range: (0.0, 5.0),
        x_log: false,
        y_log: false,
        x_label: "probability of the correct token".into(),
        y_label: "loss (nats)".into(),
        marker: Some(Marker {
            x: 0.5,
            y: math::neg_log(0.5),
            label: "0.693".into(),
        }),
        annotations: vec![
            Annotation {
                x: 0.05,
                y: 4.5,
                text: "terrible".into(),
                below: false,
            },
            Annotation {
                x: 0.95,
                y: 0.3,
                text: "perfect".into(),
                below: false,
            },
        ],
    };
    let svg = svg_of(|root| draw_lines(root, &view, &Theme::dark(1.0)).unwrap());
    for text in ["0.693", "terrible", "perfect", "loss (nats)"] {
        assert!(has_text(&svg, text), "missing {text}");
    }
    assert_eq!(
        svg.matches("<circle").count(),
        2,
        "the marker: halo and dot"
    );
    check_snapshot("line_loss.svg", &svg);
}

#[test]
fn two_series_get_a_legend_and_log_axes_skip_non_positive_points() {
    let view = LineChartView {
        series: vec![
            Series {
                name: "train".into(),
                points: vec![(1.0, 3.0), (10.0, 1.0), (100.0, 0.5)],
                colour: 0,
                dashed: false,
            },
            Series {
                name: "validation".into(),
                points: vec![(0.0, 3.0), (10.0, 1.5), (100.0, 2.0)],
                colour: 1,
                dashed: true,
            },
        ],
        x_range: (1.0, 100.0),
        y_range: (0.0, 4.0),
        x_log: true,
        y_log: false,
        x_label: "step".into(),
        y_label: "loss".into(),
        marker: None,
        annotations: vec![],
    };
    let svg = svg_of(|root| draw_lines(root, &view, &Theme::light(2.0)).unwrap());
    assert!(has_text(&svg, "train") && has_text(&svg, "validation"));
    assert!(
        has_text(&svg, "10") && has_text(&svg, "100"),
        "log ticks at powers of ten"
    );
}

#[test]
fn empty_and_non_finite_views_draw_without_panicking() {
    let empty = BarChartView {
        bars: vec![],
        y_range: (0.0, 0.0),
        decimals: 2,
        threshold: None,
        floor: None,
        cumulative: None,
        signed_colours: false,
    };
    svg_of(|root| draw_bars(root, &empty, &Theme::light(1.0)).unwrap());
    let weird = BarChartView {
        bars: lesson_bars(&[f64::NAN, f64::INFINITY, -f64::INFINITY, 1e300]),
        threshold: Some(Threshold {
            value: f64::NAN,
            label: "x".into(),
        }),
        cumulative: Some(vec![f64::NAN; 4]),
        ..empty
    };
    svg_of(|root| draw_bars(root, &weird, &Theme::contrast(f64::NAN)).unwrap());
    let mut buffer = String::new();
    let tiny = SVGBackend::with_string(&mut buffer, (3, 3)).into_drawing_area();
    let _ = draw_bars(&tiny, &weird, &Theme::light(1.0));
}

#[test]
fn geometry_helpers() {
    assert_eq!(nice_ticks(0.0, 1.0, 4), vec![0.0, 0.5, 1.0]);
    assert_eq!(nice_ticks(-2.0, 3.0, 4), vec![-2.0, 0.0, 2.0]);
    assert_eq!(nice_ticks(0.0, 5.0, 4), vec![0.0, 2.0, 4.0]);
    assert!(nice_ticks(f64::NAN, 1.0, 4).is_empty());
    let s = Scale::linear((0.0, 10.0), (100.0, 0.0));
    assert_eq!(s.map(5.0), 50.0);
    assert_eq!(s.map(f64::NAN), 100.0);
    assert_eq!(s.map(99.0), 0.0);
    assert_eq!(Scale::log((1.0, 100.0), (0.0, 2.0)).map(10.0), 1.0);
    assert_eq!(fit_label("elephant", 4), "ele\u{2026}");
    assert_eq!(fit_label("cat", 4), "cat");
}

#[test]
fn gradient_valley_on_log_axes_matches_snapshot() {
    use softmax_lab::sections::gradients::finite_difference::valley_view;
    use softmax_lab::sections::gradients::model::{error_valley, largest_error};
    let z = [3.0, 1.0, 0.0];
    let view = valley_view(error_valley(&z, 1), 1e-5, largest_error(&z, 1, 1e-5));
    let svg = svg_of(|root| draw_lines(root, &view, &Theme::light(1.0)).unwrap());
    assert!(
        has_text(&svg, "e = 1.0e\u{2212}5"),
        "the chosen step is labelled"
    );
    assert!(has_text(&svg, "step e") && has_text(&svg, "error"));
    // At the bottom of the valley the label (on its halo) goes under the dot, clear of the line.
    let attr = |line: &str, name: &str| -> f64 {
        let v = &line[line.find(&format!(" {name}=\"")).unwrap() + name.len() + 3..];
        v[..v.find('"').unwrap()].parse().unwrap()
    };
    let line_of = |needle: &str| svg.lines().find(|l| l.contains(needle)).expect(needle);
    let dot = line_of("fill=\"#CC79A7\"");
    let halo = line_of("opacity=\"0.85\"");
    assert!(attr(halo, "y") > attr(dot, "cy"), "{halo} is below {dot}");
    check_snapshot("line_fd_valley.svg", &svg);
}

#[test]
fn saturation_chart_names_both_losses_and_dashes_squared_error() {
    use softmax_lab::sections::gradients::model::saturation;
    use softmax_lab::sections::gradients::squared_error::saturation_view;
    let view = saturation_view(&saturation(41));
    let svg = svg_of(|root| draw_lines(root, &view, &Theme::light(1.0)).unwrap());
    assert!(has_text(&svg, "cross-entropy") && has_text(&svg, "squared error"));
    // Dashes are drawn as short segments: the dashed series alone makes dozens of them.
    let solid = saturation_view(&saturation(41));
    let solid = softmax_lab::charts::LineChartView {
        series: solid.series[..1].to_vec(),
        ..solid
    };
    let one = svg_of(|root| draw_lines(root, &solid, &Theme::light(1.0)).unwrap());
    assert!(
        svg.matches("<polyline").count() > one.matches("<polyline").count() + 30,
        "squared error is dashed, not only coloured"
    );
    check_snapshot("line_saturation.svg", &svg);
}

#[test]
fn overflow_chart_marks_the_ceiling_and_matches_snapshot() {
    use softmax_lab::math::Precision;
    use softmax_lab::sections::stability::offset::digits_view;
    let view = digits_view(2.0, 800.0, Precision::F64);
    let svg = svg_of(|root| draw_lines(root, &view, &Theme::light(1.0)).unwrap());
    assert!(
        has_text(&svg, "overflow past c \u{2248} 707.8"),
        "the threshold is labelled"
    );
    assert!(
        has_text(&svg, "c = 800: \u{221e}"),
        "past the threshold the marker says so"
    );
    assert!(has_text(&svg, "largest f64"));
    // The label stands clear of the dashed ceiling it names (it sat on it).
    let label = text_y(&svg, "overflow past").expect("the label's y");
    let ceiling = svg
        .split("stroke=\"#D55E00\" stroke-width=\"2\" points=\"")
        .nth(1)
        .and_then(|p| p.split([',', ' ']).nth(1))
        .and_then(|y| y.parse::<f64>().ok())
        .expect("the dashed ceiling's y");
    assert!(
        label <= ceiling - 4.0,
        "label at {label}, ceiling at {ceiling}"
    );
    check_snapshot("line_overflow.svg", &svg);
}

#[test]
fn softmax_twice_chart_has_both_pulls_and_matches_snapshot() {
    use softmax_lab::sections::pitfalls::model::weakening;
    use softmax_lab::sections::pitfalls::softmax_twice::weakening_view;
    let curve = weakening(&[3.0, 1.0, 0.0], 1, 57);
    let view = weakening_view(&curve, (1.0, 0.127));
    let svg = svg_of(|root| draw_lines(root, &view, &Theme::light(1.0)).unwrap());
    assert!(has_text(&svg, "softmax once") && has_text(&svg, "softmax twice"));
    assert!(has_text(&svg, "now 0.127"));
    check_snapshot("line_softmax_twice.svg", &svg);
}

#[test]
fn attention_heatmap_writes_every_weight_hatches_the_mask_and_matches_snapshot() {
    use softmax_lab::charts::{draw_heatmap, HeatmapView};
    use softmax_lab::sections::attention::model::{attention, sentence};
    let a = attention(64, true, math::MaskMode::NegInf, 42, 1.0);
    let words: Vec<String> = sentence().to_vec();
    let view = HeatmapView {
        rows: words.clone(),
        columns: words,
        values: a.weights.clone(),
        hatched: a.masked.clone(),
        column_title: "key \u{2192}".into(),
        row_title: "query \u{2193}".into(),
    };
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (480, 260)).into_drawing_area();
        draw_heatmap(&root, &view, &Theme::light(1.0)).unwrap();
    }
    // The ten future cells are exactly 0; every other weight is written to two decimals.
    assert_eq!(svg.matches(">\n0\n</text>").count(), 10);
    for row in &a.weights {
        for w in row.iter().filter(|w| **w != 0.0) {
            assert!(has_text(&svg, &format!("{w:.2}")), "{w:.2} is written");
        }
    }
    assert!(has_text(&svg, "weights") && has_text(&svg, "query \u{2193}"));
    // Hatching: diagonal strokes only in the masked cells; none without a mask.
    let lines = |svg: &str| svg.matches("<polyline").count();
    let mut plain = String::new();
    {
        let root = SVGBackend::with_string(&mut plain, (480, 260)).into_drawing_area();
        let none = HeatmapView {
            hatched: vec![vec![false; 5]; 5],
            ..view.clone()
        };
        draw_heatmap(&root, &none, &Theme::light(1.0)).unwrap();
    }
    assert!(lines(&svg) > lines(&plain) + 20, "masked cells are hatched");
    check_snapshot("heatmap_attention.svg", &svg);
}

#[test]
fn the_overflow_marker_names_c_as_set() {
    use softmax_lab::math::Precision;
    use softmax_lab::sections::stability::offset::digits_view;
    // One decimal used to be rounded away ("c = 2" at 2.5).
    for (c, label) in [
        (2.5, "c = 2.5"),
        (0.0, "c = 0"),
        (707.5, "c = 707.5"),
        (1000.0, "c = 1000: \u{221e}"),
    ] {
        let view = digits_view(2.0, c, Precision::F64);
        assert_eq!(view.marker.map(|m| m.label).as_deref(), Some(label));
    }
}

/// The stroked segments `((x1, y1), (x2, y2))` of every polyline drawn in `colour` (`#RRGGBB`).
fn segments_in(svg: &str, colour: &str) -> Vec<((f64, f64), (f64, f64))> {
    let mut out = Vec::new();
    for line in svg.split("<polyline").skip(1) {
        let line = &line[..line.find("/>").unwrap_or(line.len())];
        if !line.contains(&format!("stroke=\"{colour}\"")) {
            continue;
        }
        let points = line.split("points=\"").nth(1).unwrap_or("");
        let points: Vec<(f64, f64)> = points[..points.find('"').unwrap_or(0)]
            .split_whitespace()
            .filter_map(|p| {
                let (x, y) = p.split_once(',')?;
                Some((x.parse().ok()?, y.parse().ok()?))
            })
            .collect();
        out.extend(points.windows(2).map(|w| (w[0], w[1])));
    }
    out
}

#[test]
fn training_chart_draws_validation_dashed_as_its_legend_says_and_its_label_off_the_line() {
    use softmax_lab::sections::training::loop_card::curves_view;
    use softmax_lab::sections::training::model::Run;
    // Three sentences overfit within a few hundred steps (tests/training_model.rs).
    let mut run = Run::new(42, 3);
    for _ in 0..400 {
        run.step(2.0);
    }
    let view = curves_view(run.history());
    let theme = Theme::light(1.0);
    let svg = svg_of(|root| draw_lines(root, &view, &theme).unwrap());
    assert!(has_text(&svg, "training loss") && has_text(&svg, "validation loss"));
    // Lengths drawn per colour: the curve itself (minus the legend's 18 px sample) in strokes,
    // and how many strokes it takes.
    let drawn = |colour: &str| {
        let segs = segments_in(&svg, &hex(colour_of(&theme, colour)));
        let length: f64 = segs
            .iter()
            .map(|((x1, y1), (x2, y2))| ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt())
            .sum();
        (segs.len(), length)
    };
    let (_, solid) = drawn("primary");
    let (pieces, dashed) = drawn("secondary");
    // The two curves span the same steps, so their paths are of similar length; dashes draw
    // about half of theirs, in many short strokes, and the solid line all of its own.
    assert!(
        pieces > 40,
        "the validation loss is drawn in dashes ({pieces} strokes)"
    );
    assert!(
        dashed < 0.75 * solid,
        "dashes leave gaps: {dashed:.0} px drawn against {solid:.0} px of the solid line"
    );
    // The label hangs under the validation curve's lowest point, where that curve never runs.
    let label = svg
        .split("<text")
        .find(|t| t.contains("overfitting"))
        .expect("the chart marks overfitting");
    let number = |attr: &str| -> f64 {
        let at = label.split(&format!(" {attr}=\"")).nth(1).unwrap();
        at[..at.find('"').unwrap()].parse().unwrap()
    };
    let (label_x, label_y) = (number("x"), number("y"));
    // The curve's points within the label's reach (the legend's sample sits in a corner).
    let lowest_val = segments_in(&svg, &hex(colour_of(&theme, "secondary")))
        .iter()
        .flat_map(|(a, b)| [*a, *b])
        .filter(|(x, _)| (x - label_x).abs() < 120.0)
        .map(|(_, y)| y)
        .fold(f64::NEG_INFINITY, f64::max);
    assert!(
        label_y > lowest_val,
        "the label's top ({label_y}) is under the validation curve's lowest point ({lowest_val})"
    );
    check_snapshot("line_training.svg", &svg);
}

/// `#RRGGBB`, as the SVG backend writes a colour.
fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// A theme colour by its name in the line chart's colour slots.
fn colour_of(theme: &Theme, name: &str) -> RGBColor {
    match name {
        "primary" => theme.primary,
        _ => theme.secondary,
    }
}
