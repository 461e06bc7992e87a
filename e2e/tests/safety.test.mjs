// Quick exit (the key rule against the shared table; button, Shift×3, hidden first link;
// Back after an exit never shows the tool; 320 px, scrolled, back-forward cache), the
// browser's Back button, keyboard-only use, focus, language/island changes keeping answers,
// 320 px without horizontal scroll and 400 % zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { open, setLocale, begin, advance, storage, APP, ORIGIN, HOST, withBrowser } from '../lib.mjs';

test('embed.js follows the shared quick-exit table (src/domain/exit_cases.json, also run by cargo test)', () => {
  const src = readFileSync(new URL('../../www/embed.js', import.meta.url), 'utf8');
  const m = src.match(/\/\* quick-exit rule:start \*\/([\s\S]*?)\/\* quick-exit rule:end \*\//);
  assert.ok(m, 'www/embed.js lost its quick-exit rule markers');
  const shiftRule = vm.runInNewContext(`${m[1]}; shiftRule`, {});
  const table = JSON.parse(readFileSync(new URL('../../src/domain/exit_cases.json', import.meta.url), 'utf8'));
  assert.ok(table.cases.length >= 10, 'the table lost its cases');
  for (const c of table.cases) {
    const rule = shiftRule();
    const got = c.steps.map(([ev, key, at]) => (ev === 'down' ? rule.down(key, at) : ev === 'up' ? rule.up(key, at) : rule.tick(at)));
    assert.deepEqual(got, c.want, c.name);
  }
});

const NEUTRAL = 'https://www.google.com/';

/** Serves a stand-in for the neutral exit page so the browser never leaves this machine. */
async function stubExit(context) {
  await context.route(NEUTRAL + '**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Neutral</title><p>Neutral page</p>' }));
}

async function answerFirst(page) {
  await open(page, '?lang=en');
  await begin(page, 'bonaire', 'self');
  await page.click('#sg-continue');
  await page.waitForSelector('#sg-answer-yes');
  await page.check('#sg-answer-yes');
  await page.click('#sg-continue');
  await page.waitForFunction(() => /2\D+9/.test(document.querySelector('#sg-count')?.textContent || ''));
  // The history entry for a step is added right after that step is painted.
  await page.waitForFunction(() => history.state === 4);
  await page.check('#sg-answer-no');
}

