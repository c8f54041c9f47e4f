// 添加版面 gives the new 版面 the next free number, whatever numbers the layout already has (an import
// places its drafts on the 版 it came from, so a layout may start at 第2版), and a page number used twice
// is said as such, never as the edition's 期号. Needs a running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';

const chromium = useChromium();
const auth = () => ({ Authorization: `Bearer ${process.env.BROADSHEET_EDITOR_TOKEN}`, 'Content-Type': 'application/json' });
const call = async (method, path, body) => {
  const r = await fetch(base + path, { method, headers: auth(), body: body ? JSON.stringify(body) : undefined });
  return { status: r.status, body: await r.json().catch(() => null) };
};
const paperToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const day = new Date(Date.parse(paperToday) - (6000 + Math.floor(Math.random() * 600)) * 86_400_000).toISOString().slice(0, 10);

test('a new 版面 after 第2版 is 第3版, and the layout saves', async () => {
  const story = (await call('POST', '/api/articles', { headline: `二版稿件${day}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 8101, pages: [{ number: 2, name: '城事', articles: [story] }] })).status, 201);
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${day}`);
  await page.getByRole('button', { name: '以编辑身份登录' }).click();
  await page.getByRole('region', { name: '第2版' }).waitFor();
  assert.equal(await page.getByRole('button', { name: '从网站撤下本期' }).count(), 0, 'never published: nothing to take down');
  await page.getByRole('button', { name: '添加版面' }).click();
  await page.getByLabel('第3版名称').fill('文体');
  await page.getByRole('button', { name: '保存版面' }).click();
  await page.getByText(/版面已保存/).first().waitFor();
  assert.equal(await page.getByRole('button', { name: '从网站撤下本期' }).count(), 0, 'saved is not published');
  assert.deepEqual((await call('GET', `/api/editions/${day}`)).body.pages.map((p) => p.number), [2, 3]);
  await context.close();
});

test('a page number used twice is named as that, not as the 期号', async () => {
  const answer = await call('PUT', `/api/editions/${day}`, { number: 8101, pages: [{ number: 2, name: '城事', articles: [] }, { number: 2, name: '文体', articles: [] }] });
  assert.equal(answer.status, 422);
  const { problemWords } = await import('../../web/desk/js/words.js');
  const said = problemWords(422, answer.body);
  assert.match(said, /有两个第2版/);
  assert.doesNotMatch(said, /期号/);
});
