// A page imported twice: the second import is refused (409) and the desk names the stories the first
// one made by their headlines, each a link to it, never by their ids, and says which 期次 and 版次 it
// was imported as (the same words under another 版次, or with full-width marks, are the same page). Needs a running local stack:
// BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, openDesk } from './desk-steps.mjs';

const chromium = useChromium();
const day = datesOf(import.meta.url).past();
const PAGE = ['河堤步道全线贯通', '', '　　本报讯 沿河十二公里的步道昨日全线贯通，沿途设有八处休息点。', '',
  '社区食堂开到家门口', '', '　　本报讯 城西新开三家社区食堂，老人用餐可享九折。'].join('\n');

test('a page imported again is refused, and the stories it made are named by headline', async () => {
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/import`);
  const importOnce = async () => {
    await page.getByLabel('期次日期').fill(day);
    await page.getByLabel('版次').fill('3');
    await page.getByLabel('版面文字').fill(PAGE);
    await page.getByRole('button', { name: '导入为草稿' }).click();
  };
  await importOnce();
  await page.getByText(/河堤步道全线贯通/).first().waitFor();
  await importOnce();
  await page.getByText(`这一版已经导入过（${day} 第3版），导入的稿件在这里：`).waitFor();
  const links = page.locator('ul.reimported a');
  await page.getByRole('link', { name: /河堤步道全线贯通/ }).waitFor();
  const named = await links.allTextContents();
  assert.equal(named.length, 2);
  assert.ok(named.some((t) => t.includes('河堤步道全线贯通')) && named.some((t) => t.includes('社区食堂开到家门口')), named.join(' | '));
  assert.ok(named.every((t) => !/^[0-9a-f-]{36}$/.test(t)), 'no raw id');
  await context.close();
});

test('the same page under another 版次, with full-width punctuation, is refused naming the 期次 and 版次 it was imported as', async () => {
  const other = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
  const HALF = ['图书馆夜间开放', '', '　　本报讯 市图书馆自下周起夜间开放(至晚九点);自习区新增座位。'].join('\n');
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/import`);
  const importAs = async (pageNo, words) => {
    await page.getByLabel('期次日期').fill(other);
    await page.getByLabel('版次').fill(pageNo);
    await page.getByLabel('版面文字').fill(words);
    await page.getByRole('button', { name: '导入为草稿' }).click();
  };
  await importAs('2', HALF);
  await page.getByText(/图书馆夜间开放/).first().waitFor();
  await importAs('6', HALF.replace('(', '（').replace(')', '）').replace(';', '；'));
  await page.getByText(`这一版已经导入过（${other} 第2版），导入的稿件在这里：`).waitFor();
  await page.getByRole('link', { name: /图书馆夜间开放/ }).waitFor();
  await context.close();
});

test('the same notice printed on two 版 of one edition: 仍然导入 makes drafts on the second 版 too; the same 版 twice never offers it', async () => {
  const on = new Date(Date.parse(day) - 2 * 86_400_000).toISOString().slice(0, 10);
  const NOTICE = ['停电通知', '', '　　本报讯 因线路检修，城东片区本周日上午停电四小时。'].join('\n');
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/import`);
  const importAs = async (pageNo) => {
    await page.getByLabel('期次日期').fill(on);
    await page.getByLabel('版次').fill(pageNo);
    await page.getByLabel('版面文字').fill(NOTICE);
    await page.getByRole('button', { name: '导入为草稿' }).click();
  };
  await importAs('2');
  await page.getByText('已生成 1 篇草稿').waitFor();
  await importAs('6');
  await page.getByText(`这一版已经导入过（${on} 第2版），导入的稿件在这里：`).waitFor();
  await page.getByText('如果同一内容确实也印在第6版').waitFor();
  await page.getByRole('button', { name: '仍然导入' }).click();
  await page.getByText('已生成 1 篇草稿').waitFor();
  const drafts = (await call('GET', `/api/articles?edition=${on}&limit=100`)).body.items;
  assert.deepEqual(drafts.filter((a) => a.headline === '停电通知').map((a) => a.page).sort(), [2, 6]);

  await importAs('6');
  await page.getByText(`这一版已经导入过（${on} 第6版），导入的稿件在这里：`).waitFor();
  assert.equal(await page.getByRole('button', { name: '仍然导入' }).count(), 0, 'the same 版 twice is never deliberate');
  await context.close();
});

test('读取并校对 says a page is already in the edition before the review: 仍然导入 opens it for another 版, the same 版 gets no review', async () => {
  const on = datesOf(import.meta.url).past(3);
  const NOTICE = ['停气通知', '', '　　本报讯 因燃气管道改造，城西片区周三白天暂停供气。'].join('\n');
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/import`);
  const at = async (pageNo) => {
    await page.getByLabel('期次日期').fill(on);
    await page.getByLabel('版次').fill(pageNo);
    await page.getByLabel('版面文字').fill(NOTICE);
  };
  await at('2');
  await page.getByRole('button', { name: '导入为草稿' }).click();
  await page.getByText('已生成 1 篇草稿').waitFor();

  await at('6');
  await page.getByRole('button', { name: '读取并校对' }).click();
  await page.getByText(`这一版已经导入过（${on} 第2版），导入的稿件在这里：`).waitFor();
  await page.getByRole('link', { name: /停气通知/ }).waitFor();
  assert.equal(await page.getByRole('heading', { name: '校对读取结果' }).isVisible(), false, 'no review before the editor chooses');
  await page.getByRole('button', { name: '仍然导入' }).click();
  await page.getByRole('heading', { name: '校对读取结果' }).waitFor();
  await page.getByRole('button', { name: '按校对结果生成草稿' }).click();
  await page.getByText('已生成 1 篇草稿').waitFor();
  const drafts = (await call('GET', `/api/articles?edition=${on}&limit=100`)).body.items;
  assert.deepEqual(drafts.filter((a) => a.headline === '停气通知').map((a) => a.page).sort(), [2, 6]);

  await at('6');
  await page.getByRole('button', { name: '读取并校对' }).click();
  await page.getByText(`这一版已经导入过（${on} 第6版），导入的稿件在这里：`).waitFor();
  assert.equal(await page.getByRole('button', { name: '仍然导入' }).count(), 0, 'the same 版 twice is never deliberate');
  assert.equal(await page.getByRole('heading', { name: '校对读取结果' }).isVisible(), false);
  await context.close();
});
