// A private copy of the release build (dist/) served by scripts/serve.py on a free port, with
// the server's request log, and a "deploy" that changes one phone number in that copy. For the
// tests that need to change what is served between two visits.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';

// SIGNAAL_DIST: another build to copy (e.g. to show that a test fails on an older one).
const DIST = process.env.SIGNAAL_DIST || new URL('../dist/', import.meta.url).pathname;
const SERVE = new URL('../scripts/serve.py', import.meta.url).pathname;

/** Serves a copy of dist/. Returns { url, dir, log, requests(), stop() }. */
export async function serveCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-deploy-'));
  cpSync(DIST, dir, { recursive: true });
  const proc = spawn('python3', [SERVE, '--port', '0', '--dir', dir], {
    env: { ...process.env, SIGNAAL_SERVE_LOG: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  proc.stderr.on('data', (d) => log.push(...String(d).split('\n').filter(Boolean)));
  const url = await new Promise((resolve, reject) => {
    proc.stdout.on('data', (d) => {
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(d));
      if (m) resolve(m[0]);
    });
    proc.on('exit', (code) => reject(new Error(`serve.py exited (${code}): ${log.join('\n')}`)));
  });
  return {
    url, dir, log,
    /** [path, status] of every request the server answered so far. */
    requests: () => log.map((l) => /"GET (\S+) HTTP\/[\d.]+" (\d{3})/.exec(l)).filter(Boolean).map((m) => [m[1], Number(m[2])]),
    stop() { proc.kill(); rmSync(dir, { recursive: true, force: true }); },
  };
}

function replaceAll(buf, from, to) {
  const a = Buffer.from(from), b = Buffer.from(to);
  let n = 0;
  for (let i = buf.indexOf(a); i !== -1; i = buf.indexOf(a, i + b.length)) {
    b.copy(buf, i);
    n++;
  }
  return n;
}

/** Rewrites a file and its precompressed copies; `edit` returns [new bytes, count]. */
function rewrite(dir, file, edit) {
  const path = join(dir, file);
  const [buf, n] = edit(readFileSync(path));
  writeFileSync(path, buf);
  writeFileSync(path + '.gz', zlib.gzipSync(buf, { level: 9 }));
  writeFileSync(path + '.br', zlib.brotliCompressSync(buf));
  return n;
}

/** Deploys a corrected phone number into the copy: every occurrence of `from` (number and
 *  its display form, same length) in the page and the WebAssembly module, and a new service
 *  worker version, as scripts/build.sh would write it. */
export function deployNumber(dir, pairs) {
  const counts = {};
  for (const file of ['index.html', 'pkg/signaal_bg.wasm']) {
    counts[file] = rewrite(dir, file, (buf) => [buf, pairs.reduce((n, [from, to]) => {
      if (from.length !== to.length) throw new Error('same length only');
      return n + replaceAll(buf, from, to);
    }, 0)]);
  }
  const version = randomBytes(6).toString('hex');
  counts['sw.js'] = rewrite(dir, 'sw.js', (buf) => {
    const s = buf.toString();
    const t = s.replace(/const VERSION = '[^']*';/, `const VERSION = '${version}';`);
    return [Buffer.from(t), t === s ? 0 : 1];
  });
  return { counts, version };
}
