//! Writes the lesson's first screen as HTML, for the build to put into index.html: the masthead,
//! the section navigation and every section's number and title, in the default language, from
//! the compiled text build.rs wrote (`target/text/`: the same text the app shows), and a place
//! for its opening, which the first script writes from the fetched text in every language. A
//! small script after it keeps only the section the address names, before the first paint;
//! without JavaScript every title stays, under a line saying the lesson needs it. The app removes the whole block when it mounts
//! (`browser::remove_loading`) and draws the same first screen in its place.
//!
//! Built with plain `rustc` by `scripts/prerender.mjs` (it needs nothing but `src/section.rs` and
//! `target/text/`), so the build does not wait for a native build of the app.
//!
//! The first script also decides the language (`lang=`, else the browser's preferred languages,
//! else the default) and starts fetching the text of the shell and of the section at once
//! (`window.__text`), so it arrives with the wasm, not after it.

#[path = "../section.rs"]
#[allow(dead_code)]
mod section;

#[allow(dead_code)]
mod text {
    /// A message's key (as `src/text/mod.rs` has it).
    pub struct Msg<const N: usize>(pub u32);
    /// A message with markup.
    pub struct Rich<const N: usize>(pub u32);
    // Written by build.rs (which runs before this is compiled, by cargo or by prerender.mjs).
    include!("../../target/text/keys.rs");
    include!("../../target/text/tables.rs");
}

#[path = "../text/languages.rs"]
#[allow(dead_code)]
mod languages;

use section::Section;
use std::fmt::Write as _;
use text::{page, shell};

/// Messages per text file (src/text/mod.rs).
const PER_FILE: u32 = 1024;

/// The default language's message `key`, its placeholders (U+E000 + i) filled with `args`.
fn say<const N: usize>(key: text::Msg<N>, args: [&str; N]) -> String {
    let (file, index) = ((key.0 / PER_FILE) as usize, (key.0 % PER_FILE) as usize);
    text::TABLES[0].1[file][index]
        .chars()
        .map(|c| match (c as u32).checked_sub(0xE000) {
            Some(i) if i < 0xFD => args.get(i as usize).copied().unwrap_or("").to_string(),
            _ => c.to_string(),
        })
        .collect()
}

