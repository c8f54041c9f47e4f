// The steps desk tests share: the API as the local editor (to set up what a test needs), the local
// sign-in, and a 版面 PDF chosen on the layout and followed until the desk says it has settled.
import { base } from './chromium.mjs';

/**
 * Calls the API as the local editor (BROADSHEET_EDITOR_TOKEN), with any extra `headers` (If-Match, a
 * merge patch's Content-Type): { status, etag, body }, body parsed (null when empty).
 */
export async function call(method, path, body, headers = {}) {
  const response = await fetch(base + path, { method, body: body ? JSON.stringify(body) : undefined,
    headers: { Authorization: `Bearer ${process.env.BROADSHEET_EDITOR_TOKEN}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers } });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), body: text ? JSON.parse(text) : null };
}

/** Presses the local sign-in's button for `role` ('editor' or 'reporter') on the desk page shown. */
export async function signIn(page, role = 'editor') {
  await page.getByRole('button', { name: role === 'editor' ? '以编辑身份登录' : '以记者身份登录' }).click();
}

/** A new browser context at /desk/, signed in as `role`, once the story list shows: { context, page }. */
export async function openDesk(browser, role = 'editor', options = { viewport: { width: 1280, height: 900 } }) {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const page = await context.newPage();
  await page.goto(`${base}/desk/`);
  await signIn(page, role);
  await page.getByRole('heading', { name: '稿件', exact: true }).waitFor();
  return { context, page };
}

/**
 * Chooses `buffer` as 第n版's PDF on the layout shown and waits, up to a minute (the media function
 * processes it), until the 版面 says 本版PDF：`state`. Returns the 版面's card.
 */
export async function uploadPagePdf(page, n, buffer, state = '已就绪') {
  const card = page.getByRole('region', { name: `第${n}版` });
  await card.getByLabel(`第${n}版PDF文件`).setInputFiles({ name: `page${n}.pdf`, mimeType: 'application/pdf', buffer });
  await card.getByText(`本版PDF：${state}`).waitFor({ timeout: 60_000 });
  return card;
}
