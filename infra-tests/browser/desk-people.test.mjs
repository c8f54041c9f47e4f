// Colleagues: an editor adds one from the desk (name, e-mail, role) and sees the newsroom's people by
// name; a reporter is not offered the screen, and the API refuses them (403). Needs a running local
// stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';
import { call, openDesk } from './desk-steps.mjs';

const chromium = useChromium();
const signIn = (role) => openDesk(chromium(), role);

test('an editor adds a colleague with a role, and the newsroom is listed by name', async () => {
  const { context, page } = await signIn('editor');
  await page.getByRole('link', { name: '同事' }).click();
  await page.getByRole('heading', { name: '同事', exact: true }).waitFor();
  const rows = page.locator('ul.people li');
  await rows.filter({ hasText: '本地编辑' }).waitFor();
  const email = `zhou${Date.now() % 100000}@example.com`;
  await page.getByLabel('姓名').fill('周明');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('角色', { exact: true }).selectOption('reporter');
  await page.getByRole('button', { name: '添加同事' }).click();
  await page.getByText(`已添加：周明（记者）`).waitFor();
  assert.match(await rows.filter({ hasText: email }).textContent(), /周明.*记者/);
  // The same e-mail again is a clear refusal, in Chinese.
  await page.getByLabel('姓名').fill('周明');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByRole('button', { name: '添加同事' }).click();
  await page.getByText(/这个邮箱已有账号/).waitFor();
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  assert.deepEqual(result.violations.map((v) => v.id), []);
  await context.close();
});

test('an editor changes a colleague\'s role and removes them (asked twice), but is offered neither for themselves', async () => {
  const { context, page } = await signIn('editor');
  await page.goto(`${base}/desk/#/people`);
  const email = `lin${Date.now() % 100000}@example.com`;
  await page.getByLabel('姓名').fill('林小雨');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('角色', { exact: true }).selectOption('reporter');
  await page.getByRole('button', { name: '添加同事' }).click();
  await page.getByText('已添加：林小雨（记者）').waitFor();
  const row = page.locator('ul.people li', { hasText: email });
  await row.getByLabel('林小雨的角色').selectOption('editor');
  await row.getByRole('button', { name: '更改林小雨的角色' }).click();
  await page.getByText('已把林小雨改为编辑。').waitFor();
  const listed = async () => (await call('GET', '/api/people')).body.items;
  assert.equal((await listed()).find((p) => p.email === email).role, 'editor');

  await row.getByRole('button', { name: '移除林小雨' }).click();
  assert.ok((await listed()).some((p) => p.email === email), 'one press removes nobody');
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  assert.deepEqual(result.violations.map((v) => v.id), []);
  await page.locator('ul.people li', { hasText: email }).getByRole('button', { name: '确认移除林小雨？再按一次' }).click();
  await page.getByText('已移除林小雨：不能再登录编辑台。').waitFor();
  assert.equal(await page.locator('ul.people li', { hasText: email }).count(), 0);
  assert.ok(!(await listed()).some((p) => p.email === email));

  const me = page.locator('ul.people li', { hasText: '本地编辑' });
  assert.match(await me.textContent(), /（我）/);
  assert.equal(await me.getByRole('button').count(), 0, 'no remove or role change for oneself');
  await context.close();
});

test('a removed colleague added again is restored, told as that, and listed with the new role', async () => {
  const { context, page } = await signIn('editor');
  await page.goto(`${base}/desk/#/people`);
  const email = `gu${Date.now() % 100000}@example.com`;
  const add = async (name, role) => {
    await page.getByLabel('姓名').fill(name);
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('角色', { exact: true }).selectOption(role);
    await page.getByRole('button', { name: '添加同事' }).click();
  };
  await add('顾晓', 'reporter');
  await page.getByText('已添加：顾晓（记者）').waitFor();
  const row = page.locator('ul.people li', { hasText: email });
  await row.getByRole('button', { name: '移除顾晓' }).click();
  await row.getByRole('button', { name: '确认移除顾晓？再按一次' }).click();
  await page.getByText('已移除顾晓：不能再登录编辑台。').waitFor();
  await add('顾晓', 'editor');
  await page.getByText('已恢复：顾晓（编辑）又可以登录编辑台了。').waitFor();
  assert.match(await row.textContent(), /顾晓.*编辑/);
  await context.close();
});

