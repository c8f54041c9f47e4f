// The desk's only way to the back end: the public API of openapi.yaml, with the bearer token from
// memory. Every API path in this folder is written out whole as a string literal, so
// desk-routes.test.mjs can check each one against the spec.
import { session, signOut } from './session.js';
import { problemWords } from './words.js';

/** An answer that was not 2xx: the status and the RFC 9457 problem (title, detail, errors…). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

/**
 * Calls the API. `body` is sent as JSON unless it is a string or Blob; `type` names its content
 * type; `etag` becomes If-Match, `absent` If-None-Match: * (create only if nobody has: RFC 9110
 * section 13.1.2, so losing that race is a 412 like any other); `text` keeps a 2xx body as text (an HTML preview), `accept` asks for it.
 * Resolves to {status, etag, location, data}; rejects with ApiError.
 */
export async function api(method, path, { query, body, type, etag, absent, signal, text: asText, accept } = {}) {
  const s = session();
  const headers = { Accept: `${accept || 'application/json'}, application/problem+json` };
  if (s) headers.Authorization = `Bearer ${await freshToken(s)}`;
  // The session this request speaks for (a refresh may have replaced s).
  const asked = session();
  if (etag) headers['If-Match'] = etag;
  else if (absent) headers['If-None-Match'] = '*';
  let payload;
  if (body !== undefined) {
    const raw = typeof body === 'string' || body instanceof Blob;
    headers['Content-Type'] = type || 'application/json';
    payload = raw ? body : JSON.stringify(body);
  }
  const qs = query ? '?' + new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) : '';
  const response = await fetch(path + (qs === '?' ? '' : qs), { method, headers, body: payload, signal, credentials: 'omit' });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { detail: text };
  }
  // A 401 ends the session that asked; someone who signed in on this tab since (an answer that came
  // late, a poll sent while signed out) stays signed in.
  if (response.status === 401 && session() === asked) signOut();
  if (!response.ok) throw new ApiError(response.status, data);
  if (asText) data = text;
  return { status: response.status, etag: response.headers.get('ETag'), location: response.headers.get('Location'), data };
}

/** A Cognito session refreshes its token a minute before it expires; a local token never expires. */
async function freshToken(s) {
  if (s.refresh && s.expiresAt && Date.now() > s.expiresAt - 60_000) await s.refresh();
  return session()?.token ?? s.token;
}

/**
 * A problem in the newsroom's words (words.js: by its type, then each field error); `label(pointer)`
 * may name a field as the screen knows it (the story at /pages/0/articles/1).
 */
export function problemText(error, label) {
  if (!(error instanceof ApiError)) return `无法连接服务器，请检查网络后重试`;
  return problemWords(error.status, error.problem, label);
}
