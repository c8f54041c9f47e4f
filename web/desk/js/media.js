// Photo upload: POST /api/media announces the file and returns a signed PUT; the browser sends the
// bytes straight to the upload bucket (locally, to the local stack), then follows the photo until
// the media function has processed, rejected or failed it.
import { api } from './api.js';

const TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const REASONS = { 'wrong-size': '文件大小不对', 'not-an-image': '不是图片', 'wrong-type': '格式与扩展名不符',
  'too-many-pixels': '像素过多', 'wrong-dimensions': '图片过长或过宽，无法生成网页图片', truncated: '文件不完整', 'trailing-data': '文件末尾有多余数据', undecodable: '无法解码' };

/** Uploads `file`; reports progress through onState(text); resolves with the processed media record. */
export async function uploadPhoto(file, onState) {
  if (!TYPES.includes(file.type)) throw new Error('只接受 JPEG、PNG 或 WebP 格式的照片');
  onState('正在准备上传……');
  const { data } = await api('POST', '/api/media', { body: { filename: file.name, contentType: file.type, size: file.size } });
  onState('正在上传……');
  await putSigned(data.upload, file);
  onState('正在处理……');
  for (let i = 0; i < 120; i++) {
    const { data: media } = await api('GET', `/api/media/${encodeURIComponent(data.media.id)}`);
    if (media.state === 'processed') return media;
    if (media.state === 'rejected') throw new Error(`照片未通过检查：${REASONS[media.rejection] || media.reason || media.rejection}`);
    if (media.state === 'failed') throw new Error(`照片处理失败，请重新上传（${media.reason}）`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('照片处理超时，请稍后再试');
}

/** Sends `file` to a signed PUT the API handed out ({url, headers}); throws when the store refuses it. */
export async function putSigned(upload, file) {
  // The browser sets Content-Length itself (a script may not); every other signed header goes as given.
  const headers = Object.fromEntries(Object.entries(upload.headers)
    .filter(([name]) => !['content-length', 'host'].includes(name.toLowerCase())));
  const put = await fetch(upload.url, { method: 'PUT', headers, body: file, credentials: 'omit' });
  if (!put.ok) throw new Error(`上传失败（${put.status}）`);
}
