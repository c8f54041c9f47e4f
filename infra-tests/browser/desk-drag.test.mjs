// Laying out by drag and drop: a story dragged onto another goes before it, onto a 版面's free space
// goes last, between 版面 or within one; the keyboard way stays (Alt+arrow keys, desk.test.mjs). Needs a
// running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, openDesk } from './desk-steps.mjs';

const chromium = useChromium();
const day = datesOf(import.meta.url).ahead();

test('stories move between and within 版面 by drag and drop, and the layout saves as shown', async () => {
  const ids = {};
  for (const name of ['甲', '乙', '丙']) {
    ids[name] = (await call('POST', '/api/articles',
      { headline: `拖放${name}${day}`, status: 'ready', body: [{ type: 'paragraph', text: '正文。' }] })).body.id;
  }
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 9100,
    pages: [{ number: 1, name: '要闻', articles: [ids.甲, ids.乙] }, { number: 2, name: '城事', articles: [ids.丙] }] })).status, 201);

  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/edition/${day}`);
  const story = (name) => page.locator('[data-article]', { hasText: `拖放${name}${day}` });
  const onPage = (n) => page.getByRole('region', { name: `第${n}版` }).locator('[data-article] .title').allTextContents();
  await story('甲').waitFor();

  await story('乙').dragTo(story('丙'));                       // onto a story of another 版面: before it
  assert.deepEqual(await onPage(2), [`拖放乙${day}`, `拖放丙${day}`]);
  await story('丙').dragTo(story('乙'));                       // within a 版面
  assert.deepEqual(await onPage(2), [`拖放丙${day}`, `拖放乙${day}`]);
  await story('甲').dragTo(story('丙'));
  assert.deepEqual(await onPage(1), []);
  assert.deepEqual(await onPage(2), [`拖放甲${day}`, `拖放丙${day}`, `拖放乙${day}`]);
  await story('乙').dragTo(page.getByRole('region', { name: '第1版' }).locator('ol.page-articles'));   // an empty 版面: last
  assert.deepEqual(await onPage(1), [`拖放乙${day}`]);

  await page.getByRole('button', { name: '保存版面' }).click();
  await page.getByText(/^版面已保存（版本/).waitFor();
  const saved = (await call('GET', `/api/editions/${day}`)).body;
  assert.deepEqual(saved.pages.map((p) => p.articles), [[ids.乙], [ids.甲, ids.丙]]);
  await context.close();
});
