//! The cards' own style sheet, added to the page when they load, so the first load carries
//! none of it. Colours come from the lesson's design tokens (style/tokens.css), so every theme
//! applies; the folded card itself is styled by the page (style/components.css, `.predict`).

use crate::dom::install_style;

const CSS: &str = "
[data-predict-box][data-mounted]~[data-predict-status]{display:none}
.predict__body{padding:0 0 var(--space-3)}
.predict__body [hidden]{display:none!important}
.predict__actions{display:flex;flex-wrap:wrap;align-items:center;gap:var(--space-2);margin:var(--space-2) 0}
.predict__actions p{margin:0}
.predict__small{color:var(--text-muted);font-size:var(--step--1);margin:var(--space-1) 0}
.predict__guess{border:0;padding:0;margin:var(--space-3) 0 0;min-width:0}
.predict__guess legend{font-weight:600;padding:0;margin-bottom:var(--space-1)}
.predict__value{display:flex;align-items:center;gap:var(--space-3)}
.predict__range{flex:1;min-width:0;min-height:var(--touch);accent-color:var(--accent);touch-action:pan-y}
.predict__box{width:5.5em;min-height:var(--control-h);box-sizing:border-box;padding:0 var(--space-2);font:inherit;font-family:var(--font-mono);direction:ltr;text-align:right;border:1px solid var(--control-border);border-radius:var(--radius-small);background:var(--surface);color:var(--text)}
@media (max-width:820px),(pointer:coarse){.predict__box{font-size:16px}}
.predict__choice{display:flex;align-items:center;gap:var(--space-2);min-height:var(--touch)}
.predict__choice input{flex:none;width:1.2em;height:1.2em;margin:0;accent-color:var(--accent)}
.predict__reveal{margin-top:var(--space-3);padding-top:var(--space-2);border-top:1px solid var(--border)}
.predict__reveal:focus{outline:2px solid var(--accent);outline-offset:4px}
.predict__said{font-weight:600}
.predict__why{background:var(--surface);border-radius:var(--radius-small);padding:var(--space-3)}
.predict__why p{margin:0}
.predict__why p+p{margin-top:var(--space-2)}
.predict__status{font-weight:400;border-inline-start:3px solid var(--border);padding-inline-start:var(--space-2)}
.predict__status[data-met]{border-inline-start-color:var(--good);font-weight:600}
";

/// Adds the cards' style sheet to the page (once).
pub(super) fn install() {
    install_style("predict-box-style", CSS);
}