test('a slow first listing that answers after an add does not redraw the list under the editor\'s hand', async () => {
  const { context, page } = await signIn('editor');
  // The screen's first GET /api/people is held until the add's own listing has been drawn and the
  // editor has picked a new role; then it goes to the server (and so already names the newcomer).
  let releaseFirst;
  const firstHeld = new Promise((resolve) => { releaseFirst = resolve; });
  let firstAnswered;
  const firstDone = new Promise((resolve) => { firstAnswered = resolve; });
  let gets = 0;
  await page.route('**/api/people', async (route) => {
    if (route.request().method() !== 'GET' || ++gets > 1) return route.continue();
    await firstHeld;
    await route.continue();
    firstAnswered();
  });
  await page.goto(`${base}/desk/#/people`);
  const email = `he${Date.now() % 100000}@example.com`;
  await page.getByLabel('姓名').fill('何青');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('角色', { exact: true }).selectOption('reporter');
  await page.getByRole('button', { name: '添加同事' }).click();
  const row = page.locator('ul.people li', { hasText: email });
  await row.getByLabel('何青的角色').selectOption('editor');
  releaseFirst();
  await firstDone;
  await page.waitForTimeout(300); // the late answer has been read and, before the fix, drawn
  assert.equal(await row.getByLabel('何青的角色').inputValue(), 'editor', 'the editor\'s choice is still there');
  await row.getByRole('button', { name: '更改何青的角色' }).click();
  await page.getByText('已把何青改为编辑。').waitFor();
  await context.close();
});

test('a screen left before its data answers never draws over the screen the editor went on to', async () => {
  const { context, page } = await signIn('editor');
  let releaseCalendar;
  const calendarHeld = new Promise((resolve) => { releaseCalendar = resolve; });
  let calendarAnswered;
  const calendarDone = new Promise((resolve) => { calendarAnswered = resolve; });
  await page.route('**/api/editions?*', async (route) => {
    await calendarHeld;
    await route.continue();
    calendarAnswered();
  });
  await page.goto(`${base}/desk/#/editions`);
  await page.goto(`${base}/desk/#/people`);
  await page.getByRole('heading', { name: '同事', exact: true }).waitFor();
  releaseCalendar();
  await calendarDone;
  await page.waitForTimeout(300); // the calendar's late answer has been read and, before the fix, drawn
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '同事');
  assert.match(await page.title(), /^同事/);
  await context.close();
});

test('a reporter is not offered the screen, and the API refuses a reporter who tries', async () => {
  const { context, page } = await signIn('reporter');
  assert.equal(await page.getByRole('link', { name: '同事' }).count(), 0);
  // The reporter's own token, asked for as the desk asks (same origin), then used to try anyway.
  const status = await page.evaluate(async () => {
    const { token } = await (await fetch('local-sign-in', { method: 'POST', body: 'reporter' })).json();
    const answer = await fetch('/api/people', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '王晨', email: 'wang@example.com', role: 'editor' }) });
    return answer.status;
  });
  assert.equal(status, 403);
  await context.close();
});

// A message answers the last action only: a refusal (409) stays up no longer than the next thing the
// editor does, whether that succeeds or is the first press of a two-press remove.
test('a refusal is cleared by the next action, and a later success is the only message shown', async () => {
  const { context, page } = await signIn('editor');
  await page.goto(`${base}/desk/#/people`);
  const email = `qian${Date.now() % 100000}@example.com`;
  const add = async () => {
    await page.getByLabel('姓名').fill('钱多');
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('角色', { exact: true }).selectOption('reporter');
    await page.getByRole('button', { name: '添加同事' }).click();
  };
  await add();
  await page.getByText('已添加：钱多（记者）').waitFor();
  const stale = page.getByText(/这个邮箱已有账号/);
  const row = page.locator('ul.people li', { hasText: email });

  await add();
  await stale.waitFor();
  await row.getByLabel('钱多的角色').selectOption('editor');
  await row.getByRole('button', { name: '更改钱多的角色' }).click();
  await page.getByText('已把钱多改为编辑。').waitFor();
  assert.equal(await stale.count(), 0, 'the 409 is gone once the role change succeeded');

  await add();
  await stale.waitFor();
  await row.getByRole('button', { name: '移除钱多' }).click();
  await row.getByRole('button', { name: '确认移除钱多？再按一次' }).waitFor();
  assert.equal(await stale.count(), 0, 'the 409 is gone at the first press of remove');
  await row.getByRole('button', { name: '确认移除钱多？再按一次' }).click();
  await page.getByText('已移除钱多：不能再登录编辑台。').waitFor();
  assert.equal(await stale.count(), 0);
  await context.close();
});
