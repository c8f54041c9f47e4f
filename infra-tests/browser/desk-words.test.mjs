// The desk speaks Chinese: every problem type the API answers with has words of its own, and every kind
// of line the importer writes into its report is told in Chinese. Both read the Java sources, so a new
// problem or a new report line without its words fails here. No browser and no stack needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { problemWords, reportWords, fieldName, printState, printNote, reportLines, preflightWords, blockedStories } from '../../web/desk/js/words.js';

const java = (dir) => readdirSync(new URL(dir, import.meta.url)).filter((f) => f.endsWith('.java'))
  .map((f) => readFileSync(new URL(dir + f, import.meta.url), 'utf8'));
const english = /[A-Za-z]{3,}/;

test('every problem the API can answer with is said in Chinese, with its field errors', () => {
  const sources = [...java('../../functions/src/main/java/news/broadsheet/failure/'), readFileSync(new URL('../../functions/src/main/java/news/broadsheet/http/ProblemMapper.java', import.meta.url), 'utf8')];
  const titles = sources.flatMap((s) => [...s.matchAll(/title\(\)\s*\{\s*return "([^"]+)"/g, ), ...s.matchAll(/problem\(\d+, "([^"]+)"/g)].map((m) => m[1]));
  assert.ok(titles.length >= 13, titles.join());
  for (const title of titles) {
    const type = 'urn:broadsheet:problem:' + title.toLowerCase().replace(/ /g, '-');
    const said = problemWords(499, { type, title, detail: 'some developer English detail' });
    assert.doesNotMatch(said, english, `${title}: ${said}`);
    assert.doesNotMatch(said, /出错了（/, `${title} has words of its own`);
  }
  const layout = problemWords(422, { type: 'urn:broadsheet:problem:validation-failed', errors: [
    { field: '/pages/0/articles/1', message: 'article abc is laid out in edition 2031-01-02; take it off there first' },
    { field: '/number', message: 'is required: the issue number, 1 or more' }] }, (at) => (at === '/pages/0/articles/1' ? '《夜市重开》' : null));
  assert.equal(layout, '内容不符合要求，未保存：《夜市重开》已排在2031-01-02那一期，请先把它移出那一期的版面：期号必须填写');
  assert.equal(fieldName('/pages/1/name'), '第2版名称');
  assert.equal(fieldName('/body/0/text'), '正文第1块');
});

test('every line the importer writes into its report is told in Chinese', () => {
  // FactDoubts holds the doubt a draft settles itself (a photo without its file), which the importer writes.
  const sources = [...java('../../functions/src/main/java/news/broadsheet/importer/'),
    readFileSync(new URL('../../functions/src/main/java/news/broadsheet/article/FactDoubts.java', import.meta.url), 'utf8')].join('\n');
  // Each line's first string literal (recognised.add(…), unsure.add(…), unsure = …), and what comes before it
  // (a field's name), with a sample value where the line goes on after the literal.
  const adds = [...sources.matchAll(/(?:recognised|unsure)\.add\(([^"]*?)"((?:[^"\\]|\\.)*)"|(?:unsure|NO_FILE_YET) = "((?:[^"\\]|\\.)*)"/g)];
  assert.ok(adds.length >= 30, String(adds.length));
  const samples = adds.flatMap(([, before, literal, assigned]) => {
    if (assigned) return [assigned];
    if (/name\(\)/.test(before)) return ['kicker', 'headline', 'subheadline'].map((f) => `${f}: 新桥合龙`);
    if (literal === 'line ') return ['line 3: dateline (as the editor read it)'];
    if (literal.includes('confidence ')) return [`${literal}0.55; the other reading: 主题：新桥合龙`];
    return [literal.endsWith(': ') || literal.endsWith('…') ? `${literal}新桥合龙` : literal];
  });
  for (const line of samples) {
    const said = reportWords(line);
    assert.doesNotMatch(said, /其他提示/, `no words for: ${line}`);
    assert.doesNotMatch(said.replace(/新桥合龙/g, ''), english, `${line} -> ${said}`);
  }
});

test('the import\'s notes on the punctuation it printed full width are said in Chinese', () => {
  const source = readFileSync(new URL('../../functions/src/main/java/news/broadsheet/importer/PrintText.java', import.meta.url), 'utf8');
  assert.match(source, /" half-width punctuation mark"/);
  assert.match(source, /"inside Chinese text/);
  assert.match(source, /"next to Chinese text/);
  assert.equal(reportWords('6 half-width punctuation marks inside Chinese text (, : ; ( ) between Chinese characters) printed full width, as a Chinese paper prints them'),
    '已将6处汉字之间的半角标点改为全角（，：；（））');
  assert.equal(reportWords('1 half-width punctuation mark next to Chinese text (normalizePunctuation=true) printed full width, as a Chinese paper prints them'),
    '已将1处紧挨汉字的半角标点改为全角（，：；（））');
  // Its other notes: Unicode's other line breaks, and lines of only invisible characters.
  assert.match(source, /" Unicode line or paragraph separator"/);
  assert.match(source, /" of only invisible characters/);
  assert.equal(reportWords('2 Unicode line or paragraph separators (U+2028, U+2029, U+0085) read as a space inside the line (U+2028) or a line end'),
    '已将2个Unicode换行符或分段符（U+2028、U+2029、U+0085）读作行内空格或行尾');
  assert.equal(reportWords('3 lines of only invisible characters (direction or zero-width marks, accents with no letter) read as blank'),
    '有3行只含不可见字符（方向标记、零宽字符或无字可附的附加符号），按空行处理');
});

test('every way a 版面 PDF is refused, and every preflight note on the printed pages, is said in Chinese', () => {
  const enumWires = (file) => [...readFileSync(new URL(file, import.meta.url), 'utf8')
    .matchAll(/^\s+([A-Z_]+)[,;(]/gm)].map((m) => m[1].toLowerCase().replace(/_/g, '-'));
  const rejections = enumWires('../../functions/src/main/java/news/broadsheet/epaper/PdfRejection.java');
  assert.ok(rejections.length >= 7, rejections.join());
  for (const rejection of rejections) {
    const said = printState({ status: 'rejected', upload: { rejection } });
    assert.match(said, /^被拒：/);
    assert.doesNotMatch(said, /文件不符合要求/, `${rejection} has words of its own`);
  }
  const issues = [...readFileSync(new URL('../../functions/src/main/java/news/broadsheet/publish/PrintNotes.java', import.meta.url), 'utf8')
    .matchAll(/[A-Z_]+\("([a-z-]+)"\)/g)].map((m) => m[1]);
  assert.deepEqual(issues.sort(), ['expired', 'not-laid-out', 'not-located', 'processing']);
  for (const issue of issues) {
    const said = printNote({ page: 2, issue, articles: ['a1'], headlines: ['新桥合龙'], detail: 'some developer English detail' }, () => '夜市重开');
    assert.match(said, /^第2版：/);
    assert.doesNotMatch(said.replace(/PDF/g, ''), english, `${issue}: ${said}`);
    assert.doesNotMatch(said, /需要查看/, `${issue} has words of its own`);
  }
  assert.match(printState({ status: 'expired', upload: { state: 'expired' } }), /请重新上传/);
  assert.deepEqual(reportLines({ report: { noTextLayer: true, notLocated: [], elsewhere: [], unclaimed: [] } }, String),
    ['扫描件，无法定位稿件（PDF没有文字层）']);
  // A page too dense to read is not called a scan: the editor is told what happened.
  const dense = reportLines({ report: { noTextLayer: false, denseText: true, notLocated: [], elsewhere: [], unclaimed: [] } }, String);
  assert.equal(dense.length, 1);
  assert.match(dense[0], /文字层过密/);
  assert.doesNotMatch(dense[0], /扫描件|所有稿件都已定位/);
});

test('a line read with doubt shows the importer\'s other reading of its head group, in Chinese', () => {
  const said = reportWords('head group read with confidence 0.75; the other reading: 引题 老街改造启动 + 主题 沿街店铺正常营业');
  assert.equal(said, '标题组的读法把握不大（75%），另一种读法：引题 老街改造启动＋主题 沿街店铺正常营业');
  assert.equal(reportWords('headline group read at confidence 0.65; the other reading: 主题 甲 + 副题 乙'),
    '标题组的读法把握不大（65%），另一种读法：主题 甲＋副题 乙');
  assert.equal(reportWords('head group read with confidence 0.6'), '标题组的读法把握不大（60%）');
});

test('a story blocked for one cause is told that cause once, with what to do, never two reasons that contradict', () => {
  // A photo story whose photo has no file: the API names both image-without-file and no-content (what is
  // left once the photo is out), but there is one cause, the missing photo.
  const photo = { article: 'a1', headline: '夜市图片', reasons: ['image-without-file', 'no-content'] };
  const said = preflightWords({ articles: 1, blocks: true, blocking: [photo] }).blocking;
  assert.equal(said.length, 1);
  assert.match(said[0], /照片/);
  assert.match(said[0], /上传/, 'names what to do');
  assert.doesNotMatch(said[0], /没有正文也没有/, 'a story with a photo is not told it has none');
  assert.equal(said[0].match(/照片还没有上传/g)?.length, 1, said[0]);
  assert.equal(blockedStories({ blocking: [photo] }).get('a1'), said[0].replace(/^阻止发布：夜市图片（(.*)）$/, '$1'));
  // Each cause alone names its own fix.
  const only = (reasons) => preflightWords({ articles: 1, blocks: true, blocking: [{ article: 'b', headline: '稿', reasons }] }).blocking[0];
  assert.match(only(['no-content']), /没有正文也没有照片.*(写|加)/);
  assert.match(only(['image-without-file']), /照片还没有上传.*上传/);
  assert.doesNotMatch(only(['image-without-file']), /没有正文/);
});

test('a doubt the editor\'s reading settled is told as settled, in Chinese, with the doubt it was', () => {
  const settled = readFileSync(new URL('../../functions/src/main/java/news/broadsheet/importer/CarriedDoubts.java', import.meta.url), 'utf8')
    .match(/SETTLED = "((?:[^"\\]|\\.)*)"/)[1];
  const said = reportWords(`${settled}byline role not printed; the name is kept without one, as printed`);
  assert.match(said, /按校对结果/);
  assert.match(said, /署名没有印出身份/, said);
  assert.doesNotMatch(said, english, said);
});

test('two actions, two words: a story 移出本版 leaves a 版面, an edition 下线 leaves the site; 撤下 names neither', () => {
  const dir = new URL('../../web/desk/js/', import.meta.url);
  const desk = readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]);
  // 撤下 once meant both, so an editor could not tell "off this page" from "off the site".
  assert.deepEqual(desk.filter(([, s]) => s.includes('撤下')).map(([f]) => f), []);
  const editions = readFileSync(new URL('editions.js', dir), 'utf8');
  assert.match(editions, /'移出本版'/);
  assert.match(editions, /'从网站下线本期'/);
  const layout = problemWords(422, { type: 'urn:broadsheet:problem:validation-failed', errors: [
    { field: '/pages/0/articles/1', message: 'article abc is laid out in edition 2031-01-02; take it off there first' }] },
  () => '《夜市重开》');
  assert.equal(layout, '内容不符合要求，未保存：《夜市重开》已排在2031-01-02那一期，请先把它移出那一期的版面');
});
