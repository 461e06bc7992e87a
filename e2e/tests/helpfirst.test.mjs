// Help first (issue 14), at 360×740: every step starts at the top with focus on its heading and
// the emergency line in view; on the result the first call button is within the first screen,
// per path, island and locale (positions in px are printed); the other path speaks about "the
// person" and warns not to confront; "Get help now" reaches the island's contacts without a
// question; the bar never covers the switches' labels from 320 to 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { open, setLocale, begin, advance, LOCALES, ISLANDS, withBrowser } from '../lib.mjs';
import { SETS, SET_NAMES, ORDER } from './expected.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VIEW = { width: 360, height: 740 };

/** The one-line "key = \"text\"" entries of a locale's ui.toml, by section. */
function uiTexts(locale) {
  const out = {};
  let section = '';
  for (const line of readFileSync(`${ROOT}i18n/${locale}/ui.toml`, 'utf8').split('\n')) {
    const s = /^\[([^\]]+)\]$/.exec(line.trim());
    if (s) { section = s[1]; continue; }
    const m = /^([A-Za-z0-9_-]+)\s*=\s*("(?:[^"\\]|\\.)*")\s*$/.exec(line.trim());
    if (m) out[`${section}.${m[1]}`] = JSON.parse(m[2]);
  }
  return out;
}
const TEXTS = Object.fromEntries(LOCALES.map((l) => [l, uiTexts(l)]));
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Where the step is: scroll offset, focused element, emergency line and heading rectangles. */
async function where(page) {
  return page.evaluate(() => {
    const r = (el) => { if (!el) return null; const b = el.getBoundingClientRect(); return { top: Math.round(b.top), bottom: Math.round(b.bottom), left: Math.round(b.left), right: Math.round(b.right) }; };
    return {
      scrollY: Math.round(window.scrollY),
      focus: document.activeElement?.id || document.activeElement?.tagName,
      danger: r(document.querySelector('.sg-exit-bar .sg-danger a')),
      dangerHref: document.querySelector('.sg-exit-bar .sg-danger a')?.getAttribute('href'),
      bar: r(document.querySelector('.sg-exit-bar')),
      heading: r(document.querySelector('#sg-heading')),
      vh: window.innerHeight,
      vw: window.innerWidth,
    };
  });
}

function inView(rect, vh, what) {
  assert.ok(rect, `${what}: present`);
  assert.ok(rect.top >= 0 && rect.bottom <= vh, `${what}: in view (${rect.top}–${rect.bottom} of ${vh})`);
}

/** Checks the step just opened: at the top, heading focused, emergency line in view. */
async function checkStep(page, what, number) {
  const w = await where(page);
  assert.equal(w.scrollY, 0, `${what}: starts at the top`);
  assert.equal(w.focus, 'sg-heading', `${what}: focus on the heading`);
  inView(w.danger, w.vh, `${what}: emergency line`);
  assert.equal(w.dangerHref, `tel:${number}`, `${what}: emergency number`);
  assert.ok(w.heading.top >= w.bar.bottom, `${what}: the bar does not cover the heading`);
}

/** Clicks, waits for the next step, and checks it. Scrolls down first, as a reader would. */
async function step(page, selector, what, number) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await advance(page, selector);
  await checkStep(page, what, number);
}

async function walkSelfChecked(page, set, label, number) {
  await step(page, '#sg-continue', `${label} question 1`, number);
  // The self-check branches: answer whichever question is on screen until the summary.
  for (let i = 1; ; i++) {
    const form = await page.$('form[data-indicator]');
    if (!form) break;
    const id = await form.getAttribute('data-indicator');
    await page.check(set.yes.includes(id) ? '#sg-answer-yes' : '#sg-answer-no');
    await step(page, '#sg-continue', `${label} after question ${i} (${id})`, number);
  }
  await step(page, '#sg-continue', `${label} result`, number);
}

async function walkOtherChecked(page, set, label, number) {
  let n = 0;
  while (await page.$('#sg-none')) {
    let ticked = 0;
    for (const id of set.yes) {
      const box = await page.$(`#sg-ind-${id}`);
      if (box) { await box.check(); ticked++; }
    }
    if (!ticked) await page.check('#sg-none');
    await step(page, '#sg-continue', `${label} after part ${++n}`, number);
  }
  await step(page, '#sg-continue', `${label} result`, number);
}

