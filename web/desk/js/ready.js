// Marking several drafts 待编 at once (after an import, a page's twenty drafts): each is the same save
// the story editor's 交稿 sends, a merge patch of the status with the version the list read, so a
// draft someone saved since the list was read is refused (412), named, and left as it is.
import { ApiError, problemText } from './api.js';
import { patchArticle, etagOf } from './save.js';

/** Requests in flight at once: enough to be quick on a page of drafts, few enough to spare the API. */
const AT_ONCE = 3;

/**
 * Marks each of `stories` (articles as a list gave them) ready, AT_ONCE at a time, calling
 * progress(done, total) after each. Resolves, in the order given, to {story, saved} (the article
 * as saved) or {story, error} (an ApiError, or a network failure); never rejects.
 */
export async function markReady(stories, progress = () => {}) {
  const results = new Array(stories.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < stories.length) {
      const i = next++;
      const story = stories[i];
      try {
        results[i] = { story, saved: (await patchArticle(story.id, { status: 'ready' }, etagOf(story))).data };
      } catch (error) {
        results[i] = { story, error };
      }
      progress(++done, stories.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, stories.length) }, worker));
  return results;
}

/** Why a story was not marked, in the newsroom's words. */
export function whyNotReady(error) {
  if (error instanceof ApiError && error.status === 412) {
    return '列表读取之后已被他人修改，没有标为待编：请打开看过后再交稿';
  }
  return problemText(error);
}
