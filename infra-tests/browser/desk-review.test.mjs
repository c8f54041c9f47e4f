// The import review's fixes, without a browser: a split, a merge and a role change keep every line
// exactly once, and stories numbered 0, 1, … in page order, as POST /api/imports requires.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitAt, mergeUp, reRole, joinUp, readPage, ROLES } from '../../web/desk/js/review.js';

const lines = [
  { line: 1, story: 0, role: 'headline' }, { line: 2, story: 0, role: 'paragraph' }, { line: 3, story: 0, role: 'paragraph' },
  { line: 5, story: 1, role: 'headline' }, { line: 6, story: 1, role: 'paragraph' },
];
const stories = (ls) => ls.map((l) => l.story);

test('a split at a line makes the rest of its story a new one, and later stories move down', () => {
  assert.deepEqual(stories(splitAt(lines, 2)), [0, 0, 1, 2, 2]);
});

test('a merge joins a story into the one above, and later stories move up', () => {
  assert.deepEqual(stories(mergeUp(lines, 3)), [0, 0, 0, 0, 0]);
  assert.deepEqual(stories(mergeUp(splitAt(lines, 2), 2)), stories(lines));
  assert.equal(mergeUp(lines, 0), lines);
});

test('a role change touches one line, and the body sent back lists every line once', () => {
  const fixed = reRole(lines, 1, 'dateline');
  assert.deepEqual(fixed.map((l) => l.role), ['headline', 'dateline', 'paragraph', 'headline', 'paragraph']);
  const body = readPage('t', fixed);
  assert.deepEqual(body.reading.map((r) => r.line), [1, 2, 3, 5, 6]);
  assert.deepEqual(Object.keys(body.reading[0]), ['line', 'story', 'role']);
});

test('a line joined to the one above is sent as joining it, and a split there ends the join', () => {
  const joined = joinUp(lines, 2, true);
  assert.deepEqual(readPage('t', joined).reading.map((r) => r.joins ?? false), [false, false, true, false, false]);
  assert.deepEqual(readPage('t', splitAt(joined, 2)).reading.map((r) => r.joins ?? false), [false, false, false, false, false]);
  assert.deepEqual(readPage('t', joinUp(joined, 2, false)).reading.map((r) => r.joins ?? false), [false, false, false, false, false]);
});

test('the roles offered are the closed set of the API', async () => {
  const { readFileSync } = await import('node:fs');
  const spec = readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');
  const all = spec.split('\n');
  const enumLine = all.slice(all.findIndex((l) => l.trim() === 'LineRole:')).find((l) => l.trim().startsWith('enum:'));
  assert.deepEqual(ROLES.map(([r]) => r), enumLine.match(/\[(.*)\]/)[1].split(', '));
});
