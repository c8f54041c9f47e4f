// The e-paper on a published 版面, in a real Chromium: each story's region on the printed page is a
// link to its article, reached by Tab in reading order and named by its headline; it works without
// JavaScript; a phone downloads the phone's image; axe finds nothing. Needs a running local stack
// (BROADSHEET_URL) whose sample edition has a printed 第1版 (make browser-test starts one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';

const chromium = useChromium();

async function open(path, { width = 1280, height = 900, javaScriptEnabled = true, deviceScaleFactor = 1 } = {}) {
  const context = await chromium().newContext({ viewport: { width, height }, javaScriptEnabled, deviceScaleFactor });
  const page = await context.newPage();
  const response = await page.goto(base + path);
  return { page, context, response };
}

/**
 * The first 版面 with a printed page, from the front page's navigation; null when none has one yet (the
 * sample's 第1版 gets its PDF only where a CJK TrueType font is installed: make cjk-truetype-font).
 */
let found;
async function printedPage(t) {
  if (found === undefined) {
    found = null;
    // The edition view lists every 版面 (a page's own list leaves out the page shown).
    const { page, context } = await open('/');
    await page.goto(base + await page.locator('.edition-line a').first().getAttribute('href'));
    const pages = await page.locator('nav[aria-label="版面导航"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of pages) {
      await page.goto(base + href);
      if (await page.locator('svg.regions a').count() > 0) {
        found = href;
        break;
      }
    }
    await context.close();
  }
  if (found === null) {
    t.skip('no 版面 of the sample edition has a printed page');
  }
  return found;
}

test('clicking a story on the printed page opens its article, and the article leads back to its place', async (t) => {
  const path = await printedPage(t);
  if (!path) return;
  const { page, context } = await open(path, { javaScriptEnabled: false });
  const region = page.locator('svg.regions a').first();
  const headline = await region.getAttribute('aria-label');
  // A reader clicks on the story's text: the middle of its region's first rectangle, on the screen.
  const point = await region.locator('path').evaluate((path) => {
    const [x0, y0, x1, , , y2] = path.getAttribute('d').match(/-?[\d.]+/g).map(Number);
    const m = path.ownerSVGElement.getScreenCTM();
    const p = new DOMPoint((x0 + x1) / 2, (y0 + y2) / 2).matrixTransform(m);
    return { x: p.x, y: p.y };
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForURL(/\/articles\//);
  assert.match(page.url(), /\/editions\/[0-9-]+\/articles\/[^/]+\/$/);
  assert.equal((await page.locator('article h1').textContent()).trim(), headline);
  await page.locator('a', { hasText: '在版面中查看' }).click();
  const fragment = new URL(page.url()).hash.slice(1);
  assert.ok(fragment, 'the link names the region');
  const stroke = await page.locator(`[id="${fragment}"] path`).evaluate((p) => getComputedStyle(p).stroke);
  assert.notEqual(stroke, 'transparent', 'the targeted region is outlined');
  assert.equal(await page.locator(`[id="${fragment}"]`).getAttribute('aria-label'), headline);
  await context.close();
});

test('在版面中查看 scrolls its region into view with room above it, its kicker not cut by the window\'s top', async (t) => {
  const path = await printedPage(t);
  if (!path) return;
  // A short window, so that the page can scroll the first region (the lead story, at the sheet's top) up to its edge.
  const { page, context } = await open(path, { width: 1280, height: 400, javaScriptEnabled: false });
  const id = await page.locator('svg.regions a').first().getAttribute('id');
  await page.goto(base + path + '#' + id);
  const top = await page.locator(`[id="${id}"]`).evaluate((a) => a.getBoundingClientRect().top);
  assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the page scrolled to the region');
  assert.ok(top >= 16, `the region starts ${top}px below the window's top`);
  await context.close();
});

test('Tab reaches every region in reading order (the story list under the page), each outlined on focus', async (t) => {
  const path = await printedPage(t);
  if (!path) return;
  const { page, context } = await open(path);
  const regions = await page.locator('svg.regions a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
  const listed = await page.locator('.teasers h2 a').evaluateAll((as) => as.map((a) => a.textContent.trim()));
  assert.deepEqual(regions, listed.filter((h) => regions.includes(h)), 'regions follow the page\'s reading order');
  const reached = [];
  for (let i = 0; i < 200 && reached.length < regions.length; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a || !a.closest('svg.regions')) return null;
      return { name: a.getAttribute('aria-label'), stroke: getComputedStyle(a.querySelector('path')).stroke };
    });
    if (focused) {
      assert.notEqual(focused.stroke, 'transparent', `${focused.name} is outlined when focused`);
      reached.push(focused.name);
    }
  }
  assert.deepEqual(reached, regions);
  await context.close();
});

test('the 版面 with its printed page passes axe-core with no violation, on a desktop and a phone', async (t) => {
  const path = await printedPage(t);
  if (!path) return;
  for (const width of [1280, 390]) {
    const { page, context } = await open(path, { width });
    await page.evaluate(axeSource);   // as DevTools does: the site's CSP (script-src 'self') refuses an injected script tag
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `${width}px`);
    await context.close();
  }
});

test('a phone downloads the phone\'s page image, never the desktop\'s, and does not scroll sideways', async (t) => {
  const path = await printedPage(t);
  if (!path) return;
  const context = await chromium().newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true });
  const page = await context.newPage();
  const images = [];
  page.on('response', (r) => { if (r.request().resourceType() === 'image') images.push(new URL(r.url()).pathname); });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const sheet = images.filter((u) => /\/print\/\d+\.(phone|desktop)-/.test(u));
  assert.ok(sheet.length > 0, `the page image was loaded (${images.join(', ')})`);
  assert.ok(sheet.every((u) => u.includes('.phone-')), sheet.join(', '));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
  await context.close();
});

test('the printed page\'s files and the 版面导航 strip lead to pages and files that exist', async (t) => {
  const path = await printedPage(t);
  if (!path) return;
  const { page, context } = await open(path);
  const urls = await page.evaluate(() => {
    const out = new Set();
    document.querySelectorAll('.print a[href], .strip a[href], .strip img[src], .sheet img[src]').forEach((e) => out.add(e.getAttribute('href') || e.getAttribute('src')));
    document.querySelectorAll('.sheet source[srcset], .sheet img[srcset]').forEach((e) => e.getAttribute('srcset').split(',').forEach((c) => out.add(c.trim().split(' ')[0])));
    return [...out];
  });
  assert.ok(urls.some((u) => u.endsWith('.pdf')), '下载本版PDF is offered');
  // Each PDF says how big it is before a reader on a metered phone taps it: 下载本版PDF（28 KB）, 下载本期PDF（2.3 MB）.
  const pdfs = await page.locator('.print-links a[type="application/pdf"]').allTextContents();
  for (const link of pdfs) assert.match(link, /^下载本[版期]PDF（\d+(\.\d)? [KM]B）$/, link);
  for (const url of urls) {
    const response = await page.request.get(base + url);
    assert.equal(response.status(), 200, url);
  }
  await context.close();
});
