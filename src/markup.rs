//! The one way HTML text reaches the page as markup: [`Markup`], built only from `&'static str`
//! pieces written in this program and from text it escapes itself. Pure (std only).
//!
//! Views are written as `view!` trees; a `Markup` is for static markup (MathML formulas) and for
//! large tables whose cells are set in one go. `src/components/html_block.rs` is the only code
//! that hands it to `inner_html` (a native test checks that no other file does).

/// HTML that cannot carry markup from outside the program: every piece is either a compile-time
/// constant or escaped text.
///
/// ```
/// use softmax_lab::markup::Markup;
/// let mut m = Markup::raw("<p class=\"token\">");
/// m.push_text("<img src=x onerror=alert(1)> & \"b\"").push_raw("</p>");
/// assert_eq!(m.as_str(), "<p class=\"token\">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;b&quot;</p>");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup(String);

impl Markup {
    /// Starts from a piece of markup written in the program.
    pub fn raw(html: &'static str) -> Self {
        Markup(html.to_string())
    }

    /// Starts from text, escaped.
    pub fn text(text: &str) -> Self {
        let mut m = Markup::default();
        m.push_text(text);
        m
    }

    /// Appends a piece of markup written in the program.
    pub fn push_raw(&mut self, html: &'static str) -> &mut Self {
        self.0.push_str(html);
        self
    }

    /// Appends `text`, escaped for an element's content or a quoted attribute value.
    pub fn push_text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.0, text);
        self
    }

    /// Appends another `Markup`.
    pub fn push(&mut self, other: &Markup) -> &mut Self {
        self.0.push_str(&other.0);
        self
    }

    /// The HTML, for the one place that sets it as inner HTML.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `text` safe as HTML text or inside a quoted attribute: `&`, `<`, `>`, `"` and `'` escaped. The
/// lesson's one escaper (the share dialog's iframe snippet uses it too).
///
/// ```
/// use softmax_lab::markup::escape;
/// assert_eq!(escape("<img src=x onerror='a(1)'> & \"b\""), "&lt;img src=x onerror=&#39;a(1)&#39;&gt; &amp; &quot;b&quot;");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}
