import type { PlatformUser } from '../members/member.js';

/**
 * A message to be delivered by the outbox worker, never queued twice: the key says what it is
 * ("digest:<chat>:<period>", "doc-replaced:<symbol>:<chat>", "reply:telegram:<update>:0"), and a key already
 * queued is ignored.
 */
export interface OutboxMessage {
  key: string;
  chat: string;
  text: string;
  replyToMessageId?: string | null;
  attachments?: Array<{ kind: 'photo' | 'document'; fileId: string; name?: string | null }>;
  buttons?: Array<{ label: string; data: string }>;
  expectsAnswer?: boolean;
  /** the person a queued reply answers (see OutgoingMessage.addressee) */
  addressee?: Pick<PlatformUser, 'platform' | 'id' | 'displayName'> | null;
  /** files made by the bot (a digest's chart), kept with the message until it is sent */
  files?: Array<{ kind: 'photo' | 'document'; name: string; mimeType: string; data: Buffer }>;
  /** not before this instant (a rate limit said to wait); now when absent */
  notBefore?: Date;
  /**
   * How many leading parts of the message were delivered already (a long text goes out in several messages,
   * then its files): a reply cut short by a rate limit on its second part is queued with 1, and only the rest
   * is sent. 0 when absent.
   */
  partsSent?: number;
}

export interface ClaimedOutboxMessage extends OutboxMessage {
  id: number;
  attempts: number;
  /**
   * An earlier attempt had reached the platform when its worker stopped (a crash, a kill), before the answer
   * was recorded: the message may have been delivered, and sending it again could double it.
   */
  inDoubt?: boolean;
  partsSent: number;
  /** when a worker first took the message: after a day of failures it is given up (Telegram keeps nothing longer) */
  firstAttemptAt: Date;
  /**
   * The claim: until when this worker holds the message, and for how long a claim lasts. A worker that waited
   * past its lease (a busy group's pacing) may find the message taken by another replica; the claim lets
   * `markSending` tell, so that the message is not sent by both.
   */
  claim: { until: Date; leaseSeconds: number };
}

export interface OutboxRepository {
  /** Queues the messages whose keys are new; returns how many were queued. */
  enqueue(messages: readonly OutboxMessage[]): Promise<number>;
  /** Like enqueue, and says which keys were new. */
  enqueueNew(messages: readonly OutboxMessage[]): Promise<string[]>;
  /**
   * Takes up to `limit` messages that are due and not taken by another worker, for `leaseSeconds`. Replicas
   * share the table: a message is taken by one of them at a time.
   */
  claimDue(now: Date, limit: number, leaseSeconds: number): Promise<ClaimedOutboxMessage[]>;
  /**
   * Records that a request carrying the message is about to reach the platform (see `inDoubt`) and renews the
   * lease from `at`, if the claim is still this worker's and the message is still unsent. Returns false when
   * another worker took it meanwhile: then nothing may be sent.
   */
  markSending(id: number, at: Date, claim: ClaimedOutboxMessage['claim']): Promise<boolean>;
  markSent(id: number, at: Date): Promise<void>;
  /**
   * Gives the message back to be tried again at `at` (a rate limit, a network failure), with how many of its
   * parts were delivered so far (never fewer than before).
   */
  retryAt(id: number, at: Date, error: string, partsSent?: number): Promise<void>;
  /** Gives up on the message (the chat is gone, the platform refuses it for good). */
  markFailed(id: number, at: Date, error: string): Promise<void>;
}
