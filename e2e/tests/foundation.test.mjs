// The first screen proves the pipeline: five languages in their own names, switching language
// changes text and <html lang>, 911 visible, axe clean, nothing stored, nothing sent elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, setLocale, storage, axe, cspViolations, LOCALES, LOCALE_NAMES, withBrowser } from '../lib.mjs';

test('first screen: languages, 911, no console error, axe, no storage, no other origin', async () => {
  await withBrowser({}, async (b) => {
    await open(b.page, '?lang=en');
    const options = await b.page.$$eval('#sg-lang option', (os) => os.map((o) => [o.value, o.textContent.trim(), o.lang]));
    assert.deepEqual(options.map((o) => o[0]), LOCALES);
    assert.deepEqual(options.map((o) => o[1]), LOCALE_NAMES, 'each language in its own name');
    assert.deepEqual(options.map((o) => o[2]), LOCALES, 'each option marked with its language');
    assert.match(await b.page.textContent('.sg-danger'), /911/);
    assert.equal(await b.page.getAttribute('.sg-danger a', 'href'), 'tel:911');

    const seen = new Set();
    for (const l of LOCALES) {
      await setLocale(b.page, l);
      const h = (await b.page.textContent('#sg-heading')).trim();
      assert.ok(!seen.has(h), `${l}: heading text must change (${h})`);
      seen.add(h);
      assert.equal(await b.page.getAttribute('html', 'lang'), l);
      assert.deepEqual(await axe(b.page), [], `${l}: axe`);
    }
    assert.deepEqual(b.errors, [], 'console errors');
    assert.deepEqual(await cspViolations(b.page), [], 'CSP violations');
    assert.deepEqual(await storage(b.page, b.context), { cookie: '', local: 0, session: 0, idb: [], caches: {}, cookies: 0 });
    assert.deepEqual(b.offOrigin(), []);
  });
});

test('an unknown language falls back with a console warning, never a blank page', async () => {
  await withBrowser({ locale: 'fr-FR' }, async (b) => {
    await open(b.page, '?lang=xx-klingon&island=atlantis&exit-url=javascript:alert(1)');
    assert.ok((await b.page.textContent('#sg-heading')).length > 5);
    assert.equal(await b.page.getAttribute('html', 'lang'), 'en', 'French browser, no island: English');
    assert.ok(b.warnings.some((w) => /unknown language/.test(w)), b.warnings.join('\n'));
    assert.ok(b.warnings.some((w) => /unknown island/.test(w)));
    assert.ok(b.warnings.some((w) => /exit-url/.test(w)));
    assert.equal(await b.page.getAttribute('#sg-exit', 'href'), 'https://www.google.com/');
  });
});

test('locale follows the browser language, then the island', async () => {
  // An unsupported language gets English (Spanish variants Spanish), unless the island suggests Papiamento.
  for (const [browser, query, want] of [['es-VE', '', 'es'], ['fr-FR', '?island=aruba', 'pap-AW'], ['fr-FR', '?island=bonaire', 'pap-CW'], ['fr-FR', '?island=saba', 'en'],
    ['zh-CN', '', 'en'], ['fr-FR', '?island=elsewhere', 'en'], ['es-DO', '?island=curacao', 'es'], ['nl-BE', '?island=aruba', 'nl']]) {
    await withBrowser({ locale: browser }, async (b) => {
      await open(b.page, query);
      assert.equal(await b.page.getAttribute('html', 'lang'), want, `${browser} ${query}`);
    });
  }
});