/** Positions on the result, at the top of the page. */
async function resultPositions(page) {
  return page.evaluate(() => {
    const top = (sel) => { const el = document.querySelector(sel); return el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null; };
    const bottom = (sel) => { const el = document.querySelector(sel); return el ? Math.round(el.getBoundingClientRect().bottom + window.scrollY) : null; };
    return {
      firstBig: bottom('.sg-best .sg-big-button'),
      firstBigTop: top('.sg-best .sg-big-button'),
      firstCall: bottom('.sg-danger-now a[href^="tel:"], .sg-best a[href^="tel:"], .sg-best a[href^="https://wa.me/"]'),
      best: [...document.querySelectorAll('.sg-best > li')].map((li) => li.dataset.point),
      lead: document.querySelector('#sg-lead')?.textContent.trim(),
      danger: document.querySelector('.sg-danger-now')?.textContent.trim() || '',
      warning: document.querySelector('.sg-result #sg-confront-warning')?.textContent.trim() || '',
      noSignals: document.querySelector('#sg-explain > p')?.textContent.trim() || '',
      order: [...document.querySelectorAll('.sg-contacts > li')].map((li) => li.dataset.point),
      // Document order: next step, lead, contacts, then why and signals.
      sequence: ['.sg-next', '#sg-lead', '.sg-contacts', '#sg-explain'].map((s) => top(s)),
    };
  });
}

const positions = [];

for (const [li, locale] of LOCALES.entries()) {
  test(`help first at 360×740 in ${locale}: every island, both paths`, async () => {
    const ui = TEXTS[locale];
    await withBrowser({ viewport: VIEW }, async (b) => {
      for (const [ii, island] of ISLANDS.entries()) {
        const number = island === 'elsewhere' ? '112' : '911';
        for (const path of ['self', 'other']) {
          const setName = SET_NAMES[(ii + li + (path === 'other' ? 1 : 0)) % SET_NAMES.length];
          const set = SETS[setName];
          const label = `${locale}/${island}/${path}/${setName}`;
          await open(b.page);
          await setLocale(b.page, locale);
          await begin(b.page, island, path);
          await checkStep(b.page, `${label} first step`, number);
          if (path === 'self') await walkSelfChecked(b.page, set, label, number);
          else await walkOtherChecked(b.page, set, label, number);

          const p = await resultPositions(b.page);
          positions.push({ locale, island, path, set: setName, firstCall: p.firstCall, firstBig: p.firstBig });
          assert.deepEqual(p.order, ORDER[island][setName], `${label}: order`);
          assert.ok(p.best.length >= 1 && p.best.length <= 2, `${label}: one or two contacts first`);
          assert.deepEqual(p.best, p.order.filter((id) => !id.endsWith('_emergency') && p.best.includes(id)).slice(0, p.best.length), `${label}: best contacts in routing order`);
          assert.ok(p.firstCall <= VIEW.height, `${label}: first call button ends at ${p.firstCall} px (screen ${VIEW.height})`);
          if (!set.danger) assert.ok(p.firstBig <= VIEW.height, `${label}: first contact button ends at ${p.firstBig} px`);
          const seq = p.sequence;
          assert.ok(seq.every((y, i) => i === 0 || y > seq[i - 1]), `${label}: next step, level, contacts, why (${seq})`);

          // Words for the reader.
          const level = setName === 'danger' ? 'exploitation' : set.level;
          if (path === 'other') {
            assert.equal(p.lead, ui[`ui.level_lead_other_${level}`], `${label}: lead about the person`);
            assert.ok(p.warning.includes(ui['ui.confront_1']), `${label}: "do not confront" warning`);
            if (set.danger) {
              assert.ok(p.danger.includes(ui['ui.result_danger_title_other']), `${label}: danger box about the person`);
              assert.ok(!p.danger.includes(ui['ui.result_danger_title']), `${label}: danger box not to "you"`);
            }
            if (setName === 'none') assert.equal(p.noSignals, ui['ui.result_no_signals_other'], `${label}: no-signs text`);
          } else {
            assert.equal(p.lead, ui[`level_lead.${level}`], `${label}: lead to "you"`);
            assert.equal(p.warning, '', `${label}: no confront warning on the self path`);
            if (set.danger) assert.ok(p.danger.includes(ui['ui.result_danger_title']), `${label}: danger box`);
          }
          // The emergency line stays in view at the bottom of the result too (sticky).
          await b.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          const w = await where(b.page);
          inView(w.danger, w.vh, `${label}: emergency line at the bottom of the result`);
        }
      }
      assert.deepEqual(b.errors, [], 'console errors');
    });
  });
}

