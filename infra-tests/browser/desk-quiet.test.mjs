// What does not exist yet is a normal state, not a failure: the import's offer to place drafts in an
// edition not made yet, the 版面 of an edition whose pages have no PDF, an edition never published and
// the month it is in are shown without a single failed request (a 4xx or 5xx is an error in the
// browser's console, which an editor sees). Only this file's own dates are asserted on; other files
// share the stack. Needs a running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, signIn } from './desk-steps.mjs';

const chromium = useChromium();

// A month of this file's own range far ahead: one date laid out here, the next never made.
const dates = datesOf(import.meta.url);
// 40 days into the range, so the whole month is inside it.
const month = dates.ahead(40).slice(0, 7);
const laidOut = `${month}-10`;
const fresh = `${month}-11`;
const tag = `${month}静`;

/** A desk page signed in as `role`, whose failed requests and console errors are collected in `noise`. */
async function quietDesk(hash, role = 'editor') {
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const noise = [];
  page.on('console', (m) => { if (m.type() === 'error') noise.push(`console: ${m.text()}`); });
  page.on('requestfailed', (r) => noise.push(`failed: ${r.method()} ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) noise.push(`${r.status()}: ${r.request().method()} ${r.url()}`); });
  await page.goto(`${base}/desk/${hash}`);
  await signIn(page, role);
  return { context, page, noise };
}

test('the import\'s offer for an edition not made yet asks nothing that is not there', async () => {
  const { context, page, noise } = await quietDesk('#/import');
  await page.getByLabel('期次日期').fill(fresh);
  await page.getByLabel('版次').fill('2');
  await page.getByLabel('版面文字').fill(`安静甲${tag}\n\n本报讯 第一篇的正文一段。\n\n安静乙${tag}\n\n本报讯 第二篇的正文一段。\n`);
  await page.getByRole('button', { name: '导入为草稿' }).click();
  await page.getByText('已生成 2 篇草稿').waitFor();
  await page.getByLabel('本期尚未建立，期号').waitFor();
  await page.getByRole('button', { name: `按阅读顺序排入${fresh}第2版` }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(noise, []);
  await context.close();
});

test('an unpublished edition\'s 版面 without PDFs, and its month, ask nothing that is not there', async () => {
  const story = (await call('POST', '/api/articles', { headline: `安静稿件${tag}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${laidOut}`, { number: 7301,
    pages: [{ number: 1, name: '要闻', articles: [story] }, { number: 2, name: '城事', articles: [] }] })).status, 201);
  const { context, page, noise } = await quietDesk(`#/edition/${laidOut}`);
  const card = page.getByRole('region', { name: '第2版' });
  await card.getByText('本版PDF：尚未上传本版PDF').waitFor();
  await page.getByText('尚未发布，读者还看不到本期').waitFor();
  await page.waitForLoadState('networkidle');
  await page.goto(`${base}/desk/#/editions/${month}`);
  await page.getByRole('link', { name: `${Number(month.slice(5))}月10日，第7301期，未发布` }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(noise, []);
  await context.close();
});

// An edition that went out (a date of this file's own, long past, so it may be published now) is
// taken off the site from its layout: the desk knows it is gone without asking the site for it.
test('taking an edition off the site asks nothing that is not there', async () => {
  const past = dates.past();
  const story = (await call('POST', '/api/articles', { headline: `撤下稿件${past}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${past}`, { number: 7302, pages: [{ number: 1, name: '要闻', articles: [story] }] })).status, 201);
  const job = await call('POST', `/api/editions/${past}/publish`);
  assert.equal(job.status, 202, JSON.stringify(job.body));
  for (let i = 0; i < 120 && !(await call('GET', `/api/publications/${job.body.id}`)).body.finishedAt; i++) await new Promise((r) => setTimeout(r, 500));
  assert.ok((await call('GET', `/api/editions/${past}`)).body.publishedAt, 'the edition says it went out');

  const { context, page, noise } = await quietDesk(`#/edition/${past}`);
  await page.getByText(/^已在网站上：首次发布于/).waitFor();
  await page.getByRole('button', { name: '从网站下线本期' }).click();
  // The first press says what the second does.
  await page.getByText('下线后读者看不到本期的任何页面；稿件和版面都保留，重新发布即可恢复。').waitFor();
  await page.getByRole('button', { name: '确认下线（再按一次）' }).click();
  await page.locator('.job-state', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
  await page.getByText(/^已从网站下线（.*下线），读者现在看不到本期；首次发布于/).waitFor();
  assert.equal(await page.getByRole('button', { name: '从网站下线本期' }).isHidden(), true);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(noise, []);
  await context.close();
});

// A reporter's list of recent stories, one of them laid out in an edition: the edition's preflight is an
// editor's (a reporter's ask would be a 403), so it is not asked.
test('a reporter\'s story list asks nothing a reporter may not see', async () => {
  const headline = `记者所见${tag}`;
  const story = (await call('POST', '/api/articles', { headline, status: 'ready', body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  const date = `${month}-12`;
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 7303, pages: [{ number: 1, name: '要闻', articles: [story] }] })).status, 201);
  const { context, page, noise } = await quietDesk('#/stories/recent', 'reporter');
  await page.getByText(headline).first().waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(noise, []);
  await context.close();
});

// An editor's list with a draft imported for a date whose edition is not made yet: that date has no
// preflight to ask (it would be a 404), only the dates the editions list has are asked.
test('an editor\'s story list asks no preflight of an edition not made yet', async () => {
  const date = `${month}-13`;
  const headline = `未建期次${tag}`;
  const imported = await fetch(`${base}/api/imports?edition=${date}&page=3`, { method: 'POST',
    body: `${headline}\n\n本报讯 尚未建立期次的一篇草稿。\n`,
    headers: { Authorization: `Bearer ${process.env.BROADSHEET_EDITOR_TOKEN}`, 'Content-Type': 'text/plain; charset=utf-8' } });
  assert.equal(imported.status, 201);
  assert.equal((await call('GET', `/api/editions/${date}`)).status, 404, 'the edition is not made');
  const { context, page, noise } = await quietDesk('#/stories/recent');
  await page.getByRole('link', { name: headline }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(noise, []);
  await context.close();
});
