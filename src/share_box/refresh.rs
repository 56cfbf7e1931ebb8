//! Writing the dialog's texts again after every change of choice: the link, the embed code and
//! what the dialog says about it, measuring the section first when a fixed height needs it.

use super::dialog::Share;
use super::measure::measure;
use crate::dom::show;
use crate::share::{frame_height, iframe_snippet, resizing_snippet, share_url, shared_params};
use std::rc::Rc;

/// Writes the link, the embed code and what the dialog says about it for the current choices,
/// and measures the section when a fixed height needs it.
pub(super) fn refresh(s: &Rc<Share>) {
    let title = format!("Softmax Lab: {}", s.params.section.title());
    let link = share_url(&s.page, &shared_params(&s.params, &s.options(), false));
    let src = s.src();
    let width = s.width.get();
    show(&s.width_row, !s.script.get());
    let (code, said) = if s.script.get() {
        (
            resizing_snippet(&src, &title, frame_height(s.height), &s.origin),
            "Paste it as it is: its script lets the frame grow and shrink with the section. If \
             your course page\u{2019}s editor removes scripts (many LMS editors do), choose a fixed \
             height instead."
                .to_string(),
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
                (
                    String::new(),
                    format!("Measuring this section with these settings in a frame {width} px wide\u{2026}"),
                )
            }
            Some(Some(h)) => (
                iframe_snippet(&src, &title, frame_height(h)),
                format!(
                    "Measured for this section and these settings: {} px tall in a frame {width} px \
                     wide. Wider frames leave room below the section; narrower ones scroll inside.",
                    frame_height(h)
                ),
            ),
            Some(None) => (
                iframe_snippet(&src, &title, frame_height(s.height)),
                "The section could not be measured here, so the height is the section\u{2019}s on \
                 this screen: check the frame in your course page."
                    .to_string(),
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
