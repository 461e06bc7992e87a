// Embedding for NGOs, tested from a host page on a second origin (e2e/host/serve.py, which
// sends the strict CSP a host needs): the iframe embed with its resize messages and quick
// exit, two inline widgets side by side with theming and style isolation, malformed options,
// the inline fallback, the embed generator page and the npm package in a scratch host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { advance, storage, axe, cspViolations, ORIGIN, HOST, withBrowser } from '../lib.mjs';

const HOST_ORIGIN = new URL(HOST).origin;
const ROOT = resolve(import.meta.dirname, '..', '..');

/** Nothing stored on the host origin, and only the two origins were contacted. */
async function privacy(b, frames = []) {
  const s = await storage(b.page, b.context);
  assert.deepEqual([s.cookie, s.local, s.session, s.idb.length, Object.keys(s.caches).length, s.cookies], ['', 0, 0, 0, 0, 0], 'host origin storage');
  for (const f of frames) {
    const fs = await f.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, caches: self.caches ? (await caches.keys()).length : 0, sw: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0 }));
    assert.deepEqual(fs, { local: 0, session: 0, cookie: '', caches: 0, sw: 0 }, 'tool origin storage (in the frame)');
  }
  assert.deepEqual(b.offOrigin([ORIGIN, HOST_ORIGIN]), [], 'requests beyond the tool and the host');
}

async function frameOf(page, selector) {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  await frame.waitForSelector('html.sg-ready #sg-heading'); // the app, not the static first paint
  return frame;
}

const heightOf = (page) => page.$eval('#widget iframe', (f) => parseFloat(f.style.height));

test('iframe embed: language and island from the options, sized to its content as it grows', async () => {
  // Service workers allowed, so that "none registered in the frame" means something.
  await withBrowser({ serviceWorkers: 'allow' }, async (b) => {
    await b.page.goto(HOST + 'iframe.html');
    const frame = await frameOf(b.page, '#widget iframe');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'pap-CW');
    assert.match(await frame.textContent('#sg-heading'), /hende ku bo konos/);
    assert.ok(await frame.isChecked('#sg-island-2'), 'Curaçao chosen');
    const sandbox = await b.page.getAttribute('#widget iframe', 'sandbox');
    assert.match(sandbox, /allow-top-navigation-by-user-activation/);
    assert.doesNotMatch(sandbox, /allow-top-navigation(\s|$)/, 'no top navigation without a user gesture');

    const fits = async () => {
      const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await b.page.waitForFunction((h) => Math.abs(parseFloat(document.querySelector('#widget iframe').style.height) - h) <= 1, inner);
      return inner;
    };
    const start = await fits();
    // Other path, every signal ticked on each theme: the result page is much longer.
    await frame.check('#sg-path-other');
    await frame.click('#sg-continue');
    await frame.waitForSelector('#sg-none');
    const checklist = await fits();
    for (let i = 0; i < 12 && (await frame.$('#sg-none')); i++) {
      for (const box of await frame.$$('.sg-checkbox input:not(#sg-none)')) await box.check();
      await advance(frame);
    }
    await frame.click('#sg-continue'); // "do not confront" -> result
    await frame.waitForSelector('.sg-contacts');
    const result = await fits();
    assert.ok(result > start && result > checklist, `frame grew with its content (${start} → ${checklist} → ${result})`);
    assert.equal(await heightOf(b.page), result, 'iframe height equals the content height');

    // The frame never scrolls itself; when the host page scrolls far into it, the quick-exit
    // button must still be on screen.
    await b.page.evaluate(() => window.scrollTo(0, document.querySelector('#widget iframe').offsetTop + 1500));
    const inView = async () => {
      const frameTop = await b.page.$eval('#widget iframe', (f) => f.getBoundingClientRect().top);
      const r = await frame.$eval('#sg-exit', (a) => { const r = a.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
      return { top: frameTop + r.top, bottom: frameTop + r.bottom };
    };
    let pos;
    for (let i = 0; i < 30; i++) {
      pos = await inView();
      if (pos.top >= 0 && pos.bottom <= 844) break;
      await b.page.waitForTimeout(100);
    }
    assert.ok(pos.top >= 0 && pos.bottom <= 844, `exit button at ${JSON.stringify(pos)} in the host viewport`);
    await frame.click('#sg-exit', { trial: true });
    assert.deepEqual(await cspViolations(b.page), []);
    await privacy(b, [frame]);
  });
});

test('iframe embed: resize messages are checked by origin and shape in both directions', async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(HOST + 'iframe.html');
    const frame = await frameOf(b.page, '#widget iframe');
    await b.page.waitForFunction(() => parseFloat(document.querySelector('#widget iframe').style.height) > 100);
    const good = await heightOf(b.page);
    // The host page itself (not the frame) claims a height: ignored.
    await b.page.evaluate(() => window.postMessage({ type: 'signaal:height', height: 77 }, '*'));
    // The frame sends malformed messages: ignored.
    await frame.evaluate(() => {
      parent.postMessage({ type: 'signaal:height', height: '333' }, '*');
      parent.postMessage({ type: 'signaal:height', height: 999999 }, '*');
      parent.postMessage({ type: 'signaal:height', height: -5 }, '*');
      parent.postMessage({ type: 'other', height: 333 }, '*');
      parent.postMessage('signaal:height 333', '*');
    });
    await b.page.waitForTimeout(300);
    assert.equal(await heightOf(b.page), good, 'no bad message changed the height');
    // A well-formed message from the frame is applied (so the checks above are meaningful).
    await frame.evaluate(() => parent.postMessage({ type: 'signaal:height', height: 321 }, '*'));
    await b.page.waitForFunction(() => document.querySelector('#widget iframe').style.height === '321px');

    // Host -> frame: only { type: 'signaal:measure' } from the parent gets an answer.
    await b.page.evaluate(() => {
      window.__heights = 0;
      window.addEventListener('message', (e) => { if (e.data && e.data.type === 'signaal:height') window.__heights++; });
    });
    const send = (msg) => b.page.evaluate((m) => document.querySelector('#widget iframe').contentWindow.postMessage(m, '*'), msg);
    await send({ type: 'signaal:nonsense' });
    await send('signaal:measure');
    await send({ kind: 'signaal:measure' });
    // The frame posting to itself is not the parent.
    await frame.evaluate(() => window.postMessage({ type: 'signaal:measure' }, '*'));
    await b.page.waitForTimeout(300);
    assert.equal(await b.page.evaluate(() => window.__heights), 0, 'malformed or foreign requests were ignored');
    await send({ type: 'signaal:measure' });
    await b.page.waitForFunction(() => window.__heights === 1);
    // And the answer restored the true height.
    assert.equal(await heightOf(b.page), good);
  });
});

