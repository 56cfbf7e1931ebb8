//! Writes the lesson's first screen as HTML, for the build to put into index.html: the masthead,
//! the section navigation and every section's number, title and opening paragraph, taken from
//! `src/section.rs` (the same text the app shows). A small script after it keeps only the section
//! the address names, before the first paint; without JavaScript every opening stays, under a line
//! saying the interactive parts need it. The app removes the whole block when it mounts
//! (`browser::remove_loading`) and draws the same first screen in its place.
//!
//! Built with plain `rustc` by `scripts/prerender.mjs` (it needs nothing but `src/section.rs`),
//! so the build does not wait for a native build of the app.

#[path = "../section.rs"]
#[allow(dead_code)]
mod section;

use section::Section;
use std::fmt::Write as _;

/// `text` with the characters HTML gives a meaning escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The masthead, as `app::Lesson` draws it.
const MASTHEAD: &str = concat!(
    r#"<header class="masthead"><div class="masthead__inner"><p class="masthead__brand">"#,
    r#"<span class="masthead__logo" aria-hidden="true"><i></i><i></i><i></i></span>Softmax Lab</p>"#,
    r#"<p class="masthead__tagline">Softmax, temperature, top-p and cross-entropy, hands on.</p></div></header>"#
);

/// Where `SectionHead`'s Read aloud and Share / embed buttons go: kept invisible, so the
/// opening sits where the app will draw it.
const HEAD_TOOLS: &str = concat!(
    r#"<div class="read-aloud prerender__reserved" aria-hidden="true">"#,
    r#"<button class="button button--quiet" tabindex="-1" disabled>&#9654; Read aloud</button>"#,
    r#"<button class="button button--quiet" tabindex="-1" disabled>&#8214; Pause</button>"#,
    r#"<button class="button button--quiet" tabindex="-1" disabled>&#9632; Stop</button></div>"#,
    r#"<button class="button button--quiet share-button prerender__reserved" aria-hidden="true" tabindex="-1" disabled>Share / embed</button>"#
);

/// Runs first in `<body>`, before any of the first screen is parsed (so nothing can be painted
/// before it): marks `<html>` with the section the address names (`data-s`, the big picture when
/// it names none of ours, as `Params::from_query` does), `data-embed` for `embed=1`, `data-nonav`
/// for `hide=nav`, and the theme for `theme=`. The style sheet then shows only that section's
/// variant of the navigation and heading. It also sets `window.__firstScreenPainted` once the
/// browser has recorded the paint of the opening (at once where it cannot tell): the app waits
/// for it before it replaces the first screen (`src/main.rs`). And `window.__afterPaint(f)` runs
/// `f` once the first contentful paint is done (after the first frame where the browser cannot
/// tell, after 3 s at the latest): the loader fetches the wasm then (scripts/first-paint.mjs), so
/// the download never delays the first screen.
const DECIDE: &str = r#"<script>(function(){var q=new URLSearchParams(location.search),d=document.documentElement,s=q.get("s"),t=q.get("theme");d.setAttribute("data-s",__IDS__.indexOf(s)<0?"__FIRST__":s);if(q.get("embed")==="1")d.setAttribute("data-embed","");if((q.get("hide")||"").split(",").indexOf("nav")>=0)d.setAttribute("data-nonav","");if(t==="light"||t==="dark"||t==="contrast")d.setAttribute("data-theme",t);var W=window,P=W.PerformanceObserver,T=P&&P.supportedEntryTypes||[],k="__firstScreenPainted",g=[],a=0;function go(){if(!a){a=1;while(g.length)g.shift()()}}W.__afterPaint=function(f){a?f():g.push(f)};if(T.indexOf("paint")>=0)new P(function(l,o){if(l.getEntries().some(function(e){return e.name==="first-contentful-paint"})){o.disconnect();go()}}).observe({type:"paint",buffered:true});else requestAnimationFrame(function(){setTimeout(go)});setTimeout(go,3e3);if(T.indexOf("largest-contentful-paint")>=0)new P(function(l,o){if(l.getEntries().some(function(e){return e.element&&e.element.classList.contains("lede")})){W[k]=1;o.disconnect()}}).observe({type:"largest-contentful-paint",buffered:true});else W[k]=1})()</script>"#;

