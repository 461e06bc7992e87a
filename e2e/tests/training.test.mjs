// Training: a scenario walked with right and wrong marks gives the right feedback and the
// island's contacts; the print view hides interactive parts; axe on training screens per locale;
// the trainer view shows every scenario with its signals and distractors (checked against the
// content files); the handout printed to an A4 PDF (read back with poppler's pdftotext and
// rendered with pdftoppm) has the reporting points, their numbers and date and no controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { open, setLocale, begin, axe, LOCALES, LOCALE_NAMES, withBrowser } from '../lib.mjs';
import { ORDER, FIRST_NUMBER, SELF_CHECK } from './expected.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A small reader for the content TOML files (strings, string lists; inline tables kept raw). */
function readToml(rel) {
  const out = { tables: { '': {} }, arrays: {} };
  let cur = out.tables[''];
  let open = null; // a multi-line array, kept raw: [key, text so far]
  const depth = (t) => (t.match(/\[/g) || []).length - (t.match(/\]/g) || []).length;
  for (const raw of readFileSync(join(ROOT, rel), 'utf8').split('\n')) {
    const line = raw.trim();
    let m;
    if (open) {
      open[1] += ` ${line}`;
      if (depth(open[1]) <= 0) { cur[open[0]] = open[1]; open = null; }
      continue;
    }
    if (!line || line.startsWith('#')) continue;
    if ((m = /^([A-Za-z0-9_-]+)\s*=\s*(\[.*)$/.exec(line)) && depth(m[2]) > 0) { open = [m[1], m[2]]; continue; }
    if ((m = /^\[\[([^\]]+)\]\]$/.exec(line))) { cur = {}; (out.arrays[m[1]] ??= []).push(cur); continue; }
    if ((m = /^\[([^\]]+)\]$/.exec(line))) { cur = out.tables[m[1]] ??= {}; continue; }
    if (!(m = /^([A-Za-z0-9_-]+)\s*=\s*(.+)$/.exec(line))) throw new Error(`${rel}: cannot read ${line}`);
    const v = m[2];
    const str = /^"(?:[^"\\]|\\.)*"/.exec(v);
    if (str) cur[m[1]] = JSON.parse(str[0]);
    else if (/^\[\s*("(?:[^"\\]|\\.)*"\s*,?\s*)*\]/.test(v)) cur[m[1]] = JSON.parse(v.replace(/\s+#.*$/, ''));
    else cur[m[1]] = v;
  }
  return out;
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

async function toTraining(page, island = 'aruba', lang = 'en') {
  await open(page, `?lang=${lang}`);
  await begin(page, island, 'training');
  await page.waitForSelector('.sg-scenario-link');
}

test('a scenario with right and wrong marks gives the right feedback', async () => {
  await withBrowser({}, async (b) => {
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
    // Focus moves to the feedback summary at the top: score first, one mistake in the singular,
    // and every feedback label explained.
    await b.page.waitForFunction(() => document.activeElement?.id === 'sg-feedback-summary');
    const summary = await b.page.$eval('#sg-feedback-summary', (el) => ({ top: el.getBoundingClientRect().top, vh: innerHeight, text: el.textContent }));
    assert.ok(summary.top >= 0 && summary.top < summary.vh, `feedback summary in view (${summary.top})`);
    assert.equal(squash(await b.page.textContent('#sg-score')), `${signals.length - 1} of ${signals.length} signs found, 1 statement marked by mistake`);
    for (const label of ['Found', 'Missed', 'Not a sign', 'Rightly left out']) assert.ok(summary.text.includes(`${label}:`), `explains ${label}`);
    assert.ok(await b.page.evaluate(() => document.querySelector('#sg-feedback-summary').compareDocumentPosition(document.querySelector('[data-feedback]')) & Node.DOCUMENT_POSITION_FOLLOWING), 'score before the items');
    await b.page.click('#sg-next');
    await b.page.waitForSelector('#sg-total');
    assert.match(await b.page.textContent('#sg-total'), new RegExp(`${signals.length - 1}\\D+${signals.length}\\D+1 statement marked`));
    // The summary offers the next steps.
    for (const id of ['#sg-another', '#sg-handout', '#sg-trainer']) assert.ok(await b.page.isVisible(id), `next step ${id}`);
    await b.page.click('#sg-another');
    await b.page.waitForSelector('.sg-scenario-link');
  });
});

