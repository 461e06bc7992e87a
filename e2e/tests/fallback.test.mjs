// Always a way to help: the static fallback (generated from the content at build time) shows
// every island's numbers without JavaScript, when the .wasm cannot load, and after a panic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, APP, LOCALES, withBrowser } from '../lib.mjs';

// A few numbers the fallback must carry (typed from the research, not read from the build).
const MUST = ['tel:911', 'tel:9310', 'tel:+5997176181', 'tel:+5997900426', 'tel:+5997900019', 'tel:+17215422222', 'tel:9300', 'tel:+2975824000', 'tel:+59997477229', 'tel:112'];

async function fallbackShown(page) {
  return page.evaluate(() => {
    const fb = document.querySelector('#sg-fallback');
    return !!fb && getComputedStyle(fb).display !== 'none' && fb.getBoundingClientRect().height > 100;
  });
}

async function checkNumbers(page) {
  const hrefs = await page.$$eval('#sg-fallback a[href^="tel:"]', (as) => as.map((a) => a.getAttribute('href')));
  for (const n of MUST) assert.ok(hrefs.includes(n), `fallback lacks ${n}`);
  const langs = await page.$$eval('#sg-fallback details[lang]', (ds) => ds.map((d) => d.lang));
  // English first and open (the app's choice for a browser language it does not have), then the rest.
  assert.deepEqual(langs, ['en', ...LOCALES.filter((l) => l !== 'en')], 'fallback in the five locales, English first');
  assert.deepEqual(await page.$$eval('#sg-fallback details[open]', (ds) => ds.map((d) => d.lang)), ['en'], 'English open');
  // Landmarks: the exit and the emergency numbers in a header, the numbers in the one main.
  assert.ok(await page.isVisible('#sg-fallback > header .sg-fb-exit'), 'exit link in the fallback header');
  assert.equal(await page.$$eval('main', (ms) => ms.filter((m) => m.getClientRects().length).length), 1, 'one visible <main>');
  assert.ok(await page.isVisible('#sg-fallback main details[lang="nl"]'), 'numbers in <main>');
}

/** axe on the fallback as shown, and with every locale opened. */
async function axeFallback(page, where) {
  assert.deepEqual(await axe(page), [], `${where}: axe`);
  await page.$$eval('#sg-fallback details', (ds) => ds.forEach((d) => { d.open = true; }));
  assert.deepEqual(await axe(page), [], `${where}, every locale open: axe`);
}

test('without JavaScript the fallback shows every island\'s numbers', async () => {
  await withBrowser({ javaScriptEnabled: false }, async (b) => {
    await b.page.goto(APP);
    assert.ok(await fallbackShown(b.page));
    await checkNumbers(b.page);
    assert.equal(await b.page.isVisible('#sg-root'), false, 'the start screen, which needs the app, is not shown');
    // (axe itself needs JavaScript in the page: the same fallback is checked after a failed load.)
    assert.deepEqual(b.requests.filter((u) => /\.wasm|\/pkg\/|\.js$/.test(u)), [], 'no script or WebAssembly is requested');
  });
});

test('when the .wasm request is blocked, the fallback shows', async () => {
  await withBrowser({}, async (b) => {
    await b.context.route('**/*.wasm', (r) => r.abort());
    await b.page.goto(APP);
    await b.page.waitForFunction(() => document.documentElement.classList.contains('sg-failed'));
    assert.ok(await fallbackShown(b.page));
    await checkNumbers(b.page);
    assert.equal(await b.page.isVisible('#sg-root'), false, 'the static start screen gives way to the fallback');
    await axeFallback(b.page, 'after a failed load');
  });
});

test('a panic replaces the app with the fallback and an apology', async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(APP);
    await b.page.waitForSelector('html.sg-ready #sg-heading');
    await b.page.evaluate(() => import('./pkg/signaal.js').then((m) => m.simulate_panic()).catch(() => {}));
    await b.page.waitForFunction(() => document.documentElement.classList.contains('sg-panicked'));
    assert.ok(await fallbackShown(b.page));
    assert.equal(await b.page.evaluate(() => getComputedStyle(document.querySelector('#sg-root')).display), 'none');
    assert.ok(await b.page.isVisible('#sg-fallback details[open] .sg-apology'));
    await checkNumbers(b.page);
    await axeFallback(b.page, 'after a panic');
  });
});
