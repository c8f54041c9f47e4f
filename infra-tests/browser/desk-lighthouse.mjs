// Lighthouse's mobile profile on the desk's story list and story editor, as a user flow (the token lives
// in the page's memory, so each screen is reached by signing in and clicking, not by a URL): the first
// load as a navigation, then signing in to the story list and opening the editor as timespans
// (performance) each followed by a snapshot (accessibility). Fails below performance 90 or
// accessibility 100 on either screen. Needs BROADSHEET_URL (a running local stack); make lighthouse starts one.
import { startFlow } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
// Lighthouse's own driver (its dependency, pinned in package-lock.json): user flows take its Page.
import puppeteer from 'puppeteer-core';

const base = process.env.BROADSHEET_URL;
if (!base) throw new Error('set BROADSHEET_URL to a running local stack');
const auth = { Authorization: `Bearer ${process.env.BROADSHEET_EDITOR_TOKEN}`, 'Content-Type': 'application/json' };
// A story to open: the editor screen with a headline and paragraphs, as on a working day.
const story = await (await fetch(`${base}/api/articles`, { method: 'POST', headers: auth, body: JSON.stringify({
  kicker: '测量用稿', headline: `编辑台性能测量${Date.now() % 100000}`, body: [{ type: 'paragraph', text: '第一段正文。' }, { type: 'paragraph', text: '第二段正文。' }] }) })).json();

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
const failures = [];
try {
  const page = await browser.newPage();
  const flow = await startFlow(page, { config: { extends: 'lighthouse:default', settings: { formFactor: 'mobile',
    onlyCategories: ['performance', 'accessibility'] } } });
  await flow.navigate(`${base}/desk/`, { name: 'first load' });

  await flow.startTimespan({ name: 'story list' });
  await page.locator('button::-p-text(以编辑身份登录)').click();
  await page.waitForSelector('.stories li');
  await flow.endTimespan();
  await flow.snapshot({ name: 'story list' });

  await flow.startTimespan({ name: 'story editor' });
  await page.evaluate((id) => { location.hash = `#/story/${encodeURIComponent(id)}`; }, story.id);
  await page.waitForSelector('form.story');
  await flow.endTimespan();
  await flow.snapshot({ name: 'story editor' });

  const result = await flow.createFlowResult();
  for (const step of result.steps) {
    // Performance is measured in a navigation or timespan, accessibility in a navigation or snapshot.
    const measured = step.lhr.gatherMode === 'snapshot' ? ['accessibility'] : step.lhr.gatherMode === 'timespan' ? ['performance'] : ['performance', 'accessibility'];
    const scores = Object.fromEntries(Object.entries(step.lhr.categories).filter(([k, c]) => c.score !== null && measured.includes(k))
      .map(([k, c]) => [k, Math.round(c.score * 100)]));
    console.log(JSON.stringify({ step: step.name, mode: step.lhr.gatherMode, ...scores }));
    if (step.name === 'first load') continue;
    if (scores.performance !== undefined && scores.performance < 90) failures.push(`${step.name}: performance ${scores.performance}`);
    if (scores.accessibility !== undefined && scores.accessibility < 100) {
      const audits = step.lhr.categories.accessibility.auditRefs.map((r) => step.lhr.audits[r.id])
        .filter((a) => a.score !== null && a.score < 1).map((a) => a.id);
      failures.push(`${step.name}: accessibility ${scores.accessibility} (${audits.join(', ')})`);
    }
  }
} finally {
  await browser.disconnect();
  await chrome.kill();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
}
