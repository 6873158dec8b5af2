import { formatDateVi, type LocalDate, localDate, parts } from '../../dates/local-date.js';
import type { DeadlineRule } from '../../deadlines/deadline-rule.js';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import { type ExtractionOptions, extractDeadlines } from '../../deadlines/extraction/extract-deadlines.js';
import { foldInPlace } from '../../deadlines/extraction/fold.js';
import { findMarkers } from '../../deadlines/extraction/scan.js';
import type { ExtractionWarning } from '../../deadlines/extraction/warnings.js';
import { lastDayToSubmit } from '../../deadlines/occurrence.js';
import { foldVietnamese } from '../../text/vietnamese.js';
import type { ReminderLadder } from '../../reminders/ladder.js';
import type { Unit } from '../../units/unit.js';
import { type Paragraph, type PlanText, readPlanText } from './plan-text.js';
import { type Party, partiesIn, placeOf, resolveParties, subjectOf, subjectSpans } from './responsible.js';
import {
  findRecipient,
  hasAction,
  hasDeliverable,
  isModifier,
  leadBeforeDeadline,
  splitDuties,
  splitSentences,
  startsWithWork,
  titleFrom,
  topicWords,
} from './task-text.js';

/** A task as the officer reviews it before anything is saved. */
export interface ProposedTask {
  title: string;
  rule: DeadlineRule;
  /** the plan's own words */
  sourcePhrase: string;
  /** who the plan says does it, as written; null when the plan does not say (then: the units under the Department) */
  responsible: string | null;
  /** codes of the units the task will be assigned to */
  unitCodes: string[];
  recipient: string | null;
  warnings: ExtractionWarning[];
}

export interface ProposedPlan {
  symbol: string | null;
  code: string;
  title: string;
  shortTitle: string | null;
  issuer: string | null;
  issuedOn: LocalDate | null;
  /** "2019-03": the month of issue, when the plan left the day blank ("ngày   tháng 3 năm 2019") */
  issuedMonth?: string | null;
  year: number | null;
  /** the plan's own reminder ladder (plans from YAML/JSON may set one); absent or null: the default */
  reminderLadder?: ReminderLadder | null;
}

export interface PlanProposal {
  plan: ProposedPlan;
  tasks: ProposedTask[];
  warnings: ExtractionWarning[];
  /** sentences of the plan's tasks sections that read as instructions but made no task, for the reviewer to check */
  unusedSentences?: string[];
}

export interface ProposeOptions {
  /** the units of this Department, to assign tasks to */
  units: readonly Unit[];
  /** today: the year of a plan that states none, and what counts as a deadline already past */
  referenceDate: LocalDate;
  /** the working days "N ngày làm việc kể từ ngày ký" counts; without it, Monday to Friday */
  calendar?: WorkingCalendar;
}

type DoerSource = 'own' | 'guessed' | 'none';

interface Doer {
  parties: Party[];
  text: string;
  guessed?: boolean;
}

interface Draft {
  order: number;
  paragraph: Paragraph;
  /** the numbered heading (or section) whose "Thời gian …" sentences apply to this task */
  scope: number;
  sentence: string;
  title: string;
  parties: Party[];
  responsibleText: string | null;
  /** where the doer was read: its own sentence, the heading above, or guessed (a place, an earlier paragraph) */
  doerFrom: DoerSource;
  recipient: string | null;
  rules: DeadlineRule[];
  /** the rule a task keeps when nothing gives it a date ("Sau khi …": when that happens) */
  fallback: DeadlineRule;
  warnings: ExtractionWarning[];
  heading: boolean;
  /** its own sentence says when (a heading that does is a task even with tasks under it) */
  dated: boolean;
}

// Labels whose bullets describe the task above them rather than being tasks: "Nội dung:", "Hình thức:".
const DETAIL_LABEL = /^(?:noi dung|hinh thuc|muc dich|yeu cau|thanh phan|doi tuong|phuong phap|chuong trinh|tai lieu|ket qua|van ban)/;

const NO_DAY: DeadlineRule = { kind: 'unscheduled', reason: 'no_day' };

