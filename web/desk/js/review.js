// Import review: the importer's reading of a page (POST /api/imports?dryRun=true), one row per
// source line beside the story and role it was given, coloured by story, doubtful lines marked with
// the importer's reason. The editor splits a story at a line, merges a story into the one above,
// changes a line's role, or joins a line to the paragraph above (a column break: the importer's own
// joins are shown ticked and kept), then sends the whole reading back with the text (POST /api/imports as
// JSON), so the drafts follow the reading instead of a second guess.

import { h, show, uid } from './dom.js';
import { reportWords } from './words.js';
import { visibleText } from './bidi.js';

/** The closed set of line roles the API accepts (openapi.yaml LineRole), in the newsroom's words. */
export const ROLES = [
  ['column', '栏目'], ['kicker', '引题'], ['headline', '主题'], ['subheadline', '副题'], ['byline', '署名'],
  ['dateline', '电头'], ['paragraph', '正文段落'], ['intertitle', '小标题'], ['caption', '图片说明'],
  ['credit', '摄影署名'], ['note', '附注'],
];

/** Stories renumbered 0, 1, … in the order they first appear, as the API requires. */
export function renumber(lines) {
  const order = new Map();
  return lines.map((l) => {
    if (!order.has(l.story)) order.set(l.story, order.size);
    return { ...l, story: order.get(l.story) };
  });
}

/** The line at `i` and the rest of its story below it become a story of their own. */
export function splitAt(lines, i) {
  const s = lines[i].story;
  return renumber(lines.map((l, j) => (j >= i && l.story === s ? { ...l, story: s + 0.5 } : l)));
}

/** The story that line `i` opens joins the story of the line above it. */
export function mergeUp(lines, i) {
  if (i === 0) return lines;
  const from = lines[i].story;
  const into = lines[i - 1].story;
  return renumber(lines.map((l) => (l.story === from ? { ...l, story: into } : l)));
}

/** Line `i` continues (or no longer continues) the paragraph of the line above: a column break. */
export function joinUp(lines, i, joins) {
  return lines.map((l, j) => (j === i ? { ...l, joins } : l));
}

/** A line's new role. */
export function reRole(lines, i, role) {
  return lines.map((l, j) => (j === i ? { ...l, role, unsure: undefined, fixed: true } : l));
}

/** A line the importer cut into two or more fields (a dateline opening a paragraph), and the editor left alone. */
const twoParts = (l) => !l.fixed && Array.isArray(l.parts) && new Set(l.parts).size > 1;

/**
 * The JSON body POST /api/imports takes: the text and every line's story and role, and a two-part line's
 * parts as read, so the line is cut where the importer cut it instead of going whole to one role.
 */
export const readPage = (text, lines) => ({ text, reading: lines.map((l, i) => ({
  line: l.line, story: l.story, role: l.role,
  ...(twoParts(l) ? { parts: l.parts } : {}),
  ...(joinable(lines, i) && l.joins ? { joins: true } : {}),
})) });

/** A line can continue the paragraph above only within its story, below another line of it. */
const joinable = (lines, i) => i > 0 && lines[i - 1].story === lines[i].story;

/**
 * Shows under each story's first line the doubts its draft will carry: `stories` is the dry run's answer
 * for the reading as it stands (`stories[i].unsure`, the API's one computation for the review and the
 * drafts), or null while that answer is being asked for. Returns how many doubts the drafts will carry.
 */
export function storyDoubts(box, stories) {
  let count = 0;
  for (const list of box.querySelectorAll('.story-doubts')) {
    const story = stories?.[Number(list.dataset.story)];
    const doubts = story?.unsure ?? [];
    count += doubts.length;
    list.hidden = Boolean(stories) && !doubts.length;
    show(list, ...(stories ? doubts.map((d) => h('li', {}, `草稿存疑：${reportWords(d)}`)) : [h('li', { class: 'muted' }, '正在核对存疑……')]));
  }
  return count;
}

const roleName = (r) => ROLES.find(([v]) => v === r)?.[1] ?? r;

/**
 * Shows `lines` in `box` and calls `onChange(lines)` after each fix. Keyboard: on a focused row,
 * S splits there, M merges its story into the one above; the role is a select.
 */
export function reviewTable(box, lines, onChange) {
  const rows = lines.map((l, i) => {
    const first = i === 0 || lines[i - 1].story !== l.story;
    const roleId = uid('role');
    const reason = l.unsure ? uid('why') : null;
    const row = h('li', { class: `reading-line story-${l.story % 6}${first ? ' opens' : ''}${l.unsure ? ' unsure' : ''}`,
      tabindex: 0, 'data-line': l.line, 'data-story': l.story, 'aria-describedby': reason,
      onkeydown: (e) => {
        if (e.target !== row || e.altKey || e.ctrlKey || e.metaKey) return;
        if (e.key === 's' || e.key === 'S') { e.preventDefault(); onChange(splitAt(lines, i), i); }
        if ((e.key === 'm' || e.key === 'M') && first && i > 0) { e.preventDefault(); onChange(mergeUp(lines, i), i); }
      } },
    h('span', { class: 'source' }, h('span', { class: 'n' }, `${l.line}`), h('span', { class: 'text' }, visibleText(l.text))),
    h('span', { class: 'reading' },
      first ? h('strong', { class: 'story-label' }, `第${l.story + 1}篇`) : null,
      h('label', { for: roleId, class: 'visually-hidden' }, `第${l.line}行角色`),
      h('select', { id: roleId, onchange: (e) => { if (e.target.value) onChange(reRole(lines, i, e.target.value), i); } },
        twoParts(l) ? h('option', { value: '', selected: true }, l.parts.map(roleName).join('＋')) : null,
        ROLES.map(([value, label]) => h('option', { value, selected: !twoParts(l) && value === l.role ? true : false }, label))),
      i > 0 && !first ? h('button', { type: 'button', onclick: () => onChange(splitAt(lines, i), i) , 'aria-label': `从第${l.line}行拆分` }, '拆分') : null,
      joinable(lines, i) ? h('label', { class: 'joins' },
        h('input', { type: 'checkbox', checked: l.joins ? true : undefined, 'aria-label': `第${l.line}行接上段（续接上一行）`,
          onchange: (e) => onChange(joinUp(lines, i, e.target.checked), i) }), '接上段') : null,
      first && i > 0 ? h('button', { type: 'button', onclick: () => onChange(mergeUp(lines, i), i), 'aria-label': `第${l.line}行起的稿件并入上一篇` }, '并入上一篇') : null,
      l.unsure ? h('span', { class: 'why', id: reason }, `存疑：${reportWords(l.unsure)}`) : null,
      // What the draft of this story will be told to check: filled from the API's answer (storyDoubts).
      first ? h('ul', { class: 'story-doubts', 'data-story': l.story, 'aria-label': `第${l.story + 1}篇生成草稿后的存疑` }) : null));
    return row;
  });
  show(box, h('ol', { class: 'reading-lines', 'aria-label': '逐行读取结果（S 拆分，M 并入上一篇）' }, rows));
  return rows;
}
