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

type Factories = { [Name in keyof Repositories]: (db: Database, unitCache: UnitCache) => Repositories[Name] };

const factories: Factories = {
  units: (db, cache) => createUnitsRepository({ db, cache }),
  members: (db) => createMembersRepository({ db }),
  chats: (db) => createChatsRepository({ db }),
  conversations: (db) => createConversationsRepository({ db }),
  plans: (db) => createPlansRepository({ db }),
  reports: (db) => createReportsRepository({ db }),
  audit: (db) => createAuditRepository({ db }),
  documents: (db) => createDocumentsRepository({ db }),
  documentFollows: (db) => createDocumentFollowsRepository({ db }),
  outbox: (db) => createOutboxRepository({ db }),
  inbox: (db) => createInboxRepository({ db }),
  reminders: (db) => createRemindersRepository({ db }),
  feedback: (db) => createFeedbackRepository({ db }),
  digests: (db) => createDigestsRepository({ db }),
  calendarDays: (db) => createCalendarDaysRepository({ db }),
  evidence: (db) => createEvidenceRepository({ db }),
  signIn: (db) => createSignInRepository({ db }),
  calendarFeeds: (db) => createCalendarFeedsRepository({ db }),
  explanations: (db) => createExplanationsRepository({ db }),
  systemHealth: (db) => createSystemHealthReads({ db }),
  messageContext: (db) => createMessageContextReads({ db }),
};

/**
 * The repositories over `db` (the database or a transaction), each made when first used: every message opens
 * a transaction and uses three or four of the twenty, and making them all was a measurable part of a report.
 * The getters live on the prototype, made once, so that a transaction's store costs one small object.
 */
class LazyRepositories {
  // not a #private field: a test's store made with Object.create(store) reads its repositories through these getters
  protected readonly made: Partial<Repositories> = {};
  constructor(
    readonly db: Database,
    readonly unitCache: UnitCache,
  ) {}

  static {
    for (const name of Object.keys(factories) as (keyof Repositories)[]) {
      Object.defineProperty(LazyRepositories.prototype, name, {
        enumerable: true,
        get(this: LazyRepositories) {
          const made = this.made as Record<string, unknown>;
          made[name] ??= factories[name](this.db, this.unitCache);
          return made[name];
        },
      });
    }
  }
}

export function createRepositories(db: Database, unitCache: UnitCache = createUnitCache()): Repositories {
  return new LazyRepositories(db, unitCache) as unknown as Repositories;
}

class DatabaseStore extends LazyRepositories {
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(new TransactionStore(tx as unknown as Database, this.unitCache) as unknown as Store));
  }
}

/** A transaction opened inside another joins it. */
class TransactionStore extends LazyRepositories {
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    return work(this as unknown as Store);
  }
}

/**
 * The store over a database; transactions share its caches, so a cached unit is cached for all of them. A
 * transaction opened inside another joins it rather than adding a savepoint: the whole message is one unit of
 * work, and the round trips a savepoint costs buy nothing here.
 */
export function createStore(db: Database, unitCache: UnitCache = createUnitCache()): Store {
  return new DatabaseStore(db, unitCache) as unknown as Store;
}