test('iframe embed: quick exit leaves the whole host page', async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(HOST + 'iframe.html');
    const frame = await frameOf(b.page, '#widget iframe');
    await frame.click('#sg-exit');
    await b.page.waitForURL(HOST + 'left.html');
    assert.ok(await b.page.isVisible('#left'));
  });
});

test('iframe embed: Shift three times in the frame leaves the host page, long after the last click', async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(HOST + 'iframe.html');
    const frame = await frameOf(b.page, '#widget iframe');
    const length = await b.page.evaluate(() => history.length);
    await frame.click('#sg-path-self');
    await frame.click('#sg-continue');
    await frame.waitForFunction(() => !document.querySelector('#sg-path-self'));
    assert.equal(await b.page.evaluate(() => history.length), length, 'the frame adds no history entries to the host tab');
    // Let the click's user activation expire (about 5 s in Chromium), then use keys only.
    await new Promise((r) => setTimeout(r, 5600));
    const handle = await b.page.$('#widget iframe');
    await handle.focus();
    for (let i = 0; i < 3; i++) await b.page.keyboard.press('Shift');
    await b.page.waitForURL(HOST + 'left.html');
  });
});

for (const [page, what] of [
  ['noexit.html', 'iframe without allow-top-navigation: quick exit empties the frame, the host stays (documented)'],
  // The frame knows its parent's origin, so it asks the host script to leave and waits for it;
  // with no host script to answer, the frame must still leave by itself.
  ['silent.html', 'iframe whose host has no script to answer the exit message: the frame still leaves'],
]) {
  test(what, async () => {
    await withBrowser({}, async (b) => {
      await b.page.goto(HOST + page);
      const frame = await frameOf(b.page, '#frame');
      await b.page.evaluate(() => {
        window.__exits = [];
        window.addEventListener('message', (e) => { if (e.data && e.data.type === 'signaal:exit') window.__exits.push(e.origin); });
      });
      await frame.click('#sg-exit');
      // The frame navigates away from the tool (here to an error page, because this host's CSP
      // does not allow framing the exit address; either way the tool is gone).
      const handle = await b.page.$('#frame');
      for (let i = 0; i < 50; i++) {
        const f = await handle.contentFrame();
        if (f && !f.url().startsWith(ORIGIN)) break;
        await b.page.waitForTimeout(100);
      }
      assert.ok(!(await handle.contentFrame()).url().startsWith(ORIGIN), 'the frame left the tool');
      assert.equal(b.page.url(), HOST + page, 'the host page stayed');
      // Only the frame that knows its parent's origin asks the host to leave.
      assert.deepEqual(await b.page.evaluate(() => window.__exits), page === 'silent.html' ? [ORIGIN] : []);
    });
  });
}

