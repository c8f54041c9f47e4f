// The desk speaks Chinese: the API's problems (RFC 9457) are told by their `type`, field errors by the
// field they name, and the importer's report by the kind of thing it recognised or doubted. The API's
// own English detail is for developers and logs; an editor never has to read it.

const PROBLEMS = {
  'bad-request': '请求有误',
  unauthenticated: '登录已失效，请重新登录',
  forbidden: '你的角色不能做这件事',
  'not-found': '找不到这项内容，可能已被删除',
  'method-not-allowed': '不支持这个操作',
  conflict: '与现有内容冲突',
  'edition-busy': '本期已有一次发布在排队或进行中，请等它结束后再发布',
  'version-conflict': '内容已被他人修改，请重新打开后再改',
  'payload-too-large': '内容太大，请分成几部分',
  'unsupported-media-type': '不支持这种文件格式',
  'validation-failed': '内容不符合要求，未保存',
  'edition-not-ready-to-publish': '本期还不能发布',
  'precondition-required': '请先打开最新的版本再修改',
  'out-of-time': '服务器忙，这次操作没有完成，请稍后再试',
  'internal-error': '服务器出错了，这次操作没有改动任何内容',
  'response-too-large': '结果太大，无法显示',
};
const BY_STATUS = { 400: 'bad-request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not-found', 409: 'conflict',
  412: 'version-conflict', 413: 'payload-too-large', 415: 'unsupported-media-type', 422: 'validation-failed',
  428: 'precondition-required', 500: 'internal-error', 503: 'out-of-time' };

const FIELDS = { headline: '主题', kicker: '引题', subheadline: '副题', summary: '内容提要', column: '栏目', byline: '署名',
  dateline: '电头', body: '正文', edition: '期次日期', page: '版次', status: '状态', slug: '网址名', tags: '标签',
  embargoUntil: '禁发时间', importDoubts: '导入存疑', number: '期号', pages: '版面', publishAt: '定时发布', note: '说明文字', type: '类型',
  name: '名称', reading: '校对结果', from: '起始日期', to: '结束日期', limit: '每页条数', date: '日期' };

