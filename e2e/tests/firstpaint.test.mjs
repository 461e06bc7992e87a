// Never blank (issue 15): the start screen, the quick exit and the emergency line are plain HTML
// in the page, visible on a slow phone (slow 3G, 4x slower CPU) long before the WebAssembly has
// arrived; the app then takes over without moving anything; the quick exit works before it;
// and when the module stalls, the full fallback follows after a few seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { APP, withBrowser } from '../lib.mjs';

const SHOTS = process.env.SIGNAAL_SHOTS || join(process.cwd(), 'target', 'e2e-shots');
mkdirSync(SHOTS, { recursive: true });

// Slow 3G as WebPageTest and Lighthouse define it: 400 ms round trip, 400 kbit/s each way.
async function slowPhone(b) {
  const cdp = await b.context.newCDPSession(b.page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50000, uploadThroughput: 50000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

/** Whether the element is painted inside the viewport (not hidden, not zero-sized, not covered). */
async function visible(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom < 0 || r.top > innerHeight) return false;
    const s = getComputedStyle(el);
    if (s.visibility !== 'visible' || Number(s.opacity) === 0) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, Math.min(r.top + r.height / 2, innerHeight - 1));
    return !!hit && (el === hit || el.contains(hit));
  }, selector);
}

async function fcp(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const e = performance.getEntriesByName('first-contentful-paint')[0];
    if (e) return resolve(e.startTime);
    new PerformanceObserver((l) => resolve(l.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
  }));
}

test('slow 3G and 4x CPU: exit and 911 visible at 1.5 s and 3 s, then the app without a jump', async () => {
  // The first paint is the start screen in the default language, English (the language of a
  // browser whose language the tool does not have); a browser in English sees no change at all.
  await withBrowser({ locale: 'en-GB', viewport: { width: 360, height: 740 } }, async (b) => {
    await slowPhone(b);
    const start = Date.now();
    await b.page.goto(APP, { waitUntil: 'commit' });
    for (const at of [1500, 3000]) {
      await new Promise((r) => setTimeout(r, Math.max(0, start + at - Date.now())));
      const ready = await b.page.evaluate(() => document.documentElement.classList.contains('sg-ready'));
      await b.page.screenshot({ path: join(SHOTS, `firstpaint-${at}ms.png`) });
      assert.ok(await visible(b.page, '#sg-exit'), `${at} ms: the quick-exit button is visible (app mounted: ${ready})`);
      assert.ok(await visible(b.page, '.sg-danger a[href="tel:911"]'), `${at} ms: the 911 line is visible`);
      assert.match(await b.page.textContent('.sg-danger'), /911/);
      if (at === 1500) assert.ok(!ready, 'at 1.5 s the app has not mounted yet: the static page is what is seen');
    }
    const boxes = () => b.page.evaluate(() => ['#sg-exit', '.sg-danger', '#sg-heading', '#sg-island-0', '#sg-continue']
      .map((s) => { const r = document.querySelector(s).getBoundingClientRect(); return [s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]; }));
    const before = await boxes();
    const staticHtml = await b.page.evaluate(() => document.querySelector('#sg-root').innerHTML.length);
    await b.page.waitForFunction(() => document.documentElement.classList.contains('sg-ready'), null, { timeout: 30000 });
    await b.page.waitForSelector('.sg-app #sg-heading');
    const after = await boxes();
    assert.deepEqual(after, before, 'the app replaced the static start screen without moving anything');
    assert.ok(staticHtml > 1000, 'the static start screen was there');
    const paint = await fcp(b.page);
    console.log(`first contentful paint (slow 3G, 4x CPU): ${Math.round(paint)} ms; app mounted after ${Date.now() - start} ms`);
    await b.page.screenshot({ path: join(SHOTS, 'firstpaint-mounted.png') });
    assert.deepEqual(b.errors, [], 'console errors');
  });
});

test('before the app has started, the exit button and Shift three times leave', async () => {
  for (const how of ['button', 'shift']) {
    await withBrowser({}, async (b) => {
      await b.context.route('**/*.wasm', () => {}); // never answered: the app cannot start
      await b.context.route('https://www.google.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Neutral</title>' }));
      await b.page.goto(APP);
      await b.page.waitForSelector('#sg-exit');
      assert.ok(!(await b.page.evaluate(() => document.documentElement.classList.contains('sg-ready'))));
      const entries = await b.page.evaluate(() => history.length);
      if (how === 'button') {
        await b.page.click('#sg-exit');
      } else {
        for (let i = 0; i < 3; i++) await b.page.keyboard.press('Shift');
      }
      await b.page.waitForURL('https://www.google.com/', { timeout: 5000 });
      assert.equal(await b.page.title(), 'Neutral', how);
      // replace(), not a new entry: Back does not return to the tool.
      assert.equal(await b.page.evaluate(() => history.length), entries, `${how}: no history entry left behind`);
    });
  }
});

test('when the module stalls, the full fallback shows after a few seconds', async () => {
  await withBrowser({}, async (b) => {
    await b.context.route('**/*.wasm', () => {}); // never answered
    await b.page.goto(APP);
    assert.ok(await visible(b.page, '#sg-exit'), 'static exit at once');
    assert.equal(await b.page.isVisible('#sg-fallback'), false, 'fallback not yet');
    await b.page.waitForFunction(() => document.documentElement.classList.contains('sg-slow'), null, { timeout: 10000 });
    assert.ok(await b.page.isVisible('#sg-fallback'), 'fallback shown');
    assert.ok(await b.page.isVisible('#sg-fallback a[href="tel:911"]'), 'numbers in it');
    assert.ok(await visible(b.page, '#sg-exit'), 'exit still visible');
    // The static form does nothing before the app: no answer ends up in the address.
    await b.page.check('#sg-island-0');
    await b.page.click('#sg-continue');
    assert.equal(new URL(b.page.url()).search, '', 'no query string after Continue');
  });
});

test('a choice made on the static start screen is kept when the app mounts', async () => {
  await withBrowser({ locale: 'nl-NL' }, async (b) => {
    let release;
    const held = new Promise((r) => { release = r; });
    await b.context.route('**/*.wasm', async (r) => { await held; await r.continue(); });
    await b.page.goto(APP);
    await b.page.check('#sg-island-2');
    await b.page.check('#sg-path-other');
    await b.page.selectOption('#sg-lang', 'es');
    await b.page.focus('#sg-lang');
    release();
    await b.page.waitForFunction(() => document.documentElement.classList.contains('sg-ready'));
    await b.page.waitForFunction(() => document.documentElement.lang === 'es');
    assert.ok(await b.page.isChecked('#sg-island-2'), 'island kept');
    assert.ok(await b.page.isChecked('#sg-path-other'), 'path kept');
    assert.equal(await b.page.evaluate(() => document.activeElement.id), 'sg-lang', 'focus kept');
    assert.deepEqual(b.errors, []);
  });
});
