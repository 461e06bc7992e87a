// Shared helpers for the end-to-end tests: launch Debian's Chromium headless with a fresh
// profile, record every request and console error, and inspect every kind of browser storage.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { DANGER_IDS } from './tests/expected.mjs';

export const APP = process.env.APP_URL || 'http://127.0.0.1:8765/';
export const ORIGIN = new URL(APP).origin;
export const HOST = process.env.HOST_URL || 'http://127.0.0.1:8766/';
export const LOCALES = ['nl', 'pap-AW', 'pap-CW', 'en', 'es'];
export const LOCALE_NAMES = ['Nederlands', 'Papiamento (Aruba)', 'Papiamentu (Kòrsou/Boneiru)', 'English', 'Español'];
export const ISLANDS = ['aruba', 'bonaire', 'curacao', 'saba', 'sint-eustatius', 'sint-maarten', 'elsewhere'];
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Starts a browser with a fresh profile. Returns helpers; always call close(). */
export async function launch({ javaScriptEnabled = true, viewport = { width: 390, height: 844 }, serviceWorkers = 'block', args = [], ...rest } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...FLAGS, ...args],
    javaScriptEnabled,
    viewport,
    serviceWorkers,
    ...rest,
  });
  const requests = [];
  const errors = [];
  const warnings = [];
  const violations = [];
  context.on('request', (r) => requests.push(r.url()));
  const watch = (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
      if (m.type() === 'warning') warnings.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
  };
  context.on('page', watch);
  // Any CSP violation is recorded by the page itself and read back with cspViolations().
  await context.addInitScript(() => {
    window.__sgViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__sgViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = context.pages()[0] || (await context.newPage());
  watch(page);
  return {
    context, page, requests, errors, warnings, violations,
    offOrigin: (allowed = [ORIGIN]) => requests.filter((u) => !allowed.some((o) => u.startsWith(o)) && !u.startsWith('data:')),
    async close() { await context.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** Runs `fn(b)` with a browser from `launch(options)` and always closes it (profile removed),
 *  whether `fn` returns or throws. Returns what `fn` returns. */
export async function withBrowser(options, fn) {
  const b = await launch(options);
  try {
    return await fn(b);
  } finally {
    await b.close();
  }
}

/** Everything the browser could have stored for this origin. */
export async function storage(page, context) {
  const inPage = await page.evaluate(async () => {
    const out = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length, idb: [], caches: {} };
    if (indexedDB.databases) out.idb = (await indexedDB.databases()).map((d) => d.name);
    if (self.caches) {
      for (const k of await caches.keys()) {
        const c = await caches.open(k);
        out.caches[k] = (await c.keys()).map((r) => r.url);
      }
    }
    return out;
  });
  inPage.cookies = (await context.cookies()).length;
  return inPage;
}

export async function axe(page) {
  // Checked as the page first shows: at the top (the sticky exit button would otherwise overlap
  // whatever is scrolled under it, which axe reports as a target-size problem).
  await page.evaluate(() => window.scrollTo(0, 0));
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const out = r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  // Not axe, but checked wherever axe runs: a text template left unfilled ("Who can help {where}").
  const raw = await page.evaluate(() => (document.body.innerText.match(/\{[a-z_]+\}/g) || []).join(' '));
  if (raw) out.push(`unfilled placeholder in the page text: ${raw}`);
  return out;
}

export async function cspViolations(page) {
  return page.evaluate(() => window.__sgViolations || []);
}

/** Opens the app and waits until it has rendered (not only the static first paint: the app
 *  mounts once its language's texts are here). */
export async function open(page, query = '') {
  await page.goto(APP + query);
  await page.waitForSelector('html.sg-ready #sg-heading');
}

export async function setLocale(page, tag) {
  await page.selectOption('#sg-lang', tag);
  await page.waitForFunction((t) => document.documentElement.lang === t, tag);
}

/** Start screen: island and path, then Continue. */
export async function begin(page, island, path) {
  await page.check(`#sg-island-${ISLANDS.indexOf(island)}`);
  if (path) await page.check(`#sg-path-${path}`);
  await page.click('#sg-continue');
}

export async function heading(page) {
  return (await page.textContent('#sg-heading')).trim();
}

/** Clicks (Continue by default) and waits until the next step's heading is shown. */
export async function advance(page, selector = '#sg-continue') {
  const before = await page.textContent('#sg-heading');
  await page.click(selector);
  await page.waitForFunction((b) => document.querySelector('#sg-heading')?.textContent !== b, before);
}

/** Answers the self-check's questions from the current one to the summary: "yes" to the ids in
 *  `yes`, "no" to the rest. The self-check branches, so each question is read from the page
 *  (`form[data-indicator]`). Checks the "question n of total" caption on the way (n counts up by one;
 *  the last question's total is the number asked) and that the emergency number is on the screen
 *  right after a "danger now" yes. Returns the ids seen, in order. */
export async function answerSelf(page, yes, { checkAxe = false, axeOut = [] } = {}) {
  const seen = [];
  let total = 0;
  let danger = false;
  const titles = new Set();
  for (;;) {
    const form = await page.$('form[data-indicator]');
    if (!form) break;
    const id = await form.getAttribute('data-indicator');
    if (checkAxe && seen.length === 0) axeOut.push(...(await axe(page)).map((v) => `question: ${v}`));
    const [, n, t] = (await page.textContent('#sg-count')).match(/(\d+)\D+(\d+)/);
    assert.equal(Number(n), seen.length + 1, `question number at ${id}`);
    total = Number(t);
    assert.equal(!!(await page.$('.sg-danger-banner a[href^="tel:"]')), danger, `emergency number shown at ${id} after a danger answer`);
    seen.push(id);
    titles.add(await page.title());
    const y = yes.includes(id);
    danger ||= y && DANGER_IDS.includes(id);
    await page.check(y ? '#sg-answer-yes' : '#sg-answer-no');
    await advance(page);
  }
  assert.equal(total, seen.length, 'the last question says how many were asked');
  // The title stays in the browser's history: it must not tell how many questions the answers opened.
  assert.equal(titles.size, 1, `one tab title on every question: ${[...titles]}`);
  assert.equal(!!(await page.$('.sg-danger-banner a[href^="tel:"]')), danger, 'emergency number on the summary after a danger answer');
  return seen;
}

/** Self-check from the safety note to the result: answers "yes" to the questions in `set.yes`,
 *  checks which questions were asked (`set.seen`, when given); optionally runs axe on the first
 *  question and the summary. */
export async function walkSelf(page, set, { checkAxe = false, axeOut = [] } = {}) {
  await advance(page); // safety note -> question 1
  const seen = await answerSelf(page, set.yes, { checkAxe, axeOut });
  if (set.seen) assert.deepEqual(seen, set.seen, 'questions asked');
  if (checkAxe) axeOut.push(...(await axe(page)).map((v) => `summary: ${v}`));
  await advance(page); // summary -> result
}
