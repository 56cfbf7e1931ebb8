// The phone checks of phone.test.mjs (charts in view while a slider is used, the first screen,
// touch targets, no sideways scrolling, keypads) with the lesson in Chinese, whose lines break anywhere
// (each spec file runs in a process of its own).
process.env.LESSON_LANG = 'zh';
await import('./phone.test.mjs');