/** Doers that may be the same: one unnamed, or the same. */
function sameDoer(a: Party[], b: Party[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const key = (p: Party) => (p.kind === 'group' ? p.group : foldVietnamese(p.name));
  return a.map(key).sort().join() === b.map(key).sort().join();
}

/** What a plan says its own words mean: "Các đơn vị trong Kế hoạch này gồm: các bệnh viện và …". */
interface Definition {
  /** folded: "cac don vi", "cac co so dieu tri arv" */
  term: string;
  parties: Party[];
}

const DEFINITION = /\b(cac [a-z0-9 ]{3,40}?) (?:trong|tai|thuc hien|cua) ke hoach nay (?:gom|bao gom|la)\s*:?\s*([^.;]+)/g;

function definitionsOf(doc: PlanText): Definition[] {
  const found: Definition[] = [];
  for (const p of doc.paragraphs) {
    const nfc = p.text.normalize('NFC');
    const folded = foldInPlace(nfc);
    for (const m of folded.matchAll(DEFINITION)) {
      const start = m.index + m[0].length - m[2]!.length;
      const parties = partiesIn(nfc.slice(start, m.index + m[0].length));
      if (parties.length > 0) found.push({ term: m[1]!, parties });
    }
  }
  return found;
}

class PlanReader {
  private readonly drafts: Draft[] = [];
  private readonly lastSubject = new Map<number, { parties: Party[]; text: string }>();
  private readonly lastModifierOrder = new Map<number, number>();
  private order = 0;
  /** sentences of the content and organization sections that read as instructions but made no task */
  readonly unused: string[] = [];

  constructor(
    private readonly doc: PlanText,
    private readonly extraction: ExtractionOptions,
    private readonly definitions: Definition[] = [],
  ) {}

  /** The doer a sentence names by a term the plan defined ("Các cơ sở điều trị ARV duy trì …"). */
  private definedSubject(sentence: string): { parties: Party[]; text: string } | null {
    const folded = foldInPlace(sentence.normalize('NFC')).replace(/^[\s\-+•*]+/, '');
    const found = this.definitions.find((d) => d.term !== 'cac don vi' && folded.startsWith(d.term));
    return found ? { parties: found.parties, text: sentence.trim().slice(0, found.term.length) } : null;
  }

  private byIndex(index: number): Paragraph {
    return this.doc.paragraphs[index]!;
  }

  private scopeOf(p: Paragraph): number {
    const chain = [...p.parents, p.index].map((i) => this.byIndex(i));
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const node = chain[i]!;
      if ((node.kind === 'numbered' || node.kind === 'section') && node.index !== p.index) return node.index;
    }
    return -1;
  }

  private isDetail(p: Paragraph): boolean {
    // "- Mục đích: nâng cao …", "- Thành phần tham dự tập huấn: …" describe the task above
    const label = /^([^:]{2,50}):/.exec(p.text);
    if (label && p.kind !== 'numbered' && DETAIL_LABEL.test(foldVietnamese(label[1]!))) return true;
    return p.parents.some((i) => {
      const parent = this.byIndex(i);
      const introduces = parent.kind === 'label' || parent.kind === 'bullet' || (parent.kind === 'numbered' && parent.text.endsWith(':'));
      return introduces && DETAIL_LABEL.test(foldVietnamese(parent.text));
    });
  }

  /** The parties named by the closest heading, label or "…:" bullet above a paragraph. */
  private partiesAbove(p: Paragraph): { parties: Party[]; text: string } | null {
    for (const index of [...p.parents].reverse()) {
      const parent = this.byIndex(index);
      if (parent.kind === 'section') break;
      const heading =
        parent.kind === 'numbered' ? !/[.;]$/.test(parent.text) || parent.section === 'organization' : parent.text.endsWith(':');
      if (!heading) continue;
      // a heading names its units ("4.2. Các Bệnh viện tuyến tỉnh, Trung tâm Y tế huyện…:"); a numbered
      // sentence only through its doer ("7. Ban Chỉ đạo các cấp … báo cáo về Sở Y tế …")
      const named = parent.text.endsWith(':') || (!/[.;]$/.test(parent.text) && parent.text.length < 160);
      const parties = named ? partiesIn(parent.text) : subjectOf(parent.text, 40);
      if (parties.length > 0) return { parties, text: headingName(parent.text) };
    }
    return null;
  }

  read(): Draft[] {
    for (const p of this.doc.paragraphs) {
      if (p.kind === 'section' || p.section === 'preamble' || p.section === 'purpose' || p.section === 'overview') continue;
      if (this.isDetail(p)) continue;
      if (p.kind === 'label' || (p.kind === 'bullet' && p.text.endsWith(':'))) {
        const parties = subjectOf(p.text);
        if (parties.length > 0) this.lastSubject.set(this.scopeOf(p), { parties, text: headingName(p.text) });
        continue;
      }
      let carried: { parties: Party[]; text: string } | null = null;
      for (const sentence of splitSentences(p.text)) {
        const duties = splitDuties(sentence);
        // "Văn phòng Sở là đầu mối …; tổng hợp báo cáo …": the doer of the first part does the next ones
        const own = duties.length > 1 ? subjectOf(duties[0]!) : [];
        if (own.length > 0) carried = { parties: own, text: subjectText(duties[0]!) };
        const first = this.drafts.length;
        for (const duty of duties) carried = this.readSentence(p, duty, carried);
        // "báo cáo sơ kết … về Sở Y tế trước ngày 10/7 và báo cáo tổng kết năm trước ngày 15/12": the later
        // duties of one sentence report to whom the earlier one named
        let recipient: string | null = null;
        for (const draft of this.drafts.slice(first)) {
          if (draft.recipient) recipient = draft.recipient;
          else if (duties.length > 1) draft.recipient = recipient;
        }
      }
    }
    this.dropHeadingsWithTasks();
    this.linkSections();
    return this.drafts;
  }

  /**
   * "II. Nội dung" says what, "III. Tổ chức thực hiện" says who (and often when) of the same work: one task,
   * with the doer, date and recipient of whichever says them.
   */
  private linkSections() {
    const assigned = this.drafts.filter((d) => d.paragraph.section === 'organization');
    for (let i = this.drafts.length - 1; i >= 0; i -= 1) {
      const draft = this.drafts[i]!;
      if (draft.paragraph.section !== 'content') continue;
      const words = topicWords(draft.title);
      const dated = (d: Draft) => d.rules.some((r) => r.kind !== 'unscheduled');
      const twin = assigned.find((other) => {
        const theirs = topicWords(other.title);
        const common = [...words].filter((w) => theirs.has(w)).length;
        const share = (n: number) => common / Math.max(1, n);
        if (common < 3 || share(Math.max(words.size, theirs.size)) < 0.5 || share(Math.min(words.size, theirs.size)) < 0.75) return false;
        // the same work: no other doer, no other date
        if (dated(other) && dated(draft) && JSON.stringify(other.rules) !== JSON.stringify(draft.rules)) return false;
        return sameDoer(draft.parties, other.parties);
      });
      if (!twin) continue;
      if (!dated(twin) && dated(draft)) {
        twin.rules = draft.rules;
        twin.dated = true;
      }
      // what was said of the words of either ("năm 2104" read as 2014) stays said
      twin.warnings.push(...draft.warnings);
      if (twin.parties.length === 0) {
        twin.parties = draft.parties;
        twin.responsibleText = draft.responsibleText;
        twin.doerFrom = draft.doerFrom;
      }
      twin.recipient ??= draft.recipient;
      twin.sentence = `${twin.sentence} … ${draft.sentence}`;
      this.drafts.splice(i, 1);
    }
  }

  private readSentence(p: Paragraph, sentence: string, carried: { parties: Party[]; text: string } | null) {
    const scope = this.scopeOf(p);
    const extraction = extractDeadlines(sentence, this.extraction);
    const dated = extraction.rules.length > 0;
    const own = subjectOf(sentence);
    const subject = this.definedSubject(sentence) ?? (own.length > 0 ? { parties: own, text: subjectText(sentence) } : null);

    if (dated && isModifier(sentence)) {
      this.applyModifier(p, scope, sentence, extraction.rules, extraction.warnings);
      return subject ?? carried;
    }
    const organization = p.section === 'organization';
    const folded = foldInPlace(sentence.normalize('NFC')).replace(/^[\s\-+•*]+/, '');
    // "Trường hợp …, báo cáo nhanh … trong vòng 24 giờ", "khi phát hiện ca bệnh … phải báo cáo": when it happens
    const onEvent = !dated && isEventDuty(folded);
    // "Trung tâm Kiểm soát bệnh tật tiếp nhận, phân bổ vắc xin …", an item under "Các đơn vị trực thuộc:"
    const ledByDoer = subject !== null && subjectSpans(sentence, 12).length > 0 && startsWithWork(sentence);
    const underDoer = p.kind === 'bullet' && p.marker.endsWith(')') && this.partiesAbove(p) !== null;
    const candidate =
      (dated && hasAction(sentence)) ||
      hasDeliverable(sentence) ||
      (onEvent && hasAction(sentence)) ||
      ((organization || ledByDoer || underDoer) && hasAction(sentence) && !isUnitHeading(p, sentence));
    if (NOT_A_DUTY.test(folded)) return carried;
    if (!candidate) {
      if (this.looksLikeInstruction(p, sentence)) this.unused.push(tidySentence(sentence));
      return carried;
    }
    if (onEvent) {
      const earlier = this.lastSubject.get(scope);
      this.addEvent(p, scope, sentence, subject ?? this.partiesAbove(p) ?? carried ?? (earlier ? { ...earlier, guessed: true } : null));
      return subject ?? carried;
    }
    // Only a task's doer carries on ("Tổ chức Công đoàn … là lực lượng nòng cốt" does not), and only from an
    // introducing paragraph to what follows it: sibling bullets each name their own.
    if (subject && p.kind !== 'bullet' && p.kind !== 'sub_bullet') this.lastSubject.set(scope, subject);

    const place = p.section === 'organization' ? [] : placeOf(sentence);
    const where = place.length > 0 ? { parties: place, text: '' } : null;
    const earlier = this.lastSubject.get(scope);
    const who: Doer | null =
      subject ??
      this.partiesAbove(p) ??
      (where ? { ...where, guessed: true } : null) ??
      carried ??
      (earlier ? { ...earlier, guessed: true } : null);
    const eventClause = /^sau khi\b/.test(folded) ? sentence.indexOf(',') : -1;
    if (eventClause > 0) {
      // "Sau khi dự tập huấn do Bộ Y tế tổ chức trong quý II/2014, Sở Y tế tổ chức tập huấn …": two tasks,
      // the first dated by its quarter, the second due when the first has happened.
      const lead = sentence.slice(0, eventClause).replace(/^[\s\-+•*]*sau khi\s*/iu, '');
      const rest = sentence.slice(eventClause + 1).trim();
      const first = extractDeadlines(lead, this.extraction);
      const second = extractDeadlines(rest, this.extraction);
      const restSubject = subjectOf(rest);
      const doer = restSubject.length > 0 ? { parties: restSubject, text: subjectText(rest) } : who;
      if (first.rules.length > 0) this.add(p, scope, titleFrom(lead, first.spans), doer, first.rules, first.warnings, null, sentence);
      this.add(
        p,
        scope,
        titleFrom(rest, second.spans),
        doer,
        second.rules,
        second.warnings,
        { kind: 'unscheduled', reason: 'event' },
        sentence,
      );
      return doer ?? carried;
    }
    const recipient = findRecipient(sentence);
    const cut = [...extraction.spans, ...(recipient && recipient.start >= 0 ? [{ start: recipient.start, end: recipient.end }] : [])];
    // work asked before the clauses that lead to the deadline is a task of its own, undated
    const lead = dated ? leadBeforeDeadline(sentence, cut) : null;
    if (lead && hasDeliverable(lead)) this.add(p, scope, titleFrom(lead, []), who, [], [], null, sentence, null);
    this.add(
      p,
      scope,
      titleFrom(sentence, cut),
      who,
      extraction.rules,
      extraction.warnings.filter((w) => w.code !== 'no_deadline'),
      null,
      sentence,
      recipient?.name ?? null,
    );
    return subject ?? carried;
  }

  /** A duty owed when something happens: its title says what is done, and when ("Báo cáo nhanh (trường hợp …)"). */
  private addEvent(p: Paragraph, scope: number, sentence: string, who: Doer | null) {
    const nfc = sentence.normalize('NFC');
    const within = /\s*(?:ngay\s+)?trong vòng\s+\d+\s+giờ(?:\s+kể từ (?:khi\s+)?[^,.;]+)?/iu.exec(nfc);
    const recipient = findRecipient(nfc);
    const cut = [
      ...(within ? [{ start: within.index, end: within.index + within[0].length }] : []),
      ...(recipient && recipient.start >= 0 ? [{ start: recipient.start, end: recipient.end }] : []),
    ];
    const condition =
      /^[\s\-+•*]*((?:Trong trường hợp|Trường hợp|Khi)\s.{5,160}?),\s*((?:phải\s+)?(?:báo cáo|thông báo|gửi|tổ chức|triển khai|xử lý|khai báo|điều tra)\b.*)$/iu.exec(
        nfc,
      );
    let title: string;
    if (condition) {
      const rest = condition[2]!;
      const offset = nfc.length - rest.length;
      const shifted = cut.map((c) => ({ start: c.start - offset, end: c.end - offset })).filter((c) => c.start >= 0);
      const what = condition[1]!.replace(/^(?:Trong trường hợp|Trường hợp|Khi)\s+/iu, '');
      title = `${titleFrom(rest, shifted)} (${condition[1]!.split(/\s/)[0]!.toLocaleLowerCase('vi')} ${what})`;
    } else title = titleFrom(nfc, cut);
    this.add(p, scope, title, who, [{ kind: 'unscheduled', reason: 'event' }], [], null, sentence, recipient?.name ?? null);
  }

  /**
   * An instruction the reader did not turn into a task: a sentence that asks for work ("Tăng cường kiểm tra
   * …") in the part of the plan that assigns it, and is not a heading with items under it, nor a line that
   * introduces a list.
   */
  private looksLikeInstruction(p: Paragraph, sentence: string): boolean {
    if (p.section !== 'content' && p.section !== 'organization') return false;
    if (p.kind === 'label' || sentence.trim().endsWith(':') || isUnitHeading(p, sentence)) return false;
    if (p.kind === 'numbered' && !/[.;]$/.test(p.text) && this.doc.paragraphs.some((q) => q.parents.includes(p.index))) return false;
    return tidySentence(sentence).length >= 20 && hasAction(sentence);
  }

  private add(
    p: Paragraph,
    scope: number,
    title: string,
    who: Doer | null,
    rules: DeadlineRule[],
    warnings: ExtractionWarning[],
    fallback: DeadlineRule | null,
    sentence: string,
    recipient: string | null = findRecipient(sentence)?.name ?? null,
  ) {
    if (title.length < 4) return;
    this.drafts.push({
      order: this.order++,
      paragraph: p,
      scope,
      sentence: tidySentence(sentence),
      title: this.withContext(title, scope),
      parties: who?.parties ?? [],
      responsibleText: who?.text || null,
      doerFrom: !who || who.parties.length === 0 ? 'none' : who.guessed ? 'guessed' : 'own',
      recipient,
      rules,
      fallback: fallback ?? NO_DAY,
      warnings: warnings.filter((w) => w.code !== 'no_deadline'),
      heading: p.kind === 'numbered',
      dated: rules.some((r) => r.kind !== 'unscheduled'),
    });
  }

  /** "Kiểm tra định kỳ" alone says little in a list of tasks; the heading it sits under says what is checked. */
  private withContext(title: string, scope: number): string {
    if (title.length >= 45 || scope < 0) return title;
    const heading = this.byIndex(scope);
    if (heading.kind !== 'numbered' || heading.section === 'organization') return title;
    const context = heading.text.replace(/[.:;]+$/, '');
    // "1. Đối với các đơn vị trực thuộc": who does it, said by the units, not what it is about
    if (/^(?:doi voi|trach nhiem cua)\b/.test(foldVietnamese(context)) || (context.length < 90 && partiesIn(context).length > 0))
      return title;
    if (foldVietnamese(title).includes(foldVietnamese(context))) return title;
    // "Dự tập huấn do Bộ Y tế tổ chức" under "4. Tổ chức tập huấn": the title already says it, in other words
    const own = topicWords(title);
    if ([...topicWords(context)].every((word) => own.has(word))) return title;
    return `${title} (${context.length > 90 ? `${context.slice(0, context.lastIndexOf(' ', 88))}…` : context})`;
  }

  /**
   * "Thời gian …" after some tasks dates those of them still without a date, since the last such sentence
   * in the same part of the plan; the ones it names by their words when it names some. With no such task,
   * it dates its own heading, or stands as a task itself.
   */
  private applyModifier(p: Paragraph, scope: number, sentence: string, rules: DeadlineRule[], warnings: ExtractionWarning[]) {
    let target = scope;
    const parent = target >= 0 ? this.byIndex(target) : null;
    // A numbered item that is itself one task ("1.2. Các đơn vị trực thuộc thành lập …") shares its
    // "Việc …" sentence with its siblings: look one heading further up.
    if (
      parent &&
      parent.kind === 'numbered' &&
      /[.;]$/.test(parent.text) &&
      !this.doc.paragraphs.some((q) => q.parents.includes(parent.index) && q.index !== p.index)
    ) {
      target = this.scopeOf(parent);
    }
    const since = this.lastModifierOrder.get(target) ?? 0;
    this.lastModifierOrder.set(target, this.order);
    const inScope = this.drafts.filter(
      (d) => d.order >= since && d.rules.length === 0 && (d.scope === target || this.isWithin(d.paragraph, target)),
    );
    const topic = topicWords(sentence);
    const named = inScope.filter((d) => [...topicWords(d.title)].some((w) => topic.has(w)));
    const chosen = named.length > 0 ? named : inScope;
    if (chosen.length > 0) {
      for (const draft of chosen) {
        draft.rules = rules;
        draft.warnings.push(...warnings);
        draft.sentence = `${draft.sentence} … ${tidySentence(sentence)}`;
      }
      return;
    }
    const heading = target >= 0 ? this.byIndex(target) : null;
    const earlier = this.lastSubject.get(scope);
    const who: Doer | null = this.partiesAbove(p) ?? (earlier ? { ...earlier, guessed: true } : null);
    if (
      heading &&
      heading.kind === 'numbered' &&
      heading.section !== 'organization' &&
      !this.drafts.some((d) => d.paragraph.index === heading.index)
    ) {
      const title = titleFrom(heading.text, []);
      this.add(
        heading,
        this.scopeOf(heading),
        title,
        subjectOf(heading.text).length > 0 ? { parties: subjectOf(heading.text), text: subjectText(heading.text) } : who,
        rules,
        warnings,
        null,
        `${heading.text} … ${sentence}`,
      );
      return;
    }
    const extraction = extractDeadlines(sentence, this.extraction);
    const title = titleFrom(sentence.replace(/^(?:Thời gian|Thời hạn|Việc)\s+/iu, ''), extraction.spans);
    this.add(p, scope, title, who, rules, warnings, null, sentence);
  }

  private isWithin(p: Paragraph, ancestor: number): boolean {
    return p.parents.includes(ancestor);
  }

  /** A heading that is an action ("4. Tổ chức tập huấn") is not a task of its own when tasks sit under it. */
  private dropHeadingsWithTasks() {
    for (let i = this.drafts.length - 1; i >= 0; i -= 1) {
      const draft = this.drafts[i]!;
      if (!draft.heading || draft.dated) continue;
      if (this.drafts.some((other) => other !== draft && other.paragraph.parents.includes(draft.paragraph.index))) this.drafts.splice(i, 1);
    }
  }
}

