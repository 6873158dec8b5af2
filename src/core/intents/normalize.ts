import { foldVietnamese } from '../text/vietnamese.js';

// Chat shorthand ("teencode") and abbreviations, folded, word for word: what people type → the words meant.
const WORDS: Readonly<Record<string, string>> = {
  ko: 'khong',
  k: 'khong',
  kg: 'khong',
  khg: 'khong',
  hok: 'khong',
  hong: 'khong',
  hem: 'khong',
  dc: 'duoc',
  dk: 'duoc',
  j: 'gi',
  z: 'vay',
  v: 'vay',
  s: 'sao',
  bit: 'biet',
  bik: 'biet',
  e: 'em',
  mn: 'moi nguoi',
  mng: 'moi nguoi',
  bc: 'bao cao',
  bcao: 'bao cao',
  nv: 'nhiem vu',
  ds: 'danh sach',
  // "pa" alone is a case of the feedback book; "pa-2026-1", a code, is kept whole (below)
  pa: 'phan anh',
  tks: 'cam on',
  thx: 'cam on',
  thanks: 'cam on',
  thank: 'cam on',
  camon: 'cam on',
  cmon: 'cam on',
  mun: 'muon',
  qd: 'quyet dinh',
  hdsd: 'huong dan su dung',
  ttyt: 'trung tam y te',
  bv: 'benh vien',
  bn: 'benh nhan',
  sxh: 'sot xuat huyet',
  attp: 'an toan thuc pham',
  r: 'roi',
  // "xg r", "đg làm": done, under way
  xg: 'xong',
  dg: 'dang',
  dag: 'dang',
  lm: 'lam',
  ntn: 'nhu the nao',
  ng: 'nguoi',
  vs: 'voi',
  cx: 'cung',
  ns: 'noi',
  ptram: 'phan tram',
  oki: 'ok',
  okie: 'ok',
  okay: 'ok',
  okela: 'ok',
  oce: 'ok',
  hdan: 'huong dan',
  hd: 'huong dan',
};

// Abbreviated document kinds, only before a number or a question word: "tt 02", "nđ 13", "ct 09", "tt nao".
const KINDS: Readonly<Record<string, string>> = { tt: 'thong tu', nd: 'nghi dinh', ct: 'chi thi' };

/**
 * Folds a message for reading its intent: no diacritics, lower case, punctuation to spaces (keeping "%", "/",
 * "#", "-" inside codes), letters glued to numbers split ("nv7" → "nhiem vu 7", "80%" kept), shorthand
 * expanded. The result has single spaces and no leading or trailing space.
 */
export function normalizeMessage(text: string): string {
  const folded = foldVietnamese(text)
    .replace(/[“”"'`’‘]/g, ' ')
    .replace(/[^\p{L}\p{N}%/#\s-]/gu, ' ')
    // "nv7", "NV12" → "nv 7"; "pa-2026-1" stays whole
    .replace(/\b(nv|bc|qd|tt|nd|ct)(\d)/g, '$1 $2')
    .replace(/(^|\s)-+|-+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const tokens = folded.split(' ');
  const out: string[] = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1] ?? '';
    const kind = KINDS[token];
    if (kind && (/^\d/.test(next) || next === 'nao' || next === 'so' || next === 've')) out.push(kind);
    else out.push(WORDS[token] ?? token);
  });
  return out.join(' ');
}
