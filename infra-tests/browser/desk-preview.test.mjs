// A draft's preview: the story as the reader site will render it (the API renders it with the site's
// templates, GET /api/articles/{id}/preview), shown in a sandboxed frame before anything is published;
// never cached, under the site's CSP. Needs a running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';

const chromium = useChromium();
const auth = { Authorization: `Bearer ${process.env.BROADSHEET_EDITOR_TOKEN}` };

test('a draft is previewed as its reader page, never cached, in a frame that runs no script', async () => {
  const headline = `预览稿${Date.now() % 100000}`;
  const created = await fetch(`${base}/api/articles`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ kicker: '民生关注', headline, body: [{ type: 'paragraph', text: '草稿正文<b>不是标签</b>。' }] }) });
  const { id } = await created.json();
  const direct = await fetch(`${base}/api/articles/${id}/preview`, { headers: auth });
  assert.equal(direct.status, 200);
  assert.match(direct.headers.get('content-type'), /^text\/html/);
  assert.match(direct.headers.get('cache-control'), /no-store/);
  assert.match(direct.headers.get('content-security-policy'), /script-src 'self'/);
  assert.match(await direct.text(), /草稿正文&lt;b&gt;不是标签&lt;\/b&gt;。/);

  const context = await chromium().newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/`);
  await page.getByRole('button', { name: '以编辑身份登录' }).click();
  await page.getByRole('heading', { name: '稿件', exact: true }).waitFor();
  await page.goto(`${base}/desk/#/story/${id}`);
  await page.getByRole('button', { name: '预览读者页面' }).click();
  const frame = page.frameLocator('iframe[title="读者网站预览"]');
  assert.equal((await frame.locator('article h1').textContent()).trim(), headline);
  assert.match(await frame.locator('article').textContent(), /草稿正文<b>不是标签<\/b>。/);
  assert.equal(await page.locator('iframe[title="读者网站预览"]').getAttribute('sandbox'), '', 'no script, no same origin');
  await page.evaluate(axeSource);
  const axe = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], 'the preview panel');
  // Nothing was published: the story is still a draft.
  assert.equal((await (await fetch(`${base}/api/articles/${id}`, { headers: auth })).json()).status, 'draft');
  await context.close();
});

test('a story in no edition is previewed with no 版; one laid out shows its own 版', async () => {
  const post = async (headline) => (await (await fetch(`${base}/api/articles`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ headline, body: [{ type: 'paragraph', text: '正文一段。' }] }) })).json()).id;
  const loose = await post(`未排稿${Date.now() % 100000}`);
  const html = await (await fetch(`${base}/api/articles/${loose}/preview`, { headers: auth })).text();
  assert.doesNotMatch(html, /第\d+版/, 'no stand-in 版 for a story in no edition');

  const placed = await post(`已排稿${Date.now() % 100000}`);
  const date = datesOf(import.meta.url).ahead();
  const put = await fetch(`${base}/api/editions/${date}`, { method: 'PUT', headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ number: 9301, pages: [{ number: 3, name: '城事', articles: [placed] }] }) });
  assert.equal(put.status, 201);
  assert.match(await (await fetch(`${base}/api/articles/${placed}/preview`, { headers: auth })).text(), /第3版 城事/);
});

test('the preview follows the article read route\'s rule: whoever may read a story may preview it, nobody else', async () => {
  const { id } = await (await fetch(`${base}/api/articles`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ headline: `编辑的草稿${Date.now() % 100000}`, body: [{ type: 'paragraph', text: '正文。' }] }) })).json();
  // The reporter's local token, asked for as the desk asks (same origin).
  const reporter = (await (await fetch(`${base}/desk/local-sign-in`, { method: 'POST', body: 'reporter',
    headers: { 'Sec-Fetch-Site': 'same-origin', Origin: base } })).json()).token;
  for (const token of [reporter, 'not-a-token', null]) {
    const headers = token ? { Authorization: `Bearer ${token}` } : {};
    const read = (await fetch(`${base}/api/articles/${id}`, { headers })).status;
    const preview = (await fetch(`${base}/api/articles/${id}/preview`, { headers })).status;
    assert.equal(preview, read, `preview ${preview}, read ${read} (${token === reporter ? 'a reporter' : token || 'no token'})`);
    // openapi.yaml: reporters read every story (the desk opens others' stories read-only); a bad or no token is 401.
    assert.equal(read, token === reporter ? 200 : 401);
  }
});
