//! The lesson's temperature slider: log-scaled from 0.05 to 5, bound to the one temperature every
//! section shares, so moving it in one section moves it everywhere.

use crate::components::Slider;
use crate::params::TEMPERATURE_RANGE;
use crate::state::use_lesson;
use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;

/// A log slider with a number box for the lesson's temperature T.
#[component]
pub fn TemperatureSlider(
    /// Element id of the range input (the box gets `{id}-box`).
    id: &'static str,
    /// What the value means for screen readers ("temperature 0.50, sharper …").
    valuetext: Callback<f64, String>,
) -> impl IntoView {
    let state = use_lesson();
    view! {
        <Slider
            id=id
            label=Signal::derive(|| t(shell::TEMPERATURE_LABEL))
            value=state.temperature
            on_change=Callback::new(move |v| state.temperature.set(v))
            min=TEMPERATURE_RANGE.0
            max=TEMPERATURE_RANGE.1
            step=0.01
            log=true
            valuetext=valuetext
        />
    }
}
