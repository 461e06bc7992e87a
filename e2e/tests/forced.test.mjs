// Forced colours and large text (issue 15). With emulated forced colours (Windows high
// contrast), the chosen radio answer, a ticked checkbox, keyboard focus on radios and checkboxes
// and the edges of buttons are still drawn (checked in the pixels of screenshots). At 320 px with
// the default font at 200 %, no screen of the app or the fallback scrolls sideways, in any locale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { open, begin, advance, setLocale, APP, LOCALES, withBrowser } from '../lib.mjs';

const SHOTS = process.env.SIGNAAL_SHOTS || join(process.cwd(), 'target', 'e2e-shots');
mkdirSync(SHOTS, { recursive: true });

/** Screenshot of a box (page coordinates, margin around it) as RGBA pixels, decoded by a
 *  blank page of the same browser (the app's CSP does not allow data: images). */
async function pixels(b, box, margin = 0, name) {
  const clip = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
  const png = await b.page.screenshot({ clip, path: name ? join(SHOTS, name) : undefined });
  const decoder = b.decoder || (b.decoder = await b.context.newPage());
  return decoder.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    return { w: c.width, h: c.height, data: Array.from(g.getImageData(0, 0, c.width, c.height).data) };
  }, png.toString('base64'));
}

/** Share of pixels that differ clearly between two same-sized images, inside a rectangle. */
function differ(a, b, [x0, y0, x1, y1] = [0, 0, a.w, a.h]) {
  let n = 0, all = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * a.w + x) * 4;
      const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
      if (d > 96) n++;
      all++;
    }
  }
  return n / all;
}

