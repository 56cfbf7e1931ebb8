// The phone checks of phone.test.mjs (charts in view while a slider is used, the first screen,
// touch targets, no sideways scrolling, keypads) with the lesson in Arabic, right to left: the pinned copy
// of a chart mirrors, its × at the left
// (each spec file runs in a process of its own).
process.env.LESSON_LANG = 'ar';
await import('./phone.test.mjs');
