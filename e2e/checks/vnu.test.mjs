// Checked by an independent tool (issue 15): the Nu Html Checker (npm vnu-jar, run with Java)
// on the DOM of every kind of screen as the app renders it, on the built index.html (static
// first paint and fallback) and embed.html, and on every stylesheet. Errors and warnings fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vnuJar from 'vnu-jar';
import { withBrowser, open, begin, advance, walkSelf } from '../lib.mjs';
import { SETS } from '../tests/expected.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Runs vnu on the files; returns its messages that are errors or warnings, as text. */
function vnu(files) {
  const r = spawnSync(process.env.JAVA || 'java', ['-jar', vnuJar, '--format', 'json', '--also-check-css', '--exit-zero-always', ...files], { encoding: 'utf8' });
  assert.equal(r.status, 0, `vnu could not run: ${r.error || r.stderr}`);
  const { messages } = JSON.parse(r.stderr);
  return messages
    .filter((m) => m.type === 'error' || (m.type === 'info' && m.subType === 'warning') || m.type === 'non-document-error')
    // Read from disk, the pages' origin is file:, which the CSP's 'self' cannot match: not a fault.
    .filter((m) => !(m.url.startsWith('file:') && /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “[\w./-]+” blocked by “(style|script)-src” directive\.$/.test(m.message)))
    .map((m) => `${m.url.split('/').pop()}:${m.lastLine ?? ''} ${m.type}${m.subType ? '/' + m.subType : ''}: ${m.message} [${(m.extract || '').trim().slice(0, 80)}]`);
}

test('Nu Html Checker: every kind of screen, index.html, embed.html and the stylesheets', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-vnu-'));
  const files = [];
  await withBrowser({ locale: 'en-GB' }, async (b) => {
    const save = async (name) => {
      const html = await b.page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
      const f = join(dir, `${name}.html`);
      writeFileSync(f, html);
      files.push(f);
    };
    await open(b.page);
    await save('start');
    await b.page.click('#sg-continue');
    await b.page.waitForSelector('.sg-error-summary');
    await save('start-error');
    await begin(b.page, 'aruba', 'self');
    await save('safety');
    await advance(b.page);
    await save('question');
    await b.page.goBack();
    await b.page.waitForSelector('#sg-heading');
    await walkSelf(b.page, SETS.danger);
    await save('result-danger');

    await open(b.page, '?lang=es');
    await begin(b.page, 'curacao', 'other');
    await save('theme');
    while (await b.page.$('#sg-none')) {
      await b.page.check('#sg-none');
      await advance(b.page);
    }
    await save('confront');
    await advance(b.page);
    await save('result-other');

    await open(b.page, '?lang=pap-CW');
    await begin(b.page, 'bonaire', 'training');
    await save('training');
    await b.page.click('.sg-scenario-link >> nth=0');
    await b.page.waitForSelector('[data-item]');
    await save('scenario');
    await b.page.check('#sg-item-0');
    await b.page.click('#sg-continue');
    await b.page.waitForSelector('[data-feedback]');
    await save('feedback');
    await open(b.page, '?lang=nl');
    await begin(b.page, 'saba', 'training');
    await b.page.click('#sg-trainer');
    await b.page.waitForSelector('.sg-trainer-case');
    await save('trainer');
    await open(b.page, '?lang=pap-AW');
    await begin(b.page, 'aruba', 'training');
    await b.page.click('#sg-handout');
    await b.page.waitForSelector('.sg-handout');
    await save('handout');
  });
  const built = ['index.html', 'embed.html', ...readdirSync(DIST).filter((f) => f.endsWith('.css'))].map((f) => join(DIST, f));
  assert.ok(built.some((f) => f.endsWith('embed.css')) && built.some((f) => f.endsWith('style.css')), 'stylesheets found');
  try {
    const problems = vnu([...files, ...built]);
    console.log(`vnu checked ${files.length} screens and ${built.length} built files`);
    assert.deepEqual(problems, [], problems.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Nu Html Checker finds a real fault (the check has teeth)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-vnu-'));
  try {
    const f = join(dir, 'bad.html');
    writeFileSync(f, '<!DOCTYPE html><html lang="en"><title>x</title><main></main><main></main><p id="a"></p><p id="a"></p>');
    const c = join(dir, 'bad.css');
    writeFileSync(c, '.x { margin: -calc(1px + 1rem); }');
    const problems = vnu([f, c]).join('\n');
    assert.match(problems, /more than one visible “main”/);
    assert.match(problems, /Duplicate ID/);
    assert.match(problems, /bad\.css.*error/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