test('positions table (px from the top of the result at 360×740)', () => {
  for (const p of positions) console.log(`# ${p.locale.padEnd(6)} ${p.island.padEnd(14)} ${p.path.padEnd(5)} ${p.set.padEnd(12)} first call ${p.firstCall} px, first contact button ${p.firstBig} px`);
  assert.equal(positions.length, LOCALES.length * ISLANDS.length * 2);
});

test('the other path never says "you" where the self path does: texts differ in every locale', () => {
  for (const l of LOCALES) {
    const ui = TEXTS[l];
    for (const level of ['none', 'some', 'exploitation', 'trafficking']) {
      assert.ok(ui[`ui.level_lead_other_${level}`], `${l}: level_lead_other_${level}`);
      assert.notEqual(ui[`ui.level_lead_other_${level}`], ui[`level_lead.${level}`], `${l}: ${level}`);
    }
    for (const k of ['result_danger_title', 'result_danger_text', 'result_no_signals', 'result_none_talk']) {
      assert.notEqual(ui[`ui.${k}_other`], ui[`ui.${k}`], `${l}: ${k}`);
    }
    // No promise the sources do not make: no silent-call advice.
    assert.doesNotMatch(squash(ui['ui.result_danger_text']), /line|lijn|telef[oò]n|no cuelgues/i, `${l}: silent-call advice`);
  }
});

test('"Get help now" on the start screen reaches the island\'s contacts without a question', async () => {
  await withBrowser({ viewport: VIEW }, async (b) => {
    for (const [li, locale] of LOCALES.entries()) {
      const island = ISLANDS[li % ISLANDS.length];
      await open(b.page);
      await setLocale(b.page, locale);
      // Without an island: the island is asked on the same screen.
      await advance(b.page, '#sg-help-now');
      await checkStep(b.page, `${locale}: help without island`, '911');
      await b.page.click(`#sg-help-island-${ISLANDS.indexOf(island)}`);
      await b.page.waitForSelector('.sg-contacts > li');
      const heading = await b.page.textContent('#sg-heading');
      assert.doesNotMatch(heading, /[{}]/, `${locale}/${island}: heading filled in: ${heading}`);
      const ids = await b.page.$$eval('.sg-contacts > li', (lis) => lis.map((li) => li.dataset.point));
      assert.deepEqual(ids, ORDER[island].none, `${locale}/${island}: every point, ordered as for no signs`);
      const first = await b.page.$eval('.sg-best .sg-big-button', (a) => Math.round(a.getBoundingClientRect().bottom));
      assert.ok(first <= VIEW.height, `${locale}/${island}: first contact button at ${first} px`);
      // With the island chosen first: straight to its contacts.
      await open(b.page);
      await b.page.check('#sg-island-2');
      await advance(b.page, '#sg-help-now');
      assert.deepEqual(await b.page.$$eval('.sg-contacts > li', (lis) => lis.map((li) => li.dataset.point)), ORDER.curacao.none);
    }
    assert.deepEqual(b.errors, [], 'console errors');
  });
});