/** "Phòng Tổ chức cán bộ - Sở Y tế" from "1. Phòng Tổ chức cán bộ - Sở Y tế:". */
function headingName(text: string): string {
  return text.replace(/[:.;\s]+$/u, '').slice(0, 120);
}

// Sentences that assign nothing: "Thủ trưởng các đơn vị chịu trách nhiệm triển khai Kế hoạch này", "Trên đây
// là …", a pointer to another part of the plan, something already done.
const NOT_A_DUTY =
  /\bchiu trach nhiem (?:trien khai|to chuc thuc hien|thuc hien|chi dao)(?: thuc hien)? (?:ke hoach|cac noi dung)|^tren day la|\bde nghi cac don vi nghiem tuc|\bcac noi dung tai muc [ivx]+\b|\bda duoc (?:kien toan|thanh lap|ban hanh)\b|^can cu bang phan cong/;

/** "trong vòng 24 giờ", "Trường hợp …, báo cáo", "khi phát hiện/xảy ra …": a duty that waits for an event. */
function isEventDuty(folded: string): boolean {
  if (/\btrong vong \d+ gio\b/.test(folded)) return true;
  return (
    /^(?:khi|truong hop|trong truong hop)\b|\bkhi (?:phat hien|xay ra|co (?:ca|truong hop|su co|dich))\b/.test(folded) &&
    /\bbao cao\b/.test(folded)
  );
}

