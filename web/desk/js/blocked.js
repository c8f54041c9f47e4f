// The mark of a story the publish preflight blocks on (GET /api/editions/{date}/preflight, `blocking`),
// shown next to its status wherever the desk lists stories: it would stop the publication unless forced.
import { h } from './dom.js';

/** A 阻止发布 badge with the reasons (words.js blockedStories) as its tooltip and for screen readers; null for none. */
export function blockedBadge(reasons) {
  if (!reasons) return null;
  return h('span', { class: 'badge blocked', title: reasons }, '阻止发布', h('span', { class: 'visually-hidden' }, `：${reasons}`));
}
