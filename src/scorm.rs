//! What the lesson tells a learning management system through the SCORM 1.2 run-time API, and
//! when: the pure core behind [`crate::lms`], which only carries these calls out. Pure (std only).
//!
//! A session: [`Session::launch`] with what the LMS holds (status, score, place), then one call
//! list per event: a section shown, a quiz answer checked, the page closed. Every value written
//! is in the SCORM 1.2 vocabulary ([`valid`]); nothing is written twice in a row.

use crate::number::parse_decimal;
use crate::params::Section;
use crate::quiz::PASS_SHARE;

/// The key of the notices that say what the LMS refused (the notice bar titles them apart).
pub const NOTICE_KEY: &str = "lms";

/// One call to the LMS's API object.
#[derive(Clone, Debug, PartialEq)]
pub enum Call {
    /// `LMSSetValue(element, value)`.
    Set(&'static str, String),
    /// `LMSCommit("")`: the LMS stores what was set.
    Commit,
    /// `LMSFinish("")`: the session ends.
    Finish,
}

/// `cmi.core.lesson_status` as SCORM 1.2 spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// "not attempted": the first launch.
    NotAttempted,
    /// "incomplete": started, quiz not passed or finished.
    Incomplete,
    /// "completed".
    Completed,
    /// "passed": the quiz at 75% or more.
    Passed,
    /// "failed": every question answered, below 75%.
    Failed,
    /// "browsed".
    Browsed,
}

impl Status {
    /// Every status, in the order of the spec's vocabulary.
    pub const ALL: [Status; 6] = [
        Status::Passed,
        Status::Completed,
        Status::Failed,
        Status::Incomplete,
        Status::Browsed,
        Status::NotAttempted,
    ];

    /// The spec's word for it.
    pub fn word(self) -> &'static str {
        match self {
            Status::NotAttempted => "not attempted",
            Status::Incomplete => "incomplete",
            Status::Completed => "completed",
            Status::Passed => "passed",
            Status::Failed => "failed",
            Status::Browsed => "browsed",
        }
    }

    /// The status an LMS reports; anything unknown (or empty) counts as not attempted.
    pub fn parse(word: &str) -> Status {
        Status::ALL
            .into_iter()
            .find(|s| s.word() == word.trim())
            .unwrap_or(Status::NotAttempted)
    }
}

/// The elements this lesson writes.
pub const LESSON_STATUS: &str = "cmi.core.lesson_status";
/// The quiz score, 0 to 100.
pub const SCORE_RAW: &str = "cmi.core.score.raw";
/// The lowest possible score (0).
pub const SCORE_MIN: &str = "cmi.core.score.min";
/// The highest possible score (100).
pub const SCORE_MAX: &str = "cmi.core.score.max";
/// The section on screen, by its URL id.
pub const LESSON_LOCATION: &str = "cmi.core.lesson_location";
/// How the session ended: "suspend" (to come back) or "" (done).
pub const EXIT: &str = "cmi.core.exit";
/// How long this session lasted.
pub const SESSION_TIME: &str = "cmi.core.session_time";

/// The quiz score that passes, out of 100.
pub const PASS_RAW: u32 = (PASS_SHARE * 100.0) as u32;

/// Whether `value` is allowed for `element` by SCORM 1.2's data model (for the elements above).
pub fn valid(element: &str, value: &str) -> bool {
    match element {
        LESSON_STATUS => Status::ALL.iter().any(|s| s.word() == value),
        SCORE_RAW | SCORE_MIN | SCORE_MAX => {
            value.is_empty()
                || (value.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                    && parse_decimal(value).is_some_and(|v| (0.0..=100.0).contains(&v)))
        }
        LESSON_LOCATION => value.len() <= 255,
        EXIT => ["", "time-out", "suspend", "logout"].contains(&value),
        SESSION_TIME => is_timespan(value),
        _ => false,
    }
}

/// CMITimespan: `HHHH:MM:SS.SS`, two to four digits of hours, optional one or two of hundredths.
fn is_timespan(v: &str) -> bool {
    let parts: Vec<&str> = v.split(':').collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let [h, m, s] = parts[..] else { return false };
    let (whole, frac) = s.split_once('.').unwrap_or((s, "0"));
    (2..=4).contains(&h.len())
        && digits(h)
        && m.len() == 2
        && digits(m)
        && m < "60"
        && whole.len() == 2
        && digits(whole)
        && whole < "60"
        && (1..=2).contains(&frac.len())
        && digits(frac)
}

