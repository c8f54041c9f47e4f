// What a new editor found missing in a trial of the desk: whether a story or an edition is on the site
// or scheduled, a story picker that offered stories laid out in another edition (and a raw 422 when one
// was taken), messages in developer English, a republish with no confirmation and no list of what
// changes, and login ids where people's names belong. Needs a running local stack: BROADSHEET_URL,
// BROADSHEET_EDITOR_TOKEN.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';

const chromium = useChromium();
const auth = () => ({ Authorization: `Bearer ${process.env.BROADSHEET_EDITOR_TOKEN}` });

/** One API call as the editor: {status, etag, body}. */
async function call(method, path, body, headers = {}) {
  const response = await fetch(base + path, { method, headers: { ...auth(), ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), body: text ? JSON.parse(text) : null };
}

const story = async (headline) => (await call('POST', '/api/articles',
  { headline, status: 'ready', body: [{ type: 'paragraph', text: `${headline}。正文一段。` }] })).body.id;

async function published(date) {
  const job = (await call('POST', `/api/editions/${date}/publish`)).body;
  for (let i = 0; i < 200; i++) {
    const now = (await call('GET', `/api/publications/${job.id}`)).body;
    if (now.finishedAt) return assert.equal(now.status, 'succeeded');
    await new Promise((r) => setTimeout(r, 300));
  }
  assert.fail('the publication did not finish');
}

async function relayout(date, articles) {
  const now = await call('GET', `/api/editions/${date}`);
  const answer = await call('PUT', `/api/editions/${date}`, { number: now.body.number, pages: [{ number: 1, name: '要闻', articles }],
    ...(now.body.publishAt ? { publishAt: now.body.publishAt } : {}) }, { 'If-Match': now.etag });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
}

// A tag of this run's own, to run again on one stack.
const offset = Math.floor(Math.random() * 300) * 2;
// `day` goes out now, so it is a past date (an edition is published only up to tomorrow in the paper's
// zone, make run's Asia/Shanghai), in this file's own range (dates.mjs), never the sample
// edition; `next` is only laid out and scheduled, so it may be ahead.
const dates = datesOf(import.meta.url);
const day = dates.past();
const next = dates.ahead();
const tag = String(offset);
const ids = {};

before(async () => {
  for (const name of ['头条', '旧闻', '新稿', '定时稿', '抢排稿']) ids[name] = await story(`试用${name}${tag}`);
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 7001, pages: [{ number: 1, name: '要闻', articles: [ids.头条, ids.旧闻] }] })).status, 201);
  await published(day);
  // Since that publication: one story edited, one taken off, one added.
  const lead = await call('GET', `/api/articles/${ids.头条}`);
  assert.equal((await call('PATCH', `/api/articles/${ids.头条}`, { headline: `试用头条改${tag}` },
    { 'If-Match': lead.etag, 'Content-Type': 'application/merge-patch+json' })).status, 200);
  await relayout(day, [ids.头条, ids.新稿]);
  assert.equal((await call('PUT', `/api/editions/${next}`, { number: 7002, pages: [{ number: 1, name: '要闻', articles: [ids.定时稿] }],
    publishAt: `${next}T06:00:00+08:00` })).status, 201);
});

async function editorPage() {
  const context = await chromium().newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/`);
  await page.getByRole('button', { name: '以编辑身份登录' }).click();
  await page.getByRole('heading', { name: '稿件', exact: true }).waitFor();
  return { context, page };
}

const english = /[A-Za-z]{3,}/;

test('stories and editions say whether they are on the site or scheduled', async () => {
  const { context, page } = await editorPage();
  await page.goto(`${base}/desk/#/stories/recent`);
  const row = (headline) => page.locator('ul.stories li', { hasText: headline });
  await row(`试用头条改${tag}`).waitFor();
  assert.match(await row(`试用头条改${tag}`).textContent(), /已发布/);
  assert.match(await row(`试用定时稿${tag}`).textContent(), /定时发布/);
  assert.doesNotMatch(await row(`试用新稿${tag}`).textContent(), /已发布|定时发布/);

  await page.goto(`${base}/desk/#/editions/${day.slice(0, 7)}`);
  const cell = (date) => page.getByRole('link', { name: new RegExp(`^${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`) });
  await cell(day).waitFor();
  assert.match(await cell(day).getAttribute('aria-label'), /已发布/);
  assert.match(await cell(day).textContent(), /已发布/);
  if (next.slice(0, 7) === day.slice(0, 7)) assert.match(await cell(next).textContent(), /定时/);

  await page.goto(`${base}/desk/#/edition/${day}`);
  await page.getByText(/^已在网站上/).waitFor();
  await page.goto(`${base}/desk/#/edition/${next}`);
  await page.getByText(/^定时发布：/).waitFor();
  await page.getByText(/尚未发布/).waitFor();
  await context.close();
});

