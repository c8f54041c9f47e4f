// The importer's doubts about a draft it made (the article's importDoubts): shown above the story
// until someone who may edit it marks them resolved. Resolving is one save: the form's unsaved edits
// (the fix the doubt asked for) and the doubts left open go in one merge patch with If-Match (save.js),
// so an editor who fixed a byline presses one button, not 保存 and then a second one. Readers never see them.
import { h, uid } from './dom.js';
import { reportWords } from './words.js';

// A photo waiting for its file: a fact of the draft, not a judgement. Once the form has a file for every
// image it is no longer shown, and the API drops it from the article at the next save (ArticleService).
const NO_FILE_YET = /^image has no file yet/;

/** The doubts still to show: a "no file yet" doubt only as many times as the body has images without a file. */
export function openDoubts(doubts, body, text = (d) => d) {
  let waiting = (body || []).filter((b) => b.type === 'image' && !b.media && !b.src).length;
  return doubts.filter((d) => !NO_FILE_YET.test(text(d)) || waiting-- > 0);
}

/**
 * The notice for `article`, or null when the importer was sure of it. Each doubt in the newsroom's words,
 * with the importer's own line beneath it. `form` (left out when the reader may not edit the story) is
 * { dirty(): unsaved edits?, body(): the body as edited, resolve(kept, say): save the edits with
 * importDoubts `kept` }; `say(text)` puts its answer in the notice, by the button pressed. The notice's
 * `refresh()` follows the form: its buttons say when they save edits too, and a doubt the form has
 * settled (a photo uploaded) goes at once.
 */
export function doubtsNotice(article, form) {
  const doubts = article.importDoubts || [];
  if (!doubts.length) return null;
  const said = h('p', { class: 'message', role: 'status' });
  const say = (text) => { said.textContent = text; };
  const title = h('h2', { id: 'doubts-title' });
  // Clearing all keeps the facts: a photo waiting for its file goes when the file comes, not when dismissed.
  const all = h('button', { type: 'button', onclick: () => form.resolve(doubts.filter((d) => NO_FILE_YET.test(d)), say) });
  // Built once and only relabelled or hidden by refresh(): a button replaced between a press and its
  // release (the form's change event fires as the focus leaves a field) would never be clicked.
  const items = doubts.map((d, i) => {
    const words = uid('doubt');
    const fact = NO_FILE_YET.test(d);
    const button = form && !fact ? h('button', { type: 'button', class: 'small', 'aria-describedby': words,
      // The stored list without this one doubt (by position: two doubts may read alike).
      onclick: () => form.resolve(doubts.filter((_, j) => j !== i), say) }) : null;
    // Described by its doubt, never labelled with it: a doubt's words (主题, 署名) are the form's labels too.
    return { d, fact, button, li: h('li', {}, h('span', { id: words }, reportWords(d)), button,
      fact ? h('span', { class: 'hint' }, '（上传照片后自动消除）') : null,
      // The importer's own words, for whoever maintains it: folded away, the editor reads the Chinese.
      h('details', { class: 'source' }, h('summary', {}, '原文'), h('span', { class: 'original', lang: 'en' }, d))) };
  });
  const notice = h('section', { class: 'note doubts', 'aria-labelledby': 'doubts-title' }, title,
    h('ul', {}, items.map((item) => item.li)), form ? all : null, form ? said : null);
  notice.refresh = () => {
    const open = new Set(openDoubts(items, form ? form.body() : article.body, (item) => item.d));
    notice.hidden = !open.size;
    title.textContent = `导入时存疑 ${open.size} 处，请核对原版`;
    const verb = form?.dirty() ? '保存修改并清除' : '已核对，清除';
    all.textContent = `${verb}全部提示`;
    all.hidden = [...open].filter((item) => !item.fact).length < 2;
    for (const item of items) {
      item.li.hidden = !open.has(item);
      if (item.button) item.button.textContent = `${verb}此提示`;
    }
  };
  notice.refresh();
  return notice;
}
