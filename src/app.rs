//! The lesson shell: masthead, section navigation, notices and the section on screen.

use crate::browser;
use crate::components::build_queue;
use crate::components::use_debounced::use_debounced;
use crate::components::{LanguageMenu, Notices, Pager, ReadAloud, SectionNav};
// The web build's own: the SCORM package's build has neither (see below).
#[cfg(not(feature = "scorm"))]
use crate::components::{ShareButton, UpdateNotice};
use crate::params::{Control, Params, Section};
use crate::sections::attention::AttentionSection;
use crate::sections::gradients::GradientsSection;
use crate::sections::loss::LossSection;
use crate::sections::overview::Overview;
use crate::sections::pitfalls::PitfallsSection;
use crate::sections::quiz::QuizSection;
use crate::sections::sampling::SamplingSection;
use crate::sections::softmax::SoftmaxSection;
use crate::sections::stability::StabilitySection;
use crate::sections::training::TrainingSection;
use crate::state::LessonState;
use crate::text::keys::shell;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use std::time::Duration;

/// The whole app: reads the URL once, provides [`LessonState`], keeps the URL in step.
#[component]
pub fn App() -> impl IntoView {
    let query = browser::current_query();
    let (params, notices) = Params::from_query(&query);
    // What a notice says is a text file of its own, fetched only for a link that needs it; the
    // link is read again once it is here, for the notices' words.
    let file = crate::text::keys::notices::PARAM_CHANGED.file();
    let later = !notices.is_empty() && !crate::text::has_file(file);
    let state = LessonState::new(params, if later { Vec::new() } else { notices });
    if later {
        let query = query.clone();
        // Offline with the file never fetched, the link's values are still checked; only the
        // words are missing, so nothing is shown.
        crate::text::ensure(file, move |loaded| {
            if loaded {
                state.notices.set(Params::from_query(&query).1)
            }
        });
    }
    provide_context(state);
    #[cfg(feature = "scorm")]
    crate::lms::start(state, &query);
    sync_url(state);
    browser::apply_theme(state);
    browser::sync_title(state);
    browser::watch_color_scheme(state);
    browser::post_height_to_host();
    view! { <Lesson/> }
}

/// Share / embed, outside an embed. Not in the SCORM package: its links would point inside the
/// LMS, where nobody else can follow them.
fn share_dialog(embed: RwSignal<bool>) -> impl IntoView {
    #[cfg(not(feature = "scorm"))]
    return view! {
        <Show when=move || !embed.get()>
            <ShareButton/>
        </Show>
    };
    #[cfg(feature = "scorm")]
    {
        let _ = embed;
    }
}

/// The offer of a newer deployment, on the web; the SCORM package's build leaves caching to the
/// LMS and has none.
fn update_notice() -> impl IntoView {
    #[cfg(not(feature = "scorm"))]
    return view! { <UpdateNotice/> };
    #[cfg(feature = "scorm")]
    ()
}

/// How long the URL waits after the last change before it is rewritten (a drag fires 60 events a
/// second; the address bar needs one).
const URL_DEBOUNCE: Duration = Duration::from_millis(200);

/// Keeps the address bar equal to the current settings, once a change has rested.
fn sync_url(state: LessonState) {
    // The query is written out once the settings rest, not on every move of a drag.
    let write = use_debounced(URL_DEBOUNCE, move |()| {
        browser::replace_query(&untrack(|| state.params()).to_query())
    });
    Effect::new(move |_| {
        // Read for its dependencies: any setting that changes starts the wait again.
        drop(state.params());
        write.call(());
    });
}

