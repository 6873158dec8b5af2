/**
 * A message to be delivered later by the outbox worker, never twice: the key says what it is
 * ("digest:<chat>:<period>", "doc-replaced:<symbol>:<chat>"), and a key already queued is ignored.
 */
export interface OutboxMessage {
  key: string;
  chat: string;
  text: string;
}

export interface OutboxRepository {
  /** Queues the messages whose keys are new; returns how many were queued. */
  enqueue(messages: readonly OutboxMessage[]): Promise<number>;
}
