// A 版面's print PDF from the desk: 上传本版PDF sends the file through the API's signed PUT, and the
// layout follows it to 已就绪 with the report in Chinese. The file is a scan (one page, a grey box, no
// text), so the report says it cannot locate stories. Needs a running local stack: BROADSHEET_URL,
// BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, openDesk, signIn, uploadPagePdf } from './desk-steps.mjs';

const chromium = useChromium();
const dates = datesOf(import.meta.url);
const day = dates.ahead();

/**
 * A one-page PDF (ISO 32000-1 §7.5) with a correct xref: a filled rectangle and no text at all (a scan),
 * or with `text` set in Helvetica (a text layer that shows none of the newsroom's stories).
 */
function onePage(text) {
  const content = text ? `BT /F1 12 Tf 72 700 Td (${text}) Tj ET` : '0.5 g 72 72 451 698 re f';
  const resources = text ? '<< /Font << /F1 5 0 R >> >>' : '<< >>';
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources ${resources} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...(text ? ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'] : [])];
  let pdf = '%PDF-1.7\n';
  const offsets = objects.map((body, i) => { const at = pdf.length; pdf += `${i + 1} 0 obj\n${body}\nendobj\n`; return at; });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

test('an editor uploads a 版面 PDF from the layout and sees it reach 已就绪, with the scan report', async () => {
  const id = (await call('POST', '/api/articles', { headline: `版面PDF${day}`, status: 'ready', body: [{ type: 'paragraph', text: '正文。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 9200, pages: [{ number: 1, name: '要闻', articles: [id] }] })).status, 201);

  const context = await chromium().newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const refused = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) refused.push(m.text()); });
  await page.goto(`${base}/desk/`);
  await signIn(page);
  await page.getByRole('heading', { name: '稿件', exact: true }).waitFor();
  await page.goto(`${base}/desk/#/edition/${day}`);
  const card = page.getByRole('region', { name: '第1版' });
  await card.getByText('本版PDF：尚未上传本版PDF').waitFor();

  await uploadPagePdf(page, 1, onePage());
  await card.getByText('扫描件，无法定位稿件（PDF没有文字层）').waitFor();
  const record = (await call('GET', `/api/editions/${day}/pages/1/pdf`)).body;
  assert.equal(record.status, 'ready');
  assert.equal(record.scan.report.noTextLayer, true);
  assert.deepEqual(refused, []);
  await context.close();
});

test('a file that is not a PDF is refused, and the desk says why in Chinese', async () => {
  const other = dates.ahead(700);
  assert.equal((await call('PUT', `/api/editions/${other}`, { number: 9201, pages: [{ number: 1, name: '要闻', articles: [] }] })).status, 201);
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/edition/${other}`);
  await uploadPagePdf(page, 1, Buffer.from('这不是PDF，只是文字。'), '被拒：不是PDF文件');
  await context.close();
});

test('the preflight tells what a 版面 PDF needs, in Chinese and per 版面, and does not say 一切就绪', async () => {
  const when = dates.ahead(1400);
  const id = (await call('POST', '/api/articles', { headline: `未定位${when}`, status: 'ready', body: [{ type: 'paragraph', text: '正文。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${when}`, { number: 9202, pages: [{ number: 1, name: '要闻', articles: [id] }] })).status, 201);
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/edition/${when}`);
  const card = await uploadPagePdf(page, 1, onePage('Nothing of the newsroom here'));
  await card.getByText(`未定位的稿件：《未定位${when}》`).waitFor();
  // The preflight follows the PDF as it settles: no save or reload needed to see what it says.
  const notes = page.getByRole('list', { name: '版面PDF提示（不影响发布）' });
  await notes.getByText(`第1版：这些稿件在本版PDF上没有找到，读者无法点击：《未定位${when}》`).waitFor({ timeout: 10_000 });
  assert.equal(await page.getByText('一切就绪。').count(), 0);
  await context.close();
});

// A correction's republish asks first, and says what it does with the 版面 PDFs: the one on the site
// stays as printed (the correction is on the story's page only), and one uploaded since the edition went
// out replaces it. The edition's own republish confirmation says the same.
test('the republish confirmation says whether a 版面 PDF stays as printed or is replaced', async () => {
  const date = dates.past();
  const id = (await call('POST', '/api/articles', { headline: `更正PDF${date}`, status: 'ready', body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 9203,
    pages: [{ number: 1, name: '要闻', articles: [id] }, { number: 2, name: '城事', articles: [] }] })).status, 201);
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/edition/${date}`);
  const card = await uploadPagePdf(page, 1, onePage());
  await page.getByRole('button', { name: '发布本期' }).click();
  await page.getByRole('region', { name: '发布前请确认' }).getByRole('button', { name: /确认发布/ }).click();
  await page.locator('.job-state', { hasText: '已完成' }).waitFor({ timeout: 60_000 });

  await page.goto(`${base}/desk/#/story/${id}`);
  await page.getByLabel('说明文字').fill('本文原称正文两段，现更正为一段。');
  await page.getByRole('button', { name: '记录更正' }).click();
  await page.getByRole('button', { name: '重新发布本期，让读者看到' }).click();
  let confirm = page.getByRole('region', { name: '重新发布前请确认' });
  await confirm.waitFor();
  assert.deepEqual(await confirm.getByRole('list', { name: '版面PDF' }).getByRole('listitem').allTextContents(),
    ['第1版：版面PDF不变，仍是印刷的原样（稿件的修改和更正只在网页上）']);
  await page.evaluate(axeSource);
  const axe = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], 'the correction\'s republish confirmation');
  await confirm.getByRole('button', { name: '取消' }).click();
  assert.equal(await page.getByRole('region', { name: '重新发布前请确认' }).count(), 0);

  // A new PDF for 第1版 after the edition went out: the republish puts it on the site in place of the old one.
  await page.goto(`${base}/desk/#/edition/${date}`);
  await card.getByText('本版PDF：已就绪').waitFor();
  await uploadPagePdf(page, 1, onePage('Second proof'));
  await page.getByRole('button', { name: '发布本期' }).click();
  confirm = page.getByRole('region', { name: '重新发布前请确认' });
  await confirm.waitFor();
  assert.deepEqual(await confirm.getByRole('list', { name: '版面PDF' }).getByRole('listitem').allTextContents(),
    ['第1版：本期发布后上传了新的版面PDF，重新发布后替换网站上的版面PDF']);
  await confirm.getByRole('button', { name: '取消' }).click();

  await page.goto(`${base}/desk/#/story/${id}`);
  await page.getByLabel('说明文字').fill('本文原称正文三段，现更正为一段。');
  await page.getByRole('button', { name: '记录更正' }).click();
  await page.getByRole('button', { name: '重新发布本期，让读者看到' }).click();
  confirm = page.getByRole('region', { name: '重新发布前请确认' });
  await confirm.waitFor();
  assert.match(await confirm.getByRole('list', { name: '版面PDF' }).textContent(), /第1版：本期发布后上传了新的版面PDF/);
  await confirm.getByRole('button', { name: '确认重新发布' }).click();
  await page.locator('.job-state', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
  await context.close();
});

