// Locale packs (issue #17): the .wasm has no locale texts; each language's texts are one file
// from the tool's own origin (locales/<tag>.<hash>.txt). boot.js preloads the one the app will
// show, a language switch fetches the new one (keeping the answers), and a pack that cannot be
// loaded keeps the current language with a visible notice, or the numbers when none loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, open, setLocale, begin, advance, APP, ORIGIN, LOCALES } from '../lib.mjs';

const packsOf = (requests) => requests.filter((u) => u.startsWith(ORIGIN + '/locales/')).map((u) => /\/locales\/([^.]+)\./.exec(u)[1]);

test('first load in each locale (?lang=) fetches exactly that locale\'s pack, once, and nothing else of the others', async () => {
  for (const tag of LOCALES) {
    await withBrowser({}, async (b) => {
      await open(b.page, `?lang=${tag}`);
      assert.equal(await b.page.getAttribute('html', 'lang'), tag, `${tag}: page language`);
      assert.deepEqual(packsOf(b.requests), [tag], `${tag}: one pack, its own`);
      assert.deepEqual(b.errors, [], `${tag}: no console errors`);
    });
  }
});

test('the browser\'s language and the island\'s default pick the preloaded pack', async () => {
  const cases = [
    { locale: 'es-VE', query: '', want: 'es' },
    { locale: 'nl-NL', query: '?island=aruba', want: 'nl' },
    { locale: 'de-DE', query: '?island=aruba', want: 'pap-AW' },
    { locale: 'fr-FR', query: '?island=curacao', want: 'pap-CW' },
    { locale: 'de-DE', query: '', want: 'en' },
  ];
  for (const { locale, query, want } of cases) {
    await withBrowser({ locale }, async (b) => {
      await open(b.page, query);
      assert.equal(await b.page.getAttribute('html', 'lang'), want, `${locale} ${query}: page language`);
      assert.deepEqual(packsOf(b.requests), [want], `${locale} ${query}: only the preloaded pack was fetched`);
    });
  }
});

test('switching language fetches the new pack and keeps the answers', async () => {
  await withBrowser({}, async (b) => {
    await open(b.page, '?lang=en');
    await begin(b.page, 'aruba', 'self');
    await advance(b.page); // safety note -> question 1
    const first = '#sg-answer-yes';
    await b.page.check(first);
    const heading = await b.page.textContent('#sg-heading');
    await setLocale(b.page, 'nl');
    assert.deepEqual(packsOf(b.requests), ['en', 'nl'], 'the Dutch pack was fetched on the switch');
    assert.ok(await b.page.isChecked(first), 'the answer is kept');
    assert.notEqual(await b.page.textContent('#sg-heading'), heading, 'the question is shown in Dutch');
    await setLocale(b.page, 'en');
    assert.deepEqual(packsOf(b.requests), ['en', 'nl'], 'switching back needs no request');
    assert.deepEqual(b.errors, []);
  });
});

test('a pack that cannot be loaded keeps the current language and says so, in that language', async () => {
  await withBrowser({}, async (b) => {
    await b.page.route('**/locales/es.*', (r) => r.abort());
    await open(b.page, '?lang=en');
    await begin(b.page, 'aruba', 'self');
    await advance(b.page); // safety note -> question 1
    const heading = await b.page.textContent('#sg-heading');
    await b.page.selectOption('#sg-lang', 'es');
    const notice = await b.page.waitForSelector('#sg-language-failed', { timeout: 5000 });
    assert.equal((await notice.textContent()).trim(), 'The language you chose could not be loaded. Check your internet connection and try again.');
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.ok(await notice.isVisible(), 'the notice is visible');
    assert.equal(await b.page.getAttribute('html', 'lang'), 'en', 'still English');
    assert.equal(await b.page.textContent('#sg-heading'), heading, 'the same question, unchanged');
    assert.equal(await b.page.$eval('#sg-lang', (s) => s.value), 'en', 'the switch shows the language on screen');
    // Once the file can be loaded again, the switch works and the notice goes.
    await b.page.unroute('**/locales/es.*');
    await setLocale(b.page, 'es');
    assert.equal(await b.page.$('#sg-language-failed'), null, 'the notice is gone');
  });
});

test('a preloaded pack that fails gives English with the notice; no pack at all gives the numbers, never a blank page', async () => {
  await withBrowser({ locale: 'es-ES' }, async (b) => {
    await b.page.route('**/locales/es.*', (r) => r.abort());
    await open(b.page);
    assert.equal(await b.page.getAttribute('html', 'lang'), 'en', 'English, the default, before any other');
    assert.ok(await b.page.isVisible('#sg-language-failed'), 'the page says the language asked for did not load');
  });
  await withBrowser({}, async (b) => {
    await b.page.route('**/locales/en.*', (r) => r.abort());
    await open(b.page, '?lang=en');
    const lang = await b.page.getAttribute('html', 'lang');
    assert.ok(LOCALES.includes(lang) && lang !== 'en', `the app runs in another language (${lang})`);
  });
  await withBrowser({}, async (b) => {
    await b.page.route('**/locales/**', (r) => r.abort());
    await b.page.goto(APP + '?lang=nl');
    await b.page.waitForFunction(() => document.documentElement.classList.contains('sg-failed'), null, { timeout: 15000 });
    assert.ok(await b.page.isVisible('#sg-fallback'), 'the fallback with every island\'s numbers shows');
    assert.ok(await b.page.isVisible('#sg-fallback a[href^="tel:"]'), 'with numbers to call');
  });
});

test('a pack that arrives late never overrides a language picked after it', async () => {
  await withBrowser({}, async (b) => {
    await b.context.route('**/locales/pap-AW.*', async (r) => {
      await new Promise((ok) => setTimeout(ok, 3000));
      await r.continue();
    });
    await open(b.page, '?lang=en');
    await b.page.selectOption('#sg-lang', 'pap-AW');
    await b.page.waitForTimeout(300);
    await setLocale(b.page, 'es');
    await b.page.waitForTimeout(4500); // the late pack has arrived by now
    assert.ok(b.requests.some((u) => /\/locales\/pap-AW\./.test(u)), 'the pap-AW pack was asked for');
    assert.equal(await b.page.getAttribute('html', 'lang'), 'es', 'still the language picked last');
    assert.equal(await b.page.$eval('#sg-lang', (s) => s.value), 'es');
    assert.equal(await b.page.$('#sg-language-failed'), null, 'no notice');
  });
});

test('a pack that never arrives: the switch gives up with the notice and the page keeps its language', async () => {
  await withBrowser({}, async (b) => {
    await b.context.route('**/locales/nl.*', () => {}); // never answered
    await open(b.page, '?lang=en');
    await b.page.selectOption('#sg-lang', 'nl');
    await b.page.waitForSelector('#sg-language-failed', { timeout: 20000 });
    assert.equal(await b.page.getAttribute('html', 'lang'), 'en');
    assert.equal(await b.page.$eval('#sg-lang', (s) => s.value), 'en', 'the switch shows the language on screen');
  });
});
