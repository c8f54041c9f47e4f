// After a 412: what the other person changed beside what I changed, and three ways on — keep mine,
// take theirs, or merge (fields only one side changed are combined; where both changed the same
// field, a choice per field, mine unless changed).
import { h, show } from './dom.js';
import { FIELDS, LABELS, threeWay, merged, describe, mergePatch } from './merge.js';
import { nameOf } from './people.js';

/**
 * Shows the conflict in `box`; calls done('theirs') or done(article to save) once the person decides.
 * @param {{base: object, mine: object, theirs: object}} versions
 */
export function conflictView(box, { base, mine, theirs }, done) {
  const sides = threeWay(base, mine, theirs);
  const choices = {};
  const rows = FIELDS.filter((f) => sides[f] !== 'same').map((f) => {
    const what = { mine: '只有你改了', theirs: '只有对方改了', both: '双方改了不同段落', conflict: '双方都改了' }[sides[f]];
    const choice = sides[f] === 'conflict' ? h('fieldset', { class: 'choice' }, h('legend', {}, `${LABELS[f]}：合并时用`),
      ['mine', 'theirs'].map((side) => h('label', {}, h('input', { type: 'radio', name: `pick-${f}`, value: side, checked: side === 'mine',
        onchange: () => { choices[f] = side; } }), side === 'mine' ? '我的' : '对方的'))) : what;
    return h('tr', { class: sides[f] },
      h('th', { scope: 'row' }, LABELS[f]),
      h('td', { class: 'text' }, describe(f, mine[f])),
      h('td', { class: 'text' }, describe(f, theirs[f])),
      h('td', {}, choice));
  });
  const finish = (result) => { box.replaceChildren(); done(result); };
  const heading = h('h2', { id: 'conflict-title', tabindex: '-1' }, '这篇稿件已被他人修改');
  show(box, h('section', { class: 'conflict', 'aria-labelledby': 'conflict-title' },
    heading,
    h('p', {}, `你打开之后，${theirs.updatedBy ? nameOf(theirs.updatedBy) : '另一位同事'}保存了第${theirs.version}稿。你的修改还没有保存，也不会丢失：请选择如何处理。`),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '字段'), h('th', { scope: 'col' }, '我的'),
        h('th', { scope: 'col' }, `对方的（第${theirs.version}稿）`), h('th', { scope: 'col' }, '合并'))),
      h('tbody', {}, rows))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => finish(merged(base, mine, theirs, choices)) }, '合并后保存'),
      h('button', { type: 'button', onclick: () => finish({ ...theirs, ...mineOver(theirs, mine) }) }, '保留我的版本'),
      h('button', { type: 'button', onclick: () => finish('theirs') }, '采用对方的版本'))));
  heading.focus();
}

/** My version in full over theirs: every field I hold that differs. */
function mineOver(theirs, mine) {
  const out = {};
  for (const f of Object.keys(mergePatch(theirs, mine))) out[f] = mine[f];
  return out;
}
