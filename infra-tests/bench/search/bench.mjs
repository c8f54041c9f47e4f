// Broadsheet's search against Pagefind on one rendered corpus, in Debian's Chromium, one fresh
// browser context (cold cache) per query. Usage: node bench.mjs CORPUS.jsonl SITE_DIR [N_PER_LENGTH]
// SITE_DIR is `make render-corpus` output with Pagefind's index built into SITE_DIR/pagefind.
// ENGINES=broadsheet,pagefind and LENGTHS=2,3,4 choose the rows; LIMIT=n measures only the first n
// queries of each length (the same queries as a full run: they are always drawn N_PER_LENGTH at a time).
// Each query's figures go to stderr as it finishes, so a long run shows its progress.
import { createReadStream, writeFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const [corpusFile, site, perLength = '50'] = process.argv.slice(2);
const port = Number(process.env.PORT || 8601);
const base = `http://127.0.0.1:${port}`;

// Same folding as the site (full-width ASCII, ideographic space, capitals).
const fold = (s) => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
  .replace(/\u3000/g, ' ').replace(/[A-Z]/g, (c) => c.toLowerCase());

function random(seed) { // mulberry32: a fixed, documented sequence of queries
  return () => {
    seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function corpus() {
  const out = [];
  for await (const line of createInterface({ input: createReadStream(corpusFile) })) {
    const a = JSON.parse(line);
    const text = [a.headline, a.kicker, a.subheadline, ...a.paragraphs].filter((s) => s).join('\n');
    out.push({ url: `/editions/${a.edition}/articles/${a.id}/`, text, folded: fold(text) });
  }
  return out;
}

function queries(articles, n) {
  const rng = random(20260105);
  const out = [];
  for (const len of [2, 3, 4]) {
    for (let i = 0; i < n; ) {
      const a = articles[Math.floor(rng() * articles.length)];
      const at = Math.floor(rng() * (a.text.length - len));
      const q = a.text.slice(at, at + len);
      if (/[\n\s]/.test(q)) continue;
      out.push({ q, len, target: a.url, truth: new Set(articles.filter((x) => x.folded.includes(fold(q))).map((x) => x.url)) });
      i++;
    }
  }
  return out;
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };
function serve() {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, base).pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(site, path));
    if (!file.startsWith(normalize(site))) { res.writeHead(400).end(); return; }
    try {
      const body = await readFile(file);
      const ext = file.slice(file.lastIndexOf('.'));
      res.writeHead(200, { 'content-type': types[ext] || 'application/octet-stream', 'content-length': body.length });
      res.end(body);
    } catch { res.writeHead(404).end(); }
  });
  return new Promise((r) => server.listen(port, '127.0.0.1', () => r(server)));
}

async function measure(browser, run) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = [];
  let counting = true;
  page.on('requestfinished', async (req) => {
    if (!counting || req.resourceType() === 'document') return;
    const s = await req.sizes();
    sizes.push(s.responseBodySize + s.responseHeadersSize);
  });
  const result = await run(page);
  await page.waitForTimeout(50);
  counting = false;
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const all = await result.all();
  await context.close();
  return { ...result, bytes, requests: sizes.length, all };
}

const broadsheet = (q) => async (page) => {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => document.querySelector('#search-results li') || /没有找到/.test(document.querySelector('#search-status').textContent));
  const ms = await page.evaluate(() => performance.now());
  const top = await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href')));
  return { ms, top, all: () => page.evaluate(async (query) => {
    const hits = await window.broadsheetSearch.search(window.broadsheetSearch.normalise(query));
    return Promise.all(hits.map((h) => window.broadsheetSearch.describe(h, query).then((r) => r.url)));
  }, q) };
};

// Pagefind's result ids name its fragment files, which hold each page's URL. Recall needs the URL of
// every result, and a short Chinese query can return thousands: reading them here rather than through
// data() in the browser keeps the run affordable and changes nothing in what is measured (those
// reads happen after the query's bytes and time are taken).
function pagefindUrls() {
  const dir = join(site, 'pagefind', 'fragment');
  const urls = new Map();
  if (!existsSync(dir)) return urls;
  for (const f of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    urls.set(f.replace(/\.pf_fragment$/, ''), JSON.parse(text.slice(text.indexOf('{'))).url);
  }
  return urls;
}

