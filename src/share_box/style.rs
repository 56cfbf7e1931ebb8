//! The share dialog's own style sheet, added to the page when the dialog loads, so the first load
//! carries none of it. Colours and sizes come from the lesson's design tokens (style/tokens.css),
//! so every theme applies. The body scrolls; the status line and Close stay at the foot, on screen.

use crate::dom::install_style;

const CSS: &str = "
.share{width:min(40rem,calc(100vw - 2rem));max-height:calc(100dvh - 2rem);padding:var(--space-5);border:1px solid var(--border);border-radius:var(--radius);background:var(--surface);color:var(--text);box-shadow:var(--shadow)}
.share[open]{display:flex;flex-direction:column;padding:0;overflow:hidden}
.share__body{overflow-y:auto;padding:var(--space-5) var(--space-5) var(--space-2)}
.share__foot{display:flex;align-items:center;justify-content:space-between;gap:var(--space-3);padding:var(--space-2) var(--space-5) var(--space-4);border-top:1px solid var(--border)}
.share__foot .share__status{margin:0}
.share__fit{margin-bottom:var(--space-2)}
.share__width{display:block;margin-top:var(--space-1)}
.share__width[hidden]{display:none}
.share__width select{width:auto;max-width:100%}
.share__hint{margin:0 0 var(--space-2);color:var(--text-muted);font-size:var(--step--1)}
.share::backdrop{background:rgb(10 14 22 / 55%)}
.share__title{font-size:var(--step-2)}
.share__options{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);align-items:start;gap:var(--space-3);margin-bottom:var(--space-4)}
.share__options>fieldset:last-child{grid-column:2;grid-row:1 / span 2}
.share fieldset{margin:0;padding:var(--space-2) var(--space-3) var(--space-3);border:1px solid var(--border);border-radius:var(--radius-small)}
.share legend{padding:0 var(--space-1);font-weight:600;font-size:var(--step--1)}
.share .check{display:flex;min-height:2.25rem;font-weight:400}
.share select{width:100%;min-height:var(--control-h);border:1px solid var(--control-border);border-radius:var(--radius-small);background:var(--surface);color:var(--text);font:inherit}
.copy-field{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:var(--space-1) var(--space-2);margin-bottom:var(--space-3)}
.copy-field__label{grid-column:1 / -1;font-weight:600}
.copy-field__text{direction:ltr;width:100%;resize:vertical;padding:var(--space-2);border:1px solid var(--control-border);border-radius:var(--radius-small);background:var(--surface-2);color:var(--text);font:var(--step--1) / 1.4 var(--font-mono)}
.copy-field .button{align-self:start}
.share__lms{padding-top:var(--space-3);border-top:1px solid var(--border)}
.share__subtitle{font-size:var(--step-0);font-weight:600}
.share__lms p{margin:var(--space-1) 0 var(--space-2);color:var(--text-muted);font-size:var(--step--1)}
.share__lms .button{display:inline-flex;align-items:center;text-decoration:none;color:var(--text)}
.share__status{min-height:1.5em;color:var(--good);font-weight:600}
.share__close{display:flex;justify-content:flex-end;margin:0}
@media (max-width:520px){.share__body{padding:var(--space-4) var(--space-4) var(--space-2)}
.share__foot{padding:var(--space-2) var(--space-4) var(--space-3)}
.share__options{grid-template-columns:minmax(0,1fr)}
.share__options>fieldset:last-child{grid-column:auto;grid-row:auto}
.copy-field{grid-template-columns:minmax(0,1fr)}}
@media (max-width:820px),(pointer:coarse){.share .check{min-height:var(--touch)}}
";

/// Adds the style sheet to the page once.
pub fn install() {
    install_style("share-box-style", CSS);
}
