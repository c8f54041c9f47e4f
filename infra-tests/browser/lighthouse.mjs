// Lighthouse's mobile profile on the sample edition's printed 版面 (its image and regions), in Debian's
// Chromium: prints the four category scores and fails below 0.95 in any. Needs BROADSHEET_URL (a running
// local stack); make lighthouse starts one. Usage: node lighthouse.mjs [path] (default: the first printed 版面).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const base = process.env.BROADSHEET_URL;
if (!base) throw new Error('set BROADSHEET_URL to a running local stack');

async function firstPrintedPage() {
  const front = await (await fetch(base + '/')).text();
  const hrefs = [...front.matchAll(/href="(\/editions\/[0-9-]+\/pages\/\d+\/)"/g)].map((m) => m[1]);
  for (const href of [...new Set(hrefs)]) {
    if ((await (await fetch(base + href)).text()).includes('class="regions"')) return href;
  }
  throw new Error('no 版面 of the sample edition has a printed page');
}

const path = process.argv[2] || await firstPrintedPage();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error' }, {
    extends: 'lighthouse:default',
    settings: { formFactor: 'mobile', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
  });
  const scores = Object.fromEntries(Object.entries(result.lhr.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
  const lcp = result.lhr.audits['largest-contentful-paint'].displayValue;
  const bytes = result.lhr.audits['total-byte-weight'].numericValue;
  console.log(JSON.stringify({ path, ...scores, lcp, totalBytes: bytes }));
  const low = Object.entries(scores).filter(([, s]) => s < 95);
  if (low.length) {
    for (const [k] of low) {
      const failing = result.lhr.categories[k].auditRefs.map((r) => result.lhr.audits[r.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative').map((a) => `${a.id}: ${a.displayValue || a.score}`);
      console.error(k, failing.join('; '));
    }
    process.exitCode = 1;
  }
} finally {
  await chrome.kill();
}