/** Runs fn inside the widget's shadow root. */
const inWidget = (page, id, fn, arg) => page.evaluate(([id, src, arg]) => {
  const root = document.getElementById(id).shadowRoot;
  return new Function('root', 'arg', `return (${src})(root, arg)`)(root, arg);
}, [id, fn.toString(), arg]);

test('inline embeds: two widgets with their own language, island and theme, isolated from the host styles', async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(HOST + 'inline.html');
    await b.page.locator('#one #sg-heading').waitFor();
    await b.page.locator('#themed #sg-heading').waitFor();
    assert.equal(await inWidget(b.page, 'one', (r) => r.querySelector('.sg-app').lang), 'nl');
    assert.equal(await inWidget(b.page, 'themed', (r) => r.querySelector('.sg-app').lang), 'es');
    assert.ok(await b.page.locator('#one #sg-island-0').isChecked(), 'Aruba in widget one');
    assert.ok(await b.page.locator('#themed #sg-island-5').isChecked(), 'Sint Maarten in widget two');
    // The host's title and language are left alone by inline widgets.
    assert.equal(await b.page.title(), 'Host: two inline embeds');
    assert.equal(await b.page.evaluate(() => document.documentElement.lang), 'en');

    // Host styles do not break the tool: readable size despite html { font-size: 62.5% },
    // no inherited uppercase or letter-spacing, the host's `.sg-app { display: none }` and
    // `button { background: lime }` do not reach in.
    const look = await inWidget(b.page, 'one', (r) => {
      const cs = (sel) => getComputedStyle(r.querySelector(sel));
      const lead = cs('.sg-lead');
      return { size: parseFloat(lead.fontSize), transform: lead.textTransform, spacing: lead.letterSpacing, align: lead.textAlign,
        app: cs('.sg-app').display, button: cs('#sg-continue').backgroundColor, box: cs('#sg-continue').boxSizing };
    });
    assert.ok(look.size >= 16, `tool text is ${look.size}px`);
    assert.deepEqual([look.transform, look.spacing, look.align, look.app, look.box], ['none', 'normal', 'left', 'block', 'border-box']);
    assert.equal(look.button, 'rgb(29, 53, 87)', 'default accent on widget one');
    // Theming through a custom property set by the host on the element.
    assert.equal(await inWidget(b.page, 'themed', (r) => getComputedStyle(r.querySelector('#sg-continue')).backgroundColor), 'rgb(138, 21, 56)');
    // The tool's styles do not leak out: the host's own .sg-lead keeps the host's size (10px).
    assert.equal(await b.page.$eval('body > p.sg-lead', (p) => getComputedStyle(p).fontSize), '10px');

    // The widgets work independently: walk widget two into the checklist, widget one stays.
    const headOne = await b.page.locator('#one #sg-heading').textContent();
    await b.page.locator('#themed #sg-continue').click();
    await b.page.locator('#themed #sg-none').waitFor();
    await b.page.locator('#themed #sg-none').check();
    assert.equal(await b.page.locator('#one #sg-heading').textContent(), headOne);
    assert.deepEqual(await cspViolations(b.page), []);
    assert.deepEqual(b.errors, []);
    await privacy(b);

    // Quick exit from widget one leaves the page for its exit address.
    await b.page.locator('#one #sg-exit').click();
    await b.page.waitForURL(HOST + 'left.html');
  });
});

test('a widget added after load mounts too', async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(HOST + 'inline.html');
    await b.page.locator('#one #sg-heading').waitFor();
    await b.page.evaluate(() => {
      const el = document.createElement('div');
      el.id = 'late';
      el.setAttribute('data-signaal', 'inline');
      el.setAttribute('data-lang', 'pap-AW');
      document.body.append(el);
    });
    await b.page.locator('#late #sg-heading').waitFor();
    assert.equal(await inWidget(b.page, 'late', (r) => r.querySelector('.sg-app').lang), 'pap-AW');
  });
});

