// What readers see: an edition's state on the site (GET /api/editions/{date}/on-site, the published
// record), whether it waits for a schedule, and what a republication would change.
import { api, ApiError } from './api.js';
import { when } from './dom.js';

/** The edition as it is on the site, or null when it is not (never published, or taken down). */
export async function onSite(date) {
  try {
    return (await api('GET', `/api/editions/${date}/on-site`)).data;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/**
 * The on-site state of an edition as the API answered it (GET /api/editions…): null without asking
 * when it says it is not on the site (onSite false: never published, or taken down), as asking would
 * be a failed request (404).
 */
export async function onSiteOf(edition) {
  return edition?.onSite ? onSite(edition.date) : null;
}

/** The on-site state of several editions (as the API answered them) at once: a Map from date to the answer (null: not on the site). */
export async function onSiteAll(editions) {
  const answers = await Promise.all(editions.map((e) => onSiteOf(e).catch(() => null)));
  return new Map(editions.map((e, i) => [e.date, answers[i]]));
}

/**
 * When an edition that went out was last taken off the site (the latest take-down that succeeded, from
 * GET /api/editions/{date}/publications), or null when none is listed. Asked only of an edition the API
 * says first went out (publishedAt) and is not on the site now (onSite false).
 */
export async function takenDownAt(edition) {
  if (!edition?.publishedAt || edition.onSite) return null;
  const { data: { items } } = await api('GET', `/api/editions/${edition.date}/publications`);
  const times = items.filter((j) => j.kind === 'take-down' && j.status === 'succeeded' && j.finishedAt).map((j) => j.finishedAt).sort();
  return times.at(-1) ?? null;
}

/** A schedule still ahead: the edition's publishAt when it is in the future, else null. */
export const scheduled = (edition) => (edition?.publishAt && Date.parse(edition.publishAt) > Date.now() ? edition.publishAt : null);

/** One story's state in words: 已发布 (with unpublished edits said), 定时发布 …, or null. */
export function storyState(article, site, edition) {
  const shown = site?.articles.find((s) => s.id === article.id);
  if (shown) return shown.version < article.version ? `已发布 ${when(site.committedAt)}，之后有修改未发布` : `已发布 ${when(site.committedAt)}`;
  const at = scheduled(edition);
  return at ? `定时发布 ${when(at)}` : null;
}

/**
 * What a republication changes on the site, in the newsroom's words: stories added, taken off, edited
 * (a newer version than the one on the site) or moved to another 版面. `pages` is the layout to go out,
 * `current` a Map of the stories as they stand, `skipped` the ids the preflight leaves out.
 */
export function changesSince(site, pages, current, skipped = new Set()) {
  const going = new Map();
  pages.forEach((p) => p.articles.forEach((id) => { if (!skipped.has(id)) going.set(id, p.number); }));
  const was = new Map(site.articles.map((s) => [s.id, s]));
  const title = (id) => current.get(id)?.headline || was.get(id)?.headline || id;
  const out = [];
  for (const [id, page] of going) {
    const before = was.get(id);
    if (!before) { out.push(`新增：${title(id)}`); continue; }
    const now = current.get(id);
    if (now && now.version > before.version) {
      out.push(now.headline !== before.headline ? `修改：${now.headline}（原题：${before.headline}）` : `修改：${now.headline}`);
    }
    if (page !== before.page) out.push(`移版：${title(id)}（第${before.page}版 → 第${page}版）`);
  }
  for (const s of site.articles) if (!going.has(s.id)) out.push(`下线：${s.headline}`);
  return out;
}
