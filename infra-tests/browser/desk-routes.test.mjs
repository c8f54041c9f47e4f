// The desk uses only the public API: every '/api/…' path written in web/desk (and the method it is
// called with) must be a route of openapi.yaml. No browser or server needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const desk = join(root, 'web/desk');

/** openapi.yaml's routes as 'METHOD /api/x/{}' (path parameters as {}), read from its layout. */
export function specRoutes(yaml) {
  const routes = new Set();
  let path = null;
  for (const line of yaml.split('\n')) {
    const p = line.match(/^ {2}(\/api\/\S*):\s*$/);
    if (p) { path = p[1].replace(/\{[^}]+\}/g, '{}'); continue; }
    if (/^ {0,1}\S/.test(line) || /^ {2}\S/.test(line)) path = null;
    const m = path && line.match(/^ {4}(get|put|post|patch|delete):/);
    if (m) routes.add(`${m[1].toUpperCase()} ${path}`);
  }
  return routes;
}

/** Every API call in the desk's sources: {method, path, file}; a path literal outside a call has method null. */
export function deskCalls(sources) {
  const calls = [];
  for (const [file, text] of sources) {
    const called = new Set();
    for (const m of text.matchAll(/api\(\s*'([A-Z]+)'\s*,\s*[`'"](\/api\/[^`'"?]*)/g)) {
      calls.push({ method: m[1], path: normalise(m[2]), file });
      called.add(m.index + m[0].length - m[2].length);
    }
    for (const m of text.matchAll(/[`'"](\/api(?:\/[^`'"?]*)?)/g)) {
      if (!called.has(m.index + 1)) calls.push({ method: null, path: normalise(m[1]), file });
    }
  }
  return calls;
}

const normalise = (path) => path.replace(/\$\{[^}]+\}/g, '{}');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(js|mjs|html)$/.test(e.name))
    .map((e) => [join(e.parentPath ?? e.path, e.name), readFileSync(join(e.parentPath ?? e.path, e.name), 'utf8')]);
}

test('every API route the desk calls is in openapi.yaml, with that method', () => {
  const routes = specRoutes(readFileSync(join(root, 'openapi.yaml'), 'utf8'));
  const paths = new Set([...routes].map((r) => r.split(' ')[1]));
  const calls = deskCalls(sources(desk));
  assert.ok(calls.filter((c) => c.method).length >= 10, 'the scan finds the desk\'s calls');
  const unknown = calls.filter((c) => (c.method ? !routes.has(`${c.method} ${c.path}`) : !paths.has(c.path)))
    .map((c) => `${c.method ?? '(path)'} ${c.path} in ${c.file.slice(root.length)}`);
  assert.deepEqual(unknown, []);
});

test('the check catches a route the spec does not have, a wrong method, and a path outside a call', () => {
  const routes = specRoutes('paths:\n  /api/articles/{id}:\n    get:\n      x: 1\n    patch:\n      x: 1\ncomponents:\n  x:\n    get: 1\n');
  assert.deepEqual([...routes], ['GET /api/articles/{}', 'PATCH /api/articles/{}']);
  const calls = deskCalls([['a.js', "api('GET', `/api/articles/${id}`); api('DELETE', `/api/articles/${id}`);\n"
    + "api('POST', '/api/articles/preview'); const x = '/api/drafts';"]]);
  const bad = calls.filter((c) => (c.method ? !routes.has(`${c.method} ${c.path}`) : ![...routes].some((r) => r.endsWith(' ' + c.path))));
  assert.deepEqual(bad.map((c) => `${c.method} ${c.path}`), ['DELETE /api/articles/{}', 'POST /api/articles/preview', 'null /api/drafts']);
});
