import { ZaloApiError } from './zalo-errors.js';
import { parseZaloJson } from './zalo-json.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface JsonResponse {
  status: number;
  body: unknown;
}

/**
 * One HTTP call with a deadline. Network failures and timeouts become ZaloApiError (never an error carrying
 * the URL: the Bot API puts its token there); a body that is not JSON is reported with the status.
 */
export async function requestJson(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  endpoint: string,
  cancel?: AbortSignal,
): Promise<JsonResponse> {
  let response: Response;
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetchImpl(url, { ...init, signal: cancel ? AbortSignal.any([deadline, cancel]) : deadline });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new ZaloApiError('timeout', null, endpoint, `no answer within ${timeoutMs} ms`);
    throw new ZaloApiError('network', null, endpoint, 'could not reach Zalo');
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new ZaloApiError('timeout', null, endpoint, `the answer did not arrive within ${timeoutMs} ms`);
  }
  try {
    // ids beyond a double's precision stay text (getoa's oa_id is typed "long")
    return { status: response.status, body: text ? parseZaloJson(text) : null };
  } catch {
    const kind = response.status >= 500 ? 'server' : 'bad_response';
    throw new ZaloApiError(kind, null, endpoint, `HTTP ${response.status} without a JSON body`);
  }
}
