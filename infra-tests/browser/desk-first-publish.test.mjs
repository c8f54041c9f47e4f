// The first publication of an edition waits for a yes, after saying what goes out: the date, how many
// 版面 and stories, and the preflight's warnings. Nothing is published before 确认发布, and 取消 leaves
// nothing behind. axe finds no violation on the confirmation. Needs a running local stack:
// BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, signIn } from './desk-steps.mjs';

const chromium = useChromium();

// A past date of this file's own range (an edition goes out only up to tomorrow in the paper's zone).
const dates = datesOf(import.meta.url);
const day = dates.past();

test('the first publication of an edition says what goes out and waits for 确认发布', async () => {
  const story = async (headline, status) => (await call('POST', '/api/articles',
    { headline, status, body: [{ type: 'paragraph', text: `${headline}。正文一段。` }] })).body.id;
  const lead = await story(`首发头条${day}`, 'ready');
  const second = await story(`首发二条${day}`, 'ready');
  const draft = await story(`首发草稿${day}`, 'draft');
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 8001, pages: [
    { number: 1, name: '要闻', articles: [lead, draft] }, { number: 2, name: '城事', articles: [second] }] })).status, 201);
  const jobs = async () => (await call('GET', `/api/editions/${day}/publications`)).body.items.length;

  const context = await chromium().newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${day}`);
  await signIn(page);
  await page.getByText('将发布 2 篇稿件。').waitFor();

  await page.getByRole('button', { name: '发布本期' }).click();
  const confirm = page.getByRole('region', { name: '发布前请确认' });
  await confirm.waitFor();
  const text = await confirm.textContent();
  assert.match(text, new RegExp(`${day}`));
  assert.match(text, /2 个版面、2 篇稿件/);
  assert.match(text, new RegExp(`不会发布：首发草稿${day}（仍是草稿）`));
  await page.evaluate(axeSource);
  const axe = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], 'the confirmation');
  assert.equal(await jobs(), 0, 'nothing is published before the yes');

  await confirm.getByRole('button', { name: '取消' }).click();
  assert.equal(await page.getByRole('region', { name: '发布前请确认' }).count(), 0);
  assert.equal(await jobs(), 0, 'a cancel publishes nothing');

  await page.getByRole('button', { name: '发布本期' }).click();
  await page.getByRole('region', { name: '发布前请确认' }).getByRole('button', { name: '确认发布' }).click();
  await page.locator('.job-state', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
  assert.equal(await jobs(), 1);
  // The editor is told what went out, whether readers see it now and when the CDN shows it; the
  // publisher's file counts stay in a closed details element.
  const summary = page.locator('.job-summary');
  await summary.waitFor();
  const said = await summary.textContent();
  assert.match(said, /已发布 2 个版面、2 篇稿件/);
  assert.match(said, /读者现在/);
  assert.match(said, /CDN/);
  assert.doesNotMatch(said, /文件|上传|缓存路径|\d+ 个文件/);
  const details = page.locator('.job details');
  assert.equal(await details.evaluate((d) => d.open), false, 'the technical numbers are folded away');
  assert.ok(await details.locator('dl.counts').count(), 1);
  assert.equal(await page.locator('.job > dl.counts').count(), 0, 'no file counts in the main message');
  await context.close();
});

// What the API would refuse without ?force=true (a story with nothing to read: a caption whose photo is
// missing, two reasons for one story) is said in the confirmation before the yes, in the newsroom's words, and the yes then
// publishes the rest: no 422 with no reason after it.
test('a story that would stop the publication is named in the confirmation, and the yes publishes the rest', async () => {
  const date = dates.past(700);
  const lead = (await call('POST', '/api/articles', { headline: `拦截头条${date}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  const photo = (await call('POST', '/api/articles', { headline: `拦截图片${date}`, status: 'ready',
    body: [{ type: 'image', caption: '一张没有照片的图片说明。' }] })).body;
  assert.ok(photo.id, JSON.stringify(photo));
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 8002, pages: [
    { number: 1, name: '要闻', articles: [lead, photo.id] }] })).status, 201);
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${date}`);
  await signIn(page);
  await page.getByText('将发布 1 篇稿件。').waitFor();
  await page.getByRole('button', { name: '发布本期' }).click();
  const confirm = page.getByRole('region', { name: '发布前请确认' });
  await confirm.waitFor();
  // The API blocks on two reasons (its image has no file, and so nothing is left to read), but they are
  // one cause: one line of the list, telling the missing photo once and what to do, never that the story
  // has no photo.
  const blocked = await confirm.getByRole('list', { name: '阻止发布的问题' }).getByRole('listitem').allTextContents();
  const cause = '照片还没有上传：请打开稿件上传照片（这篇只有照片，没有照片就没有可读的内容，强制发布也不会发出）';
  assert.deepEqual(blocked, [`阻止发布：拦截图片${date}（${cause}）`]);
  assert.doesNotMatch(blocked[0], /没有正文也没有/);
  assert.doesNotMatch(await confirm.textContent(), /预检没有提示/, 'a block is not summed up as no notes');
  await confirm.getByRole('button', { name: /确认发布/ }).click();
  await page.locator('.job-state', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
  assert.equal(await page.getByText('预检未通过').count(), 0);

  // The correction screen's republish names the same blocked story in its confirmation and, as the
  // edition's screen does, republishes without it: a correction need not wait for a missing photo.
  await page.goto(`${base}/desk/#/story/${lead}`);
  await page.getByLabel('说明文字').fill('本文原称正文两段，现更正为一段。');
  await page.getByRole('button', { name: '记录更正' }).click();
  await page.getByRole('button', { name: '重新发布本期，让读者看到' }).click();
  const again = page.getByRole('region', { name: '重新发布前请确认' });
  await again.waitFor();
  assert.match(await again.textContent(), new RegExp(`阻止发布：拦截图片${date}（${cause.replace(/[()（）]/g, '.')}）：这篇这次仍不发布`));
  await again.getByRole('button', { name: '确认重新发布（不含被阻止的稿件）' }).click();
  await page.locator('.job-state', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
  const jobs = (await call('GET', `/api/editions/${date}/publications`)).body.items;
  assert.equal(jobs.length, 2, 'the correction went out with a second publication');
  assert.ok(jobs.every((j) => j.status === 'succeeded'), JSON.stringify(jobs.map((j) => j.status)));
  const onSite = (await call('GET', `/api/editions/${date}/on-site`)).body;
  assert.deepEqual(onSite.articles.map((a) => a.id), [lead], 'the blocked story stays off the site');
  await context.close();
});

