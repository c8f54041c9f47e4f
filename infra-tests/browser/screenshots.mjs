// The README's screenshots, taken from the local stack's sample edition in Debian's Chromium with
// real CJK fonts (Debian's fonts-noto-cjk). Run by `make screenshots`, which starts the stack.
// Usage: BROADSHEET_URL=http://127.0.0.1:PORT node screenshots.mjs OUT_DIR
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.BROADSHEET_URL;
const out = process.argv[2];
if (!base || !out) {
  console.error('usage: BROADSHEET_URL=http://127.0.0.1:PORT node screenshots.mjs OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--font-render-hinting=none'] });

/** One screenshot: the page at this size, cut to `height` pixels of its length (the viewport's when absent). */
async function shot(name, path, viewport, { height, ready } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(base + path);
  if (ready) await ready(page);
  await page.evaluate(() => document.fonts.ready);
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  const clip = { x: 0, y: 0, width: viewport.width, height: Math.min(height || viewport.height, full) };
  await page.screenshot({ path: join(out, name), clip, fullPage: true });
  await context.close();
  console.log(`${name}: ${clip.width} x ${clip.height}`);
}

async function firstHref(selector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + '/');
  const href = await page.locator(selector).first().getAttribute('href');
  await context.close();
  return href;
}

const article = await firstHref('.front .teasers h2 a, .teasers a[href*="/articles/"]');
const edition = await firstHref('a[href^="/editions/"][href$="/"]:not([href*="/pages/"]):not([href*="/articles/"])');
const searched = (page) => page.waitForSelector('#search-results li');
const query = '/search/?q=' + encodeURIComponent('供暖');

await shot('front-desktop.png', '/', DESKTOP);
await shot('front-phone.png', '/', PHONE);
await shot('article-desktop.png', article, DESKTOP, { height: 1300 });
await shot('article-phone.png', article, PHONE, { height: 1300 });
await shot('edition-phone.png', edition, PHONE, { height: 1100 });
await shot('archive-desktop.png', '/archive/', DESKTOP, { height: 700 });
await shot('search-desktop.png', query, DESKTOP, { ready: searched });
await shot('search-phone.png', query, PHONE, { ready: searched });
await browser.close();
