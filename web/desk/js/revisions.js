// An article's revisions (who changed it, when) and a visual diff between any two of them.
import { api, problemText } from './api.js';
import { h, show, when } from './dom.js';
import { FIELDS, LABELS, STATUS, describe, same } from './merge.js';
import { diffText } from './diff.js';
import { loadPeople, nameOf } from './people.js';

export function revisionsPanel(id) {
  const path = encodeURIComponent(id);
  const list = h('ol', { class: 'revisions' });
  const result = h('div', { class: 'diff', 'aria-live': 'polite' });
  const compare = h('button', { type: 'button', disabled: true, onclick: () => showDiff() }, '比较所选两稿');
  const details = h('details', {}, h('summary', {}, '修改记录'), h('p', { class: 'muted' }, '勾选任意两稿，比较它们的不同。'), list, compare, result);
  const chosen = () => [...list.querySelectorAll('input:checked')].map((c) => Number(c.value)).sort((a, b) => a - b);

  details.addEventListener('toggle', async () => {
    if (!details.open || list.childElementCount) return;
    try {
      const [{ data }] = await Promise.all([api('GET', `/api/articles/${path}/revisions`, { query: { limit: 100 } }), loadPeople()]);
      show(list, data.items.map((r) => h('li', {}, h('label', {},
        h('input', { type: 'checkbox', value: r.version, onchange: () => { compare.disabled = chosen().length !== 2; } }),
        ` 第${r.version}稿 · ${STATUS[r.status] || r.status} · ${nameOf(r.updatedBy)} · ${when(r.updatedAt)} · ${r.headline}`))));
    } catch (e) {
      show(list, h('li', {}, problemText(e)));
    }
  });

  async function showDiff() {
    const [older, newer] = chosen();
    try {
      const [a, b] = await Promise.all([older, newer].map((v) => api('GET', `/api/articles/${path}/revisions/${v}`)));
      const changed = FIELDS.filter((f) => !same(a.data[f], b.data[f]));
      show(result, h('h2', {}, `第${older}稿 → 第${newer}稿`),
        changed.length ? h('dl', {}, changed.map((f) => [h('dt', {}, LABELS[f]),
          h('dd', {}, diffText(describe(f, a.data[f]), describe(f, b.data[f])).map((run) =>
            run.op === '=' ? run.text : h(run.op === '-' ? 'del' : 'ins', {}, run.text)))])) : h('p', {}, '这两稿的内容相同。'));
    } catch (e) {
      show(result, h('p', {}, problemText(e)));
    }
  }
  return details;
}
