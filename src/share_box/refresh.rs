//! Writing the dialog's texts again after every change of choice: the link, the embed code and
//! what the dialog says about it, measuring the section first when a fixed height needs it.

use super::dialog::Share;
use super::measure::measure;
use crate::dom::show;
use crate::format::fixed;
use crate::share::{frame_height, iframe_snippet, resizing_snippet, share_url, shared_params};
use crate::text::keys::share as k;
use crate::text::t;
use crate::tr;
use std::rc::Rc;

/// Writes the link, the embed code and what the dialog says about it for the current choices,
/// and measures the section when a fixed height needs it.
pub(super) fn refresh(s: &Rc<Share>) {
    let title = tr!(k::FRAME_TITLE, s.params.section.title());
    let link = share_url(&s.page, &shared_params(&s.params, &s.options(), false));
    let src = s.src();
    let width = s.width.get();
    show(&s.width_row, !s.script.get());
    let (code, said) = if s.script.get() {
        (
            resizing_snippet(&src, &title, frame_height(s.height), &s.origin),
            t(k::FIT_SCRIPT_HINT),
        )
    } else {
        let measured = s
            .measured
            .borrow()
            .as_ref()
            .filter(|m| m.0 == src && m.1 == width)
            .map(|m| m.2);
        match measured {
            None => {
                start_measuring(s, &src, width);
                (String::new(), tr!(k::MEASURING, pixels(width)))
            }
            Some(Some(h)) => (
                iframe_snippet(&src, &title, frame_height(h)),
                tr!(k::MEASURED, pixels(frame_height(h)), pixels(width)),
            ),
            Some(None) => (
                iframe_snippet(&src, &title, frame_height(s.height)),
                t(k::NOT_MEASURED),
            ),
        }
    };
    s.link.set_value(&link);
    s.code.set_value(&code);
    s.hint.set_text_content(Some(&said));
    let copied = s.copied.borrow().clone();
    if copied != link && copied != code {
        s.status.set_text_content(None);
    }
}

/// A size in CSS pixels for a sentence: the language's digits, no grouping.
fn pixels(px: u32) -> String {
    fixed(f64::from(px), 0)
}

/// Measures the embedded section at `width` unless that measurement is under way already.
fn start_measuring(s: &Rc<Share>, src: &str, width: u32) {
    let key = (src.to_string(), width);
    if s.measuring.borrow().as_ref() == Some(&key) {
        return;
    }
    *s.measuring.borrow_mut() = Some(key.clone());
    let wanted = {
        let s = s.clone();
        let key = key.clone();
        move || s.measuring.borrow().as_ref() == Some(&key) && s.link.is_connected()
    };
    let s = s.clone();
    measure(src, width, wanted, move |h| {
        if s.measuring.borrow().as_ref() == Some(&key) {
            *s.measuring.borrow_mut() = None;
            *s.measured.borrow_mut() = Some((key.0, key.1, h));
            refresh(&s);
        }
    });
}
