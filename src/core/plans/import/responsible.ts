import { foldInPlace } from '../../deadlines/extraction/fold.js';
import { foldVietnamese } from '../../text/vietnamese.js';
import type { Unit } from '../../units/unit.js';

/**
 * Who a plan gives a task to, as the plan says it ("Các đơn vị trực thuộc", "Phòng Tổ chức cán bộ - Sở Y
 * tế", "Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa"), and which units of this Department that means.
 */
export type Party = { kind: 'group'; group: UnitGroup } | { kind: 'named'; name: string; office: boolean };

export type UnitGroup = 'department' | 'reporting' | 'clinical' | 'hospitals' | 'health_centers' | 'communes' | 'offices' | 'cdc';

export interface PartyMention {
  start: number;
  end: number;
  party: Party;
}

const group = (g: UnitGroup): Party => ({ kind: 'group', group: g });

// Folded patterns, most specific first; the first to claim a stretch of text wins it.
const PARTIES: Array<{
  pattern: RegExp;
  party: (m: RegExpExecArray, written: string) => Party;
  check?: (original: string, at: number) => boolean;
}> = [
  { pattern: /\b(?:ban chi dao|bcd)(?: thuc hien [^,.;]{0,40}?)? (?:cua )?so(?: y te)?\b/g, party: () => group('department') },
  { pattern: /\b(?:ban chi dao|bcd) (?:cac|tung) (?:don vi|cap|co so(?: y te)?)\b/g, party: () => group('reporting') },
  { pattern: /\b(?:ban giam doc|lanh dao|giam doc) so(?: y te)?\b/g, party: () => group('department') },
  { pattern: /\bcac phong (?:chuc nang|thuoc so|nghiep vu|ban)(?: (?:thuoc )?so(?: y te)?)?\b/g, party: () => group('offices') },
  { pattern: /\bvan phong so(?: y te)?\b/g, party: () => ({ kind: 'named', name: 'Văn phòng Sở Y tế', office: true }) },
  { pattern: /\bthanh tra so(?: y te)?\b/g, party: () => ({ kind: 'named', name: 'Thanh tra Sở Y tế', office: true }) },
  {
    // "phòng Tổ chức cán bộ Sở Y tế", "Phòng Kế hoạch - Tài chính, Sở Y tế": the office, with its "Sở Y tế"
    pattern:
      /(?<!van )\bphong (?!chay|chong|ngua|benh|dich|kham|trao|cach\b)((?:to chuc can bo|ke hoach(?: ?- ?| )tai chinh|nghiep vu(?: y| duoc)?|tai chinh(?: ?- ?| )ke toan|tccb|khtc|[a-z]+(?: [a-z]+){0,3}?))(?:\s*(?:[-,]\s*)?so y te\b|(?=\s*(?:[,;:.)]|$| va | chu tri| phoi hop| tham muu| la | lam | co trach)))/g,
    party: (_m, written) => ({ kind: 'named', name: written, office: true }),
    // "phòng" (an office), not "phong" of "phong cách", "phong trào"; a Department's own offices are offices
    // however they are typed ("Phong Nghiep vu Y")
    check: (original, at) =>
      /^ph[òÒ]ng/iu.test(original.slice(at, at + 5)) ||
      /^phong (?:to chuc can bo|ke hoach\s*-?\s*tai chinh|nghiep vu (?:y|duoc)|tai chinh\s*-?\s*ke toan|tccb|khtc)\b/.test(
        foldVietnamese(original.slice(at, at + 40)),
      ),
  },
  { pattern: /\btrung tam kiem soat benh tat\b|\bcdc\b/g, party: () => group('cdc') },
  // also as typed in a table's cell: "các BV", "BV tuyến tỉnh", "TTYT huyện", "TYT xã"
  { pattern: /\b(?:cac )?(?:benh vien|bv) tuyen tinh\b|\bcac (?:benh vien|bv)\b/g, party: () => group('hospitals') },
  {
    // "Bệnh viện Đa khoa tỉnh", "Bệnh viện Phổi tỉnh Lai Châu": one hospital, by its name
    pattern:
      /\bbenh vien (?:da khoa|phoi|y duoc co truyen|san nhi|tam than|mat|noi tiet|y hoc co truyen)(?: [a-z]+){0,4}? tinh\b|\bbenh vien (?:da khoa|phoi)\b/g,
    party: (_m, written) => ({ kind: 'named', name: written, office: false }),
  },
  {
    pattern: /\b(?:cac )?(?:tram y te|tyt)(?: cac)? (?:xa|phuong|xa, phuong, thi tran|tuyen xa)\b|\bcac (?:tram y te|tyt)\b/g,
    party: () => group('communes'),
  },
  {
    pattern:
      /\b(?:cac )?(?:trung tam y te|ttyt) (?:cac )?(?:huyen|quan|thi xa|thanh pho|tuyen huyen)(?:, (?:huyen|quan|thi xa|thanh pho))*\b|\bcac (?:trung tam y te|ttyt)\b/g,
    party: () => group('health_centers'),
  },
  {
    pattern: /\b(?:cac )?co so kham(?: benh,?)? chua benh(?: cong lap)?\b|\b(?:cac )?don vi kham chua benh\b/g,
    party: () => group('clinical'),
  },
  {
    pattern: /\b(?:thu truong|nguoi dung dau|lanh dao) (?:cac )?(?:co so y te|don vi|co quan, don vi)\b/g,
    party: () => group('reporting'),
  },
  {
    pattern:
      /\b(?:cac|tung) (?:co quan, )?don vi(?: (?:truc thuoc(?: so(?: y te)?)?|y te|trong (?:toan )?nganh|thuoc (?:tham quyen quan ly|so(?: y te)?)))?\b|\b100% (?:cac )?don vi\b/g,
    party: () => group('reporting'),
  },
  { pattern: /\b(?:cac|tung) co so y te\b|\b100% (?:cac )?co so y te\b/g, party: () => group('reporting') },
  {
    pattern:
      /\btung (?:dang vien|to chuc|ca nhan|can bo)(?:,? (?:va )?(?:dang vien|cong chuc|vien chuc|ca nhan|nguoi lao dong|can bo))*(?: (?:trong )?nganh y te)?\b|\blanh dao don vi\b|\btoan nganh\b/g,
    party: () => group('reporting'),
  },
  {
    pattern: /\btrung tam truyen thong\s*-?\s*giao duc suc khoe\b/g,
    party: () => ({ kind: 'named', name: 'Trung tâm Truyền thông - Giáo dục sức khỏe', office: false }),
  },
  { pattern: /\bcong doan(?: nganh)?(?: y te)?\b/g, party: () => ({ kind: 'named', name: 'Công đoàn ngành Y tế', office: false }) },
  // "Sở Y tế", not the "sở y tế" inside "cơ sở y tế" (a health facility)
  { pattern: /(?<!co )\bso y te\b/g, party: () => group('department') },
];

