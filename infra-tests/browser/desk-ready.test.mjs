// Marking many drafts 待编 at once (web/desk/js/ready.js) against a stand-in for the API: each draft
// gets the story editor's save (a merge patch of the status, If-Match of the version the list read),
// never more than three requests at a time, and a refusal is kept with its story. No browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markReady, whyNotReady } from '../../web/desk/js/ready.js';

test('twenty drafts go three at a time, each with its own version; a 412 stays with its story', async () => {
  const sent = [];
  let inFlight = 0;
  let most = 0;
  globalThis.fetch = async (path, init) => {
    inFlight++;
    most = Math.max(most, inFlight);
    sent.push({ path, method: init.method, match: init.headers['If-Match'], type: init.headers['Content-Type'], body: init.body });
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
    const stale = path.endsWith('/s7');
    return new Response(stale ? '{"type":"version-conflict","status":412}' : JSON.stringify({ id: path.split('/').pop(), status: 'ready' }),
      { status: stale ? 412 : 200, headers: { ETag: '"4"' } });
  };
  const drafts = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, headline: `稿${i}`, version: i + 1, status: 'draft' }));
  const ticks = [];
  const results = await markReady(drafts, (done, total) => ticks.push(`${done}/${total}`));

  assert.ok(most <= 3, `${most} requests at once`);
  assert.equal(most, 3, 'and not one at a time');
  assert.equal(sent.length, 20);
  assert.deepEqual(sent.find((s) => s.path.endsWith('/s2')),
    { path: '/api/articles/s2', method: 'PATCH', match: '"3"', type: 'application/merge-patch+json', body: '{"status":"ready"}' });
  assert.deepEqual(results.map((r) => r.story.id), drafts.map((d) => d.id), 'in the order given');
  assert.deepEqual(results.filter((r) => r.error).map((r) => [r.story.headline, r.error.status]), [['稿7', 412]]);
  assert.match(whyNotReady(results[7].error), /已被他人修改/);
  assert.equal(ticks.at(-1), '20/20');
});
