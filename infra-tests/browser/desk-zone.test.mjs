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

test('the paper\'s date: tomorrow in Beijing may be two days after the date in Los Angeles', async () => {
  const { paperDate } = await import('../../web/desk/js/zone.js');
  const now = new Date('2031-03-01T20:00:00Z');
  assert.equal(paperDate('Asia/Shanghai', 0, now), '2031-03-02');
  assert.equal(paperDate('Asia/Shanghai', 1, now), '2031-03-03');
  assert.equal(paperDate('America/Los_Angeles', 1, now), '2031-03-02');
  assert.equal(paperDate('Asia/Shanghai', 1, new Date('2031-12-31T16:00:00Z')), '2032-01-02');
});
