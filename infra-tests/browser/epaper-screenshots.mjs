// The README's e-paper screenshots (the sample's printed 第1版 at 1280 and 390 px) and the bytes a phone
// downloads for it: node epaper-screenshots.mjs <folder>, with BROADSHEET_URL a running local stack.
import { chromium } from 'playwright-core';

const base = process.env.BROADSHEET_URL;
const folder = process.argv[2] || '.';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
try {
  const front = await (await fetch(base + '/')).text();
  const path = front.match(/href="(\/editions\/[0-9-]+\/pages\/1\/)"/)[1];
  for (const [name, options] of [['desktop', { viewport: { width: 1280, height: 1000 } }],
    ['phone', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true }]]) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const sizes = new Map();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `${folder}/epaper-${name}.png` });
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    console.log(JSON.stringify({ screen: name, path, requests: sizes.size, bytes: total }));
    await context.close();
  }
} finally {
  await browser.close();
}
