import { formatDateVi } from '../dates/local-date.js';
import type { OutboxMessage } from '../outbox/outbox.js';
import type { Repositories, Store } from '../store.js';
import type { Translate } from '../text/translate.js';
import { type CatalogueEntry, documentFromEntry, type EntryProblem } from './catalogue-entry.js';
import type { RegulationDocument } from './document.js';

export type ImportProblem = EntryProblem | { symbol: string; field: 'symbol'; problem: 'duplicate' };

export type ImportResult =
  | { kind: 'invalid'; problems: ImportProblem[] }
  | {
      kind: 'imported';
      added: string[];
      updated: string[];
      /** documents this import marked replaced, and how many group notices went to the outbox for each */
      replaced: Array<{ symbol: string; replacedBy: string; notices: number }>;
    };

export interface ImportOptions {
  actorId: number | null;
  /** the translator for a chat's language (null: the default) */
  translatorFor(locale: string | null): Translate;
}

/** A replacement is news when the document was not replaced before, or was replaced by something else. */
function newlyReplaced(before: RegulationDocument | undefined, after: RegulationDocument): boolean {
  if (!before || after.status !== 'replaced' || !after.replacedBy) return false;
  return before.status !== 'replaced' || before.replacedBy !== after.replacedBy || before.replacedByIssuedOn !== after.replacedByIssuedOn;
}

/** "Nghị định 118/2025/NĐ-CP (Về thực hiện thủ tục hành chính…)" or, outside the catalogue, "76/NQ-CP ngày 15/07/2021". */
function describeReplacement(t: Translate, document: RegulationDocument, replacement: RegulationDocument | null): string {
  if (replacement) return t('doc-replaced-by-known', { type: replacement.type, symbol: replacement.symbol, title: replacement.title });
  if (document.replacedByIssuedOn)
    return t('doc-replaced-by-dated', { symbol: document.replacedBy!, date: formatDateVi(document.replacedByIssuedOn) });
  return document.replacedBy!;
}

async function queueNotices(
  tx: Repositories,
  document: RegulationDocument,
  replacement: RegulationDocument | null,
  options: ImportOptions,
): Promise<number> {
  const messages: OutboxMessage[] = [];
  for (const unitId of await tx.documentFollows.unitsFollowing(document.symbol)) {
    const unit = await tx.units.findById(unitId);
    for (const chat of await tx.chats.listByUnit(unitId)) {
      if (chat.kind !== 'group') continue;
      const t = options.translatorFor(chat.locale);
      messages.push({
        // one notice per chat and replacement: a re-import changes nothing, a corrected replacement is news
        key: `doc-replaced:${document.symbol}:${document.replacedBy}:${chat.ref}`,
        chat: chat.ref,
        text: t('doc-replaced-notice', {
          unit: unit?.name ?? '',
          type: document.type,
          symbol: document.symbol,
          title: document.title,
          replacement: describeReplacement(t, document, replacement),
          next: replacement?.symbol ?? document.replacedBy!,
        }),
      });
    }
  }
  return tx.outbox.enqueue(messages);
}

/**
 * Adds or updates documents (`cli import documents`). All or nothing: one bad entry and nothing changes.
 * A document newly marked replaced sends a notice to the groups of every unit that follows it (/theodoi),
 * through the outbox, in the same transaction as the change.
 */
export async function importDocuments(store: Store, entries: readonly CatalogueEntry[], options: ImportOptions): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.symbol)) problems.push({ symbol: entry.symbol, field: 'symbol', problem: 'duplicate' });
    seen.add(entry.symbol);
  }
  const existing = new Map((await store.documents.findBySymbols([...seen])).map((doc) => [doc.symbol, doc]));
  const documents: RegulationDocument[] = [];
  for (const entry of entries) {
    const result = documentFromEntry(entry, existing.get(entry.symbol) ?? null);
    if (Array.isArray(result)) problems.push(...result);
    else documents.push(result);
  }
  if (problems.length > 0) return { kind: 'invalid', problems };

  const replacedNow = documents.filter((doc) => newlyReplaced(existing.get(doc.symbol), doc));
  const replacementSymbols = replacedNow.map((doc) => doc.replacedBy!);
  return store.transaction(async (tx) => {
    await tx.documents.upsertMany(documents);
    const known = new Map((await tx.documents.findBySymbols(replacementSymbols)).map((doc) => [doc.symbol, doc]));
    const replaced: Array<{ symbol: string; replacedBy: string; notices: number }> = [];
    for (const document of replacedNow) {
      const candidate = known.get(document.replacedBy!) ?? null;
      // "76/NQ-CP (15/07/2021)" is not the catalogued 76/NQ-CP of 2013
      const replacement =
        candidate && (!document.replacedByIssuedOn || candidate.issuedOn === document.replacedByIssuedOn) ? candidate : null;
      replaced.push({
        symbol: document.symbol,
        replacedBy: document.replacedBy!,
        notices: await queueNotices(tx, document, replacement, options),
      });
    }
    const added = documents.filter((doc) => !existing.has(doc.symbol)).map((doc) => doc.symbol);
    const updated = documents.filter((doc) => existing.has(doc.symbol)).map((doc) => doc.symbol);
    await tx.audit.record({
      actorId: options.actorId,
      action: 'documents.import',
      entity: 'documents',
      entityId: null,
      data: { added: added.length, updated: updated.length, replaced: replaced.map((r) => r.symbol) },
    });
    return { kind: 'imported', added, updated, replaced };
  });
}
