// Strict Content Security Policy (issue #7): the headers the server sends, then every kind of
// journey (self-check, checklist, training with feedback, trainer view, handout in print media,
// language switch, embed colours, quick exit cover) with no CSP violation and no console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, setLocale, begin, advance, cspViolations, answerSelf, APP, LOCALES, withBrowser } from '../lib.mjs';
import { SETS } from './expected.mjs';

const NEUTRAL = 'https://www.google.com/';

/** Fails with the stage name if the page recorded a CSP violation or anything logged an error. */
async function clean(b, stage) {
  assert.deepEqual(await cspViolations(b.page), [], `${stage}: CSP violations`);
  assert.deepEqual(b.errors, [], `${stage}: console errors`);
}

/** Parses a CSP into directive -> list of sources. */
function parseCsp(text) {
  const out = {};
  for (const part of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    out[name.toLowerCase()] = values;
  }
  return out;
}

function strict(csp, where) {
  const all = Object.values(csp).flat();
  assert.ok(!all.includes("'unsafe-inline'"), `${where}: no 'unsafe-inline'`);
  assert.ok(!all.includes("'unsafe-eval'"), `${where}: no 'unsafe-eval'`);
  assert.ok(!all.some((s) => s === '*' || s === 'data:' || s === 'blob:' || /^https?:$/.test(s)), `${where}: no wildcard sources`);
  assert.deepEqual(csp['default-src'], ["'self'"], `${where}: default-src`);
  assert.deepEqual([...csp['script-src']].sort(), ["'self'", "'wasm-unsafe-eval'"], `${where}: script-src`);
  assert.deepEqual(csp['style-src'], ["'self'"], `${where}: style-src`);
  assert.deepEqual(csp['connect-src'], ["'self'"], `${where}: connect-src`);
  assert.deepEqual(csp['object-src'], ["'none'"], `${where}: object-src`);
  assert.deepEqual(csp['base-uri'], ["'none'"], `${where}: base-uri`);
}

test('the page is served with a strict CSP and privacy headers', async () => {
  await withBrowser({}, async (b) => {
    const res = await b.page.goto(APP);
    const h = res.headers();
    assert.ok(h['content-security-policy'], 'Content-Security-Policy header');
    const csp = parseCsp(h['content-security-policy']);
    strict(csp, 'header');
    assert.ok(csp['frame-ancestors']?.length, 'header sets frame-ancestors');
    assert.equal(h['referrer-policy'], 'no-referrer');
    assert.equal(h['x-content-type-options'], 'nosniff');
    // The same policy is in the page for hosts that cannot set headers (no frame-ancestors there).
    await b.page.waitForSelector('html.sg-ready #sg-heading');
    const meta = await b.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.ok(meta, 'CSP <meta> in the page');
    strict(parseCsp(meta), 'meta');
    assert.equal(await b.page.getAttribute('meta[name="referrer"]', 'content'), 'no-referrer');
    // With nosniff, scripts and wasm must be served with their real types.
    for (const [file, type] of [['boot.js', /^text\/javascript/], ['pkg/signaal.js', /^text\/javascript/],
      ['pkg/signaal_bg.wasm', /^application\/wasm/], ['style.css', /^text\/css/]]) {
      const r = await fetch(APP + file);
      assert.match(r.headers.get('content-type') || '', type, `${file}: content type`);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', `${file}: nosniff`);
    }
    await clean(b, 'first load');

    // The recorder itself works: an inline script is refused and recorded.
    await b.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__sgInline = 1';
      document.body.append(s);
    });
    await b.page.waitForFunction(() => window.__sgViolations.length > 0);
    assert.match((await cspViolations(b.page)).join('\n'), /script-src/);
    assert.equal(await b.page.evaluate(() => window.__sgInline), undefined, 'inline script did not run');
  });
});

test('self-check to result, language switch, embed colours and print media: no CSP violation', async () => {
  await withBrowser({}, async (b) => {
    // Embed colours are applied through the CSSOM (a style attribute would need 'unsafe-inline').
    await open(b.page, '?lang=en&accent=%23aa0000&background=%23ffffee');
    const accent = await b.page.evaluate(() => getComputedStyle(document.querySelector('.sg-app')).getPropertyValue('--signaal-accent').trim());
    assert.equal(accent, '#aa0000', 'accent colour applied');
    await clean(b, 'start with colours');
    const set = SETS.trafficking;
    await begin(b.page, 'bonaire', 'self');
    await clean(b, 'safety note');
    await advance(b.page);
    await answerSelf(b.page, set.yes);
    await clean(b, 'summary');
    await advance(b.page);
    assert.equal(await b.page.getAttribute('#sg-heading', 'data-level'), 'trafficking');
    await clean(b, 'result');
    const headings = new Set();
    for (const l of LOCALES) {
      await setLocale(b.page, l);
      headings.add(await b.page.textContent('#sg-heading'));
      await clean(b, `result in ${l}`);
    }
    assert.equal(headings.size, LOCALES.length, 'the result heading changed with each language');
    await b.page.emulateMedia({ media: 'print' });
    assert.equal(await b.page.locator('#sg-exit').isVisible(), false, 'print media applied');
    await b.page.emulateMedia({ media: 'screen' });
    await clean(b, 'result in print media');
  });
});

