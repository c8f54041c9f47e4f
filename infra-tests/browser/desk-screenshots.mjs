// The README's pictures of the desk (web/desk) on the sample edition, signed in as the local editor,
// at 1280 and 390 pixels wide. Run by `make screenshots` after screenshots.mjs.
// Usage: BROADSHEET_URL=http://127.0.0.1:PORT node desk-screenshots.mjs OUT_DIR
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.BROADSHEET_URL;
const out = process.argv[2];
if (!base || !out) {
  console.error('usage: BROADSHEET_URL=http://127.0.0.1:PORT node desk-screenshots.mjs OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--font-render-hinting=none'] });

// A page written for the screenshot: a story with a 引题, one with a byline, and a notice.
const SAMPLE_PAGE = ['老城改造再提速', '城南三条老街年底完成管网更新', '本报记者 周宁', '城南区住建局昨天表示，三条老街的供水和燃气管网将在年底前全部更新。',
  '施工期间，沿街商户照常营业。', '', '社区食堂开进河东巷', '本报讯 河东巷社区食堂本周开张，每份午餐十二元。', '', '停水通知',
  '因管网施工，本周六上午八时至十二时城南部分小区停水。'].join('\n');

const screens = [
  ['stories', async (page) => page.locator('.stories li').first().waitFor()],
  ['editor', async (page) => {
    await page.locator('.stories a', { hasText: '城南集中供暖提前五天启动' }).first().click();
    await page.locator('form.story').waitFor();
  }],
  ['layout', async (page) => {
    await page.goto(`${base}/desk/#/edition/2026-11-29`);
    await page.locator('.page-card').first().waitFor();
    await page.getByText('预检', { exact: true }).waitFor();
  }],
  ['import-review', async (page) => {
    await page.goto(`${base}/desk/#/import`);
    await page.getByLabel('版面文字').fill(SAMPLE_PAGE);
    await page.getByRole('button', { name: '读取并校对' }).click();
    await page.getByRole('heading', { name: '校对读取结果' }).waitFor();
  }],
];

for (const [viewport, suffix, height] of [[{ width: 1280, height: 900 }, 'desktop', 1000], [{ width: 390, height: 844 }, 'phone', 1400]]) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/`);
  await page.getByRole('button', { name: '以编辑身份登录' }).click();
  for (const [name, ready] of screens) {
    await ready(page);
    await page.evaluate(() => document.fonts.ready);
    const full = await page.evaluate(() => document.documentElement.scrollHeight);
    const file = `desk-${name}-${suffix}.png`;
    await page.screenshot({ path: join(out, file), fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, full) } });
    console.log(`${file}: ${viewport.width} x ${Math.min(height, full)}`);
  }
  await context.close();
}
await browser.close();
