// Import a printed page: paste its text (or choose the print system's export file, UTF-8 or
// GB18030), send it to POST /api/imports, and see the drafts it made with what the importer
// recognised and where it was unsure.
import { STATUS } from './merge.js';
import { api, ApiError, problemText } from './api.js';
import { h, show, field } from './dom.js';
import { reviewTable, readPage, storyDoubts } from './review.js';
import { reportWords } from './words.js';
import { loadConfig } from './auth.js';
import { paperDate } from './zone.js';
import { isEditor } from './session.js';
import { placeOffer } from './place.js';
import { importRefusal } from './refusal.js';
import { bidiCount, visibleText } from './bidi.js';

export async function importScreen(main) {
  // Tomorrow's edition by default, tomorrow in the paper's zone: the browser's may be on another day.
  const zone = (await loadConfig()).timeZone || 'Asia/Shanghai';
  const [dateF, date] = field('期次日期', h('input', { type: 'date', required: true, value: paperDate(zone, 1) }));
  const [pageF, page] = field('版次', h('input', { type: 'number', min: 1, max: 999, value: 1, required: true }));
  const [textF, text] = field('版面文字', h('textarea', { rows: 12 }), '粘贴排版系统导出的纯文本：有无缩进、稿件之间空不空行都能读。');
  const [fileF, file] = field('或选择导出文件', h('input', { type: 'file', accept: '.txt,text/plain' }));
  const [charsetF, charset] = field('文件编码', h('select', {}, h('option', { value: 'utf-8' }, 'UTF-8'), h('option', { value: 'gb18030' }, 'GB18030 / GBK')));
  // The API's normalizePunctuation=true: off, only , : ; ( ) inside Chinese prose are made full width.
  const [widerF, wider] = field('所有紧挨汉字的半角标点改为全角（含！？）', h('input', { type: 'checkbox' }),
    '不勾选时只改汉字之间的 , : ; ( )；勾选后一侧是汉字的 , : ; ( ) ! ? 也改为全角，数字、网址和英文中的不改。');
  widerF.classList.add('checkbox');
  // Every request of this screen reads the page under the rule chosen here.
  const punctuation = () => (wider.checked ? { normalizePunctuation: 'true' } : {});
  const result = h('div', { class: 'import-result' });
  const message = h('p', { class: 'message', role: 'status' });
  // What the buttons will read, said next to them: a file chosen long ago may be off screen.
  const source = h('p', { class: 'source muted', id: 'import-source' });

  const review = h('section', { class: 'review', hidden: true, 'aria-labelledby': 'review-title' });
  let reading = null;
  let readText = '';
  // The earlier import the editor chose to repeat with 仍然导入 before the review: { date, page, duplicateOf }.
  let repeating = null;
  // Every change to the source (typed, pasted, dropped, a file chosen, another encoding) counts up; a
  // review is of the source as it was at one count, and is stale once the count moves on, so its
  // button never makes drafts of a text the editor has since corrected.
  let edits = 0;
  let readAt = -1;
  const staleNote = h('span', { class: 'warning', role: 'status' });
  const markStale = () => {
    review.hidden = true;
    readAt = -1;
    message.textContent = '';
    staleNote.textContent = '文字已改动，请重新读取并校对';
  };
  // A review shown, or one being read, goes stale; a form with no review has nothing to say.
  const sourceChanged = () => {
    edits += 1;
    if (!review.hidden || readAt >= 0) markStale();
  };

  // A new request from the form starts without the last answer: a review or a list of another page.
  const clearAnswer = () => {
    review.hidden = true;
    readAt = -1;
    staleNote.textContent = '';
    show(result);
  };
  // The drafts of a page for a date and 版: an editor is offered to lay them out there (place.js).
  const drafts = (data, at) => {
    message.textContent = `已生成 ${data.articles.length} 篇草稿`;
    review.hidden = true;
    readAt = -1;
    const placing = h('section', { class: 'place', 'aria-label': '排入版面' });
    show(result, h('h2', {}, '生成的草稿'), h('ol', { class: 'drafts' }, data.report.map((r) => h('li', {},
      h('a', { href: `#/story/${encodeURIComponent(r.id)}` }, visibleText(r.headline)),
      r.recognised.length ? h('p', { class: 'muted' }, `识别：${r.recognised.map(reportWords).join('；')}`) : null,
      r.unsure.length ? h('p', { class: 'warning' }, `请核对：${r.unsure.map(reportWords).join('；')}`) : null))),
    data.notes?.length ? h('p', { class: 'muted' }, data.notes.map(reportWords).join('；')) : null,
    data.unassigned.length ? h('section', {}, h('h3', {}, '未归入稿件的文字'), h('ul', {}, data.unassigned.map((t) => h('li', {}, visibleText(t))))) : null,
    isEditor() && data.articles.length ? placing : null);
    if (isEditor() && data.articles.length) placeOffer(placing, at.date, at.page, data.articles,
      (id) => data.report.find((r) => r.id === id)?.headline || id);
  };
  // A page already in the edition: the refusal's (or the dry run's `duplicate`) earlier drafts by headline and
  // where they stand now, with where that import put them. `again`: its 版次 and what 仍然导入 does with
  // `duplicateOf`, which the API offers when the same words were imported on another 版 (a notice printed twice).
  const repeated = async (found, again, what) => {
    // Said at the message, where the editor looks; the list follows right under it (result is next).
    message.textContent = what;
    const named = await Promise.all(found.articles.map((id) => api('GET', `/api/articles/${encodeURIComponent(id)}`)
      .then(({ data }) => `${data.headline || '（无标题）'}（${STATUS[data.status] || data.status}）`).catch(() => '一篇已删除的稿件')));
    // Named as the earlier import recorded it: the same words may have come back under another 版次.
    const where = found.edition && found.page ? `（${found.edition} 第${found.page}版）` : '';
    // Refusing stays the default; importing the same words again is one deliberate press, never automatic.
    const anyway = again && found.duplicateOf ? h('button', { type: 'button', onclick: (e) => {
      e.currentTarget.disabled = true;
      again.send(found.duplicateOf);
    } }, '仍然导入') : null;
    show(result, h('p', {}, `这一版已经导入过${where}，导入的稿件在这里：`),
      h('ul', { class: 'reimported' }, found.articles.map((id, i) => h('li', {}, h('a', { href: `#/story/${encodeURIComponent(id)}` }, named[i])))),
      anyway ? h('p', { class: 'hint' }, `如果同一内容确实也印在第${again.page}版（例如同一则通知登在两个版面），可以仍然导入，${again.then}在第${again.page}版另外生成草稿。`) : null,
      anyway ? h('div', { class: 'actions' }, anyway) : null);
  };
  const failed = async (err, again) => {
    message.textContent = importRefusal(err) || problemText(err);
    message.scrollIntoView({ block: 'nearest' });
    if (err instanceof ApiError && err.status === 409 && err.problem.articles) {
      await repeated(err.problem, again && { ...again, then: '' }, '这一版已经导入过，没有再次导入。');
    }
  };

  // Sends one import and shows its drafts; a refusal that may be overridden can send it again as it was, with duplicateOf.
  const importAs = async (at, request) => {
    try {
      const { data } = await api('POST', '/api/imports', request);
      drafts(data, at);
    } catch (err) {
      failed(err, { page: at.page, send: (duplicateOf) => {
        message.textContent = '正在导入……';
        return importAs(at, { ...request, query: { ...request.query, duplicateOf } });
      } });
    }
  };

  const submit = async (e) => {
    e.preventDefault();
    const chosen = file.files[0];
    if (!chosen && !text.value.trim()) { message.textContent = '请粘贴版面文字或选择文件'; return; }
    clearAnswer();
    message.textContent = '正在导入……';
    const at = { date: date.value, page: page.value };
    await importAs(at, { query: { edition: at.date, page: at.page, ...punctuation() },
      body: chosen || text.value, type: `text/plain; charset=${chosen ? charset.value : 'utf-8'}` });
  };

  // The review works on text: a chosen or dropped file is decoded here in the encoding named above.
  // Bytes that encoding cannot read go to the API as they are, whose refusal says where (failed());
  // they are never read here with replacement characters an editor might not notice.
  const pageText = async () => {
    const chosen = file.files[0];
    if (!chosen) return text.value;
    const bytes = await chosen.arrayBuffer();
    try {
      return new TextDecoder(charset.value, { fatal: true }).decode(bytes);
    } catch {
      await api('POST', '/api/imports', { query: { dryRun: 'true' }, body: chosen, type: `text/plain; charset=${charset.value}` });
      return new TextDecoder(charset.value).decode(bytes);
    }
  };
  const table = h('div', { class: 'reading-box' });
  // The doubts each draft will carry are the API's answer for the reading as it stands (the same
  // computation that makes the drafts), asked again after each change; only the latest answer is shown.
  let asked = 0;
  const count = (lines, doubts) => {
    const stories = new Set(lines.map((l) => l.story)).size;
    const controls = lines.reduce((n, l) => n + bidiCount(l.text), 0);
    reviewCount.textContent = `共 ${lines.length} 行，${stories} 篇稿件；${lines.filter((l) => l.unsure).length} 行存疑` +
      (doubts === null ? '；正在核对生成草稿后的存疑' : `；生成的草稿共 ${doubts} 处存疑`) +
      (controls ? `；含 ${controls} 个文字方向控制符（已用方框标出，请核对是否有意）` : '');
  };
  const showDoubts = (lines, stories) => count(lines, stories ? storyDoubts(table, stories) : (storyDoubts(table, null), null));
  const redraw = (lines, focusAt, stories) => {
    reading = lines;
    const rows = reviewTable(table, lines, redraw);
    showDoubts(lines, stories);
    if (focusAt !== undefined) rows[focusAt]?.focus();
    if (stories) return;
    const mine = ++asked;
    api('POST', '/api/imports', { query: { dryRun: 'true', ...punctuation() }, body: readPage(readText, lines) })
      .then(({ data }) => { if (mine === asked && reading === lines) showDoubts(lines, data.stories); })
      .catch((err) => { if (mine === asked) message.textContent = problemText(err); });
  };
  const reviewCount = h('p', { class: 'muted', role: 'status' });
  const reviewNotes = h('p', { class: 'muted notes' });
  const startReview = async () => {
    const at = edits;
    let read;
    try {
      read = await pageText();
    } catch (err) {
      clearAnswer();
      return failed(err);
    }
    if (!read.trim()) { message.textContent = '请粘贴版面文字或选择文件'; return; }
    clearAnswer();
    readText = read;
    readAt = at;
    repeating = null;
    message.textContent = '正在读取……';
    // With the 期次 and 版次 the dry run also says whether the edition has this page already (its `duplicate`).
    const place = { date: date.value, page: page.value };
    const where = place.date && place.page ? { edition: place.date, page: place.page } : {};
    try {
      const { data } = await api('POST', '/api/imports', { query: { dryRun: 'true', ...where, ...punctuation() }, body: read, type: 'text/plain; charset=utf-8' });
      // Changed while it was being read: this reading is of the old text and is not shown.
      if (at !== edits) { markStale(); return; }
      const open = () => openReview(data);
      if (data.duplicate) {
        // Said before the editor reviews a page the import would refuse; the review opens only on 仍然导入.
        await repeated(data.duplicate, { page: place.page, then: '校对后', send: (duplicateOf) => {
          if (at !== edits) { markStale(); return; }
          repeating = { ...place, duplicateOf };
          open();
        } }, data.duplicate.duplicateOf ? '这一版已经导入过，尚未校对：确需在本版再次导入时请按仍然导入。'
          : '这一版已经导入过，同一版不会再次导入，无需校对。');
        return;
      }
      open();
    } catch (err) {
      failed(err);
    }
  };
  // The review of a dry run's answer: the lines beside their reading, and what the import will change.
  const openReview = (data) => {
    message.textContent = '读取完成，尚未生成任何稿件。请核对后生成草稿。' +
      (repeating ? `（已选择仍然导入：将在第${repeating.page}版另外生成草稿）` : '');
    show(result);
    review.hidden = false;
    redraw(data.lines, undefined, data.stories);
    // What the import will change in the text (the punctuation rule among it), said before any draft is made.
    reviewNotes.textContent = data.notes?.length ? data.notes.map(reportWords).join('；') : '';
    review.querySelector('h2').focus();
    // Focus alone may leave the heading at the screen's edge: bring the review to the top.
    review.scrollIntoView({ block: 'start' });
  };
  const createFromReading = async () => {
    if (readAt !== edits) { markStale(); return; }
    message.textContent = '正在按校对结果生成草稿……';
    const at = { date: date.value, page: page.value };
    // 仍然导入 chosen for this 期次 and 版次 only: for another the import answers for itself (a 409 offers it again).
    const chosen = repeating && repeating.date === at.date && repeating.page === at.page ? { duplicateOf: repeating.duplicateOf } : {};
    await importAs(at, { query: { edition: at.date, page: at.page, ...punctuation(), ...chosen }, body: readPage(readText, reading) });
  };
  show(review, h('h2', { id: 'review-title', tabindex: -1 }, '校对读取结果'),
    h('p', { class: 'hint' }, '左边是原文，右边是每行归属的稿件和角色。颜色相同的行属于同一篇稿件。选中一行后按 S 从该行拆分，按 M 把该行起的稿件并入上一篇。'),
    reviewCount, reviewNotes, table,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: createFromReading }, '按校对结果生成草稿')));

  // The text box and the file are one choice: the last one given wins and empties the other, so what
  // the buttons read is never a file chosen earlier and forgotten.
  const saySource = () => {
    const chosen = file.files[0];
    const typed = [...text.value.replace(/\s/g, '')].length;
    source.textContent = chosen ? `将读取文件 ${chosen.name}（${charset.selectedOptions[0].textContent}）`
      : typed ? `将读取粘贴的文字（${typed} 字）` : '尚未粘贴文字或选择文件';
  };
  text.addEventListener('input', () => {
    if (file.files.length) file.value = '';
    sourceChanged();
    saySource();
  });
  file.addEventListener('change', () => {
    if (file.files.length) text.value = '';
    sourceChanged();
    saySource();
  });
  charset.addEventListener('change', () => {
    sourceChanged();
    saySource();
  });
  // A review read under the other rule is not what the drafts would be.
  wider.addEventListener('change', sourceChanged);
  // Dropping a file on the text box puts its text there (decoded in the chosen encoding).
  text.addEventListener('dragover', (e) => e.preventDefault());
  text.addEventListener('drop', async (e) => {
    const dropped = e.dataTransfer?.files?.[0];
    if (!dropped) return;
    e.preventDefault();
    text.value = new TextDecoder(charset.value).decode(await dropped.arrayBuffer());
    file.value = '';
    sourceChanged();
    saySource();
  });
  saySource();

  show(main, h('h1', {}, '导入版面'),
    h('form', { class: 'import', onsubmit: submit }, h('div', { class: 'row' }, dateF, pageF), textF, h('div', { class: 'row' }, fileF, charsetF), widerF,
      source,
      h('div', { class: 'actions' }, h('button', { type: 'button', onclick: startReview, 'aria-describedby': source.id }, '读取并校对'),
        h('button', { type: 'submit', class: 'primary', 'aria-describedby': source.id }, '导入为草稿'), staleNote)),
    message, result, review);
}
