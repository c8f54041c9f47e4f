// Colleagues: an editor adds one from the desk (name, e-mail, role) and sees the newsroom's people by
// name; a reporter is not offered the screen, and the API refuses them (403). Needs a running local
// stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource, base, useChromium } from './chromium.mjs';

const chromium = useChromium();

async function signIn(role) {
  const context = await chromium().newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/`);
  await page.getByRole('button', { name: role === 'editor' ? '以编辑身份登录' : '以记者身份登录' }).click();
  await page.getByRole('heading', { name: '稿件', exact: true }).waitFor();
  return { context, page };
}

test('an editor adds a colleague with a role, and the newsroom is listed by name', async () => {
  const { context, page } = await signIn('editor');
  await page.getByRole('link', { name: '同事' }).click();
  await page.getByRole('heading', { name: '同事', exact: true }).waitFor();
  const rows = page.locator('ul.people li');
  await rows.filter({ hasText: '本地编辑' }).waitFor();
  const email = `zhou${Date.now() % 100000}@example.com`;
  await page.getByLabel('姓名').fill('周明');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('角色').selectOption('reporter');
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
