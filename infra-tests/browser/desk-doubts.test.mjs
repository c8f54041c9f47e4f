// The importer's doubts about a draft stay with the draft: the editor who opens it later sees each
// one above the story, marks them resolved (an ordinary save, with If-Match), and after a reload
// they are gone. This file follows only the drafts its own import made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, png } from './desk-steps.mjs';

const chromium = useChromium();
const day = datesOf(import.meta.url).ahead();

// Sample text written for this test: the importer is unsure how it read both stories' head lines.
const page = ['社区图书角周末开放', '陈静', '东湖社区新设的图书角本周末起对居民开放。', '', '东湖社区 刘洋', '',
  '菜市场增设便民摊位', '南门菜市场本月新增二十个便民摊位。', ''].join('\n');

test('an editor opens a doubtful draft a day later, sees why, resolves it, and it stays resolved', async () => {
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  // The import screen asks after an edition that does not exist yet (404s the console reports): only a
  // refused script or style counts here, beside script errors.
  tab.on('console', (m) => { if (/Content Security Policy/.test(m.text())) errors.push(m.text()); });
  await tab.goto(`${base}/desk/#/import`);
  await tab.getByRole('button', { name: '以编辑身份登录' }).click();

  await tab.getByLabel('期次日期').fill(day);
  await tab.getByLabel('版次').fill('3');
  await tab.getByLabel('版面文字').fill(page);
  const created = tab.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/imports')
    && r.status() === 201);
  await tab.getByRole('button', { name: '导入为草稿' }).click();
  const answer = await (await created).json();
  const doubtful = answer.report.find((r) => r.unsure.length);
  assert.ok(doubtful, 'the sample page is one the importer doubts');

  // Later: the story opened on its own, not from the import's answer.
  await tab.goto(`${base}/desk/#/`);
  await tab.goto(`${base}/desk/#/story/${encodeURIComponent(doubtful.id)}`);
  const notice = tab.getByRole('region', { name: /导入时存疑/ });
  await notice.waitFor();
  assert.match(await notice.textContent(), /标题组的读法把握不大/);
  assert.deepEqual(await notice.locator('li .original').allTextContents(), doubtful.unsure,
    'each doubt is shown as the importer wrote it, as text');

  // Through the DevTools protocol: the desk's CSP rightly refuses an injected <script>.
  await tab.evaluate(axeSource);
  const axe = await tab.evaluate(() => window.axe.run(document.querySelector('.doubts'), { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  assert.ok(axe.passes.length > 0, 'axe checked the notice');
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], 'the notice is accessible');

  // One deliberate action: an edit and the doubts it settles go in one save (a merge patch with If-Match).
  const headline = tab.getByLabel('主题');
  const asImported = await headline.inputValue();
  const saved = tab.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes(doubtful.id));
  await headline.fill(`${asImported}（改）`);
  assert.equal(doubtful.unsure.length, 1, 'the sample story has one doubt');
  await notice.getByRole('button', { name: '保存修改并清除此提示' }).click();
  const patch = await saved;
  assert.equal(patch.status(), 200);
  assert.ok(patch.request().headers()['if-match'], 'resolving is a save with If-Match');
  assert.deepEqual(JSON.parse(patch.request().postData()), { headline: `${asImported}（改）`, importDoubts: null },
    'the edit and the resolved doubts in one patch');
  await notice.waitFor({ state: 'detached' });

  // A reload forgets the session (the token lives in memory): the editor signs in again.
  await tab.reload();
  await tab.getByRole('button', { name: '以编辑身份登录' }).click();
  await tab.getByRole('heading', { name: '编辑稿件' }).waitFor();
  await tab.getByLabel('主题').waitFor();
  assert.equal(await tab.getByRole('region', { name: /导入时存疑/ }).count(), 0, 'resolved doubts stay resolved');
  const stored = await tab.evaluate(async (id) => {
    const { api } = await import('/desk/js/api.js');
    return (await api('GET', `/api/articles/${encodeURIComponent(id)}`)).data;
  }, doubtful.id);
  assert.deepEqual(stored.importDoubts, []);
  assert.equal(stored.version, 2, 'the edit and the resolving were one save');
  assert.equal(stored.headline, `${asImported}（改）`);
  assert.deepEqual(errors, []);
  await context.close();
});

// Sample text written for this test: a byline printed without its role, a lone photo, a story continued from page 1.
const mixed = ['老街口新添一座口袋公园', '', '老街口那块闲置多年的空地，如今种上了银杏和月季，还摆了几张长椅。', '',
  '附近的居民说，傍晚来这里坐坐的人越来越多。（宋晓彤）', '', '图为孩子们在口袋公园里追逐嬉戏。 孟凡摄', '',
  '（上接第1版）', '', '工程队表示，剩下的两段路面将在月底前铺完。', ''].join('\n');