function isUnitHeading(p: Paragraph, sentence: string): boolean {
  return p.kind === 'numbered' && !/[.;]$/.test(p.text) && sentence.length < 90 && partiesIn(sentence).length > 0;
}

function tidySentence(sentence: string): string {
  return sentence
    .replace(/^[\s\-+•*–]+/, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*\.\/\.?\s*$/, '.')
    .trim();
}

/** The words naming who does a sentence's task, as the plan wrote them. */
function subjectText(sentence: string): string {
  const nfc = sentence.normalize('NFC');
  const spans = subjectSpans(nfc);
  if (spans.length === 0) return '';
  return nfc.slice(spans[0]!.start, spans[spans.length - 1]!.end).trim();
}

// How a title tells apart the tasks one sentence makes: "(15/06)", "(định kỳ)", "(đột xuất)". The plan's own words.
const UNSCHEDULED_SUFFIX: Record<Extract<DeadlineRule, { kind: 'unscheduled' }>['reason'], string> = {
  no_day: 'định kỳ',
  ad_hoc: 'đột xuất',
  event: 'khi phát sinh',
  data_period: 'theo kỳ số liệu',
};

/**
 * "Triển khai chiến dịch diệt lăng quăng đợt 1, đợt 2" with a date for each round: one title per round
 * ("… đợt 1", "… đợt 2"), in the order the dates come, when the rounds named are as many as the dates.
 */