/** A field pointer (/pages/0/articles/1, /body/2/text, headline) in the newsroom's words. */
export function fieldName(pointer) {
  const parts = String(pointer || '').replace(/^\//, '').split('/').filter(Boolean);
  const words = [];
  for (let i = 0; i < parts.length; i++) {
    const [name, index] = [parts[i], parts[i + 1]];
    const n = /^\d+$/.test(index ?? '') ? Number(index) + 1 : null;
    // A 版面's number is its 版次 (not the edition's 期号); its place in the list is no help there.
    if (name === 'pages' && n && parts[i + 2] === 'number') { words.push('版次'); i += 2; continue; }
    if (name === 'pages' && n) words.push(`第${n}版`);
    else if (name === 'articles' && n) words.push(`第${n}篇`);
    else if (name === 'body' && n) words.push(`正文第${n}块`);
    else if (name === 'byline' && n) words.push(`署名${n}`);
    else if (name === 'text') words.push(i === 0 ? '版面文字' : '');   // a block's text is the block itself
    else words.push(FIELDS[name] || '');
    if (n) i++;
  }
  return words.filter(Boolean).join('');
}

// What a field error says, by the shape of the API's message; anything else is "不符合要求".
const FIELD_MESSAGES = [
  [/laid out in edition (\d{4}-\d{2}-\d{2})/, (m) => `已排在${m[1]}那一期，请先把它移出那一期的版面`],
  [/^no article/, () => '稿件不存在（可能已被删除）'],
  [/placed once/, () => '同一篇稿件在一期里只能排一次'],
  [/not in the future/, () => '时间已过，请填写将来的时间；要立即发布请按“发布本期”'],
  [/is required/, () => '必须填写'],
  [/at most (\d+) (?:characters|chars)/, (m) => `最多${m[1]}个字`],
  [/page number (\d+) is on two pages/, (m) => `有两个第${m[1]}版，每个版次只能用一次`],
  [/must be a page number from 1 to (\d+)/, (m) => `应在1到${m[1]}之间`],
  [/at most (\d+) articles/, (m) => `每版最多${m[1]}篇稿件`],
  [/between 1 and (\d+) pages/, (m) => `需要1到${m[1]}个版面`],
  [/one line|line break/, () => '只能写一行'],
  [/blank|empty/, () => '不能为空'],
  [/date/, () => '日期不对'],
];

function fieldMessage(message) {
  for (const [pattern, say] of FIELD_MESSAGES) {
    const m = String(message || '').match(pattern);
    if (m) return say(m);
  }
  return '不符合要求';
}

/**
 * A problem as an editor reads it: what happened (by its `type`, or its status), then each field error.
 * `label(pointer)` may name a field better than fieldName can (the layout names the story at
 * /pages/0/articles/1).
 */
export function problemWords(status, problem = {}, label = () => null) {
  const type = String(problem.type || '').replace(/^urn:broadsheet:problem:/, '');
  const head = PROBLEMS[type] || PROBLEMS[BY_STATUS[status]] || `出错了（${status}）`;
  const fields = (problem.errors || []).map((e) => {
    const at = e.field ?? e.pointer ?? '';
    return `${label(at) || fieldName(at) || '内容'}${fieldMessage(e.message ?? e.detail)}`;
  });
  return [head, ...fields].join('：');
}

// The importer's report, line by line: "kicker: 温暖过冬" and "byline role not printed; …".
const ROLE = { kicker: '引题', headline: '主题', subheadline: '副题', column: '栏目', dateline: '电头', byline: '署名',
  paragraph: '段落', intertitle: '小标题', caption: '图片说明', credit: '摄影', note: '注' };
const REPORT = [
  // CarriedDoubts.SETTLED: a doubt of the importer that the editor's reading answered.
  [/^the importer's doubt, settled by the editor's reading: (.*)/s, (m) => `已按校对结果处理（导入程序原先提示：${reportWords(m[1])}）`],
  [/^line (\d+): (\w+) \(as the editor read it\)/, (m) => `第${m[1]}行：${ROLE[m[2]] || m[2]}（按校对结果）`],
  [/^(kicker|headline|subheadline|dateline|byline|column|intertitle): (.*?)( \(the banner spans the stories under it\))?$/s,
    (m) => `${ROLE[m[1]]}：${m[2]}${m[3] ? '（通栏，管下面各篇）' : ''}`],
  [/^byline inside the dateline: (.*)/s, (m) => `电头中的署名：${m[1]}`],
  [/^continuation note: (.*)/s, (m) => `转版标记：${m[1]}`],
  [/^rejoined column break: (.*)/s, (m) => `接上了分栏断开的句子：${m[1].replace(' + ', '＋')}`],
  [/^notice$/, () => '启事'],
  // PrintText: how many half-width marks inside Chinese text the import printed full width.
  [/^(\d+) half-width punctuation marks? (inside|next to) Chinese text/, (m) => `已将${m[1]}处${m[2] === 'inside' ? '汉字之间的' : '紧挨汉字的'}半角标点改为全角（，：；（））`],
  // PrintText: Unicode's other line breaks, and lines that show nothing, as the import read them.
  [/^(\d+) Unicode line or paragraph separators? \(/, (m) => `已将${m[1]}个Unicode换行符或分段符（U+2028、U+2029、U+0085）读作行内空格或行尾`],
  [/^(\d+) lines? of only invisible characters/, (m) => `有${m[1]}行只含不可见字符（方向标记、零宽字符或无字可附的附加符号），按空行处理`],
  // Briefs under one archive header: the banner over them was read as each one's 栏目.
  [/^栏目 read from a banner over several briefs/, () => '栏目取自几则简讯上方的通栏标题：请核对第一则简讯的主题'],
  // A photo label (图片新闻, 新华社图片) over a headline: read as the story's 栏目 and tag.
  [/^photo label: (.*)/s, (m) => `图片栏目：${m[1]}（作为栏目和标签）`],
  // The rules' evidence that follows is for developers: the editor is told what to check.
  [/line-role model could hardly tell/, () => '难以分辨是“引题＋主题”还是“主题＋副题”，已按标题组规则读出，请核对'],
  [/^image with caption and credit$/, () => '图片及其说明、摄影'],
  [/no headline line in the reading/, () => '校对结果里没有主题行：主题取自第一个小标题或第一句'],
  [/placed this line in no story/, () => '这一行没有归入任何稿件，暂作上一篇的段落'],
  [/head group read without a headline line/, () => '标题组里没有主题行，把唯一的一行当作主题'],
  [/text before the page's first headline/, () => '版面第一个标题之前的文字：没有标题，主题是自动生成的'],
  [/byline role not printed/, () => '署名没有印出身份（记者、通讯员等），按原样保留姓名'],
  [/no headline on this page \(the story continues from another page\)/, () => '这是从别版转来的续稿，本版没有标题：主题暂取自第一个小标题或第一句'],
  [/photo story without a heading line/, () => '图片新闻没有标题行：主题是自动生成的'],
  [/image has no file yet/, () => '图片还没有文件：请在稿件里上传照片'],
  [/more than three heading lines/, () => '标题超过三行：第一行单独成了一篇草稿'],
  [/the line-role model could hardly tell (.*?) from (.*?)(?:[;:(（,]|$)/s,
    (m) => `标题行的读法难以判断：${m[1].replace(/ \+ /g, '＋')} 还是 ${m[2].trim().replace(/ \+ /g, '＋')}，请核对`],
  // The import report says "headline group read at", a dry run's line "head group read with".
  [/head(?:line)? group read (?:at|with) confidence ([\d.]+)(?:; the other reading: (.*))?/s,
    (m) => `标题组的读法把握不大（${Math.round(Number(m[1]) * 100)}%）${m[2] ? `，另一种读法：${m[2].replace(/ \+ /g, '＋')}` : ''}`],
  // Where the flat (no-indent) model's reading and its line model alone disagree: the editor checks the story's bounds.
  [/this story was opened at 「(.*?)」; it may be an intertitle of the story/s,
    (m) => `这篇稿件从“${m[1]}”开始；这一行也可能是上一篇的小标题，请核对两篇的分界`],
  [/the line 「(.*?)」 was read as part of this story; it may open a story/s,
    (m) => `“${m[1]}”读作这篇的一部分；它也可能是另一篇稿件的标题，请核对是否要拆开`],
  // A fixed-field export without indents: the line stands beside an empty line, where a 主题 stands.
  [/the line 「(.*?)」 was read as part of this story; it stands beside an/s,
    (m) => `“${m[1]}”读作这篇的一部分；它紧挨空行，正是主题的位置，也可能是另一篇稿件的主题，请核对是否要拆开`],
  // Without indents: the line-role and head-pair models together read two head lines, and the other reading was close.
  [/two head lines read as (.*?), the other reading close \((.*?)\)/s,
    (m) => `两行标题读作${m[1].replace(/ \+ /g, '＋')}，读作${m[2].replace(/ \+ /g, '＋')}也说得通：请核对哪一行是主题`],
  // Drafts imported before the head-pair model keep this doubt.
  [/two head lines read as (.*?); the head-group rule reads them as (.*?)(?: \(|$)/s,
    (m) => `两行标题读作${m[1].replace(/ \+ /g, '＋')}，标题组规则读作${m[2].replace(/ \+ /g, '＋')}，请核对`],
  [/栏目 carried over from the banner above/, () => '栏目沿用上方通栏：请核对这篇是否属于该栏目'],
  [/text the reader could not place in a story/, () => '这段文字上方没有标题组，无法归入稿件：主题是自动生成的'],
  [/no headline recognised: the whole page is in this one draft/, () => '没有识别出标题：整版都在这一篇草稿里，主题是自动生成的'],
];

/** One line of the importer's report (recognised or unsure) in Chinese; an unknown one is kept apart, marked. */
export function reportWords(line) {
  for (const [pattern, say] of REPORT) {
    const m = String(line).match(pattern);
    if (m) return say(m);
  }
  return '导入程序的其他提示，请核对';
}

// The e-paper: a 版面's PDF (its state, why it was refused, what its report says) and the preflight's `prints`.
/** Why a PDF was refused, by the API's rejection kind (openapi.yaml's PageUpload.rejection). */
export const PDF_REJECTIONS = { 'wrong-size': '文件大小与声明的不符', 'not-a-pdf': '不是PDF文件', unreadable: 'PDF无法解析',
  encrypted: 'PDF已加密', 'not-one-page': 'PDF不是单页', 'active-content': 'PDF含有脚本、动作或嵌入文件',
  'wrong-dimensions': '页面尺寸不合要求', 'image-too-large': 'PDF内的图片像素过大，无法安全处理' };

/** The preflight's `prints` issues (PrintNotes.Issue), never blocking a publication. */
export const PRINT_ISSUES = { processing: '本版PDF仍在处理，读者暂时看到上一份PDF或稿件列表',
  expired: '本版PDF上传已过期，文件没有送达，请重新上传',
  'not-located': '这些稿件在本版PDF上没有找到，读者无法点击', 'not-laid-out': '本版PDF上有不排在本版的稿件，PDF或版面可能已过时' };

/** One preflight `prints` entry in Chinese; `headline(id)` names an article. */
export function printNote(note, headline) {
  const names = [...(note.articles || []).map((id) => `《${headline(id)}》`), ...(note.headlines || []).map((t) => `“${t}”`)];
  return `第${note.page}版：${PRINT_ISSUES[note.issue] || '本版PDF需要查看'}${names.length ? `：${names.join('、')}` : ''}`;
}

/** A page record's state in words. */
export function printState(page) {
  if (!page) return '尚未上传本版PDF';
  if (page.status === 'processing') return '处理中';
  if (page.status === 'ready') return '已就绪';
  const upload = page.upload || {};
  if (page.status === 'expired') return '上传已过期，文件没有送达，请重新上传';
  if (page.status === 'rejected') return `被拒：${PDF_REJECTIONS[upload.rejection] || '文件不符合要求'}`;
  return '处理失败，请重新上传';
}

/** What the accepted scan's report says, one line each. */
export function reportLines(scan, headline) {
  if (!scan) return [];
  const r = scan.report;
  const lines = [];
  if (r.noTextLayer) lines.push('扫描件，无法定位稿件（PDF没有文字层）');
  if (r.denseText) lines.push('PDF的文字层过密（超过4万个字符），没有读取：版面图照常显示，但稿件没有可点击的区域');
  if (r.notLocated?.length) lines.push(`未定位的稿件：${r.notLocated.map((id) => `《${headline(id)}》`).join('、')}`);
  if (r.elsewhere?.length) lines.push(`排在其他版面、却出现在本版的稿件：${r.elsewhere.map((id) => `《${headline(id)}》`).join('、')}`);
  if (!lines.length) lines.push('所有稿件都已定位');
  return lines;
}

/** Why the preflight leaves a story out (openapi.yaml Preflight skipped[].reason), each with what to do. */
export const SKIP_REASONS = { draft: '仍是草稿', withdrawn: '已撤稿', missing: '稿件不存在',
  'image-without-file': '照片还没有上传：请打开稿件上传照片，否则照片和图片说明都不会发布',
  embargoed: '禁发期未到', 'no-content': '没有正文也没有照片：请打开稿件写正文或加照片，或把它移出版面' };

/**
 * A story's blocking reasons as causes, one sentence each. A photo without its file also leaves the
 * story with nothing to read (the API names both image-without-file and no-content): that is one cause,
 * the missing photo, told once; without the photo, even a forced publication leaves the story out.
 */
export function blockCauses(reasons) {
  const missingPhoto = reasons.includes('image-without-file');
  if (missingPhoto && reasons.includes('no-content')) {
    return [...reasons.filter((r) => r !== 'image-without-file' && r !== 'no-content').map((r) => SKIP_REASONS[r] || r),
      '照片还没有上传：请打开稿件上传照片（这篇只有照片，没有照片就没有可读的内容，强制发布也不会发出）'];
  }
  return reasons.map((r) => SKIP_REASONS[r] || r);
}

/**
 * A preflight report (GET …/preflight, or the `report` of a 422 from POST …/publish) in the newsroom's
 * words: `blocking`, what the API refuses without a forced publication (which leaves those out), each
 * story once with all its reasons, as the API's `blocking` names them; and `warnings`, what stays out
 * without stopping anything. `blocks` is the API's own answer to whether a publication needs forcing;
 * `empty` is true when nothing could go out.
 */
export function preflightWords(report) {
  const blocked = report?.blocking ?? [];
  const reason = (r) => SKIP_REASONS[r] || r;
  const empty = report?.articles === 0;
  return {
    empty,
    blocks: Boolean(report?.blocks),
    blocking: [...(empty ? ['本期没有现在可以发布的稿件（草稿、禁发期未到或没有可读的内容）'] : []),
      ...blocked.map((x) => `阻止发布：${x.headline || x.article}（${blockCauses(x.reasons).join('；')}）`)],
    warnings: (report?.skipped ?? []).filter((x) => !x.blocks)
      .map((x) => `不会发布：${x.headline || x.article}（${reason(x.reason)}）`),
  };
}

/**
 * The stories a preflight report blocks on, for marking them where a list shows a story's status:
 * a Map from article id to its causes in the newsroom's words (blockCauses). Empty for no report.
 */
export function blockedStories(report) {
  return new Map((report?.blocking ?? []).map((x) => [x.article, blockCauses(x.reasons).join('；')]));
}
