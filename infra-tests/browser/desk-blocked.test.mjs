// A story the publish preflight blocks on (its photo has no file, so nothing is left to read) is marked
// where the desk lists stories with their status: the story lists and the edition's 版面. Needs a
// running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, openDesk } from './desk-steps.mjs';

const chromium = useChromium();

// A past date of this file's own range (an edition goes out only up to tomorrow in the paper's zone).
const day = datesOf(import.meta.url).past();

test('a story the preflight blocks on is marked in the story lists and on its 版面, and one that goes out is not', async () => {
  const story = async (headline, body) => (await call('POST', '/api/articles', { headline, status: 'ready', body })).body.id;
  const fine = await story(`可发稿件${day}`, [{ type: 'paragraph', text: '正文一段。' }]);
  const blocked = await story(`被拦稿件${day}`, [{ type: 'image', caption: '一张还没有照片的图片说明。' }]);
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 9001, pages: [
    { number: 1, name: '要闻', articles: [fine, blocked] }] })).status, 201);

  const { context, page } = await openDesk(chromium());
  for (const list of ['ready', 'recent']) {
    await page.goto(`${base}/desk/#/stories/${list}`);
    await page.getByLabel('按标题筛选').fill(day);
    const row = (headline) => page.locator('ul.stories li', { hasText: headline });
    await row(`被拦稿件${day}`).locator('.badge.blocked').waitFor();
    assert.match(await row(`被拦稿件${day}`).locator('.badge.blocked').textContent(), /阻止发布/);
    assert.match(await row(`被拦稿件${day}`).locator('.badge.blocked').getAttribute('title'), /照片还没有上传：请打开稿件上传照片/);
    assert.equal(await row(`可发稿件${day}`).locator('.badge.blocked').count(), 0, `${list}: a story that goes out is not marked`);
  }

  await page.goto(`${base}/desk/#/edition/${day}`);
  await page.getByText('将发布 1 篇稿件。').waitFor();
  const item = (headline) => page.locator(`[data-article]`, { hasText: headline });
  await item(`被拦稿件${day}`).locator('.badge.blocked').waitFor();
  assert.equal(await item(`可发稿件${day}`).locator('.badge.blocked').count(), 0);
  await context.close();
});
