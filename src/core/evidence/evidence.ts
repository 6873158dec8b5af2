import type { EvidenceFile } from '../plans/plan.js';

/** What became of a file sent as evidence: downloaded and kept, still to be fetched, or lost, and why. */
export type EvidenceStatus = 'pending' | 'stored' | 'failed' | 'too_large' | 'expired';

/** A file sent as evidence, as kept by the bot (its content is read apart: it may be megabytes). */
export interface EvidenceItem {
  id: number;
  platform: string;
  fileId: string;
  kind: 'photo' | 'document';
  name: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  status: EvidenceStatus;
  receivedAt: Date;
  storedAt: Date | null;
  lastError: string | null;
}

/** A file the platform gave us, ready to keep. */
export interface DownloadedFile {
  data: Buffer;
  mimeType: string | null;
  name: string | null;
}

/** One download a worker took, for a lease. */
export interface EvidenceDownload {
  id: number;
  platform: string;
  fileId: string;
  kind: 'photo' | 'document';
  name: string | null;
  attempts: number;
  receivedAt: Date;
  chatRef: string | null;
  taskCode: string | null;
  claimedUntil: Date;
}

export interface EvidenceRepository {
  /** Files a report cites, to be downloaded; a file already known is left as it is. */
  track(
    files: readonly EvidenceFile[],
    context: { chat: string | null; taskCode: string | null; reporterId: number | null; at: Date },
  ): Promise<void>;
  /** What is known of these files (a report's evidence), by platform and file id. */
  statusOf(files: readonly Pick<EvidenceFile, 'platform' | 'fileId'>[]): Promise<EvidenceItem[]>;
  /** The content of a kept file; null when it is not (or no longer) kept. */
  content(id: number): Promise<Buffer | null>;
  /** Takes downloads whose time has come, for `leaseSeconds`, on the platforms this worker can fetch from. */
  claimDownloads(platforms: readonly string[], now: Date, limit: number, leaseSeconds: number): Promise<EvidenceDownload[]>;
  /** False when the claim was lost meanwhile. */
  saveDownloaded(download: EvidenceDownload, file: DownloadedFile, at: Date): Promise<boolean>;
  /** A failed attempt: tried again at `retryAt`, or given up for good (`status` says why) when it is null. */
  downloadFailed(download: EvidenceDownload, error: string, next: { retryAt: Date } | { status: 'failed' | 'too_large' }): Promise<boolean>;
  /** Deletes the content of files received before `before` (the retention), keeping the row; returns how many. */
  expireBefore(before: Date): Promise<number>;
}

/**
 * The evidence of an occurrence, its files in the order they were sent: what /minhchung, the consolidated
 * report and a page of the dashboard show. Who may see the occurrence is the caller's check (the unit's).
 */
export async function listEvidence(
  store: { reports: { evidenceFor(occurrenceId: number): Promise<EvidenceFile[]> }; evidence: EvidenceRepository },
  occurrenceId: number,
): Promise<Array<{ file: EvidenceFile; kept: EvidenceItem | null }>> {
  const files = await store.reports.evidenceFor(occurrenceId);
  const known = await store.evidence.statusOf(files);
  const byKey = new Map(known.map((item) => [`${item.platform}\u0000${item.fileId}`, item]));
  const seen = new Set<string>();
  return files.flatMap((file) => {
    const key = `${file.platform}\u0000${file.fileId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ file, kept: byKey.get(key) ?? null }];
  });
}

/**
 * The content of one file of an occurrence's evidence: a page (or a command) that may show the occurrence can
 * serve the file by its id, and only a file that belongs to that occurrence. Null when it is not kept.
 */
export async function readEvidence(
  store: Parameters<typeof listEvidence>[0],
  occurrenceId: number,
  evidenceId: number,
): Promise<{ item: EvidenceItem; data: Buffer } | null> {
  const item = (await listEvidence(store, occurrenceId)).find((entry) => entry.kept?.id === evidenceId)?.kept;
  if (!item || item.status !== 'stored') return null;
  const data = await store.evidence.content(item.id);
  return data ? { item, data } : null;
}