// A 版面 that went out with no PDF gets one afterwards: the republish adds it to the site; there is nothing
// on the site to replace, so the confirmation never says 替换 for it.
test('the republish confirmation says a 版面 PDF is added where the site had none, and replaced only where it had one', async () => {
  const date = dates.past(1);
  const id = (await call('POST', '/api/articles', { headline: `补传PDF${date}`, status: 'ready', body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${date}`, { number: 9204,
    pages: [{ number: 1, name: '要闻', articles: [id] }, { number: 2, name: '城事', articles: [] }] })).status, 201);
  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/edition/${date}`);
  await uploadPagePdf(page, 1, onePage());
  await page.getByRole('button', { name: '发布本期' }).click();
  await page.getByRole('region', { name: '发布前请确认' }).getByRole('button', { name: /确认发布/ }).click();
  await page.locator('.job-state', { hasText: '已完成' }).waitFor({ timeout: 60_000 });

  await page.goto(`${base}/desk/#/edition/${date}`);
  await uploadPagePdf(page, 2, onePage('Late proof'));
  await uploadPagePdf(page, 1, onePage('Second proof'));
  await page.getByRole('button', { name: '发布本期' }).click();
  const confirm = page.getByRole('region', { name: '重新发布前请确认' });
  await confirm.waitFor();
  assert.deepEqual(await confirm.getByRole('list', { name: '版面PDF' }).getByRole('listitem').allTextContents(),
    ['第1版：本期发布后上传了新的版面PDF，重新发布后替换网站上的版面PDF',
      '第2版：网站上还没有本版PDF，重新发布后加上这份版面PDF']);
  await context.close();
});
