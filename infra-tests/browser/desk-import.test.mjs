// Import review in the desk: the shared seed page (read from ../shared at run time, never kept in the
// repository) is read without creating anything, one story is split at a line by button, merged back
// and split again by keyboard, the new story's first line re-roled as its 主题, and only then are the
// drafts created: they follow the corrected reading. axe-clean on a desktop and a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { axeSource, base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';

const chromium = useChromium();
const seedFile = process.env.BROADSHEET_SEEDS
  ? `${process.env.BROADSHEET_SEEDS}/000_5d41c8aedcc40f6a.txt`
  : new URL('../../../shared/seeds/000_5d41c8aedcc40f6a.txt', import.meta.url).pathname;
// A past edition date of its own range (an edition is published only up to tomorrow in the paper's zone),
// so no other file shares its edition.
const day = datesOf(import.meta.url).past();
// The phone imports the same page into another edition: the same words on another 版 of one edition are refused as imported already.
const phoneDay = datesOf(import.meta.url).past(1);

async function noViolations(page, screen) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  assert.ok(result.passes.length > 5, `axe checked ${screen}`);
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], screen);
}

const counts = async (page) => {
  const [, lines, stories] = (await page.getByText(/^共 \d+ 行，\d+ 篇稿件/).textContent()).match(/共 (\d+) 行，(\d+) 篇稿件/);
  return { lines: Number(lines), stories: Number(stories) };
};

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  test(`import review (${name}): read the seed page, split a story, re-role a line, then create the drafts`, { skip: !existsSync(seedFile) && 'the shared seed page is not here' }, async () => {
    const seed = readFileSync(seedFile, 'utf8');
    const context = await chromium().newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/desk/#/import`);
    await page.getByRole('button', { name: '以编辑身份登录' }).click();
    await page.getByLabel('期次日期').fill(name === 'desktop' ? day : phoneDay);
    await page.getByLabel('版次').fill(name === 'desktop' ? '3' : '4');
    await page.getByLabel('版面文字').fill(seed);
    await page.getByRole('button', { name: '读取并校对' }).click();
    await page.getByRole('heading', { name: '校对读取结果' }).waitFor();
    await page.getByText('读取完成，尚未生成任何稿件。请核对后生成草稿。').waitFor();
    const before = await counts(page);
    assert.equal(before.lines, seed.split(/\r?\n/).filter((l) => l.trim()).length, 'every non-blank line is shown');
    await noViolations(page, `import review (${name})`);
    await page.screenshot({ path: new URL(`../target/desk-import-review-${name}.png`, import.meta.url).pathname, fullPage: false });
    if (name === 'phone') {
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
    }

    // The first story's last line becomes a story of its own: by button, undone by M, redone by S.
    const firstStory = page.locator('li.reading-line[data-story="0"]');
    const last = firstStory.last();
    const line = await last.getAttribute('data-line');
    const lineText = (await last.locator('.text').textContent()).trim();
    await last.getByRole('button', { name: `从第${line}行拆分` }).click();
    assert.equal((await counts(page)).stories, before.stories + 1);
    const row = page.locator(`li.reading-line[data-line="${line}"]`);
    await row.focus();
    await page.keyboard.press('m');
    assert.equal((await counts(page)).stories, before.stories);
    await page.locator(`li.reading-line[data-line="${line}"]`).focus();
    await page.keyboard.press('s');
    assert.equal((await counts(page)).stories, before.stories + 1);
    await page.getByLabel(`第${line}行角色`).selectOption('headline');

    await page.getByRole('button', { name: '按校对结果生成草稿' }).click();
    await page.getByText(`已生成 ${before.stories + 1} 篇草稿`).waitFor();
    assert.ok(await page.getByRole('link', { name: lineText }).count() >= 1, 'the split line is the new story\'s headline');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
