// Starts the app. The page already shows the start screen, the quick-exit bar and the
// emergency line as plain HTML (generated at build time); the app replaces them when it mounts.
// If the WebAssembly module cannot load or compile, or has not started after SLOW_MS, the
// static fallback with every island's numbers (already in the page) is shown. No inline
// script: strict CSP.
const root = document.documentElement;
const SLOW_MS = 6000;
root.classList.add('sg-js');

// Quick exit until the app runs (it brings its own): the exit links, and Shift three times
// within 5 s (a Shift used together with another key does not count).
const exitUrl = () => {
  const a = document.getElementById('sg-exit');
  return a ? a.href : 'https://www.google.com/';
};
const leave = (e) => {
  if (e) e.preventDefault();
  root.classList.add('sg-exiting');
  location.replace(exitUrl());
};
let presses = 0, first = 0, combined = false;
const onKeyDown = (e) => {
  combined = e.key !== 'Shift';
  if (combined) presses = 0;
};
const onKeyUp = (e) => {
  if (e.key !== 'Shift') return;
  if (combined) { combined = false; return; }
  const now = performance.now();
  if (presses === 0 || now - first > 5000) { presses = 1; first = now; } else if (++presses >= 3) leave();
};
const framed = window.top !== window;
const onClick = (e) => {
  // In a frame the link itself leaves (target _top, set below): no script may move the host page.
  if (!framed && e.target instanceof Element && e.target.closest('.sg-exit, .sg-skip-exit, .sg-fb-exit')) leave(e);
};
// The static start form does nothing until the app runs (a submit would put answers in the URL).
const onSubmit = (e) => e.preventDefault();
const early = [['keydown', onKeyDown], ['keyup', onKeyUp], ['click', onClick], ['submit', onSubmit]];
for (const [type, f] of early) document.addEventListener(type, f, true);

const fail = (err) => {
  console.error('Signaal could not start; showing the numbers instead.', err);
  root.classList.add('sg-failed');
};
const mounted = () => {
  if (!root.classList.contains('sg-ready')) return; // a page without #sg-root (inline embeds)
  for (const [type, f] of early) document.removeEventListener(type, f, true);
  // The app's <main> is the page's one main now; the fallback's stays out of the document
  // outline until a panic shows it again (style.css overrides [hidden] then).
  for (const el of document.querySelectorAll('#sg-fallback, #sg-fallback > main')) el.hidden = true;
  // Offline copy, registered once the app runs, so that its downloads are revalidations of
  // what the page just fetched (nothing is downloaded twice).
  if ('serviceWorker' in navigator && !framed && !root.hasAttribute('data-no-sw')) {
    navigator.serviceWorker.register('sw.js').catch((err) => console.warn('Signaal: offline mode unavailable', err));
  }
};
setTimeout(() => root.classList.contains('sg-ready') || root.classList.add('sg-slow'), SLOW_MS);

// The texts of the language the app will choose (src/domain/locale.rs: the query's `lang`,
// else the first supported browser language, else the island's Papiamento, else English) load
// in parallel with the .wasm. The app decides again; a wrong guess costs one more request.
// PACKS (pack file per locale, default locale per island) is written in by scripts/build.sh.
const PACKS = '__SIGNAAL_PACKS__';
const parseLocale = (tag) => {
  const [lang, region = ''] = String(tag).trim().toLowerCase().split(/[-_]/);
  if (lang === 'nl' || lang === 'en' || lang === 'es') return lang;
  if (lang === 'pap') return region === 'aw' ? 'pap-AW' : 'pap-CW';
  return null;
};
const chooseLocale = () => {
  let explicit = null, island = null;
  for (const [key, value] of new URLSearchParams(location.search)) {
    const name = key.replace(/^data-/, ''), v = value.trim();
    if (value.length > 200) continue;
    if (name === 'lang') explicit = parseLocale(v) || explicit;
    else if (name === 'island' && PACKS.islands[v.toLowerCase()]) island = PACKS.islands[v.toLowerCase()];
  }
  if (explicit) return explicit;
  const langs = navigator.languages || [];
  for (const l of langs) if (parseLocale(l)) return parseLocale(l);
  if (island === 'pap-AW' || island === 'pap-CW' || (island && langs.length === 0)) return island;
  return 'en';
};
const lang = chooseLocale();
const texts = fetch(new URL(PACKS.files[lang], import.meta.url)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.url}: HTTP ${r.status}`))));
texts.catch(() => {}); // the app tries again, then another language

// The module, its glue, the texts and the page's body load in parallel; the app starts once
// the module and the body are here, and mounts once the texts are.
const wasm = fetch(new URL('pkg/signaal_bg.wasm', import.meta.url));
wasm.catch(() => {}); // reported through init below
const parsed = new Promise((resolve) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
  else resolve();
});
parsed.then(() => {
  if (framed) for (const a of document.querySelectorAll('.sg-exit, .sg-skip-exit, .sg-fb-exit')) a.target = '_top';
});
Promise.all([import('./pkg/signaal.js'), parsed])
  .then(([m]) => m.default({ module_or_path: wasm }).then(() => m.run(new URL('./', import.meta.url).href, lang, texts)))
  .then(mounted, fail);
