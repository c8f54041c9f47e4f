// The site screen (editors): after a redesign, every published edition rendered again with the
// current design (POST /api/site/rebuild, optional from/to), and the rebuild followed to its end
// (GET /api/rebuilds/{id}). A rebuild already running (GET /api/site/rebuild) is shown, not started
// again; the API runs one at a time and answers 409 with the running one's address.
import { api, ApiError, problemText } from './api.js';
import { h, show, field } from './dom.js';

const STATES = { queued: '排队中', running: '进行中', finishing: '正在生成全站页面', succeeded: '已完成', failed: '部分失败',
  abandoned: '已放弃（长时间没有进展）', unknown: '已结束' };
const COUNTS = { done: '已完成的期数', failed: '失败的期数', pending: '等待中的期数' };
/** The publisher's file counts: for whoever runs the site, folded away in a details element. */
const FILES = { uploaded: '上传的文件', unchanged: '未变的文件' };
const OVER = new Set(['succeeded', 'failed', 'abandoned', 'unknown']);

export async function siteScreen(main) {
  const progress = h('section', { class: 'rebuild', 'aria-label': '重新生成的进度' });
  const message = h('p', { class: 'message', role: 'status' });
  const problem = h('p', { class: 'error', role: 'alert' });
  const [fromF, from] = field('从', h('input', { type: 'date' }), '留空：从最早的一期开始');
  const [toF, to] = field('到', h('input', { type: 'date' }), '留空：到最新的一期为止');
  const start = h('button', { type: 'button', class: 'primary', onclick: () => ask() }, '重新生成已发布的版面');
  let following = null;

  // One press arms the button, the second starts: a rebuild touches every page of the site.
  async function ask() {
    problem.textContent = '';
    // A date typed only in part reads as empty: it would widen the rebuild to the whole archive.
    if (from.validity.badInput || to.validity.badInput) {
      problem.textContent = '日期没有填完整：请填完整的日期，或清空表示不限';
      return;
    }
    if (from.value && to.value && to.value < from.value) {
      problem.textContent = '“到”的日期早于“从”：请把较早的日期填在“从”里';
      return;
    }
    if (start.dataset.armed !== 'yes') {
      start.dataset.armed = 'yes';
      start.textContent = '确认重新生成？再按一次';
      return;
    }
    start.dataset.armed = '';
    start.textContent = '重新生成已发布的版面';
    try {
      const { data } = await api('POST', '/api/site/rebuild', { query: { from: from.value, to: to.value } });
      follow(data.id);
    } catch (e) {
      const running = e instanceof ApiError && e.status === 409 ? String(e.problem.rebuild || '').split('/').pop() : '';
      if (running) follow(running);
      else problem.textContent = problemText(e, (pointer) => ({ '/from': '“从”', '/to': '“到”', from: '“从”', to: '“到”' })[pointer]);
    }
  }

  async function follow(id) {
    following = id;
    start.disabled = true;
    const state = h('p', { class: 'job-state' }, STATES.queued);
    const bar = h('progress', { max: 100, value: 0, 'aria-label': '重新生成的进度' });
    const counts = h('dl', { class: 'counts' });
    const files = h('dl', { class: 'counts' });
    const pace = h('p', { class: 'muted' });
    show(progress, h('h2', {}, '正在重新生成'), state, bar, counts, pace,
      h('details', {}, h('summary', {}, '技术细节（上传的文件数）'), files));
    for (let i = 0; i < 100_000 && following === id && progress.isConnected; i++) {
      let job;
      try {
        ({ data: job } = await api('GET', `/api/rebuilds/${encodeURIComponent(id)}`));
      } catch (e) {
        state.textContent = problemText(e);
        break;
      }
      state.textContent = STATES[job.status] || job.status;
      // The same workers publish filed back issues (?mode=backfill): said as that, not as a redesign's rebuild.
      if (job.mode === 'backfill') progress.querySelector('h2').textContent = OVER.has(job.status) ? '上一次补登往期' : '正在补登往期';
      bar.value = job.total ? Math.round((100 * (job.done + job.failed)) / job.total) : OVER.has(job.status) ? 100 : 0;
      show(counts, Object.entries(COUNTS).map(([k, label]) => [h('dt', {}, label), h('dd', {}, String(job[k] ?? 0))]));
      show(files, Object.entries(FILES).map(([k, label]) => [h('dt', {}, label), h('dd', {}, String(job[k] ?? 0))]));
      pace.textContent = [job.total !== undefined && `共 ${job.total} 期`,
        // A pace says something while editions remain; over a handful it is noise ("每分钟 116 期" for 2).
        job.editionsPerMinute && !OVER.has(job.status) && `每分钟 ${Math.round(job.editionsPerMinute)} 期`,
        job.secondsLeft && !OVER.has(job.status) && `约 ${Math.ceil(job.secondsLeft / 60)} 分钟后完成`].filter(Boolean).join(' · ');
      if (OVER.has(job.status)) {
        if (job.mode !== 'backfill') progress.querySelector('h2').textContent = '上一次重新生成';
        if (job.failures?.length) progress.append(h('ul', { class: 'failures' }, job.failures.map((f) => h('li', {}, f))));
        message.textContent = job.status !== 'succeeded' ? '' : job.mode === 'backfill' ? `往期已补登到网站：${job.done} 期。`
          : job.total === 0 ? '这段日期里没有已发布的期数：没有页面需要重新生成。'
            : !job.uploaded ? `已检查 ${job.done} 期：页面和现在的设计一致，没有需要更新的文件，读者看到的就是现在的设计。`
            : `已用现在的设计重新生成 ${job.done} 期的版面和稿件页，读者现在打开就能看到；CDN 正在刷新先前缓存的页面，通常几分钟内各地读者都会看到新版。`;
        break;
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    if (following === id) start.disabled = false;
  }

  show(main, h('h1', {}, '网站'),
    h('section', { class: 'panel' }, h('h2', {}, '用现在的设计重新生成'),
      h('p', {}, '网站改版（模板或样式）之后，已经发布的版面不会自己更新。重新生成会按每期发布时的稿件版本，用现在的设计重新生成这些页面，只上传有变化的文件，最后更新首页、往期和网站地图。读者在过程中照常访问。'),
      h('div', { class: 'row' }, fromF, toF), h('div', { class: 'actions' }, start), problem),
    message, progress);
  try {
    const { data } = await api('GET', '/api/site/rebuild');
    follow(data.id);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) show(progress, h('p', { class: 'muted' }, '现在没有正在进行的重新生成。'));
    else problem.textContent = problemText(e);
  }
}
