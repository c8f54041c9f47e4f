// The reader site in a real Chromium: every page readable without JavaScript, no horizontal
// scrolling on a phone, links that lead somewhere, and no serious accessibility violation (axe-core).
// Needs a running local stack: BROADSHEET_URL (make browser-test starts one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';

const chromium = useChromium();

async function open(path, { width = 1280, height = 900, javaScriptEnabled = true } = {}) {
  const context = await chromium().newContext({ viewport: { width, height }, javaScriptEnabled });
  const page = await context.newPage();
  const response = await page.goto(base + path);
  return { page, context, response };
}

async function readerPages() {
  const { page, context } = await open('/');
  const article = await page.locator('.teasers a').first().getAttribute('href');
  const edition = await page.locator('.edition-line a').first().getAttribute('href');
  const firstPage = await page.locator('.pages a').first().getAttribute('href');
  await context.close();
  return { '/': '/', edition, page: firstPage, article, archive: '/archive/', notFound: '/404.html' };
}

test('every page of the sample edition passes axe-core with no serious or critical violation', async () => {
  for (const [name, path] of Object.entries(await readerPages())) {
    const { page, context } = await open(path);
    await page.evaluate(axeSource);   // as DevTools does: the site's CSP (script-src 'self') refuses an injected script tag
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
    assert.ok(result.passes.length > 10, `axe checked ${name}`);
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `${name} ${path}`);
    await context.close();
  }
});

test('on a phone, no page scrolls sideways', async () => {
  for (const [name, path] of Object.entries(await readerPages())) {
    const { page, context } = await open(path, { width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name} ${path} is ${overflow}px wider than the screen`);
    await context.close();
  }
});

test('a reader without JavaScript goes from the front page to an article and on through the paper', async () => {
  const { page, context } = await open('/', { javaScriptEnabled: false });
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  const headline = (await page.locator('.teasers h2 a').first().textContent()).trim();
  await page.locator('.teasers h2 a').first().click();
  assert.equal((await page.locator('article h1').textContent()).trim(), headline);
  await page.locator('a[rel="next"]').click();
  assert.notEqual((await page.locator('article h1').textContent()).trim(), headline);
  await page.locator('.article-nav a', { hasText: '返回' }).click();
  assert.match(await page.locator('h1').textContent(), /第\d+版/);
  await context.close();
});

test('every link on the front page and the edition view leads to a page that exists', async () => {
  const { page, context } = await open('/');
  const edition = await page.locator('.edition-line a').first().getAttribute('href');
  const hrefs = new Set();
  for (const path of ['/', edition]) {
    await page.goto(base + path);
    for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      hrefs.add(href);
    }
  }
  for (const href of hrefs) {
    const response = await page.request.get(base + href);
    assert.equal(response.status(), 200, href);
  }
  await context.close();
});