const ROUND = /(?<![\p{L}\p{N}])đợt\s+(?:\d+|[IVX]+)(?![\p{L}\p{N}])/giu;

function roundTitles(title: string, dates: number): string[] | null {
  if (dates < 2) return null;
  const rounds = [...title.matchAll(ROUND)];
  if (rounds.length !== dates) return null;
  const first = rounds[0]!.index;
  const last = rounds[rounds.length - 1]!;
  const end = last.index + last[0].length;
  // only rounds listed one after another ("đợt 1, đợt 2", "đợt 1 và đợt 2", "đợt 1; đợt 2")
  const between = title.slice(first, end).replace(ROUND, '');
  if (!/^[\s,;]*(?:(?:và|,|;)\s*)*$/u.test(between)) return null;
  return rounds.map((round) => `${title.slice(0, first)}${round[0]}${title.slice(end)}`.replace(/\s+/g, ' ').trim());
}

function ruleSuffix(rule: DeadlineRule): string {
  switch (rule.kind) {
    case 'yearly':
      return `${String(rule.day).padStart(2, '0')}/${String(rule.month).padStart(2, '0')}`;
    case 'once':
      return formatDateVi(rule.due);
    case 'unscheduled':
      return UNSCHEDULED_SUFFIX[rule.reason];
    default:
      return '';
  }
}

