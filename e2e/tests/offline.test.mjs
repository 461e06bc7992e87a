// Offline use (issue #7): after one visit to the standalone page the service worker holds the
// tool's own files, in a cache named after the build, and a whole self-check runs with the
// network switched off, ending at the right reporting points. Nothing the user enters is cached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { open, setLocale, begin, walkSelf, storage, APP, ORIGIN, withBrowser } from '../lib.mjs';
import { ORDER, FIRST_NUMBER, SETS } from './expected.mjs';

/** The version and file list that scripts/build.sh wrote into the served sw.js. */
async function served() {
  const sw = await (await fetch(APP + 'sw.js')).text();
  const version = /const VERSION = '([^']*)';/.exec(sw)?.[1];
  const files = JSON.parse(/const FILES = (\[[^\]]*\]);/.exec(sw)?.[1] ?? 'null');
  return { version, files };
}

/** Recomputes the build's version from the served files: sha256 over (path, bytes), sorted paths. */
async function versionOf(files) {
  const paths = [...files.filter((f) => f !== './'), 'index.html'].sort();
  const h = createHash('sha256');
  for (const f of paths) {
    const r = await fetch(APP + f, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(r.status, 200, `${f} is served`);
    h.update(f);
    h.update(Buffer.from(await r.arrayBuffer()));
  }
  return h.digest('hex').slice(0, 12);
}

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => null));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForSelector('html.sg-ready #sg-heading');
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 5000 });
  return page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
}

test('the service worker caches only the tool\'s own files, in a cache named after the build', async () => {
  await withBrowser({ serviceWorkers: 'allow' }, async (b) => {
    await open(b.page);
    assert.equal(await controlled(b.page), APP + 'sw.js', 'the page is controlled by the tool\'s service worker');
    const { version, files } = await served();
    assert.match(version ?? '', /^[0-9a-f]{12}$/, 'sw.js carries a build version (placeholder replaced)');
    assert.equal(await versionOf(files), version, 'the version is the hash of the files it caches');

    const { caches, ...rest } = await storage(b.page, b.context);
    assert.deepEqual(rest, { cookie: '', local: 0, session: 0, idb: [], cookies: 0 }, 'no other storage');
    assert.deepEqual(Object.keys(caches), [`signaal-${version}`], 'one cache, named after the version');
    const urls = caches[`signaal-${version}`];
    for (const u of urls) {
      const url = new URL(u);
      assert.equal(url.origin, ORIGIN, `${u}: same origin`);
      assert.equal(url.search + url.hash, '', `${u}: no query or fragment`);
      assert.doesNotMatch(url.pathname, /\.(br|gz)$|\/sw\.js$|\/embed\.html$|\/\./, `${u}: not a tool file for the page`);
    }
    assert.deepEqual([...urls].sort(), files.map((f) => new URL(f, APP).href).sort(), 'exactly the build\'s file list');
    for (const need of ['', 'boot.js', 'style.css', 'pkg/signaal.js', 'pkg/signaal_bg.wasm', 'manifest.webmanifest', 'icons/neutral.svg']) {
      assert.ok(urls.includes(APP + need), `${need || 'the page'} is cached`);
    }
    assert.deepEqual(b.offOrigin(), [], 'no request left the origin');
  });
});

test('offline: a whole self-check in another locale reaches the right reporting points', async () => {
  const island = 'aruba';
  const setName = 'danger';
  const set = SETS[setName];
  await withBrowser({ serviceWorkers: 'allow' }, async (b) => {
    await open(b.page);
    await controlled(b.page);
    const before = (await storage(b.page, b.context)).caches;

    await b.context.setOffline(true);
    const nav = await b.page.reload();
    assert.ok(nav && nav.fromServiceWorker(), 'the page came from the service worker');
    await b.page.waitForSelector('html.sg-ready #sg-heading');
    assert.equal(await b.page.evaluate(() => navigator.onLine), false);

    await setLocale(b.page, 'pap-CW');
    await begin(b.page, island, 'self');
    await walkSelf(b.page, set);
    assert.equal(await b.page.getAttribute('#sg-heading', 'data-level'), set.level, 'result level');
    assert.ok(await b.page.$('.sg-danger-now'), 'danger block');
    assert.equal(await b.page.getAttribute('.sg-danger-now a[href^="tel:"]', 'href'), 'tel:911');
    const points = await b.page.$$eval('.sg-contacts > li', (lis) => lis.map((li) => ({
      id: li.dataset.point,
      tel: li.querySelector('a[href^="tel:"]')?.getAttribute('href').slice(4) ?? null,
    })));
    assert.deepEqual(points.map((p) => p.id), ORDER[island][setName], 'reporting points in order');
    for (const p of points) assert.equal(p.tel, FIRST_NUMBER[p.id], `${p.id}: phone number`);
    assert.equal(await b.page.getAttribute('html', 'lang'), 'pap-CW');

    // An embed option in the query string is still answered from the cache.
    await b.page.goto(APP + '?lang=es');
    await b.page.waitForSelector('html.sg-ready #sg-heading');
    assert.equal(await b.page.getAttribute('html', 'lang'), 'es', 'page with a query string offline');

    assert.deepEqual(b.errors, [], 'no console errors offline');
    const after = await storage(b.page, b.context);
    assert.deepEqual(after.caches, before, 'the journey added nothing to the cache');
    assert.deepEqual([after.local, after.session, after.idb, after.cookie], [0, 0, [], ''], 'nothing else stored');

    // The network really was off: a file that is not cached cannot be fetched.
    const probe = await b.page.evaluate(() => fetch('sw.js?probe').then((r) => `status ${r.status}`, () => 'failed'));
    assert.equal(probe, 'failed', 'uncached request fails offline');
  });
});