/// The section's links in the navigation, `current` marked as `SectionLink` marks it (none
/// without JavaScript, when the page cannot know which section the address names).
fn nav(current: Option<Section>, last: usize) -> String {
    let mut list = String::new();
    for s in Section::AVAILABLE {
        let _ = write!(
            list,
            r#"<li><a class="section-nav__link" href="?s={}"{}><span class="section-nav__num" aria-hidden="true">{}</span>{}</a></li>"#,
            s.id(),
            if Some(s) == current {
                r#" aria-current="page""#
            } else {
                ""
            },
            s.number(),
            escape(s.title())
        );
    }
    let here = current.unwrap_or(Section::AVAILABLE[0]);
    let i = Section::AVAILABLE
        .iter()
        .position(|s| *s == here)
        .unwrap_or(0);
    let step = |to: Option<&Section>, rel: &str, arrow: &str, word: &str| match to {
        Some(to) => format!(
            r#"<a class="section-nav__step" href="?s={}" rel="{rel}"><span aria-hidden="true">{arrow}</span><span class="visually-hidden">{word}: {}</span></a>"#,
            to.id(),
            escape(to.title())
        ),
        None => r#"<span class="section-nav__step section-nav__step--none"></span>"#.to_string(),
    };
    format!(
        concat!(
            r#"<nav class="section-nav" aria-label="Lesson sections" data-pre="{}"><div class="section-nav__bar">{}"#,
            r#"<span class="section-nav__toggle"><span class="section-nav__where">{}</span><span class="section-nav__chevron" aria-hidden="true"></span></span>{}</div>"#,
            r#"<ol class="section-nav__list">{}</ol></nav>"#
        ),
        current.map_or(NO_SCRIPT, |s| s.id()),
        step(
            i.checked_sub(1).and_then(|p| Section::AVAILABLE.get(p)),
            "prev",
            "&#8592;",
            "Previous"
        ),
        escape(&where_label(here, last)),
        step(Section::AVAILABLE.get(i + 1), "next", "&#8594;", "Next"),
        list
    )
}

/// The `data-pre` of what shows only without JavaScript.
const NO_SCRIPT: &str = "none";

/// The block that replaces `<div id="loading" data-prerender></div>` in index.html: the script
/// that decides, the rules that follow its decision, and one variant per section of what differs
/// (the navigation's current section and the heading), beside one masthead.
fn first_screen() -> String {
    let last = Section::AVAILABLE.last().map_or(0, |s| s.number());
    let first = Section::AVAILABLE[0].id();
    let ids: Vec<String> = Section::AVAILABLE
        .iter()
        .map(|s| format!("\"{}\"", s.id()))
        .collect();
    let decide = DECIDE
        .replace("__IDS__", &format!("[{}]", ids.join(",")))
        .replace("__FIRST__", first);
    // Only the address's section; without JavaScript (no data-s) every heading and the
    // navigation that marks none, which the page's <noscript> style unfolds.
    let mut rules = format!(r#"html:not([data-s]) .prerender nav:not([data-pre="{NO_SCRIPT}"])"#);
    for s in Section::AVAILABLE {
        let _ = write!(
            rules,
            r#",html[data-s="{0}"] .prerender [data-pre]:not([data-pre="{0}"])"#,
            s.id()
        );
    }
    rules.push_str("{display:none}");
    let mut navs = nav(None, last);
    let mut heads = String::new();
    for s in Section::AVAILABLE {
        navs.push_str(&nav(Some(s), last));
        let _ = write!(
            heads,
            concat!(
                r#"<div data-pre="{}"><header class="section-head">"#,
                r#"<p class="section-head__num">Section {}</p><h1 class="section-head__title">{}</h1>{}</header>"#,
                r#"<div class="section-body"><div class="section-intro"><p class="lede">{}</p></div></div></div>"#
            ),
            s.id(),
            s.number(),
            escape(s.title()),
            HEAD_TOOLS,
            escape(s.lede())
        );
    }
    format!(
        concat!(
            r#"{}<style>{}</style><div id="loading" class="prerender">"#,
            r##"<a class="skip-link" href="#main">Skip to the lesson</a><div class="app">{}"##,
            r#"<div class="layout"><aside class="layout__nav">{}</aside>"#,
            r#"<main id="main" class="layout__main" tabindex="-1">"#,
            r#"<noscript><p class="prerender__status">The sliders, charts and questions of this lesson need JavaScript and WebAssembly: turn them on to try it. Here is what each section is about.</p></noscript>{}"#,
            r#"<p class="prerender__status" role="status">Loading the sliders and charts&#8230;</p>"#,
            r#"</main></div></div></div>"#
        ),
        decide, rules, MASTHEAD, navs, heads
    )
}

/// "2 / 9 · Temperature and sampling", as the folded navigation writes it.
fn where_label(s: Section, last: usize) -> String {
    format!("{} / {last} \u{b7} {}", s.number(), s.title())
}

fn main() {
    print!("{}", first_screen());
}
