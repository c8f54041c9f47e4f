// A publication's live progress: the job's counts as they move, polled until it has finished.
import { api, problemText } from './api.js';
import { h, show } from './dom.js';

const COUNTS = { rendered: '已生成', uploaded: '已上传', unchanged: '未变', deleted: '已删除', invalidated: '已刷新缓存' };
const STATES = { queued: '排队中', running: '进行中', succeeded: '已完成', failed: '失败' };

/**
 * Follows publication `id` in `box` every `every` ms until `finishedAt`; resolves with the job.
 * `siteLink` (a reader-site path) is offered once it has succeeded.
 */
export async function followJob(box, id, siteLink, every = 700) {
  const bar = h('progress', { max: 100, value: 0, 'aria-label': '发布进度' });
  const state = h('p', { class: 'job-state', role: 'status' }, STATES.queued);
  const counts = h('dl', { class: 'counts' });
  show(box, h('div', { class: 'job' }, state, bar, counts));
  for (let i = 0; i < 600; i++) {
    let job;
    try {
      ({ data: job } = await api('GET', `/api/publications/${encodeURIComponent(id)}`));
    } catch (e) {
      state.textContent = problemText(e);
      return null;
    }
    const done = Boolean(job.finishedAt);
    const moved = job.uploaded + job.unchanged;
    bar.value = done ? 100 : job.rendered ? Math.min(95, 10 + Math.round((85 * moved) / Math.max(1, job.rendered))) : 5;
    state.textContent = STATES[job.status] || job.status;
    show(counts, Object.entries(COUNTS).map(([k, label]) => [h('dt', {}, label), h('dd', {}, String(job[k] ?? 0))]));
    if (done) {
      if (job.status === 'succeeded' && siteLink) box.querySelector('.job').append(h('p', {}, h('a', { href: siteLink, class: 'button', target: '_blank', rel: 'noopener' }, '在读者网站查看')));
      if (job.error) state.textContent += `：${job.error.title} ${job.error.detail}`;
      return job;
    }
    await new Promise((r) => setTimeout(r, every));
  }
  state.textContent = '发布仍在进行，请稍后刷新查看';
  return null;
}
