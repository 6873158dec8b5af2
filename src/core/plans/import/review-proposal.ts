import { parts } from '../../dates/local-date.js';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import { type ExtractionOptions, extractDeadlines } from '../../deadlines/extraction/extract-deadlines.js';
import { foldInPlace } from '../../deadlines/extraction/fold.js';
import type { Unit } from '../../units/unit.js';
import type { LocalDate } from '../../dates/local-date.js';
import type { PlanProposal, ProposedTask } from './propose-plan.js';
import { type Party, partiesIn, resolveParties, subjectOf } from './responsible.js';
import { findRecipient, titleFrom } from './task-text.js';

/**
 * Correcting a proposal before it is saved, as one corrects a draft: "sửa 3 <tên>", "giao 3 cho <đơn vị>",
 * "hạn 3 <cụm từ hạn>", "nhận 3 <người nhận>", "gộp 2 3", "tách 4", "thêm <nhiệm vụ>" (with or without
 * diacritics). Numbers are the ones shown and stay: a task struck out keeps its number, a new one takes the
 * next.
 */
export type ReviewEdit =
  | { kind: 'rename'; number: number; title: string }
  | { kind: 'assign'; number: number; who: string }
  | { kind: 'deadline'; number: number; phrase: string }
  | { kind: 'recipient'; number: number; name: string }
  | { kind: 'merge'; into: number; from: number }
  | { kind: 'split'; number: number }
  | { kind: 'add'; text: string };

export interface ReviewState {
  proposal: PlanProposal;
  /** numbers (from 1) struck out */
  dropped: number[];
}

export type ReviewError = 'plan-review-no-task' | 'plan-review-unit-unknown' | 'plan-review-deadline-unread' | 'plan-review-cannot-split';

const MAX_TITLE = 125;

// what the importer doubted about a task's doer; a new deadline keeps them, naming the units clears them
const DOER_WARNINGS = new Set<string>(['unit_not_found', 'unit_fallback', 'doer_assumed', 'doer_inferred']);

/** Reads a correction; null when the text is none. */
export function readReviewEdit(text: string): ReviewEdit | null {
  const nfc = text.normalize('NFC').trim();
  const folded = foldInPlace(nfc);
  const rest = (m: RegExpExecArray) => nfc.slice(m.index + m[0].length).trim();
  let m = /^(?:sua|doi ten)\s+(\d+)\s*[:.-]?\s*/.exec(folded);
  if (m && rest(m)) return { kind: 'rename', number: Number(m[1]), title: rest(m) };
  m = /^giao\s+(\d+)\s+(?:cho\s+)?/.exec(folded);
  if (m && rest(m)) return { kind: 'assign', number: Number(m[1]), who: rest(m) };
  m = /^(?:han|thoi han)\s+(\d+)\s*[:]?\s*/.exec(folded);
  if (m && rest(m)) return { kind: 'deadline', number: Number(m[1]), phrase: rest(m) };
  m = /^(?:nhan|gui|noi nhan)\s+(\d+)\s+(?:ve\s+|cho\s+)?/.exec(folded);
  if (m && rest(m)) return { kind: 'recipient', number: Number(m[1]), name: rest(m) };
  m = /^gop\s+(\d+)\s*(?:,|va|vao|\s)\s*(\d+)\s*$/.exec(folded);
  if (m) return { kind: 'merge', into: Number(m[1]), from: Number(m[2]) };
  m = /^tach\s+(\d+)\s*$/.exec(folded);
  if (m) return { kind: 'split', number: Number(m[1]) };
  m = /^them\s*[:]?\s*/.exec(folded);
  if (m && rest(m).length >= 4) return { kind: 'add', text: rest(m) };
  return null;
}

const cap = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  const short = clean.length > MAX_TITLE ? `${clean.slice(0, clean.lastIndexOf(' ', MAX_TITLE - 1))}…` : clean;
  return short ? short[0]!.toLocaleUpperCase('vi') + short.slice(1) : short;
};

/** Who a reviewer names ("các bệnh viện", "Văn phòng Sở", "TTYT Tam Đường", "BVDK"), as unit codes. */
export function unitsNamed(who: string, units: readonly Unit[]): string[] {
  // "CDC, TTYT Tam Đường", "bv phổi và bvđk": each part named apart. Some parts named and some not: nothing,
  // so that the person is asked again rather than given part of what they said. No part a unit on its own:
  // the whole is one name ("Phòng Kế hoạch và Tài chính").
  const parts = who.split(/\s*[,;+&]\s*|\s+(?:và|va|and)\s+/iu).filter((part) => part.trim() !== '');
  if (parts.length <= 1) return unitsNamedOnce(who, units);
  const each = parts.map((part) => unitsNamedOnce(part, units));
  if (each.every((codes) => codes.length > 0)) return [...new Set(each.flat())];
  if (each.every((codes) => codes.length === 0)) return unitsNamedOnce(who, units);
  return [];
}

function unitsNamedOnce(who: string, units: readonly Unit[]): string[] {
  const byCode = who
    .split(/[\s,;]+/)
    .map((code) => units.find((u) => u.code.toLowerCase() === code.toLowerCase()))
    .filter((u): u is Unit => u !== undefined);
  if (byCode.length > 0 && byCode.length === who.split(/[\s,;]+/).filter(Boolean).length) return byCode.map((u) => u.code);
  const parties: Party[] = partiesIn(who);
  const named = parties.length > 0 ? parties : [{ kind: 'named' as const, name: who, office: false }];
  return resolveParties(named, units).units.map((u) => u.code);
}

