// The import review sent back unchanged gives the same drafts as a plain import: a line the importer
// cut into two fields (引题＋主题, 电头＋正文, 正文＋署名, 图片说明＋摄影) keeps its cut, and a paragraph
// cut at a column break (the seed page has some) stays one paragraph, body and all. The shared seed
// page is read from ../shared at run time, never kept in the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';

const chromium = useChromium();
const seedFile = process.env.BROADSHEET_SEEDS
  ? `${process.env.BROADSHEET_SEEDS}/000_5d41c8aedcc40f6a.txt`
  : new URL('../../../shared/seeds/000_5d41c8aedcc40f6a.txt', import.meta.url).pathname;
// Past edition dates of this file's own range, one per way of importing.
const dayAt = datesOf(import.meta.url).past;

/** What the editor sees of each draft made by the import whose response `created` resolves to. */
async function draftsOf(page, created) {
  const { articles } = await (await created).json();
  return page.evaluate(async (ids) => {
    const { api } = await import('/desk/js/api.js');
    const out = [];
    for (const id of ids) {
      const { data: a } = await api('GET', `/api/articles/${encodeURIComponent(id)}`);
      out.push({ headline: a.headline, kicker: a.kicker ?? null, dateline: a.dateline ?? null,
        bylines: (a.bylines ?? []).map((b) => `${b.role ?? ''}|${b.name ?? ''}`),
        body: (a.body ?? []).map((b) => [b.type, b.text ?? '', b.caption ?? '', b.credit ?? ''].join('|')),
        tags: a.tags ?? [] });
    }
    return out;
  }, articles);
}

const importDone = (page) => page.waitForResponse((r) => r.request().method() === 'POST'
  && r.url().includes('/api/imports') && !r.url().includes('dryRun') && r.status() === 201);

test('the review sent back without changes makes the drafts a plain import makes', { skip: !existsSync(seedFile) && 'the shared seed page is not here' }, async () => {
  const seed = readFileSync(seedFile, 'utf8');
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/desk/#/import`);
  await page.getByRole('button', { name: '以编辑身份登录' }).click();

  await page.getByLabel('期次日期').fill(dayAt(0));
  await page.getByLabel('版次').fill('5');
  await page.getByLabel('版面文字').fill(seed);
  let created = importDone(page);
  await page.getByRole('button', { name: '导入为草稿' }).click();
  const plain = await draftsOf(page, created);

  await page.getByLabel('期次日期').fill(dayAt(1));
  await page.getByRole('button', { name: '读取并校对' }).click();
  await page.getByText('读取完成，尚未生成任何稿件。请核对后生成草稿。').waitFor();
  assert.ok(await page.locator('select option:checked', { hasText: '＋' }).count() > 0, 'a two-part line shows both its parts');
  assert.ok(await page.getByRole('checkbox', { name: /接上一行/, checked: true }).count() > 0,
    'a line the importer rejoined at a column break shows as joined to the line above');
  created = importDone(page);
  await page.getByRole('button', { name: '按校对结果生成草稿' }).click();
  const reviewed = await draftsOf(page, created);

  assert.deepEqual(reviewed, plain);
  assert.deepEqual(errors, []);
  await context.close();
});

// Sample text written for this test: the importer doubts how it read the second story's head lines.
const doubted = ['河堤步道今起分段开放', '李想', '沿河十二公里步道今天起分三段开放。', '', '老城夜市 王明', '',
  '夜市延长营业到十点', '老城夜市从本周五起延长营业。', ''].join('\n');

test('drafts made from the review keep the importer\'s doubts, and a doubt the editor\'s fix settled says so', async () => {
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/desk/#/import`);
  await page.getByRole('button', { name: '以编辑身份登录' }).click();
  const warnings = () => page.locator('ol.drafts li .warning').allTextContents();

  await page.getByLabel('期次日期').fill(dayAt(2));
  await page.getByLabel('版次').fill('6');
  await page.getByLabel('版面文字').fill(doubted);
  let created = importDone(page);
  await page.getByRole('button', { name: '导入为草稿' }).click();
  await created;
  const plain = await warnings();
  assert.ok(plain.some((w) => /标题组的读法把握不大/.test(w)), plain.join('\n'));

  await page.getByLabel('期次日期').fill(dayAt(3));
  await page.getByRole('button', { name: '读取并校对' }).click();
  await page.getByText('读取完成，尚未生成任何稿件。请核对后生成草稿。').waitFor();
  created = importDone(page);
  await page.getByRole('button', { name: '按校对结果生成草稿' }).click();
  await created;
  assert.deepEqual(await warnings(), plain, 'the review sent back unchanged keeps every doubt');

  // The editor reads the doubted head line another way: the doubt is answered, and the draft says so.
  await page.getByLabel('期次日期').fill(dayAt(4));
  await page.getByRole('button', { name: '读取并校对' }).click();
  await page.getByText('读取完成，尚未生成任何稿件。请核对后生成草稿。').waitFor();
  const doubtedLine = page.locator('li.reading-line.unsure').first();
  const role = doubtedLine.locator('select');
  await role.selectOption(await role.inputValue() === 'headline' ? 'kicker' : 'headline');
  created = importDone(page);
  await page.getByRole('button', { name: '按校对结果生成草稿' }).click();
  await created;
  const after = await warnings();
  assert.ok(!after.some((w) => /标题组的读法把握不大/.test(w)), after.join('\n'));
  await page.locator('ol.drafts li', { hasText: '已按校对结果处理（导入程序原先提示：标题组的读法把握不大' }).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
