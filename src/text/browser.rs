//! The browser's side of the text: fetching a language's files through index.html's first
//! script (which starts the first two before the wasm arrives), the language's plural rules and
//! number style from `Intl`, and markup turned into DOM nodes (never inner HTML).

use super::{keys, store};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// index.html: a promise of text file `file`'s compiled messages in language `lang`.
    #[wasm_bindgen(js_name = __text)]
    fn js_text(file: &str, lang: &str) -> js_sys::Promise;
    /// index.html: makes `code` the current language (`<html lang dir>`, plural rules).
    #[wasm_bindgen(js_name = __setLang)]
    fn js_set_lang(code: &str);
    /// index.html: `Intl.PluralRules` of the current language, for `n`.
    #[wasm_bindgen(js_name = __plural)]
    fn js_plural(n: f64) -> String;
    /// index.html: the current language's decimal mark, group mark, minimum grouping digits
    /// and digits 0-9, as `Intl.NumberFormat` writes them.
    #[wasm_bindgen(js_name = __numbers)]
    fn js_numbers() -> String;
}

/// The code of the language index.html's first script chose (`lang=`, else the browser's
/// preferred languages, else English).
pub fn current_language() -> String {
    js_sys::Reflect::get(&window(), &"__lang".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "en".to_string())
}

/// Loads text file `file` (its index in [`keys::FILES`]) of the current language, once.
pub async fn load(file: usize) -> Result<(), String> {
    if super::has_file(file) {
        return Ok(());
    }
    let messages = fetch(&current_language(), file).await?;
    store(file, messages);
    Ok(())
}

/// Text file `file`'s compiled messages in language `lang`, fetched (or from index.html's cache
/// of promises), without touching what is on screen.
pub async fn fetch(lang: &str, file: usize) -> Result<Vec<String>, String> {
    let name = keys::FILES.get(file).copied().unwrap_or("shell");
    let value = JsFuture::from(js_text(name, lang)).await.map_err(|e| {
        e.as_string()
            .unwrap_or_else(|| format!("{name}: not loaded"))
    })?;
    let array: js_sys::Array = value
        .dyn_into()
        .map_err(|_| format!("{name}: not a list"))?;
    Ok(array
        .iter()
        .map(|v| v.as_string().unwrap_or_default())
        .collect())
}

/// Makes `code` the language on screen: forgets the other language's text and takes the number
/// style of this one; the caller then loads the files it shows.
pub fn load_language(code: &str) {
    SHOWN.with(|s| s.replace(code.to_string()));
    js_set_lang(code);
    super::clear();
    let style: Vec<char> = js_numbers().chars().collect();
    if let [decimal, group, min, digits @ ..] = style.as_slice() {
        crate::format::set_style(crate::format::NumberStyle {
            decimal: *decimal,
            group: *group,
            min_grouping: if *min == '1' { 1 } else { 2 },
            zero: digits.first().copied().unwrap_or('0'),
            rtl: super::languages::find(code).is_some_and(|l| l.rtl),
        });
    }
}

thread_local! {
    /// The language whose text this module holds (each wasm module has its own copy).
    static SHOWN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// For the parts loaded on first use: takes the page's language if it is not the one this
/// module's text is in (the student chose another since), forgetting the old text; whether it
/// changed.
pub fn follow_page_language() -> bool {
    let page = current_language();
    if SHOWN.with(|s| *s.borrow() == page) {
        return false;
    }
    load_language(&page);
    true
}

/// The plural category (`one`, `few`, `other`, ...) of `n` in the language on screen.
pub fn plural_category(n: i64) -> String {
    js_plural(n as f64)
}
