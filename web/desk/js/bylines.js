// Bylines with roles: 记者 林小雨, 通讯员 王晨, or a role alone (本报评论员).
import { h, uid } from './dom.js';

const ROLES = ['记者', '通讯员', '实习生', '摄影', '本报评论员'];

/** Renders the byline rows into `container`; returns read(): the rows with a role or a name. */
export function bylineEditor(container, bylines, readOnly) {
  let rows = bylines.map((b) => ({ ...b }));
  const listId = uid('roles');
  const sync = () => {
    rows = [...container.querySelectorAll('.byline')].map((el) => ({
      role: el.querySelector('[data-part="role"]').value.trim(),
      name: el.querySelector('[data-part="name"]').value.trim(),
    }));
  };
  const render = () => {
    container.replaceChildren(
      h('datalist', { id: listId }, ROLES.map((r) => h('option', { value: r }))),
      ...rows.map((b, i) => {
        const roleId = uid('role');
        const nameId = uid('name');
        return h('div', { class: 'byline row' },
          h('div', { class: 'field' }, h('label', { for: roleId }, `署名${i + 1}：身份`),
            h('input', { id: roleId, 'data-part': 'role', list: listId, value: b.role || '', readonly: readOnly })),
          h('div', { class: 'field' }, h('label', { for: nameId }, `署名${i + 1}：姓名`),
            h('input', { id: nameId, 'data-part': 'name', value: b.name || '', readonly: readOnly })),
          readOnly ? null : h('button', { type: 'button', class: 'small danger', 'aria-label': `删除署名${i + 1}`,
            onclick: () => { sync(); rows.splice(i, 1); render(); } }, '删除'));
      }),
      readOnly ? '' : h('button', { type: 'button', class: 'small', onclick: () => {
        sync();
        rows.push({ role: '记者', name: '' });
        render();
        container.querySelectorAll('[data-part="name"]')[rows.length - 1]?.focus();
      } }, '添加署名'));
  };
  render();
  return () => {
    sync();
    return rows.filter((b) => b.role || b.name).map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v)));
  };
}
