import type { AuditRepository } from './audit/audit.js';
import type { CalendarFeedsRepository } from './calendar-feed/calendar-feed.js';
import type { CalendarDaysRepository } from './calendar/calendar-days.js';
import type { ChatsRepository } from './chats/chat.js';
import type { MessageContextReads } from './chats/message-context.js';
import type { ConversationsRepository } from './conversations/conversation.js';
import type { DigestRepository } from './digest/digest.js';
import type { DocumentFollowsRepository, DocumentsRepository } from './documents/document.js';
import type { EvidenceRepository } from './evidence/evidence.js';
import type { FeedbackRepository } from './feedback/feedback.js';
import type { InboxRepository } from './inbox.js';
import type { MembersRepository } from './members/member.js';
import type { OutboxRepository } from './outbox/outbox.js';
import type { RemindersRepository } from './reminders/reminders.js';
import type { ExplanationsRepository } from './plans/explanation-request.js';
import type { PlansRepository, ReportsRepository } from './plans/plan.js';
import type { SystemHealthReads } from './dashboard/system-health.js';
import type { SignInRepository } from './sign-in/sign-in.js';
import type { UnitsRepository } from './units/unit.js';

export interface Repositories {
  units: UnitsRepository;
  members: MembersRepository;
  chats: ChatsRepository;
  conversations: ConversationsRepository;
  plans: PlansRepository;
  reports: ReportsRepository;
  audit: AuditRepository;
  documents: DocumentsRepository;
  documentFollows: DocumentFollowsRepository;
  outbox: OutboxRepository;
  inbox: InboxRepository;
  reminders: RemindersRepository;
  feedback: FeedbackRepository;
  digests: DigestRepository;
  /** announced days off and make-up working days */
  calendarDays: CalendarDaysRepository;
  /** the photos and files sent as evidence, downloaded and kept */
  evidence: EvidenceRepository;
  /** dashboard sign-in links and sessions */
  signIn: SignInRepository;
  /** the private calendar feeds (one per person, by a hashed token) */
  calendarFeeds: CalendarFeedsRepository;
  /** the requests for an explanation of an overdue occurrence, and their answers */
  explanations: ExplanationsRepository;
  /** what the administrators' health page reads */
  systemHealth: SystemHealthReads;
  /** the chat, the sender's flow and the calendar's revision, read together for every message */
  messageContext: MessageContextReads;
}

/**
 * The repositories plus a way to make several writes one transaction (a change and its audit row). Inside a
 * transaction, `transaction` nests (a savepoint), so a use case works the same whether or not its caller
 * already opened one.
 */
export interface Store extends Repositories {
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
}
