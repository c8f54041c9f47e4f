// Several paragraphs pasted into one 段落 block become that many paragraph blocks, on paste and on
// save, so the site never shows them fused into one paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useChromium } from './chromium.mjs';

const chromium = useChromium();

test('a paragraph block split at blank lines on paste and on save', async () => {
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/desk/`);
  const seen = await page.evaluate(async () => {
    const { blockEditor } = await import('/desk/js/blocks.js');
    const box = document.createElement('div');
    document.body.append(box);
    const read = blockEditor(box, [{ type: 'paragraph', text: '' }]);
    const area = box.querySelector('textarea');
    area.value = '第一段写河堤。\n\n第二段写桥。\r\n \r\n第三段写路。';
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    const onPaste = [...box.querySelectorAll('.block textarea')].map((t) => t.value);
    // Typed, not pasted: the blank line is still split when the story is read to be saved.
    const all = box.querySelectorAll('.block textarea');
    const last = all[all.length - 1];
    last.value = '第三段写路。\n\n第四段写灯。';
    return { onPaste, onSave: read().map((b) => `${b.type}:${b.text}`) };
  });
  assert.deepEqual(seen.onPaste, ['第一段写河堤。', '第二段写桥。', '第三段写路。']);
  assert.deepEqual(seen.onSave, ['paragraph:第一段写河堤。', 'paragraph:第二段写桥。', 'paragraph:第三段写路。', 'paragraph:第四段写灯。']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('what the editor did not empty is saved: a caption or credit without its photo yet is kept, only a wholly empty block dropped', async () => {
  const context = await chromium().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/desk/`);
  const saved = await page.evaluate(async () => {
    const { blockEditor } = await import('/desk/js/blocks.js');
    const box = document.createElement('div');
    document.body.append(box);
    // As the importer leaves a 图片说明: the words, and no photo until an editor adds one.
    const read = blockEditor(box, [{ type: 'image', caption: '图为市民在新开的夜市选购小吃。', credit: '周明 摄' },
      { type: 'image', credit: '林小雨 摄' }, { type: 'image' }, { type: 'paragraph', text: '正文一段。' }]);
    return read();
  });
  assert.deepEqual(saved, [{ type: 'image', caption: '图为市民在新开的夜市选购小吃。', credit: '周明 摄' },
    { type: 'image', credit: '林小雨 摄' }, { type: 'paragraph', text: '正文一段。' }]);
  await context.close();
});
