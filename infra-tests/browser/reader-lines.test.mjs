// How the reader site's Chinese text sits on a phone (390 px), measured from Chromium's line boxes: a
// page view naming its own 版面 once, no headline or paragraph ending in a lone character, and no Latin
// word or number split across lines. Needs a running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call } from './desk-steps.mjs';

const chromium = useChromium();

// A back issue of this file's own (a past date in a range no other test file uses, so the front page
// stays the sample edition), whose headlines and paragraphs mix Latin words and numbers into Han text
// and come in many lengths, so that at 390 px some of them would end with one character on their last line.
const day = datesOf(import.meta.url).past();
const stories = [
  ['城东新建社区图书馆本周末起开门迎读者', '图书馆共有三层，藏书八万余册，设有少儿阅览区和自习室，周一闭馆。'],
  ['城南新建5G基站1200座年内覆盖全部社区和学校', '截至上月底，城南区已建成5G基站1200座，下载速率平均达到每秒300兆以上，比去年同期提高了三成左右。'],
  ['全市GDP首季增长5.2%消费投资双双回暖势头良好', '市统计局昨天发布的数据显示，一季度全市GDP同比增长5.2%，其中社会消费品零售总额增长7.1%，固定资产投资增长4.8%，就业形势保持稳定。'],
  ['地铁三号线明日10:30起恢复全线运行', '受设备检修影响暂停运营的地铁三号线，将于明日10:30起恢复全线运行，首末班车时间不变。'],
  ['市民服务热线开通英文坐席方便外籍人士来电咨询办事', '市民服务热线新增英文坐席，外籍人士拨打热线后按9即可转接，服务时间为每天8:00至20:00，可咨询签证、居住登记等事项。'],
  // Two phrases a space apart, as Chinese headlines print them: a line may break only at the space.
  ['建设便民温情驿站 画好邻里同心圆', '城东街道把十二个社区服务站改建成便民驿站，提供热水、充电、休息和代收快递等服务。'],
  ['老街夜市重新开张迎客 沿街商铺年底前陆续营业', '老街夜市改造后重新开张，一百二十个摊位中有三成是本地老字号，营业时间延长到晚上十点。'],
  ['老城区雨污分流改造工程完工', '老城区雨污分流改造工程历时十四个月全部完工，共铺设管网三十六公里，惠及居民两万一千余户，汛期内涝问题明显缓解。'],
];
let pageView;
const articles = [];

async function published(date) {
  const job = (await call('POST', `/api/editions/${date}/publish`)).body;
  for (let i = 0; i < 200; i++) {
    const now = (await call('GET', `/api/publications/${job.id}`)).body;
    if (now.finishedAt) return assert.equal(now.status, 'succeeded', JSON.stringify(now));
    await new Promise((r) => setTimeout(r, 300));
  }
  assert.fail('the publication did not finish');
}

before(async () => {
  const ids = [];
  for (const [headline, text] of stories) {
    const answer = await call('POST', '/api/articles', { headline, status: 'ready', body: [{ type: 'paragraph', text }, { type: 'paragraph', text: text + text }] });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    ids.push(answer.body.id);
  }
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 6001, pages: [{ number: 1, name: '要闻', articles: ids }] })).status, 201);
  await published(day);
  pageView = `/editions/${day}/pages/1/`;
  const context = await chromium().newContext();
  const page = await context.newPage();
  await page.goto(base + pageView);
  articles.push(...await page.locator('.teasers h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
  await context.close();
  assert.equal(articles.length, stories.length);
});

async function open(path) {
  const context = await chromium().newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  assert.equal((await page.goto(base + path)).status(), 200, path);
  return { page, context };
}