test('print view of the checklist hides navigation, quick exit and buttons', async () => {
  await withBrowser({}, async (b) => {
    await toTraining(b.page, 'bonaire');
    await b.page.click('#sg-handout');
    await b.page.waitForSelector('.sg-handout');
    await b.page.emulateMedia({ media: 'print' });
    const visible = await b.page.$$eval('#sg-exit, .sg-switches, button, .sg-danger, .sg-footer', (els) => els.filter((e) => e.getClientRects().length > 0).length);
    assert.equal(visible, 0);
    assert.match(await b.page.textContent('.sg-handout'), /2026-11-22/, 'date the contacts were checked');
    assert.match(await b.page.textContent('.sg-handout'), /9310/);
  });
});

test('training screens have no axe violations in any locale', async () => {
  await withBrowser({}, async (b) => {
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
      // Contact cards below the fold are not laid out until scrolled to (content-visibility:
      // auto), and axe then measures their links at a size nobody sees: lay them out first, as
      // they are when a reader reaches them.
      await b.page.$$eval('.sg-contact', (cs) => cs.forEach((c) => { c.style.contentVisibility = 'visible'; }));
      out.push(...(await axe(b.page)).map((v) => `${l} feedback: ${v}`));
    }
    assert.deepEqual(out, []);
  });
});

test('trainer view shows every scenario with its story, signals and distractors in every locale', async () => {
  const data = readToml('data/scenarios.toml').arrays.scenario;
  assert.equal(data.length, 11, 'scenarios in data/scenarios.toml');
  for (const level of ['none', 'some', 'exploitation', 'trafficking']) {
    assert.ok(data.some((s) => s.level === level), `a scenario at level ${level}`);
  }
  assert.ok(data.some((s) => s.level === 'trafficking' && s.age === 'child'), 'child trafficking scenario');
  assert.ok(data.some((s) => s.level === 'trafficking' && s.age === 'adult'), 'adult trafficking scenario');
  await withBrowser({}, async (b) => {
    for (const l of LOCALES) {
      const ind = readToml(`i18n/${l}/indicators.toml`).tables;
      const sc = readToml(`i18n/${l}/scenarios.toml`).tables;
      const want = data.map((s) => ({
        title: sc[s.id].title,
        story: sc[s.id].story,
        signals: s.signals.map((id) => ind[id].signal),
        distractors: s.distractors.map((d) => sc[`${s.id}.distractors`][d]),
      }));
      await toTraining(b.page, 'sint-eustatius', l);
      const listed = await b.page.$$eval('.sg-scenario-link', (els) => els.map((e) => e.textContent.trim()));
      assert.deepEqual(listed, want.map((w) => w.title), `${l}: scenario list`);
      await b.page.click('#sg-trainer');
      await b.page.waitForSelector('.sg-trainer-case');
      const shown = await b.page.$$eval('.sg-trainer-case', (cases) => cases.map((c) => {
        const lists = c.querySelectorAll('ul');
        return {
          title: c.querySelector('h2').textContent.trim(),
          story: [...c.querySelectorAll('p')].map((p) => p.textContent.trim()).find((t) => t.length > 100),
          signals: [...lists[0].children].map((li) => li.firstChild.textContent.trim()),
          meta: [...lists[0].children].map((li) => li.querySelector('.sg-small')?.textContent.replace(/^\s*—\s*/, '').trim() ?? ''),
          distractors: [...lists[1].children].map((li) => li.textContent.trim()),
          level: c.querySelector('[data-level]')?.dataset.level,
        };
      }));
      assert.equal(shown.length, want.length, `${l}: one section per scenario`);
      shown.forEach((s, i) => {
        const { meta, level, ...rest } = s;
        assert.equal(level, data[i].level, `${l}: ${data[i].id}: the level the rule gives (data/scenarios.toml)`);
        assert.deepEqual(rest, want[i], `${l}: scenario ${data[i].id}`);
        for (const m of meta) assert.match(m, /\S.*,\s*\S/, `${l}: ${data[i].id}: strength and dimension of each signal`);
      });
      assert.equal(await b.page.getAttribute('html', 'lang'), l);
    }
    assert.deepEqual(b.errors, [], 'console errors');
  });
});