/// The page: everything under `<body>`. Expects a [`LessonState`] in context.
#[component]
pub fn Lesson() -> impl IntoView {
    let state = crate::state::use_lesson();
    let embed = state.embed;
    let nav_hidden = state.hidden(Control::Nav);
    let predict_hidden = state.hidden(Control::Predict);
    let section = state.section;
    let built = build_queue::start();
    crate::components::handoff::take_handoffs(state);
    crate::progress::follow_progress(state.done);
    let text_state = RwSignal::new(TextState::Loaded(section.get_untracked()));
    let visited = StoredValue::new(None::<Section>);
    // Hidden (no style or layout work) until the section is built and the HTML's copy goes.
    let taken_over = RwSignal::new(false);
    let full_lesson_href = move || {
        let p = Params {
            embed: false,
            hide: Vec::new(),
            ..state.params()
        };
        let q = p.to_query();
        let path = window().location().pathname().unwrap_or_default();
        if q.is_empty() {
            path
        } else {
            format!("{path}?{q}")
        }
    };
    view! {
        <a class="skip-link" href="#main">{t(shell::SKIP_TO_LESSON)}</a>
        <div class="app" class:app--embed=move || embed.get() class:app--no-predict=move || predict_hidden.get() hidden=move || !taken_over.get()>
            <Show when=move || !embed.get()>
                <header class="masthead">
                    <div class="masthead__inner">
                        <p class="masthead__brand">
                            <span class="masthead__logo" aria-hidden="true"><i></i><i></i><i></i></span>
                            {t(shell::BRAND)}
                        </p>
                        <p class="masthead__tagline">{t(shell::TAGLINE)}</p>
                        <LanguageMenu/>
                    </div>
                </header>
            </Show>
            <div class="layout" class:layout--single=move || embed.get() || nav_hidden.get()>
                <Show when=move || !embed.get() && !nav_hidden.get()>
                    <aside class="layout__nav"><SectionNav/></aside>
                </Show>
                <main id="main" class="layout__main" tabindex="-1">
                    <Notices/>
                    {update_notice()}
                    <header class="section-head">
                        <p class="section-head__num">{move || tr!(shell::SECTION_NUMBER, section.get().number().to_string())}</p>
                        <h1 class="section-head__title">{move || section.get().title()}</h1>
                        // Rebuilt with the section, so speech about the old one stops.
                        {move || {
                            section.track();
                            view! { <ReadAloud/> }
                        }}
                        {share_dialog(embed)}
                    </header>
                    <div class="section-body" data-section=move || section.get().id()>
                        {move || {
                            let s = section.get();
                            let new_visit = visited.get_value() != Some(s);
                            visited.set_value(Some(s));
                            // The section's words come with it: wait for them (only the first
                            // visit to a section fetches; the address's came with the page).
                            match text_state.get() {
                                TextState::Failed(f) if f == s && !new_visit => {
                                    return view! { <p class="notice" role="alert">{t(shell::SECTION_TEXT_FAILED)}</p> }.into_any();
                                }
                                _ if !crate::text::has_file(s.text_file()) => {
                                    crate::text::ensure(s.text_file(), move |ok| {
                                        text_state.set(if ok { TextState::Loaded(s) } else { TextState::Failed(s) })
                                    });
                                    return ().into_any();
                                }
                                _ => {}
                            }
                            // A task after the shell: the mount stays short. The page shows the
                            // first screen of the HTML until this part swaps in, in one frame.
                            build_queue::later(move || {
                                browser::remove_loading();
                                taken_over.set(true);
                                section_view(s)
                            })
                            .into_any()
                        }}
                    </div>
                    {move || {
                        // After the last card, so it is never pushed down while on screen.
                        let show = built.get() && (!embed.get() || state.pager.get());
                        show.then(|| view! { <Pager section=section.get()/> })
                    }}
                    <Show when=move || embed.get()>
                        <p class="embed-link">
                            <a href=full_lesson_href target="_blank" rel="noopener">{format!("{} \u{2197}", t(shell::OPEN_FULL_LESSON))}</a>
                        </p>
                    </Show>
                </main>
            </div>
            <Show when=move || !embed.get() && built.get()>
                <footer class="footer">
                    <p>{t(shell::FOOTER)}</p>
                </footer>
            </Show>
        </div>
    }
}

/// Where the text of the section last asked for stands.
#[derive(Clone, Copy, PartialEq)]
enum TextState {
    /// Loaded (or being asked for).
    Loaded(Section),
    /// Could not be fetched: say so, and try again when the section is opened again.
    Failed(Section),
}

/// The view of section `s`: its opening and its cards (which build later, one per task).
fn section_view(s: Section) -> AnyView {
    match s {
        Section::Softmax => view! { <SoftmaxSection/> }.into_any(),
        Section::Sampling => view! { <SamplingSection/> }.into_any(),
        Section::Loss => view! { <LossSection/> }.into_any(),
        Section::Gradients => view! { <GradientsSection/> }.into_any(),
        Section::Training => view! { <TrainingSection/> }.into_any(),
        Section::Stability => view! { <StabilitySection/> }.into_any(),
        Section::Attention => view! { <AttentionSection/> }.into_any(),
        Section::Pitfalls => view! { <PitfallsSection/> }.into_any(),
        Section::Quiz => view! { <QuizSection/> }.into_any(),
        _ => view! { <Overview/> }.into_any(),
    }
}
