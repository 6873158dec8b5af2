import type { DocumentLookup } from './documents/lookup/document-lookup.js';

/**
 * Long-lived domain services the app builds once and every command may use: what cannot be a plain
 * function of the store because it keeps state between messages (the lookup's in-memory index).
 */
export interface Services {
  documentLookup: DocumentLookup;
}
