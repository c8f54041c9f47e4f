// Which text the import reads: the last thing the editor gave (a pasted text or a chosen file) wins,
// the form says near its buttons which one will be read, a fresh visit to 导入 starts clean, a long
// paste scrolls inside its box, and a page imported again is explained at the message, its earlier
// drafts listed right there, no stale review of another page in between. Needs a running local stack:
// BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, openDesk } from './desk-steps.mjs';

const chromium = useChromium();
// A past date of this file's own range (dates.mjs): no other test file uses it.
const day = datesOf(import.meta.url).past();

const FILE_PAGE = ['老城区雨污分流改造完工', '', '　　本报讯 历时两年的老城区雨污分流改造昨日完工，二十条街巷告别积水。', '',
  '市图书馆延长夜间开放', '', '　　本报讯 市图书馆自下周起每晚开放至十点。', '',
  '冬季长跑比赛报名开始', '', '　　本报讯 第五届冬季长跑比赛即日起接受报名。'].join('\n');
const PASTED = ['菜市场新增早市摊位', '', '　　本报讯 东门菜市场新增四十个早市摊位。'].join('\n');
const chooseFile = (page, text, name = 'page7.txt') =>
  page.getByLabel('或选择导出文件').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
const lineCount = async (page) => Number((await page.getByText(/^共 \d+ 行/).textContent()).match(/^共 (\d+) 行/)[1]);

test('the last thing given wins, the form says which text it reads, and 导入 again starts clean', async () => {
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/import`);
  const source = page.locator('form.import .source');

  await chooseFile(page, FILE_PAGE);
  await source.getByText('将读取文件 page7.txt').waitFor();
  await page.getByLabel('版面文字').fill(PASTED);
  await source.getByText(`将读取粘贴的文字（${[...PASTED.replace(/\s/g, '')].length} 字）`).waitFor();
  assert.equal(await page.getByLabel('或选择导出文件').evaluate((f) => f.files.length), 0, 'the pasted text unchose the file');
  await page.getByRole('button', { name: '读取并校对' }).click();
  await page.getByRole('heading', { name: '校对读取结果' }).waitFor();
  assert.equal(await lineCount(page), 2, 'the review reads the pasted story, not the file');

  // A file chosen after the paste wins in turn: the text box is emptied and the file is read.
  await chooseFile(page, FILE_PAGE);
  await source.getByText('将读取文件 page7.txt').waitFor();
  assert.equal(await page.getByLabel('版面文字').inputValue(), '');
  await page.getByRole('button', { name: '读取并校对' }).click();
  await page.getByText(/^共 6 行/).waitFor();

  // A whole page pasted scrolls inside its box: the buttons stay within the first screen.
  await page.getByLabel('版面文字').fill(Array.from({ length: 400 }, (_, i) => `第${i + 1}行　本报讯 一行示例文字。`).join('\n'));
  const box = await page.getByLabel('版面文字').boundingBox();
  assert.ok(box.height <= 900, `the text box is ${box.height}px high`);
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.ok(await page.getByRole('button', { name: '读取并校对' }).evaluate((b) => b.getBoundingClientRect().bottom <= window.innerHeight),
    'the buttons are on the first screen');

  // 导入 in the top bar again: a clean form, no review of the earlier page.
  await page.getByRole('navigation').getByRole('link', { name: '导入' }).click();
  await source.getByText('尚未粘贴文字或选择文件').waitFor();
  assert.equal(await page.getByLabel('版面文字').inputValue(), '');
  assert.equal(await page.getByLabel('或选择导出文件').evaluate((f) => f.files.length), 0);
  assert.equal(await page.getByRole('heading', { name: '校对读取结果' }).count(), 0);
  await context.close();
});

test('a page imported again is explained at the message, its drafts listed there, the stale review gone', async () => {
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/import`);
  await page.getByLabel('期次日期').fill(day);
  await page.getByLabel('版次').fill('7');
  await chooseFile(page, FILE_PAGE);
  await page.getByRole('button', { name: '导入为草稿' }).click();
  await page.getByRole('heading', { name: '生成的草稿' }).waitFor();

  // A review of another page, then the first page imported again.
  await page.getByLabel('版面文字').fill(PASTED);
  await page.getByRole('button', { name: '读取并校对' }).click();
  await page.getByRole('heading', { name: '校对读取结果' }).waitFor();
  await chooseFile(page, FILE_PAGE);
  await page.getByRole('button', { name: '导入为草稿' }).click();
  const message = page.locator('p.message');
  await message.getByText(/这一版已经导入过/).waitFor();
  assert.doesNotMatch(await message.textContent(), /与现有内容冲突/);
  await page.getByRole('link', { name: /老城区雨污分流改造完工/ }).waitFor();
  assert.equal(await page.getByRole('heading', { name: '校对读取结果' }).isVisible(), false, 'the stale review is gone');
  // The list sits right under the message, both on the screen the editor is looking at.
  const [said, list] = [await message.boundingBox(), await page.locator('ul.reimported').boundingBox()];
  assert.ok(list.y - (said.y + said.height) < 120, `the list is ${list.y - said.y}px below the message`);
  assert.ok(await page.locator('ul.reimported').evaluate((l) => l.getBoundingClientRect().top < window.innerHeight), 'the list is on screen');
  await context.close();
});

// A review reads the text as it was when 读取并校对 was pressed: a correction made after it (typed, a
// file chosen, another encoding) makes that review stale, so its button cannot make drafts of the old text.
test('a change to the text after a review makes the review stale until it is read again', async () => {
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/import`);
  await page.getByLabel('期次日期').fill(day);
  await page.getByLabel('版次').fill('8');
  const said = (n) => ['社区食堂开业', '', `　　本报讯 新开的社区食堂每天供应${n}条线路的送餐。`].join('\n');
  const generate = page.getByRole('button', { name: '按校对结果生成草稿' });
  const stale = page.getByText('文字已改动，请重新读取并校对');
  const review = async () => {
    await page.getByRole('button', { name: '读取并校对' }).click();
    await page.getByRole('heading', { name: '校对读取结果' }).waitFor();
    await generate.waitFor();
    assert.equal(await stale.count(), 0, 'a fresh review is not stale');
  };
  const isStale = async (why) => {
    await stale.waitFor();
    assert.ok(!(await generate.isVisible()) || await generate.isDisabled(), `${why}: the stale review cannot make drafts`);
  };

  await page.getByLabel('版面文字').fill(said('三'));
  await review();
  await page.getByLabel('版面文字').fill(said('五'));
  await isStale('typed');

  await review();
  await chooseFile(page, said('六'));
  await isStale('a file chosen');
  await review();
  await page.getByLabel('文件编码').selectOption('gb18030');
  await isStale('another encoding');
  await page.getByLabel('文件编码').selectOption('utf-8');

  // Back to the corrected text, read again: the drafts are made of what is in the box now.
  await page.getByLabel('版面文字').fill(said('五'));
  await review();
  await generate.click();
  await page.getByRole('heading', { name: '生成的草稿' }).waitFor();
  const href = await page.getByRole('link', { name: '社区食堂开业' }).getAttribute('href');
  const { body } = await call('GET', `/api/articles/${decodeURIComponent(href.split('/').pop())}`);
  const text = JSON.stringify(body.body);
  assert.match(text, /五条线路/);
  assert.doesNotMatch(text, /三条线路/);
  await context.close();
});