test('checklist for someone else to result: no CSP violation', async () => {
  await withBrowser({}, async (b) => {
    await open(b.page, '?lang=es');
    await begin(b.page, 'curacao', 'other');
    let themes = 0;
    while (await b.page.$('#sg-none')) {
      const box = await b.page.$('#sg-ind-excessive_hours');
      if (box) await box.check();
      else await b.page.check('#sg-none');
      await advance(b.page);
      themes++;
    }
    assert.ok(themes >= 5, `only ${themes} themes`);
    await clean(b, 'do not confront');
    await advance(b.page);
    assert.equal(await b.page.getAttribute('#sg-heading', 'data-level'), 'exploitation');
    assert.ok((await b.page.$$('.sg-contacts > li')).length >= 3, 'reporting points shown');
    await clean(b, 'result');
  });
});

test('training scenario with feedback, trainer view and handout: no CSP violation', async () => {
  await withBrowser({}, async (b) => {
    await open(b.page, '?lang=nl');
    await begin(b.page, 'saba', 'training');
    await b.page.waitForSelector('.sg-scenario-link');
    await b.page.click('.sg-scenario-link >> nth=2');
    await b.page.waitForSelector('[data-item]');
    await b.page.check('#sg-item-0');
    await b.page.check('#sg-item-1');
    await b.page.click('#sg-continue');
    await b.page.waitForSelector('[data-feedback]');
    assert.equal(await b.page.$$eval('[data-feedback]', (x) => x.length), await b.page.$$eval('[data-item]', (x) => x.length));
    await clean(b, 'feedback');
    await advance(b.page, '#sg-next');
    await b.page.waitForSelector('#sg-total');
    await clean(b, 'training summary');

    await open(b.page, '?lang=pap-AW');
    await begin(b.page, 'aruba', 'training');
    await b.page.waitForSelector('#sg-trainer');
    await b.page.click('#sg-trainer');
    await b.page.waitForSelector('.sg-trainer-case');
    await b.page.emulateMedia({ media: 'print' });
    await b.page.emulateMedia({ media: 'screen' });
    await clean(b, 'trainer view');

    await open(b.page, '?lang=en');
    await begin(b.page, 'sint-maarten', 'training');
    await b.page.waitForSelector('#sg-handout');
    await b.page.click('#sg-handout');
    await b.page.waitForSelector('.sg-handout');
    await b.page.emulateMedia({ media: 'print' });
    assert.equal(await b.page.locator('#sg-print').isVisible(), false, 'print media applied');
    await b.page.pdf({ format: 'A4' });
    await b.page.emulateMedia({ media: 'screen' });
    await clean(b, 'handout');
  });
});

test('quick exit covers the page without a CSP violation', async () => {
  await withBrowser({}, async (b) => {
    let release;
    const held = new Promise((r) => { release = r; });
    await b.context.route(NEUTRAL + '**', async (r) => {
      await held; // keep the tool's page (and its cover) in place until checked
      await r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Neutral</title><p>Neutral page</p>' });
    });
    await open(b.page, '?lang=en');
    await begin(b.page, 'aruba', 'self');
    await advance(b.page);
    await b.page.check('#sg-answer-yes');
    // Playwright waits for the (held) navigation before it queries the page again, so the page
    // reports the moment the cover appears through a binding.
    let report;
    const reported = new Promise((r) => { report = r; });
    await b.page.exposeBinding('__sgReport', (_src, data) => report(data));
    await b.page.evaluate(() => {
      const seen = () => {
        const c = document.querySelector('.sg-cover');
        if (!c) return false;
        const r = c.getBoundingClientRect();
        window.__sgReport({
          exiting: document.documentElement.classList.contains('sg-exiting'),
          w: r.width, h: r.height, pos: getComputedStyle(c).position,
          answers: document.querySelectorAll('#sg-answer-yes').length,
          violations: window.__sgViolations.slice(),
        });
        return true;
      };
      const mo = new MutationObserver(() => { if (seen()) mo.disconnect(); });
      mo.observe(document.body, { childList: true, subtree: true });
    });
    await b.page.click('#sg-exit', { noWaitAfter: true }); // the exit page is held back by the route
    const cover = await reported;
    assert.deepEqual(cover, { exiting: true, w: 390, h: 844, pos: 'fixed', answers: 0, violations: [] }, 'cover fills the viewport, answers gone, no CSP violation');
    assert.deepEqual(b.errors, [], 'console errors before leaving');
    release();
    await b.page.waitForURL(NEUTRAL);
    assert.equal(await b.page.title(), 'Neutral');
    assert.deepEqual(b.errors, [], 'console errors while leaving');
  });
});
