// The story lists: mine, ready for editing, drafts, recently changed; a headline filter over what
// is loaded, and more pages on request. Drafts one may mark ready have a checkbox, and the selected
// ones are marked 待编 at once (ready.js).
import { api, problemText } from './api.js';
import { h, show, field, when } from './dom.js';
import { isComposing } from './ime.js';
import { STATUS } from './merge.js';
import { onSiteAll, storyState } from './onsite.js';
import { blockedBadge } from './blocked.js';
import { blockedStories } from './words.js';
import { rights } from './editor.js';
import { isEditor } from './session.js';
import { markReady, whyNotReady } from './ready.js';

const LISTS = [
  { id: 'mine', label: '我的稿件', query: { author: 'me' } },
  { id: 'ready', label: '待编', query: { status: 'ready' } },
  { id: 'draft', label: '草稿', query: { status: 'draft' } },
  { id: 'recent', label: '最近修改', query: {} },
];

export async function storyList(main, which = 'mine') {
  const list = LISTS.find((l) => l.id === which) || LISTS[0];
  let items = [];
  let cursor = null;
  // Per edition date: what is on the site, and the edition itself (its schedule).
  const sites = new Map();
  const editions = new Map();
  // Per edition date: the stories its publish preflight blocks on (id -> reasons).
  const blocked = new Map();
  const rows = h('ul', { class: 'stories', 'aria-label': list.label });
  const [filterField, filter] = field('按标题筛选', h('input', { type: 'search', autocomplete: 'off' }));
  const more = h('button', { type: 'button', class: 'secondary', hidden: true, onclick: () => load() }, '加载更多');
  const status = h('p', { class: 'muted', role: 'status' });

  // Selected drafts, by id, kept while the filter changes what is shown.
  const selected = new Set();
  let busy = false;
  const selectable = (a) => a.status === 'draft' && rights(a).statuses.includes('ready');
  const all = h('input', { type: 'checkbox', id: 'select-all-drafts' });
  const markButton = h('button', { type: 'button', class: 'primary', onclick: () => markSelected() });
  const bulk = h('div', { class: 'bulk', hidden: true },
    h('label', { class: 'check', for: all.id }, all, '全选'), markButton);
  const outcome = h('p', { class: 'message', role: 'status' });
  const failures = h('div', { role: 'alert' });
  // Marked 待编 is not checked: the drafts whose import doubts are still open are named, each a link.
  const stillDoubted = h('div', {});
  let shown = [];

  /** The select-all box and the button, from what is shown and selected (the rows stay, and keep focus). */
  const renderBulk = () => {
    const drafts = shown.filter(selectable);
    const chosen = drafts.filter((a) => selected.has(a.id));
    bulk.hidden = !drafts.length;
    all.checked = drafts.length > 0 && chosen.length === drafts.length;
    all.indeterminate = chosen.length > 0 && chosen.length < drafts.length;
    markButton.textContent = `标为待编（${chosen.length} 篇）`;
    markButton.disabled = busy || !chosen.length;
    all.disabled = busy;
  };

  const render = () => {
    const needle = filter.value.trim();
    shown = items.filter((a) => !needle || [a.kicker, a.headline, a.subheadline].some((t) => t?.includes(needle)));
    renderBulk();
    show(rows, shown.map((a) => h('li', {},
      selectable(a) ? h('input', { type: 'checkbox', class: 'pick', checked: selected.has(a.id), disabled: busy,
        'aria-label': `选择《${a.headline}》`,
        onchange: (e) => { if (e.target.checked) selected.add(a.id); else selected.delete(a.id); renderBulk(); } }) : null,
      h('a', { href: `#/story/${encodeURIComponent(a.id)}` }, a.headline),
      h('span', { class: `badge ${a.status}` }, STATUS[a.status] || a.status),
      // The importer's open doubts: the editor finds the drafts to check from the list, not only at publishing.
      a.importDoubts?.length ? h('span', { class: 'badge doubted' }, `导入存疑 ${a.importDoubts.length} 处`) : null,
      a.edition ? blockedBadge(blocked.get(a.edition)?.get(a.id)) : null,
      a.edition && storyState(a, sites.get(a.edition), editions.get(a.edition))
        ? h('span', { class: 'badge on-site' }, storyState(a, sites.get(a.edition), editions.get(a.edition))) : null,
      h('span', { class: 'muted' }, [a.byline?.map((b) => b.name || b.role).join('、'), a.edition && `${a.edition} 第${a.page}版`,
        when(a.updatedAt)].filter(Boolean).join(' · ')))));
    status.textContent = shown.length ? `共 ${shown.length} 篇` : items.length ? '没有标题符合筛选的稿件' : '这里还没有稿件';
  };
  all.addEventListener('change', () => {
    for (const a of shown.filter(selectable)) if (all.checked) selected.add(a.id); else selected.delete(a.id);
    render();
  });

  /** Marks the selected drafts shown 待编; those refused stay selected, each named with the reason. */
  async function markSelected() {
    const chosen = shown.filter((a) => selectable(a) && selected.has(a.id));
    if (!chosen.length || busy) return;
    busy = true;
    failures.replaceChildren();
    stillDoubted.replaceChildren();
    render();
    const results = await markReady(chosen, (done, total) => { outcome.textContent = `正在标为待编：${done} / ${total}`; });
    busy = false;
    const saved = results.filter((r) => r.saved);
    for (const { saved: article } of saved) {
      items = items.map((a) => (a.id === article.id ? article : a));
      selected.delete(article.id);
    }
    const failed = results.filter((r) => r.error);
    outcome.textContent = `已把 ${saved.length} 篇标为待编` + (failed.length ? `，${failed.length} 篇没有标：` : '');
    if (failed.length) {
      show(failures, h('ul', { class: 'failures' }, failed.map(({ story, error }) => h('li', {},
        h('a', { href: `#/story/${encodeURIComponent(story.id)}` }, `《${story.headline}》`), `：${whyNotReady(error)}`))));
    }
    const doubted = saved.map((r) => r.saved).filter((a) => a.importDoubts?.length);
    if (doubted.length) {
      show(stillDoubted, h('p', { class: 'warning', id: 'still-doubted' }, `其中 ${doubted.length} 篇仍有导入存疑，未核对：`),
        h('ul', { class: 'warnings', 'aria-labelledby': 'still-doubted' }, doubted.map((a) => h('li', {},
          h('a', { href: `#/story/${encodeURIComponent(a.id)}` }, `《${a.headline}》`)))));
    }
    render();
  }

  // Filtering as one types, but not on the provisional pinyin of an open composition.
  filter.addEventListener('input', (e) => { if (!isComposing(e)) render(); });
  filter.addEventListener('compositionend', () => setTimeout(render, 0));

  async function load() {
    try {
      const { data } = await api('GET', '/api/articles', { query: { ...list.query, limit: 50, cursor: cursor || undefined } });
      items = items.concat(data.items);
      await editionsOf(data.items);
      cursor = data.nextCursor;
      more.hidden = !cursor;
      render();
    } catch (e) {
      status.textContent = problemText(e);
    }
  }

  /** The on-site state and the schedule of the editions these stories are laid out in. */
  async function editionsOf(stories) {
    const dates = [...new Set(stories.map((a) => a.edition).filter((d) => d && !sites.has(d)))].sort();
    if (!dates.length) return;
    const listed = await api('GET', '/api/editions', { query: { from: dates[0], to: dates[dates.length - 1], limit: 100 } })
      .catch(() => ({ data: { items: [] } }));
    const made = new Set(listed.data.items.map((e) => e.date));
    // Only a date the list has is asked its preflight (a date not made yet would be a 404 in the
    // console), and only by an editor (a reporter's ask is a 403): no 阻止发布 badge otherwise.
    // Only an edition that says it is on the site is asked what of it is there.
    const [reports, states] = await Promise.all([
      Promise.all(dates.map((d) => (isEditor() && made.has(d) ? api('GET', `/api/editions/${d}/preflight`).then((r) => r.data).catch(() => null) : null))),
      onSiteAll(listed.data.items.filter((e) => dates.includes(e.date)))]);
    dates.forEach((d) => sites.set(d, states.get(d) ?? null));
    dates.forEach((d, i) => blocked.set(d, blockedStories(reports[i])));
    listed.data.items.forEach((e) => editions.set(e.date, e));
  }

  show(main,
    h('div', { class: 'heading' }, h('h1', {}, '稿件'), h('a', { class: 'button', href: '#/story/new' }, '写新稿')),
    h('nav', { class: 'tabs', 'aria-label': '稿件列表' }, LISTS.map((l) =>
      h('a', { href: `#/stories/${l.id}`, 'aria-current': l.id === list.id ? 'page' : false }, l.label))),
    h('h2', { class: 'visually-hidden' }, list.label),
    filterField, bulk, outcome, failures, stillDoubted, status, rows, more);
  await load();
}