test('the import review shows every doubt its drafts carry, before they are made and after a change', async () => {
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${base}/desk/#/import`);
  await tab.getByRole('button', { name: '以编辑身份登录' }).click();
  await tab.getByLabel('期次日期').fill(datesOf(import.meta.url).ahead(1));
  await tab.getByLabel('版次').fill('5');
  await tab.getByLabel('版面文字').fill(mixed);
  await tab.getByRole('button', { name: '读取并校对' }).click();
  await tab.getByRole('heading', { name: '校对读取结果' }).waitFor();
  const reviewed = async () => {
    await tab.getByText(/生成的草稿共 \d+ 处存疑/).waitFor();
    return tab.locator('.story-doubts').evaluateAll((lists) => lists.map((l) => [...l.children].map((li) => li.textContent.replace(/^草稿存疑：/, ''))));
  };
  const drafted = async () => tab.locator('ol.drafts > li').evaluateAll((items) => items.map((li) =>
    [...li.querySelectorAll('p.warning')].flatMap((p) => p.textContent.replace(/^请核对：/, '').split('；'))));

  const before = await reviewed();
  const words = before.flat().join('；');
  for (const doubt of ['署名没有印出身份', '图片还没有文件', '主题']) assert.ok(words.includes(doubt), `the review says ${doubt}: ${words}`);

  // The photo's line becomes a paragraph of the story above: the review asks again, and its photo doubt goes.
  const photo = tab.locator('li.reading-line', { hasText: '图为孩子们' });
  await photo.getByRole('button', { name: /并入上一篇/ }).click();
  await tab.getByLabel(`第${await tab.locator('li.reading-line', { hasText: '图为孩子们' }).getAttribute('data-line')}行角色`).selectOption('paragraph');
  const after = await reviewed();
  assert.ok(!after.flat().join('；').includes('图片还没有文件'), 'a photo read as a paragraph has no file to wait for');

  await tab.getByRole('button', { name: '按校对结果生成草稿' }).click();
  await tab.getByText(/已生成 \d+ 篇草稿/).waitFor();
  assert.deepEqual(await drafted(), after.map((d) => (d.length ? d : [])), 'the drafts carry exactly the doubts the review showed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a doubt goes with the one save that settles it, and 图片还没有文件 goes as soon as the photo is uploaded', async () => {
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${base}/desk/#/import`);
  await tab.getByRole('button', { name: '以编辑身份登录' }).click();
  await tab.getByLabel('期次日期').fill(datesOf(import.meta.url).ahead(2));
  await tab.getByLabel('版次').fill('6');
  await tab.getByLabel('版面文字').fill(mixed);
  const created = tab.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/imports') && r.status() === 201);
  await tab.getByRole('button', { name: '导入为草稿' }).click();
  const { report } = await (await created).json();
  const bylined = report.find((r) => r.unsure.some((u) => u.startsWith('byline role not printed')));
  const photo = report.find((r) => r.unsure.some((u) => u.startsWith('image has no file yet')));
  assert.ok(bylined && photo, 'the sample page has a byline and a photo the importer doubts');

  // The story list marks the drafts with open doubts, so an editor finds them before publishing.
  await tab.goto(`${base}/desk/#/stories/mine`);
  const row = tab.getByRole('listitem').filter({ has: tab.getByRole('link', { name: bylined.headline, exact: true }) });
  await row.getByText(`导入存疑 ${bylined.unsure.length} 处`).waitFor();

  // The byline's role is added, and its doubt's own button saves that edit with the doubt resolved.
  await tab.goto(`${base}/desk/#/story/${encodeURIComponent(bylined.id)}`);
  const notice = tab.getByRole('region', { name: /导入时存疑/ });
  await notice.waitFor();
  await tab.getByLabel('署名1：身份').fill('记者');
  const saved = tab.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes(bylined.id));
  await notice.getByRole('listitem').filter({ hasText: '署名没有印出身份' }).getByRole('button', { name: '保存修改并清除此提示' }).click();
  assert.equal((await saved).status(), 200);
  await notice.waitFor({ state: 'detached' });
  const afterByline = (await call('GET', `/api/articles/${encodeURIComponent(bylined.id)}`)).body;
  assert.equal(afterByline.byline[0].role, '记者');
  assert.deepEqual(afterByline.importDoubts, bylined.unsure.filter((u) => !u.startsWith('byline role not printed')));
  assert.equal(afterByline.version, 2, 'one save');

  // The photo: once its file is uploaded, the notice no longer says it has none, before any save or reload.
  await tab.goto(`${base}/desk/#/story/${encodeURIComponent(photo.id)}`);
  await notice.getByText(/图片还没有文件/).waitFor();
  // A fact, not a judgement: no button dismisses it; it says what ends it.
  const waiting = notice.getByRole('listitem').filter({ hasText: '图片还没有文件' });
  assert.equal(await waiting.getByRole('button').count(), 0, 'a photo waiting for its file cannot be dismissed');
  await waiting.getByText('上传照片后自动消除').waitFor();
  await tab.getByLabel(/^选择照片（第\d+块）$/).first().setInputFiles({ name: '口袋公园.png', mimeType: 'image/png', buffer: png() });
  await tab.getByText('照片已处理：口袋公园.png（160×120）').waitFor({ timeout: 60_000 });
  await notice.getByText(/图片还没有文件/).waitFor({ state: 'hidden', timeout: 2000 });
  const kept = tab.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes(photo.id));
  await tab.getByRole('button', { name: '保存', exact: true }).click();
  assert.equal((await kept).status(), 200);
  const afterPhoto = (await call('GET', `/api/articles/${encodeURIComponent(photo.id)}`)).body;
  assert.ok(afterPhoto.body.some((b) => b.type === 'image' && b.media), 'the photo is on the story');
  assert.ok(!afterPhoto.importDoubts.some((u) => u.startsWith('image has no file yet')), 'the saved story no longer waits for a file');
  assert.deepEqual(errors, []);
  await context.close();
});
