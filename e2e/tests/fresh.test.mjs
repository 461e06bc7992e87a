// Fresh when online, complete when offline (issue 15): revalidation of every precompressed
// variant is answered with 304; a first visit downloads each file once (the service worker's
// copies are revalidations); a corrected number deployed between two visits is on screen at the
// very next visit, and offline after that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { begin, advance, APP, withBrowser } from '../lib.mjs';
import { serveCopy, deployNumber } from '../deploy.mjs';

test('revalidation is answered with 304 for brotli, gzip and plain files', async () => {
  for (const file of ['', 'index.html', 'style.css', 'pkg/signaal.js', 'pkg/signaal_bg.wasm']) {
    const etags = new Set();
    for (const enc of ['br', 'gzip', 'identity']) {
      const headers = { 'accept-encoding': enc };
      const r = await fetch(APP + file, { headers });
      await r.arrayBuffer();
      assert.equal(r.status, 200, `${file} ${enc}`);
      assert.equal(r.headers.get('content-encoding') ?? 'identity', enc, `${file}: served as ${enc}`);
      const etag = r.headers.get('etag');
      const lm = r.headers.get('last-modified');
      assert.ok(etag && lm, `${file} ${enc}: validators`);
      etags.add(etag);
      for (const v of [{ 'if-none-match': etag }, { 'if-modified-since': lm }]) {
        const again = await fetch(APP + file, { headers: { ...headers, ...v } });
        assert.equal(again.status, 304, `${file} ${enc} ${JSON.stringify(v)}`);
        assert.equal(again.headers.get('etag'), etag);
        assert.equal((await again.arrayBuffer()).byteLength, 0);
      }
      // A validator of another variant, or an older date, still gets the whole file.
      const other = await fetch(APP + file, { headers: { ...headers, 'if-none-match': '"0-0-other"' } });
      assert.equal(other.status, 200, `${file} ${enc}: other validator`);
      await other.arrayBuffer();
      const old = await fetch(APP + file, { headers: { ...headers, 'if-modified-since': 'Thu, 01 Jan 1998 00:00:00 GMT' } });
      assert.equal(old.status, 200, `${file} ${enc}: older date`);
      await old.arrayBuffer();
    }
    assert.equal(etags.size, 3, `${file}: one validator per variant`);
  }
});

/** Someone else, Aruba, nothing ticked: the result lists Aruba's police. Returns its tel: link. */
async function arubaPolice(page, base) {
  await page.goto(base);
  await page.waitForSelector('html.sg-ready #sg-heading');
  await begin(page, 'aruba', 'other');
  while (await page.$('#sg-none')) {
    await page.check('#sg-none');
    await advance(page);
  }
  await advance(page); // do not confront -> result
  return page.getAttribute('.sg-contacts > li[data-point="aruba_police"] a[href^="tel:"]', 'href');
}

async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/** Waits until the page's cache names are exactly `want`. */
async function cachesBecome(page, want, ms = 15000) {
  const end = Date.now() + ms;
  let names;
  while (Date.now() < end) {
    names = await cacheNames(page);
    if (JSON.stringify(names) === JSON.stringify(want)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.deepEqual(names, want, 'caches');
}

test('a number corrected between two visits is shown at the next visit, then offline', async () => {
  const srv = await serveCopy();
  await withBrowser({ serviceWorkers: 'allow', locale: 'en-GB' }, async (b) => {
    try {
      // First visit: the page, then the offline copy.
      assert.equal(await arubaPolice(b.page, srv.url), 'tel:+2975824000', 'the number as built');
      const version1 = /const VERSION = '([^']*)'/.exec(readFileSync(join(srv.dir, 'sw.js'), 'utf8'))[1];
      await b.page.evaluate(() => navigator.serviceWorker.ready.then(() => null));
      await cachesBecome(b.page, [`signaal-${version1}`]);
      const first = srv.requests();
      const full = new Map();
      for (const [path, status] of first) if (status === 200) full.set(path, (full.get(path) || 0) + 1);
      const twice = [...full].filter(([, n]) => n > 1);
      assert.deepEqual(twice, [], `downloaded more than once on the first visit:\n${first.map((r) => r.join(' ')).join('\n')}`);
      for (const f of ['/', '/pkg/signaal_bg.wasm', '/pkg/signaal.js', '/style.css', '/boot.js']) {
        assert.deepEqual(first.filter(([p]) => p === f).map(([, s]) => s), [200, 304], `${f}: downloaded once, then revalidated for the offline copy`);
      }
      assert.equal(full.get('/nojs.css'), 1, 'the no-JavaScript stylesheet only for the offline copy');

      // A corrected number is deployed.
      const { counts, version } = deployNumber(srv.dir, [['+2975824000', '+2975824999'], ['582 4000', '582 4999']]);
      assert.ok(counts['index.html'] >= 1 && counts['pkg/signaal_bg.wasm'] >= 1 && counts['sw.js'] === 1, JSON.stringify(counts));

      // Next visit, online: the new page and the new module.
      assert.equal(await arubaPolice(b.page, srv.url), 'tel:+2975824999', 'the corrected number at the next visit');
      assert.ok(await b.page.$('#sg-fallback a[href="tel:+2975824999"]'), 'the page itself is the new one');
      assert.equal(await b.page.$('#sg-fallback a[href="tel:+2975824000"]'), null, 'no old number in the page');

      // The new offline copy replaces the old one; offline, the corrected number is there.
      await cachesBecome(b.page, [`signaal-${version}`]);
      await b.context.setOffline(true);
      assert.equal(await arubaPolice(b.page, srv.url), 'tel:+2975824999', 'offline after the deploy');
      assert.ok(await b.page.evaluate(() => !navigator.onLine));
      assert.deepEqual(b.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), [], 'console errors');
    } finally {
      srv.stop();
    }
  });
});
