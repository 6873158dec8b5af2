import type { Repositories, Store } from '../core/store.js';
import type { Database } from './client.js';
import { createAuditRepository } from './repositories/audit.repository.js';
import { createChatsRepository } from './repositories/chats.repository.js';
import { createConversationsRepository } from './repositories/conversations.repository.js';
import { createDocumentFollowsRepository, createDocumentsRepository } from './repositories/documents.repository.js';
import { createMembersRepository } from './repositories/members.repository.js';
import { createOutboxRepository } from './repositories/outbox.repository.js';
import { createPlansRepository, createReportsRepository } from './repositories/plans.repository.js';
import { createUnitsRepository } from './repositories/units.repository.js';

export function createRepositories(db: Database): Repositories {
  return {
    units: createUnitsRepository({ db }),
    members: createMembersRepository({ db }),
    chats: createChatsRepository({ db }),
    conversations: createConversationsRepository({ db }),
    plans: createPlansRepository({ db }),
    reports: createReportsRepository({ db }),
    audit: createAuditRepository({ db }),
    documents: createDocumentsRepository({ db }),
    documentFollows: createDocumentFollowsRepository({ db }),
    outbox: createOutboxRepository({ db }),
  };
}

export function createStore(db: Database): Store {
  return {
    ...createRepositories(db),
    transaction: (work) => db.transaction((tx) => work(createRepositories(tx as unknown as Database))),
  };
}
