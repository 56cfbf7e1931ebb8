//! Chart colours, fonts and the pixel density they are drawn at.

use plotters::style::{FontFamily, IntoFont, RGBColor, TextStyle};

/// Colours, font and scale a chart is drawn with. Colours follow the page theme; the series are
/// Okabe-Ito, which stay distinct for colour-blind readers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Canvas background (the card colour, so the chart sits flush).
    pub background: RGBColor,
    /// Labels and values.
    pub text: RGBColor,
    /// Secondary text: axis ticks, captions.
    pub muted: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// The zero line and axes.
    pub axis: RGBColor,
    /// Bars and lines for positive values or the first series.
    pub primary: RGBColor,
    /// Negative values, the wrong favourite, the second series.
    pub secondary: RGBColor,
    /// A third series, the true token.
    pub tertiary: RGBColor,
    /// The highlighted item (threshold, moving marker).
    pub accent: RGBColor,
    /// Removed or ghost items.
    pub faint: RGBColor,
    /// Device pixels per CSS pixel: fonts and strokes are multiplied by it.
    pub scale: f64,
    /// CSS font family of every label.
    pub font: &'static str,
}

const FONT: &str = "system-ui, sans-serif";

impl Theme {
    /// The label font as plotters' `FontFamily`, built directly: plotters' `From<&str>` lowercases
    /// the name, and that alone links the standard library's Unicode case tables (about 4 KB
    /// compressed).
    pub fn family(&self) -> FontFamily<'static> {
        FontFamily::Name(self.font)
    }

    /// Small muted text at 12 px: ticks, axis titles, values.
    pub fn tick_font(&self) -> TextStyle<'static> {
        (self.family(), self.font_px(12.0))
            .into_font()
            .color(&self.muted)
    }

    /// Labels at 13 px in the text colour: token names, legends.
    pub fn label_font(&self) -> TextStyle<'static> {
        (self.family(), self.font_px(13.0))
            .into_font()
            .color(&self.text)
    }

    /// Light page.
    pub fn light(scale: f64) -> Self {
        Theme {
            background: RGBColor(0xff, 0xff, 0xff),
            text: RGBColor(0x1b, 0x22, 0x30),
            muted: RGBColor(0x55, 0x5f, 0x70),
            grid: RGBColor(0xe6, 0xe9, 0xef),
            axis: RGBColor(0x8a, 0x93, 0xa3),
            primary: RGBColor(0x00, 0x72, 0xb2),
            secondary: RGBColor(0xd5, 0x5e, 0x00),
            tertiary: RGBColor(0x00, 0x9e, 0x73),
            accent: RGBColor(0xcc, 0x79, 0xa7),
            faint: RGBColor(0xa7, 0xae, 0xbb),
            scale: sane_scale(scale),
            font: FONT,
        }
    }

    /// Dark page: lighter series so they keep their contrast.
    pub fn dark(scale: f64) -> Self {
        Theme {
            background: RGBColor(0x1a, 0x20, 0x2b),
            text: RGBColor(0xe8, 0xec, 0xf3),
            muted: RGBColor(0xa9, 0xb1, 0xc0),
            grid: RGBColor(0x2e, 0x36, 0x46),
            axis: RGBColor(0x75, 0x7e, 0x90),
            primary: RGBColor(0x56, 0xb4, 0xe9),
            secondary: RGBColor(0xe6, 0x9f, 0x00),
            tertiary: RGBColor(0x2b, 0xc4, 0x9a),
            accent: RGBColor(0xe0, 0x9a, 0xc4),
            faint: RGBColor(0x5c, 0x66, 0x78),
            scale: sane_scale(scale),
            font: FONT,
        }
    }

    /// High contrast for projectors: black ground, white text, saturated series.
    pub fn contrast(scale: f64) -> Self {
        Theme {
            background: RGBColor(0, 0, 0),
            text: RGBColor(0xff, 0xff, 0xff),
            muted: RGBColor(0xe0, 0xe0, 0xe0),
            grid: RGBColor(0x44, 0x44, 0x44),
            axis: RGBColor(0xff, 0xff, 0xff),
            primary: RGBColor(0x56, 0xb4, 0xe9),
            secondary: RGBColor(0xf0, 0xe4, 0x42),
            tertiary: RGBColor(0x3d, 0xdc, 0xb0),
            accent: RGBColor(0xff, 0x9d, 0xd6),
            faint: RGBColor(0x99, 0x99, 0x99),
            scale: sane_scale(scale),
            font: FONT,
        }
    }

    /// `px` CSS pixels in device pixels, rounded, at least 1.
    pub fn px(&self, px: f64) -> i32 {
        (px * self.scale).round().max(1.0) as i32
    }

    /// A font size of `px` CSS pixels in device pixels.
    pub fn font_px(&self, px: f64) -> f64 {
        (px * self.scale).round()
    }
}

/// devicePixelRatio can be anything a browser says (0, NaN, 10 on a zoomed page): keep it sane.
fn sane_scale(scale: f64) -> f64 {
    if scale.is_finite() {
        scale.clamp(1.0, 4.0)
    } else {
        1.0
    }
}
