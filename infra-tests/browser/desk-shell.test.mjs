// The desk's first load: every module is preloaded by index.html (one round trip, not one per import
// level), no inline script (its CSP would refuse one), and at most 150 KB of JavaScript gzipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const desk = new URL('../../web/desk/', import.meta.url).pathname;
const html = readFileSync(join(desk, 'index.html'), 'utf8');
const modules = readdirSync(join(desk, 'js')).filter((f) => f.endsWith('.js'));

test('index.html loads main.js and preloads every other module of the desk', () => {
  assert.match(html, /<script type="module" src="js\/main\.js"><\/script>/);
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="js\/([^"]+)">/g)].map((m) => m[1]).sort();
  assert.deepEqual(preloaded, modules.filter((m) => m !== 'main.js').sort());
});

test('no inline script or style, and no inline event handler', () => {
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
});

test('the first load is at most 150 KB of JavaScript, gzipped', () => {
  const bytes = modules.reduce((sum, m) => sum + gzipSync(readFileSync(join(desk, 'js', m))).length, 0);
  assert.ok(bytes <= 150 * 1024, `${bytes} bytes`);
});
