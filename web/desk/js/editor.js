// One story: 引题/主题/副题, 栏目, bylines, dateline, body blocks and status. A save sends a merge
// patch of what changed since the version read, with If-Match; a 412 opens the conflict view
// (conflict.js), so an edit is never lost silently.
import { api, ApiError, problemText } from './api.js';
import { h, show, field, toast, when } from './dom.js';
import { afterComposition } from './ime.js';
import { FIELDS, STATUS, mergePatch } from './merge.js';
import { session, isEditor } from './session.js';
import { blockEditor } from './blocks.js';
import { bylineEditor } from './bylines.js';
import { conflictView } from './conflict.js';
import { doubtsNotice } from './doubts.js';
import { correctionsPanel } from './corrections.js';
import { loadPeople, nameOf } from './people.js';
import { previewPanel } from './preview.js';
import { setLeaveGuard } from './router.js';
import { revisionsPanel } from './revisions.js';
import { patchArticle } from './save.js';

const BLANK = { headline: '', byline: [], body: [], status: 'draft' };

/** What the role may do with the article, as the API enforces it (a reporter: own drafts only). */
export function rights(article) {
  const s = session();
  if (isEditor()) return { edit: true, statuses: ['draft', 'ready', 'withdrawn'] };
  const own = !article.id || article.createdBy === s?.subject;
  return {
    edit: own && article.status === 'draft',
    // Back to draft only before an edition lays it out.
    statuses: own && article.status === 'draft' ? ['draft', 'ready']
      : own && article.status === 'ready' && !article.edition ? ['ready', 'draft'] : [],
  };
}

