// Edition dates of a test file's own. Files run against one stack, one after another or at once, and
// an edition (its 版面, its drafts, its publications, its month in the desk's calendar) is shared
// state: two files on one date, or one month, would see each other's work. So each file that makes
// editions or imports drafts has a slot below, and every date it uses lies in that slot alone.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const DAY = 86_400_000;
/** A file's first date is picked at random among this many days, so a rerun on a kept stack seldom meets the last run. */
const SPREAD = 600;
/** How far past its first date a file may go (`past(k)`, `ahead(k)` with k up to this). */
export const REACH = 1800;
const SLOT = SPREAD + REACH;
/** Past ranges start this far back: never the sample edition's day, never the front page's edition. */
const PAST_FROM = 30;
/** Ranges ahead start here; an edition there is only laid out or scheduled, never published. */
const AHEAD_FROM = Date.UTC(2040, 0, 1);

/** One slot per file, in any order: adding a file appends it. 22 past slots reach back about 145 years (dates from 1800 are taken). */
export const FILES = [
  'desk', 'desk-import', 'desk-import-asread', 'desk-trial', 'desk-first-publish', 'desk-pages', 'desk-print',
  'desk-reimport', 'desk-blocked', 'reader-lines', 'desk-new-edition', 'desk-import-source', 'desk-quiet',
  'desk-unsaved', 'desk-place', 'desk-drag', 'desk-doubts', 'desk-bulk', 'desk-preview', 'desk-site',
  'desk-taken-down', 'desk-import-punctuation', 'site-archive',
];

const paperToday = Date.parse(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()));
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The dates of the test file at `url` (its `import.meta.url`): `past(k)` is k days further back than
 * the file's first past date (an edition there may be published: it is not after tomorrow in the
 * paper's zone, make run's Asia/Shanghai), `ahead(k)` k days after its first date far ahead.
 */
export function datesOf(url) {
  const name = basename(fileURLToPath(url)).replace(/(\.test)?\.mjs$/, '');
  const slot = FILES.indexOf(name);
  if (slot < 0) throw new Error(`${name} has no range of dates: add it to FILES in dates.mjs`);
  const first = slot * SLOT + Math.floor(Math.random() * SPREAD);
  const within = (k) => {
    if (!(k >= 0 && k <= REACH)) throw new Error(`${k} days is outside ${name}'s range (0 to ${REACH})`);
    return k;
  };
  return {
    past: (k = 0) => iso(paperToday - (PAST_FROM + first + within(k)) * DAY),
    ahead: (k = 0) => iso(AHEAD_FROM + (first + within(k)) * DAY),
  };
}
