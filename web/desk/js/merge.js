// What a save sends and what a 412 offers: the article's editable fields compared as values.
// Pure functions (no DOM), tested in desk-merge.test.mjs.

/** The fields a person edits in the desk, in the order the conflict view lists them. */
export const FIELDS = ['kicker', 'headline', 'subheadline', 'column', 'byline', 'dateline', 'body', 'status'];

export const LABELS = { kicker: '引题', headline: '主题', subheadline: '副题', column: '栏目', byline: '署名',
  dateline: '电头', body: '正文', status: '状态' };

const empty = (v) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
/** A value's JSON with every object's keys sorted: the API may give a block's keys in another order than the form. */
const canonical = (v) => JSON.stringify(v, (key, value) => (value && typeof value === 'object' && !Array.isArray(value)
  ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]])) : value));
/** Two field values are the same when their canonical JSON is (an absent field equals an empty one). */
export const same = (a, b) => (empty(a) && empty(b)) || canonical(a) === canonical(b);

/**
 * The RFC 7396 merge patch that turns `from` into `to` over FIELDS: changed fields with their new
 * value, emptied optional fields as null (the headline is never removed; the API would refuse it).
 */
export function mergePatch(from, to) {
  const patch = {};
  for (const f of FIELDS) {
    if (same(from[f], to[f])) continue;
    patch[f] = empty(to[f]) && f !== 'headline' ? null : to[f];
  }
  return patch;
}

/**
 * A three-way comparison after a 412: `base` is what the editor read, `mine` the form, `theirs` the
 * version that won. Each field is one of
 *   'same'      nobody changed it, or both made the same change;
 *   'mine'      only I changed it: a merge keeps mine;
 *   'theirs'    only they changed it: a merge takes theirs;
 *   'conflict'  both changed it differently: the person chooses.
 * The body is compared block by block when all three have the same number of blocks, so two people
 * editing different paragraphs do not conflict.
 */
export function threeWay(base, mine, theirs) {
  const fields = {};
  for (const f of FIELDS) {
    if (f === 'body' && sameLength(base.body, mine.body, theirs.body)) {
      const blocks = (base.body || []).map((b, i) => side(b, mine.body[i], theirs.body[i]));
      fields.body = blocks.includes('conflict') ? 'conflict' : blocks.every((s) => s === 'same') ? 'same'
        : blocks.includes('mine') && blocks.includes('theirs') ? 'both' : blocks.find((s) => s !== 'same');
      fields.bodyBlocks = blocks;
    } else {
      fields[f] = side(base[f], mine[f], theirs[f]);
    }
  }
  return fields;
}

function side(base, mine, theirs) {
  if (same(mine, theirs)) return 'same';
  if (same(base, theirs)) return 'mine';
  if (same(base, mine)) return 'theirs';
  return 'conflict';
}

const sameLength = (...lists) => lists.every((l) => Array.isArray(l)) && lists.every((l) => l.length === lists[0].length);

/**
 * The merged article: each field by the three-way rule, conflicts as `choices[field]` says ('mine'
 * or 'theirs', mine when unsaid), the body block by block where it can be.
 */
export function merged(base, mine, theirs, choices = {}) {
  const result = {};
  const sides = threeWay(base, mine, theirs);
  for (const f of FIELDS) {
    const pick = sides[f] === 'conflict' ? (choices[f] || 'mine') : sides[f];
    if (f === 'body' && sides.bodyBlocks && pick !== 'mine' && pick !== 'theirs' && pick !== 'same') {
      result.body = sides.bodyBlocks.map((s, i) => (s === 'theirs' ? theirs.body[i] : mine.body[i]));
    } else if (f === 'body' && sides.bodyBlocks && sides[f] === 'conflict') {
      result.body = sides.bodyBlocks.map((s, i) => (s === 'theirs' || (s === 'conflict' && pick === 'theirs') ? theirs.body[i] : mine.body[i]));
    } else {
      result[f] = pick === 'theirs' ? theirs[f] : mine[f];
    }
  }
  return result;
}

/** A field's value as one line of text, for the conflict view. */
export function describe(field, value) {
  if (empty(value)) return '（空）';
  if (field === 'byline') return value.map((b) => [b.role, b.name].filter(Boolean).join(' ')).join('、');
  if (field === 'body') return value.map((b) => b.text ?? b.caption ?? b.src ?? '').join('\n');
  if (field === 'status') return STATUS[value] || value;
  return String(value);
}

export const STATUS = { draft: '草稿', ready: '待编', published: '已发布', withdrawn: '已撤稿' };
