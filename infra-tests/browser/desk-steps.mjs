// The steps desk tests share: the API as the local editor (to set up what a test needs), the local
// sign-in, and a 版面 PDF chosen on the layout and followed until the desk says it has settled.
import { deflateSync, crc32 } from 'node:zlib';
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

/** A small real PNG (a 160 × 120 gradient), made here so the test needs no file. */
export function png() {
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const [w, hgt] = [160, 120];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(hgt, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((w * 3 + 1) * hgt);
  for (let y = 0; y < hgt; y++) for (let x = 0; x < w; x++) rows.set([x, y * 2, 128], y * (w * 3 + 1) + 1 + x * 3);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
