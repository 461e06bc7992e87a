// What a real host sends: the headers of every entry page and asset of the served build (by
// scripts/serve.py in the main run; by nginx and Caddy with the configurations in deploy/ in
// scripts/deploy-test.sh), deploy/_headers evaluated for every file of dist/, and a smoke run
// against the server: a journey, quick exit with Back, an inline embed from a second origin,
// and the standalone page refusing to be framed by another site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { open, begin, walkSelf, APP, ORIGIN, HOST, withBrowser } from '../lib.mjs';
import { SETS } from './expected.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SERVER = process.env.SIGNAAL_SERVER || 'serve.py';
const HOST_ORIGIN = new URL(HOST).origin;
const ASSET = /\.(js|mjs|wasm|css|svg|json|webmanifest|png|ico|txt)$/;
const SECURITY = ['content-security-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'access-control-allow-origin',
  'referrer-policy', 'x-content-type-options', 'permissions-policy', 'cache-control'];

/** Every file of dist/ as a URL path (no precompressed copies), and the root. */
function distPaths() {
  const out = ['/'];
  const walk = (dir, rel) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p, `${rel}${f}/`);
      else if (!/\.(br|gz)$/.test(f) && !f.startsWith('.')) out.push(`/${rel}${f}`);
    }
  };
  walk(DIST, '');
  return out;
}

/** The rule every server must follow, per path. */
function expected(path) {
  const asset = ASSET.test(path);
  return {
    csp: !asset || path === '/sw.js',
    ancestors: path === '/frame.html' ? 'embed' : "'self'",
    coop: !asset && path !== '/frame.html',
    shared: asset,
  };
}

function checkHeaders(path, h, where) {
  const want = expected(path);
  const at = `${where} ${path}`;
  assert.equal(h['referrer-policy'], 'no-referrer', at);
  assert.equal(h['x-content-type-options'], 'nosniff', at);
  assert.equal(h['cache-control'], 'no-cache', `${at}: revalidated on each use, so the service worker stays fresh`);
  const pp = (h['permissions-policy'] || '').split(/,\s*/).filter(Boolean);
  assert.ok(pp.length >= 25, `${at}: full Permissions-Policy (${pp.length} features)`);
  for (const f of ['geolocation', 'camera', 'microphone', 'payment', 'usb', 'display-capture', 'bluetooth', 'serial', 'hid']) {
    assert.ok(pp.includes(`${f}=()`), `${at}: ${f} off`);
  }
  assert.deepEqual(pp.filter((f) => !f.endsWith('=()')), ['clipboard-write=(self)'], `${at}: nothing else allowed`);
  const csp = h['content-security-policy'];
  if (want.csp) {
    assert.ok(csp, `${at}: CSP`);
    assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/, at);
    assert.match(csp, /object-src 'none'; base-uri 'none'; form-action 'none'/, at);
    const fa = csp.match(/frame-ancestors ([^;]*)/)?.[1]?.trim();
    if (want.ancestors === 'embed') {
      assert.ok(fa && fa.includes("'self'") && fa !== "'self'" && (fa.includes('https:') || fa.includes(HOST_ORIGIN)), `${at}: other sites may frame the embed page (${fa})`);
    } else {
      assert.equal(fa, "'self'", `${at}: only the tool itself may frame it`);
    }
  } else {
    assert.equal(csp, undefined, `${at}: no page CSP on an asset`);
  }
  assert.equal(h['cross-origin-opener-policy'], want.coop ? 'same-origin' : undefined, `${at}: COOP`);
  assert.equal(h['cross-origin-resource-policy'], want.shared ? 'cross-origin' : 'same-origin', `${at}: CORP`);
  assert.equal(h['access-control-allow-origin'], want.shared ? '*' : undefined, `${at}: CORS`);
}

