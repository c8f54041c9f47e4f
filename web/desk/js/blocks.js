// The body's blocks as form controls: paragraph, intertitle (小标题), note (注), and image (a
// photo, uploaded by drag and drop or chosen, or by address, with caption and credit). Enter at a paragraph splits it in two, except while
// an input method is composing, when Enter picks a candidate.
import { h, uid } from './dom.js';
import { isComposing } from './ime.js';
import { uploadPhoto } from './media.js';

export const BLOCK_TYPES = { paragraph: '段落', intertitle: '小标题', note: '注', image: '图片' };

/**
 * Renders `blocks` into `container` and returns read(): the blocks as the form holds them now.
 * `readOnly` disables every control.
 */
export function blockEditor(container, blocks, readOnly) {
  let items = blocks.length ? blocks.map((b) => ({ ...b })) : [{ type: 'paragraph', text: '' }];
  let focusNext = null;

  const sync = () => {
    items = [...container.querySelectorAll('.block')].map(readBlock);
  };

  const render = () => {
    container.replaceChildren(...items.map((b, i) => blockView(b, i)));
    if (focusNext !== null) {
      const el = container.querySelectorAll('.block')[focusNext.index]?.querySelector('textarea, input');
      el?.focus();
      if (el && focusNext.caret !== undefined) el.setSelectionRange(focusNext.caret, focusNext.caret);
      focusNext = null;
    }
  };

  const change = (fn) => {
    sync();
    fn();
    render();
  };

  function blockView(block, i) {
    const n = i + 1;
    const typeId = uid('type');
    const type = h('select', { id: typeId, disabled: readOnly, onchange: () => change(() => {
      items[i] = convert(items[i], type.value);
    }) }, Object.entries(BLOCK_TYPES).map(([v, label]) => h('option', { value: v, selected: v === block.type }, label)));
    const body = block.type === 'image' ? imageFields(block, n, readOnly) : textField(block, n, i, readOnly);
    const tools = readOnly ? null : h('div', { class: 'tools' },
      h('button', { type: 'button', class: 'small', disabled: i === 0, 'aria-label': `第${n}块上移`, onclick: () => change(() => swap(i, i - 1)) }, '上移'),
      h('button', { type: 'button', class: 'small', disabled: i === items.length - 1, 'aria-label': `第${n}块下移`, onclick: () => change(() => swap(i, i + 1)) }, '下移'),
      h('button', { type: 'button', class: 'small', 'aria-label': `在第${n}块后加一段`, onclick: () => change(() => {
        items.splice(i + 1, 0, { type: 'paragraph', text: '' });
        focusNext = { index: i + 1 };
      }) }, '加一段'),
      h('button', { type: 'button', class: 'small danger', 'aria-label': `删除第${n}块`, onclick: () => change(() => {
        items.splice(i, 1);
        if (!items.length) items.push({ type: 'paragraph', text: '' });
      }) }, '删除'));
    return h('div', { class: `block ${block.type}`, 'data-type': block.type },
      h('div', { class: 'block-head' }, h('label', { for: typeId }, `第${n}块`), type, tools), body);
  }

  function textField(block, n, i, ro) {
    const area = h('textarea', { rows: block.type === 'paragraph' ? 4 : 1, 'aria-label': `第${n}块：${BLOCK_TYPES[block.type]}`,
      readonly: ro, value: block.text || '' });
    if (block.type === 'paragraph' && !ro) {
      // Pasted text with blank lines is several paragraphs: each becomes a block of its own.
      area.addEventListener('input', (e) => {
        if (e.inputType !== 'insertFromPaste' || !BLANK_LINE.test(area.value)) return;
        change(() => {
          const parts = splitParagraphs([items[i]]);
          items.splice(i, 1, ...parts);
          focusNext = { index: i + parts.length - 1 };
        });
      });
      area.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || isComposing(e)) return;
        e.preventDefault();
        const at = area.selectionStart;
        change(() => {
          const text = area.value;
          items[i] = { type: 'paragraph', text: text.slice(0, at) };
          items.splice(i + 1, 0, { type: 'paragraph', text: text.slice(at) });
          focusNext = { index: i + 1, caret: 0 };
        });
      });
    }
    return area;
  }

  function swap(a, b) {
    [items[a], items[b]] = [items[b], items[a]];
    focusNext = { index: b };
  }

  render();
  return () => {
    sync();
    return splitParagraphs(items).map(clean).filter(Boolean);
  };
}

