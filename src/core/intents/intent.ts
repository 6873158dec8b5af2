import type { ReportStatus } from '../plans/plan.js';

/** What free text addressed to the bot asks for. */
export type Intent = 'deadlines' | 'report' | 'feedback' | 'help' | 'chatter' | 'lookup';

export const INTENTS: readonly Intent[] = ['deadlines', 'report', 'feedback', 'help', 'chatter', 'lookup'];

/** The values a message gives beside its intent, as far as they could be read. */
export interface IntentValues {
  /** deadlines: the ones coming up, or the ones already past */
  list?: 'upcoming' | 'overdue';
  /** report: the task's number ("NV7", "nv 7", "nhiệm vụ 7", "[NV7]", "#7") */
  task?: number;
  percent?: number;
  status?: ReportStatus;
  /** report: the message itself when it says what was done, beyond the task, its figure and its status */
  content?: string;
  /** report: not a report but a task given to a unit ("giao NV5 cho TTYT Sìn Hồ"), which a plan's edit does */
  assignsTask?: boolean;
  /** report: not a report but a reminder asked for ("nhắc các đồng chí nộp báo cáo NV5") */
  asksReminder?: boolean;
  /** report: the last report is to be corrected ("sửa báo cáo vừa rồi thành 80%") or taken back ("rút lại báo cáo") */
  reportChange?: 'correct' | 'withdraw';
  /** feedback: how it came in */
  channel?: 'box' | 'hotline' | 'in_person';
  /** feedback: a ticket code, canonical ("PA-2026-0001") */
  ticket?: string;
  /**
   * feedback: with the ticket, how the text says it was handled, in the words /xuly reads ("pa 2026 1 đã xử lý
   * xong" → "da xu ly", "pa-2026-1 mở lại vì …" → "mo lai")
   */
  handling?: 'da xu ly' | 'dang xu ly' | 'mo lai';
  /** feedback: the box's opening told in words, as /homthu reads it ("hom nay 2 thu") */
  boxOpening?: string;
  /**
   * feedback: a question about the book, not a case to log: its open or late cases ("phản ánh nào quá hạn",
   * "cho xem ds pa đang xử lý") or its figures ("phản ánh tháng này bao nhiêu")
   */
  casesAsked?: 'list' | 'stats';
  /** help: a question about what the bot or this chat is for ("nhóm này là nhóm gì", "bot này để làm gì"), which /start answers */
  aboutHere?: true;
  /** help: a role to give or take ("cấp quyền đầu mối cho anh Tuấn"), which /phanquyen does */
  grantsRole?: true;
  /** deadlines: how many days ahead the question looks ("tuần này" 7, "tháng này" 31) */
  days?: number;
  /** a deadline list up to a day named in words ("thu 6", "15/12"), as /hanchot reads it */
  dueBy?: string;
  /** deadlines: the question is about units ("đơn vị nào chậm nhất"): a list over many units by unit */
  byUnit?: boolean;
  /** chatter: what kind, for a fitting short answer (or none) */
  smalltalk?: 'greeting' | 'thanks' | 'introduction' | 'acknowledgement' | 'other';
}

export interface IntentReading {
  /** the intent, or null when two are about as likely (then ask, offering `alternatives`) */
  intent: Intent | null;
  /** when unsure: the likely intents, the likeliest first */
  alternatives: Intent[];
  scores: Record<Intent, number>;
  values: IntentValues;
  /** English with no Vietnamese in it: answered in English */
  english: boolean;
}
