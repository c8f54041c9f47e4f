// A story's preview: the reader page the API renders with the site's own templates
// (GET /api/articles/{id}/preview), shown in a frame sandboxed without scripts or our origin, so
// nothing in the page can reach the desk (or its token). It shows the story as last saved.
import { api, problemText } from './api.js';
import { h, show } from './dom.js';

export function previewPanel(id) {
  const box = h('div', { class: 'preview', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', onclick: async () => {
    show(box, h('p', { class: 'muted' }, '正在生成预览……'));
    try {
      const { data: html } = await api('GET', `/api/articles/${encodeURIComponent(id)}/preview`, { accept: 'text/html', text: true });
      show(box, h('p', { class: 'muted' }, '以下是读者网站将显示的样子（按最后保存的内容，尚未发布）。'),
        h('iframe', { title: '读者网站预览', sandbox: '', srcdoc: html, class: 'preview-frame' }));
    } catch (e) {
      show(box, h('p', { class: 'error', role: 'alert' }, problemText(e)));
    }
  } }, '预览读者页面');
  return h('section', { class: 'panel', 'aria-label': '预览' }, button, box);
}