async function headersOf(path) {
  const r = await fetch(ORIGIN + path, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(r.status, 200, `${SERVER} ${path}`);
  await r.arrayBuffer();
  return Object.fromEntries(r.headers.entries());
}

test(`${SERVER}: the headers of every file of dist/ (CSP per entry page, COOP, CORS, Permissions-Policy, caching, no server tokens)`, async () => {
  for (const path of distPaths()) {
    const h = await headersOf(path);
    checkHeaders(path, h, SERVER);
    assert.ok(h.etag || h['last-modified'], `${path}: a validator for revalidation`);
    assert.ok(!h.server || !/[\d/]/.test(h.server), `${path}: server token ${h.server}`);
  }
  const types = { '/pkg/signaal_bg.wasm': /^application\/wasm/, '/pkg/signaal.js': /javascript/, '/style.css': /^text\/css/,
    '/': /^text\/html/, '/frame.html': /^text\/html/, '/manifest.webmanifest': /^application\/manifest\+json/ };
  const pack = distPaths().find((p) => p.startsWith('/locales/'));
  assert.ok(pack, 'dist/ has locale packs');
  types[pack] = /^text\/plain/;
  for (const [path, re] of Object.entries(types)) assert.match((await headersOf(path))['content-type'], re, path);
});

/** deploy/_headers as Netlify and Cloudflare Pages read it: every rule whose path matches. */
function headersFile(path) {
  const rules = [];
  for (const line of readFileSync(join(ROOT, 'deploy', '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else rules.at(-1).headers.push(line.trim().split(/:\s*/, 1)[0].toLowerCase() + '\0' + line.trim().replace(/^[^:]+:\s*/, ''));
  }
  const out = {};
  for (const r of rules) {
    const re = new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!re.test(path)) continue;
    for (const kv of r.headers) {
      const [k, v] = kv.split('\0');
      assert.ok(!(k in out), `deploy/_headers gives ${path} two ${k} headers (they would be joined)`);
      out[k] = v;
    }
  }
  return out;
}

test('deploy/_headers gives every file of dist/ the same headers as the server', { skip: SERVER !== 'serve.py' && 'checked in the main run' }, async () => {
  for (const path of distPaths()) {
    const file = headersFile(path);
    checkHeaders(path, file, 'deploy/_headers');
    const live = await headersOf(path);
    for (const k of SECURITY) {
      const norm = (v) => v?.replace(/frame-ancestors [^;]*/, 'frame-ancestors …');
      assert.equal(norm(file[k]), norm(live[k]), `${path}: ${k} in deploy/_headers and from ${SERVER}`);
    }
  }
});

/** Serves a stand-in for the neutral exit page so the browser never leaves this machine. */
async function stubExit(context) {
  await context.route('https://www.google.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Neutral</title><p>Neutral page</p>' }));
}

test(`${SERVER}: a journey to the result, then quick exit; Back never shows the tool`, async () => {
  await withBrowser({}, async (b) => {
    await stubExit(b.context);
    await b.page.goto(HOST);
    await open(b.page, '?lang=en');
    await begin(b.page, 'aruba', 'self');
    await walkSelf(b.page, SETS.exploitation);
    await b.page.waitForSelector('.sg-contacts');
    await b.page.click('#sg-exit');
    await b.page.waitForURL('https://www.google.com/');
    // Where the tab is after each Back: first the page before the tool, then nothing newer (a
    // Back that does nothing would leave it on the exit page and fail here).
    for (let i = 1; i <= 4; i++) {
      await b.page.goBack({ timeout: 5000 }).catch(() => {});
      const url = b.page.url();
      assert.ok(!url.startsWith(ORIGIN), `Back ${i} shows the tool`);
      if (i === 1) assert.equal(url, HOST, 'Back 1 goes to the page before the tool');
      else assert.ok([HOST, 'about:blank'].includes(url), `Back ${i} is on ${url}, not a page before the tool`);
    }
    assert.deepEqual(b.errors, [], 'no console errors (e.g. an unknown Permissions-Policy feature)');
  });
});

test(`${SERVER}: an inline embed on another origin mounts without asking (CORS on the assets)`, async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(HOST + 'inline.html');
    await b.page.locator('#one #sg-heading').waitFor();
    await b.page.locator('#themed #sg-heading').waitFor();
    assert.deepEqual(b.errors, []);
  });
});

test(`${SERVER}: the standalone page refuses to be framed by another site; the embed page is for that`, async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(HOST + 'framing.html');
    await b.page.waitForTimeout(1500);
    const a = await (await b.page.$('#standalone')).contentFrame();
    assert.ok(!a || !(await a.$('#sg-heading').catch(() => null)), 'the standalone page is not shown in another site\'s frame');
    if (SERVER === 'serve.py') {
      // The test server lists the test host (http) besides https: sites.
      const f = await (await b.page.$('#embed')).contentFrame();
      await f.waitForSelector('html.sg-ready #sg-heading');
    }
  });
});
