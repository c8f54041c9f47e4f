// Desk times are the paper's wall clock (Asia/Shanghai on the local stack), not the browser's: an
// editor whose computer is set to UTC still reads 06:00 for a 06:00 Beijing schedule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';

const chromium = useChromium();

test('a browser in UTC shows desk times in the paper\'s zone', async () => {
  const context = await chromium().newContext({ locale: 'zh-CN', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/`);
  await page.getByRole('button', { name: '以编辑身份登录' }).waitFor();
  const shown = await page.evaluate(async () => {
    const { when } = await import('/desk/js/dom.js');
    return when('2031-03-01T22:00:00Z');
  });
  assert.match(shown, /3月2日/);
  assert.match(shown, /06:00/);
  await context.close();
});

test('the import screen\'s default date is tomorrow in the paper\'s zone, not the browser\'s', async () => {
  // 20:00 UTC: already 04:00 the next day in Beijing, still noon in Los Angeles.
  const context = await chromium().newContext({ locale: 'zh-CN', timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2031-03-01T20:00:00Z'));
  await page.goto(`${base}/desk/#/import`);
  await page.getByRole('button', { name: '以编辑身份登录' }).click();
  assert.equal(await page.getByLabel('期次日期').inputValue(), '2031-03-03');
  await context.close();
});