test('the front page and each page view, printed or not, name their own 版面 once', async () => {
  // The edition view lists every 版面 of the sample edition, its printed 第1版 among them.
  const { page, context } = await open('/');
  await page.goto(base + await page.locator('.edition-line a').first().getAttribute('href'));
  const pageViews = ['/', pageView, ...await page.locator('.pages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))];
  assert.ok(pageViews.length > 3, pageViews.join(' '));
  await context.close();
  for (const path of pageViews) {
    const { page, context } = await open(path);
    const label = (await page.locator('h1').innerText()).trim();
    assert.match(label, /^第\d+版 \S+$/, path);
    const text = await page.locator('main').innerText();
    assert.equal(text.split(label).length - 1, 1, `${path} names its own 版面 "${label}" more than once:\n${text}`);
    await context.close();
  }
});

/** Each headline or paragraph of the page as the lines Chromium laid it out in, from each character's box. */
async function laidOutLines(page, selector) {
  return page.locator(selector).evaluateAll((elements) => elements.map((element) => {
    const size = parseFloat(getComputedStyle(element).fontSize);
    const range = document.createRange();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const lines = [];
    let top = -Infinity;
    for (let node; (node = walker.nextNode());) {
      for (let i = 0; i < node.data.length; i++) {
        const width = node.data.codePointAt(i) > 0xffff ? 2 : 1;
        range.setStart(node, i);
        range.setEnd(node, i + width);
        const box = range.getClientRects()[0];
        if (box && !/\s/.test(node.data[i])) {
          // A new line box starts well below the last one; glyphs of one line differ by a few pixels at most.
          if (box.top > top + size / 2) { lines.push(''); top = box.top; }
          lines[lines.length - 1] += node.data.slice(i, i + width);
        }
        i += width - 1;
      }
    }
    return lines;
  }));
}

const latin = /[A-Za-z0-9]+(?:[.,:%][A-Za-z0-9]+)*%?/g;

/** What is wrong with these lines: a last line of one letter or digit, a Latin word or number over two lines. */
function flaws(lines) {
  const found = [];
  const last = lines.at(-1) ?? '';
  if (lines.length > 1 && (last.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) found.push(`ends with a lone "${last}"`);
  const ends = lines.map((line, i) => lines.slice(0, i + 1).join('').length);
  for (const word of lines.join('').matchAll(latin)) {
    const from = ends.findIndex((end) => end > word.index);
    const to = ends.findIndex((end) => end >= word.index + word[0].length);
    if (from !== to) found.push(`splits "${word[0]}"`);
  }
  return found.map((flaw) => `${flaw}: ${lines.join(' / ')}`);
}

test('at 390 px no headline or paragraph ends with a lone character, and no Latin word or number is split', async () => {
  const { page, context } = await open('/');
  const sample = await page.locator('.teasers h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await context.close();
  let measured = 0;
  const found = [];
  for (const path of ['/', pageView, ...sample, ...articles]) {
    const { page, context } = await open(path);
    const all = await laidOutLines(page, 'main h1, main h2, main h3, main .kicker, main .subheadline, main .lead, article p');
    measured += all.filter((lines) => lines.length > 1).length;
    found.push(...all.flatMap(flaws).map((flaw) => `${path} ${flaw}`));
    await context.close();
  }
  assert.ok(measured > 20, `only ${measured} texts of more than one line were measured`);
  assert.deepEqual(found, []);
});

test('at 390 px a headline of phrases a space apart breaks only at a space, never inside a phrase', async () => {
  let measured = 0;
  const found = [];
  for (const path of [pageView, ...articles]) {
    const { page, context } = await open(path);
    const heads = await page.locator('main h1, main h2').evaluateAll((els) => els.map((e) => e.textContent));
    const all = await laidOutLines(page, 'main h1, main h2');
    all.forEach((lines, i) => {
      const phrases = heads[i].trim().split(/\s+/u);
      if (phrases.length < 2 || lines.length < 2) return;
      measured++;
      // Where each phrase ends, counted without the spaces, as laidOutLines counts a line.
      const bounds = new Set(phrases.map((_, k) => phrases.slice(0, k + 1).join('').length));
      let end = 0;
      for (const line of lines.slice(0, -1)) {
        end += line.length;
        if (!bounds.has(end)) found.push(`${path}: ${lines.join(' / ')}`);
      }
    });
    await context.close();
  }
  assert.ok(measured >= 2, `only ${measured} headlines of phrases over more than one line were measured`);
  assert.deepEqual(found, []);
});
