// The paper's wall-clock time for publishAt (web/desk/js/zone.js): a schedule is typed and shown in
// the paper's time zone (template.yaml's PaperTimeZone), whatever zone the editor's computer is in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wallToInstant, instantToWall } from '../../web/desk/js/zone.js';

test('06:00 in Beijing is 22:00 UTC the day before, written with the paper\'s offset', () => {
  assert.equal(wallToInstant('2031-03-02T06:00', 'Asia/Shanghai'), '2031-03-02T06:00:00+08:00');
  assert.equal(Date.parse(wallToInstant('2031-03-02T06:00', 'Asia/Shanghai')), Date.parse('2031-03-01T22:00:00Z'));
  assert.equal(instantToWall('2031-03-01T22:00:00Z', 'Asia/Shanghai'), '2031-03-02T06:00');
});

test('a zone with summer time takes the offset of that day', () => {
  assert.equal(wallToInstant('2031-07-01T06:00', 'Europe/Berlin'), '2031-07-01T06:00:00+02:00');
  assert.equal(wallToInstant('2031-01-15T06:00', 'Europe/Berlin'), '2031-01-15T06:00:00+01:00');
  assert.equal(wallToInstant('2031-01-15T06:00', 'America/St_Johns'), '2031-01-15T06:00:00-03:30');
  assert.equal(instantToWall('2031-07-01T04:00:00Z', 'Europe/Berlin'), '2031-07-01T06:00');
});

test('nothing in, nothing out', () => {
  assert.equal(instantToWall(undefined, 'Asia/Shanghai'), '');
});
