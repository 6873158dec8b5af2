/**
 * Issuers as staff name them in words ("của Bộ Tài chính", "thủ tướng chính phủ", "UBND tỉnh"), folded, and
 * the code their symbols carry ("45/2015/TT-BYT": byt). A question that names an issuer in words names it as
 * surely as one that writes the code: "thông tư 45 của bộ tài chính" is not 45/2015/TT-BYT.
 *
 * Longer names first where one contains another ("thủ tướng chính phủ" before "chính phủ", "ban cán sự đảng
 * bộ y tế" before "bộ y tế"): the reader takes the longest name starting at each word.
 */
const ISSUER_NAMES: ReadonlyArray<readonly [string, string]> = [
  // the State
  ['quoc hoi', 'qh'],
  ['uy ban thuong vu quoc hoi', 'ubtvqh'],
  ['chinh phu', 'cp'],
  ['thu tuong chinh phu', 'ttg'],
  ['thu tuong', 'ttg'],
  ['van phong chinh phu', 'vpcp'],
  ['thanh tra chinh phu', 'ttcp'],
  ['ngan hang nha nuoc', 'nhnn'],
  ['bo y te', 'byt'],
  ['byt', 'byt'],
  ['bo noi vu', 'bnv'],
  ['bnv', 'bnv'],
  ['bo tai chinh', 'btc'],
  ['btc', 'btc'],
  ['bo tu phap', 'btp'],
  ['bo cong an', 'bca'],
  ['bo quoc phong', 'bqp'],
  ['bo ngoai giao', 'bng'],
  ['bo giao duc', 'bgddt'],
  ['bo giao duc va dao tao', 'bgddt'],
  ['bo giao duc dao tao', 'bgddt'],
  ['bo lao dong', 'bldtbxh'],
  ['bo lao dong thuong binh va xa hoi', 'bldtbxh'],
  ['bo lao dong thuong binh xa hoi', 'bldtbxh'],
  ['bo ke hoach va dau tu', 'bkhdt'],
  ['bo ke hoach dau tu', 'bkhdt'],
  ['bo cong thuong', 'bct'],
  ['bo xay dung', 'bxd'],
  ['bo giao thong van tai', 'bgtvt'],
  ['bo giao thong', 'bgtvt'],
  ['bo thong tin va truyen thong', 'btttt'],
  ['bo thong tin truyen thong', 'btttt'],
  ['bo nong nghiep', 'bnnptnt'],
  ['bo nong nghiep va phat trien nong thon', 'bnnptnt'],
  ['bo van hoa', 'bvhttdl'],
  ['bo van hoa the thao va du lich', 'bvhttdl'],
  ['bo khoa hoc', 'bkhcn'],
  ['bo khoa hoc va cong nghe', 'bkhcn'],
  ['bo khoa hoc cong nghe', 'bkhcn'],
  ['bo tai nguyen', 'btnmt'],
  ['bo tai nguyen va moi truong', 'btnmt'],
  ['bo tai nguyen moi truong', 'btnmt'],
  ['uy ban nhan dan', 'ubnd'],
  ['uy ban', 'ubnd'],
  ['ubnd', 'ubnd'],
  ['hoi dong nhan dan', 'hdnd'],
  ['hdnd', 'hdnd'],
  ['so y te', 'syt'],
  ['syt', 'syt'],
  // the Party
  ['bo chinh tri', 'tw'],
  ['ban bi thu', 'tw'],
  ['ban chap hanh trung uong', 'tw'],
  ['ban chap hanh trung uong dang', 'tw'],
  ['trung uong dang', 'tw'],
  ['trung uong', 'tw'],
  ['ban tuyen giao trung uong', 'btgtw'],
  ['ban tuyen giao', 'btgtw'],
  ['ban can su dang', 'bcsd'],
  ['ban can su dang bo y te', 'bcsd'],
  ['tinh uy', 'tu'],
  ['thanh uy', 'tu'],
  ['dang uy khoi', 'duk'],
  // in English
  ['prime minister', 'ttg'],
  ['pm', 'ttg'],
  ['national assembly', 'qh'],
  ['government office', 'vpcp'],
  ['ministry of health', 'byt'],
  ['ministry of home affairs', 'bnv'],
  ['politburo', 'tw'],
  ['department of health', 'syt'],
];

/** Issuer codes as written after a number ("tt 45 byt", "thông tư 45/BTC"). */
export const ISSUER_CODES: ReadonlySet<string> = new Set([...ISSUER_NAMES.map(([, code]) => code), 'tw', 'tu', 'qh13', 'qh14', 'qh15']);

interface IssuerTrie {
  next: Map<string, IssuerTrie>;
  code: string | null;
}

const TRIE: IssuerTrie = (() => {
  const root: IssuerTrie = { next: new Map(), code: null };
  for (const [name, code] of ISSUER_NAMES) {
    let node = root;
    for (const word of name.split(' ')) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), code: null }));
      node = child;
    }
    node.code = code;
  }
  return root;
})();

export interface IssuerMention {
  code: string;
  /** where the name starts and ends in the folded text */
  start: number;
  end: number;
}

/** Every issuer named in `folded` (folded text, one character per character), longest name first at each word. */
export function issuersNamed(folded: string): IssuerMention[] {
  const words = [...folded.matchAll(/[a-z0-9]+/g)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const found: IssuerMention[] = [];
  for (let i = 0; i < words.length; ) {
    let node = TRIE;
    let best: { code: string; last: number } | null = null;
    for (let j = i; j < words.length; j += 1) {
      const child = node.next.get(words[j]!.word);
      if (!child) break;
      node = child;
      if (node.code) best = { code: node.code, last: j };
    }
    if (best) {
      found.push({ code: best.code, start: words[i]!.start, end: words[best.last]!.end });
      i = best.last + 1;
    } else i += 1;
  }
  return found;
}
