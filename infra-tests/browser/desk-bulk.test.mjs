// After an import an editor marks the page's drafts 待编 from the story list, several at once, not
// one story at a time; a draft someone else saved meanwhile is named with the reason and stays a
// draft, still selected. The story editor offers 交稿 to an editor too. Needs a running local stack:
// BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, openDesk } from './desk-steps.mjs';

const chromium = useChromium();
const tag = `批量${Date.now().toString(36)}`;
const draft = async (headline) => {
  const made = await call('POST', '/api/articles', { headline, status: 'draft', body: [{ type: 'paragraph', text: `${headline}的正文。` }] });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  return made.body.id;
};
const statusOf = async (id) => (await call('GET', `/api/articles/${id}`)).body.status;

test('selected drafts are marked 待编 at once; one saved by someone else meanwhile is named and stays a draft', async () => {
  const ids = [];
  for (const n of ['一', '二', '三', '四']) ids.push(await draft(`${tag}稿${n}`));
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/stories/draft`);
  await page.getByLabel('按标题筛选').fill(tag);
  await page.getByText('共 4 篇').waitFor();

  // Someone else saves 稿二 after the list was read: the list's version of it is stale.
  const two = await call('GET', `/api/articles/${ids[1]}`);
  assert.equal((await call('PATCH', `/api/articles/${ids[1]}`, { kicker: '别人加的引题' },
    { 'If-Match': two.etag, 'Content-Type': 'application/merge-patch+json' })).status, 200);

  await page.getByRole('checkbox', { name: '全选' }).check();
  await page.getByRole('button', { name: '标为待编（4 篇）' }).click();
  await page.getByText('已把 3 篇标为待编').waitFor();
  const alert = page.getByRole('alert');
  await alert.getByText(`${tag}稿二`).waitFor();
  assert.match(await alert.textContent(), /已被他人修改/);

  assert.deepEqual(await Promise.all(ids.map(statusOf)), ['ready', 'draft', 'ready', 'ready']);
  // The one that failed stays selected, to try again once the editor has looked at it.
  assert.ok(await page.getByRole('checkbox', { name: `选择《${tag}稿二》` }).isChecked());
  await context.close();
});

test('only drafts are selectable, and the controls fit a phone', async () => {
  const id = await draft(`${tag}手机稿`);
  const ready = (await call('POST', '/api/articles', { headline: `${tag}已待编`, status: 'ready' })).body.id;
  assert.ok(ready);
  const { context, page } = await openDesk(chromium(), 'editor', { viewport: { width: 390, height: 844 } });
  await page.goto(`${base}/desk/#/stories/recent`);
  await page.getByLabel('按标题筛选').fill(tag);
  await page.getByRole('checkbox', { name: `选择《${tag}手机稿》` }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: `选择《${tag}已待编》` }).count(), 0, 'a story already 待编 has no checkbox');
  await page.getByRole('checkbox', { name: `选择《${tag}手机稿》` }).check();
  const button = page.getByRole('button', { name: '标为待编（1 篇）' });
  const box = await button.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the button is at ${box.x}..${box.x + box.width}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the list is ${overflow}px wider than the screen`);
  await button.click();
  await page.getByText('已把 1 篇标为待编').waitFor();
  assert.equal(await statusOf(id), 'ready');
  await context.close();
});

test('an editor is offered 交稿 in the story editor, and it marks the draft 待编', async () => {
  const id = await draft(`${tag}编辑交稿`);
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/story/${id}`);
  await page.getByRole('button', { name: '交稿（标为待编）' }).click();
  await page.getByText(/已保存/).first().waitFor();
  assert.equal(await statusOf(id), 'ready');
  await context.close();
});

test('each checkbox sits beside its story\'s headline, and 全选 lines up with them, at 1280 and 390 px', async () => {
  const long = `${tag}市区新开三条公交线路方便郊区居民进城看病上学`;
  await draft(long);
  for (const width of [1280, 390]) {
    const { context, page } = await openDesk(chromium(), 'editor', { viewport: { width, height: 844 } });
    await page.goto(`${base}/desk/#/stories/draft`);
    await page.getByLabel('按标题筛选').fill(long);
    const pick = page.getByRole('checkbox', { name: `选择《${long}》` });
    await pick.waitFor();
    const box = await pick.boundingBox();
    const row = page.locator('ul.stories li', { hasText: long });
    const line = await row.getByRole('link', { name: long }).evaluate((a) => {
      const first = a.getClientRects()[0];
      return { top: first.top, bottom: first.bottom, left: a.getBoundingClientRect().left };
    });
    const middle = box.y + box.height / 2;
    assert.ok(middle > line.top && middle < line.bottom, `${width}px: the checkbox (middle ${middle}) is on the headline's first line (${line.top}..${line.bottom})`);
    assert.ok(box.x + box.width < line.left, `${width}px: the checkbox is left of the headline`);
    const all = await page.getByRole('checkbox', { name: '全选' }).boundingBox();
    assert.ok(Math.abs(all.x - box.x) <= 1, `${width}px: 全选 at x=${all.x}, the rows' checkboxes at x=${box.x}`);
    await context.close();
  }
});

// A draft the importer doubted goes 待编 with the others, but the editor is told, by name and with a
// link, that its doubts are still open: marking ready is not checking it.
test('marking drafts 待编 names those whose import doubts are still open', async () => {
  const date = datesOf(import.meta.url).ahead();
  // Sample text written for this test: the importer is unsure how it read the head lines. The headlines
  // carry this run's mark in Chinese numerals (Latin letters would change how the importer reads them).
  const mark = [...String(Date.now() % 100).padStart(2, '0')].map((d) => '〇一二三四五六七八九'[d]).join('');
  const text = [`${mark}图书角周末开放`, '陈静', '东湖社区新设的图书角本周末起对居民开放。', '', '东湖社区 刘洋', '',
    `${mark}菜市场增设摊位`, '南门菜市场本月新增二十个便民摊位。', ''].join('\n');
  const imported = await fetch(`${base}/api/imports?edition=${date}&page=6`, { method: 'POST', body: text, headers: {
    Authorization: `Bearer ${process.env.BROADSHEET_EDITOR_TOKEN}`, 'Content-Type': 'text/plain; charset=utf-8' } });
  assert.equal(imported.status, 201);
  const report = (await imported.json()).report;
  const doubtful = report.filter((r) => r.unsure.length);
  assert.ok(doubtful.length, 'the sample page is one the importer doubts');
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/stories/draft`);
  await page.getByLabel('按标题筛选').fill(mark);
  await page.getByText(`共 ${report.length} 篇`).waitFor();
  await page.getByLabel('全选').check();
  await page.getByRole('button', { name: `标为待编（${report.length} 篇）` }).click();
  await page.getByText(`已把 ${report.length} 篇标为待编`).waitFor();
  const left = page.getByRole('list', { name: /仍有导入存疑/ });
  await left.waitFor({ timeout: 5000 });
  assert.match(await page.locator('main').textContent(), new RegExp(`其中 ${doubtful.length} 篇仍有导入存疑，未核对`));
  // In the list's order, which need not be the page's.
  assert.deepEqual((await left.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort(),
    doubtful.map((d) => `#/story/${encodeURIComponent(d.id)}`).sort());
  await context.close();
});
