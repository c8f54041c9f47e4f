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

/** The offer, under the import's drafts: a button (and the 期号 when the edition is new). */
export async function placeOffer(box, date, page, ids) {
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
      const answer = await api('PUT', `/api/editions/${date}`, { body, etag: current?.etag || undefined });
      current = answer;
      button.disabled = true;
      // The edition and its 版 exist now: what asked for them is no longer true.
      issueF.remove();
      nameF.remove();
      status.replaceChildren(`已按阅读顺序排入第${number}版（${ids.length} 篇）。`, h('a', { href: `#/edition/${date}` }, '查看版面'));
    } catch (e) {
      // 412: someone saved the layout meanwhile; read it again so the next press adds to theirs.
      if (e instanceof ApiError && e.status === 412) current = await api('GET', `/api/editions/${date}`).catch(() => current);
      status.textContent = e instanceof ApiError && e.status === 412 ? '版面刚被他人修改，已重新读取，请再按一次。' : problemText(e);
    }
  };
  const button = h('button', { type: 'button', class: 'primary', onclick: place }, `按阅读顺序排入${date}第${number}版`);
  show(box, h('h3', {}, '排入版面'),
    current ? null : issueF, hasPage() ? null : nameF,
    h('div', { class: 'actions' }, button), status);
}
