// The files of the parts a visit loads only on first use (DESIGN.md: on-demand parts): the paste
// box, the prediction cards and the share dialog. Trunk's `paste_box`, `predict_box` and `share_box` targets write <part>.js,
// <part>_bg.wasm and <part>_loader.js, which scripts/hash-parts.mjs renames <part>-<hash>.js,
// <part>-<hash>_bg.wasm and <part>-<hash>_loader.js. They are left out of the first load, measured apart (at
// most 80,000 B gzip each part), cached by the service worker like every other file and packed
// into the SCORM package.
export const PARTS = ['paste_box', 'predict_box', 'share_box'];

/** The on-demand part a file of the build belongs to, or undefined. */
export const partOf = (name) => PARTS.find((p) => name.startsWith(`${p}.`) || name.startsWith(`${p}_`) || name.startsWith(`${p}-`));

export const isOnDemand = (name) => partOf(name) !== undefined;
