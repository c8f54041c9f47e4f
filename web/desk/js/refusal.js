// Why the API refused a page's text, told from its problem+json's own members (RFC 9457 section 3.2):
// the encoding it read and the line of the first unreadable byte (charset, charsets, line), or the size
// against the limit (size, limit, unit). No limit is written here: the API's answer is the one source.
import { ApiError } from './api.js';

const CHARSET_NAMES = { 'utf-8': 'UTF-8', gb18030: 'GB18030', gbk: 'GBK', gb2312: 'GB2312' };
const charsetName = (c) => CHARSET_NAMES[c] || String(c).toUpperCase();

/** Bytes as MB to one decimal (at least 0.1): a limit of 512 KiB reads 0.5 MB. */
const mb = (bytes) => `${Math.max(0.1, Math.round(bytes / 104_857.6) / 10)} MB`;

/** What to tell an editor about a refused import, or null when the problem is not one of these. */
export function importRefusal(error) {
  if (!(error instanceof ApiError)) return null;
  const p = error.problem;
  if (typeof p.charset === 'string' && Number.isInteger(p.line)) {
    const other = (p.charsets || []).filter((c) => c !== p.charset && c !== 'gbk' && c !== 'gb2312').map(charsetName);
    return `文件按 ${charsetName(p.charset)} 读取时，第${p.line}行有无法识别的字节，没有导入。` +
      `这个文件多半是用另一种编码保存的：请在“文件编码”里改选${other.join('或') || '另一种编码'}后重试，` +
      '或在排版系统里把它另存为 UTF-8。';
  }
  if (error.status === 413 && Number.isFinite(p.size) && Number.isFinite(p.limit)) {
    if (p.unit === 'lines') {
      return `这份版面文字有 ${p.size} 行，一次最多导入 ${p.limit} 行，没有导入。一个版面通常只有几百行：` +
        '请把文件分成几份（例如每版一份）分别导入。';
    }
    return `文件有 ${mb(p.size)}，一次最多导入 ${mb(p.limit)}，没有导入。请把文件分成几份（例如每版一份）分别导入。`;
  }
  return null;
}