test('the story picker offers no story laid out in another edition, and a clash is said in plain Chinese', async () => {
  const { context, page } = await editorPage();
  await page.goto(`${base}/desk/#/edition/${next}`);
  await page.getByLabel('加入第1版的稿件').waitFor();
  const options = await page.getByLabel('加入第1版的稿件').locator('option').allTextContents();
  assert.ok(options.some((o) => o.includes(`试用抢排稿${tag}`)), 'a story in no edition is offered');
  assert.ok(!options.some((o) => o.includes(`试用头条改${tag}`) || o.includes(`试用新稿${tag}`)), `laid out in ${day}: ${options}`);
  // Meanwhile another editor lays the offered story out in the other edition: the save is refused (422).
  await relayout(day, [ids.头条, ids.新稿, ids.抢排稿]);
  const select = page.getByLabel('加入第1版的稿件');
  await select.selectOption({ label: await select.locator('option', { hasText: `试用抢排稿${tag}` }).textContent() });
  await page.getByRole('button', { name: '加入第1版' }).click();
  await page.getByRole('button', { name: '保存版面' }).click();
  const message = page.locator('p.message');
  await message.getByText(`试用抢排稿${tag}`).waitFor();
  const text = await message.textContent();
  assert.match(text, new RegExp(`已排在${day}`));
  assert.doesNotMatch(text, english, text);
  await relayout(day, [ids.头条, ids.新稿]);
  await context.close();
});

test('republishing a live edition first lists what changes since it went out, and waits for a yes', async () => {
  const { context, page } = await editorPage();
  await page.goto(`${base}/desk/#/edition/${day}`);
  const jobs = async () => (await call('GET', `/api/editions/${day}/publications`)).body.items.length;
  const before = await jobs();
  await page.getByRole('button', { name: '发布本期' }).click();
  const confirm = page.getByRole('region', { name: '重新发布前请确认' });
  await confirm.waitFor();
  const changes = await confirm.locator('li').allTextContents();
  assert.ok(changes.includes(`新增：试用新稿${tag}`), changes.join('|'));
  assert.ok(changes.includes(`下线：试用旧闻${tag}`), changes.join('|'));
  assert.ok(changes.includes(`修改：试用头条改${tag}（原题：试用头条${tag}）`), changes.join('|'));
  assert.equal(await jobs(), before, 'nothing is published before the yes');
  await confirm.getByRole('button', { name: '确认重新发布' }).click();
  await page.locator('.job-state', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
  assert.equal(await jobs(), before + 1);
  await context.close();
});

test('people are named, not shown by their login id', async () => {
  const { context, page } = await editorPage();
  await page.goto(`${base}/desk/#/story/${ids.头条}`);
  await page.getByText('修改记录').click();
  await page.getByRole('checkbox', { name: /^第2稿/ }).waitFor();
  const text = await page.locator('main').textContent();
  assert.doesNotMatch(text, /local-editor|local-reporter/);
  assert.match(text, /本地编辑/);
  await context.close();
});

test('an import report and its doubts are in Chinese', async () => {
  const { context, page } = await editorPage();
  await page.goto(`${base}/desk/#/import`);
  await page.getByLabel('期次日期').fill(next);
  await page.getByLabel('版次').fill('3');
  await page.getByLabel('版面文字').fill(`（上接第1版）\n\n试用续稿正文一段${tag}，没有标题。\n\n夜市重开${tag}\n\n本报记者 王晨\n\n河东巷夜市昨晚重新开张。\n`);
  await page.getByRole('button', { name: '导入为草稿' }).click();
  await page.getByText(/^已生成 \d+ 篇草稿/).waitFor();
  const report = await page.locator('.import-result').textContent();
  assert.match(report, /识别/);
  assert.doesNotMatch(report.replace(/试用[^\s]*/g, ''), english, report);
  await context.close();
});