/** Applies a correction; the proposal is not changed in place. */
export function applyReviewEdit(
  state: ReviewState,
  edit: ReviewEdit,
  options: { units: readonly Unit[]; referenceDate: LocalDate; calendar?: WorkingCalendar },
): ReviewState | { error: ReviewError } {
  const tasks = [...state.proposal.tasks];
  const live = (n: number) => n >= 1 && n <= tasks.length && !state.dropped.includes(n);
  const withTasks = (next: ProposedTask[], dropped = state.dropped): ReviewState => ({
    proposal: { ...state.proposal, tasks: next },
    dropped,
  });
  const year = state.proposal.plan.year;
  const extraction: ExtractionOptions = {
    ...(year === null
      ? { year: parts(options.referenceDate).year, yearSource: 'reference' as const, referenceDate: options.referenceDate }
      : { year, yearSource: 'plan' as const }),
    issuedOn: state.proposal.plan.issuedOn,
    ...(options.calendar ? { calendar: options.calendar } : {}),
  };
  switch (edit.kind) {
    case 'rename': {
      if (!live(edit.number)) return { error: 'plan-review-no-task' };
      tasks[edit.number - 1] = { ...tasks[edit.number - 1]!, title: cap(edit.title) };
      return withTasks(tasks);
    }
    case 'assign': {
      if (!live(edit.number)) return { error: 'plan-review-no-task' };
      const codes = unitsNamed(edit.who, options.units);
      if (codes.length === 0) return { error: 'plan-review-unit-unknown' };
      const task = tasks[edit.number - 1]!;
      tasks[edit.number - 1] = {
        ...task,
        unitCodes: codes,
        responsible: edit.who,
        // the reviewer has said who does it: no doubt about the doer is left
        warnings: task.warnings.filter((w) => !DOER_WARNINGS.has(w.code)),
      };
      return withTasks(tasks);
    }
    case 'deadline': {
      if (!live(edit.number)) return { error: 'plan-review-no-task' };
      const read = extractDeadlines(edit.phrase, extraction);
      const rule = read.rules[0];
      if (!rule) return { error: 'plan-review-deadline-unread' };
      const task = tasks[edit.number - 1]!;
      const kept = task.warnings.filter((w) => DOER_WARNINGS.has(w.code));
      tasks[edit.number - 1] = { ...task, rule, warnings: [...kept, ...read.warnings.filter((w) => w.code !== 'no_deadline')] };
      return withTasks(tasks);
    }
    case 'recipient': {
      if (!live(edit.number)) return { error: 'plan-review-no-task' };
      tasks[edit.number - 1] = { ...tasks[edit.number - 1]!, recipient: edit.name.replace(/\s+/g, ' ').trim() };
      return withTasks(tasks);
    }
    case 'merge': {
      if (!live(edit.into) || !live(edit.from) || edit.into === edit.from) return { error: 'plan-review-no-task' };
      const into = tasks[edit.into - 1]!;
      const from = tasks[edit.from - 1]!;
      tasks[edit.into - 1] = {
        ...into,
        unitCodes: [...new Set([...into.unitCodes, ...from.unitCodes])],
        sourcePhrase: `${into.sourcePhrase} … ${from.sourcePhrase}`,
        recipient: into.recipient ?? from.recipient,
      };
      return withTasks(
        tasks,
        [...state.dropped, edit.from].sort((a, b) => a - b),
      );
    }
    case 'split': {
      if (!live(edit.number)) return { error: 'plan-review-no-task' };
      const task = tasks[edit.number - 1]!;
      const at = [task.title.indexOf(';'), task.title.indexOf(' và '), task.title.indexOf(', ')].find((i) => i > 3);
      if (at === undefined) return { error: 'plan-review-cannot-split' };
      const first = task.title.slice(0, at);
      const second = task.title.slice(at).replace(/^[;,]?\s*(?:và\s+)?/u, '');
      if (second.length < 4) return { error: 'plan-review-cannot-split' };
      tasks[edit.number - 1] = { ...task, title: cap(first) };
      tasks.push({ ...task, title: cap(second) });
      return withTasks(tasks);
    }
    case 'add': {
      const read = extractDeadlines(edit.text, extraction);
      const recipient = findRecipient(edit.text);
      const cut = [...read.spans, ...(recipient && recipient.start >= 0 ? [{ start: recipient.start, end: recipient.end }] : [])];
      const doer = subjectOf(edit.text);
      const resolved = resolveParties(doer.length > 0 ? doer : [{ kind: 'group', group: 'reporting' }], options.units);
      tasks.push({
        title: cap(titleFrom(edit.text, cut)),
        rule: read.rules[0] ?? { kind: 'unscheduled', reason: 'no_day' },
        sourcePhrase: edit.text,
        responsible: null,
        unitCodes: resolved.units.map((u) => u.code),
        recipient: recipient?.name ?? null,
        warnings: read.warnings.filter((w) => w.code !== 'no_deadline'),
      });
      // an instruction the importer left out, now added: no longer listed as left out
      const added = foldInPlace(edit.text.normalize('NFC')).replace(/[\s.;]+$/, '');
      const unused = state.proposal.unusedSentences?.filter((sentence) => !foldInPlace(sentence.normalize('NFC')).includes(added));
      return { ...withTasks(tasks), proposal: { ...state.proposal, tasks, ...(unused ? { unusedSentences: unused } : {}) } };
    }
  }
}
