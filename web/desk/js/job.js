// A publication's live progress, polled until it has finished, then what it means for readers: the
// 版面 and stories on the site, whether readers see them now and when the CDN shows them. The
// publisher's file counts are for whoever runs the site: folded away in a details element.
import { api, problemText } from './api.js';
import { h, show, when } from './dom.js';
import { onSite } from './onsite.js';

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
  const summary = h('p', { class: 'job-summary', role: 'status', hidden: true });
  show(box, h('div', { class: 'job' }, state, bar, summary,
    h('details', {}, h('summary', {}, '技术细节（生成和上传的文件数）'), counts)));
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
      if (job.status === 'succeeded') {
        summary.textContent = await outcome(job);
        summary.hidden = false;
      }
      if (job.status === 'succeeded' && siteLink) box.querySelector('.job').append(h('p', {}, h('a', { href: siteLink, class: 'button', target: '_blank', rel: 'noopener' }, '在读者网站查看')));
      if (job.error) state.textContent += `：${job.error.title} ${job.error.detail}`;
      return job;
    }
    await new Promise((r) => setTimeout(r, every));
  }
  state.textContent = '发布仍在进行，请稍后刷新查看';
  return null;
}

/**
 * When the CDN shows what changed: HTML is cached a day by CloudFront, which the publisher invalidates
 * for the pages it changed (docs/reader-site.md), and a minute by readers' browsers.
 */
const cdnWords = (job) => (job.invalidation && job.invalidation !== 'none'
  ? '读者现在打开就能看到；CDN 正在刷新先前缓存的页面，通常几分钟内各地读者都会看到新版，浏览器里已打开的旧页面最多再保留一分钟。'
  : '读者现在就能看到：CDN 上没有需要刷新的旧页面。');

/** What a finished publication means for readers, from the published record (GET …/on-site). */
async function outcome(job) {
  if (job.kind === 'take-down') return `本期已从网站下线。${job.invalidation && job.invalidation !== 'none' ? 'CDN 正在刷新先前缓存的页面，通常几分钟内各地读者都不再能看到。' : ''}`;
  const site = job.edition ? await onSite(job.edition).catch(() => null) : null;
  if (!site) return `发布已完成。${cdnWords(job)}`;
  const pages = new Set(site.articles.map((a) => a.page)).size;
  return `已发布 ${pages} 个版面、${site.articles.length} 篇稿件（网站上的版本发布于${when(site.committedAt)}）。${cdnWords(job)}`;
}