function imageFields(block, n, ro) {
  const input = (label, name, value) => {
    const id = uid('img');
    return h('div', { class: 'field' }, h('label', { for: id }, `第${n}块${label}`),
      h('input', { id, name, value: value || '', readonly: ro, 'data-part': name }));
  };
  const box = h('div', { class: 'image-fields', 'data-media': block.media || '' });
  const state = h('p', { class: 'muted', role: 'status' }, block.media ? '照片已上传' : '');
  const take = async (file) => {
    if (!file) return;
    try {
      const media = await uploadPhoto(file, (text) => { state.textContent = text; });
      box.dataset.media = media.id;
      state.textContent = `照片已处理：${media.filename}（${media.width}×${media.height}）`;
      // The block now has its file: whoever follows the form (the doubts notice) hears it as a change.
      box.dispatchEvent(new Event('change', { bubbles: true }));
    } catch (e) {
      state.textContent = e.message;
    }
  };
  if (!ro) {
    const fileId = uid('photo');
    const drop = h('div', { class: 'drop' }, h('span', {}, '把照片拖到这里，或'),
      h('label', { for: fileId, class: 'button-like' }, `选择照片（第${n}块）`),
      h('input', { id: fileId, type: 'file', accept: 'image/jpeg,image/png,image/webp', class: 'visually-hidden',
        onchange: (e) => take(e.target.files[0]) }));
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); take(e.dataTransfer.files[0]); });
    box.append(drop);
  }
  box.append(state, input('图片地址（不上传照片时）', 'src', block.src), input('图片说明', 'caption', block.caption), input('摄影', 'credit', block.credit));
  return box;
}

const BLANK_LINE = /\r?\n[^\S\r\n]*\r?\n/;

/**
 * Every paragraph block whose text holds blank lines, as one paragraph block per stretch between them
 * (each trimmed; empty stretches dropped, an all-blank block kept as one). Other blocks are unchanged.
 */
export function splitParagraphs(blocks) {
  return blocks.flatMap((b) => {
    if (b.type !== 'paragraph' || !BLANK_LINE.test(b.text || '')) return [b];
    const parts = b.text.split(/(?:\r?\n[^\S\r\n]*){2,}/).map((t) => t.trim()).filter(Boolean);
    return parts.length ? parts.map((text) => ({ ...b, text })) : [b];
  });
}

function readBlock(el) {
  const type = el.dataset.type;
  if (type === 'image') {
    const part = (name) => el.querySelector(`[data-part="${name}"]`).value;
    const media = el.querySelector('.image-fields').dataset.media;
    return { type, ...(media ? { media } : {}), src: part('src'), caption: part('caption'), credit: part('credit') };
  }
  return { type, text: el.querySelector('textarea').value };
}

/** Changing a block's type keeps its words: a paragraph's text becomes an image's caption and back. */
function convert(block, type) {
  if (type === block.type) return block;
  if (type === 'image') return { type, caption: block.text || '' };
  return { type, text: block.text ?? block.caption ?? '' };
}

/**
 * The block as the API takes it: empty parts left out, and a wholly empty block dropped. An image block
 * with words but no photo yet (the importer's 图片说明) is kept: dropping it would lose the caption.
 */
function clean(block) {
  if (block.type === 'image') {
    const out = { type: 'image' };
    for (const k of ['media', 'src', 'caption', 'credit']) if (block[k]) out[k] = block[k];
    return Object.keys(out).length > 1 ? out : null;
  }
  return block.text.trim() ? { type: block.type, text: block.text } : null;
}
