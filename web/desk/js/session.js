// Who is signed in. Tokens live in this module's memory only (never localStorage or cookies), so a
// script injected into the page finds nothing stored to read, and a reload signs out.

let current = null;
const listeners = new Set();

/** @returns {{token: string, role: 'editor'|'reporter', name: string, refresh?: Function} | null} */
export const session = () => current;
export const isEditor = () => current?.role === 'editor';

export function signIn(next) {
  current = next;
  listeners.forEach((fn) => fn(current));
}

export function signOut() {
  current = null;
  listeners.forEach((fn) => fn(current));
}

export function onSessionChange(fn) {
  listeners.add(fn);
}

/** The role a Cognito token's groups give (editor wins), or null. */
export function roleFromClaims(claims) {
  const groups = claims?.['cognito:groups'] || [];
  return groups.includes('editor') ? 'editor' : groups.includes('reporter') ? 'reporter' : null;
}