/** Waits until the neutral page is shown (navigations can be replaced mid-way, so poll). */
async function waitNeutral(page) {
  for (let i = 0; i < 100; i++) {
    try {
      if (page.url() === NEUTRAL && (await page.title()) === 'Neutral') return;
    } catch { /* navigating */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not on the neutral page: ${page.url()}`);
}

/** After an exit, Back (up to `times` presses) never shows the tool or an answer: the first
 *  press goes to `before`, the page the tab showed before the tool, and later presses stay on
 *  the pages before it (`before` or the blank page a new tab starts with). Each press asserts
 *  where the tab is, so a Back that does nothing (still on the exit page) or lands anywhere
 *  else fails. */
async function assertNeverBack(page, times, how, before, toolUrl = (u) => u.startsWith(ORIGIN)) {
  for (let i = 1; i <= times; i++) {
    await page.goBack({ waitUntil: 'load', timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(150);
    const url = page.url();
    assert.ok(!toolUrl(url), `${how}: Back ${i} of ${times} shows the tool (${url})`);
    if (i === 1) assert.equal(url, before, `${how}: Back 1 goes to the page before the tool`);
    else assert.ok([before, 'about:blank'].includes(url), `${how}: Back ${i} of ${times} is on ${url}, not a page before the tool`);
    assert.equal(await page.locator('#sg-heading, input:checked').count(), 0, `${how}: Back ${i} shows a step or an answer`);
  }
}

/** The tool was opened in a new tab (`before` is its blank first page) and left: the exit
 *  page is shown, and Back goes to the page before the tool, never into its steps. */
async function assertLeft(b, how, before = 'about:blank') {
  await waitNeutral(b.page);
  await assertNeverBack(b.page, 2, how, before);
}

/** A page before the tool (on the second origin), then the tool, then `n` steps of the
 *  self-check: the start, the safety note and n-2 answered questions. */
async function stepsFromHost(page, n) {
  await page.goto(HOST);
  await open(page, '?lang=en');
  await begin(page, 'curacao', 'self');
  await page.waitForFunction(() => history.state === 2);
  for (let s = 3; s <= n; s++) {
    if (await page.$('#sg-answer-yes')) await page.check('#sg-answer-yes');
    await advance(page);
    await page.waitForFunction((s) => history.state === s, s);
  }
  assert.equal(await page.locator('input:checked').count(), 0, 'a new question, nothing checked yet');
  if (await page.$('#sg-answer-yes')) await page.check('#sg-answer-yes');
}

const CONTROLS = {
  button: (page) => page.click('#sg-exit'),
  'Shift×3': async (page) => { for (let i = 0; i < 3; i++) await page.keyboard.press('Shift'); },
  'hidden first link': async (page) => { await page.focus('.sg-skip-exit'); await page.keyboard.press('Enter'); },
};

for (const [how, exit] of Object.entries(CONTROLS)) {
  test(`after N steps and a quick exit by ${how}, Back 1 to N+1 times never shows the tool`, async () => {
    await withBrowser({}, async (b) => {
      await stubExit(b.context);
      const n = 5;
      await stepsFromHost(b.page, n);
      // Back and Forward move between steps during normal use.
      await b.page.goBack();
      await b.page.waitForFunction((s) => history.state === s, n - 1);
      await b.page.goForward();
      await b.page.waitForFunction((s) => history.state === s, n);
      await exit(b.page);
      await waitNeutral(b.page);
      await assertNeverBack(b.page, n + 1, how, HOST);
    });
  });
}

test('quick exit button covers the page, clears answers and replaces the location', async () => {
  await withBrowser({ viewport: { width: 320, height: 640 } }, async (b) => {
    await stubExit(b.context);
    await answerFirst(b.page);
    await b.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await b.page.locator('#sg-exit').boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 640 && box.height >= 44, 'exit button in view when scrolled, 44 px high');
    assert.deepEqual(await storage(b.page, b.context), { cookie: '', local: 0, session: 0, idb: [], caches: {}, cookies: 0 });
    const length = await b.page.evaluate(() => history.length);
    await b.page.click('#sg-exit');
    await waitNeutral(b.page);
    assert.equal(await b.page.evaluate(() => history.length), length, 'location replaced, not pushed');
    await assertLeft(b, 'button');
  });
});

test('Shift three times exits (left and right Shift both count); Shift+key does not', async () => {
  await withBrowser({}, async (b) => {
    await stubExit(b.context);
    await answerFirst(b.page);
    for (let i = 0; i < 3; i++) {
      await b.page.keyboard.down('Shift');
      await b.page.keyboard.press('KeyA');
      await b.page.keyboard.up('Shift');
    }
    await b.page.waitForTimeout(300);
    assert.ok(b.page.url().startsWith(ORIGIN), 'Shift+A three times does not exit');
    await b.page.keyboard.press('ShiftLeft');
    await b.page.keyboard.press('ShiftRight');
    await b.page.keyboard.press('ShiftLeft');
    await assertLeft(b, 'shift');
  });
});

test('Shift×3 status: each press, a reset by another key and the expiry are announced, with plurals', async () => {
  await withBrowser({}, async (b) => {
    await open(b.page, '?lang=en');
    const status = () => b.page.textContent('.sg-exit-bar [role=status]');
    await b.page.keyboard.press('Shift');
    assert.equal(await status(), 'Press Shift 2 more times to leave this page.');
    await b.page.keyboard.press('Shift');
    assert.equal(await status(), 'Press Shift once more to leave this page.');
    await b.page.keyboard.press('Shift+Tab');
    assert.equal(await status(), 'You pressed another key. To exit, press Shift 3 times.');
    await b.page.keyboard.press('Shift');
    assert.equal(await status(), 'Press Shift 2 more times to leave this page.');
    await b.page.waitForFunction(() => document.querySelector('.sg-exit-bar [role=status]').textContent === 'Start again: press Shift 3 times quickly to leave this page.', null, { timeout: 7000 });
    await setLocale(b.page, 'nl');
    await b.page.keyboard.press('Shift');
    await b.page.keyboard.press('Shift');
    assert.equal(await status(), 'Druk nog één keer op Shift om deze pagina te verlaten.');
    assert.ok(b.page.url().startsWith(ORIGIN), 'no exit after two presses and a reset');
  });
});

test('the hidden first link is the first thing Tab reaches, and it exits', async () => {
  await withBrowser({}, async (b) => {
    await stubExit(b.context);
    await open(b.page, '?lang=en');
    await b.page.keyboard.press('Tab');
    assert.equal(await b.page.evaluate(() => document.activeElement.className), 'sg-skip-exit');
    const box = await b.page.locator('.sg-skip-exit').boundingBox();
    assert.ok(box.x >= 0, 'visible when focused');
    await b.page.keyboard.press('Enter');
    await assertLeft(b, 'skip link');
  });
});

test('back-forward cache: coming back to the tool after an exit (through Forward) shows no answers', async () => {
  await withBrowser({}, async (b) => {
    await stubExit(b.context);
    await answerFirst(b.page);
    await b.page.click('#sg-exit');
    await waitNeutral(b.page);
    // The exit replaced the tool's first entry; its later step entries remain as Forward
    // entries of the tool's old document (possibly kept in the back-forward cache).
    await b.page.goBack();
    assert.ok(!b.page.url().startsWith(ORIGIN), 'Back leaves the tool');
    await b.page.goForward();
    await waitNeutral(b.page);
    await b.page.goForward();
    await b.page.waitForSelector('html.sg-ready #sg-heading');
    assert.equal(await b.page.$$eval('input:checked', (x) => x.length), 0);
    assert.ok(!(await b.page.$('.sg-cover')), 'cover removed');
    assert.equal(await b.page.evaluate(() => document.documentElement.classList.contains('sg-exiting')), false);
  });
});

test("the browser's Back goes one step back; language and island changes keep every answer", async () => {
  await withBrowser({}, async (b) => {
    await answerFirst(b.page);
    await b.page.goBack();
    await b.page.waitForFunction(() => /1\D+9/.test(document.querySelector('#sg-count')?.textContent || ''));
    assert.equal(await b.page.isChecked('#sg-answer-yes'), true, 'answer kept after Back');
    assert.equal(b.page.url(), APP + '?lang=en');
    await setLocale(b.page, 'pap-CW');
    assert.equal(await b.page.isChecked('#sg-answer-yes'), true, 'answer kept after a language change');
    assert.match(await b.page.textContent('#sg-count'), /1\D+9/, 'same step');
    await b.page.selectOption('#sg-island', 'curacao');
    assert.equal(await b.page.isChecked('#sg-answer-yes'), true, 'answer kept after an island change');
    await b.page.goForward();
    await b.page.waitForFunction(() => /2\D+9/.test(document.querySelector('#sg-count')?.textContent || ''));
    assert.equal(await b.page.isChecked('#sg-answer-no'), true);
  });
});

test('keyboard only: a whole journey, focus on each new heading', async () => {
  await withBrowser({}, async (b) => {
    await open(b.page, '?lang=en');
    const tabTo = async (selector) => {
      for (let i = 0; i < 40; i++) {
        if (await b.page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
        await b.page.keyboard.press('Tab');
      }
      throw new Error(`could not reach ${selector} with Tab`);
    };
    await tabTo('input[name=sg-island]');
    await b.page.keyboard.press('ArrowDown');
    await tabTo('input[name=sg-path]');
    await b.page.keyboard.press('Space');
    await tabTo('#sg-continue');
    await b.page.keyboard.press('Enter');
    await b.page.waitForFunction(() => document.activeElement?.id === 'sg-heading');
    await tabTo('#sg-continue');
    await b.page.keyboard.press('Enter');
    // The self-check branches: answer (the first option, "yes") until the summary.
    await b.page.waitForFunction(() => document.activeElement?.id === 'sg-heading');
    while (await b.page.$('form[data-indicator]')) {
      await tabTo('input[name=sg-answer]');
      await b.page.keyboard.press('Space');
      await tabTo('#sg-continue');
      await b.page.keyboard.press('Enter');
      await b.page.waitForFunction(() => document.activeElement?.id === 'sg-heading');
    }
    await tabTo('#sg-continue');
    await b.page.keyboard.press('Enter');
    await b.page.waitForSelector('.sg-contacts');
    assert.equal(await b.page.evaluate(() => document.activeElement?.id), 'sg-heading');
  });
});

test('320 px wide and 400 % zoom: no horizontal scroll; targets at least 44 px', async () => {
  for (const viewport of [{ width: 320, height: 640 }, { width: 320, height: 256 }]) {
    await withBrowser({ viewport }, async (b) => {
      await open(b.page, '?lang=es');
      await begin(b.page, 'sint-maarten', 'other');
      await b.page.waitForSelector('#sg-none');
      const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal scroll of ${overflow}px at ${viewport.width}x${viewport.height}`);
      const small = await b.page.$$eval('a, button, select, .sg-radio label, .sg-checkbox label', (els) => els
        .filter((e) => e.offsetParent !== null && !e.closest('.sg-visually-hidden') && !e.classList.contains('sg-skip-exit'))
        .map((e) => [e.tagName, e.textContent.trim().slice(0, 30), Math.round(e.getBoundingClientRect().height)])
        .filter(([, , h]) => h < 44));
      assert.deepEqual(small, [], 'targets smaller than 44 px');
    });
  }
});

test('reduced motion is honoured', async () => {
  await withBrowser({ reducedMotion: 'reduce' }, async (b) => {
    await open(b.page);
    const d = await b.page.evaluate(() => getComputedStyle(document.querySelector('.sg-exit')).transitionDuration);
    assert.ok(/^0s/.test(d), d);
  });
});
