// Robust to page translation (issue 15). Browser translators replace every text node with
// <font><font>translation</font></font>. Here a "translator" does exactly that (keeping the
// words, so that a stale text shows as a difference), and every path is walked twice side by
// side: on a translated page and on a plain one, with the same actions. After each action the
// text on screen must be the same on both, and the translated page must never panic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, APP, LOCALES, ISLANDS } from '../lib.mjs';
import { SETS } from './expected.mjs';

function translator() {
  const skip = new Set(['SCRIPT', 'STYLE', 'TITLE', 'OPTION', 'SELECT', 'TEXTAREA', 'FONT']);
  const wrap = () => {
    if (!document.body) return;
    const found = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const p = n.parentElement;
      if (n.data.trim() && p && !skip.has(p.tagName) && !p.closest('font')) found.push(n);
    }
    for (const n of found) {
      const outer = document.createElement('font');
      const inner = document.createElement('font');
      inner.textContent = n.data;
      outer.append(inner);
      n.replaceWith(outer);
    }
    window.__sgWrapped = (window.__sgWrapped || 0) + found.length;
  };
  new MutationObserver(wrap).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('DOMContentLoaded', wrap);
}

/** Runs `fn(t)` with two pages in one browser, one of them translated, and always closes the
 *  browser: `t.both(label, act)` runs `act(page)` on both, then compares the visible texts. */
async function withPair(fn) {
  return withBrowser({ locale: 'en-GB' }, async (b) => {
    const plain = b.page;
    const translated = await b.context.newPage();
    await translated.addInitScript(translator);
    const text = (p) => p.evaluate(() => {
      const app = document.querySelector('.sg-app');
      // Cards below the fold are not laid out (content-visibility: auto), so innerText would
      // depend on scrolling: lay them all out.
      for (const el of document.querySelectorAll('.sg-contact')) el.style.contentVisibility = 'visible';
      return app ? app.innerText.replace(/\s+/g, ' ').trim() : '(no app)';
    });
    const state = (p) => p.evaluate(() => ({
      panicked: document.documentElement.classList.contains('sg-panicked'),
      wrapped: window.__sgWrapped || 0,
    }));
    let steps = 0;
    return fn({
      b, plain, translated,
      async both(label, act) {
        for (const p of [plain, translated]) await act(p);
        // Let the translator's observer run before reading.
        await translated.evaluate(() => new Promise((r) => setTimeout(r, 0)));
        const [a, t] = [await text(plain), await text(translated)];
        const s = await state(translated);
        assert.equal(s.panicked, false, `${label}: the translated page panicked`);
        assert.equal(t, a, `${label}: the translated page shows other (stale) text`);
        steps++;
      },
      async check() {
        assert.ok((await state(translated)).wrapped > 100, 'the translator wrapped the texts');
        assert.deepEqual(b.errors, [], 'no console error or page error');
        return steps;
      },
    });
  });
}

async function open(p, query = '') {
  await p.goto(APP + query);
  await p.waitForSelector('html.sg-ready #sg-heading');
}
const click = (sel) => (p) => p.click(sel);
const check = (sel) => (p) => p.check(sel);
const select = (sel, v) => (p) => p.selectOption(sel, v);
// A language switch shows the new language once its texts (a locale pack) have arrived.
const language = (v) => async (p) => {
  await p.selectOption('#sg-lang', v);
  await p.waitForFunction((t) => document.querySelector('.sg-app')?.lang === t, v);
};

