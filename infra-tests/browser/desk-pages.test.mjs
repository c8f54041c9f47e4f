// 添加版面 gives the new 版面 the next free number, whatever numbers the layout already has (an import
// places its drafts on the 版 it came from, so a layout may start at 第2版), and a page number used twice
// is said as such, never as the edition's 期号. Needs a running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, signIn } from './desk-steps.mjs';

const chromium = useChromium();
const dates = datesOf(import.meta.url);
const day = dates.past();

test('a new 版面 after 第2版 is 第3版, and the layout saves', async () => {
  const story = (await call('POST', '/api/articles', { headline: `二版稿件${day}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 8101, pages: [{ number: 2, name: '城事', articles: [story] }] })).status, 201);
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${day}`);
  await signIn(page);
  await page.getByRole('region', { name: '第2版' }).waitFor();
  assert.equal(await page.getByRole('button', { name: '从网站下线本期' }).count(), 0, 'never published: nothing to take down');
  await page.getByRole('button', { name: '添加版面' }).click();
  await page.getByLabel('第3版名称').fill('文体');
  await page.getByRole('button', { name: '保存版面' }).click();
  await page.getByText(/版面已保存/).first().waitFor();
  assert.equal(await page.getByRole('button', { name: '从网站下线本期' }).count(), 0, 'saved is not published');
  assert.deepEqual((await call('GET', `/api/editions/${day}`)).body.pages.map((p) => p.number), [2, 3]);
  // A story leaves a 版面 with 移出本版, never 撤下 (which read as taking it off the site), and is told what that does.
  await page.getByRole('button', { name: `二版稿件${day} 移出本版` }).click();
  await page.getByText(`《二版稿件${day}》已移出第2版：稿件本身不删除，保存版面后生效`, { exact: false }).waitFor();
  assert.equal((await call('GET', `/api/articles/${story}`)).status, 200, 'the story itself is kept');
  await context.close();
});

// An import placed its drafts on 第2版; the editor adds the front page before it by giving the new 版面
// its 版次, and a number another 版面 has is refused on the spot.
test('a new 版面 is given the 版次 第1版, before an imported 第2版, and a number in use is refused', async () => {
  const date = dates.past(1400);
  const story = (await call('POST', '/api/articles', { headline: `导入二版${date}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 8103, pages: [{ number: 2, name: '城事', articles: [story] }] })).status, 201);
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${date}`);
  await signIn(page);
  await page.getByRole('region', { name: '第2版' }).waitFor();
  await page.getByRole('button', { name: '添加版面' }).click();
  // The value set and committed (its change event) in one turn of the page, as leaving the field does.
  await page.getByLabel('第3版的版次').evaluate((el) => { el.value = '2'; el.dispatchEvent(new Event('change')); });
  await page.getByText('已经有第2版了').waitFor();
  await page.getByLabel('第3版的版次').evaluate((el) => { el.value = '1'; el.dispatchEvent(new Event('change')); });
  await page.getByLabel('第1版名称').fill('要闻');
  const cards = await page.locator('.page-card').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  assert.deepEqual(cards, ['第1版', '第2版'], 'in 版次 order');
  await page.getByRole('button', { name: '保存版面' }).click();
  await page.getByText(/版面已保存/).first().waitFor();
  const saved = (await call('GET', `/api/editions/${date}`)).body.pages;
  assert.deepEqual(saved.map((p) => [p.number, p.name, p.articles.length]), [[1, '要闻', 0], [2, '城事', 1]]);
  await context.close();
});

// A 版's number is its 版次 in the printed paper (and the key of its PDF): moving a 版面 exchanges the two
// numbers, and deleting one leaves the others' numbers as they are, never counting again from 1.
test('moving or deleting a 版面 keeps the edition\'s 版次', async () => {
  const date = dates.past(700);
  const story = (await call('POST', '/api/articles', { headline: `三版稿件${date}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 8102, pages: [{ number: 3, name: '城事', articles: [story] },
    { number: 4, name: '文体', articles: [] }, { number: 6, name: '副刊', articles: [] }] })).status, 201);
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${date}`);
  await signIn(page);
  await page.getByRole('region', { name: '第3版' }).waitFor();
  await page.getByRole('button', { name: '第3版后移' }).click();
  assert.equal(await page.getByLabel('第3版名称').inputValue(), '文体');
  assert.equal(await page.getByLabel('第4版名称').inputValue(), '城事');
  await page.getByRole('button', { name: '删除第3版' }).click();
  assert.deepEqual(await page.locator('.page-no').allTextContents(), ['第4版', '第6版']);
  await page.getByRole('button', { name: '保存版面' }).click();
  await page.getByText(/版面已保存/).first().waitFor();
  assert.deepEqual((await call('GET', `/api/editions/${date}`)).body.pages.map((p) => [p.number, p.name, p.articles]),
    [[4, '城事', [story]], [6, '副刊', []]]);
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

// On a phone the 版面's name field sits in one row with its 版次 and buttons: it must still show a
// name of four characters whole (a trial saw 综合新闻 cut to 综合新).
test('at 390 px a 版面 name of four characters shows whole in its field', async () => {
  const date = dates.past(1100);
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 8103, pages: [{ number: 2, name: '综合新闻', articles: [] }] })).status, 201);
  const context = await chromium().newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${date}`);
  await signIn(page);
  const name = page.getByLabel('第2版名称');
  await name.waitFor();
  const { scroll, client } = await name.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
  assert.ok(scroll <= client, `the name field shows ${client} of ${scroll} px`);
  // And the 版次 beside it keeps room for its number (a shrunk one showed only its spin buttons).
  const number = await page.getByLabel('第2版的版次').evaluate((e) => e.getBoundingClientRect().width / parseFloat(getComputedStyle(e).fontSize));
  assert.ok(number >= 4, `the 版次 field is ${number.toFixed(1)} em wide`);
  await context.close();
});

// A field error of a 版面 names it by its 版次, not by its place in the list (a 版面 given 第4版 is 第4版).
test('a 版面 left without a name is named by its 版次 in the error', async () => {
  const date = dates.past(1402);
  const story = (await call('POST', '/api/articles', { headline: `无名版面${date}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 8104, pages: [
    { number: 1, name: '要闻', articles: [story] }, { number: 2, name: '城事', articles: [] }] })).status, 201);
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${date}`);
  await signIn(page);
  await page.getByRole('region', { name: '第2版' }).waitFor();
  await page.getByRole('button', { name: '添加版面' }).click();
  await page.getByLabel('第3版的版次').evaluate((el) => { el.value = '4'; el.dispatchEvent(new Event('change')); });
  await page.getByRole('button', { name: '保存版面' }).click();
  await page.getByText('第4版名称', { exact: false }).filter({ hasText: '必须填写' }).waitFor();
  assert.equal(await page.getByText('第3版名称必须填写').count(), 0);
  await context.close();
});