async function boxOf(page, selector) {
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  return page.$eval(selector, (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
}

test('forced colours: chosen radio, ticked checkbox, focus and button edges stay visible', async () => {
  await withBrowser({ locale: 'en-GB' }, async (b) => {
    await b.page.emulateMedia({ forcedColors: 'active' });
    await open(b.page);
    assert.ok(await b.page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours emulated');

    // Radio: the 44 px control of island 1, unchecked and then checked (focus moved away).
    const radio = await boxOf(b.page, '#sg-island-1');
    const off = await pixels(b, radio, 0, 'forced-radio-off.png');
    await b.page.check('#sg-island-1');
    await b.page.evaluate(() => document.activeElement && document.activeElement.blur());
    const on = await pixels(b, await boxOf(b.page, '#sg-island-1'), 0, 'forced-radio-on.png');
    const centre = differ(off, on, [14, 14, 30, 30]);
    assert.ok(centre > 0.5, `the dot of the chosen radio is drawn (${Math.round(centre * 100)} % of its centre changed)`);

    // Focus ring on a radio: the area just around the control changes when it gets focus.
    const ring = await boxOf(b.page, '#sg-island-2');
    const plain = await pixels(b, ring, 8, 'forced-focus-off.png');
    await b.page.focus('#sg-island-2');
    const focused = await pixels(b, await boxOf(b.page, '#sg-island-2'), 8, 'forced-focus-on.png');
    const around = differ(plain, focused);
    assert.ok(around > 0.05, `focus on a radio is drawn (${Math.round(around * 100)} % changed)`);

    // A button's edge: its outline column differs from the page just outside it.
    for (const sel of ['#sg-continue', '#sg-exit']) {
      await b.page.evaluate(() => document.activeElement && document.activeElement.blur());
      const box = await boxOf(b.page, sel);
      const px = await pixels(b, box, 3, `forced-${sel.slice(1)}.png`);
      const at = (x, y) => px.data.slice((y * px.w + x) * 4, (y * px.w + x) * 4 + 3);
      const mid = Math.floor(px.h / 2);
      const outside = at(0, mid);
      let edge = false;
      for (let x = 1; x < 8; x++) {
        const p = at(x, mid);
        if (Math.abs(p[0] - outside[0]) + Math.abs(p[1] - outside[1]) + Math.abs(p[2] - outside[2]) > 96) edge = true;
      }
      assert.ok(edge, `${sel}: its edge is drawn in forced colours`);
    }

    // Checkbox ticked and focused, on the first theme of the checklist.
    await b.page.check('#sg-path-other');
    await advance(b.page);
    const id = await b.page.$eval('.sg-checkbox input:not(#sg-none)', (el) => el.id);
    const cb = await boxOf(b.page, `#${id}`);
    const empty = await pixels(b, cb, 8);
    await b.page.check(`#${id}`);
    await b.page.evaluate(() => document.activeElement && document.activeElement.blur());
    const ticked = await pixels(b, await boxOf(b.page, `#${id}`), 8, 'forced-checkbox-on.png');
    assert.ok(differ(empty, ticked, [8 + 8, 8 + 8, 8 + 36, 8 + 36]) > 0.05, 'the tick is drawn');
    await b.page.focus(`#${id}`);
    const cbFocus = await pixels(b, await boxOf(b.page, `#${id}`), 8, 'forced-checkbox-focus.png');
    assert.ok(differ(ticked, cbFocus) > 0.05, 'focus on a checkbox is drawn');
    await b.page.screenshot({ path: join(SHOTS, 'forced-theme.png'), fullPage: true });
  });
});

/** Elements that stick out to the right of the viewport, and the page's scroll width. */
async function overflow(page, where) {
  const r = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width && box.right > w + 0.5 && getComputedStyle(el).visibility !== 'hidden') {
        out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} right=${Math.round(box.right)} "${(el.textContent || '').trim().slice(0, 30)}"`);
      }
    }
    return { scroll: document.documentElement.scrollWidth, w, out: out.slice(0, 5) };
  });
  assert.ok(r.scroll <= r.w, `${where}: scrolls sideways (${r.scroll} > ${r.w}): ${r.out.join('; ')}`);
}

async function largeText(b) {
  const cdp = await b.context.newCDPSession(b.page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

test('320 px, text at 200 %: no sideways scrolling on any screen, in any locale', async () => {
  await withBrowser({ viewport: { width: 320, height: 640 } }, async (b) => {
    await largeText(b);
    await open(b.page);
    assert.equal(await b.page.evaluate(() => getComputedStyle(document.body).fontSize), '36px', 'default font at 200 % (body is 1.125rem)');
    for (const l of LOCALES) {
      await open(b.page, `?lang=${l}`);
      await overflow(b.page, `${l} start`);
      await begin(b.page, 'sint-eustatius', 'self');
      await overflow(b.page, `${l} safety`);
      await advance(b.page);
      // The self-check branches: answer whatever question is on screen until the summary.
      for (let i = 0; i < 40 && (await b.page.$('form[data-indicator]')); i++) {
        await b.page.check(i % 3 ? '#sg-answer-not-sure' : '#sg-answer-yes');
        await overflow(b.page, `${l} question ${i + 1}`);
        await advance(b.page);
      }
      await overflow(b.page, `${l} summary`);
      await advance(b.page);
      await overflow(b.page, `${l} result`);
      if (l === 'nl') await b.page.screenshot({ path: join(SHOTS, 'large-320-nl-result.png'), fullPage: true });

      await open(b.page, `?lang=${l}`);
      await begin(b.page, 'curacao', 'other');
      while (await b.page.$('#sg-none')) {
        await b.page.check('#sg-none');
        await overflow(b.page, `${l} theme`);
        await advance(b.page);
      }
      await overflow(b.page, `${l} do not confront`);
      await advance(b.page);
      await overflow(b.page, `${l} result for someone else`);

      await open(b.page, `?lang=${l}`);
      await begin(b.page, 'saba', 'training');
      await overflow(b.page, `${l} training`);
      await b.page.click('.sg-scenario-link >> nth=0');
      await b.page.waitForSelector('[data-item]');
      await b.page.check('#sg-item-0');
      await b.page.click('#sg-continue');
      await b.page.waitForSelector('[data-feedback]');
      await overflow(b.page, `${l} training feedback`);
    }
    await open(b.page, '?lang=nl');
    await begin(b.page, 'aruba', 'self');
    await advance(b.page);
    await b.page.screenshot({ path: join(SHOTS, 'large-320-nl-question.png') });
  });
});

test('320 px, text at 200 %: the fallback does not scroll sideways, in any locale', async () => {
  await withBrowser({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false }, async (b) => {
    await largeText(b);
    await b.page.goto(APP);
    await b.page.$$eval('#sg-fallback details', (ds) => ds.forEach((d) => { d.open = true; }));
    await overflow(b.page, 'fallback, every locale open');
    await b.page.screenshot({ path: join(SHOTS, 'large-320-fallback.png') });
  });
});
