// Editions: a month's calendar, and one edition's 版面 — name and order them, move stories between
// them and within them (buttons, or Alt+arrow keys on a story), save with If-Match, see the
// preflight, publish and follow the job.
import { api, ApiError, problemText } from './api.js';
import { h, show, field, toast, when, ask as askIn } from './dom.js';
import { STATUS } from './merge.js';
import { followJob } from './job.js';
import { setLeaveGuard } from './router.js';
import { loadConfig } from './auth.js';
import { wallToInstant, instantToWall } from './zone.js';
import { onSite, onSiteOf, onSiteAll, scheduled, changesSince, takenDownAt } from './onsite.js';
import { pagePdfs, printPanel, printChanges, printChangesList } from './print.js';
import { printNote, preflightWords, blockedStories } from './words.js';
import { blockedBadge } from './blocked.js';
import { doubtedList } from './doubted.js';
import { layoutLine } from './place.js';

/** Why the preflight leaves a story out, in the newsroom's words. */
const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export async function editionCalendar(main, month) {
  const today = new Date();
  const [y, m] = (month || `${today.getFullYear()}-${pad(today.getMonth() + 1)}`).split('-').map(Number);
  const first = new Date(y, m - 1, 1);
  const last = new Date(y, m, 0);
  const shift = (k) => { const d = new Date(y, m - 1 + k, 1); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`; };
  let editions = [];
  let error = null;
  try {
    ({ data: { items: editions } } = await api('GET', '/api/editions', { query: { from: iso(first), to: iso(last), limit: 31 } }));
  } catch (e) {
    error = problemText(e);
  }
  const byDate = new Map(editions.map((e) => [e.date, e]));
  const sites = await onSiteAll(editions);
  // Went out once and is not on the site now: taken down (the API keeps when it first went out).
  const stateOf = (e) => (sites.get(e.date) ? '已发布' : scheduled(e) ? `定时${when(scheduled(e)).split(' ').pop()}`
    : e.publishedAt && !e.onSite ? '已下线' : '');
  const cells = [];
  for (let i = 0; i < (first.getDay() + 6) % 7; i++) cells.push(h('li', { class: 'blank', 'aria-hidden': 'true' }));
  for (let d = 1; d <= last.getDate(); d++) {
    const date = `${y}-${pad(m)}-${pad(d)}`;
    const e = byDate.get(date);
    const state = e ? stateOf(e) : '';
    cells.push(h('li', { class: e ? (sites.get(date) ? 'published' : 'planned') : '' },
      h('a', { href: `#/edition/${date}`, 'aria-label': `${m}月${d}日${e ? `，第${e.number}期${state ? `，${state}` : '，未发布'}` : '，新建'}` },
        h('span', { class: 'day' }, String(d)), e ? h('span', { class: 'num' }, `${e.number}期`) : null,
        state ? h('span', { class: 'state' }, state) : null)));
  }
  show(main,
    h('div', { class: 'heading' }, h('h1', {}, `版面 · ${y}年${m}月`),
      h('nav', { class: 'months', 'aria-label': '切换月份' },
        h('a', { href: `#/editions/${shift(-1)}` }, '上个月'), h('a', { href: `#/editions/${shift(1)}` }, '下个月'))),
    error ? h('p', { class: 'error', role: 'alert' }, error) : null,
    h('ol', { class: 'weekdays', 'aria-hidden': 'true' }, ['一', '二', '三', '四', '五', '六', '日'].map((w) => h('li', {}, w))),
    h('ol', { class: 'calendar' }, cells),
    h('p', { class: 'muted' }, '点日期打开当期版面；没有版面的日期可以新建。'));
}

