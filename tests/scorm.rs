//! The SCORM 1.2 core: what is written on launch, on a section, on a quiz answer and on close,
//! and that every value is in the spec's vocabulary.

use softmax_lab::params::Section;
use softmax_lab::scorm::{timespan, valid, Call, Session, Status, PASS_RAW};

fn sets(calls: &[Call]) -> Vec<(&'static str, &str)> {
    calls
        .iter()
        .filter_map(|c| match c {
            Call::Set(e, v) => Some((*e, v.as_str())),
            _ => None,
        })
        .collect()
}

fn all_valid(calls: &[Call]) {
    for (e, v) in sets(calls) {
        assert!(valid(e, v), "{e} = {v:?} is not SCORM 1.2");
    }
}

#[test]
fn a_first_launch_becomes_incomplete_and_commits() {
    for first in ["not attempted", "", "nonsense"] {
        let (session, calls) = Session::launch(first, "", "");
        assert_eq!(
            calls,
            vec![
                Call::Set("cmi.core.lesson_status", "incomplete".into()),
                Call::Commit
            ]
        );
        assert_eq!(session.status(), Status::Incomplete);
        assert_eq!(session.resume_at(), None);
    }
}

#[test]
fn a_later_launch_keeps_the_status_and_resumes_at_the_saved_section() {
    let (session, calls) = Session::launch("incomplete", "", "attention");
    assert!(calls.is_empty(), "{calls:?}");
    assert_eq!(session.resume_at(), Some(Section::Attention));
    let (passed, calls) = Session::launch("passed", "88", "quiz");
    assert!(calls.is_empty());
    assert_eq!(passed.status(), Status::Passed);
    assert_eq!(passed.resume_at(), Some(Section::Quiz));
    // A place the lesson does not have is ignored, not trusted.
    for bad in ["../../x", "<b>", "softmax&s=quiz", "SOFTMAX", "  "] {
        assert_eq!(
            Session::launch("incomplete", "", bad).0.resume_at(),
            None,
            "{bad}"
        );
    }
}

#[test]
fn each_new_section_is_saved_once() {
    let (mut s, _) = Session::launch("incomplete", "", "softmax");
    assert!(
        s.visit(Section::Softmax).is_empty(),
        "the resumed section is already saved"
    );
    let calls = s.visit(Section::Loss);
    assert_eq!(
        calls,
        vec![
            Call::Set("cmi.core.lesson_location", "loss".into()),
            Call::Commit
        ]
    );
    assert!(s.visit(Section::Loss).is_empty());
    for section in Section::AVAILABLE {
        all_valid(&s.visit(section));
    }
}

#[test]
fn the_quiz_passes_at_75_percent_and_records_the_score_out_of_100() {
    assert_eq!(PASS_RAW, 75);
    let (mut s, _) = Session::launch("incomplete", "", "");
    let calls = s.quiz(1, 1, 8);
    assert_eq!(
        sets(&calls),
        vec![
            ("cmi.core.score.raw", "13"),
            ("cmi.core.score.min", "0"),
            ("cmi.core.score.max", "100")
        ]
    );
    assert_eq!(calls.last(), Some(&Call::Commit));
    // Six of eight is 75: passed, even with two questions left.
    let calls = s.quiz(6, 6, 8);
    assert!(sets(&calls).contains(&("cmi.core.score.raw", "75")));
    assert!(sets(&calls).contains(&("cmi.core.lesson_status", "passed")));
    assert_eq!(s.status(), Status::Passed);
    all_valid(&calls);
    // A wrong answer afterwards changes nothing: the best score and the pass stand.
    assert!(s.quiz(6, 7, 8).is_empty());
    assert!(s.quiz(6, 8, 8).is_empty());
    let calls = s.quiz(8, 8, 8);
    assert_eq!(sets(&calls)[0], ("cmi.core.score.raw", "100"));
}

#[test]
fn the_quiz_fails_only_once_every_question_is_answered() {
    let (mut s, _) = Session::launch("incomplete", "", "");
    for answered in 1..8 {
        let calls = s.quiz(answered / 2, answered, 8);
        assert!(
            !sets(&calls)
                .iter()
                .any(|(e, _)| *e == "cmi.core.lesson_status"),
            "{calls:?}"
        );
    }
    let calls = s.quiz(5, 8, 8);
    assert!(sets(&calls).contains(&("cmi.core.lesson_status", "failed")));
    assert!(sets(&calls).contains(&("cmi.core.score.raw", "63")));
    // New questions: a pass later still counts.
    let calls = s.quiz(6, 6, 8);
    assert!(sets(&calls).contains(&("cmi.core.lesson_status", "passed")));
    // A stored score from an earlier session is the best to beat.
    let (mut again, _) = Session::launch("failed", "50", "");
    assert!(
        again.quiz(3, 8, 8).is_empty(),
        "38 < 50, already failed: nothing to write"
    );
    assert!(again.quiz(0, 0, 0).is_empty());
}

#[test]
fn closing_saves_the_time_and_suspends_unless_the_quiz_decided() {
    let (mut s, _) = Session::launch("incomplete", "", "");
    let calls = s.close(3725.5);
    assert_eq!(
        calls,
        vec![
            Call::Set("cmi.core.session_time", "0001:02:05.50".into()),
            Call::Set("cmi.core.exit", "suspend".into()),
            Call::Commit,
            Call::Finish
        ]
    );
    all_valid(&calls);
    let (mut done, _) = Session::launch("passed", "100", "");
    assert!(sets(&done.close(1.0)).contains(&("cmi.core.exit", "")));
}

#[test]
fn timespans_are_cmi_timespans() {
    for (secs, text) in [
        (0.0, "0000:00:00.00"),
        (59.994, "0000:00:59.99"),
        (59.996, "0000:01:00.00"),
        (86_400.0, "0024:00:00.00"),
        (-5.0, "0000:00:00.00"),
        (f64::NAN, "0000:00:00.00"),
        (1e12, "9999:59:59.99"),
    ] {
        assert_eq!(timespan(secs), text, "{secs}");
        assert!(valid("cmi.core.session_time", text));
    }
}

#[test]
fn the_vocabulary_check_refuses_what_scorm_1_2_does_not_allow() {
    for (e, v) in [
        ("cmi.core.lesson_status", "complete"),
        ("cmi.core.lesson_status", "Passed"),
        ("cmi.core.score.raw", "101"),
        ("cmi.core.score.raw", "-1"),
        ("cmi.core.score.raw", "1e2"),
        ("cmi.core.exit", "normal"),
        ("cmi.core.session_time", "1:00:00"),
        ("cmi.core.session_time", "0000:60:00"),
        ("cmi.core.session_time", "0000:00:00.123"),
        ("cmi.core.lesson_location", &"x".repeat(256)),
        ("cmi.suspend_data", ""),
    ] {
        assert!(!valid(e, v), "{e} = {v:?} should be refused");
    }
    for status in Status::ALL {
        assert!(valid("cmi.core.lesson_status", status.word()));
        assert_eq!(Status::parse(status.word()), status);
    }
    assert!(valid("cmi.core.score.raw", "62.5"));
    assert!(valid("cmi.core.exit", ""));
}
