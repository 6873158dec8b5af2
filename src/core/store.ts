import type { AuditRepository } from './audit/audit.js';
import type { ChatsRepository } from './chats/chat.js';
import type { ConversationsRepository } from './conversations/conversation.js';
import type { DocumentFollowsRepository, DocumentsRepository } from './documents/document.js';
import type { MembersRepository } from './members/member.js';
import type { OutboxRepository } from './outbox/outbox.js';
import type { PlansRepository, ReportsRepository } from './plans/plan.js';
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
}

/** The repositories plus a way to make several writes one transaction (a change and its audit row). */
export interface Store extends Repositories {
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
}
