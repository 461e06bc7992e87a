// Every path in every locale for every island: answer sets that reach every result level, the
// island's reporting points in the right order with the right numbers, working links, and the
// privacy promises after each complete journey.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, setLocale, begin, advance, walkSelf, storage, axe, APP, LOCALES, ISLANDS, withBrowser } from '../lib.mjs';
import { ORDER, FIRST_NUMBER, WHATSAPP, MESSENGER, EMAIL, SETS, SET_NAMES } from './expected.mjs';

const ISLAND_NAMES = /aruba|bonaire|cura[cç]ao|k[oò]rsou|corsou|boneir|saba|eustatius|statia|maarten|elsewhere/i;

async function walkOther(page, set, { checkAxe = false, axeOut = [] } = {}) {
  let themes = 0;
  while (await page.$('#sg-none')) {
    if (checkAxe && themes === 0) axeOut.push(...(await axe(page)).map((v) => `checklist: ${v}`));
    let ticked = 0;
    for (const id of set.yes) {
      const box = await page.$(`#sg-ind-${id}`);
      if (box) { await box.check(); ticked++; }
    }
    if (!ticked) await page.check('#sg-none');
    await advance(page);
    themes++;
  }
  assert.ok(themes >= 5, `only ${themes} themes`);
  if (checkAxe) axeOut.push(...(await axe(page)).map((v) => `confront: ${v}`));
  await advance(page); // "do not confront" -> result
}

async function checkResult(page, island, setName) {
  const set = SETS[setName];
  assert.equal(await page.getAttribute('#sg-heading', 'data-level'), set.level, `${island}/${setName}: level`);
  assert.equal(!!(await page.$('.sg-danger-now')), set.danger, `${island}/${setName}: danger block`);
  const points = await page.$$eval('.sg-contacts > li', (lis) => lis.map((li) => ({
    id: li.dataset.point,
    tel: [...li.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href').slice(4)),
    wa: [...li.querySelectorAll('a[href^="https://wa.me/"]')].map((a) => a.getAttribute('href')),
    messenger: [...li.querySelectorAll('a[href^="https://m.me/"]')].map((a) => a.getAttribute('href')),
    mail: [...li.querySelectorAll('a[href^="mailto:"]')].map((a) => a.getAttribute('href')),
    localNotes: li.querySelectorAll('.sg-local-only').length,
    source: li.querySelector('.sg-source')?.textContent ?? '',
    links: [...li.querySelectorAll('a[href^="http"]')].map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') || '', source: a.classList.contains('sg-source-link') })),
  })));
  assert.deepEqual(points.map((p) => p.id), ORDER[island][setName], `${island}/${setName}: order of reporting points`);
  for (const p of points) {
    assert.equal(p.tel[0] ?? null, FIRST_NUMBER[p.id], `${p.id}: phone number`);
    assert.deepEqual(p.wa, WHATSAPP[p.id] ? [WHATSAPP[p.id]] : [], `${p.id}: WhatsApp link`);
    assert.deepEqual(p.messenger, MESSENGER[p.id] ? [MESSENGER[p.id]] : [], `${p.id}: Messenger link`);
    assert.deepEqual(p.mail, EMAIL[p.id] ? [EMAIL[p.id]] : [], `${p.id}: e-mail link`);
    // Every tel: link dials E.164, except short codes and service numbers, which carry the local-only note.
    for (const t of p.tel) assert.match(t, /^(\+\d{7,15}|\d{3,4}|0\d{6,7})$/, `${p.id}: ${t}`);
    assert.equal(p.localNotes, p.tel.filter((t) => !t.startsWith('+')).length, `${p.id}: local-only notes`);
    assert.match(p.source, /\d{4}-\d{2}-\d{2}/, `${p.id}: source line gives the check date`);
    for (const l of p.links) {
      // Source citations keep the exact URL the research cites (a few are http); every other link is https.
      if (!l.source) assert.match(l.href, /^https:\/\//, `${p.id}: link must be https`);
      assert.match(l.rel, /noreferrer/, `${p.id}: link must not send a referrer`);
    }
  }
  if (set.danger) {
    const tel = await page.getAttribute('.sg-danger-now a[href^="tel:"]', 'href');
    assert.equal(tel, island === 'elsewhere' ? 'tel:112' : 'tel:911');
  }
}

async function checkPrivacy(b, island) {
  const { page, context } = b;
  const s = await storage(page, context);
  assert.deepEqual(s, { cookie: '', local: 0, session: 0, idb: [], caches: {}, cookies: 0 }, 'nothing stored');
  assert.deepEqual(b.offOrigin(), [], 'no request left the origin');
  assert.equal(page.url(), APP, 'URL unchanged');
  const state = await page.evaluate(() => history.state);
  assert.equal(typeof state, 'number', 'history.state holds only a step number');
  const title = await page.title();
  assert.doesNotMatch(title, ISLAND_NAMES, `title names no island: ${title}`);
  assert.doesNotMatch(title, /yes|ja|sí|si\b|self|other|training|trafficking|mensenhandel/i, `title: ${title}`);
  void island;
}

for (const [li, locale] of LOCALES.entries()) {
  test(`journeys in ${locale}: every island, both paths, every level`, async () => {
    const axeOut = [];
    await withBrowser({}, async (b) => {
      for (const [ii, island] of ISLANDS.entries()) {
        for (const path of ['self', 'other']) {
          const setName = SET_NAMES[(ii + li + (path === 'other' ? 2 : 0)) % SET_NAMES.length];
          const checkAxe = ii === 0;
          await open(b.page);
          await setLocale(b.page, locale);
          if (checkAxe && path === 'self') axeOut.push(...(await axe(b.page)).map((v) => `start: ${v}`));
          await begin(b.page, island, path);
          if (path === 'self') {
            if (checkAxe) axeOut.push(...(await axe(b.page)).map((v) => `safety: ${v}`));
            assert.doesNotMatch(await b.page.title(), /Signaal/, 'neutral title during "about me"');
            assert.equal(await b.page.getAttribute('link[rel=icon]', 'href'), 'icons/neutral.svg', 'neutral icon');
            await walkSelf(b.page, SETS[setName], { checkAxe, axeOut });
          } else {
            await walkOther(b.page, SETS[setName], { checkAxe, axeOut });
          }
          assert.equal(await b.page.getAttribute('html', 'lang'), locale);
          await checkResult(b.page, island, setName);
          if (checkAxe) axeOut.push(...(await axe(b.page)).map((v) => `result ${path}: ${v}`));
          await checkPrivacy(b, island);
        }
      }
      assert.deepEqual(axeOut, [], 'axe-core violations');
      assert.deepEqual(b.errors, [], 'console errors');
    });
  });
}

test('every level is reached for every island across the locales (test design check)', () => {
  for (const [ii] of ISLANDS.entries()) {
    const seen = new Set(LOCALES.map((_, li) => SET_NAMES[(ii + li) % SET_NAMES.length]));
    assert.equal(seen.size, SET_NAMES.length);
  }
});
