// Always a way to help: the static fallback (generated from the content at build time) shows
// every island's numbers without JavaScript, when the .wasm cannot load, and after a panic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, APP, LOCALES } from '../lib.mjs';

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
  assert.deepEqual(langs, LOCALES, 'fallback in the five locales');
}

test('without JavaScript the fallback shows every island\'s numbers', async () => {
  const b = await launch({ javaScriptEnabled: false });
  try {
    await b.page.goto(APP);
    assert.ok(await fallbackShown(b.page));
    await checkNumbers(b.page);
  } finally {
    await b.close();
  }
});

test('when the .wasm request is blocked, the fallback shows', async () => {
  const b = await launch();
  try {
    await b.context.route('**/*.wasm', (r) => r.abort());
    await b.page.goto(APP);
    await b.page.waitForFunction(() => document.documentElement.classList.contains('sg-failed'));
    assert.ok(await fallbackShown(b.page));
    await checkNumbers(b.page);
  } finally {
    await b.close();
  }
});

test('a panic replaces the app with the fallback and an apology', async () => {
  const b = await launch();
  try {
    await b.page.goto(APP);
    await b.page.waitForSelector('#sg-heading');
    await b.page.evaluate(() => import('./pkg/signaal.js').then((m) => m.simulate_panic()).catch(() => {}));
    await b.page.waitForFunction(() => document.documentElement.classList.contains('sg-panicked'));
    assert.ok(await fallbackShown(b.page));
    assert.equal(await b.page.evaluate(() => getComputedStyle(document.querySelector('#sg-root')).display), 'none');
    assert.ok(await b.page.isVisible('#sg-fallback details[open] .sg-apology'));
    await checkNumbers(b.page);
  } finally {
    await b.close();
  }
});
