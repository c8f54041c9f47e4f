// The desk's save and conflict rules (web/desk/js/merge.js): the merge patch a save sends, and the
// three-way merge a 412 offers. Pure functions; no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergePatch, threeWay, merged } from '../../web/desk/js/merge.js';

const base = { headline: '城南供暖提前启动', kicker: '温暖过冬', byline: [{ role: '记者', name: '林小雨' }], status: 'draft',
  body: [{ type: 'paragraph', text: '第一段。' }, { type: 'paragraph', text: '第二段。' }] };

test('a save sends only what changed; an emptied field as null, never the headline', () => {
  assert.deepEqual(mergePatch(base, { ...base, kicker: '', subheadline: '——副题' }), { kicker: null, subheadline: '——副题' });
  assert.deepEqual(mergePatch(base, { ...base, headline: '' }), { headline: '' });
  assert.deepEqual(mergePatch(base, { ...base, body: [...base.body] }), {});
  assert.deepEqual(mergePatch({ headline: 'x' }, { headline: 'x', column: '', byline: [] }), {}, 'absent equals empty');
});

test('the three-way view: one side changed takes that side; both changed the same field is a conflict', () => {
  const mine = { ...base, kicker: '暖冬', headline: '我的标题' };
  const theirs = { ...base, headline: '对方的标题', status: 'ready' };
  const sides = threeWay(base, mine, theirs);
  assert.equal(sides.kicker, 'mine');
  assert.equal(sides.status, 'theirs');
  assert.equal(sides.headline, 'conflict');
  assert.equal(sides.body, 'same');
  assert.deepEqual(merged(base, mine, theirs), { ...base, kicker: '暖冬', headline: '我的标题', status: 'ready', subheadline: undefined, column: undefined, dateline: undefined });
  assert.equal(merged(base, mine, theirs, { headline: 'theirs' }).headline, '对方的标题');
});

test('two people editing different paragraphs both keep their edit', () => {
  const mine = { ...base, body: [{ type: 'paragraph', text: '第一段，我改了。' }, base.body[1]] };
  const theirs = { ...base, body: [base.body[0], { type: 'paragraph', text: '第二段，对方改了。' }] };
  assert.equal(threeWay(base, mine, theirs).body, 'both');
  assert.deepEqual(merged(base, mine, theirs).body.map((b) => b.text), ['第一段，我改了。', '第二段，对方改了。']);
});

test('the same paragraph changed by both is a conflict the person settles, the other blocks merged', () => {
  const mine = { ...base, body: [{ type: 'paragraph', text: '我的第一段。' }, base.body[1]] };
  const theirs = { ...base, body: [{ type: 'paragraph', text: '对方的第一段。' }, base.body[1]] };
  assert.equal(threeWay(base, mine, theirs).body, 'conflict');
  assert.equal(merged(base, mine, theirs).body[0].text, '我的第一段。');
  assert.equal(merged(base, mine, theirs, { body: 'theirs' }).body[0].text, '对方的第一段。');
});

test('a block whose keys come back from the API in another order is not a change', () => {
  const saved = { headline: 'x', body: [{ type: 'image', caption: '图为换热站。', credit: '周明', media: '0926214c-8d31-4758-83e2-caf0bd8b9f73' }] };
  const form = { headline: 'x', body: [{ type: 'image', media: '0926214c-8d31-4758-83e2-caf0bd8b9f73', caption: '图为换热站。', credit: '周明' }] };
  assert.deepEqual(mergePatch(saved, form), {});
  assert.equal(threeWay(saved, form, saved).body, 'same');
});