test('malformed embed options fall back to defaults with one console warning each', async () => {
  await withBrowser({ locale: 'en-US' }, async (b) => {
    await b.page.goto(HOST + 'bad.html');
    await b.page.locator('#bad-inline #sg-heading').waitFor();
    const frame = await frameOf(b.page, '#bad-frame iframe');
    const modeFrame = await frameOf(b.page, '#bad-mode iframe');
    const liFrame = await frameOf(b.page, '#bad-li iframe');
    assert.equal(await liFrame.evaluate(() => document.documentElement.lang), 'nl', 'an element without shadow DOM gets an iframe');
    assert.equal(await inWidget(b.page, 'bad-inline', (r) => r.querySelector('.sg-app').lang), 'en', 'browser language');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await modeFrame.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await b.page.locator('#bad-inline input[name=sg-island]:checked').count(), 0, 'no island preselected');
    assert.equal(await b.page.locator('#bad-inline #sg-exit').getAttribute('href'), 'https://www.google.com/');
    assert.equal(await frame.getAttribute('#sg-exit', 'href'), 'https://www.google.com/');
    assert.equal(await inWidget(b.page, 'bad-inline', (r) => getComputedStyle(r.querySelector('#sg-continue')).backgroundColor), 'rgb(29, 53, 87)');

    const expect = [
      /data-signaal must be "iframe" or "inline", not "popup"/,
      /unknown language `xx-klingon`/, /unknown island `atlantis`/, /unknown path `sideways`/,
      /`red;}body{display:none` is not a colour for accent/,
      /compact must be true or false, not `maybe`/, /unknown option `colour`/,
      /unknown language `zz`/, /`url\(http:\/\/evil.example\/x.png\)` is not a colour/,
      /cannot mount inline in <li>; using an iframe/,
    ];
    const mine = b.warnings.filter((w) => w.startsWith('Signaal'));
    for (const re of expect) assert.equal(mine.filter((w) => re.test(w)).length, 1, `one warning matching ${re}: ${mine.join(' | ')}`);
    assert.equal(mine.filter((w) => /exit-url/.test(w)).length, 2, 'one exit-url warning per widget');
    assert.equal(mine.length, expect.length + 2, mine.join('\n'));
    assert.deepEqual(b.errors, []);
    await privacy(b, [frame]);
  });
});

test('inline embed: .wasm blocked or a panic shows the numbers inside the widget', async () => {
  await withBrowser({}, async (b) => {
    await b.context.route('**/*.wasm', (r) => r.abort());
    await b.page.goto(HOST + 'inline.html');
    await b.page.waitForFunction(() => {
      const fb = document.getElementById('one').shadowRoot?.querySelector('.sg-fallback');
      return fb && !fb.hidden && fb.getBoundingClientRect().height > 100;
    });
    // Widget one is Dutch for Aruba: its fallback is Dutch and holds Aruba's numbers only.
    const fb = await inWidget(b.page, 'one', (r) => ({
      lang: r.querySelector('.sg-fallback [lang]').lang,
      title: r.querySelector('.sg-fallback h2').textContent,
      islands: [...r.querySelectorAll('.sg-fallback h3')].map((h) => h.textContent),
      tels: [...r.querySelectorAll('.sg-fallback a[href^="tel:"]')].map((a) => [a.getAttribute('href'), a.target]),
      exit: r.querySelector('.sg-fallback .sg-fb-exit').textContent,
    }));
    assert.equal(fb.lang, 'nl');
    assert.equal(fb.title, 'Hulp bij mensenhandel en uitbuiting');
    assert.deepEqual(fb.islands, ['Aruba']);
    assert.equal(fb.exit, 'Verlaat deze pagina');
    const tels = fb.tels.map(([n]) => n);
    for (const n of ['tel:911', 'tel:+2975824000']) assert.ok(tels.includes(n), `fallback lacks ${n}`);
    for (const n of ['tel:9310', 'tel:+17215422222']) assert.ok(!tels.includes(n), `fallback for Aruba shows ${n}`);
    assert.deepEqual(fb.tels.filter(([, t]) => t !== '_top'), [], 'calls open from the top page');
    // The fallback keeps a quick exit, to the widget's own exit address.
    assert.equal(await inWidget(b.page, 'one', (r) => r.querySelector('.sg-fallback .sg-fb-exit').getAttribute('href')), HOST + 'left.html');
    await b.page.locator('#one .sg-fb-exit').click();
    await b.page.waitForURL(HOST + 'left.html');
  });
  await withBrowser({}, async (c) => {
    await c.page.goto(HOST + 'inline.html');
    await c.page.locator('#one #sg-heading').waitFor();
    await c.page.evaluate((tool) => import(tool + 'pkg/signaal.js').then((m) => m.simulate_panic()).catch(() => {}), ORIGIN + '/');
    for (const id of ['one', 'themed']) {
      await c.page.waitForFunction((id) => document.getElementById(id).classList.contains('sg-panicked'), id);
      const shown = await inWidget(c.page, id, (r) => ({
        app: getComputedStyle(r.querySelector('.sg-mount')).display,
        fb: r.querySelector('.sg-fallback').getBoundingClientRect().height,
        apology: getComputedStyle(r.querySelector('.sg-fallback .sg-apology')).display,
      }));
      assert.equal(shown.app, 'none', `${id}: app hidden`);
      assert.ok(shown.fb > 100, `${id}: fallback shown`);
      assert.equal(shown.apology, 'block', `${id}: apology shown`);
    }
  });
});

