// The desk: sign in, then the screens by hash route. Every screen is built from the API's answers
// with text nodes only (dom.js), and the page's CSP allows no inline script.
import { h, show, toast, setPaperZone } from './dom.js';
import { session, isEditor, onSessionChange } from './session.js';
import { loadConfig, signInLocally, startCognito, finishCognito, signOutEverywhere } from './auth.js';
import { route, mayLeave, setLeaveGuard } from './router.js';
import { storyList } from './stories.js';
import { storyEditor } from './editor.js';
import { editionCalendar, editionLayout } from './editions.js';
import { importScreen } from './imports.js';
import { peopleScreen } from './people.js';
import { siteScreen } from './site.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
let shown = location.hash;

async function signInScreen() {
  const config = await loadConfig();
  const problem = h('p', { class: 'error', role: 'alert' });
  const local = (role, label) => h('button', { type: 'button', class: 'primary big', onclick: async () => {
    try { await signInLocally(role); } catch (e) { problem.textContent = e.message; }
  } }, label);
  show(main, h('div', { class: 'sign-in' }, h('h1', {}, '登录编辑台'),
    config.signIn === 'local' ? [h('p', {}, '本地环境：选择一个身份。'), local('reporter', '以记者身份登录'), local('editor', '以编辑身份登录')]
      : config.signIn === 'cognito' ? [h('p', {}, '使用编辑部账号登录。'), h('button', { type: 'button', class: 'primary big', onclick: startCognito }, '登录')]
        : h('p', {}, '编辑台尚未配置登录方式：在 AWS 中，登录需要网站使用自定义域名（DomainName）。'),
    problem));
}

function renderNav() {
  const s = session();
  show(nav, s ? [
    h('a', { href: '#/stories/mine' }, '稿件'),
    isEditor() ? h('a', { href: '#/editions' }, '版面') : null,
    h('a', { href: '#/import' }, '导入'),
    isEditor() ? h('a', { href: '#/people' }, '同事') : null,
    isEditor() ? h('a', { href: '#/site' }, '网站') : null,
  ] : null);
  show(who, s ? [h('span', { class: 'muted' }, `${s.name}（${s.role === 'editor' ? '编辑' : '记者'}）`),
    h('button', { type: 'button', class: 'small', onclick: () => { setLeaveGuard(null); signOutEverywhere(); } }, '退出')] : null);
}

let turn = 0;
const EDITORS_ONLY = new Set(['editions', 'edition', 'people', 'site']);

async function render() {
  const mine = ++turn;
  setLeaveGuard(null);
  renderNav();
  if (!session()) {
    // Signed out: the last screen goes at once (its data is not the next person's to see, and its polls stop).
    main.replaceChildren();
    return signInScreen();
  }
  let [name, ...rest] = route();
  // An editor's screen asked for by a reporter (signed in on the address an editor left): their stories.
  if (EDITORS_ONLY.has(name) && !isEditor()) {
    history.replaceState(null, '', '#/stories/mine');
    shown = location.hash;
    [name, ...rest] = ['stories', 'mine'];
  }
  for (const a of nav.querySelectorAll('a')) {
    if ((location.hash || '#/stories').startsWith(a.getAttribute('href').slice(0, 6))) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  // Each screen draws into its own element, in place at once: a screen whose data answers after the
  // editor has gone on draws into an element no longer on the page, never over the newer screen.
  const screen = h('div', { class: 'screen' });
  main.replaceChildren(screen);
  if (name === 'stories') await storyList(screen, rest[0]);
  else if (name === 'story') await storyEditor(screen, rest[0]);
  else if (name === 'editions' && isEditor()) await editionCalendar(screen, rest[0]);
  else if (name === 'edition' && isEditor()) await editionLayout(screen, rest[0]);
  else if (name === 'import') await importScreen(screen);
  else if (name === 'people' && isEditor()) await peopleScreen(screen);
  else if (name === 'site' && isEditor()) await siteScreen(screen);
  else show(screen, h('h1', {}, '找不到这个页面'), h('p', {}, h('a', { href: '#/stories/mine' }, '回到稿件列表')));
  if (mine !== turn) return;
  document.title = `${main.querySelector('h1')?.textContent || ''} · 编辑台`;
  main.focus({ preventScroll: true });
}

window.addEventListener('hashchange', () => {
  if (location.hash === shown) return;
  if (!mayLeave()) {
    history.replaceState(null, '', shown);
    return;
  }
  shown = location.hash;
  render();
});
onSessionChange(() => { shown = location.hash; render(); });
// A link in the top bar to the screen already shown changes no hash: it still means "start this screen
// afresh" (导入 again is a clean form, not the last page's file and review).
nav.addEventListener('click', (e) => {
  const link = e.target.closest('a');
  if (!link || link.getAttribute('href') !== location.hash || e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  if (mayLeave()) render();
});

try {
  const config = await loadConfig();
  setPaperZone(config.timeZone);
  if (config.signIn === 'cognito') await finishCognito();
} catch (e) {
  toast(e.message);
}
render();
