// Search and the reader-site fixes in a real Chromium against the local stack's sample edition.
// Needs a running local stack: BROADSHEET_URL (make browser-test starts one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';

const chromium = useChromium();

async function open(path, { width = 1280, height = 900, javaScriptEnabled = true } = {}) {
  const context = await chromium().newContext({ viewport: { width, height }, javaScriptEnabled });
  const page = await context.newPage();
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  await page.goto(base + path);
  return { page, context, failed };
}

async function axe(page, options) {
  await page.evaluate(axeSource);   // as DevTools does: the site's CSP (script-src 'self') refuses an injected script tag
  return page.evaluate((o) => window.axe.run(document, o), options);
}

test('a query typed into the search page finds the article, highlights the match, and the result opens it', async () => {
  const { page, context, failed } = await open('/search/');
  await page.fill('#q', '供暖提前');
  await page.press('#q', 'Enter');
  await page.waitForSelector('#search-results li');
  assert.match(page.url(), /\/search\/\?q=%E4%BE%9B%E6%9A%96%E6%8F%90%E5%89%8D$/);
  const first = page.locator('#search-results li').first();
  assert.equal((await first.locator('h2 a').textContent()).trim(), '城南集中供暖提前五天启动');
  assert.equal(await first.locator('mark').first().textContent(), '供暖提前');
  assert.match(await first.locator('.meta').textContent(), /2026年11月29日 · 第1版 要闻/);
  assert.match(await page.locator('#search-status').textContent(), /找到 \d+ 篇/);
  await first.locator('h2 a').click();
  await page.waitForURL(/\/articles\//);
  assert.equal((await page.locator('article h1').textContent()).trim(), '城南集中供暖提前五天启动');
  assert.deepEqual(failed, []);
  await context.close();
});

test('full-width and half-width digits find each other, and a one-character query is refused kindly', async () => {
  let { page, context } = await open('/search/?q=' + encodeURIComponent('４８小时'));
  await page.waitForSelector('#search-results li');
  assert.equal(await page.locator('#search-results mark').first().textContent(), '48小时');
  await context.close();
  ({ page, context } = await open('/search/?q=' + encodeURIComponent('暖')));
  await page.waitForFunction(() => document.querySelector('#search-status').textContent.length > 0);
  assert.match(await page.locator('#search-status').textContent(), /至少输入两个字/);
  assert.equal(await page.locator('#search-results li').count(), 0);
  await context.close();
});

test('without JavaScript the search page says so and links to the archive', async () => {
  const { page, context } = await open('/search/?q=' + encodeURIComponent('供暖'), { javaScriptEnabled: false });
  const note = page.locator('#search-needs-js');
  assert.ok(await note.isVisible());
  assert.match(await note.textContent(), /JavaScript/);
  assert.equal(await note.locator('a').getAttribute('href'), '/archive/');
  await context.close();
});

for (const width of [390, 1280]) {
  test(`the search page with results has no axe violation at ${width} px`, async () => {
    const { page, context } = await open('/search/?q=' + encodeURIComponent('供暖'), { width });
    await page.waitForSelector('#search-results li');
    const result = await axe(page, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px sideways`);
    await context.close();
  });
}

test('front page and 版面 headings never skip a level (axe heading-order), and no page asks for a missing favicon', async () => {
  for (const path of ['/', '/archive/', '/search/']) {
    const { page, context, failed } = await open(path);
    const firstPage = await page.locator('.pages a').first().getAttribute('href').catch(() => null);
    const result = await axe(page, { runOnly: ['heading-order'] });
    assert.deepEqual(result.violations.map((v) => v.id), [], path);
    assert.deepEqual(failed, [], path);
    assert.ok(await page.locator('link[rel="icon"]').count(), `${path} names its icon`);
    if (firstPage) {
      await page.goto(base + firstPage);
      assert.deepEqual((await axe(page, { runOnly: ['heading-order'] })).violations.map((v) => v.id), [], firstPage);
    }
    await context.close();
  }
});

test('at 1280 px the front page uses the width: the lead story across the top, the others side by side', async () => {
  const { page, context } = await open('/', { width: 1280 });
  const boxes = await page.locator('.front .teasers > li').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().toJSON()));
  assert.ok(boxes.length >= 3, 'the sample front page has at least three stories');
  const main = await page.locator('main').evaluate((m) => m.getBoundingClientRect().width);
  assert.ok(main >= 1000, `main is ${main}px wide`);
  assert.ok(boxes[0].width > 2 * boxes[1].width, 'the lead spans the columns');
  assert.equal(Math.round(boxes[1].top), Math.round(boxes[2].top), 'the next two stand side by side');
  await context.close();
});

test('Han characters render with a CJK font, not the fallback box', async () => {
  const { page, context } = await open('/');
  const seen = await page.evaluate(() => {
    const font = '40px ' + getComputedStyle(document.body).fontFamily;
    const canvas = document.createElement('canvas');
    canvas.width = 60; canvas.height = 60;
    const g = canvas.getContext('2d', { willReadFrequently: true });
    g.font = font;
    const draw = (text) => {
      g.clearRect(0, 0, 60, 60);
      g.fillText(text, 5, 45);
      return { width: g.measureText(text).width, pixels: Array.from(g.getImageData(0, 0, 60, 60).data).join() };
    };
    // U+10FFFD is a private-use code point no font draws: what it shows is the fallback box.
    const han = draw('報'), box = draw('\u{10FFFD}');
    return { han: han.width, box: box.width, samePixels: han.pixels === box.pixels };
  });
  assert.equal(seen.samePixels, false, 'the Han character is drawn as the fallback box');
  assert.equal(Math.round(seen.han), 40, `a Han character is one em wide in a CJK font, not ${seen.han}px (the box is ${seen.box}px)`);
  await context.close();
});
