// The archive after a month's only edition is taken down: the index no longer links the month, and an
// old link to it answers 404 with a page in Chinese that names the month and leads back to the archive
// (never the "本页已撤下" page of a story taken down: a month is a listing, and may fill again).
// Needs a running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call } from './desk-steps.mjs';

const chromium = useChromium();
const day = datesOf(import.meta.url).past();
const month = day.slice(0, 7);
const label = `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

async function finished(job) {
  for (let i = 0; i < 120; i++) {
    const { body } = await call('GET', `/api/publications/${job}`);
    if (['succeeded', 'failed', 'unknown'].includes(body.status)) return body;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`publication ${job} did not finish`);
}

test('a month whose only edition was taken down: not linked from 往期回顾, and its old link says so in Chinese with 404', async () => {
  const lead = (await call('POST', '/api/articles', { headline: `月份撤下${day}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 7401, pages: [{ number: 1, name: '要闻', articles: [lead] }] })).status, 201);
  assert.equal((await finished((await call('POST', `/api/editions/${day}/publish`)).body.id)).status, 'succeeded');
  assert.equal((await fetch(`${base}/archive/${month}/`)).status, 200);
  assert.equal((await finished((await call('DELETE', `/api/editions/${day}/publication`)).body.id)).status, 'succeeded');

  const context = await chromium().newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${base}/archive/`);
  assert.equal(await page.locator(`a[href="/archive/${month}/"]`).count(), 0, 'the index links no month without an edition');

  const response = await page.goto(`${base}/archive/${month}/`);
  assert.equal(response.status(), 404);
  await page.getByRole('heading', { name: `往期回顾 · ${label}` }).waitFor();
  assert.ok((await page.textContent('main, body')).includes(`本网站上没有${label}的报纸`));
  assert.equal(await page.getByText('本页已撤下').count(), 0);
  await page.evaluate(axeSource);
  const checked = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  assert.deepEqual(checked.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), []);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll on a phone');
  await page.getByRole('link', { name: /往期回顾：查看有报纸的月份/ }).click();
  await page.waitForURL(`${base}/archive/`);
  await page.getByRole('heading', { name: '往期回顾', exact: true }).waitFor();
  assert.equal((await fetch(`${base}/editions/${day}/`)).status, 410, 'the edition itself was taken down');
  await context.close();
});
