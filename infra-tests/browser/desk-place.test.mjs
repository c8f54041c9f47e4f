// An import of a page for a date and 版 offers to place its drafts on that 版面 of the edition's
// layout, in reading order, through the public API: onto an existing layout (the other 版面 kept), and
// into a new edition when there is none (its 期号 asked for). Needs a running local stack:
// BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, signIn } from './desk-steps.mjs';

const chromium = useChromium();

// Dates of this file's own range far ahead (only laid out here, never published); `offset` tags its stories.
const offset = Math.floor(Math.random() * 900) * 2;
const dates = datesOf(import.meta.url);
const existing = dates.ahead();
const fresh = dates.ahead(1);
const tag = String(offset);
const pageText = (a, b) => `${a}\n\n本报讯 第一篇的正文一段。\n\n${b}\n\n本报讯 第二篇的正文一段。\n`;

async function importAndPlace(page, date, number, text) {
  await page.goto(`${base}/desk/#/import`);
  await page.getByLabel('期次日期').fill(date);
  await page.getByLabel('版次').fill(String(number));
  await page.getByLabel('版面文字').fill(text);
  await page.getByRole('button', { name: '导入为草稿' }).click();
  await page.getByText('已生成 2 篇草稿').waitFor();
  return page.getByRole('button', { name: `按阅读顺序排入${date}第${number}版` });
}

test('an import\'s drafts are placed on their 版 in reading order, on an existing layout and in a new edition', async () => {
  const lead = (await call('POST', '/api/articles', { headline: `排版头条${tag}`, body: [{ type: 'paragraph', text: '正文。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${existing}`, { number: 9101, pages: [{ number: 1, name: '要闻', articles: [lead] }] })).status, 201);
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/import`);
  await signIn(page);

  const place = await importAndPlace(page, existing, 3, pageText(`排版甲${tag}`, `排版乙${tag}`));
  await page.evaluate(axeSource);
  const axe = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.getByLabel('第3版名称').fill('城事');
  await place.click();
  await page.getByText(/^已按阅读顺序排入第3版（2 篇）/).waitFor();
  const layout = (await call('GET', `/api/editions/${existing}`)).body;
  assert.deepEqual(layout.pages.map((p) => [p.number, p.name, p.articles.length]), [[1, '要闻', 1], [3, '城事', 2]]);
  const headlines = await Promise.all(layout.pages[1].articles.map(async (id) => (await call('GET', `/api/articles/${id}`)).body.headline));
  assert.deepEqual(headlines, [`排版甲${tag}`, `排版乙${tag}`]);

  const placeNew = await importAndPlace(page, fresh, 2, pageText(`排版丙${tag}`, `排版丁${tag}`));
  await placeNew.click();
  await page.getByText('请填写期号').waitFor();
  await page.getByLabel('本期尚未建立，期号').fill('9102');
  await page.getByLabel('第2版名称').fill('要闻');
  await placeNew.click();
  await page.getByText(/^已按阅读顺序排入第2版（2 篇）/).waitFor();
  assert.equal(await page.getByLabel('本期尚未建立，期号').count(), 0, 'the edition exists now: its 期号 is no longer asked for');
  const created = (await call('GET', `/api/editions/${fresh}`)).body;
  assert.equal(created.number, 9102);
  assert.deepEqual(created.pages.map((p) => [p.number, p.articles.length]), [[2, 2]]);
  await context.close();
});
