// A 版面's print PDF (the e-paper): POST …/pages/{n}/pdf announces the file and returns a signed PUT;
// the browser sends the bytes straight to the upload bucket as photos go (media.js), then follows the
// page until the media function has made it ready or refused it. What the preflight's `prints` says of
// a 版面 and of its PDF is told in words.js.
import { api, ApiError, problemText } from './api.js';
import { h, show } from './dom.js';
import { putSigned } from './media.js';
import { printState, reportLines } from './words.js';

/**
 * The 上传本版PDF control of one 版面 (the edition saved with it in its layout): the current state,
 * a file chooser, and the report once ready. `headline(id)` names an article; `settled()` (optional) is
 * called when an upload's processing ends, ready or rejected, so what depends on it (the preflight) is read again.
 */
export function printPanel(date, n, headline, settled = () => {}) {
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
  api('GET', path).then(({ data }) => showPage(data), () => showPage(null));
  return h('div', { class: 'print' }, h('label', { class: 'small' }, '上传本版PDF', input), state, report);
}
