import type { ChatRecord } from '../chats/chat.js';
import type { Store } from '../store.js';
import type { ReminderStage } from './reminder-stage.js';

export interface Readers {
  /** each unit's own groups (not the leaders') */
  unitChats: Map<number, ChatRecord[]>;
  leadersChats: ChatRecord[];
}

/**
 * Keeps the reminder steps someone can read: a step before or on the due date needs a group of its unit, an
 * escalation needs a leaders' group. The others are not marked given, so they wait for the day there is one
 * (marking them would lose them for good). Shared by the task and the feedback reminders.
 */
export async function readableSteps<S extends { stage: ReminderStage }>(
  store: Store,
  steps: readonly S[],
  unitOf: (step: S) => number,
): Promise<{ deliverable: S[] } & Readers> {
  const leadersChats = await store.chats.listLeadersChats();
  const unitChats = new Map<number, ChatRecord[]>();
  for (const unitId of new Set(steps.filter((s) => s.stage !== 'after').map(unitOf))) {
    unitChats.set(
      unitId,
      (await store.chats.listByUnit(unitId)).filter((chat) => chat.kind === 'group' && !chat.isLeadersChat),
    );
  }
  const deliverable = steps.filter((s) => (s.stage === 'after' ? leadersChats.length > 0 : (unitChats.get(unitOf(s))?.length ?? 0) > 0));
  return { deliverable, unitChats, leadersChats };
}
