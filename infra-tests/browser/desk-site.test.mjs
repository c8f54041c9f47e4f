// The site screen: after a redesign an editor renders every published edition again from the desk
// (POST /api/site/rebuild) and watches its progress to the end; a rebuild already running is shown,
// not started twice; a reporter is not offered the screen. Needs a running local stack:
// BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, openDesk } from './desk-steps.mjs';

const chromium = useChromium();
// A month of this file's own range, where no file lays out an edition.
const dates = datesOf(import.meta.url);
const signIn = (role) => openDesk(chromium(), role);

test('an editor renders the published archive again with the current design and follows it to the end', async () => {
  const { context, page } = await signIn('editor');
  await page.getByRole('link', { name: '网站' }).click();
  await page.getByRole('heading', { name: '网站', exact: true }).waitFor();
  await page.getByText('现在没有正在进行的重新生成。').waitFor();
  const start = page.getByRole('button', { name: '重新生成已发布的版面' });
  await start.click();
  // One press only arms it: nothing has started.
  assert.equal((await call('GET', '/api/site/rebuild')).status, 404, 'one press starts nothing');
  await page.getByRole('button', { name: '确认重新生成？再按一次' }).click();
  await page.getByText('已完成', { exact: true }).waitFor({ timeout: 120_000 });
  const counts = await page.locator('.rebuild > dl.counts').textContent();
  assert.match(counts, /已完成的期数\s*[1-9]/);
  assert.match(counts, /失败的期数\s*0/);
  // Files are for whoever runs the site: folded away, out of the main message, which says what readers get.
  assert.doesNotMatch(counts, /文件/);
  assert.match(await page.locator('.rebuild details dl').textContent(), /上传的文件\s*\d+/);
  assert.equal(await page.locator('.rebuild details').evaluate((d) => d.open), false);
  // What it says follows what happened: pages made again (and the CDN refreshing), or, when the design had
  // not changed since the pages were made, that nothing needed updating (no CDN refresh to wait for).
  const uploaded = Number((await page.locator('.rebuild details dl').textContent()).match(/上传的文件\s*(\d+)/)[1]);
  const said = await page.getByRole('status').filter({ hasText: /重新生成|已检查/ }).first().textContent();
  assert.match(said, /\d+ 期/);
  assert.match(said, /读者/);
  if (uploaded > 0) {
    assert.match(said, /CDN/);
    assert.doesNotMatch(said, /文件/);
  } else {
    assert.match(said, /没有需要更新的文件/);
    assert.doesNotMatch(said, /CDN/);
  }
  assert.doesNotMatch(await page.locator('.rebuild p.muted').textContent(), /每分钟/, 'no pace once it is over');
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  assert.deepEqual(result.violations.map((v) => v.id), []);
  await context.close();
});

test('a rebuild a colleague started is followed, not refused, and a backwards date range is told in Chinese and starts nothing', async () => {
  const { context, page } = await signIn('editor');
  await page.goto(`${base}/desk/#/site`);
  await page.getByText('现在没有正在进行的重新生成。').waitFor();
  const started = await call('POST', '/api/site/rebuild');
  assert.equal(started.status, 202);
  const { id } = started.body;
  await page.getByRole('button', { name: '重新生成已发布的版面' }).click();
  await page.getByRole('button', { name: '确认重新生成？再按一次' }).click();
  // Still running, the API answers 409 naming it and the screen follows it; over already (a fast
  // machine), a new one starts. Either way: no problem shown, and the screen follows one to its end.
  await page.getByText('已完成', { exact: true }).waitFor({ timeout: 120_000 });
  assert.equal(await page.getByRole('alert').textContent(), '');
  assert.equal((await call('GET', `/api/rebuilds/${id}`)).body.status, 'succeeded');
  await page.getByLabel('从').fill('2026-05-02');
  await page.getByLabel('到').fill('2026-05-01');
  await page.getByRole('button', { name: '重新生成已发布的版面' }).click();
  await page.getByRole('alert').filter({ hasText: '“到”的日期早于“从”' }).waitFor();
  assert.equal((await call('GET', '/api/site/rebuild')).status, 404, 'nothing started');
  // A range with no edition: said as that, not as a site made again.
  await page.getByLabel('从').fill(dates.past(30));
  await page.getByLabel('到').fill(dates.past());
  await page.getByRole('button', { name: '重新生成已发布的版面' }).click();
  await page.getByRole('button', { name: '确认重新生成？再按一次' }).click();
  await page.getByText('这段日期里没有已发布的期数：没有页面需要重新生成。').waitFor({ timeout: 60_000 });
  assert.equal(await page.getByText('网站的页面已用现在的设计重新生成。').count(), 0);
  await context.close();
});

test('a reporter is not offered the site screen, and one signing in on an editor\'s address lands on the story list', async () => {
  const { context, page } = await signIn('reporter');
  assert.equal(await page.getByRole('link', { name: '网站' }).count(), 0);
  await context.close();
  // An editor signs out on 网站; a reporter signs in on the same tab, the address still #/site.
  const editor = await signIn('editor');
  await editor.page.goto(`${base}/desk/#/site`);
  await editor.page.getByRole('heading', { name: '网站', exact: true }).waitFor();
  await editor.page.getByRole('button', { name: '退出' }).click();
  await editor.page.getByRole('button', { name: '以记者身份登录' }).click();
  await editor.page.getByRole('heading', { name: '稿件', exact: true }).waitFor();
  assert.equal(await editor.page.getByText('找不到这个页面').count(), 0);
  assert.match(editor.page.url(), /#\/stories/);
  await editor.context.close();
});

test('an answer to the signed-out editor\'s request does not sign out the reporter who signed in after', async () => {
  const editor = await signIn('editor');
  // The site screen's first request, answered 401 only after the tab has changed hands: a slow answer to
  // a session that has ended (a token revoked, a poll sent while signed out) speaks for that session alone.
  let answered;
  const late = new Promise((resolve) => { answered = resolve; });
  await editor.page.route('**/api/site/rebuild', async (route) => {
    await new Promise((r) => setTimeout(r, 2500));
    await route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Unauthorized', status: 401 }) });
    answered();
  });
  await editor.page.goto(`${base}/desk/#/site`);
  await editor.page.getByRole('heading', { name: '网站', exact: true }).waitFor();
  await editor.page.getByRole('button', { name: '退出' }).click();
  await editor.page.getByRole('button', { name: '以记者身份登录' }).click();
  await editor.page.getByRole('heading', { name: '稿件', exact: true }).waitFor();
  await late;
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await editor.page.getByRole('button', { name: '以记者身份登录' }).count(), 0, 'still signed in');
  assert.match(await editor.page.locator('#who').textContent(), /记者/);
  await editor.context.close();
});
