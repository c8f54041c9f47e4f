// Chinese input methods compose a character from pinyin or strokes before committing it. While a
// composition is open the field holds provisional text, and Enter confirms a candidate rather than
// meaning "new paragraph" or "search". So the desk never rewrites a field, saves, or acts on Enter
// while anything is composing; work asked for meanwhile runs once the composition has ended
// (on the next task, when the committed text is in the field).

let composing = 0;
let waiting = [];

document.addEventListener('compositionstart', () => { composing += 1; }, true);
document.addEventListener('compositionend', () => {
  composing = Math.max(0, composing - 1);
  if (composing === 0) setTimeout(flush, 0);
}, true);
// A field that loses focus mid-composition has its composition committed or dropped by the browser.
document.addEventListener('focusout', () => { if (composing) { composing = 0; setTimeout(flush, 0); } }, true);

function flush() {
  const run = waiting;
  waiting = [];
  run.forEach((fn) => fn());
}

/** True while a composition is open, or when `event` belongs to one (keyCode 229 is Safari's and old Chrome's sign). */
export function isComposing(event) {
  return composing > 0 || Boolean(event?.isComposing) || event?.keyCode === 229;
}

/** Runs `fn` now, or when the open composition ends; resolves with its result. */
export function afterComposition(fn) {
  if (!composing) return Promise.resolve().then(fn);
  return new Promise((resolve, reject) => waiting.push(() => Promise.resolve().then(fn).then(resolve, reject)));
}
