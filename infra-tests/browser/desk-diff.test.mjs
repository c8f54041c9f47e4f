// The revisions view's character diff (web/desk/js/diff.js). Pure; no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffText } from '../../web/desk/js/diff.js';

const show = (runs) => runs.map((r) => (r.op === '=' ? r.text : `${r.op}[${r.text}]`)).join('');

test('the runs say what was kept, removed and added, character by character', () => {
  assert.equal(show(diffText('城南供暖提前启动', '城南供暖提前五天启动')), '城南供暖提前+[五天]启动');
  assert.equal(show(diffText('提前三天启动。', '提前五天启动。')), '提前-[三]+[五]天启动。');
  assert.equal(show(diffText('', '新')), '+[新]');
  assert.equal(show(diffText('同', '同')), '同');
});

test('characters outside the Basic Multilingual Plane stay whole', () => {
  assert.equal(show(diffText('𠮷野家', '𠮷田家')), '𠮷-[野]+[田]家');
});

test('the kept and added runs rebuild the new text, the kept and removed the old', () => {
  const a = '受降温影响，城南供暖提前三天启动。全区换热站同步升温。';
  const b = '受降温影响，城南集中供暖提前五天启动。全区换热站同步升温，热力充足。';
  const runs = diffText(a, b);
  assert.equal(runs.filter((r) => r.op !== '-').map((r) => r.text).join(''), b);
  assert.equal(runs.filter((r) => r.op !== '+').map((r) => r.text).join(''), a);
});