/// `seconds` as a CMITimespan, to the hundredth (`3725.5` -> `0001:02:05.50`), at most 9999 h.
pub fn timespan(seconds: f64) -> String {
    let hundredths = (seconds.max(0.0) * 100.0)
        .round()
        .min(9999.0 * 360_000.0 + 359_999.0) as u64;
    let (h, rest) = (hundredths / 360_000, hundredths % 360_000);
    let (m, rest) = (rest / 6000, rest % 6000);
    format!("{h:04}:{m:02}:{:02}.{:02}", rest / 100, rest % 100)
}

/// What this lesson has told the LMS so far in this session.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    status: Status,
    best: Option<u32>,
    location: Option<Section>,
    resume: Option<Section>,
}

impl Session {
    /// Starts a session from what the LMS holds: `cmi.core.lesson_status`, `cmi.core.score.raw`
    /// and `cmi.core.lesson_location`. A first launch becomes "incomplete"; a saved section is
    /// where the student resumes ([`Session::resume_at`]).
    pub fn launch(status: &str, score: &str, location: &str) -> (Session, Vec<Call>) {
        let status = Status::parse(status);
        let best = parse_decimal(score)
            .filter(|v| (0.0..=100.0).contains(v))
            .map(|v| v.round() as u32);
        let resume = Section::from_id(location.trim()).filter(|s| Section::AVAILABLE.contains(s));
        let mut session = Session {
            status,
            best,
            location: resume,
            resume,
        };
        let mut calls = Vec::new();
        if status == Status::NotAttempted {
            session.status = Status::Incomplete;
            calls.push(Call::Set(LESSON_STATUS, Status::Incomplete.word().into()));
            calls.push(Call::Commit);
        }
        (session, calls)
    }

    /// The section saved by an earlier session, if it is one this lesson has.
    pub fn resume_at(&self) -> Option<Section> {
        self.resume
    }

    /// The status as this session last wrote or read it.
    pub fn status(&self) -> Status {
        self.status
    }

    /// `section` is on screen: saved as the place to resume.
    pub fn visit(&mut self, section: Section) -> Vec<Call> {
        if self.location == Some(section) {
            return Vec::new();
        }
        self.location = Some(section);
        vec![
            Call::Set(LESSON_LOCATION, section.id().into()),
            Call::Commit,
        ]
    }

    /// A quiz answer was checked: `right` of `answered` so far, of `total` questions. The score
    /// kept is the best one; the status becomes "passed" at [`PASS_RAW`] or more, "failed" once
    /// every question is answered below it, and never leaves "passed".
    pub fn quiz(&mut self, right: usize, answered: usize, total: usize) -> Vec<Call> {
        if total == 0 {
            return Vec::new();
        }
        let raw = ((100 * right.min(total)) as f64 / total as f64).round() as u32;
        let mut calls = Vec::new();
        if self.best.is_none_or(|b| raw > b) {
            self.best = Some(raw);
            calls.push(Call::Set(SCORE_RAW, raw.to_string()));
            calls.push(Call::Set(SCORE_MIN, "0".into()));
            calls.push(Call::Set(SCORE_MAX, "100".into()));
        }
        let status = if raw >= PASS_RAW {
            Status::Passed
        } else if answered >= total && self.status != Status::Passed {
            Status::Failed
        } else {
            self.status
        };
        if status != self.status {
            self.status = status;
            calls.push(Call::Set(LESSON_STATUS, status.word().into()));
        }
        if !calls.is_empty() {
            calls.push(Call::Commit);
        }
        calls
    }

    /// The page is closing after `seconds`: the time spent, "suspend" unless the quiz decided the
    /// status (so the LMS offers to resume), then the end of the session.
    pub fn close(&mut self, seconds: f64) -> Vec<Call> {
        let done = matches!(self.status, Status::Passed | Status::Failed);
        vec![
            Call::Set(SESSION_TIME, timespan(seconds)),
            Call::Set(EXIT, if done { "" } else { "suspend" }.into()),
            Call::Commit,
            Call::Finish,
        ]
    }
}
