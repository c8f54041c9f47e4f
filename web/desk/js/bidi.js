// Directional formatting characters (UAX #9: the embeddings, overrides and isolates U+202A–U+202E and
// U+2066–U+2069, and the marks U+200E, U+200F, U+061C) are invisible, and one left open reorders the
// text after it, the desk's own words included. Where the desk shows a page's raw text, each one is
// replaced by a marked placeholder naming it, so an editor sees it is there and it reorders nothing.
import { h } from './dom.js';

const NAMES = {
  '\u202A': ['LRE', '从左向右嵌入'], '\u202B': ['RLE', '从右向左嵌入'], '\u202C': ['PDF', '结束嵌入或覆盖'],
  '\u202D': ['LRO', '从左向右覆盖'], '\u202E': ['RLO', '从右向左覆盖'], '\u2066': ['LRI', '从左向右隔离'],
  '\u2067': ['RLI', '从右向左隔离'], '\u2068': ['FSI', '按首个强字符隔离'], '\u2069': ['PDI', '结束隔离'],
  '\u200E': ['LRM', '从左向右标记'], '\u200F': ['RLM', '从右向左标记'], '\u061C': ['ALM', '阿拉伯字母标记'],
};
const CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** How many directional controls `text` holds. */
export const bidiCount = (text) => (String(text ?? '').match(CONTROLS) || []).length;

/** `text` as children for h(): each directional control a <mark class="control"> naming it (title: code point and meaning). */
export function visibleText(text) {
  const s = String(text ?? '');
  const out = [];
  let from = 0;
  for (const m of s.matchAll(CONTROLS)) {
    if (m.index > from) out.push(s.slice(from, m.index));
    const [short, meaning] = NAMES[m[0]];
    const code = `U+${m[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    out.push(h('mark', { class: 'control', title: `不可见的文字方向控制符 ${code}（${meaning}）` }, short));
    from = m.index + m[0].length;
  }
  if (from < s.length) out.push(s.slice(from));
  return out;
}