export async function editionLayout(main, date) {
  let etag = null;
  let edition;
  // A date without an edition is a new one, not a failure: the list answers 200 either way, where a GET
  // of an edition that does not exist yet would be a failed request (a 404 in the browser's console).
  // One made or removed between the two requests is still handled: a 404 then opens a new layout.
  try {
    const { data: { items } } = await api('GET', '/api/editions', { query: { from: date, to: date, limit: 1 } });
    if (items.some((e) => e.date === date)) ({ data: edition, etag } = await api('GET', `/api/editions/${date}`));
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) {
      show(main, h('h1', {}, date), h('p', { class: 'error', role: 'alert' }, problemText(e)));
      return;
    }
  }
  // A layout begun here: none of its 版面 has a PDF until one is uploaded from this screen.
  const begunHere = !edition;
  edition ||= { date, number: '', pages: [{ number: 1, name: '要闻', articles: [] }] };
  const articles = new Map();
  const remember = (items) => items.forEach((a) => articles.set(a.id, a));
  const [placed, ready, pdfs] = await Promise.all([
    api('GET', '/api/articles', { query: { edition: date, limit: 100 } }).catch(() => ({ data: { items: [] } })),
    api('GET', '/api/articles', { query: { status: 'ready', limit: 100 } }).catch(() => ({ data: { items: [] } })),
    begunHere ? new Map() : pagePdfs(date).catch(() => new Map()),
  ]);
  remember(placed.data.items);
  // Whether the edition is on the site: while it is not, there is no on-site state to ask for (a 404).
  let live = Boolean(edition.onSite);
  let site = await onSiteOf(edition).catch(() => null);
  // An edition that went out and is off the site now was taken down: said so, with when, never as 尚未发布.
  let firstOut = edition.publishedAt || null;
  let downAt = await takenDownAt(edition).catch(() => null);
  const siteLine = h('p', { class: 'muted' });
  const showSite = () => {
    siteLine.textContent = site ? `已在网站上：首次发布于${when(site.publishedAt)}，网站上的版本发布于${when(site.committedAt)}`
      : firstOut ? `已从网站下线${downAt ? `（${when(downAt)}下线）` : ''}，读者现在看不到本期；首次发布于${when(firstOut)}。重新发布即可恢复。`
        : '尚未发布，读者还看不到本期';
  };
  showSite();
  remember(ready.data.items);
  let pages = edition.pages.map((p) => ({ ...p, articles: [...p.articles] }));
  // Schedules are typed and shown in the paper's time zone, not the computer's.
  const zone = (await loadConfig()).timeZone || 'Asia/Shanghai';
  const localInput = (instant) => instantToWall(instant, zone);
  const withOffset = (wall) => wallToInstant(wall, zone);
  let number = edition.number;
  const numberInput = h('input', { type: 'number', min: 1, value: number, required: true, onchange: () => { number = numberInput.value; } });
  const [numberF] = field('期号', numberInput);
  // A replace that leaves publishAt out cancels the schedule, so the form always carries it.
  const [scheduleF, schedule] = field('定时发布', h('input', { type: 'datetime-local', value: localInput(edition.publishAt) }),
    `报社所在时区（${zone}）；留空则不定时。保存版面后生效。`);
  // What the form holds, to tell whether anything is unsaved (pages and their names, number, schedule).
  const snapshot = () => JSON.stringify({ pages, number: String(numberInput.value), at: schedule.value });
  const board = h('div', { class: 'board' });
  const preflight = h('section', { class: 'panel', 'aria-labelledby': 'preflight-title' });
  const message = h('p', { class: 'message', role: 'status' });
  const job = h('div');
  let saved = snapshot();
  setLeaveGuard(() => (snapshot() !== saved ? '版面有未保存的修改，确定离开吗？' : null));

  const placedIds = () => new Set(pages.flatMap((p) => p.articles));
  // The stories the last preflight (of the saved layout) blocks on, id -> reasons: marked by their status.
  let blockedNow = new Map();
  function markBlocked() {
    board.querySelectorAll('[data-article]').forEach((item) => {
      item.querySelector('.badge.blocked')?.remove();
      const badge = blockedBadge(blockedNow.get(item.dataset.article));
      if (badge) item.querySelector('.tools').before(badge);
    });
  }
  const focusAfter = (id) => requestAnimationFrame(() => board.querySelector(`[data-article="${CSS.escape(id)}"]`)?.focus());

  function move(id, from, to, index) {
    const list = pages[from].articles;
    list.splice(list.indexOf(id), 1);
    pages[to].articles.splice(index ?? pages[to].articles.length, 0, id);
    render();
    focusAfter(id);
  }

  function articleItem(id, pi, ai) {
    const a = articles.get(id);
    const title = a?.headline || id;
    const last = pages[pi].articles.length - 1;
    const item = h('li', { tabindex: 0, draggable: 'true', 'data-article': id, 'aria-label': `${title}，第${pages[pi].number}版第${ai + 1}篇。可拖动，或按Alt加方向键移动` },
      h('span', { class: 'title' }, title),
      a ? h('span', { class: `badge ${a.status}` }, STATUS[a.status]) : null,
      blockedBadge(blockedNow.get(id)),
      h('span', { class: 'tools' },
        h('button', { type: 'button', class: 'small', disabled: ai === 0, 'aria-label': `${title} 上移`, onclick: () => move(id, pi, pi, ai - 1) }, '↑'),
        h('button', { type: 'button', class: 'small', disabled: ai === last, 'aria-label': `${title} 下移`, onclick: () => move(id, pi, pi, ai + 1) }, '↓'),
        h('button', { type: 'button', class: 'small', disabled: pi === 0, 'aria-label': `${title} 移到上一版`, onclick: () => move(id, pi, pi - 1) }, '上一版'),
        h('button', { type: 'button', class: 'small', disabled: pi === pages.length - 1, 'aria-label': `${title} 移到下一版`, onclick: () => move(id, pi, pi + 1) }, '下一版'),
        // Off this 版面 only: the story stays a story, and the site changes only when the edition is published again.
        h('button', { type: 'button', class: 'small danger', 'aria-label': `${title} 移出本版`, onclick: () => {
          const n = pages[pi].number;
          pages[pi].articles.splice(ai, 1);
          render();
          message.textContent = `《${title}》已移出第${n}版：稿件本身不删除，保存版面后生效；本期若已在网站上，重新发布后读者才看不到它。`;
        } }, '移出本版')));
    item.addEventListener('dragstart', (e) => {
      dragged = { id, from: pi };
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', id);
    });
    item.addEventListener('dragend', () => { dragged = null; });
    item.addEventListener('keydown', (e) => {
      if (!e.altKey || e.target !== item) return;
      const to = { ArrowUp: [pi, ai - 1], ArrowDown: [pi, ai + 1], ArrowLeft: [pi - 1], ArrowRight: [pi + 1] }[e.key];
      if (!to || to[0] < 0 || to[0] >= pages.length || (to.length === 2 && (to[1] < 0 || to[1] > last))) return;
      e.preventDefault();
      move(id, pi, to[0], to[1]);
    });
    return item;
  }

  /** Gives a 版面 another 版次 (an import put its drafts on 第2版; the front page goes before it), unless another has it. */
  function renumberPage(page, input) {
    const n = Number(input.value);
    if (!Number.isInteger(n) || n < 1 || n > 999) {
      message.textContent = '版次是1到999之间的整数';
      input.value = page.number;
      return;
    }
    if (pages.some((p) => p !== page && Number(p.number) === n)) {
      message.textContent = `已经有第${n}版了：请换一个版次，或先移动那个版面`;
      input.value = page.number;
      return;
    }
    message.textContent = '';
    page.number = n;
    pages.sort((a, b) => Number(a.number) - Number(b.number));
    render();
  }

  function pageCard(page, pi) {
    const name = h('input', { class: 'page-name', value: page.name, maxlength: 20, 'aria-label': `第${page.number}版名称`, onchange: () => { page.name = name.value; } });
    const numberOf = h('input', { type: 'number', min: 1, max: 999, value: page.number, class: 'page-number', 'aria-label': `第${page.number}版的版次`,
      onchange: () => renumberPage(page, numberOf) });
    const pick = h('select', { 'aria-label': `加入第${page.number}版的稿件` }, h('option', { value: '' }, '选择待编稿件……'),
      // A story stands in one edition: one laid out in another is not offered (the API would refuse it).
      [...articles.values()].filter((a) => !placedIds().has(a.id) && a.status !== 'withdrawn' && (!a.edition || a.edition === date))
        .map((a) => h('option', { value: a.id }, `${a.headline}（${STATUS[a.status]}）`)));
    return h('section', { class: 'page-card', 'aria-label': `第${page.number}版` },
      h('div', { class: 'page-head' }, h('span', { class: 'page-no' }, `第${page.number}版`), numberOf, name,
        h('button', { type: 'button', class: 'small', disabled: pi === 0, 'aria-label': `第${page.number}版前移`, onclick: () => { swapPages(pi, pi - 1); } }, '前移'),
        h('button', { type: 'button', class: 'small', disabled: pi === pages.length - 1, 'aria-label': `第${page.number}版后移`, onclick: () => { swapPages(pi, pi + 1); } }, '后移'),
        h('button', { type: 'button', class: 'small danger', disabled: page.articles.length > 0 || pages.length === 1, 'aria-label': `删除第${page.number}版`,
          onclick: () => { pages.splice(pi, 1); render(); } }, '删除')),
      dropTarget(h('ol', { class: 'page-articles' }, page.articles.map((id, ai) => articleItem(id, pi, ai))), pi),
      printFor(page.number),
      h('div', { class: 'add' }, pick, h('button', { type: 'button', class: 'small', 'aria-label': `加入第${page.number}版`, onclick: () => {
        if (pick.value) { page.articles.push(pick.value); render(); }
      } }, '加入')));
  }

  // Drag and drop between and within 版面 (the buttons and Alt+arrow keys do the same without a mouse):
  // a story dropped on another goes before it, dropped on a 版面's free space goes last.
  let dragged = null;
  function dropTarget(list, pi) {
    list.addEventListener('dragover', (e) => { if (dragged) { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; } });
    list.addEventListener('drop', (e) => {
      if (!dragged) return;
      e.preventDefault();
      const { id, from } = dragged;
      dragged = null;
      const onto = e.target.closest('[data-article]')?.dataset.article;
      if (onto === id) return;
      const rest = pages[pi].articles.filter((a) => a !== id);
      move(id, from, pi, onto ? rest.indexOf(onto) : rest.length);
    });
    return list;
  }

  // A 版面's PDF is the saved layout's: offered once the edition is saved with that 版面, kept across re-renders.
  const prints = new Map();
  const headline = (id) => articles.get(id)?.headline || id;
  function printFor(n) {
    if (!edition.pages?.some((p) => p.number === n) || !etag) return null;
    if (!prints.has(n)) prints.set(n, printPanel(date, n, headline, () => showPreflight(), pdfs.get(n) ?? null));
    return prints.get(n);
  }

  // A 版's number is its 版次 in the printed paper (and the key of its PDF), which may start past 1 or
  // skip one: moving a 版面 exchanges the two numbers, and the layout stays in 版次 order as the API keeps it.
  function swapPages(a, b) {
    [pages[a].number, pages[b].number] = [pages[b].number, pages[a].number];
    [pages[a], pages[b]] = [pages[b], pages[a]];
    render();
  }

  /** The number after the highest 版 of the layout: a layout may start at 第2版 (an import's drafts go on their own 版). */
  const nextNumber = () => pages.reduce((most, p) => Math.max(most, Number(p.number) || 0), 0) + 1;

  function render() {
    show(board, pages.map(pageCard),
      h('button', { type: 'button', onclick: () => { pages.push({ number: nextNumber(), name: '', articles: [] }); render(); } }, '添加版面'));
  }

  async function save() {
    message.textContent = '正在保存……';
    // A schedule that has already run is left out (the API takes only a future one); a changed one is sent as typed.
    const keep = schedule.value && (schedule.value !== localInput(edition.publishAt) || new Date(withOffset(schedule.value)) > new Date());
    const body = { number: Number(number), pages, ...(keep ? { publishAt: withOffset(schedule.value) } : {}) };
    try {
      // A new edition only if nobody made it meanwhile (If-None-Match: *): else a 412, and the conflict below.
      const answer = await api('PUT', `/api/editions/${date}`, { body, etag: etag || undefined, absent: !etag });
      etag = answer.etag;
      edition = answer.data;
      saved = snapshot();
      message.textContent = `版面已保存（版本${edition.version}）`;
      render();   // a 版面 saved for the first time can now take its PDF
      toast('版面已保存');
      await showPreflight();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) return layoutConflict();
      // A field error names a place in the layout (/pages/0/articles/1): say which story.
      // A 版面's own field (/pages/2/name) by its 版次, not by its place in the list.
      const place = (at) => {
        const m = /^\/pages\/(\d+)\/articles\/(\d+)$/.exec(at);
        const id = m && body.pages[m[1]]?.articles[m[2]];
        if (id) return `《${articles.get(id)?.headline || id}》`;
        const own = /^\/pages\/(\d+)\/name$/.exec(at);
        const numbered = own && body.pages[own[1]];
        return numbered ? `第${numbered.number}版名称` : null;
      };
      message.textContent = problemText(e, place);
      return false;
    }
  }

  /** Someone saved the layout since it was read: keep this one over theirs, or take theirs; never drop either silently. */
  async function layoutConflict() {
    const { data: theirs, etag: theirEtag } = await api('GET', `/api/editions/${date}`);
    message.replaceChildren(`版面已被他人修改（版本${theirs.version}：${layoutLine(theirs.pages)}）。你的版面：${layoutLine(pages)}。`,
      h('button', { type: 'button', class: 'small', onclick: () => { etag = theirEtag; message.textContent = ''; save(); } }, '用我的版面覆盖'),
      ' ',
      h('button', { type: 'button', class: 'small', onclick: () => {
        etag = theirEtag;
        edition = theirs;
        pages = theirs.pages.map((p) => ({ ...p, articles: [...p.articles] }));
        saved = snapshot();
        message.textContent = '已载入对方的版面';
        render();
      } }, '载入对方的版面'));
    return false;
  }

  async function showPreflight() {
    try {
      const { data } = await api('GET', `/api/editions/${date}/preflight`);
      const words = preflightWords(data);
      blockedNow = blockedStories(data);
      markBlocked();
      show(preflight, h('h2', { id: 'preflight-title' }, '预检'),
        h('p', {}, `将发布 ${data.articles} 篇稿件。`),
        words.blocking.length || words.warnings.length
          ? h('ul', { class: 'warnings' }, [...words.blocking, ...words.warnings].map((w) => h('li', {}, w))) : null,
        data.emptyPages.length ? h('p', { class: 'warning' }, `没有可发布稿件的版面：第${data.emptyPages.join('、')}版`) : null,
        doubtedList(data),
        // What the 版面' PDFs need (never blocking): said per 版面, in the newsroom's words.
        data.prints?.length ? h('ul', { class: 'warnings prints', 'aria-label': '版面PDF提示（不影响发布）' },
          data.prints.map((note) => h('li', {}, printNote(note, headline)))) : null,
        !data.skipped.length && !data.emptyPages.length && !data.prints?.length && !data.doubted?.length ? h('p', {}, '一切就绪。') : null);
    } catch (e) {
      show(preflight, h('h2', { id: 'preflight-title' }, '预检'), h('p', {}, e instanceof ApiError && e.status === 404 ? '保存版面后显示预检。' : problemText(e)));
    }
  }

  /**
   * Before an edition goes out: its first time, what goes out (confirmFirst); again, what changes for readers since it went out
   * (from the published record, the stories as they stand and the preflight), and a yes to go on.
   */
  async function confirmPublish() {
    site = live ? await onSite(date).catch(() => site) : null;
    if (!site) return confirmFirst();
    const [{ data: now }, report] = await Promise.all([api('GET', '/api/articles', { query: { edition: date, limit: 100 } }),
      api('GET', `/api/editions/${date}/preflight`).then((r) => r.data).catch(() => ({ skipped: [] }))]);
    const current = new Map(now.items.map((a) => [a.id, a]));
    const changes = changesSince(site, pages, current, new Set(report.skipped.map((x) => x.article)));
    const words = preflightWords(report);
    const prints = await printChanges(date, pages, site);
    const ok = await ask('重新发布前请确认', words.empty ? null : words.blocks ? '确认重新发布（不含被阻止的稿件）' : '确认重新发布',
      h('p', {}, `本期已在网站上（网站上的版本发布于${when(site.committedAt)}）。重新发布后，读者看到的变化：`),
      changes.length ? h('ul', { class: 'changes' }, changes.map((c) => h('li', {}, c))) : h('p', {}, '与网站上的版本相比，稿件没有变化（会按当前模板重新生成页面）。'),
      printChangesList(prints), blockingList(words), doubtedList(report));
    return ok && words.blocks ? 'force' : ok;
  }

  /** What stops a publication, and the way forward: fix those stories, or publish without them. */
  function blockingList(words) {
    if (!words.blocking.length) return null;
    return h('div', { class: 'blocking' },
      h('ul', { class: 'warnings', 'aria-label': '阻止发布的问题' }, words.blocking.map((w) => h('li', {}, w))),
      h('p', {}, words.empty ? '请先把稿件设为可发布，或补上正文和图片，再发布本期。'
        : '可以先打开这些稿件补上正文或图片；也可以不含它们发布，其余稿件照常发布。'));
  }

  /** A yes or no in the job's place. */
  const ask = (title, yes, ...content) => askIn(job, title, yes, ...content);

  /** Before an edition's first publication: the date, the 版面 and stories going out, and the preflight's warnings. */
  async function confirmFirst() {
    let report;
    try {
      report = (await api('GET', `/api/editions/${date}/preflight`)).data;
    } catch (e) {
      message.textContent = problemText(e);
      return false;
    }
    const skipped = new Set(report.skipped.map((x) => x.article));
    const going = pages.filter((p) => p.articles.some((id) => !skipped.has(id))).length;
    const words = preflightWords(report);
    const warnings = [...words.warnings,
      ...(report.emptyPages.length ? [`没有可发布稿件的版面：第${report.emptyPages.join('、')}版`] : []),
      ...(report.prints || []).map((note) => printNote(note, headline))];
    const ok = await ask('发布前请确认', words.empty ? null : words.blocks ? '确认发布（不含被阻止的稿件）' : '确认发布',
      h('p', {}, going && report.articles
        ? `本期（${date}）尚未在网站上。确认后将发布 ${going} 个版面、${report.articles} 篇稿件，读者随即可见。`
        : `本期（${date}）尚未在网站上，也还没有可以发布的稿件。`),
      blockingList(words), doubtedList(report),
      warnings.length ? h('ul', { class: 'warnings', 'aria-label': '预检提示' }, warnings.map((w) => h('li', {}, w)))
        : words.blocks || report.doubted?.length ? null : h('p', {}, '预检没有提示。'));
    // The editor has seen what stops it: the yes publishes the rest (the API's force leaves those out).
    return ok && words.blocks ? 'force' : ok;
  }

  async function publish(force) {
    if (snapshot() !== saved && !(await save())) return;
    // An edition never saved does not exist yet: the API would answer 404.
    if (!etag) { message.textContent = '请先保存版面'; return; }
    if (!force) {
      const yes = await confirmPublish();
      if (!yes) return;
      force = yes === 'force';
    }
    try {
      const { data } = await api('POST', `/api/editions/${date}/publish`, { query: force ? { force: 'true' } : undefined });
      message.textContent = '';
      await followJob(job, data.id, `/editions/${date}/`);
      live = true;
      site = await onSite(date).catch(() => site);
      showSite();
      takeDown.hidden = !site;
    } catch (e) {
      if (e instanceof ApiError && e.status === 422 && e.problem?.report) {
        // Something changed since the confirmation: say what stops it now, and what the way on is.
        const words = preflightWords(e.problem.report);
        message.textContent = `预检未通过：${problemText(e)}`;
        show(job, blockingList(words), words.empty ? null
          : h('button', { type: 'button', class: 'danger', onclick: () => publish(true) }, '不含被阻止的稿件，仍然发布'));
      } else if (e instanceof ApiError && e.status === 409 && e.problem?.publication) {
        // Another publication of this edition (a colleague's, a schedule's) is queued or under way: follow it
        // here, so the editor sees when it ends and what went out, instead of pressing again and again.
        message.textContent = problemText(e);
        const held = String(e.problem.publication).split('/').pop();
        const done = await followJob(job, held, `/editions/${date}/`);
        if (done?.status === 'succeeded') {
          live = true;
          site = await onSite(date).catch(() => site);
          showSite();
          takeDown.hidden = !site;
        }
      } else {
        message.textContent = problemText(e);
      }
    }
  }

  // Taking an edition off the site (下线; a story leaves a 版面 with 移出本版) asks twice, a second press of
  // the same button, without a modal dialog; the first press says what the second will do.
  // Offered only while the published record says the edition is on the site (a 404 still answers a stale page).
  const takeDown = h('button', { type: 'button', class: 'danger', hidden: !site, onclick: async () => {
    if (takeDown.dataset.armed !== 'yes') {
      takeDown.dataset.armed = 'yes';
      takeDown.textContent = '确认下线（再按一次）';
      takeDownSays.textContent = '下线后读者看不到本期的任何页面；稿件和版面都保留，重新发布即可恢复。';
      return;
    }
    try {
      const { data } = await api('DELETE', `/api/editions/${date}/publication`);
      const done = await followJob(job, data.id, null);
      // Taken down: there is nothing on the site to ask for (a 404); otherwise the record says what is there.
      if (done?.status === 'succeeded') {
        live = false;
        firstOut = site?.publishedAt || firstOut;
        downAt = done.finishedAt || new Date().toISOString();
      }
      site = live ? await onSite(date).catch(() => null) : null;
      showSite();
      takeDown.hidden = !site;
    } catch (e) {
      message.textContent = e instanceof ApiError && e.status === 404 ? '本期不在网站上，无需下线。' : problemText(e);
    }
    takeDown.dataset.armed = '';
    takeDown.textContent = '从网站下线本期';
    takeDownSays.textContent = '';
  }, 'aria-describedby': 'take-down-says' }, '从网站下线本期');
  const takeDownSays = h('p', { class: 'warning', id: 'take-down-says', role: 'status' });

  show(main,
    h('div', { class: 'heading' }, h('h1', {}, `${date} 版面`), h('a', { href: `#/editions/${date.slice(0, 7)}` }, '返回日历')),
    siteLine, scheduled(edition) ? h('p', { class: 'muted' }, `定时发布：${when(scheduled(edition))}（${zone}）`) : null,
    h('div', { class: 'row' }, numberF, scheduleF), board,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: save }, '保存版面'),
      h('button', { type: 'button', onclick: () => publish(false) }, '发布本期'), takeDown),
    takeDownSays, message, job, preflight);
  render();
  if (etag) await showPreflight();
}
