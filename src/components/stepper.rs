//! Previous / next buttons and numbered step buttons for a walk-through.

use super::SectionLink;
use crate::params::Section;
use crate::text::keys::shell;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;

/// A walk-through: one button per step (the current one marked `aria-current="step"`), the
/// step's content (`children`, drawn by the parent from `current`), then "Back" and "Next" right
/// under the text they change. Next brings the new step's top on screen when it is above (a
/// phone); after the last step it leads on to the section `then`.
#[component]
pub fn Stepper(
    /// Short name of each step, shown on its button.
    labels: Vec<String>,
    /// Index of the step on screen.
    current: RwSignal<usize>,
    /// Accessible name of the group, e.g. "Pipeline steps".
    #[prop(into)]
    label: String,
    /// The section the walk leads on to after its last step.
    then: Section,
    /// The step's content.
    children: Children,
) -> impl IntoView {
    let n = labels.len();
    let buttons = labels
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            view! {
                <li>
                    <button
                        class="stepper__step"
                        class:stepper__step--done=move || { i < current.get() }
                        aria-current=move || (current.get() == i).then_some("step")
                        on:click=move |_| current.set(i)
                    >
                        <span class="stepper__num" aria-hidden="true">{i + 1}</span>
                        <span class="stepper__name">{name}</span>
                        <span class="visually-hidden">{move || (i < current.get()).then(|| format!(" {}", t(shell::STEP_DONE)))}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let next = move |_| {
        current.update(|c| *c = (*c + 1).min(n - 1));
        crate::browser::bring_top_into_view(".stepper__body");
    };
    view! {
        <nav class="stepper" aria-label=label>
            <ol class="stepper__list">{buttons}</ol>
        </nav>
        <div class="stepper__body">{children()}</div>
            <div class="stepper__arrows">
                // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
                <button
                    class="button"
                    aria-disabled=move || (current.get() == 0).then_some("true")
                    on:click=move |_| current.update(|c| *c = c.saturating_sub(1))
                >
                    {format!("{} {}", crate::text::arrows().0, t(shell::STEP_BACK))}
                </button>
                <span class="stepper__count" aria-live="polite">
                    {move || tr!(shell::STEP_COUNT, (current.get() + 1).to_string(), n.to_string())}
                </span>
                <Show
                    when=move || current.get() + 1 < n
                    fallback=move || view! {
                        <SectionLink section=then class="button button--primary" rel="next">
                            {format!("{} {}", tr!(shell::STEP_THEN, then.number().to_string(), then.title()), crate::text::arrows().1)}
                        </SectionLink>
                    }
                >
                    <button class="button button--primary" on:click=next>{format!("{} {}", t(shell::STEP_NEXT), crate::text::arrows().1)}</button>
                </Show>
            </div>
    }
}
