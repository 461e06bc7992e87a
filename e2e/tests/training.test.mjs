// Training: a scenario walked with right and wrong marks gives the right feedback and the
// island's contacts; the print view hides interactive parts; axe on training screens per locale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, setLocale, begin, axe, LOCALES } from '../lib.mjs';

async function toTraining(page, island = 'aruba') {
  await open(page, '?lang=en');
  await begin(page, island, 'training');
  await page.waitForSelector('.sg-scenario-link');
}

test('a scenario with right and wrong marks gives the right feedback', async () => {
  const b = await launch();
  try {
    await toTraining(b.page);
    await b.page.click('.sg-scenario-link >> nth=0');
    await b.page.waitForSelector('[data-item]');
    const kinds = await b.page.$$eval('[data-item]', (els) => els.map((e) => e.dataset.item));
    const signals = kinds.flatMap((k, i) => (k === 'signal' ? [i] : []));
    const distractors = kinds.flatMap((k, i) => (k === 'distractor' ? [i] : []));
    assert.ok(signals.length >= 1 && distractors.length >= 1);
    const marked = new Set([...signals.slice(0, -1), distractors[0]]);
    for (const i of marked) await b.page.check(`#sg-item-${i}`);
    await b.page.click('#sg-continue');
    await b.page.waitForSelector('[data-feedback]');
    const fb = await b.page.$$eval('[data-item]', (els) => els.map((e) => e.querySelector('[data-feedback]')?.dataset.feedback));
    kinds.forEach((k, i) => {
      const want = k === 'signal' ? (marked.has(i) ? 'found' : 'missed') : (marked.has(i) ? 'notasignal' : 'rightlyignored');
      assert.equal(fb[i], want, `item ${i} (${k})`);
    });
    assert.ok((await b.page.$$('.sg-contacts > li')).length >= 3, 'contacts for the scenario island');
    assert.match(await b.page.textContent('.sg-contacts'), /911/);
    await b.page.click('#sg-next');
    await b.page.waitForSelector('#sg-total');
    assert.match(await b.page.textContent('#sg-total'), new RegExp(`${signals.length - 1}\\D+${signals.length}\\D+1`));
  } finally {
    await b.close();
  }
});

test('print view of the checklist hides navigation, quick exit and buttons', async () => {
  const b = await launch();
  try {
    await toTraining(b.page, 'bonaire');
    await b.page.click('#sg-handout');
    await b.page.waitForSelector('.sg-handout');
    await b.page.emulateMedia({ media: 'print' });
    const visible = await b.page.$$eval('#sg-exit, .sg-switches, button, .sg-danger, .sg-footer', (els) => els.filter((e) => e.getClientRects().length > 0).length);
    assert.equal(visible, 0);
    assert.match(await b.page.textContent('.sg-handout'), /2026-11-22/, 'date the contacts were checked');
    assert.match(await b.page.textContent('.sg-handout'), /9310/);
  } finally {
    await b.close();
  }
});

test('training screens have no axe violations in any locale', async () => {
  const b = await launch();
  try {
    const out = [];
    for (const l of LOCALES) {
      await toTraining(b.page);
      await setLocale(b.page, l);
      out.push(...(await axe(b.page)).map((v) => `${l} list: ${v}`));
      await b.page.click('.sg-scenario-link >> nth=1');
      await b.page.waitForSelector('[data-item]');
      await b.page.check('#sg-item-0');
      await b.page.click('#sg-continue');
      await b.page.waitForSelector('[data-feedback]');
      out.push(...(await axe(b.page)).map((v) => `${l} feedback: ${v}`));
    }
    assert.deepEqual(out, []);
  } finally {
    await b.close();
  }
});
