// Hash routes (#/stories/mine, #/story/ID, #/editions, #/edition/DATE, #/import): the desk is one
// static page, so any CloudFront or file server can serve it without rewrite rules.

let guard = null;
/** A screen with unsaved work registers a function that returns the question to ask, or null. */
export function setLeaveGuard(fn) {
  guard = fn;
}

/** Whether the person agrees to leave the current screen (always, when nothing is unsaved). */
export function mayLeave() {
  const question = guard?.();
  return !question || window.confirm(question);
}

window.addEventListener('beforeunload', (e) => {
  if (guard?.()) e.preventDefault();
});

/** The route as [name, ...parts], e.g. ['story', 'abc']. */
export function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return parts.length ? parts : ['stories'];
}