/// The line a browser without JavaScript shows, in the default language like the rest of such a
/// page (without a script the language cannot be decided; the line in every language cost 0.45 KB
/// of every first load).
fn no_script() -> String {
    let line = escape(&say(page::NO_SCRIPT, []));
    format!(r#"<p class="prerender__status">{line}</p>"#)
}

/// A placeholder's value: text, or another message (a section's title inside "Next: …").
#[derive(Clone, Copy)]
enum A<'a> {
    S(&'a str),
    K(u32),
}

/// `file:index` of a key, as index.html's first script finds it in the fetched text.
fn key_ref(key: u32) -> String {
    format!(
        "{}:{}",
        text::FILES[(key / PER_FILE) as usize],
        key % PER_FILE
    )
}

/// Message `key` in the default language with `args`, and the attributes that let index.html's
/// first script write it in another language before the first paint (`data-t` the key, `data-a`
/// the placeholders, `|`-separated, `@file:index` for a message).
fn said(key: u32, args: &[A]) -> (String, String) {
    let (file, index) = ((key / PER_FILE) as usize, (key % PER_FILE) as usize);
    let shown: String = text::TABLES[0].1[file][index]
        .chars()
        .map(|c| match (c as u32).checked_sub(0xE000) {
            Some(i) if i < 0xFD => match args.get(i as usize) {
                Some(A::S(s)) => s.to_string(),
                Some(A::K(k)) => said(*k, &[]).0,
                None => String::new(),
            },
            _ => c.to_string(),
        })
        .collect();
    let mut attrs = format!(r#" data-t="{}""#, key_ref(key));
    if !args.is_empty() {
        let list: Vec<String> = args
            .iter()
            .map(|a| match a {
                A::S(s) => s.to_string(),
                A::K(k) => format!("@{}", key_ref(*k)),
            })
            .collect();
        let _ = write!(attrs, r#" data-a="{}""#, escape(&list.join("|")));
    }
    (shown, attrs)
}

/// `<tag class="class" data-t…>text</tag>` for message `key`.
fn element(tag: &str, class: &str, key: u32, args: &[A]) -> String {
    let (text, attrs) = said(key, args);
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(r#" class="{class}""#)
    };
    format!("<{tag}{class}{attrs}>{}</{tag}>", escape(&text))
}

/// A section's title key.
fn title_key(s: Section) -> u32 {
    [
        shell::TITLE_OVERVIEW,
        shell::TITLE_SOFTMAX,
        shell::TITLE_SAMPLING,
        shell::TITLE_LOSS,
        shell::TITLE_GRADIENTS,
        shell::TITLE_TRAINING,
        shell::TITLE_STABILITY,
        shell::TITLE_ATTENTION,
        shell::TITLE_PITFALLS,
        shell::TITLE_QUIZ,
    ][s.number()]
    .0
}

/// A section's opening paragraph's key: the first message of its own text file.
fn lede_key(s: Section) -> u32 {
    let file = text::FILES.iter().position(|f| *f == s.id()).unwrap_or(1) as u32;
    file * PER_FILE
}

/// `text` with the characters HTML gives a meaning escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The masthead, as `app::Lesson` draws it.
fn masthead() -> String {
    format!(
        concat!(
            r#"<header class="masthead"><div class="masthead__inner"><p class="masthead__brand">"#,
            r#"<span class="masthead__logo" aria-hidden="true"><i></i><i></i><i></i></span>{}</p>"#,
            r#"{}{}</div></header>"#
        ),
        escape(&say(shell::BRAND, [])),
        element("p", "masthead__tagline", shell::TAGLINE.0, &[]),
        language_menu()
    )
}

/// Where the app's language menu goes (`components/language_menu.rs`), kept invisible so the
/// masthead has its final height; none when the lesson speaks one language.
fn language_menu() -> String {
    if languages::LANGUAGES.len() < 2 {
        return String::new();
    }
    let options: String = languages::LANGUAGES
        .iter()
        .map(|l| format!(r#"<option lang="{0}">{1}</option>"#, l.code, escape(l.name)))
        .collect();
    format!(
        r#"<span class="language-menu prerender__reserved" aria-hidden="true"><select class="language-menu__select" tabindex="-1" disabled>{options}</select></span>"#
    )
}

/// Where `SectionHead`'s Read aloud and Share / embed buttons go: kept invisible, so the
/// opening sits where the app will draw it.
fn head_tools() -> String {
    format!(
        concat!(
            r#"<div class="read-aloud prerender__reserved" aria-hidden="true">"#,
            r#"<button class="button" tabindex="-1" disabled>&#9654; {}</button>"#,
            r#"<button class="button" tabindex="-1" disabled>&#8214; {}</button>"#,
            r#"<button class="button" tabindex="-1" disabled>&#9632; {}</button></div>"#,
            r#"<button class="button share-button prerender__reserved" aria-hidden="true" tabindex="-1" disabled>{}</button>"#
        ),
        element("span", "", shell::READ_ALOUD.0, &[]),
        element("span", "", shell::READ_PAUSE.0, &[]),
        element("span", "", shell::READ_STOP.0, &[]),
        element("span", "", shell::SHARE_BUTTON.0, &[])
    )
}

/// Runs first in `<body>`, before any of the first screen is parsed (so nothing can be painted
/// before it): marks `<html>` with the section the address names (`data-s`, the big picture when
/// it names none of ours, as `Params::from_query` does), `data-embed` for `embed=1`, `data-nonav`
/// for `hide=nav`, and the theme for `theme=`. The style sheet then shows only that section's
/// variant of the navigation and heading. It also sets `window.__firstScreenPainted` once the
/// browser has recorded the paint of the opening (at once where it cannot tell): the app waits
/// for it before it replaces the first screen (`src/main.rs`). And `window.__afterPaint(f)` runs
/// `f` once the first contentful paint is done (after the first frame where the browser cannot
/// tell, after 3 s at the latest): the loader fetches the wasm then (scripts/first-paint.mjs), so
/// the download never delays the first screen. Last, it decides the language (`lang=` if the
/// lesson has it, else the first of the browser's preferred languages it has, else the default),
/// sets `<html lang dir>`, and starts fetching the compiled text of the shell and of the section
/// (`window.__text(file)`, a promise the wasm awaits; the files' names end with a hash of all the
/// build's text, `__HASH__`, which scripts/prerender.mjs fills in); `__setLang`, `__plural` and
/// `__numbers` give the wasm the language's `Intl` rules. `data-l` keeps the first screen
/// invisible until the fetched words are written into every element marked `data-t` (see
/// [`said`]): the default's replaced in another language, and in every language the opening
/// paragraph, which the HTML leaves empty. If the text cannot be fetched, the first screen shows
/// in the default language without its opening, and its loading line says what went wrong.
const DECIDE: &str = r#"<script>(function(){var q=new URLSearchParams(location.search),d=document.documentElement,s=q.get("s"),t=q.get("theme");d.setAttribute("data-s",__IDS__.indexOf(s)<0?"__FIRST__":s);if(q.get("embed")==="1")d.setAttribute("data-embed","");if((q.get("hide")||"").split(",").indexOf("nav")>=0)d.setAttribute("data-nonav","");if(t==="light"||t==="dark"||t==="contrast")d.setAttribute("data-theme",t);var W=window,P=W.PerformanceObserver,T=P&&P.supportedEntryTypes||[],k="__firstScreenPainted",g=[],a=0;function go(){if(!a){a=1;while(g.length)g.shift()()}}W.__afterPaint=function(f){a?f():g.push(f)};if(T.indexOf("paint")>=0)new P(function(l,o){if(l.getEntries().some(function(e){return e.name==="first-contentful-paint"})){o.disconnect();go()}}).observe({type:"paint",buffered:true});else requestAnimationFrame(function(){setTimeout(go)});setTimeout(go,3e3);if(T.indexOf("largest-contentful-paint")>=0)new P(function(l,o){if(l.getEntries().some(function(e){return e.element&&e.element.classList.contains("lede")})){W[k]=1;o.disconnect()}}).observe({type:"largest-contentful-paint",buffered:true});else W[k]=1;var L=__LANGS__,R=__RTL__,l=q.get("lang"),N=navigator,C={},U;if(L.indexOf(l)<0){l=0;(N.languages||[N.language]).some(function(x){x=String(x).toLowerCase().split("-")[0];return L.indexOf(x)>=0&&(l=x)})}W.__setLang=function(x){W.__lang=x;d.lang=x;d.dir=R.indexOf(x)<0?"ltr":"rtl";U=0};W.__setLang(l||L[0]);W.__text=function(f,x){var k=(x||W.__lang)+"-"+f;return C[k]||(C[k]=fetch("text-"+k+"-__HASH__.json").then(function(r){if(r.ok)return r.json();throw Error(k+" "+r.status)}).catch(function(e){delete C[k];throw e}))};W.__plural=function(x){return(U||(U=new Intl.PluralRules(W.__lang))).select(x)};W.__numbers=function(){var f=new Intl.NumberFormat(W.__lang+"-u-nu-latn").format,g=f(1e4);return f(1.5).charAt(1)+g.charAt(g.length-4)+(f(1e3).length>4?1:2)+f(0)};s=d.getAttribute("data-s");d.setAttribute("data-l","");Promise.all([W.__text("shell"),W.__text(s)]).then(function(r){var T={shell:r[0]};T[s]=r[1];d.querySelectorAll("[data-t]").forEach(function(e){function m(k){k=k.split(":");return(T[k[0]]||[])[k[1]]}var v=m(e.getAttribute("data-t")),a=(e.getAttribute("data-a")||"").split("|"),n=e.getAttribute("data-t-attr");if(v==null)return;v=v.replace(/[\ue000-\ue0fc]/g,function(c){c=a[c.charCodeAt(0)-57344]||"";return c.charAt(0)=="@"?m(c.slice(1)):c});n?e.setAttribute(n,v):e.textContent=v})},function(){var e=d.querySelector("[data-failed]");if(e)e.textContent=e.getAttribute("data-failed")}).then(function(){d.removeAttribute("data-l")})})()</script>"#;

/// The navigation, once (one for every section keeps the page small): the sections' links, and
/// the bar (previous, where, next) of the first section, as a page without JavaScript shows it.
/// The script after it ([`BAR`]) makes the bar the address's section's and marks it current.
fn nav(last: usize) -> String {
    let mut list = String::new();
    for s in Section::AVAILABLE {
        let _ = write!(
            list,
            r#"<li><a class="section-nav__link" href="?s={}"><span class="section-nav__num" aria-hidden="true">{}</span>{}</a></li>"#,
            s.id(),
            s.number(),
            element("span", "", title_key(s), &[])
        );
    }
    let step = |to: Option<&Section>, rel: &str, arrow: &str, word: text::Msg<1>| match to {
        Some(to) => format!(
            r#"<a class="section-nav__step" href="?s={}" rel="{rel}"><span aria-hidden="true">{arrow}</span>{}</a>"#,
            to.id(),
            element("span", "visually-hidden", word.0, &[A::K(title_key(*to))])
        ),
        None => r#"<span class="section-nav__step section-nav__step--none"></span>"#.to_string(),
    };
    let first = Section::AVAILABLE[0];
    // The script's templates: {n} a section's number, {t} a title.
    let quoted = |t: String| format!("{t:?}");
    let script = BAR
        .replace(
            "__WHERE__",
            &quoted(say(shell::NAV_WHERE, ["{n}", &last.to_string(), "{t}"])),
        )
        .replace("__LAST__", &last.to_string())
        .replace("__PREV__", &quoted(say(shell::NAV_PREVIOUS_TO, ["{t}"])))
        .replace("__NEXT__", &quoted(say(shell::NAV_NEXT_TO, ["{t}"])))
        .replace("__KPREV__", &key_ref(shell::NAV_PREVIOUS_TO.0))
        .replace("__KNEXT__", &key_ref(shell::NAV_NEXT_TO.0));
    format!(
        concat!(
            r#"<nav class="section-nav" aria-label="{}" data-t="{}" data-t-attr="aria-label"><div class="section-nav__bar">{}"#,
            r#"<span class="section-nav__toggle">{}<span class="section-nav__chevron" aria-hidden="true"></span></span>{}</div>"#,
            r#"<ol class="section-nav__list">{}</ol></nav>{}"#
        ),
        escape(&say(shell::NAV_LABEL, [])),
        key_ref(shell::NAV_LABEL.0),
        step(None, "prev", "&#8592;", shell::NAV_PREVIOUS_TO),
        where_label(first, last),
        step(
            Section::AVAILABLE.get(1),
            "next",
            "&#8594;",
            shell::NAV_NEXT_TO
        ),
        list,
        script
    )
}

/// Runs right after the navigation, before the first paint: marks the address's section current,
/// as `SectionLink` does (none without JavaScript: the page cannot know which), and makes the bar
/// its own, its words set with their keys (`data-t`, `data-a`) like the prerendered ones.
const BAR: &str = r#"<script>(function(d){var s=d.documentElement.getAttribute("data-s"),n=d.querySelector(".prerender .section-nav"),L=n.querySelectorAll(".section-nav__link"),i=0,k,S,q,w;for(k=0;k<L.length;k++)if(L[k].getAttribute("href")=="?s="+s)L[i=k].setAttribute("aria-current","page");if(!i)return;function T(a){return a.querySelector("[data-t]")}function M(a){return a.querySelector(".section-nav__num").textContent}function F(e,a,key,tpl){var h=e.lastChild,t=T(a);e.setAttribute("href",a.getAttribute("href"));h.setAttribute("data-t",key);h.setAttribute("data-a","@"+t.getAttribute("data-t"));h.textContent=tpl.replace("{t}",t.textContent)}S=n.querySelectorAll(".section-nav__step");q=S[1].cloneNode(true);q.setAttribute("rel","prev");q.firstChild.textContent="\u2190";S[0].replaceWith(q);F(q,L[i-1],"__KPREV__",__PREV__);if(L[i+1])F(S[1],L[i+1],"__KNEXT__",__NEXT__);else{q=d.createElement("span");q.className="section-nav__step section-nav__step--none";S[1].replaceWith(q)}w=n.querySelector(".section-nav__where");w.setAttribute("data-a",M(L[i])+"|__LAST__|@"+T(L[i]).getAttribute("data-t"));w.textContent=__WHERE__.replace("{n}",M(L[i])).replace("{t}",T(L[i]).textContent)})(document)</script>"#;

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
    let quoted = |v: Vec<&str>| {
        format!(
            "[{}]",
            v.iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(",")
        )
    };
    let decide = DECIDE
        .replace("__IDS__", &format!("[{}]", ids.join(",")))
        .replace(
            "__LANGS__",
            &quoted(languages::LANGUAGES.iter().map(|l| l.code).collect()),
        )
        .replace(
            "__RTL__",
            &quoted(
                languages::LANGUAGES
                    .iter()
                    .filter(|l| l.rtl)
                    .map(|l| l.code)
                    .collect(),
            ),
        )
        .replace("__FIRST__", first);
    // Only the address's section's heading; without JavaScript (no data-s) every heading, which
    // the page's <noscript> style unfolds.
    let mut rules = String::new();
    for s in Section::AVAILABLE {
        let _ = write!(
            rules,
            r#"html[data-s="{0}"] .prerender [data-pre]:not([data-pre="{0}"]),"#,
            s.id()
        );
    }
    rules.pop();
    rules.push_str("{display:none}");
    // In another language than the default, nothing shows until index.html's first script has
    // written the fetched words in (or found it cannot): never a flash of the default's.
    rules.push_str("html[data-l] .prerender{visibility:hidden}");
    let navs = nav(last);
    let mut heads = String::new();
    let tools = head_tools();
    for s in Section::AVAILABLE {
        let _ = write!(
            heads,
            concat!(
                r#"<div data-pre="{}"><header class="section-head">"#,
                r#"{}{}{}</header>"#,
                r#"<div class="section-body"><div class="section-intro">{}</div></div></div>"#
            ),
            s.id(),
            element(
                "p",
                "section-head__num",
                shell::SECTION_NUMBER.0,
                &[A::S(&s.number().to_string())]
            ),
            element("h1", "section-head__title", title_key(s), &[]),
            tools,
            // Empty: the first script writes it from the fetched text (saves 1.2 KB of the page).
            format!(r#"<p class="lede" data-t="{}"></p>"#, key_ref(lede_key(s)))
        );
    }
    format!(
        concat!(
            r#"{}<style>{}</style><div id="loading" class="prerender">"#,
            r##"<a class="skip-link" href="#main"{}>{}</a><div class="app">{}"##,
            r#"<div class="layout"><aside class="layout__nav">{}</aside>"#,
            r#"<main id="main" class="layout__main" tabindex="-1">"#,
            r#"<noscript>{}</noscript>{}"#,
            r#"<p class="prerender__status" role="status"{} data-failed="{}">{}</p>"#,
            r#"</main></div></div></div>"#
        ),
        decide,
        rules,
        said(shell::SKIP_TO_LESSON.0, &[]).1,
        escape(&say(shell::SKIP_TO_LESSON, [])),
        masthead(),
        navs,
        no_script(),
        heads,
        said(page::LOADING.0, &[]).1,
        escape(&say(page::TEXT_LOAD_FAILED, [])),
        escape(&say(page::LOADING, []))
    )
}

/// "2 / 9 · Temperature and sampling", as the folded navigation writes it.
fn where_label(s: Section, last: usize) -> String {
    let (n, l) = (s.number().to_string(), last.to_string());
    element(
        "span",
        "section-nav__where",
        shell::NAV_WHERE.0,
        &[A::S(&n), A::S(&l), A::K(title_key(s))],
    )
}

fn main() {
    print!("{}", first_screen());
}
