// Each browser test file that makes editions or imports drafts takes its dates from dates.mjs, and no
// two files' ranges meet, so files run against one stack never share an edition. Needs no stack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { FILES, REACH, datesOf } from './dates.mjs';

const here = new URL('./', import.meta.url);
const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs') && f !== 'dates.test.mjs');
const makesEditions = (text) => /\/api\/editions\/\$\{|\/api\/imports\?edition=|期次日期'\)\.fill\(/.test(text);

test('a file that makes editions or imports drafts takes its dates from its own range, not from numbers of its own', () => {
  for (const file of files) {
    const text = readFileSync(new URL(file, here), 'utf8');
    if (!makesEditions(text)) continue;
    assert.match(text, /datesOf\(import\.meta\.url\)/, `${file} takes its dates from dates.mjs`);
    assert.doesNotMatch(text, /Date\.UTC\(|Date\.parse\(paperToday\) -|fill\('\d{4}-\d{2}-\d{2}'\)/, `${file} picks no dates by hand`);
  }
});

test('no two files\' ranges meet, past or ahead, whatever each picked', () => {
  const spans = FILES.map((name) => {
    const d = datesOf(new URL(`${name}.test.mjs`, here).href);
    return { name, past: [d.past(REACH), d.past(0)], ahead: [d.ahead(0), d.ahead(REACH)] };
  });
  for (const kind of ['past', 'ahead']) {
    const sorted = spans.map((s) => [s.name, ...s[kind]]).sort((a, b) => a[1].localeCompare(b[1]));
    for (let i = 1; i < sorted.length; i++) {
      assert.ok(sorted[i - 1][2] < sorted[i][1], `${kind}: ${sorted[i - 1][0]} (to ${sorted[i - 1][2]}) meets ${sorted[i][0]} (from ${sorted[i][1]})`);
    }
  }
  assert.ok(spans.every((s) => s.past[0] >= '1800-01-01'), 'every past date is one an edition may carry');
});
