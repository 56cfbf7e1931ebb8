//! The paste box's own style sheet, added to the page when the box loads, so the first load
//! carries none of it. Colours come from the lesson's design tokens (style/tokens.css), so
//! every theme applies.

use crate::dom::install_style;

const CSS: &str = "
.paste__label{display:block;font-weight:600;margin-top:var(--space-3)}
.paste__text{direction:ltr;display:block;width:100%;box-sizing:border-box;min-height:8rem;font:var(--step--1)/1.4 var(--font-mono);padding:var(--space-2);border:1px solid var(--control-border);border-radius:var(--radius-small);background:var(--surface);color:var(--text);resize:vertical}
@media (max-width:820px),(pointer:coarse){.paste__text{font-size:16px}}
.paste__hint{color:var(--text-muted);font-size:var(--step--1);margin:var(--space-2) 0}
.paste__actions{display:flex;flex-wrap:wrap;gap:var(--space-2);margin:var(--space-2) 0}
.paste__error{color:var(--bad);font-weight:600}
.paste__read{font-weight:600;margin:var(--space-3) 0 var(--space-2)}
.paste__least{display:flex;flex-wrap:wrap;align-items:center;gap:var(--space-2)}
.paste__strip{font:var(--step-0)/1.9 var(--font-mono);max-height:16rem;overflow:auto;padding:var(--space-2);border:1px solid var(--border);border-radius:var(--radius-small);background:var(--surface);margin:var(--space-3) 0 var(--space-2)}
.paste__tok{font:inherit;color:var(--text);white-space:pre;border:0;border-bottom:2px solid transparent;border-radius:3px;padding:0 1px;margin:0;cursor:pointer;background:none}
.paste__strip .paste__tok{min-height:0}
.paste__tok--1{background:color-mix(in srgb,var(--warn-border) 22%,transparent)}
.paste__tok--2{background:color-mix(in srgb,var(--warn-border) 45%,transparent)}
.paste__tok--3{background:color-mix(in srgb,var(--bad) 45%,transparent);border-bottom-color:var(--bad)}
.paste__tok--none{border-bottom:2px dotted var(--text-muted)}
.paste__tok[aria-pressed=true]{outline:2px solid var(--accent);outline-offset:1px}
.paste__legend{display:flex;flex-wrap:wrap;gap:var(--space-1) var(--space-3);font-size:var(--step--1);color:var(--text-muted)}
.paste__key{display:inline-flex;align-items:center;gap:var(--space-1)}
.paste__key .paste__tok{font-family:var(--font-mono);cursor:default;border-top:1px solid var(--border)}
.paste__heading{margin:var(--space-4) 0 var(--space-1);font-size:var(--step-1)}
.paste__context{font-family:var(--font-mono);white-space:pre-wrap;overflow-wrap:anywhere}
.paste__context mark{background:var(--accent-soft);color:var(--text);font-weight:700}
.paste__alternatives{border-collapse:collapse;margin:var(--space-2) 0;font-variant-numeric:tabular-nums}
.paste__alternatives caption{text-align:start;font-size:var(--step--1);color:var(--text-muted);padding-bottom:var(--space-1)}
.paste__alternatives th,.paste__alternatives td{padding-block:var(--space-1);padding-inline:0 var(--space-3);border-bottom:1px solid var(--border);text-align:start}
.paste__alternatives td:first-child{font-family:var(--font-mono);white-space:pre}
.paste__table{margin:var(--space-2) 0}
.paste__table table{font-variant-numeric:tabular-nums}
.paste__how{margin-top:var(--space-3)}
.paste__how code{overflow-wrap:anywhere}
[data-mounted]~[data-paste-status]{display:none}
.paste__status:empty{display:none}
.paste__status{border-inline-start:3px solid var(--good);padding-inline-start:var(--space-3);margin-top:var(--space-3);font-size:var(--step--1)}
";

/// Adds the style sheet to the page once.
pub fn install() {
    install_style("paste-box-style", CSS);
}