const pagefind = (q) => async (page) => {
  await page.goto(`${base}/pagefind-bench.html`);
  const r = await page.evaluate(async (query) => {
    const pf = await import('/pagefind/pagefind.js');
    const s = await pf.search(query);
    const first = s.results.length ? await s.results[0].data() : null;
    const ms = performance.now();
    const top = await Promise.all(s.results.slice(0, 10).map((x) => x.data()));
    window.lastSearch = s;
    return { ms: first ? ms : ms, top: top.map((d) => d.url) };
  }, q);
  return { ...r, all: async () => {
    const ids = await page.evaluate(() => window.lastSearch.results.map((x) => x.id));
    const missing = ids.filter((id) => !fragmentUrls.has(id));
    if (missing.length) throw new Error(`no fragment file for Pagefind results ${missing.slice(0, 3)}`);
    return ids.map((id) => fragmentUrls.get(id));
  } };
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const norm = (u) => u.replace(/index\.html$/, '');

const articles = await corpus();
const fragmentUrls = pagefindUrls();
const qs = queries(articles, Number(perLength));
const engines = (process.env.ENGINES || 'broadsheet,pagefind').split(',');
const lengths = (process.env.LENGTHS || '2,3,4').split(',').map(Number);
const limit = Number(process.env.LIMIT || perLength);
if (!existsSync(join(site, 'pagefind-bench.html'))) {
  writeFileSync(join(site, 'pagefind-bench.html'), '<!doctype html><html lang="zh-CN"><title>bench</title><body></body></html>');
}
const server = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const rows = [];
for (const [name, engine] of [['broadsheet', broadsheet], ['pagefind', pagefind]].filter(([n]) => engines.includes(n))) {
  for (const len of lengths) {
    const stats = { name, len, bytes: [], ms: [], recall: [], inResults: 0, top10: 0, precision: [], requests: [] };
    for (const query of qs.filter((x) => x.len === len).slice(0, limit)) {
      const m = await measure(browser, engine(query.q));
      const returned = new Set(m.all.map(norm));
      const good = [...returned].filter((u) => query.truth.has(u)).length;
      stats.bytes.push(m.bytes);
      stats.requests.push(m.requests);
      stats.ms.push(m.ms);
      stats.recall.push(good / query.truth.size);
      stats.precision.push(returned.size ? good / returned.size : 1);
      if (returned.has(query.target)) stats.inResults++;
      if (m.top.map(norm).includes(query.target)) stats.top10++;
      console.error(JSON.stringify({ engine: name, q: query.q, bytes: m.bytes, ms: Math.round(m.ms), returned: returned.size,
        truth: query.truth.size, good, target: returned.has(query.target), top10: m.top.map(norm).includes(query.target) }));
    }
    const n = stats.bytes.length;
    const row = { engine: name, length: len, queries: n,
      medianKB: +(median(stats.bytes) / 1024).toFixed(1), maxKB: +(Math.max(...stats.bytes) / 1024).toFixed(1),
      medianRequests: median(stats.requests), medianMs: Math.round(median(stats.ms)), maxMs: Math.round(Math.max(...stats.ms)),
      recall: +(stats.recall.reduce((a, b) => a + b, 0) / n * 100).toFixed(1), targetInResults: `${stats.inResults}/${n}`,
      targetInTop10: `${stats.top10}/${n}`, precision: +(stats.precision.reduce((a, b) => a + b, 0) / n * 100).toFixed(1) };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}
await browser.close();
server.close();
console.log('| Engine | Query length | Bytes per query, median / max | Requests (median) | Time to first result, median / max | Recall | Target in results | Target in top 10 | Precision |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.engine} | ${r.length} | ${r.medianKB} KB / ${r.maxKB} KB | ${r.medianRequests} | ${r.medianMs} ms / ${r.maxMs} ms | ${r.recall}% | ${r.targetInResults} | ${r.targetInTop10} | ${r.precision}% |`);
}