/**
 * "Xây dựng, ban hành kế hoạch công tác năm 2023": a one-off piece of work that names only the plan's year.
 * It is due by the end of that year, said as an assumption to check, rather than left looking like
 * recurring work with no day.
 */
function yearOnlyRule(draft: Draft, planYear: number | null): DeadlineRule | null {
  if (planYear === null || !hasDeliverable(draft.title)) return null;
  const named = /\bnăm (\d{4})\b/iu.exec(draft.title);
  if (!named || Number(named[1]) !== planYear) return null;
  const m = findMarkers(foldInPlace(draft.sentence.normalize('NFC')));
  if (m.yearly || m.halfYearly || m.quarterly || m.monthly || m.weekly || m.periodic || m.ongoing || m.adHoc || m.event) return null;
  const due = localDate(planYear, 12, 31);
  draft.warnings.push({ code: 'year_only', params: { written: named[0], due: formatDateVi(due) } });
  return { kind: 'once', due, inclusive: true, precision: 'year' };
}

/**
 * The rules a draft becomes tasks by: every dated one, plus "đột xuất" reports beside them (a monthly report
 * and reports on request are two duties); with no date, every kind of undated work it names ("định kỳ, đột
 * xuất" is two tasks, as the 6-month and the annual review are); with nothing, its fallback.
 */
function rulesOf(draft: Draft, planYear: number | null): DeadlineRule[] {
  const yearOnly = draft.rules.length === 0 ? yearOnlyRule(draft, planYear) : null;
  if (yearOnly) return [yearOnly];
  const dated = draft.rules.filter((r) => r.kind !== 'unscheduled');
  const undated = draft.rules.filter((r): r is Extract<DeadlineRule, { kind: 'unscheduled' }> => r.kind === 'unscheduled');
  const distinct = undated.filter((r, i) => undated.findIndex((o) => o.reason === r.reason) === i);
  if (dated.length > 0) return [...dated, ...distinct.filter((r) => r.reason === 'ad_hoc')];
  return distinct.length > 0 ? distinct : [draft.fallback];
}