test('embed page: options update the snippet and the live preview; no accessibility violations', async () => {
  await withBrowser({ viewport: { width: 1024, height: 900 } }, async (b) => {
    await b.page.goto(ORIGIN + '/embed.html');
    await b.page.selectOption('#eg-lang', 'es');
    await b.page.selectOption('#eg-island', 'bonaire');
    await b.page.fill('#eg-exit', 'https://example.org/');
    const snippet = await b.page.inputValue('#eg-snippet');
    assert.match(snippet, new RegExp(`<script src="${ORIGIN}/embed.js" defer></script>`));
    assert.match(snippet, /data-signaal="iframe" data-lang="es" data-island="bonaire" data-exit-url="https:\/\/example.org\/"/);
    const frame = await frameOf(b.page, '#eg-preview iframe');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'es');
    assert.ok(await frame.isChecked('#sg-island-1'), 'Bonaire in the preview');
    await b.page.selectOption('#eg-mode', 'inline');
    assert.match(await b.page.inputValue('#eg-snippet'), /data-signaal="inline"/);
    await b.page.locator('#eg-preview #sg-heading').waitFor();
    assert.equal(await b.page.locator('#eg-preview .sg-app').getAttribute('lang'), 'es');
    await b.context.grantPermissions(['clipboard-write'], { origin: ORIGIN });
    // The page may write the clipboard (Permissions-Policy clipboard-write=(self)) but not read
    // it (clipboard-read=()): the text is seen on its way in.
    await b.page.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (t) => { window.__copied = t; return write(t); };
    });
    await b.page.click('#eg-copy');
    await b.page.waitForFunction(() => document.querySelector('#eg-copied').textContent.length > 0);
    assert.match(await b.page.textContent('#eg-copied'), /./);
    assert.equal(await b.page.evaluate(() => window.__copied), await b.page.inputValue('#eg-snippet'), 'copied snippet');
    assert.match(await b.page.textContent('main'), /wasm-unsafe-eval/);
    assert.match(await b.page.textContent('main'), /frame-ancestors https:/);
    assert.deepEqual(await cspViolations(b.page), []);
    assert.deepEqual(b.errors, []);
    assert.deepEqual(await axe(b.page), [], 'inline preview');
    await b.page.selectOption('#eg-mode', 'iframe');
    await frameOf(b.page, '#eg-preview iframe');
    assert.deepEqual(await axe(b.page), [], 'iframe preview');
    assert.equal(await b.page.locator('main').count(), 1, 'one main landmark on the page');
  });
});

