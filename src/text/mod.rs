//! The lesson's words: every sentence a student reads or hears lives in `src/text/<language>/`
//! as Fluent (`.ftl`), one file per section plus the shell and the parts loaded on first use.
//! build.rs checks and compiles them natively; the code names a message by a typed key
//! ([`keys`]) and fills its placeholders with numbers `crate::format` wrote. In the browser the
//! compiled messages of the language on screen arrive as JSON arrays fetched by index.html's
//! first script (`window.__text`), with the section (see [`load`]); natively they are built in.
//!
//! ```
//! use softmax_lab::text::{keys::shell, t};
//! assert_eq!(t(shell::BRAND), "Softmax Lab");
//! ```

pub mod keys;
pub mod languages;
mod rich;
pub mod sections;
pub mod template;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::{
    current_language, fetch, follow_page_language, load, load_language, plural_category,
};

pub use rich::rich;
use std::cell::RefCell;
pub use template::Arg;

/// A message without markup, with `N` placeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg<const N: usize>(pub u32);

/// A message with inline markup (`<em>` and the others of [`template::TAGS`]), with `N`
/// placeholders: shown with [`rich`], or as plain text with [`plain`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rich<const N: usize>(pub u32);

impl<const N: usize> Msg<N> {
    /// The index in [`keys::FILES`] of the file its text is in.
    pub fn file(self) -> usize {
        (self.0 / PER_FILE) as usize
    }
}

/// Messages per text file: a key is `file * PER_FILE + index` (build.rs).
pub const PER_FILE: u32 = 1024;

thread_local! {
    /// The compiled messages of the language on screen, by file; empty until loaded.
    static TEXT: RefCell<Vec<Vec<String>>> = RefCell::new(initial());
}

#[cfg(not(target_arch = "wasm32"))]
fn initial() -> Vec<Vec<String>> {
    native::table("en")
}

#[cfg(target_arch = "wasm32")]
fn initial() -> Vec<Vec<String>> {
    vec![Vec::new(); keys::FILES.len()]
}

/// Whether text file `file` (its index in [`keys::FILES`]) is loaded.
pub fn has_file(file: usize) -> bool {
    TEXT.with(|t| t.borrow().get(file).is_some_and(|f| !f.is_empty()))
}

/// Keeps `messages` as text file `file`'s.
pub fn store(file: usize, messages: Vec<String>) {
    TEXT.with(|t| {
        if let Some(slot) = t.borrow_mut().get_mut(file) {
            *slot = messages;
        }
    });
}

/// Forgets every file (before another language's arrive).
pub fn clear() {
    TEXT.with(|t| t.borrow_mut().iter_mut().for_each(Vec::clear));
}

/// Makes sure text file `file` is loaded, then calls `done` with whether it is (at once natively,
/// where every file is built in; after the fetch in the browser).
pub fn ensure(file: usize, done: impl FnOnce(bool) + 'static) {
    if has_file(file) {
        return done(true);
    }
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async move { done(load(file).await.is_ok()) });
    #[cfg(not(target_arch = "wasm32"))]
    done(false)
}

/// For a part loaded on first use (the paste box, the prediction cards, the share dialog):
/// follows the page's language, then calls `ready(true)` once the text files `files` are all
/// loaded, fetching those that are not (`busy`, the part's own flag, keeps a second call from
/// fetching them again meanwhile; it is dropped), or `ready(false)` if one could not be fetched.
pub fn when_loaded(
    files: &[usize],
    busy: &'static std::thread::LocalKey<std::cell::Cell<bool>>,
    ready: impl FnOnce(bool) + 'static,
) {
    follow_page_language();
    if files.iter().all(|&f| has_file(f)) {
        return ready(true);
    }
    if busy.with(|b| b.replace(true)) {
        return;
    }
    let files = files.to_vec();
    wasm_bindgen_futures::spawn_local(async move {
        let mut loaded = true;
        for file in files {
            if load(file).await.is_err() {
                loaded = false;
                break;
            }
        }
        busy.with(|b| b.set(false));
        ready(loaded);
    });
}

/// The compiled template of `key`; empty if its file is not loaded (a bug the tests catch).
fn template(key: u32) -> String {
    let (file, index) = ((key / PER_FILE) as usize, (key % PER_FILE) as usize);
    TEXT.with(|t| {
        t.borrow()
            .get(file)
            .and_then(|f| f.get(index))
            .cloned()
            .unwrap_or_default()
    })
}

/// Natively every file is built in: nothing to fetch.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load(_file: usize) -> Result<(), String> {
    Ok(())
}

/// Natively: shows language `code` from now on, in this thread.
#[cfg(not(target_arch = "wasm32"))]
pub fn load_language(code: &str) {
    native::use_language(code);
}

/// Natively there is one module and it follows itself: nothing changes.
#[cfg(not(target_arch = "wasm32"))]
pub fn follow_page_language() -> bool {
    false
}

/// The language on screen (natively: the one [`load_language`] last chose, else English).
#[cfg(not(target_arch = "wasm32"))]
pub fn current_language() -> String {
    native::LANGUAGE.with(|l| l.borrow().clone())
}

#[cfg(not(target_arch = "wasm32"))]
fn plural(n: i64) -> String {
    native::plural(n)
}