// A story the importer doubted, marked ready with its doubts still open: the confirmation names it,
// with a link to the story, before the yes; the doubt only warns, so the yes is the plain 确认发布.
test('a story with open import doubts is named in the confirmation, with a link to it', async () => {
  const date = dates.past(1400);
  // Sample text written for this test: the importer is unsure how it read both stories' head lines.
  const text = ['社区图书角周末开放', '陈静', '东湖社区新设的图书角本周末起对居民开放。', '', '东湖社区 刘洋', '',
    '菜市场增设便民摊位', '南门菜市场本月新增二十个便民摊位。', ''].join('\n');
  const imported = await fetch(`${base}/api/imports?edition=${date}&page=4`, { method: 'POST', body: text, headers: {
    Authorization: `Bearer ${process.env.BROADSHEET_EDITOR_TOKEN}`, 'Content-Type': 'text/plain; charset=utf-8' } });
  assert.equal(imported.status, 201);
  const doubtful = (await imported.json()).report.find((r) => r.unsure.length);
  assert.ok(doubtful, 'the sample page is one the importer doubts');
  const path = `/api/articles/${encodeURIComponent(doubtful.id)}`;
  const read = await call('GET', path);
  assert.equal((await call('PATCH', path, { status: 'ready' }, { 'If-Match': read.etag, 'Content-Type': 'application/merge-patch+json' })).status, 200);
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 8003, pages: [
    { number: 1, name: '城事', articles: [doubtful.id] }] })).status, 201);

  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${date}`);
  await signIn(page);
  await page.getByText('将发布 1 篇稿件。').waitFor();
  await page.getByRole('button', { name: '发布本期' }).click();
  const confirm = page.getByRole('region', { name: '发布前请确认' });
  await confirm.waitFor();
  assert.match(await confirm.textContent(), /1 篇稿件仍有导入存疑，未核对/);
  const link = confirm.getByRole('list', { name: /仍有导入存疑/ }).getByRole('link', { name: read.body.headline });
  assert.equal(await link.getAttribute('href'), `#/story/${encodeURIComponent(doubtful.id)}`);
  assert.doesNotMatch(await confirm.textContent(), /预检没有提示/, 'an open doubt is not summed up as no notes');
  assert.equal(await confirm.getByRole('button', { name: '确认发布', exact: true }).count(), 1, 'a doubt warns, it does not block');
  await confirm.getByRole('button', { name: '取消' }).click();
  await context.close();
});

// An edition whose only story cannot go out (a photo without its file): the confirmation says nothing can
// be published yet, never that it will publish 0 版面 and 0 stories, and offers no yes.
test('an edition with nothing it can publish says so instead of counting nothing', async () => {
  const date = dates.past(1750);
  const photo = (await call('POST', '/api/articles', { headline: `只有图片${date}`, status: 'ready',
    body: [{ type: 'image', caption: '一张还没有照片的图片说明。' }] })).body;
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 8003, pages: [
    { number: 1, name: '要闻', articles: [photo.id] }] })).status, 201);
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${date}`);
  await signIn(page);
  await page.getByRole('button', { name: '发布本期' }).click();
  const confirm = page.getByRole('region', { name: '发布前请确认' });
  await confirm.waitFor();
  const said = await confirm.textContent();
  assert.match(said, /也还没有可以发布的稿件/);
  assert.doesNotMatch(said, /发布 0 个版面|0 篇稿件/);
  assert.equal(await confirm.getByRole('button', { name: /确认发布/ }).count(), 0);
  await context.close();
});

test('a publication already queued or under way is followed to its end, not refused with a bare message', async () => {
  const date = dates.past(702);
  const lead = (await call('POST', '/api/articles', { headline: `排队头条${date}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 8003, pages: [
    { number: 1, name: '要闻', articles: [lead] }] })).status, 201);
  const context = await chromium().newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${date}`);
  await signIn(page);
  await page.getByText('将发布 1 篇稿件。').waitFor();
  // A colleague's publication holds the edition when this editor confirms: the API answers 409 edition-busy
  // naming it (answered here for the desk's request, so the two never race on a fast machine).
  const held = await call('POST', `/api/editions/${date}/publish`);
  assert.equal(held.status, 202, JSON.stringify(held.body));
  await page.route(`**/api/editions/${date}/publish*`, (route) => route.fulfill({ status: 409, contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'urn:broadsheet:problem:edition-busy', title: 'Edition busy', status: 409,
      detail: 'a publication of this edition is under way', publication: `/api/publications/${held.body.id}` }) }));
  await page.getByRole('button', { name: '发布本期' }).click();
  await page.getByRole('region', { name: '发布前请确认' }).getByRole('button', { name: '确认发布' }).click();
  await page.getByText('本期已有一次发布在排队或进行中', { exact: false }).waitFor();
  await page.locator('.job-state', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
  assert.match(await page.locator('.job-summary').textContent(), /已发布 1 个版面、1 篇稿件/);
  await context.close();
});
