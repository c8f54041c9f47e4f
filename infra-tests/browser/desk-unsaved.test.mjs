// 发布本期 on an edition never saved asks for the layout to be saved first, instead of the API's 404.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';

const chromium = useChromium();
// An edition date far in the past of this file's own range, never saved by any test.
const day = datesOf(import.meta.url).past();

test('publishing a new, unsaved edition says to save the layout first', async () => {
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/#/edition/${day}`);
  await page.getByRole('button', { name: '以编辑身份登录' }).click();
  await page.getByRole('button', { name: '发布本期' }).click();
  await page.getByText('请先保存版面').waitFor({ timeout: 5000 });
  assert.equal(await page.getByText('找不到这项内容').count(), 0);
  await context.close();
});
