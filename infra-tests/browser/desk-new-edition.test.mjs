// Making a new edition is a normal flow: the desk finds out that the date has no edition yet without a
// request that fails, so the browser's console stays clean from the calendar to the first save. Needs a
// running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { openDesk } from './desk-steps.mjs';

const chromium = useChromium();

// A past month of this file's own range, with no edition in it.
const day = datesOf(import.meta.url).past();

test('a new edition opens and is saved without a failed request or any error in the console', async () => {
  const { context, page } = await openDesk(chromium());
  const errors = [];
  const failed = [];
  // The stack is shared with the other test files, which make, publish and delete editions of their own
  // meanwhile: the desk's look at those (a planned edition's on-site state is a 404 until it goes out; one
  // deleted meanwhile is a 404 too) is not this flow. What this flow asks about its own date must not fail.
  const ours = (url) => url.includes(day);
  page.on('console', (m) => {
    if (m.type() === 'error' && (!m.text().startsWith('Failed to load resource') || ours(m.location().url))) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => { if (r.status() >= 400 && ours(r.url())) failed.push(`${r.status()} ${r.request().method()} ${r.url()}`); });

  await page.goto(`${base}/desk/#/editions/${day.slice(0, 7)}`);
  const [, m, d] = day.split('-').map(Number);
  await page.getByRole('link', { name: `${m}月${d}日，新建` }).click();
  await page.getByRole('heading', { name: `${day} 版面` }).waitFor();
  await page.getByText('尚未发布，读者还看不到本期').waitFor();
  await page.getByLabel('期号').fill('7001');
  await page.getByRole('button', { name: '保存版面' }).click();
  await page.getByRole('heading', { name: '预检' }).waitFor();
  assert.deepEqual(failed, []);
  assert.deepEqual(errors, []);
  await context.close();
});
