// Old browsers run the full app (issue 15): the released .wasm uses only the WebAssembly MVP
// feature set (the one the README promises), checked with an independent validator (wabt) with
// every later feature switched off, and the JavaScript glue needs no reference types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const BIN = new URL('../node_modules/.bin/', import.meta.url).pathname;
// wabt's validator with every feature after WebAssembly 1.0 (MVP) switched off (the others are
// off by default).
const MVP_ONLY = ['--disable-mutable-globals', '--disable-saturating-float-to-int', '--disable-sign-extension',
  '--disable-simd', '--disable-multi-value', '--disable-bulk-memory', '--disable-reference-types'];

/** null if wabt finds the module valid with only the MVP features, else its message. */
function mvpProblem(file) {
  const r = spawnSync(BIN + 'wasm-validate', [...MVP_ONLY, file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return r.status === 0 ? null : (r.stderr || r.stdout).replace(/\x1b\[[0-9;]*m/g, '').trim();
}

test('the released .wasm validates with only the MVP feature set', () => {
  assert.equal(mvpProblem(DIST + 'pkg/signaal_bg.wasm'), null, 'MVP-only validation');
  // The same check rejects each feature the old browsers lack (it has teeth).
  const samples = {
    'sign-extension': '(module (func (param i32) (result i32) local.get 0 i32.extend8_s))',
    'bulk-memory': '(module (memory 1) (func (memory.copy (i32.const 0) (i32.const 1) (i32.const 1))))',
    'non-trapping float-to-int': '(module (func (param f32) (result i32) local.get 0 i32.trunc_sat_f32_s))',
    'multi-value': '(module (func (result i32 i32) i32.const 0 i32.const 1))',
    'reference-types': '(module (table 1 externref) (func (param externref) (table.set 0 (i32.const 0) (local.get 0))))',
  };
  const dir = mkdtempSync(join(tmpdir(), 'signaal-wasm-'));
  try {
    for (const [feature, wat] of Object.entries(samples)) {
      writeFileSync(join(dir, 'x.wat'), wat);
      const made = spawnSync(BIN + 'wat2wasm', ['--enable-all', join(dir, 'x.wat'), '-o', join(dir, 'x.wasm')], { encoding: 'utf8' });
      assert.equal(made.status, 0, `${feature}: sample builds (${made.stderr})`);
      assert.ok(mvpProblem(join(dir, 'x.wasm')), `${feature}: rejected by the MVP-only check`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the JavaScript glue needs no reference types and no newer syntax than the README floor', () => {
  const js = readFileSync(DIST + 'pkg/signaal.js', 'utf8');
  assert.doesNotMatch(js, /externref|__wbindgen_externrefs|WebAssembly\.Table\(/, 'no externref table');
  // The floor in the README is set by dynamic import() and import.meta (Chrome 64, Safari 11.1,
  // Firefox 67, Samsung Internet 9): syntax from later years must not appear.
  for (const file of ['pkg/signaal.js', 'boot.js', 'embed.js', 'nomodule.js']) {
    const src = readFileSync(DIST + file, 'utf8').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(src, /\?\.[\w[(]/, `${file}: optional chaining`);
    assert.doesNotMatch(src, /\?\?/, `${file}: nullish coalescing`);
    assert.doesNotMatch(src, /\b\d+n\b/, `${file}: BigInt literal`);
    assert.doesNotMatch(src, /#\w+\s*[;=(]/, `${file}: private class members`);
    assert.doesNotMatch(src, /\bstatic\s*\{/, `${file}: static blocks`);
    assert.doesNotMatch(src, /catch\s*\{/, `${file}: optional catch binding`);
    assert.doesNotMatch(src, /\|\|=|&&=|\?\?=/, `${file}: logical assignment`);
  }
});
