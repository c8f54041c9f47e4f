// An import the API refuses is explained in the newsroom's words, from the numbers of the API's
// problem+json (the encoding it read, the line of the first byte it could not read, the limit in MB or
// lines), with what to do next; whether the editor pressed 导入为草稿 or 读取并校对. Needs a running
// local stack: BROADSHEET_URL, BROADSHEET_EDITOR_TOKEN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';
import { openDesk } from './desk-steps.mjs';

const chromium = useChromium();

// 中文 saved as GBK (D6D0 CEC4): not UTF-8, the first bad byte on the fourth line.
const GBK_FILE = Buffer.concat([Buffer.from('Headline\n\nBody one.\n'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('\n')]);

async function refused(page, file, button) {
  // Through the story list, so 导入 starts clean (no message of the last try).
  await page.goto(`${base}/desk/#/stories`);
  await page.getByRole('heading', { name: '稿件', exact: true }).waitFor();
  await page.goto(`${base}/desk/#/import`);
  await page.getByLabel('或选择导出文件').setInputFiles({ name: 'page.txt', mimeType: 'text/plain', buffer: file });
  const message = page.locator('.message[role=status]').first();
  const before = await message.textContent();
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction(([was]) => {
    const now = document.querySelector('.message[role=status]')?.textContent || '';
    return now.trim() && now !== was && !now.startsWith('正在');
  }, [before]);
  return (await message.textContent()).trim();
}

test('a file in another encoding is told by the encoding read, the line, and which encoding to choose', async () => {
  const { context, page } = await openDesk(chromium());
  for (const button of ['导入为草稿', '读取并校对']) {
    const said = await refused(page, GBK_FILE, button);
    assert.match(said, /按 UTF-8 读取/, `${button}: names the encoding the file was read in`);
    assert.match(said, /第4行/, `${button}: names the line of the first byte that could not be read`);
    assert.match(said, /GB18030/, `${button}: says which other encoding to choose`);
  }
  await context.close();
});

test('a file too large is told by its size and the limit the API states, in MB, and what to do', async () => {
  const { context, page } = await openDesk(chromium());
  const said = await refused(page, Buffer.alloc(700 * 1024, 'a'), '导入为草稿');
  assert.match(said, /0\.7 MB/, 'the file\'s size');
  assert.match(said, /最多导入 0\.5 MB/, 'the limit from the API\'s problem');
  assert.match(said, /分成/, 'what to do');

  const lines = await refused(page, Buffer.from('一行\n'.repeat(5_200)), '读取并校对');
  assert.match(lines, /5200 行/, 'the page\'s lines (a line break at the end opens no line)');
  assert.match(lines, /最多导入 5000 行/, 'the line limit from the API\'s problem');
  await context.close();
});
