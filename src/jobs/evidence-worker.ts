import type { ChatAdapter } from '../chat/chat-adapter.js';
import { FileGone, FileTooLarge, type Downloader } from '../chat/downloads.js';
import type { Clock } from '../core/clock.js';
import type { EvidenceDownload } from '../core/evidence/evidence.js';
import type { Store } from '../core/store.js';
import type { I18n } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';

export interface EvidenceWorkerOptions {
  store: Store;
  adapters: readonly ChatAdapter[];
  clock: Clock;
  logger: Logger;
  i18n: I18n;
  /** the largest file kept (EVIDENCE_MAX_MB) */
  maxBytes: number;
  intervalMs?: number;
  leaseSeconds?: number;
}

export interface EvidenceWorker {
  start(): void;
  stop(): Promise<void>;
  /** One pass: downloads what is due; returns how many files it handled. */
  runOnce(): Promise<number>;
}

const BATCH = 10;
// A link that fails for another reason than "gone" is tried again with a growing pause, for two days at most:
// long enough for an outage of the platform's file server, short enough that the focal point can still resend.
const MAX_ATTEMPTS = 10;
const GIVE_UP_AFTER_MS = 2 * 86_400_000;

/**
 * Fetches the files sent as evidence from the platforms and keeps them in the database, after the report that
 * cites them was committed (a slow or failing download never holds a report back). A download that fails is
 * tried again later; one that cannot succeed (the link is gone, the file is over the limit) is reported in the
 * chat it came from, so that the focal point sends it again while they still have it. Replicas share the work
 * through claims with a lease, as with the outbox.
 */
export function createEvidenceWorker(options: EvidenceWorkerOptions): EvidenceWorker {
  const { store, clock, logger, i18n } = options;
  const downloaders = new Map<string, Downloader>();
  for (const adapter of options.adapters) if (adapter.download) downloaders.set(adapter.platform, adapter.download.bind(adapter));
  const intervalMs = options.intervalMs ?? 5_000;
  const leaseSeconds = options.leaseSeconds ?? 120;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;

  async function report(download: EvidenceDownload, reason: 'too_large' | 'gone' | 'failed') {
    if (!download.chatRef) return;
    const chat = await store.chats.get(download.chatRef);
    const locale = i18n.resolve(chat?.locale ?? null);
    const name = download.name?.trim() || i18n.t(locale, download.kind === 'photo' ? 'evidence-a-photo' : 'evidence-a-file');
    const text = i18n.t(locale, 'evidence-download-failed', {
      name,
      task: download.taskCode ?? '',
      reason: i18n.t(locale, `evidence-reason-${reason.replace('_', '-')}`, { max: options.maxBytes / 1024 / 1024 }),
    });
    await store.outbox.enqueue([{ key: `evidence-failed:${download.id}`, chat: download.chatRef, text }]);
  }

  async function fetchOne(download: EvidenceDownload, downloader: Downloader) {
    try {
      const file = await downloader({ fileId: download.fileId, kind: download.kind, name: download.name }, options.maxBytes);
      if (file.data.length > options.maxBytes) throw new FileTooLarge(file.data.length);
      if (await store.evidence.saveDownloaded(download, file, clock.now()))
        logger.info({ evidence: download.id, platform: download.platform, bytes: file.data.length }, 'evidence file kept');
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      if (error instanceof FileTooLarge || error instanceof FileGone) {
        const status = error instanceof FileTooLarge ? 'too_large' : 'failed';
        if (await store.evidence.downloadFailed(download, detail, { status })) {
          logger.warn({ evidence: download.id, platform: download.platform, reason: detail }, 'evidence file cannot be kept; reported');
          await report(download, error instanceof FileTooLarge ? 'too_large' : 'gone');
        }
        return;
      }
      const attempts = download.attempts + 1;
      const age = clock.now().getTime() - download.receivedAt.getTime();
      if (attempts >= MAX_ATTEMPTS || age >= GIVE_UP_AFTER_MS) {
        if (await store.evidence.downloadFailed(download, detail, { status: 'failed' })) {
          logger.error(
            { evidence: download.id, platform: download.platform, attempts, reason: detail },
            'evidence download given up; reported',
          );
          await report(download, 'failed');
        }
        return;
      }
      const waitSeconds = Math.min(6 * 3600, 30 * 2 ** download.attempts);
      logger.warn(
        { evidence: download.id, platform: download.platform, attempts, waitSeconds, reason: detail },
        'evidence download failed; will retry',
      );
      await store.evidence.downloadFailed(download, detail, { retryAt: new Date(clock.now().getTime() + waitSeconds * 1000) });
    }
  }

  async function runOnce(): Promise<number> {
    let handled = 0;
    for (;;) {
      const claimed = await store.evidence.claimDownloads([...downloaders.keys()], clock.now(), BATCH, leaseSeconds);
      for (const download of claimed) {
        const downloader = downloaders.get(download.platform)!;
        await fetchOne(download, downloader);
      }
      handled += claimed.length;
      if (claimed.length < BATCH || stopped) return handled;
    }
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .then(() => schedule(intervalMs))
        .catch((error: unknown) => {
          logger.error({ err: error }, 'evidence pass failed');
          schedule(intervalMs * 5);
        });
    }, delay);
    timer.unref();
  }

  return {
    runOnce,
    start() {
      if (!stopped || downloaders.size === 0) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
