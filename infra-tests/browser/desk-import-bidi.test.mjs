// Directional formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F) in a page's text
// are invisible and reorder what follows them. The import review shows each one as a marked
// placeholder, so an editor sees it is there, and none of them reaches the desk's page to reorder the
// review or the rest of the screen. Needs a running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { openDesk } from './desk-steps.mjs';

const chromium = useChromium();
const CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

// An override left open (RLO), an isolate closed (RLI … PDI) and two marks, in a page of two stories.
const PAGE = ['河边步道\u202E今日开放', '', '　　本报讯 沿河步道\u2067全长\u2069三公里\u200F，今日开放。', '',
  '社区书屋添新书\u200E', '', '　　本报讯 社区书屋新添图书\u202D五百册。'].join('\n');

test('bidi controls in a page show as marked placeholders in the review and reorder nothing on the desk', async () => {
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/import`);
  await page.getByLabel('版面文字').fill(PAGE);
  await page.getByRole('button', { name: '读取并校对' }).click();
  await page.getByRole('heading', { name: '校对读取结果' }).waitFor();

  const first = page.locator('.reading-line').first();
  const marks = first.locator('.text .control');
  assert.equal(await marks.count(), 1, 'the open override on line 1 is shown');
  assert.equal(await marks.first().textContent(), 'RLO');
  assert.match(await marks.first().getAttribute('title'), /U\+202E/);
  assert.equal(await first.locator('.text').textContent(), '河边步道RLO今日开放', 'the text reads in its own order, the control named where it is');
  assert.deepEqual(await page.locator('.reading-line .text .control').allTextContents(), ['RLO', 'RLI', 'PDI', 'RLM', 'LRM', 'LRO']);

  const review = await page.locator('section.review').textContent();
  assert.doesNotMatch(review, CONTROLS, 'no control reaches the page, where it would reorder it');
  assert.match(review, /含 6 个文字方向控制符/, 'the review says the page holds them');
  await context.close();
});
