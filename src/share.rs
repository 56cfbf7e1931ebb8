//! What the "Share / embed" dialog hands an instructor: a link to the section with chosen
//! settings, and an `<iframe>` snippet for a course page. Pure: no browser calls.

use crate::markup::escape;
use crate::params::{Control, Params, Section, ThemeChoice};
use crate::text::keys::share as k;
use crate::text::t;

/// The instructor's choices in the dialog.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShareOptions {
    /// Start from the lesson's default values (same section) instead of the current ones.
    pub from_defaults: bool,
    /// The colour theme the link forces (`Auto` follows the reader's system).
    pub theme: ThemeChoice,
    /// Controls to hide.
    pub hide: Vec<Control>,
}

/// Smallest and largest iframe height the snippet proposes, in CSS pixels (the tallest section,
/// at a phone's width, is about 7,000 px).
pub const FRAME_HEIGHT_RANGE: (u32, u32) = (480, 12000);

/// The settings a shared link carries: `current` (or the defaults on the same section) with the
/// chosen theme and hidden controls, embedded or not.
///
/// ```
/// use softmax_lab::params::{Params, Section, ThemeChoice};
/// use softmax_lab::share::{shared_params, ShareOptions};
/// let current = Params { section: Section::Sampling, temperature: 0.5, ..Params::default() };
/// let opts = ShareOptions { from_defaults: true, theme: ThemeChoice::Dark, hide: vec![] };
/// let p = shared_params(&current, &opts, true);
/// assert_eq!(p.to_query(), "v=1&s=sampling&embed=1&theme=dark");
/// ```
pub fn shared_params(current: &Params, opts: &ShareOptions, embed: bool) -> Params {
    let base = if opts.from_defaults {
        Params {
            section: current.section,
            ..Params::default()
        }
    } else {
        current.clone()
    };
    Params {
        embed,
        theme: opts.theme,
        // An embed never shows the section navigation: hiding it there would say nothing.
        hide: opts
            .hide
            .iter()
            .copied()
            .filter(|c| !(embed && *c == Control::Nav))
            .collect(),
        ..base
    }
}

/// The controls `section` has that an instructor can hide, in the dialog's order: the section
/// navigation everywhere, the token editor and presets in the two playgrounds, the shift buttons
/// and the arithmetic in the softmax section.
///
/// ```
/// use softmax_lab::params::{Control, Section};
/// use softmax_lab::share::hideable;
/// assert_eq!(hideable(Section::Sampling)[2..], [Control::Editor, Control::Presets]);
/// assert_eq!(hideable(Section::Loss), [Control::Nav, Control::Predict]);
/// assert_eq!(hideable(Section::Quiz), [Control::Nav]);
/// ```
pub fn hideable(section: Section) -> &'static [Control] {
    match section {
        Section::Softmax => &Control::ALL,
        Section::Sampling => &Control::ALL[..4],
        Section::Quiz => &Control::ALL[..1],
        _ => &Control::ALL[..2],
    }
}

/// What the dialog calls `control` beside its check box.
///
/// ```
/// use softmax_lab::params::Control;
/// use softmax_lab::share::control_label;
/// assert_eq!(control_label(Control::Nav), "Section navigation (link only)");
/// ```
pub fn control_label(control: Control) -> String {
    t(match control {
        Control::Nav => k::HIDE_NAV,
        Control::Predict => k::HIDE_PREDICT,
        Control::Editor => k::HIDE_EDITOR,
        Control::Presets => k::HIDE_PRESETS,
        Control::Shift => k::HIDE_SHIFT,
        Control::Arithmetic => k::HIDE_ARITHMETIC,
    })
}

/// `page` (origin and path, no query) followed by `?` and the query of `p`, or `page` alone when
/// every value is a default.
pub fn share_url(page: &str, p: &Params) -> String {
    let q = p.to_query();
    if q.is_empty() {
        page.to_string()
    } else {
        format!("{page}?{q}")
    }
}

/// An iframe that shows `src` at full width and `height` pixels tall, with an accessible `title`,
/// no border, lazy loading and fullscreen allowed. Attribute values are escaped, so a token name in
/// the link can never end the attribute.
///
/// ```
/// use softmax_lab::share::iframe_snippet;
/// assert_eq!(
///     iframe_snippet("https://x.io/?s=loss&embed=1", "Softmax Lab: \"loss\"", 900),
///     "<iframe src=\"https://x.io/?s=loss&amp;embed=1\" title=\"Softmax Lab: &quot;loss&quot;\" \
///      width=\"100%\" height=\"900\" style=\"border:0\" loading=\"lazy\" allowfullscreen></iframe>"
/// );
/// ```
pub fn iframe_snippet(src: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0\" loading=\"lazy\" allowfullscreen></iframe>",
        escape(src),
        escape(title)
    )
}

/// [`iframe_snippet`] followed by a small script that fits the frame to the section: it takes the
/// `softmax-lab:resize` messages of that frame's page alone, checked by `origin` (the lesson's,
/// e.g. `https://x.io`) and by source. An origin with characters no origin has is left out, so
/// the text can never end the script.
///
/// ```
/// use softmax_lab::share::resizing_snippet;
/// let s = resizing_snippet("https://x.io/?s=loss&embed=1", "Softmax Lab", 900, "https://x.io");
/// assert!(s.starts_with("<iframe src=\"https://x.io/?s=loss&amp;embed=1\""));
/// assert!(s.contains("e.origin===\"https://x.io\"&&e.source===f.contentWindow"));
/// assert!(s.ends_with("(document.currentScript.previousElementSibling)</script>"));
/// assert!(resizing_snippet("a", "b", 900, "x\"</script>").contains("e.origin===\"\""));
/// ```
pub fn resizing_snippet(src: &str, title: &str, height: u32, origin: &str) -> String {
    let plain = origin
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b".:/-[]".contains(&b));
    format!(
        "{}\n<script>(function(f){{addEventListener(\"message\",function(e){{var d=e.data;if(e.origin===\"{}\"&&e.source===f.contentWindow&&d&&d.type===\"softmax-lab:resize\"&&d.height>0)f.style.height=Math.ceil(d.height)+\"px\"}})}})(document.currentScript.previousElementSibling)</script>",
        iframe_snippet(src, title, height),
        if plain { origin } else { "" }
    )
}

/// A frame height for content `px` tall: rounded up to a multiple of 50 and kept within
/// [`FRAME_HEIGHT_RANGE`] (NaN or negative gives the smallest).
///
/// ```
/// use softmax_lab::share::frame_height;
/// assert_eq!(frame_height(1234.0), 1250);
/// assert_eq!(frame_height(10.0), 480);
/// assert_eq!(frame_height(f64::NAN), 480);
/// assert_eq!(frame_height(1e9), 12000);
/// ```
pub fn frame_height(px: f64) -> u32 {
    let (lo, hi) = FRAME_HEIGHT_RANGE;
    if px.is_nan() || px <= 0.0 {
        return lo;
    }
    let rounded = (px / 50.0).ceil() * 50.0;
    (rounded.min(hi as f64) as u32).max(lo)
}
