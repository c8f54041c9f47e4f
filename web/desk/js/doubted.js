// The stories of an edition that go out while the importer's doubts about them are still open (the
// preflight's `doubted`): named, each a link to the story where they are checked and cleared. A warning
// only: the server's rule (Preflight.Doubted) never blocks a publication on them.
import { h } from './dom.js';

/** The warning for a preflight report, or null when no story on the edition has open import doubts. */
export function doubtedList(report) {
  const doubted = report?.doubted ?? [];
  if (!doubted.length) return null;
  return h('div', { class: 'doubted' },
    h('p', { class: 'warning', id: 'doubted-title' }, `${doubted.length} 篇稿件仍有导入存疑，未核对`),
    h('ul', { class: 'warnings', 'aria-labelledby': 'doubted-title' }, doubted.map((d) => h('li', {},
      h('a', { href: `#/story/${encodeURIComponent(d.article)}` }, d.headline || d.article),
      `（存疑 ${d.doubts.length} 处）`))));
}