#[cfg(target_arch = "wasm32")]
fn plural(n: i64) -> String {
    plural_category(n)
}

/// The arrows for back and forward in the language on screen: `←` and `→`, swapped where it is
/// written right to left (its pages, pagers and steppers run from right to left).
pub fn arrows() -> (&'static str, &'static str) {
    if crate::format::style().rtl {
        ("\u{2192}", "\u{2190}")
    } else {
        ("\u{2190}", "\u{2192}")
    }
}

/// A message without placeholders.
pub fn t(key: Msg<0>) -> String {
    template::plain(&template(key.0), &[])
}

/// A message with its placeholders filled (use [`tr!`](crate::tr)).
pub fn tf<const N: usize>(key: Msg<N>, args: [Arg; N]) -> String {
    let resolved = template::resolve(&template(key.0), &args, &plural);
    template::plain(&resolved, &args)
}

/// A message with markup, as plain text (for labels, the voice and charts).
pub fn plain<const N: usize>(key: Rich<N>, args: [Arg; N]) -> String {
    let resolved = template::resolve(&template(key.0), &args, &plural);
    template::plain(&resolved, &args)
}

/// A message with markup, as nodes (what [`rich`] puts in the DOM).
pub fn nodes<const N: usize>(key: Rich<N>, args: [Arg; N]) -> Vec<template::Node> {
    let resolved = template::resolve(&template(key.0), &args, &plural);
    template::nodes(&resolved, &args)
}

/// A message kept with its values, written when it is shown: for text whose file loads later
/// than the values are known (the quiz's worked answers load with the first check).
#[derive(Clone, Debug, PartialEq)]
pub struct Later {
    key: u32,
    args: Vec<Arg>,
}

impl Later {
    /// Message `key` with `args` (use [`later!`](crate::later)).
    pub fn new<const N: usize>(key: Msg<N>, args: [Arg; N]) -> Self {
        Later {
            key: key.0,
            args: args.into(),
        }
    }

    /// The message written now, in the language on screen (its file must be loaded).
    pub fn text(&self) -> String {
        let resolved = template::resolve(&template(self.key), &self.args, &plural);
        template::plain(&resolved, &self.args)
    }

    /// The index in [`keys::FILES`] of the file its text is in.
    pub fn file(&self) -> usize {
        (self.key / PER_FILE) as usize
    }
}

/// `later!(key, a, b)`: like [`tr!`](crate::tr), but kept as a [`Later`] to be written when shown.
#[macro_export]
macro_rules! later {
    ($key:expr $(, $arg:expr)* $(,)?) => {
        $crate::text::Later::new($key, [$($crate::text::Arg::from($arg)),*])
    };
}

/// `tr!(key)` or `tr!(key, a, b)`: the message with its placeholders filled by values that
/// convert into [`Arg`] (strings for numbers written by `crate::format`, counts as `usize`).
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::text::t($key)
    };
    ($key:expr, $($arg:expr),+ $(,)?) => {
        $crate::text::tf($key, [$($crate::text::Arg::from($arg)),+])
    };
}

/// Native builds (tests, tools): every language's compiled messages are built in.
#[cfg(not(target_arch = "wasm32"))]
pub mod native {
    include!(concat!(env!("OUT_DIR"), "/text_tables.rs"));

    /// Language `code`'s messages by file (English where it has none).
    pub fn table(code: &str) -> Vec<Vec<String>> {
        let (_, files) = TABLES
            .iter()
            .find(|(c, _)| *c == code)
            .unwrap_or(&TABLES[0]);
        files
            .iter()
            .map(|f| f.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    /// Shows language `code` from now on, in this thread (tests): its text, and numbers with
    /// Latin digits as the browser writes them for it (isolated in a right-to-left language).
    pub fn use_language(code: &str) {
        for (i, f) in table(code).into_iter().enumerate() {
            super::store(i, f);
        }
        LANGUAGE.with(|l| l.replace(code.to_string()));
        let (decimal, group, min_grouping) = if code == "es" {
            (',', '.', 2)
        } else {
            ('.', ',', 1)
        };
        crate::format::set_style(crate::format::NumberStyle {
            decimal,
            group,
            min_grouping,
            zero: '0',
            rtl: super::languages::find(code).is_some_and(|l| l.rtl),
        });
    }

    thread_local! {
        /// The language [`use_language`] last chose.
        pub(super) static LANGUAGE: std::cell::RefCell<String> = std::cell::RefCell::new("en".to_string());
    }

    /// The plural category of `n` in the language shown, as `Intl.PluralRules` gives it (the
    /// browser asks it): English and Spanish `one` for 1; Chinese only `other`; Arabic's six.
    pub fn plural(n: i64) -> String {
        let n = n.unsigned_abs();
        LANGUAGE
            .with(|l| match l.borrow().as_str() {
                "zh" => "other",
                "ar" => match (n, n % 100) {
                    (0, _) => "zero",
                    (1, _) => "one",
                    (2, _) => "two",
                    (_, 3..=10) => "few",
                    (_, 11..=99) => "many",
                    _ => "other",
                },
                _ if n == 1 => "one",
                _ => "other",
            })
            .to_string()
    }
}
