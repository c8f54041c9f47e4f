// A character diff for the revisions view: the shortest edit between two texts as runs of kept,
// removed and added text (longest common subsequence, after the common head and tail are cut).

/** Texts whose middle parts multiply past this are shown as one removal and one addition. */
const MAX_CELLS = 4_000_000;

/** @returns {{op: '=' | '-' | '+', text: string}[]} */
export function diffText(a, b) {
  const A = [...a];
  const B = [...b];
  let head = 0;
  while (head < A.length && head < B.length && A[head] === B[head]) head++;
  let tail = 0;
  while (tail < A.length - head && tail < B.length - head && A[A.length - 1 - tail] === B[B.length - 1 - tail]) tail++;
  const x = A.slice(head, A.length - tail);
  const y = B.slice(head, B.length - tail);
  const middle = x.length * y.length > MAX_CELLS ? [...x.map((c) => ['-', c]), ...y.map((c) => ['+', c])] : lcs(x, y);
  const ops = [...A.slice(0, head).map((c) => ['=', c]), ...middle, ...A.slice(A.length - tail).map((c) => ['=', c])];
  const runs = [];
  for (const [op, c] of ops) {
    if (runs.length && runs[runs.length - 1].op === op) runs[runs.length - 1].text += c;
    else runs.push({ op, text: c });
  }
  return runs;
}

function lcs(x, y) {
  const n = x.length;
  const m = y.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = x[i] === y[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) { ops.push(['=', x[i]]); i++; j++; }
    else if (table[i + 1][j] >= table[i][j + 1]) ops.push(['-', x[i++]]);
    else ops.push(['+', y[j++]]);
  }
  while (i < n) ops.push(['-', x[i++]]);
  while (j < m) ops.push(['+', y[j++]]);
  return ops;
}
