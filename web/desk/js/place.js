// Place an import's drafts on their 版 of the edition's layout, in reading order, through the
// public API: read the layout (GET /api/editions/{date}), add the stories to that 版面 (made when the
// layout has none of that number), and save it with If-Match (PUT). Offered to editors only: a
// reporter's layout save would answer 403.
import { api, ApiError, problemText } from './api.js';
import { h, show, field } from './dom.js';
import { scheduled } from './onsite.js';

/** The layout with `ids` appended, in order, to 版 `number`, made as `name` if missing (ids already on it stay where they are). */
export function withPlaced(pages, number, ids, name) {
  const out = pages.map((p) => ({ number: p.number, name: p.name, articles: [...p.articles] }));
  let target = out.find((p) => p.number === number);
  if (!target) {
    target = { number, name, articles: [] };
    out.push(target);
    out.sort((a, b) => a.number - b.number);
  }
  for (const id of ids) if (!target.articles.includes(id)) target.articles.push(id);
  return out;
}

/** A layout in a line: 第2版 要闻：3篇；第4版 城事：2篇. */
export const layoutLine = (pages) => pages.map((p) => `第${p.number}版${p.name ? ` ${p.name}` : ''}：${p.articles.length}篇`).join('；');

/**
 * The offer, under the import's drafts: a button (and the 期号 when the edition is new). `headline(id)`
 * names a draft, so a lost race can still say what this editor was placing.
 */
export async function placeOffer(box, date, page, ids, headline = (id) => id) {
  const number = Number(page);
  const status = h('p', { class: 'message', role: 'status' });
  let current = null;
  // A date without an edition is the usual case here (a page imported before its layout is made): the
  // list answers 200 either way, where a GET of the edition would be a failed request (a 404). One removed
  // between the two requests still reads as none.
  try {
    const { data: { items } } = await api('GET', '/api/editions', { query: { from: date, to: date, limit: 1 } });
    if (items.some((e) => e.date === date)) current = await api('GET', `/api/editions/${date}`);
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) { show(box, status); status.textContent = problemText(e); return; }
  }
  const [issueF, issue] = field('本期尚未建立，期号', h('input', { type: 'number', min: 1, required: true }));
  const [nameF, name] = field(`第${number}版名称`, h('input', { type: 'text', maxlength: 20, required: true }));
  const hasPage = () => Boolean(current?.data.pages.some((p) => p.number === number));
  const place = async () => {
    if (!current && !issue.value) { status.textContent = '请填写期号'; return; }
    if (!hasPage() && !name.value.trim()) { status.textContent = `请填写第${number}版名称`; return; }
    try {
      const edition = current?.data;
      const pages = withPlaced(edition ? edition.pages : [], number, ids, name.value.trim());
      const at = scheduled(edition);
      const body = { number: edition ? edition.number : Number(issue.value), pages, ...(at ? { publishAt: at } : {}) };
      // A new edition is made only if nobody has made it since we looked (If-None-Match: *): losing
      // that race is a 412 like losing an edit's, never a save over the other editor's layout.
      const answer = await api('PUT', `/api/editions/${date}`, { body, etag: current?.etag || undefined, absent: !current });
      current = answer;
      button.disabled = true;
      settled();
      status.replaceChildren(`已按阅读顺序排入第${number}版（${ids.length} 篇）。`, h('a', { href: `#/edition/${date}` }, '查看版面'));
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) return lostRace();
      status.textContent = problemText(e);
    }
  };
  // The edition and its 版 exist now: what asked for them is no longer true.
  const settled = () => {
    if (current) issueF.remove();
    if (hasPage()) nameF.remove();
  };
  /**
   * Someone saved the layout (or made the edition) since it was read: say what theirs holds now beside
   * what this editor was placing, which is still only in this screen, and offer to add it onto theirs.
   */
  const lostRace = async () => {
    const made = !current;
    try {
      current = await api('GET', `/api/editions/${date}`);
    } catch (e) {
      status.textContent = problemText(e);
      return;
    }
    settled();
    const mine = `第${number}版${hasPage() ? '' : ` ${name.value.trim()}`}：${ids.map((id) => `《${headline(id)}》`).join('')}`;
    status.replaceChildren(
      `${made ? '本期版面刚由他人建立' : '版面刚被他人修改'}（版本${current.data.version}：${layoutLine(current.data.pages)}），你的稿件没有排入。`,
      `你要排入的：${mine}。`, ' ',
      h('button', { type: 'button', class: 'small', onclick: place }, '加到对方的版面上'), ' ',
      h('a', { href: `#/edition/${date}` }, '查看对方的版面'));
  };
  const button = h('button', { type: 'button', class: 'primary', onclick: place }, `按阅读顺序排入${date}第${number}版`);
  show(box, h('h3', {}, '排入版面'),
    current ? null : issueF, hasPage() ? null : nameF,
    h('div', { class: 'actions' }, button), status);
}
