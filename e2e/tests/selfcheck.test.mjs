// The branching self-check in every locale: a sexual-exploitation case, a child case and a "lover
// boy" case reach the level the rule gives, the result explains which areas counted and which
// answers made them count, and a changed answer that closes a branch drops what no longer applies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, setLocale, begin, advance, answerSelf, LOCALES, withBrowser } from '../lib.mjs';

/** Cases typed by hand from data/indicators.toml and the rule in CONTENT.md. */
const CASES = {
  sexual: {
    yes: ['sex_for_money', 'someone_arranged', 'job_different', 'pay_different', 'excessive_hours', 'hand_over_sex_money', 'passport_kept', 'debt_to_employer'],
    level: 'trafficking', danger: false, age: 'adult', list: 'adult_sexual',
    positive: ['deceptive_recruitment', 'exploitative_conditions', 'coercion_destination'],
  },
  child: {
    // A 16-year-old recruited online with a false job offer, then made to have sex with men.
    yes: ['under_18', 'someone_arranged', 'online_offer', 'job_different', 'sex_for_money', 'forced_sex'],
    level: 'trafficking', danger: true, age: 'child', list: 'child_sexual',
    positive: ['deceptive_recruitment'], childExploitation: true,
  },
  loverBoy: {
    yes: ['sex_for_money', 'lover_recruiter', 'money_pressure', 'hard_situation', 'hand_over_sex_money', 'excessive_hours', 'movement_controlled', 'passport_kept'],
    level: 'trafficking', danger: false, age: 'adult', list: 'adult_sexual',
    positive: ['vulnerability_recruitment', 'exploitative_conditions', 'coercion_destination'],
  },
};

async function run(page, locale, c) {
  await open(page);
  await setLocale(page, locale);
  await begin(page, 'curacao', 'self');
  await advance(page); // safety note
  const seen = await answerSelf(page, c.yes);
  for (const id of c.yes) assert.ok(seen.includes(id), `${locale}: question ${id} was asked`);
  await advance(page); // summary -> result
  assert.equal(await page.getAttribute('#sg-heading', 'data-level'), c.level, `${locale}: level`);
  assert.equal(await page.getAttribute('#sg-heading', 'data-danger'), c.danger ? 'true' : null, `${locale}: danger heading`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'sg-heading', `${locale}: focus on the heading`);
  assert.equal(await page.getAttribute('.sg-why [data-age]', 'data-age'), c.age, `${locale}: age`);
  const lists = await page.$$eval('.sg-why-list', (els) => els.map((e) => ({
    list: e.dataset.list,
    level: e.dataset.level,
    positive: [...e.querySelectorAll('[data-dimension][data-positive=true]')].map((d) => d.dataset.dimension),
    answers: [...e.querySelectorAll('[data-indicator]')].map((d) => d.dataset.indicator),
    child: !!e.querySelector('[data-child-exploitation]'),
  })));
  const l = lists.find((x) => x.list === c.list);
  assert.ok(l, `${locale}: the ${c.list} list is explained (${lists.map((x) => x.list)})`);
  assert.equal(l.level, c.level, `${locale}: level of the list`);
  assert.deepEqual(l.positive, c.positive, `${locale}: areas that count`);
  for (const id of c.yes.filter((x) => !['under_18', 'someone_arranged', 'sex_for_money'].includes(x))) {
    assert.ok(l.answers.includes(id), `${locale}: answer ${id} named as a reason`);
  }
  assert.equal(l.child, !!c.childExploitation, `${locale}: child exploitation named`);
}

for (const locale of LOCALES) {
  test(`self-check in ${locale}: sexual exploitation, a child, a "lover boy"`, async () => {
    await withBrowser({}, async (b) => {
      for (const c of Object.values(CASES)) await run(b.page, locale, c);
      assert.deepEqual(b.errors, [], 'console errors');
    });
  });
}

test('changing an answer that closes a branch drops the answers that no longer apply, and says so', async () => {
  await withBrowser({}, async (b) => {
    await open(b.page, '?lang=en');
    await begin(b.page, 'aruba', 'self');
    await advance(b.page);
    await answerSelf(b.page, ['works_for_someone', 'excessive_hours']);
    const rows = () => b.page.$$eval('.sg-summary-row', (r) => r.map((x) => x.dataset.indicator));
    assert.ok((await rows()).includes('excessive_hours'));
    // "Change" for "work for someone" -> no.
    await advance(b.page, '.sg-summary-row[data-indicator=works_for_someone] button');
    await b.page.check('#sg-answer-no');
    await b.page.waitForSelector('.sg-dropped[role=status]');
    await advance(b.page);
    assert.ok(!(await rows()).includes('excessive_hours'), 'closed question gone from the summary');
    await advance(b.page);
    assert.equal(await b.page.getAttribute('#sg-heading', 'data-level'), 'none');
  });
});