/** Plan codes are typed by people ("/xuatbaocao KH20-2020"): short, ASCII, upper case. */
export function planCodeFor(plan: { symbol: string | null; title: string; year: number | null }): string {
  const year = plan.year ? `-${plan.year}` : '';
  const number = plan.symbol ? /^(\d+)/.exec(plan.symbol)?.[1] : undefined;
  if (number) return `KH${number}${year}`;
  const STOP = new Set(['ke', 'hoach', 'nam', 'va', 'cua', 'cac', 've', 'cho', 'tai', 'trong', 'voi', 'nganh', 'y', 'te']);
  const initials = foldVietnamese(plan.title)
    .replace(/\bnam \d{4}\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w))
    .slice(0, 6)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return `${initials || 'KH'}${year}`;
}

function shortTitleFor(title: string): string | null {
  if (title.length <= 60) return null;
  const cut = title.slice(0, 58);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

const sameTitle = (a: string, b: string) => {
  const ta = new Set(
    foldVietnamese(a)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const tb = new Set(
    foldVietnamese(b)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const common = [...ta].filter((t) => tb.has(t)).length;
  return common / Math.max(1, Math.min(ta.size, tb.size)) >= 0.85;
};

/** Turns drafts into tasks: one per dated rule, units resolved, near-duplicates dropped. */
function finish(
  drafts: Draft[],
  units: readonly Unit[],
  referenceDate: LocalDate,
  planYear: number | null,
  planUnits: Party[] | null = null,
): ProposedTask[] {
  const tasks: ProposedTask[] = [];
  for (const draft of drafts) {
    const rules = rulesOf(draft, planYear);
    const resolved = resolveParties(
      draft.parties.length > 0 ? draft.parties : (planUnits ?? [{ kind: 'group', group: 'reporting' }]),
      units,
    );
    const warnings = [...draft.warnings];
    for (const name of resolved.missing) warnings.push({ code: 'unit_not_found', params: { name } });
    for (const name of resolved.fallback) warnings.push({ code: 'unit_fallback', params: { name } });
    if (draft.parties.length === 0 && !planUnits) warnings.push({ code: 'doer_assumed', params: {} });
    else if (draft.doerFrom === 'guessed') warnings.push({ code: 'doer_inferred', params: {} });
    const rounds = roundTitles(draft.title, rules.length);
    for (const [index, rule] of rules.entries()) {
      const title = rounds?.[index] ?? (rules.length > 1 ? `${draft.title} (${ruleSuffix(rule)})` : draft.title);
      const own = warnings.filter((warning) => aboutRule(warning, rule, rules));
      if (rule.kind === 'once' && lastDayToSubmit(rule.due, rule.inclusive) < referenceDate)
        own.push({ code: 'past_deadline', params: { due: formatDateVi(lastDayToSubmit(rule.due, rule.inclusive)) } });
      const task: ProposedTask = {
        title,
        rule,
        sourcePhrase: draft.sentence,
        responsible: draft.responsibleText,
        unitCodes: resolved.units.map((u) => u.code),
        recipient: draft.recipient,
        warnings: uniqueWarnings(own),
      };
      const duplicate = tasks.find(
        (t) =>
          sameTitle(t.title, task.title) &&
          t.unitCodes.join() === task.unitCodes.join() &&
          JSON.stringify(t.rule) === JSON.stringify(task.rule),
      );
      if (!duplicate) tasks.push(task);
    }
  }
  return tasks;
}

/**
 * Whether a warning belongs to this rule's task: a sentence split into several tasks ("trong tháng 5 và tháng 9")
 * gives each task the "year assumed" of its own date, not its sibling's. Anything else is the sentence's.
 */
function aboutRule(warning: ExtractionWarning, rule: DeadlineRule, rules: readonly DeadlineRule[]): boolean {
  if (warning.code !== 'year_assumed' || rules.length < 2) return true;
  const written = foldVietnamese(String(warning.params.written ?? ''));
  const read = /\d{1,2}\s*[/.-]\s*(\d{1,2})|thang\s*(\d{1,2})/.exec(written);
  const month = read ? Number(read[1] ?? read[2]) : null;
  const monthOf = (r: DeadlineRule) => (r.kind === 'once' ? Number(r.due.slice(5, 7)) : null);
  if (month === null || !rules.some((r) => monthOf(r) === month)) return true;
  return monthOf(rule) === month;
}

function uniqueWarnings(warnings: ExtractionWarning[]): ExtractionWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}:${JSON.stringify(w.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The year a plan without a date is for, from its own schedule ("Quý II/2014", "từ năm 2014", "tháng
 * 4/2019"): the year it names most often. Dates of cited documents do not count: they are older.
 */
function yearOfSchedule(doc: PlanText): number | null {
  const counts = new Map<number, number>();
  const SCHEDULE =
    /\bquy\s+[ivxl1-4]{1,4}\s*(?:\/|nam)\s*(\d{4})|\b(?:tu|trong|den|cuoi|dau|giua)\s+(?:thang\s+\d{1,2}\s*(?:\/|nam)\s*|nam\s+)(\d{4})/g;
  for (const p of doc.paragraphs) {
    if (p.section === 'preamble' || p.section === 'purpose') continue;
    for (const m of foldInPlace(p.text).matchAll(SCHEDULE)) {
      const year = Number(m[1] ?? m[2]);
      if (year >= 1990 && year <= 2100) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return ranked[0]?.[0] ?? null;
}

// "triển khai thực hiện Chỉ thị số 30", "thực hiện Kế hoạch số 185/KH-BYT": the document a text is about
const IMPLEMENTS =
  /\b(?:trien khai\s+)?(?:thuc hien|trien khai)\s+((?:chi thi|nghi quyet|ke hoach|quyet dinh|chuong trinh|ket luan|de an)\s+(?:so\s+)?\d[\w/.-]*)/;

/**
 * The name of a plan whose text has no "KẾ HOẠCH" heading (a news article about it, a forwarded note): the
 * first line is a headline, not the plan's name. It is named after the document it carries out, as its
 * first paragraphs say ("triển khai thực hiện Chỉ thị số 30"), with a warning to check; failing that the
 * first line is kept, with the same warning.
 */
function titleOfUntitled(doc: PlanText, warnings: ExtractionWarning[]): string {
  for (const p of doc.paragraphs.slice(0, 4)) {
    const nfc = p.text.normalize('NFC');
    const found = IMPLEMENTS.exec(foldInPlace(nfc));
    if (!found) continue;
    const start = found.index + found[0].length - found[1]!.length;
    const title = `Triển khai thực hiện ${nfc.slice(start, start + found[1]!.length).replace(/[.,;:]+$/, '')}`;
    warnings.push({ code: 'plan_title_from_text', params: { title, headline: doc.title } });
    return title;
  }
  warnings.push({ code: 'plan_title_from_text', params: { title: doc.title, headline: doc.title } });
  return doc.title;
}

/**
 * Reads a plan's text and proposes its tasks: what to do (title), when (rule), who (units of this
 * Department), to whom (recipient), in the plan's words. Nothing is saved: the officer reviews first.
 */
export function proposePlanFromText(raw: string, options: ProposeOptions): PlanProposal {
  const doc = readPlanText(raw);
  const warnings: ExtractionWarning[] = [];
  const inferred = doc.year === null ? yearOfSchedule(doc) : null;
  if (inferred !== null) {
    doc.year = inferred;
    warnings.push({ code: 'plan_year_inferred', params: { year: inferred } });
  }
  const year = doc.year ?? parts(options.referenceDate).year;
  if (doc.year === null) warnings.push({ code: 'plan_year_assumed', params: { year } });
  const extraction: ExtractionOptions = {
    ...(doc.year === null ? { year, yearSource: 'reference', referenceDate: options.referenceDate } : { year, yearSource: 'plan' }),
    issuedOn: doc.issuedOn,
    ...(options.calendar ? { calendar: options.calendar } : {}),
  };
  const definitions = definitionsOf(doc);
  const reader = new PlanReader(doc, extraction, definitions);
  const drafts = reader.read();
  // "Các đơn vị trong Kế hoạch này gồm: …": the plan's "các đơn vị" are those, not every unit under the Sở
  const ownUnits = definitions.find((d) => /^cac don vi\b/.test(d.term))?.parties;
  if (ownUnits)
    for (const draft of drafts)
      draft.parties = draft.parties.flatMap((party) => (party.kind === 'group' && party.group === 'reporting' ? ownUnits : [party]));
  const tasks = finish(drafts, options.units, options.referenceDate, doc.year, ownUnits ?? null);
  const assumed = warnings.findIndex((w) => w.code === 'plan_year_assumed');
  if (assumed >= 0 && !tasks.some((task) => task.warnings.some((w) => w.code === 'year_assumed'))) {
    // nothing needed a year (yearly dates, undated work): say the year is unknown rather than assume one
    warnings.splice(assumed, 1, { code: 'plan_year_unknown', params: {} });
  }
  if (tasks.length === 0) warnings.push({ code: 'no_tasks', params: {} });
  if (options.units.length === 0) warnings.push({ code: 'no_units', params: {} });
  const title = doc.untitled ? titleOfUntitled(doc, warnings) : doc.title;
  return {
    plan: {
      symbol: doc.symbol,
      code: planCodeFor({ symbol: doc.symbol, title, year: doc.year }),
      title,
      shortTitle: doc.symbol ? null : shortTitleFor(title),
      issuer: doc.issuer,
      issuedOn: doc.issuedOn,
      issuedMonth: doc.issuedOn ? null : doc.issuedMonth,
      year: doc.year,
    },
    tasks,
    warnings,
    unusedSentences: unusedOf(reader.unused, tasks),
  };
}

/** Instructions that made no task, each once, and not those another task was read from. */
function unusedOf(sentences: readonly string[], tasks: readonly ProposedTask[]): string[] {
  const used = tasks.map((task) => task.sourcePhrase);
  return [...new Set(sentences)].filter((sentence) => !used.some((phrase) => phrase.includes(sentence)));
}
