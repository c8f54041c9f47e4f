// The importer's doubts about a draft it made (the article's importDoubts): shown above the story
// until someone who may edit it marks them resolved, which saves the article without them like any
// edit (a merge patch with If-Match, save.js). Readers never see them.
import { h } from './dom.js';
import { reportWords } from './words.js';

/**
 * The notice for `article`, or null when the importer was sure of it. Each doubt in the newsroom's
 * words, with the importer's own line beneath it (the words of an unknown kind say only "check");
 * `resolve(say)` is the button's action, left out when the reader may not edit the story: `say(text)`
 * puts its answer (why it did nothing, or the API's problem) in the notice, next to the button pressed,
 * not by the form's 保存 far below.
 */
export function doubtsNotice(article, resolve) {
  const doubts = article.importDoubts || [];
  if (!doubts.length) return null;
  const said = h('p', { class: 'message', role: 'status' });
  const say = (text) => { said.textContent = text; };
  return h('section', { class: 'note doubts', 'aria-labelledby': 'doubts-title' },
    h('h2', { id: 'doubts-title' }, `导入时存疑 ${doubts.length} 处，请核对原版`),
    h('ul', {}, doubts.map((d) => h('li', {}, reportWords(d),
      // The importer's own words, for whoever maintains it: folded away, the editor reads the Chinese.
      h('details', { class: 'source' }, h('summary', {}, '原文'), h('span', { class: 'original', lang: 'en' }, d))))),
    resolve ? h('button', { type: 'button', onclick: () => resolve(say) }, '已核对，清除提示') : null,
    resolve ? said : null);
}