test('the emergency line is in view and covers no label from 320 to 1280 px', async () => {
  for (const width of [320, 360, 768, 1024, 1280]) {
    await withBrowser({ viewport: { width, height: 740 } }, async (b) => {
      await open(b.page, '?lang=en');
      await begin(b.page, 'aruba', 'self');
      const w = await where(b.page);
      inView(w.danger, w.vh, `${width}px: emergency line`);
      assert.ok(w.danger.right <= width && w.danger.left >= 0, `${width}px: emergency line inside the width`);
      const labels = await b.page.$$eval('.sg-switch label', (ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top)));
      for (const t of labels) assert.ok(t >= w.bar.bottom, `${width}px: label at ${t} under the bar (ends ${w.bar.bottom})`);
      const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${width}px: no sideways scrolling (${overflow})`);
      // Scrolled down, the bar (with 911) is still at the top.
      await b.page.evaluate(() => window.scrollTo(0, 400));
      inView((await where(b.page)).danger, 740, `${width}px: emergency line after scrolling`);
    });
  }
});

test('About, privacy and accessibility pages from the footer in every locale, placeholders from data/site.toml', async () => {
  const site = Object.fromEntries(readFileSync(`${ROOT}data/site.toml`, 'utf8').split('\n')
    .map((l) => /^([a-z_]+)\s*=\s*("(?:[^"\\]|\\.)*")/.exec(l)).filter(Boolean).map((m) => [m[1], JSON.parse(m[2])]));
  await withBrowser({ viewport: VIEW }, async (b) => {
    for (const locale of LOCALES) {
      const ui = TEXTS[locale];
      for (const [id, title] of [['#sg-about', 'ui.about_title'], ['#sg-privacy', 'ui.privacy_title'], ['#sg-accessibility', 'ui.accessibility_title']]) {
        await open(b.page);
        await setLocale(b.page, locale);
        await b.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await advance(b.page, id);
        assert.equal(squash(await b.page.textContent('#sg-heading')), ui[title], `${locale} ${id}: heading`);
        await checkStep(b.page, `${locale} ${id}`, '911');
        // Each empty setting shows as a visible placeholder naming the setting; a filled one as itself.
        const shown = await b.page.$$eval('.sg-placeholder', (els) => els.map((e) => e.dataset.setting));
        for (const key of shown) assert.equal(site[key], '', `${key} is empty in data/site.toml`);
        if (id === '#sg-about') {
          assert.ok(shown.includes('maintainer') === (site.maintainer === ''), 'maintainer placeholder');
          assert.match(await b.page.textContent('#sg-about-checked'), /\d{4}-\d{2}-\d{2}/, 'dates the contacts were checked');
        }
      }
    }
    assert.deepEqual(b.errors, [], 'console errors');
  });
});

test('error summaries take focus; a "yes" to a danger question shows the emergency number at once', async () => {
  await withBrowser({ viewport: VIEW }, async (b) => {
    await open(b.page, '?lang=en');
    await b.page.click('#sg-continue');
    await b.page.waitForFunction(() => document.activeElement?.id === 'sg-error-summary');
    await begin(b.page, 'curacao', 'self');
    await advance(b.page); // safety -> question 1
    await b.page.click('#sg-continue'); // no answer
    await b.page.waitForFunction(() => document.activeElement?.id === 'sg-error-summary');
    // Walk to the first danger-now question (locked in) and answer yes.
    // (The self-check branches: "yes" to working for someone and to being watched opens it.)
    for (let i = 0; i < 40; i++) {
      const id = await b.page.getAttribute('form[data-indicator]', 'data-indicator');
      if (id === 'locked_in') break;
      await b.page.check(['works_for_someone', 'movement_controlled'].includes(id) ? '#sg-answer-yes' : '#sg-answer-no');
      await advance(b.page);
    }
    assert.equal(await b.page.getAttribute('form[data-indicator]', 'data-indicator'), 'locked_in');
    assert.equal(await b.page.$('#sg-danger-inline'), null, 'no alert before the answer');
    await b.page.check('#sg-answer-yes');
    await b.page.waitForSelector('#sg-danger-inline');
    assert.equal(await b.page.getAttribute('#sg-danger-inline a', 'href'), 'tel:911');
    const r = await b.page.$eval('#sg-danger-inline a', (a) => a.getBoundingClientRect().bottom);
    assert.ok(r <= VIEW.height, `call button in view (${r})`);
    // Yes / No / Not sure stack on a phone.
    const lefts = await b.page.$$eval('.sg-radios-inline .sg-radio', (els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    assert.equal(new Set(lefts).size, 1, `stacked (${lefts})`);
  });
});
