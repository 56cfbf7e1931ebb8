// The files of the parts a visit loads only on first use (DESIGN.md: on-demand parts), today the
// paste box: Trunk's `paste_box` target writes paste_box.js, paste_box_bg.wasm and
// paste_box_loader.js. They are left out of the first load, measured apart (at most 80,000 B
// gzip each part), cached by the service worker like every other file and packed into the
// SCORM package.
export const isOnDemand = (name) => /^paste_box[._]/.test(name);