test('embed page: five languages, a refused accent colour with the reason, the maintainer contact', async () => {
  await withBrowser({ viewport: { width: 1024, height: 900 } }, async (b) => {
    const names = { nl: 'Signaal op je eigen site zetten', 'pap-AW': 'Pone Signaal riba bo website', 'pap-CW': 'Pone Signaal riba bo wèpsait', en: 'Embed Signaal on your site', es: 'Poner Signaal en tu sitio web' };
    for (const [lang, title] of Object.entries(names)) {
      await b.page.goto(`${ORIGIN}/embed.html?lang=${lang}`);
      assert.equal(await b.page.evaluate(() => document.documentElement.lang), lang);
      assert.equal((await b.page.textContent('h1')).trim(), title);
      assert.equal(await b.page.title(), title);
      assert.equal(await b.page.getAttribute('#eg-langs [aria-current=page]', 'lang'), lang);
    }
    // Dutch page: an accent with too little contrast against white text is refused, with why.
    await b.page.goto(`${ORIGIN}/embed.html?lang=nl`);
    assert.match(await b.page.textContent('#eg-contrast'), /^Contrast 12,\d op 1: goed te lezen/);
    await b.page.fill('#eg-accent', '#8a1538');
    assert.match(await b.page.inputValue('#eg-snippet'), /data-accent="#8a1538"/, 'a readable accent goes into the snippet');
    await b.page.fill('#eg-accent', '#ffcc00');
    const msg = await b.page.textContent('#eg-contrast');
    assert.match(msg, /^Contrast 1,\d op 1 tussen de tekstkleur en de accentkleur\. Dat is te laag: tekst heeft minstens 4,5 op 1 nodig \(WCAG 2\.2/);
    assert.equal(await b.page.getAttribute('#eg-accent', 'aria-invalid'), 'true');
    assert.match(await b.page.inputValue('#eg-snippet'), /data-accent="#8a1538"/, 'the snippet keeps the last readable colour');
    assert.doesNotMatch(await b.page.inputValue('#eg-snippet'), /ffcc00/);
    // Dark text on the yellow accent is fine (WCAG relative luminance: 13.89:1 for #000 on #fc0, shown rounded down).
    await b.page.fill('#eg-accent-text', '#000000');
    assert.match(await b.page.textContent('#eg-contrast'), /^Contrast 13,8 op 1: goed te lezen/);
    assert.match(await b.page.inputValue('#eg-snippet'), /data-accent="#ffcc00" data-accent-text="#000000"/);
    // Mid grey on white: 4.48:1 must be refused, and not shown as 4.5.
    await b.page.fill('#eg-accent-text', '#ffffff');
    await b.page.fill('#eg-accent', '#777777');
    assert.match(await b.page.textContent('#eg-contrast'), /^Contrast 4,4 op 1 .*te laag/);
    // The contact: the maintainer from data/site.toml, or a visible placeholder.
    const contact = await b.page.textContent('#eg-contact');
    assert.match(contact, /^Vragen, of een probleem met de tool op je site\? Neem contact op met /);
    assert.ok(/@|https:\/\//.test(contact) || contact.includes('[nog niet ingevuld: contact]'), contact);
    assert.deepEqual(b.errors, []);
  });
});

test('npm package: `npm pack` output installed into a scratch host page runs both embeds', async () => {
  const pkgDir = join(ROOT, 'target', 'npm');
  assert.ok(existsSync(join(pkgDir, 'package.json')), 'scripts/build.sh writes target/npm');
  const scratch = mkdtempSync(join(tmpdir(), 'signaal-npm-'));
  const port = Number(new URL(HOST).port) + 1;
  let server;
  await withBrowser({}, async (b) => {
    try {
      execFileSync('npm', ['pack', pkgDir, '--pack-destination', scratch, '--silent'], { stdio: 'pipe' });
      const tgz = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
      assert.ok(tgz, 'npm pack wrote a tarball');
      writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch-host', private: true }));
      execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(scratch, tgz)], { cwd: scratch, stdio: 'pipe' });
      const base = 'node_modules/@signaal/embed/';
      for (const f of ['embed.js', 'embed.css', 'index.html', 'pkg/signaal.js', 'pkg/signaal_bg.wasm', 'README.md']) {
        assert.ok(existsSync(join(scratch, base, f)), `package holds ${f}`);
      }
      writeFileSync(join(scratch, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scratch host</title><link rel="icon" href="${base}icons/icon.svg"></head><body>
<div id="a" data-signaal="inline" data-lang="pap-AW" data-island="aruba"></div>
<div id="b" data-signaal="iframe" data-lang="nl" data-island="saba"></div>
<script src="${base}embed.js" defer></script></body></html>`);
      server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '-d', scratch], { stdio: 'ignore' });
      const url = `http://127.0.0.1:${port}/`;
      for (let i = 0; i < 50; i++) {
        try { await fetch(url); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
      }
      await b.page.goto(url);
      await b.page.locator('#a #sg-heading').waitFor();
      assert.equal(await inWidget(b.page, 'a', (r) => r.querySelector('.sg-app').lang), 'pap-AW');
      assert.match(await b.page.locator('#a #sg-heading').textContent(), /\bcu\b/, 'Aruban spelling');
      const frame = await frameOf(b.page, '#b iframe');
      assert.equal(await frame.evaluate(() => document.documentElement.lang), 'nl');
      assert.ok(await frame.isChecked('#sg-island-3'), 'Saba in the iframe');
      assert.deepEqual(b.offOrigin([`http://127.0.0.1:${port}`]), [], 'everything from the host itself');
      assert.deepEqual(b.errors, []);
    } finally {
      if (server) server.kill();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

/** The self-check in a widget (`at` is a frame, or a locator scope on the host page for an
 *  inline widget): start, safety note and `n - 2` questions, each answered "yes". */
async function stepsIn(at, n) {
  await at.locator('#sg-path-self').check();
  for (let s = 2; s <= n; s++) {
    const yes = at.locator('#sg-answer-yes');
    if (await yes.count()) await yes.check();
    const before = await at.locator('#sg-heading').textContent();
    await at.locator('#sg-continue').click();
    await at.locator('#sg-heading').filter({ hasNotText: before }).waitFor();
  }
  await at.locator('#sg-answer-yes').check();
}

/** Quick exit by each control, from inside a widget. */
const EXITS = {
  button: (at) => at.locator('#sg-exit').click(),
  'Shift×3': async (at, page) => {
    await at.locator('#sg-heading').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  },
  'hidden first link': async (at, page) => {
    await at.locator('.sg-skip-exit').focus();
    await page.keyboard.press('Enter');
  },
};

for (const [file, kind] of [['iframe.html', 'iframe'], ['inline.html', 'inline']]) {
  for (const [how, exit] of Object.entries(EXITS)) {
    test(`${kind} embed: after N steps and a quick exit by ${how}, Back 1 to N+1 times never shows the tool`, async () => {
      await withBrowser({}, async (b) => {
        await b.page.goto(HOST); // the page before the one with the tool
        await b.page.goto(HOST + file);
        const at = kind === 'iframe' ? (await frameOf(b.page, '#widget iframe'), b.page.frameLocator('#widget iframe')) : b.page.locator('#one');
        await at.locator('#sg-heading').waitFor();
        const n = 4;
        const length = await b.page.evaluate(() => history.length);
        await stepsIn(at, n);
        assert.equal(await b.page.evaluate(() => history.length), length, 'the widget adds no entries to the host tab');
        await exit(at, b.page);
        // The host script and (with a key press's user activation) the frame may both replace
        // the top page; the first navigation is then aborted by the second, to the same address.
        // What matters is where the tab ends up, so poll its address instead of one navigation.
        for (let t = 0; t < 100 && b.page.url() !== HOST + 'left.html'; t++) await b.page.waitForTimeout(100);
        await b.page.waitForLoadState('load');
        assert.equal(b.page.url(), HOST + 'left.html', `${how}: the host page left for its exit address`);
        for (let i = 1; i <= n + 1; i++) {
          await b.page.goBack({ waitUntil: 'load', timeout: 5000 }).catch(() => {});
          await b.page.waitForTimeout(150);
          const url = b.page.url();
          assert.notEqual(url, HOST + file, `${how}: Back ${i} shows the host page with the tool`);
          // Where the tab is: the page before the one with the tool (a Back that does nothing
          // would leave it on the exit page).
          if (i === 1) assert.equal(url, HOST, `${how}: Back 1 goes to the page before the tool`);
          else assert.ok([HOST, 'about:blank'].includes(url), `${how}: Back ${i} is on ${url}, not a page before the tool`);
          assert.ok(b.page.frames().every((f) => !f.url().startsWith(ORIGIN)), `${how}: Back ${i} shows the tool in a frame`);
          assert.equal(await b.page.locator('[data-signaal]').count(), 0, `${how}: Back ${i} shows a widget`);
        }
      });
    });
  }
}

/** In a frame: the checklist with "none of these" on each theme, then the result page. */
async function toResult(frame) {
  await frame.check('#sg-path-other');
  await frame.click('#sg-continue');
  await frame.waitForSelector('#sg-none');
  for (let i = 0; i < 12 && (await frame.$('#sg-none')); i++) {
    await frame.check('#sg-none');
    await advance(frame);
  }
  await frame.click('#sg-continue'); // "do not confront" -> result
  await frame.waitForSelector('.sg-contacts');
}

for (const [file, policy] of [['aruba.html', 'the recommended'], ['strict-iframe.html', 'a strict']]) {
  test(`iframe embed on a host with ${policy} CSP: call and WhatsApp links open without navigating the frame`, async () => {
    await withBrowser({}, async (b) => {
      await b.context.route('https://wa.me/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>WhatsApp</title>' }));
      const cdp = await b.context.newCDPSession(b.page);
      await cdp.send('Page.enable');
      const asked = [];
      cdp.on('Page.frameRequestedNavigation', (e) => asked.push([e.url, e.disposition]));
      await b.page.goto(HOST + file);
      const frame = await frameOf(b.page, '#widget iframe');
      await toResult(frame);
      const tool = frame.url();
      const links = await frame.$$eval('.sg-app a[href^="tel:"]', (as) => as.map((a) => [a.getAttribute('href'), a.target]));
      assert.ok(links.length >= 3, `call links on the result page: ${JSON.stringify(links)}`);
      assert.deepEqual(links.filter(([, t]) => t !== '_top'), [], 'every call link opens from the top page');
      // WhatsApp opens in a new tab (allow-popups-to-escape-sandbox).
      const [popup] = await Promise.all([b.context.waitForEvent('page'), frame.click('.sg-contacts a[href^="https://wa.me/"]')]);
      await popup.waitForLoadState();
      assert.match(popup.url(), /^https:\/\/wa\.me\/2975975223/);
      assert.equal(frame.url(), tool, 'WhatsApp: the frame stays on the tool');
      // A call is asked of the top page, which hands it to the phone app and stays. (Headless
      // Chromium then holds the page's input for its external-protocol prompt, so one call
      // link is clicked; the others are the same markup, checked above.)
      const href = await frame.getAttribute('.sg-contacts a[href^="tel:"]', 'href');
      await frame.click('.sg-contacts a[href^="tel:"]', { noWaitAfter: true });
      for (let i = 0; i < 20 && !asked.some(([u]) => u === href); i++) await b.page.waitForTimeout(100);
      assert.ok(asked.some(([u, d]) => u === href && d === 'currentTab'), `${href} asked of the top page: ${JSON.stringify(asked)}`);
      await b.page.waitForTimeout(500);
      assert.equal(frame.url(), tool, 'call: the frame stays on the tool');
      assert.ok(await frame.isVisible('.sg-contacts'), 'call: the tool stays on screen');
      assert.equal(b.page.url(), HOST + file, 'call: the host page stays');
      assert.deepEqual(await cspViolations(b.page), [], 'no CSP violation on the host page');
      assert.deepEqual(b.errors, []);
    });
  });
}

test('inline embed on a host enforcing Trusted Types: the widget runs, and its fallback too, with no violation', async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(HOST + 'strict-inline.html');
    await b.page.locator('#one #sg-heading').waitFor();
    assert.match(await b.page.locator('#one #sg-heading').textContent(), /\bcu\b/, 'Aruban Papiamento');
    await b.page.locator('#one #sg-continue').click();
    await b.page.locator('#one .sg-error-summary, #one #sg-heading').first().waitFor();
    assert.deepEqual(await cspViolations(b.page), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(b.errors, []);
  });
  await withBrowser({}, async (c) => {
    await c.context.route('**/*.wasm', (r) => r.abort());
    await c.page.goto(HOST + 'strict-inline.html');
    await c.page.waitForFunction(() => {
      const fb = document.getElementById('one').shadowRoot?.querySelector('.sg-fallback');
      return fb && !fb.hidden && fb.querySelector('a[href="tel:911"]');
    });
    assert.equal(await inWidget(c.page, 'one', (r) => r.querySelector('.sg-fallback [lang]').lang), 'pap-AW');
    assert.deepEqual(await cspViolations(c.page), [], 'the fallback is built without HTML strings');
  });
});

test('a tool server that does not share its files (no CORS): the widget shows its language\'s numbers for its island', async () => {
  const port = Number(new URL(HOST).port) + 2;
  const tool = `http://127.0.0.1:${port}`;
  const scratch = mkdtempSync(join(tmpdir(), 'signaal-restricted-'));
  writeFileSync(join(scratch, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Restricted</title></head><body>
<div id="w" data-signaal="inline" data-lang="es" data-island="curacao"></div><script src="${tool}/embed.js" defer></script></body></html>`);
  const servers = [
    spawn('python3', [join(ROOT, 'scripts', 'serve.py'), '--port', String(port), '--dir', join(ROOT, 'dist'), '--no-cors'], { stdio: 'ignore' }),
    spawn('python3', ['-m', 'http.server', String(port + 1), '--bind', '127.0.0.1', '-d', scratch], { stdio: 'ignore' }),
  ];
  await withBrowser({}, async (b) => {
    try {
      for (const u of [tool + '/', `http://127.0.0.1:${port + 1}/`]) {
        for (let i = 0; i < 50; i++) {
          try { await fetch(u); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
        }
      }
      await b.page.goto(`http://127.0.0.1:${port + 1}/`);
      await b.page.waitForFunction(() => {
        const fb = document.getElementById('w').shadowRoot?.querySelector('.sg-fallback');
        return fb && !fb.hidden;
      });
      const fb = await inWidget(b.page, 'w', (r) => ({
        lang: r.querySelector('.sg-fallback [lang]').lang,
        text: r.querySelector('.sg-fallback').textContent,
        islands: [...r.querySelectorAll('.sg-fallback h3')].map((h) => h.textContent),
        tels: [...r.querySelectorAll('.sg-fallback a[href^="tel:"]')].map((a) => a.getAttribute('href')),
      }));
      assert.equal(fb.lang, 'es');
      assert.match(fb.text, /trata de personas/);
      assert.deepEqual(fb.islands, ['Curazao']);
      assert.ok(fb.tels.includes('tel:911') && fb.tels.includes('tel:+59997477229'), `Curaçao's numbers: ${fb.tels}`);
      assert.ok(!fb.tels.includes('tel:+2975824000'), 'not Aruba\'s');
    } finally {
      for (const s of servers) s.kill();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

test('embed.js parses as ES2017 (host browsers as old as the app supports) and builds no HTML from strings', async () => {
  const { parse } = await import('acorn');
  for (const file of [join(ROOT, 'www', 'embed.js'), join(ROOT, 'dist', 'embed.js'), join(ROOT, 'www', 'embed-page.js')]) {
    const src = readFileSync(file, 'utf8');
    // ES2017, plus the one newer form the app's own loader needs too (boot.js): import() of
    // the module, in browsers that can run the app at all. It is not a Trusted Types sink,
    // unlike a <script src> the script would have to create instead.
    assert.doesNotThrow(() => parse(src.replace(/\bimport\(/g, '__import('), { ecmaVersion: 2017, sourceType: 'script' }), file);
    assert.doesNotMatch(src, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|DOMParser/, `${file}: an HTML sink`);
  }
  // The check has teeth: optional chaining (ES2020) is refused.
  assert.throws(() => parse('a?.b', { ecmaVersion: 2017 }));
});
