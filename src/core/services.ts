import type { DocumentLookup } from './documents/lookup/document-lookup.js';
import type { Store } from './store.js';

/** A file the bot made (a chart, a spreadsheet, a report) and sends as an upload. */
export interface GeneratedFile {
  kind: 'photo' | 'document';
  name: string;
  mimeType: string;
  data: Buffer;
}

/**
 * Long-lived services the app builds once and every command may use: what cannot be a plain function of
 * the store because it keeps state between messages (the lookup's in-memory index), or what needs a
 * library the domain should not import (the chart renderer).
 */
export interface Services {
  documentLookup: DocumentLookup;
  /** draws the leaders' chart (PNG) as of `at`, read through `store`; absent when no renderer is configured */
  leaderChart?: (store: Store, at: Date) => Promise<GeneratedFile | null>;
}
