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

// Two editors place their imports on the same 版 of an edition neither has seen made: the one who
// presses second learns the other's layout exists now, still sees what they were placing, and can add
// it onto the other's layout (or look at it) — their drafts are neither lost nor placed behind their back.
test('the second of two editors creating the same new layout sees the first one\'s, keeps their own placement, and can add it on', async () => {
  const raced = dates.ahead(2);
  const open = async () => {
    const context = await chromium().newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/desk/#/import`);
    await signIn(page);
    return { context, page };
  };
  const first = await open();
  const second = await open();
  const placeFirst = await importAndPlace(first.page, raced, 4, pageText(`竞排甲${tag}`, `竞排乙${tag}`));
  const placeSecond = await importAndPlace(second.page, raced, 4, pageText(`竞排丙${tag}`, `竞排丁${tag}`));
  for (const { page } of [first, second]) {
    await page.getByLabel('本期尚未建立，期号').fill('9103');
    await page.getByLabel('第4版名称').fill('城事');
  }
  await placeFirst.click();
  await first.page.getByText(/^已按阅读顺序排入第4版（2 篇）/).waitFor();

  await placeSecond.click();
  const status = second.page.getByRole('status').filter({ hasText: '他人' });
  await status.waitFor();
  const said = await status.textContent();
  assert.match(said, /第4版 城事：2篇/, 'the other editor\'s layout is named, as it now stands');
  assert.match(said, new RegExp(`竞排丙${tag}.*竞排丁${tag}`), 'the placement this editor was making is still in view');
  assert.deepEqual((await call('GET', `/api/editions/${raced}`)).body.pages.map((p) => p.articles.length), [2],
    'nothing of the second editor was saved over the first one\'s');

  await second.page.getByRole('button', { name: '加到对方的版面上' }).click();
  await second.page.getByText(/^已按阅读顺序排入第4版（2 篇）/).waitFor();
  const layout = (await call('GET', `/api/editions/${raced}`)).body;
  const headlines = await Promise.all(layout.pages[0].articles.map(async (id) => (await call('GET', `/api/articles/${id}`)).body.headline));
  assert.deepEqual(headlines, [`竞排甲${tag}`, `竞排乙${tag}`, `竞排丙${tag}`, `竞排丁${tag}`]);
  await first.context.close();
  await second.context.close();
});

// The same race on the layout screen: a new edition opened here, made by someone else before this
// editor saves, is the layout screen's conflict (theirs named beside mine, keep mine or load theirs).
test('a new layout saved after someone made the edition meanwhile is the layout conflict, not a 428', async () => {
  const date = dates.ahead(3);
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${date}`);
  await signIn(page);
  await page.getByRole('heading', { name: `${date} 版面` }).waitFor();
  await page.getByLabel('期号').fill('9104');
  const theirs = (await call('POST', '/api/articles', { headline: `先建${tag}`, body: [{ type: 'paragraph', text: '正文。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 9104, pages: [{ number: 3, name: '他版', articles: [theirs] }] })).status, 201);

  await page.getByRole('button', { name: '保存版面' }).click();
  await page.getByText(/版面已被他人修改（版本1：第3版 他版：1篇）/).waitFor();
  await page.getByRole('button', { name: '用我的版面覆盖' }).click();
  await page.getByText(/版面已保存（版本2）/).first().waitFor();
  assert.deepEqual((await call('GET', `/api/editions/${date}`)).body.pages.map((p) => [p.number, p.name]), [[1, '要闻']]);
  await context.close();
});
