import type { Repositories, Store } from '../core/store.js';
import type { Database } from './client.js';
import { createAuditRepository } from './repositories/audit.repository.js';
import { createCalendarFeedsRepository } from './repositories/calendar-feeds.repository.js';
import { createCalendarDaysRepository } from './repositories/calendar-days.repository.js';
import { createChatsRepository } from './repositories/chats.repository.js';
import { createConversationsRepository } from './repositories/conversations.repository.js';
import { createDigestsRepository } from './repositories/digests.repository.js';
import { createDocumentFollowsRepository, createDocumentsRepository } from './repositories/documents.repository.js';
import { createExplanationsRepository } from './repositories/explanations.repository.js';
import { createEvidenceRepository } from './repositories/evidence.repository.js';
import { createFeedbackRepository } from './repositories/feedback.repository.js';
import { createInboxRepository } from './repositories/inbox.repository.js';
import { createMembersRepository } from './repositories/members.repository.js';
import { createMessageContextReads } from './repositories/message-context.repository.js';
import { createOutboxRepository } from './repositories/outbox.repository.js';
import { createPlansRepository, createReportsRepository } from './repositories/plans.repository.js';
import { createRemindersRepository } from './repositories/reminders.repository.js';
import { createSignInRepository } from './repositories/sign-in.repository.js';
import { createSystemHealthReads } from './repositories/system-health.repository.js';
import { createUnitCache, createUnitsRepository, type UnitCache } from './repositories/units.repository.js';

export function createRepositories(db: Database, unitCache: UnitCache = createUnitCache()): Repositories {
  return {
    units: createUnitsRepository({ db, cache: unitCache }),
    members: createMembersRepository({ db }),
    chats: createChatsRepository({ db }),
    conversations: createConversationsRepository({ db }),
    plans: createPlansRepository({ db }),
    reports: createReportsRepository({ db }),
    audit: createAuditRepository({ db }),
    documents: createDocumentsRepository({ db }),
    documentFollows: createDocumentFollowsRepository({ db }),
    outbox: createOutboxRepository({ db }),
    inbox: createInboxRepository({ db }),
    reminders: createRemindersRepository({ db }),
    feedback: createFeedbackRepository({ db }),
    digests: createDigestsRepository({ db }),
    calendarDays: createCalendarDaysRepository({ db }),
    evidence: createEvidenceRepository({ db }),
    signIn: createSignInRepository({ db }),
    calendarFeeds: createCalendarFeedsRepository({ db }),
    explanations: createExplanationsRepository({ db }),
    systemHealth: createSystemHealthReads({ db }),
    messageContext: createMessageContextReads({ db }),
  };
}

/**
 * The store over a database; transactions share its caches, so a cached unit is cached for all of them. A
 * transaction opened inside another joins it rather than adding a savepoint: the whole message is one unit of
 * work, and the round trips a savepoint costs buy nothing here.
 */
export function createStore(db: Database, unitCache: UnitCache = createUnitCache()): Store {
  return {
    ...createRepositories(db, unitCache),
    transaction: (work) => db.transaction((tx) => work(createTransactionStore(tx as unknown as Database, unitCache))),
  };
}

function createTransactionStore(tx: Database, unitCache: UnitCache): Store {
  const store: Store = { ...createRepositories(tx, unitCache), transaction: (work) => work(store) };
  return store;
}