// Words that make the unit after them the object, not the one doing the task: "báo cáo Sở Y tế",
// "phối hợp với Công đoàn", "tại các đơn vị", "do Bộ Y tế tổ chức", "tham mưu Giám đốc Sở".
const NOT_A_SUBJECT =
  /(?:\b(?:ve|cho|voi|cua|tai|do|den|tu|len|toi|gui|bao cao|giup|doi voi|trong|ngoai|qua|trinh|chi dao|huong dan|tham muu)\s*\(?\s*)$/;

// A sentence is looked at several times (its doer, its verbs, its title); the scan is the same each time.
const scanned = new Map<string, PartyMention[]>();
const SCAN_CACHE_SIZE = 2000;

/**
 * The place that follows a unit's name and belongs to it: "Trung tâm Kiểm soát bệnh tật [tỉnh Khánh Hòa]",
 * "Sở Y tế [Hà Nội]". A province is written with capitals, which the folded text no longer shows.
 */
function placeAfter(folded: string, original: string, end: number): number {
  const lead = /^ (?:tinh|thanh pho|tp\.?)(?= |$)/.exec(folded.slice(end));
  let at = end + (lead?.[0].length ?? 0);
  for (let words = 0; words < 3; words += 1) {
    const word = /^ (\p{Lu}\p{Ll}+)(?=[\s,.;:)]|$)/u.exec(original.slice(at));
    if (!word) break;
    at += word[0].length;
  }
  return at - end;
}

/** Every party named in a text (folded in place; the original decides "phòng" from "phong"), in order. */
export function findParties(folded: string, original: string = folded): PartyMention[] {
  const key = `${folded}\u0000${original === folded ? '' : original}`;
  const cached = scanned.get(key);
  if (cached) return cached;
  const found = scanParties(folded, original);
  if (scanned.size >= SCAN_CACHE_SIZE) scanned.clear();
  scanned.set(key, found);
  return found;
}

