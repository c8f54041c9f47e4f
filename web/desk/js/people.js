// The newsroom's people (GET /api/people): names for the login ids the API records (createdBy,
// updatedBy), and the colleagues screen where an editor adds one (POST /api/people), changes a role
// (PATCH /api/people/{id}) or removes one (DELETE, asked twice); never themselves, as the API refuses.
// Adding the e-mail of someone removed restores them (200).
import { api, ApiError, problemText } from './api.js';
import { h, show, field } from './dom.js';
import { onSessionChange, session } from './session.js';

export const ROLES = { editor: '编辑', reporter: '记者' };
let people = null;
let byId = new Map();
onSessionChange(() => { people = null; byId = new Map(); });

/** Loads the directory once a session (again after an add); never fails: without it, ids stay unnamed. */
export function loadPeople(again = false) {
  if (!people || again) {
    people = api('GET', '/api/people').then(({ data }) => {
      byId = new Map(data.items.map((p) => [p.id, p]));
      return data.items;
    }).catch(() => []);
  }
  return people;
}

/** A person's name for an id the API recorded; one not in the directory (left, or a system job) is 同事. */
export function nameOf(id) {
  if (!id) return '';
  return byId.get(id)?.name || (id === 'scheduler' ? '定时任务' : '一位同事');
}

export async function peopleScreen(main) {
  const list = h('ul', { class: 'people', 'aria-label': '编辑部同事' });
  const message = h('p', { class: 'message', role: 'status' });
  const [nameF, name] = field('姓名', h('input', { maxlength: 64, required: true, autocomplete: 'off' }));
  const [emailF, email] = field('电子邮箱', h('input', { type: 'email', maxlength: 254, required: true, autocomplete: 'off' }),
    '同事用这个邮箱登录；邀请和临时密码会发到这里。');
  const [roleF, role] = field('角色', h('select', {}, Object.entries(ROLES).reverse().map(([v, label]) => h('option', { value: v }, label))));

  // Only the newest listing is drawn: an older one answering late (the screen's first, slow under
  // load) would redraw the list under the editor's hand, resetting a role they had just picked.
  let drawn = 0;
  const refresh = async () => {
    const asked = ++drawn;
    const items = await loadPeople(true);
    if (asked === drawn) render(items);
  };
  // A message answers the last action only: each action clears the one before as it starts, so a
  // refusal never stands next to what the editor did after it.
  const changeRole = async (p, to) => {
    message.textContent = '';
    try {
      const { data } = await api('PATCH', `/api/people/${encodeURIComponent(p.id)}`, { body: { role: to } });
      await refresh();
      message.textContent = `已把${data.name}改为${ROLES[data.role]}。`;
    } catch (err) {
      message.textContent = problemText(err);
    }
  };
  const remove = async (p, button) => {
    message.textContent = '';
    if (button.dataset.armed !== 'yes') {
      button.dataset.armed = 'yes';
      button.textContent = `确认移除${p.name}？再按一次`;
      return;
    }
    try {
      await api('DELETE', `/api/people/${encodeURIComponent(p.id)}`);
      await refresh();
      message.textContent = `已移除${p.name}：不能再登录编辑台。`;
    } catch (err) {
      message.textContent = problemText(err);
    }
  };
  // A colleague's controls; none for oneself (the API answers 409: another editor can).
  const controls = (p) => {
    if (p.id === session()?.subject) return h('span', { class: 'muted' }, '（我）');
    const [, select] = field(`${p.name}的角色`, h('select', {}, Object.entries(ROLES).map(([v, label]) => h('option', { value: v, selected: v === p.role }, label))));
    const removeButton = h('button', { type: 'button', class: 'danger', onclick: () => remove(p, removeButton) }, `移除${p.name}`);
    return h('span', { class: 'actions' }, h('label', { for: select.id, class: 'visually-hidden' }, `${p.name}的角色`), select,
      h('button', { type: 'button', onclick: () => changeRole(p, select.value) }, `更改${p.name}的角色`), removeButton);
  };
  const render = (items) => show(list, items.map((p) => h('li', {}, h('span', { class: 'title' }, p.name),
    h('span', { class: 'badge' }, ROLES[p.role] || p.role), p.email ? h('span', { class: 'muted' }, p.email) : null, controls(p))));

  const add = async (e) => {
    e.preventDefault();
    message.textContent = '正在添加……';
    try {
      const { status, data } = await api('POST', '/api/people', { body: { name: name.value.trim(), email: email.value.trim(), role: role.value } });
      name.value = '';
      email.value = '';
      await refresh();
      // 200: a colleague once removed, given access again (a new invitation if they had never signed in).
      message.textContent = status === 200 ? `已恢复：${data.name}（${ROLES[data.role]}）又可以登录编辑台了。`
        : `已添加：${data.name}（${ROLES[data.role]}）。邀请邮件会发到 ${data.email}。`;
    } catch (err) {
      message.textContent = err instanceof ApiError && err.status === 409 ? '这个邮箱已有账号，不能重复添加。' : problemText(err);
    }
  };

  show(main, h('h1', {}, '同事'),
    h('form', { class: 'people-form', onsubmit: add }, h('h2', {}, '添加同事'), h('div', { class: 'row' }, nameF, emailF, roleF),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '添加同事'))),
    message, h('h2', {}, '编辑部'), list);
  await refresh();
}
