// The corrections log of a published article (editor): the entries, a form for a new one, and a
// republish of its edition so readers see it, after a yes that says what the republish does (the 版面
// PDFs included: a correction never changes a printed page).
import { api, ApiError, problemText } from './api.js';
import { h, show, field, toast, when, ask } from './dom.js';
import { followJob } from './job.js';
import { onSiteOf } from './onsite.js';
import { printChanges, printChangesList } from './print.js';
import { preflightWords } from './words.js';

const TYPES = { correction: '更正', clarification: '说明', retraction: '撤稿' };

export function correctionsPanel(article) {
  const id = encodeURIComponent(article.id);
  const list = h('ol', { class: 'corrections' });
  const type = h('select', { name: 'type' }, Object.entries(TYPES).map(([v, l]) => h('option', { value: v }, l)));
  const [typeF] = field('类型', type);
  const [noteF, note] = field('说明文字', h('textarea', { rows: 2, maxlength: 1000, required: true }), '如：本文原称……，现更正为……');
  const message = h('p', { class: 'message', role: 'status' });
  const job = h('div');
  // The edition's publish screen is where its blocked stories are seen and the publication decided.
  const blocked = (report) => message.replaceChildren(`本期还不能重新发布：${preflightWords(report).blocking.join('；')}。`,
    h('a', { href: `#/edition/${article.edition}` }, '到本期版面处理后发布'));
  const republish = h('button', { type: 'button', hidden: true, onclick: async () => {
    try {
      const yes = await confirmRepublish();
      if (!yes) return;
      // As on the edition's screen: the editor has seen what stops it, and the yes publishes the rest.
      const { data } = await api('POST', `/api/editions/${article.edition}/publish`, { query: yes === 'force' ? { force: 'true' } : undefined });
      await followJob(job, data.id, `/editions/${article.edition}/`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 422 && e.problem?.report) blocked(e.problem.report);
      else message.textContent = problemText(e);
    }
  } }, '重新发布本期，让读者看到');

  /**
   * A yes asked for only when the API would take it. An edition with nothing to publish is said as that,
   * with no yes; stories that stop it (a photo story still without its photo, say) are named, and the yes
   * republishes without them, as the edition's screen does: a correction need not wait for them.
   * Answers false, true, or 'force' (the yes was given with stories left out).
   */
  async function confirmRepublish() {
    const date = article.edition;
    const [{ data: edition }, { data: report }] = await Promise.all([api('GET', `/api/editions/${date}`),
      api('GET', `/api/editions/${date}/preflight`)]);
    const site = await onSiteOf(edition);
    const words = preflightWords(report);
    if (words.empty) {
      blocked(report);
      return false;
    }
    const prints = await printChanges(date, edition.pages, site);
    const ok = await ask(job, '重新发布前请确认', words.blocks ? '确认重新发布（不含被阻止的稿件）' : '确认重新发布',
      h('p', {}, `重新发布第${edition.number}期（${date}）后，读者随即看到这条更正，以及本期稿件在上次发布后的其他修改。`),
      words.blocks ? h('ul', { class: 'blocking' }, words.blocking.map((w) => h('li', {}, `${w}：这篇这次仍不发布`))) : null,
      printChangesList(prints));
    return ok && words.blocks ? 'force' : ok;
  }

  const load = async () => {
    try {
      const { data } = await api('GET', `/api/articles/${id}/corrections`);
      show(list, data.items.map((c) => h('li', {}, `${TYPES[c.type]} · ${when(c.at)} · ${c.note}`)));
    } catch (e) {
      show(list, h('li', {}, problemText(e)));
    }
  };
  const form = h('form', { class: 'correction-form', onsubmit: async (e) => {
    e.preventDefault();
    if (!note.value.trim()) { message.textContent = '请写明更正内容'; return; }
    try {
      await api('POST', `/api/articles/${id}/corrections`, { body: { type: type.value, note: note.value } });
      note.value = '';
      message.textContent = '已记录；重新发布本期后读者可见。';
      republish.hidden = false;
      toast('更正已记录');
      await load();
    } catch (err) {
      message.textContent = err instanceof ApiError && err.status === 409
        ? '只有已发布的稿件才能记录更正；未发布的稿件直接修改即可。' : problemText(err);
    }
  } }, typeF, noteF, h('button', { type: 'submit' }, '记录更正'));
  load();
  return h('section', { class: 'panel', 'aria-labelledby': 'corrections-title' },
    h('h2', { id: 'corrections-title' }, '更正记录'), list, form, message, republish, job);
}
