// An edition taken off the site is not one that never went out: its layout says it was taken down,
// when (the take-down's publication), and when it first went out; the calendar says 已撤下. Needs a
// running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, openDesk } from './desk-steps.mjs';

const chromium = useChromium();
// A past date of this file's own range (dates.mjs): no other test file uses it.
const day = datesOf(import.meta.url).past();

async function finished(job) {
  for (let i = 0; i < 120; i++) {
    const { body } = await call('GET', `/api/publications/${job}`);
    if (['succeeded', 'failed', 'unknown'].includes(body.status)) return body;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`publication ${job} did not finish`);
}

test('a taken-down edition\'s layout says it was taken down and when, never 尚未发布', async () => {
  const lead = (await call('POST', '/api/articles', { headline: `撤下头条${day}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 7301, pages: [{ number: 1, name: '要闻', articles: [lead] }] })).status, 201);
  assert.equal((await finished((await call('POST', `/api/editions/${day}/publish`)).body.id)).status, 'succeeded');
  const down = await finished((await call('DELETE', `/api/editions/${day}/publication`)).body.id);
  assert.equal(down.status, 'succeeded');

  const { context, page } = await openDesk(chromium());
  const at = await page.evaluate((iso) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long',
    day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }), down.finishedAt);
  await page.goto(`${base}/desk/#/edition/${day}`);
  const line = page.getByText(/已从网站撤下/);
  await line.waitFor();
  const said = await line.textContent();
  assert.ok(said.includes(`${at}撤下`), `says when it was taken down: ${said}`);
  assert.match(said, /首次发布于/);
  assert.equal(await page.getByText('尚未发布').count(), 0);

  await page.goto(`${base}/desk/#/editions/${day.slice(0, 7)}`);
  const cell = page.getByRole('link', { name: new RegExp(`第7301期，已撤下`) });
  await cell.waitFor();
  await context.close();
});
