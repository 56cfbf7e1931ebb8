//! Inside a learning management system (the SCORM package's build only, feature `scorm`): finds
//! the SCORM 1.2 API object, starts a session and carries out the calls that
//! [`crate::scorm::Session`] decides on launch, on each section, on each quiz answer and when the
//! page closes. Without an API the lesson behaves exactly as on the web. An LMS that refuses a
//! call gets a notice on the page, never a crash.

use crate::later;
use crate::lms_api::{find_api, get, run};
use crate::params::Notice;
use crate::scorm::{Call, Session, NOTICE_KEY};
use crate::state::LessonState;
use crate::text::keys::notices;
use crate::text::Later;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The API object and this session, once [`start`] has found an LMS.
struct Connection {
    api: JsValue,
    session: Session,
    notices: RwSignal<Vec<Notice>>,
}

thread_local! {
    static LMS: RefCell<Option<Connection>> = const { RefCell::new(None) };
}

/// Adds `message` to the page's notices, as one from the LMS, once the notices' text file is
/// here (the package carries it; a link's notices need it too).
fn report(notices: RwSignal<Vec<Notice>>, message: Later) {
    crate::text::ensure(message.file(), move |_| {
        notices.update(|n| {
            n.push(Notice {
                key: NOTICE_KEY.into(),
                message: message.text(),
            })
        })
    });
}

/// Carries out `calls` in order, each value checked against the spec first; what the LMS
/// refuses goes to the page's notices.
fn carry_out(api: &JsValue, calls: Vec<Call>, notices: RwSignal<Vec<Notice>>) {
    for call in calls {
        let done = match &call {
            Call::Set(element, value) if crate::scorm::valid(element, value) => {
                run(api, "LMSSetValue", element, value)
            }
            Call::Set(element, value) => Err(later!(notices::LMS_INVALID, element, value)),
            Call::Commit => run(api, "LMSCommit", "", ""),
            Call::Finish => run(api, "LMSFinish", "", ""),
        };
        if let Err(message) = done {
            report(notices, message);
        }
    }
}

/// With the connection, if there is one: `f` decides the calls, which are then carried out.
fn with_session(f: impl FnOnce(&mut Session) -> Vec<Call>) {
    LMS.with_borrow_mut(|lms| {
        if let Some(c) = lms {
            let calls = f(&mut c.session);
            carry_out(&c.api, calls, c.notices);
        }
    });
}

/// Whether the page's address names a section (`s=`): then that one is shown, not the saved one.
fn query_names_section(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair.split('=').next() == Some("s"))
}

/// Finds the LMS and starts the session: "incomplete" on a first launch, the saved section
/// shown (unless the address names one), each section saved, the session finished on close.
pub fn start(state: LessonState, query: &str) {
    let notices = state.notices;
    let Some(api) = find_api() else { return };
    if let Err(message) = run(&api, "LMSInitialize", "", "") {
        report(notices, message);
        return;
    }
    let (session, calls) = Session::launch(
        &get(&api, crate::scorm::LESSON_STATUS),
        &get(&api, crate::scorm::SCORE_RAW),
        &get(&api, crate::scorm::LESSON_LOCATION),
    );
    carry_out(&api, calls, notices);
    if let Some(section) = session.resume_at().filter(|_| !query_names_section(query)) {
        state.section.set(section);
    }
    LMS.with_borrow_mut(|lms| {
        *lms = Some(Connection {
            api,
            session,
            notices,
        })
    });
    Effect::new(move |_| {
        let section = state.section.get();
        with_session(|s| s.visit(section));
    });
    let started = js_sys::Date::now();
    let on_close = Closure::<dyn Fn()>::new(move || {
        let seconds = (js_sys::Date::now() - started) / 1000.0;
        with_session(|s| s.close(seconds));
        // Finished: nothing more may be sent in this session.
        LMS.with_borrow_mut(|lms| *lms = None);
    });
    let _ =
        window().add_event_listener_with_callback("pagehide", on_close.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_close.forget();
}

/// A quiz answer was checked: `right` of `answered`, out of `total` questions.
pub fn quiz_answered(right: usize, answered: usize, total: usize) {
    with_session(|s| s.quiz(right, answered, total));
}
