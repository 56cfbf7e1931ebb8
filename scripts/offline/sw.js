// Softmax Lab's service worker: after one visit the lesson opens and works with the network off.
// scripts/offline/write.mjs fills in FILES (this build's files, relative to this worker; './' is
// index.html; the on-demand parts too, so they work offline after one visit), NAMED (the files
// index.html names) and VERSION (a hash of their contents), so every deployment is a new worker
// with its own cache. A new worker waits until the page asks it to take over, which the page does when
// the student chooses to reload: one version's files are never mixed with another's.
const VERSION = '%VERSION%';
const FILES = '%FILES%';
const NAMED = '%NAMED%';
const SCOPE = new URL(registration.scope);
const PREFIX = `softmax-lab ${SCOPE.pathname} `;
const CACHE = PREFIX + VERSION;
const PAGE = new URL('./', location).href;
const OWN = new Set(FILES.map((f) => new URL(f, location).href));

addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // `no-cache` asks the server again, so a page the HTTP cache still holds from an older
      // deployment never lands in this version's cache.
      const responses = await Promise.all(
        FILES.map(async (file) => {
          const response = await fetch(file, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
          return response;
        }),
      );
      const page = await responses[0].clone().text();
      const missing = NAMED.find((file) => !page.includes(file.slice(2)));
      if (missing) throw new Error(`index.html is from another deployment (it does not name ${missing})`);
      const cache = await caches.open(CACHE);
      await Promise.all(responses.map((response, i) => cache.put(FILES[i], response)));
    })(),
  );
});

addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
    ),
  );
});

addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') skipWaiting();
});

addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // The lesson's own page (any query: the query is the lesson's settings) and its own files;
  // everything else, such as another site on the same origin, goes to the network untouched.
  const page = request.mode === 'navigate' && (url.pathname === SCOPE.pathname || url.pathname === `${SCOPE.pathname}index.html`);
  url.search = '';
  if (!page && !OWN.has(url.href)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(page ? PAGE : url.href))
      .then((hit) => hit || fetch(request)),
  );
});
