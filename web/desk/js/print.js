// A 版面's print PDF (the e-paper): POST …/pages/{n}/pdf announces the file and returns a signed PUT;
// the browser sends the bytes straight to the upload bucket as photos go (media.js), then follows the
// page until the media function has made it ready or refused it. What the preflight's `prints` says of
// a 版面 and of its PDF is told in words.js.
import { api, ApiError, problemText } from './api.js';
import { h, show } from './dom.js';
import { putSigned } from './media.js';
import { printState, reportLines } from './words.js';

/**
 * The PDF records of a saved edition's 版面, one request (GET …/page-pdfs answers 200 with those that
 * have one): a Map from 版面 number to its record. A 版面 not in it has no PDF, and is not asked for
 * (that would be a failed request, a 404).
 */
export async function pagePdfs(date) {
  const { data } = await api('GET', `/api/editions/${date}/page-pdfs`);
  return new Map(data.items.map((p) => [p.page, p]));
}

/**
 * The 上传本版PDF control of one 版面 (the edition saved with it in its layout): the current state,
 * a file chooser, and the report once ready. `headline(id)` names an article; `settled()` (optional) is
 * called when an upload's processing ends, ready or rejected, so what depends on it (the preflight) is read again.
 * `record` is the 版面's PDF record as pagePdfs read it (null: it has none), shown without asking again.
 */
export function printPanel(date, n, headline, settled = () => {}, record = null) {
  const path = `/api/editions/${date}/pages/${n}/pdf`;
  const state = h('p', { class: 'print-state', role: 'status' });
  const report = h('ul', { class: 'print-report' });
  const showPage = (page) => {
    state.textContent = `本版PDF：${printState(page)}`;
    show(report, (page?.status === 'ready' ? reportLines(page.scan, headline) : []).map((l) => h('li', {}, l)));
  };
  async function follow() {
    for (let i = 0; i < 120; i++) {
      const { data } = await api('GET', path);
      showPage(data);
      if (data.status !== 'processing') { settled(); return; }
      await new Promise((r) => setTimeout(r, 1000));
    }
    state.textContent = '本版PDF处理超时，请稍后再看';
  }
  const input = h('input', { type: 'file', accept: 'application/pdf,.pdf', 'aria-label': `第${n}版PDF文件`, onchange: async () => {
    const file = input.files[0];
    if (!file) return;
    try {
      state.textContent = '本版PDF：正在上传……';
      const { data } = await api('POST', path, { body: { filename: file.name, size: file.size } });
      await putSigned(data.upload, file);
      showPage(data.page);
      await follow();
    } catch (e) {
      state.textContent = `本版PDF：${e instanceof ApiError || !(e instanceof Error) ? problemText(e) : e.message}`;
    } finally {
      input.value = '';
    }
  } });
  showPage(record);
  return h('div', { class: 'print' }, h('label', { class: 'small' }, '上传本版PDF', input), state, report);
}

/**
 * What a republication does with the 版面' PDFs, one line per kind, for the 版面 of `pages` that have one
 * (none: an empty list). `site.prints` (the on-site state) lists the PDFs readers can open with their
 * SHA-256: an accepted PDF of the same digest goes out unchanged, as printed (the publisher copies the
 * accepted PDF, it never remakes one from the stories), one of another digest replaces the site's, and
 * one for a 版面 with none on the site is added. One still processing leaves the last accepted.
 */
export async function printChanges(date, pages, site) {
  const known = await pagePdfs(date).catch(() => new Map());
  const records = pages.map((p) => known.get(p.number) ?? null);
  const onSite = new Map((site?.prints ?? []).map((p) => [p.page, p.sha256]));
  const by = { replaced: [], added: [], kept: [], processing: [] };
  pages.forEach((p, i) => {
    const page = records[i];
    if (page?.status === 'processing') by.processing.push(p.number);
    else if (page?.scan) {
      const there = onSite.get(p.number);
      by[there === undefined ? 'added' : there === page.scan.sha256 ? 'kept' : 'replaced'].push(p.number);
    }
  });
  const which = (ns) => `第${ns.join('、')}版`;
  return [
    ...(by.replaced.length ? [`${which(by.replaced)}：本期发布后上传了新的版面PDF，重新发布后替换网站上的版面PDF`] : []),
    ...(by.added.length ? [`${which(by.added)}：网站上还没有本版PDF，重新发布后加上这份版面PDF`] : []),
    ...(by.kept.length ? [`${which(by.kept)}：版面PDF不变，仍是印刷的原样（稿件的修改和更正只在网页上）`] : []),
    ...(by.processing.length ? [`${which(by.processing)}：新的版面PDF仍在处理，这次重新发布仍用上一份（如有）`] : []),
  ];
}

/** printChanges' lines as the confirmation's list, or nothing when no 版面 has a PDF. */
export function printChangesList(lines) {
  return lines.length ? h('ul', { class: 'prints', 'aria-label': '版面PDF' }, lines.map((l) => h('li', {}, l))) : null;
}