function scanParties(folded: string, original: string): PartyMention[] {
  const claimed = new Uint8Array(folded.length);
  const found: PartyMention[] = [];
  for (const { pattern, party, check } of PARTIES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (claimed.subarray(start, end).some((c) => c === 1)) continue;
      if (check && !check(original, start + m[0].indexOf('phong'))) continue;
      const full = end + placeAfter(folded, original, end);
      claimed.fill(1, start, full);
      found.push({ start, end: full, party: party(m, original.slice(start, full).trim()) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The parties doing what a sentence says: the first ones named near its start that are not the object of a
 * verb or preposition ("báo cáo Sở Y tế", "phối hợp với các phòng chức năng, các đơn vị"), with those
 * coordinated with them ("Sở Y tế và các đơn vị trực thuộc"). Offsets are into the NFC text.
 */
export function subjectSpans(text: string, reach = 110): PartyMention[] {
  const nfc = text.normalize('NFC');
  const folded = foldInPlace(nfc);
  const mentions = findParties(folded, nfc).filter((m) => m.start < reach);
  const coordinated = (a: PartyMention, b: PartyMention) => /^\s*(?:,|va|;|\(|\))?\s*(?:cac\s+)?$/.test(folded.slice(a.end, b.start));
  let first = -1;
  for (let i = 0; i < mentions.length; i += 1) {
    const m = mentions[i]!;
    const object = NOT_A_SUBJECT.test(folded.slice(Math.max(0, m.start - 14), m.start));
    // an object's coordinated companions are objects too
    if (object) {
      while (i + 1 < mentions.length && coordinated(mentions[i]!, mentions[i + 1]!)) i += 1;
      continue;
    }
    first = i;
    break;
  }
  if (first < 0) return [];
  const subject = [mentions[first]!];
  for (const next of mentions.slice(first + 1)) {
    if (!coordinated(subject[subject.length - 1]!, next)) break;
    subject.push(next);
  }
  return subject;
}

export function subjectOf(text: string, reach = 110): Party[] {
  return subjectSpans(text, reach).map((m) => m.party);
}

/** The parties a sentence places the work at ("Thành lập Tổ công tác xã hội tại các đơn vị khám chữa bệnh"). */
export function placeOf(text: string): Party[] {
  const nfc = text.normalize('NFC');
  const folded = foldInPlace(nfc);
  return findParties(folded, nfc)
    .filter((m) => /\btai\s*$/.test(folded.slice(Math.max(0, m.start - 6), m.start)))
    .slice(0, 1)
    .map((m) => m.party);
}

/** Every party a heading names ("Các Bệnh viện tuyến tỉnh, Trung tâm Y tế huyện, thị xã, thành phố:"). */
export function partiesIn(text: string): Party[] {
  const nfc = text.normalize('NFC');
  return findParties(foldInPlace(nfc), nfc).map((m) => m.party);
}

export interface ResolvedParties {
  units: Unit[];
  /** names of the plan that match no unit of this Department */
  missing: string[];
  /** names given to the Department itself for want of a matching office */
  fallback: string[];
}

const NAME_STOPWORDS = new Set(['so', 'y', 'te', 'tinh', 'cac', 'cua', 'thanh', 'pho', '-', 'nganh']);

const nameTokens = (name: string) =>
  foldVietnamese(name)
    .split(/[\s,\-–/]+/)
    .filter((t) => t && !NAME_STOPWORDS.has(t));

/** The unit whose name holds every significant word of the plan's name for it, if exactly one does best. */
function unitNamed(units: readonly Unit[], name: string): Unit | null {
  const wanted = nameTokens(name);
  if (wanted.length === 0) return null;
  let best: { unit: Unit; score: number } | null = null;
  for (const unit of units) {
    const have = new Set(nameTokens(`${unit.name} ${unit.shortName ?? ''}`));
    const score = wanted.filter((t) => have.has(t)).length / wanted.length;
    if (score >= 0.75 && (!best || score > best.score)) best = { unit, score };
  }
  return best?.unit ?? null;
}

/** Turns parties into units of this Department's tree. */
export function resolveParties(parties: readonly Party[], units: readonly Unit[]): ResolvedParties {
  const root = units.find((u) => u.kind === 'department' && u.parentId === null) ?? units.find((u) => u.kind === 'department') ?? null;
  const byKind = (...kinds: Unit['kind'][]) => units.filter((u) => kinds.includes(u.kind));
  const chosen = new Map<number, Unit>();
  const missing: string[] = [];
  const fallback: string[] = [];
  const add = (list: readonly Unit[]) => list.forEach((u) => chosen.set(u.id, u));

  for (const party of parties) {
    if (party.kind === 'named') {
      const unit = unitNamed(units, party.name);
      if (unit) add([unit]);
      else if (party.office && root) {
        add([root]);
        fallback.push(party.name);
      } else missing.push(party.name);
      continue;
    }
    switch (party.group) {
      case 'department':
        if (root) add([root]);
        break;
      case 'reporting':
        // "các đơn vị trực thuộc": the units directly under the Department, its own offices aside
        add(
          root ? units.filter((u) => u.parentId === root.id && u.kind !== 'department_office') : byKind('hospital', 'cdc', 'health_center'),
        );
        break;
      case 'clinical':
        add(byKind('hospital', 'health_center'));
        break;
      case 'hospitals':
        add(byKind('hospital'));
        break;
      case 'health_centers':
        add(byKind('health_center'));
        break;
      case 'communes':
        add(byKind('commune_station'));
        break;
      case 'offices':
        add(byKind('department_office'));
        break;
      case 'cdc':
        add(byKind('cdc'));
        break;
    }
  }
  return { units: [...chosen.values()].sort((a, b) => a.id - b.id), missing, fallback };
}
