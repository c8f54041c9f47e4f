// Saving an article's changes, the one way the desk does it: an RFC 7396 merge patch of what changed,
// with If-Match naming the version read, so a change someone else saved meanwhile is a 412 and is
// never overwritten.
import { api } from './api.js';

/**
 * Sends `patch` (only the fields to change) to article `id`, If-Match `etag`. Resolves to
 * {status, etag, data} (data: the article as saved); rejects with ApiError (412: saved by someone since).
 */
export function patchArticle(id, patch, etag) {
  return api('PATCH', `/api/articles/${encodeURIComponent(id)}`, { body: patch, type: 'application/merge-patch+json', etag });
}

/** The ETag of an article as a list gave it: the API's ETag is its version in quotes (openapi.yaml). */
export const etagOf = (article) => `"${article.version}"`;
