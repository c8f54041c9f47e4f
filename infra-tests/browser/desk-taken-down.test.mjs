// An edition taken off the site is not one that never went out: its layout says it was taken down,
// when (the take-down's publication), and when it first went out; the calendar says 已下线. And what
// it says, 重新发布即可恢复, holds for its photos: 发布本期 again is not blocked, and the photos are on
// the site again. Needs a running local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { datesOf } from './dates.mjs';
import { call, openDesk } from './desk-steps.mjs';

const chromium = useChromium();
// A past date of this file's own range (dates.mjs): no other test file uses it.
const day = datesOf(import.meta.url).past();

async function finished(job) {
  for (let i = 0; i < 120; i++) {
    const { body } = await call('GET', `/api/publications/${job}`);
    if (['succeeded', 'failed', 'unknown'].includes(body.status)) return body;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`publication ${job} did not finish`);
}

test('a taken-down edition\'s layout says it was taken down and when, never 尚未发布', async () => {
  const lead = (await call('POST', '/api/articles', { headline: `撤下头条${day}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${day}`, { number: 7301, pages: [{ number: 1, name: '要闻', articles: [lead] }] })).status, 201);
  assert.equal((await finished((await call('POST', `/api/editions/${day}/publish`)).body.id)).status, 'succeeded');
  const down = await finished((await call('DELETE', `/api/editions/${day}/publication`)).body.id);
  assert.equal(down.status, 'succeeded');

  const { context, page } = await openDesk(chromium());
  const at = await page.evaluate((iso) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long',
    day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }), down.finishedAt);
  await page.goto(`${base}/desk/#/edition/${day}`);
  const line = page.getByText(/已从网站下线/);
  await line.waitFor();
  const said = await line.textContent();
  assert.ok(said.includes(`${at}下线`), `says when it was taken down: ${said}`);
  assert.match(said, /首次发布于/);
  assert.equal(await page.getByText('尚未发布').count(), 0);

  await page.goto(`${base}/desk/#/editions/${day.slice(0, 7)}`);
  const cell = page.getByRole('link', { name: new RegExp(`第7301期，已下线`) });
  await cell.waitFor();
  await context.close();
});

// A 96 × 64 JPEG (a disc on blue), small enough to live here.
const JPEG = Buffer.from('/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCABAAGADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDnqKKK9w+dCiipILea6mWG3hkmlbO1I1LMeM8AUbD3I6K621+HOvXEZeQWtswONksuSff5QRj8e1On+G+uQwtIj2k7DGI45SGPPbcAP1rH6zRvbmRt9WrWvys5CirN9YXem3Jt723kglH8LjGRkjI9RweRxVatk01dGLTTswooooEFFFFABRRRQBJbwS3VzFbwrullcIi5AyxOAOa9r8O+HbTQbCJEhjN4U/fT9WZjjIBxnbkcD29a89+HNqlx4pEjlg1vA8iY7k4Xn2wx/SvXK8nMKz5lTWx62X0lyuo9wooorzT0ihq2jWOtWjW97ArjBCSADfHnHKnseB9cc5rxDU9OuNJ1GaxugomhODtOQcjII9iCDXv1eafFC1RL3TrsFvMljeMjthSCPx+c/pXoZfWan7N7M8/H0U4e06o4GiiivYPHCiiigAooooA7H4bXYg8RyW7ysq3EDKqc4ZwQR+IUNyff1r1ivn+wvptNv4L23bEsLh15OD7HHY9D7GvcdG1a31rS4b23ZcOBvQHPlvjlT05H68HvXkZhSamqi2Z6+X1U4Om90X6KKK849EK82+KM8TXOm24b96iSOy4PCsVAP/jrflXod3d29haSXV1KsUEQ3O7dv/r+3evDdc1ibXdWlvphs3YCRhiQijoBn8z7knHNd2X0nKpz9EcOPqqNPk6szqKKK9o8UKKKKACiiigAq3p2p3mk3YurGdoZgCu4AHIPYg8EfX0FVKKGk1ZjTad0d9a/FC6SMi70yGWTPDRSmMY9MENz1706f4ozNCwt9Kjjl42tJMXUc9wAM/nXn9Fc31Ohe/L+Z0fXK9rc35GjrGuX+u3Imvpt+3IjRRhUBOcAf1PPAyeKzqKK6IxUVZHPKTk7sKKKKYgooooA/9k=', 'base64');

/** A processed photo, uploaded as a reporter's browser would: the record, then the signed PUT. */
async function photo() {
  const { body } = await call('POST', '/api/media', { filename: 'disc.jpg', contentType: 'image/jpeg', size: JPEG.length });
  const put = await fetch(body.upload.url, { method: 'PUT', body: JPEG, headers: { 'Content-Type': 'image/jpeg' } });
  assert.equal(put.status, 200);
  for (let i = 0; i < 120; i++) {
    const media = (await call('GET', `/api/media/${body.media.id}`)).body;
    if (media.state !== 'uploaded') return media;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`photo ${body.media.id} was not processed`);
}

test('重新发布即可恢复: a taken-down edition with photos publishes again from the desk, photos and all', async () => {
  const on = datesOf(import.meta.url).past(1);
  const [first, alone] = [await photo(), await photo()];
  assert.equal(alone.state, 'processed');
  const story = (await call('POST', '/api/articles', { headline: `撤下再发${on}`, status: 'ready',
    body: [{ type: 'paragraph', text: '正文一段。' }, { type: 'image', media: first.id, caption: '图为现场。' }] })).body.id;
  const photoStory = (await call('POST', '/api/articles', { headline: '图片新闻', status: 'ready',
    body: [{ type: 'image', media: alone.id, caption: '初雪后的人民公园。' }] })).body.id;
  assert.equal((await call('PUT', `/api/editions/${on}`, { number: 7302,
    pages: [{ number: 1, name: '要闻', articles: [story, photoStory] }] })).status, 201);
  assert.equal((await finished((await call('POST', `/api/editions/${on}/publish`)).body.id)).status, 'succeeded');
  assert.equal((await finished((await call('DELETE', `/api/editions/${on}/publication`)).body.id)).status, 'succeeded');
  const variant = `${base}/${alone.variants[0].key}`;
  assert.equal((await fetch(variant)).status, 410, 'off the public site with its edition');

  const { context, page } = await openDesk(chromium());
  await page.goto(`${base}/desk/#/edition/${on}`);
  await page.getByText(/重新发布即可恢复/).waitFor();
  await page.getByRole('button', { name: '发布本期' }).click();
  const yes = page.getByRole('button', { name: '确认发布', exact: true });
  await yes.waitFor();
  assert.equal(await page.getByRole('list', { name: '阻止发布的问题' }).count(), 0, 'nothing blocks it');
  await yes.click();
  await page.getByText(/已发布 1 个版面、2 篇稿件/).waitFor({ timeout: 60_000 });
  await context.close();

  assert.equal((await fetch(variant)).status, 200, 'the photo is on the site again');
  const html = await (await fetch(`${base}/editions/${on}/articles/${photoStory.slice(0, 8)}/`)).text();
  assert.ok(html.includes('<picture>') && html.includes(alone.variants[0].key), 'the photo story shows its photo');
});
