/** One platform event, to be processed at most once. */
export interface PlatformEvent {
  platform: string;
  eventId: string;
}

/**
 * Remembers which platform events were processed. Written in the same transaction as the event's effects, so
 * a redelivered event (a webhook retry, a restart while polling) finds its mark and changes nothing.
 */
export interface InboxRepository {
  /** Returns false when the event was already processed. */
  markProcessed(platform: string, eventId: string): Promise<boolean>;
}
