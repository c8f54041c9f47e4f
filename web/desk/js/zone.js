// Wall-clock times in the paper's time zone (an IANA name such as Asia/Shanghai), for publishAt:
// the editor types and reads "06:00" as the paper's 06:00, whatever zone their computer is in.
// Intl gives a zone's offset at an instant; a wall time's offset is found by asking at the guess.

const pad = (n) => String(n).padStart(2, '0');

function parts(instant, zone) {
  const fields = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(instant);
  const get = (type) => Number(fields.find((f) => f.type === type).value);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** The zone's offset from UTC at `instant`, in minutes (480 for Asia/Shanghai). */
function offsetAt(instant, zone) {
  const p = parts(instant, zone);
  return Math.round((Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - instant.getTime()) / 60000);
}

/** '2031-03-02T06:00' in `zone` as ISO 8601 with that zone's offset: '2031-03-02T06:00:00+08:00'. */
export function wallToInstant(wall, zone) {
  const [date, time] = wall.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Twice: the offset at the first guess may be across a summer-time change from the answer.
  let offset = offsetAt(new Date(asUtc), zone);
  offset = offsetAt(new Date(asUtc - offset * 60000), zone);
  const sign = offset >= 0 ? '+' : '-';
  return `${date}T${pad(h)}:${pad(mi)}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** An instant as a datetime-local value in `zone` ('2031-03-02T06:00'), or '' for none. */
export function instantToWall(instant, zone) {
  if (!instant) return '';
  const p = parts(new Date(instant), zone);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}`;
}

/** The paper's calendar date `days` after today in `zone` ('2031-03-03'): an edition is dated by the paper's day. */
export function paperDate(zone, days = 0, now = new Date()) {
  const p = parts(now, zone);
  return new Date(Date.UTC(p.y, p.mo - 1, p.d + days)).toISOString().slice(0, 10);
}
