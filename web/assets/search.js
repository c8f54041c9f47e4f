// Broadsheet's reader search: exact substring search over the static index the publisher writes
// (format: README, "Search index"). Fetches the directory, then for each segment only the posting
// shards of the query's bigrams, then the result and text-chunk files of the results on screen.
(function () {
  'use strict';
  var PAGE_SIZE = 10;
  var CHUNK = 512;
  var SEPARATOR = 10; // '\n' between fields: never inside a query

  // Same table as SearchText.fold in Java: one UTF-16 unit to one, so offsets survive.
  function fold(s) {
    var out = new Array(s.length);
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
      else if (c === 0x3000) c = 0x20;
      if (c >= 65 && c <= 90) c += 32;
      out[i] = String.fromCharCode(c);
    }
    return out.join('');
  }

  function normalise(q) {
    return fold(q.replace(/\s+/g, ' ').trim());
  }

  // Bigrams at 0, 2, 4, … and the last one: together they cover every unit of the query.
  function offsets(q) {
    var out = [];
    for (var k = 0; k + 2 <= q.length; k += 2) out.push(k);
    if (q.length % 2 === 1) out.push(q.length - 2);
    return out;
  }

  async function shardOf(key, shards) {
    var bytes = new Uint8Array([(key >>> 24) & 255, (key >>> 16) & 255, (key >>> 8) & 255, key & 255]);
    var d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return ((d[0] << 24) | (d[1] << 16) | (d[2] << 8) | d[3]) & (shards - 1);
  }

  function varints(bytes) {
    var at = 0;
    return function () {
      var value = 0, scale = 1, b;
      do {
        b = bytes[at++];
        value += (b & 0x7F) * scale;
        scale *= 128;
      } while (b & 0x80);
      return value;
    };
  }

  // doc -> Set of positions where the bigram starts, or an empty Map.
  function postings(bytes, key) {
    var next = varints(bytes);
    var entries = next(), k = 0;
    for (var e = 0; e < entries; e++) {
      k += next();
      var docs = next(), doc = 0, found = k === key ? new Map() : null;
      for (var d = 0; d < docs; d++) {
        doc += next();
        var n = next(), p = 0, positions = found ? new Set() : null;
        for (var i = 0; i < n; i++) {
          p += next();
          if (positions) positions.add(p);
        }
        if (found) found.set(doc, positions);
      }
      if (found) return found;
      if (k > key) break;
    }
    return new Map();
  }

  var cache = new Map();
  function fetchOnce(url, as) {
    if (!cache.has(url)) {
      cache.set(url, fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return as === 'json' ? r.json() : as === 'text' ? r.text() : r.arrayBuffer().then(function (b) { return new Uint8Array(b); });
      }));
    }
    return cache.get(url);
  }

  async function searchSegment(seg, order, q, keys, offs) {
    var shardIds = await Promise.all(keys.map(function (k) { return shardOf(k, seg.shards); }));
    var shards = await Promise.all(shardIds.map(function (s) { return fetchOnce('/' + seg.path + 's' + s + '.bin', 'bytes'); }));
    var lists = keys.map(function (k, i) { return postings(shards[i], k); });
    var hits = [];
    seg.editions.forEach(function (ed) {
      for (var doc = ed.first; doc < ed.first + ed.count; doc++) {
        var starts = lists[0].get(doc);
        if (!starts) continue;
        for (var p of starts) {
          var all = true;
          for (var i = 1; i < keys.length && all; i++) {
            var at = lists[i].get(doc);
            all = !!at && at.has(p + offs[i]);
          }
          if (all) {
            hits.push({ seg: seg, order: order, date: ed.date, edition: ed, doc: doc, pos: p });
            break;
          }
        }
      }
    });
    return hits;
  }

  async function search(q) {
    var dir = await fetchOnce('/search/index.json', 'json');
    var offs = offsets(q);
    var keys = offs.map(function (k) { return q.charCodeAt(k) * 65536 + q.charCodeAt(k + 1); });
    var perSegment = await Promise.all(dir.segments.map(function (seg, i) { return searchSegment(seg, i, q, keys, offs); }));
    var hits = [].concat.apply([], perSegment);
    hits.sort(function (a, b) {
      return a.date < b.date ? 1 : a.date > b.date ? -1 : a.order - b.order || a.doc - b.doc;
    });
    return hits;
  }

  function dateLabel(iso) {
    var p = iso.split('-');
    return p[0] + '年' + Number(p[1]) + '月' + Number(p[2]) + '日';
  }

  async function describe(hit, q) {
    var results = await fetchOnce('/' + hit.seg.path + 'd-' + hit.date + '.json', 'json');
    var meta = results[hit.doc - hit.edition.first];
    var chunk = Math.floor(hit.pos / CHUNK);
    var texts = [fetchOnce('/' + hit.seg.path + 'c' + hit.doc + '-' + chunk + '.txt', 'text')];
    if (hit.pos + q.length > (chunk + 1) * CHUNK && chunk + 1 < meta[3]) {
      texts.push(fetchOnce('/' + hit.seg.path + 'c' + hit.doc + '-' + (chunk + 1) + '.txt', 'text'));
    }
    var text = (await Promise.all(texts)).join('');
    var at = hit.pos - chunk * CHUNK;
    var from = Math.max(0, at - 30);
    var lineStart = text.lastIndexOf('\n', at);
    if (lineStart >= from) from = lineStart + 1;
    var lineEnd = text.indexOf('\n', at + q.length);
    var to = Math.min(text.length, at + q.length + 60, lineEnd < 0 ? text.length : lineEnd);
    return {
      url: meta[0], headline: meta[1], page: meta[2], date: hit.date,
      before: (from > 0 ? '…' : '') + text.slice(from, at),
      match: text.slice(at, at + q.length),
      after: text.slice(at + q.length, to) + (to < text.length ? '…' : '')
    };
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.append(c); });
    return node;
  }

  function pageLink(q, page, label, current) {
    var href = '/search/?q=' + encodeURIComponent(q) + (page > 1 ? '&page=' + page : '');
    return current ? el('span', { 'aria-current': 'page' }, [label]) : el('a', { href: href }, [label]);
  }

  async function run() {
    var params = new URLSearchParams(location.search);
    var raw = params.get('q') || '';
    var page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
    var input = document.getElementById('q');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var pager = document.getElementById('search-pager');
    document.getElementById('search-needs-js').hidden = true;
    input.value = raw;
    var q = normalise(raw);
    if (!raw.trim()) {
      status.textContent = '输入至少两个字，查找本报发表过的全部文章。';
      return;
    }
    if (q.length < 2) {
      status.textContent = '请至少输入两个字：一个字会出现在几乎每一篇文章里。';
      return;
    }
    status.textContent = '正在搜索“' + raw.trim() + '”…';
    try {
      var hits = await search(q);
      var pages = Math.max(1, Math.ceil(hits.length / PAGE_SIZE));
      page = Math.min(page, pages);
      var shown = hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      var items = await Promise.all(shown.map(function (h) { return describe(h, q); }));
      document.title = '搜索：' + raw.trim() + ' · ' + document.title.split(' · ').pop();
      status.textContent = hits.length === 0 ? '没有找到包含“' + raw.trim() + '”的文章。'
        : '找到 ' + hits.length + ' 篇包含“' + raw.trim() + '”的文章' + (pages > 1 ? '，第 ' + page + '/' + pages + ' 页' : '') + '，最新的在前。';
      list.replaceChildren.apply(list, items.map(function (r) {
        return el('li', {}, [
          el('h2', {}, [el('a', { href: r.url }, [r.headline])]),
          el('p', { class: 'meta' }, [dateLabel(r.date) + ' · ' + r.page]),
          el('p', { class: 'snippet' }, [r.before, el('mark', {}, [r.match]), r.after])
        ]);
      }));
      pager.replaceChildren();
      if (pages > 1) {
        if (page > 1) pager.append(pageLink(raw.trim(), page - 1, '上一页'));
        pager.append(el('span', {}, [' 第 ' + page + ' 页，共 ' + pages + ' 页 ']));
        if (page < pages) pager.append(pageLink(raw.trim(), page + 1, '下一页'));
      }
    } catch (e) {
      status.textContent = '搜索暂时不可用，请稍后再试，或到往期回顾按日期查找。';
    }
  }

  if (typeof document !== 'undefined') {
    // The benchmark and the browser tests ask for every hit, not just the page on screen.
    window.broadsheetSearch = { search: search, describe: describe, normalise: normalise };
    run();
  }
  if (typeof module !== 'undefined') {
    module.exports = { fold: fold, offsets: offsets, normalise: normalise };
  }
})();