test('translated page: the self-check with every answer, summary, result, every island and language', async () => {
  await withPair(async (t) => {
    await t.both('start', (p) => open(p));
    await t.both('continue without a choice', click('#sg-continue'));
    await t.both('island', check('#sg-island-0'));
    await t.both('island changed', check('#sg-island-5'));
    await t.both('path', check('#sg-path-self'));
    await t.both('language on start', language('es'));
    await t.both('language back', language('en'));
    await t.both('begin', click('#sg-continue'));
    await t.both('safety', click('#sg-continue'));
    await t.both('no answer', click('#sg-continue'));
    const answers = ['#sg-answer-yes', '#sg-answer-no', '#sg-answer-not-sure'];
    // The self-check branches: answer whatever question is on screen until the summary.
    for (let i = 0; i < 40; i++) {
      const form = await t.b.page.$('form[data-indicator]');
      if (!form) break;
      const yes = SETS.trafficking.yes.includes(await form.getAttribute('data-indicator'));
      await t.both(`question ${i + 1} first answer`, check(answers[(i + 1) % 3]));
      await t.both(`question ${i + 1} answer`, check(yes ? '#sg-answer-yes' : answers[i % 3]));
      if (i === 3) await t.both('language on a question', language('pap-CW'));
      if (i === 5) await t.both('back', click('.sg-back'));
      if (i === 5) await t.both('forward again', click('#sg-continue'));
      await t.both(`question ${i + 1} continue`, click('#sg-continue'));
    }
    await t.both('summary language', language('nl'));
    await t.both('result', click('#sg-continue'));
    for (const island of ISLANDS) await t.both(`result in ${island}`, select('#sg-island', island));
    for (const l of LOCALES) await t.both(`result in ${l}`, language(l));
    await t.both('clear answers', click('#sg-clear'));
    console.log(`${await t.check()} steps compared`);
  });
});

test('translated page: checklist for someone else and the training, every step', async () => {
  await withPair(async (t) => {
    await t.both('start', (p) => open(p, '?lang=es'));
    await t.both('other', async (p) => { await p.check('#sg-island-2'); await p.check('#sg-path-other'); });
    await t.both('begin', click('#sg-continue'));
    for (let n = 0; await t.plain.$('#sg-none'); n++) {
      const box = await t.plain.$('.sg-checkbox input:not(#sg-none)');
      const id = await box.getAttribute('id');
      await t.both(`theme ${n} tick`, check(`#${id}`));
      if (n === 1) await t.both('none of these', check('#sg-none'));
      if (n === 2) await t.both('language on a theme', language('pap-AW'));
      await t.both(`theme ${n} continue`, click('#sg-continue'));
    }
    await t.both('result', click('#sg-continue'));
    await t.both('island on result', select('#sg-island', 'sint-maarten'));

    await t.both('training', async (p) => {
      await open(p, '?lang=en');
      await p.check('#sg-island-3');
      await p.check('#sg-path-training');
      await p.click('#sg-continue');
      await p.waitForSelector('.sg-scenario-link');
    });
    await t.both('scenario', async (p) => { await p.click('.sg-scenario-link >> nth=0'); await p.waitForSelector('[data-item]'); });
    await t.both('mark', check('#sg-item-0'));
    await t.both('mark 2', check('#sg-item-2'));
    await t.both('check answers', async (p) => { await p.click('#sg-continue'); await p.waitForSelector('[data-feedback]'); });
    await t.both('language on feedback', language('nl'));
    await t.both('next', click('#sg-next'));
    await t.both('training summary or next scenario', (p) => p.waitForSelector('#sg-heading'));
    await t.both('trainer view', async (p) => {
      await open(p, '?lang=pap-AW');
      await p.check('#sg-island-0');
      await p.check('#sg-path-training');
      await p.click('#sg-continue');
      await p.click('#sg-trainer');
      await p.waitForSelector('.sg-trainer-case');
    });
    await t.both('handout', async (p) => {
      await open(p, '?lang=en');
      await p.check('#sg-island-1');
      await p.check('#sg-path-training');
      await p.click('#sg-continue');
      await p.click('#sg-handout');
      await p.waitForSelector('.sg-handout');
    });
    await t.both('handout language', language('es'));
    console.log(`${await t.check()} steps compared`);
  });
});