export async function storyEditor(main, id) {
  let base;
  let etag = null;
  if (id === 'new') {
    base = { ...BLANK };
  } else {
    try {
      [{ data: base, etag }] = await Promise.all([api('GET', `/api/articles/${encodeURIComponent(id)}`), loadPeople()]);
    } catch (e) {
      show(main, h('h1', {}, '稿件'), h('p', { class: 'error', role: 'alert' }, problemText(e)));
      return;
    }
  }
  let form = render(base);
  let saving = false;

  // Leaving with unsaved changes asks first.
  setLeaveGuard(() => !saving && Object.keys(mergePatch(base, form.read())).length > 0
    ? '这篇稿件有未保存的修改，确定离开吗？' : null);

  function render(article) {
    const r = rights(article);
    const ro = !r.edit;
    const input = (name, attrs = {}) => h('input', { name, value: article[name] || '', readonly: ro, autocomplete: 'off', ...attrs });
    const [kickerF, kicker] = field('引题', input('kicker'));
    const [headlineF, headline] = field('主题', input('headline', { required: true, class: 'headline' }));
    const [subF, sub] = field('副题', input('subheadline'));
    const [columnF, column] = field('栏目', input('column'), '如：民生关注');
    const [datelineF, dateline] = field('电头', input('dateline'), '如：本报讯');
    const bylineBox = h('div', { class: 'bylines' });
    const readBylines = bylineEditor(bylineBox, article.byline || [], ro);
    const bodyBox = h('div', { class: 'body-blocks' });
    const readBody = blockEditor(bodyBox, article.body || [], ro);
    let status = article.status || 'draft';
    const statusSelect = isEditor() ? h('select', { id: 'story-status' }, r.statuses.concat(
      r.statuses.includes(status) ? [] : [status]).map((s) => h('option', { value: s, selected: s === status }, STATUS[s]))) : null;
    const message = h('p', { class: 'message', role: 'status' });
    const read = () => ({
      kicker: kicker.value, headline: headline.value, subheadline: sub.value, column: column.value,
      dateline: dateline.value, byline: readBylines(), body: readBody(),
      status: statusSelect ? statusSelect.value : status,
    });

    const actions = h('div', { class: 'actions' });
    if (r.edit) actions.append(h('button', { type: 'submit', class: 'primary' }, article.id ? '保存' : '创建稿件'));
    // 交稿 is for whoever may mark the draft ready, an editor too (whose status menu then says 待编 as well).
    const saveAs = (next) => { status = next; if (statusSelect) statusSelect.value = next; save(); };
    if (r.statuses.includes('ready') && status === 'draft' && article.id) {
      actions.append(h('button', { type: 'button', onclick: () => saveAs('ready') }, '交稿（标为待编）'));
    }
    if (!isEditor() && r.statuses.includes('draft') && status === 'ready') {
      actions.append(h('button', { type: 'button', onclick: () => saveAs('draft') }, '撤回为草稿'));
    }

    const formEl = h('form', { class: 'story', novalidate: true, onsubmit: (e) => { e.preventDefault(); save(); } },
      h('div', { class: 'heads' }, kickerF, headlineF, subF),
      h('div', { class: 'row' }, columnF, datelineF,
        statusSelect ? h('div', { class: 'field' }, h('label', { for: 'story-status' }, '状态'), statusSelect) : null),
      h('fieldset', {}, h('legend', {}, '署名'), bylineBox),
      h('fieldset', {}, h('legend', {}, '正文'), bodyBox),
      message, actions);
    formEl.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 's') { e.preventDefault(); if (r.edit) save(); }
    });

    const meta = article.id ? h('p', { class: 'muted' }, [`第${article.version}稿`, STATUS[article.status],
      article.updatedBy && `最后修改：${nameOf(article.updatedBy)}`, when(article.updatedAt),
      article.edition && `见报：${article.edition} 第${article.page}版`].filter(Boolean).join(' · ')) : null;
    const note = ro ? h('p', { class: 'note' }, '你可以阅读这篇稿件，但不能修改：记者只能修改自己的草稿。') : null;
    const conflictBox = h('div', { class: 'conflict-box' });
    const extras = h('div', { class: 'extras' });
    const doubts = doubtsNotice(article, r.edit ? {
      dirty: () => Object.keys(mergePatch(article, read())).length > 0,
      body: readBody,
      resolve: resolveDoubts,
    } : null);
    // The notice follows the form: its buttons say when they save edits too, and an uploaded photo
    // (blocks.js says so with a change event) settles its "no file yet" doubt at once.
    if (doubts) for (const type of ['input', 'change']) formEl.addEventListener(type, () => doubts.refresh());
    show(main, h('h1', {}, article.id ? '编辑稿件' : '写新稿'), meta, note, doubts, conflictBox, formEl, extras);
    if (article.id) {
      extras.append(previewPanel(article.id), revisionsPanel(article.id));
      if (isEditor() && article.edition) extras.append(correctionsPanel(article));
    }
    return {
      message,
      conflictBox,
      read,
      focusHeadline: () => headline.focus(),
    };
  }

  async function save() {
    if (saving) return;
    saving = true;
    try {
      // The committed text of an open composition, never its provisional pinyin.
      await afterComposition(() => send(form.read()));
    } finally {
      saving = false;
    }
  }

  async function send(mine) {
    form.message.textContent = '正在保存……';
    try {
      if (!base.id) {
        const body = Object.fromEntries(Object.entries(mine).filter(([, v]) => v !== '' && !(Array.isArray(v) && !v.length)));
        const created = await api('POST', '/api/articles', { body });
        toast('稿件已创建');
        setLeaveGuard(null);
        location.replace(`#/story/${encodeURIComponent(created.data.id)}`);
        return;
      }
      const patch = mergePatch(base, mine);
      if (!Object.keys(patch).length) {
        form.message.textContent = '没有需要保存的修改';
        return;
      }
      accept(await patchArticle(base.id, patch, etag), '已保存');
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) return conflict(mine);
      form.message.textContent = problemText(e);
      form.message.setAttribute('role', 'alert');
    }
  }

  // Resolving the importer's doubts saves the form's edits with them, in one patch: the edit is
  // usually what settled the doubt. Its answers go in the notice (say), by the button pressed.
  async function resolveDoubts(kept, say) {
    const edits = mergePatch(base, form.read());
    const withEdits = Object.keys(edits).length > 0;
    try {
      accept(await patchArticle(base.id, { ...edits, importDoubts: kept.length ? kept : null }, etag),
        withEdits ? '已保存修改并清除导入提示' : '已清除导入提示');
    } catch (e) {
      say(problemText(e));
    }
  }

  function accept(answer, text) {
    base = answer.data;
    etag = answer.etag;
    form = render(base);
    form.message.textContent = `${text}（第${base.version}稿）`;
    toast(text);
  }

  async function conflict(mine) {
    const theirs = await api('GET', `/api/articles/${encodeURIComponent(base.id)}`);
    form.message.textContent = '';
    conflictView(form.conflictBox, { base, mine, theirs: theirs.data }, async (result) => {
      if (result === 'theirs') {
        accept(theirs, '已采用对方的版本');
        return;
      }
      const patch = mergePatch(theirs.data, result);
      base = theirs.data;
      etag = theirs.etag;
      if (!Object.keys(patch).length) {
        accept(theirs, '已合并');
        return;
      }
      try {
        accept(await patchArticle(base.id, patch, etag), '已合并并保存');
      } catch (e) {
        if (e instanceof ApiError && e.status === 412) return conflict(result);
        form.message.textContent = problemText(e);
      }
    });
  }
}

export { FIELDS };
