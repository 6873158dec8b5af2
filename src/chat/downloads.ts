import type { DownloadedFile } from '../core/evidence/evidence.js';

/** The file is larger than the bot keeps (EVIDENCE_MAX_MB): trying again changes nothing. */
export class FileTooLarge extends Error {
  constructor(readonly bytes: number | null) {
    super(bytes === null ? 'file larger than the limit' : `file of ${bytes} bytes, larger than the limit`);
    this.name = 'FileTooLarge';
  }
}

/** The platform no longer has the file (an expired link, an unknown file id): trying again changes nothing. */
export class FileGone extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'FileGone';
  }
}

/** A platform adapter's way to fetch a file people sent it, within a size limit. */
export type Downloader = (
  file: { fileId: string; kind: 'photo' | 'document'; name: string | null },
  maxBytes: number,
) => Promise<DownloadedFile>;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * GET a file by its link, reading at most `maxBytes` (a declared length over it is refused before the body is
 * read; a body that grows past it is cut off). 403, 404 and 410 mean the link is gone (Zalo's links expire).
 * The URL never appears in an error: a Bot API file link carries the bot's token.
 */
export async function fetchFile(fetchImpl: FetchLike, url: string, maxBytes: number, timeoutMs = 30_000): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    throw new Error(name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'could not reach the file server', { cause: error });
  }
  if (response.status === 403 || response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    throw new FileGone(`the file server answered ${response.status}: the link no longer works`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`the file server answered ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new FileTooLarge(declared);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        throw new FileTooLarge(null);
      }
      chunks.push(value);
    }
  }
  const type = response.headers.get('content-type')?.split(';')[0]?.trim() || null;
  return { data: Buffer.concat(chunks), mimeType: type, name: null };
}

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The type of a downloaded file: the server's when it says something useful, else from the name's extension,
 * else a photo is a JPEG (what Zalo and Telegram make of a photo) and anything else bytes.
 */
export function fileType(given: string | null, name: string | null, kind: 'photo' | 'document'): string {
  if (given && given !== 'application/octet-stream') return given;
  const extension = /\.([a-z0-9]{2,5})$/i.exec(name ?? '')?.[1]?.toLowerCase();
  return (extension && TYPES[extension]) || (kind === 'photo' ? 'image/jpeg' : 'application/octet-stream');
}

/** The last part of a link's path, as a file name ("so-lieu.pdf"); null when it has none worth showing. */
export function nameFromLink(link: string): string | null {
  try {
    const last = decodeURIComponent(new URL(link).pathname.split('/').pop() ?? '');
    return /\.[a-z0-9]{2,5}$/i.test(last) ? last.slice(-120) : null;
  } catch {
    return null;
  }
}
