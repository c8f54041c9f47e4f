// Building the page without innerHTML: every text goes in as a text node, so nothing the API
// returns (a headline, a problem's detail) can become markup.

/**
 * h('button', {class: 'x', onclick: fn}, '保存') makes an element. Attributes named on* become
 * listeners; `false`, null and undefined attributes are left out; children may be strings, nodes,
 * arrays of them, or null.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'value') el.value = value;
    else if (name === 'checked') el.checked = Boolean(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces what `el` holds with `children`. */
export function show(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let ids = 0;
/** A fresh id for label/input pairs. */
export const uid = (prefix = 'f') => `${prefix}-${++ids}`;

/** A labelled input or textarea: returns [wrapper, control]. */
export function field(label, control, hint) {
  control.id ||= uid();
  const hintEl = hint ? h('span', { class: 'hint', id: control.id + '-hint' }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return [h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hintEl), control];
}

/**
 * A yes or no shown in `box` (a region named by `title`): resolves true on the first button (none when
 * `yes` is null), false on 取消, and empties `box` either way.
 */
export function ask(box, title, yes, ...content) {
  return new Promise((resolve) => {
    const answer = (ok) => { box.replaceChildren(); resolve(ok); };
    show(box, h('section', { class: 'panel confirm', 'aria-labelledby': 'confirm-title' },
      h('h2', { id: 'confirm-title', tabindex: -1 }, title), ...content,
      h('div', { class: 'actions' }, yes ? h('button', { type: 'button', class: 'primary', onclick: () => answer(true) }, yes) : null,
        h('button', { type: 'button', onclick: () => answer(false) }, '取消'))));
    box.querySelector('h2').focus();
  });
}

/** A short message for everyone, screen readers included. */
export function toast(text) {
  const el = document.getElementById('toast');
  el.textContent = text;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { el.textContent = ''; }, 6000);
}

/** The paper's time zone (config.json's timeZone; Asia/Shanghai until it is loaded). */
let paperZone = 'Asia/Shanghai';

/** Sets the paper's time zone once config.json is read; an empty value keeps the default. */
export function setPaperZone(zone) {
  if (zone) paperZone = zone;
}

/** Formats an ISO instant in the paper's time zone, whatever the browser's zone, e.g. 12月6日 08:05. */
export function when(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: paperZone, month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}