/** Runs a poppler tool; fails clearly when poppler-utils is missing. */
function poppler(tool, args, encoding = 'latin1') {
  try {
    return execFileSync(tool, args, { encoding, maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.code === 'ENOENT') assert.fail(`${tool} not found: install Debian's poppler-utils (scripts/setup.sh does)`);
    throw e;
  }
}

const PRINTS = [
  { locale: 'en', island: 'bonaire' },
  { locale: 'pap-CW', island: 'curacao' },
  { locale: 'nl', island: 'aruba' },
];

test('the handout prints to A4 with checklist, questions, numbers and date, and no controls', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-print-'));
  const keep = process.env.SIGNAAL_PRINT_DIR; // keep the PDFs and page images for a look
  if (keep) mkdirSync(keep, { recursive: true });
  const points = readToml('data/points.toml').arrays.point;
  const inds = readToml('data/indicators.toml').arrays.indicator;
  await withBrowser({}, async (b) => {
    try {
      for (const { locale, island } of PRINTS) {
        const uiFile = readToml(`i18n/${locale}/ui.toml`).tables;
        const ui = uiFile.ui;
        const texts = readToml(`i18n/${locale}/indicators.toml`).tables;
        const islandName = uiFile.island[island];
        const islandIn = uiFile.island_in[island]; // the place with its preposition, as in the heading
        await toTraining(b.page, island, locale);
        await b.page.click('#sg-handout');
        await b.page.waitForSelector('.sg-handout');
        const base = join(keep || dir, `handout-${locale}-${island}`);
        const pdfFile = `${base}.pdf`;
        writeFileSync(pdfFile, await b.page.pdf({ format: 'A4' }));

        const raw = poppler('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], 'utf8');
        const text = squash(raw);
        const lines = raw.split('\n').map((x) => x.trim()).filter(Boolean);
        const where = `${locale}/${island}`;
        const size = poppler('pdfinfo', [pdfFile]);
        assert.match(size, /Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/, `${where}: A4`);

        // Content: the checklist, the self-check questions, the island's reporting points and numbers.
        for (const i of inds.filter((x) => x.paths.includes('other'))) {
          assert.ok(text.includes(squash(texts[i.id].signal)), `${where}: checklist item ${i.id}`);
        }
        for (const id of SELF_CHECK) assert.ok(text.includes(squash(texts[id].question)), `${where}: question ${id}`);
        assert.ok(islandName, `${locale}: island name`);
        assert.ok(text.includes(squash(ui.result_help_title.replace('{where}', islandIn))), `${where}: contacts heading`);
        const compact = raw.replace(/[\s\-().]/g, '');
        const ids = [...new Set([...ORDER[island].danger, ...ORDER[island].none])]; // the handout lists every point of the island
        for (const id of ids) {
          if (FIRST_NUMBER[id]) assert.ok(compact.includes(FIRST_NUMBER[id].replace('+', '')), `${where}: number of ${id} (${FIRST_NUMBER[id]})`);
        }
        const verified = points.filter((p) => ids.includes(p.id)).map((p) => p.verified).sort()[0];
        assert.match(verified, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(text.includes(squash(ui.print_contacts_date.replace('{date}', verified))), `${where}: "checked on ${verified}" line`);

        // No interactive part: quick exit, skip link, switches, 911 line, buttons, footer.
        for (const key of ['exit_button', 'skip_exit', 'exit_hidden', 'footer_privacy']) {
          assert.ok(!text.includes(squash(ui[key])), `${where}: "${ui[key]}" (${key}) is printed`);
        }
        assert.ok(!text.includes(squash(ui.danger_line.replace('{number}', '911'))), `${where}: "in danger now" line is printed`);
        for (const key of ['print', 'back', 'language', 'island_label']) {
          assert.ok(!lines.includes(ui[key]), `${where}: control "${ui[key]}" (${key}) is printed`);
        }
        for (const name of LOCALE_NAMES) assert.ok(!lines.includes(name), `${where}: language option ${name} is printed`);
        assert.ok(!text.includes(LOCALE_NAMES.join(' ')), `${where}: language select is printed`);

        // Page 1 as an image: ink on white paper, not a blank or covered page.
        poppler('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdfFile, base]);
        const pgm = readFileSync(`${base}.pgm`);
        const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1')).map(Number);
        const px = pgm.subarray(pgm.length - w * h);
        const ink = px.filter((v) => v < 128).length / px.length;
        assert.ok(ink > 0.01 && ink < 0.4, `${where}: page 1 has ${(ink * 100).toFixed(1)} % ink`);
        if (keep) poppler('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfFile, base]);
      }
      assert.deepEqual(b.errors, [], 'console errors');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
