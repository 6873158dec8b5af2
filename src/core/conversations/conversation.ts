/**
 * A multi-step flow in progress for one user in one chat (pick a unit, pick a role…). It is data, not a
 * suspended function, so it survives a restart and works the same on every platform.
 */
export interface ConversationState {
  /** the command that owns the flow */
  flow: string;
  step: string;
  data: Record<string, unknown>;
  /** numbered choices offered in the last question, so that "2" means the second one */
  choices?: Array<{ label: string; value: string }>;
  /** the question as it was last asked, for asking it again when the flow is taken up after a pause (/tieptuc) */
  question?: string;
  expiresAt: Date;
}

export interface ConversationsRepository {
  get(chatRef: string, userKey: string): Promise<ConversationState | null>;
  save(chatRef: string, userKey: string, state: ConversationState): Promise<void>;
  clear(chatRef: string, userKey: string): Promise<void>;
}
