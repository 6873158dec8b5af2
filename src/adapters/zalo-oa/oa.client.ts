import { z } from 'zod';
import { classifyOaError, ZaloApiError } from '../zalo/zalo-errors.js';
import { type FetchLike, requestJson } from '../zalo/zalo-http.js';
import {
  oaAssetSchema,
  oaCreatedGroupSchema,
  oaEnvelope,
  oaGroupListSchema,
  type oaGroupSchema,
  oaInfoSchema,
  oaSentSchema,
  oaUploadedFileSchema,
  oaUploadedImageSchema,
  oaUserSchema,
} from './oa.schemas.js';
import type { AccessTokenSource } from './oa.tokens.js';

export interface OaClientOptions {
  apiBase: string;
  tokens: AccessTokenSource;
  fetch?: FetchLike;
  timeoutMs?: number;
}

export interface OaInfo {
  oaId: string;
  /** the OA's name, which people type to mention it ("@Sở Y tế …") */
  name: string | null;
  packageName: string | null;
  packageValidThrough: string | null;
}

export interface OaGroup {
  groupId: string;
  name: string | null;
  link: string | null;
  members: number | null;
  status: string | null;
}

export interface OaAsset {
  assetId: string;
  productType: string | null;
  status: string | null;
  validThrough: string | null;
}

export type OaMedia = { kind: 'image'; url: string };

/** A file the OA uploaded, ready to be sent: an image by its attachment id, a document by its token. */
export type OaUpload = { kind: 'image'; attachmentId: string } | { kind: 'file'; token: string };

/** What the OA may upload: JPG/PNG images up to 1 MB, PDF/DOC/DOCX documents up to 5 MB (Zalo's upload API). */
export const OA_UPLOAD_LIMITS = {
  image: { types: ['image/png', 'image/jpeg'], maxBytes: 1024 * 1024 },
  file: {
    types: ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    maxBytes: 5 * 1024 * 1024,
  },
} as const;

export interface OaClient {
  getOa(): Promise<OaInfo>;
  sendGroupText(groupId: string, text: string): Promise<string | null>;
  sendUserText(userId: string, text: string): Promise<string | null>;
  /** An image by its link; a group image needs a caption (Zalo's page marks `text` required there). */
  sendGroupImage(groupId: string, url: string, caption: string): Promise<string | null>;
  sendUserImage(userId: string, url: string): Promise<string | null>;
  /** Uploads an image (JPG/PNG ≤ 1 MB) or a document (PDF/DOC/DOCX ≤ 5 MB) made by the bot. */
  upload(file: { kind: OaUpload['kind']; name: string; mimeType: string; data: Buffer }): Promise<OaUpload>;
  sendGroupUpload(groupId: string, upload: OaUpload, caption: string): Promise<string | null>;
  sendUserUpload(userId: string, upload: OaUpload): Promise<string | null>;
  /** The user's display name, when the OA may read it (followers; UNVERIFIED for every group member). */
  userName(userId: string): Promise<string | null>;
  listGroups(offset: number, count: number): Promise<{ total: number | null; groups: OaGroup[] }>;
  getGroup(groupId: string): Promise<Record<string, unknown>>;
  createGroup(input: { name: string; description: string; assetId: string; memberIds: string[] }): Promise<OaGroup>;
  groupAssets(productType: string, quotaType: string): Promise<OaAsset[]>;
}

const TOKEN_REJECTED_STATUS = 401;
// Zalo's limit for an image's caption is 2 000 characters; a caption is never blank.
const captionText = (caption: string) => [...(caption.trim() || '📷')].slice(0, 2000).join('');

type Call = { method: 'GET' | 'POST'; path: string; query?: Record<string, string>; body?: unknown; form?: () => FormData };

/**
 * The OA Open API (v3 group chat and consultation messages, v2 OA info). Every answer is checked for a
 * non-zero `error` whatever the HTTP status; a refused token is refreshed once and the call tried once more.
 */
export function createOaClient(options: OaClientOptions): OaClient {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function once(call: Call, token: string): Promise<{ data: unknown } | { error: ZaloApiError }> {
    const query = call.query ? `?${new URLSearchParams(call.query).toString()}` : '';
    const { status, body } = await requestJson(
      fetchImpl,
      `${options.apiBase}${call.path}${query}`,
      {
        method: call.method,
        headers: { access_token: token, ...(call.body === undefined ? {} : { 'content-type': 'application/json' }) },
        // a form is built anew for each attempt: a retried upload must send the whole file again
        ...(call.form ? { body: call.form() } : call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      },
      timeoutMs,
      call.path,
    );
    const envelope = oaEnvelope.safeParse(body);
    if (status === TOKEN_REJECTED_STATUS) return { error: new ZaloApiError('token_invalid', null, call.path, 'HTTP 401') };
    if (!envelope.success) {
      if (status === 429) return { error: new ZaloApiError('rate_limited', null, call.path, 'HTTP 429', 60) };
      throw new ZaloApiError(status >= 500 ? 'server' : 'bad_response', null, call.path, `HTTP ${status}, not an API answer`);
    }
    const { error, message, data } = envelope.data;
    if (error === 0) return { data };
    const kind = classifyOaError(error);
    // -32: the per-minute quota; the next minute starts within 60 s.
    return { error: new ZaloApiError(kind, error, call.path, message ?? 'error', kind === 'rate_limited' ? 60 : undefined) };
  }

  async function call<S extends z.ZodType>(request: Call, schema: S): Promise<z.output<S>> {
    let token = await options.tokens.accessToken();
    let result = await once(request, token);
    if ('error' in result && result.error.kind === 'token_invalid') {
      token = await options.tokens.rejected(token);
      result = await once(request, token);
    }
    if ('error' in result) throw result.error;
    const parsed = schema.safeParse(result.data);
    if (!parsed.success) throw new ZaloApiError('bad_response', null, request.path, 'unexpected data in a successful answer');
    return parsed.data;
  }

  const sent = async (request: Call) => (await call(request, oaSentSchema))?.message_id ?? null;
  const media = (url: string) => ({
    attachment: { type: 'template', payload: { template_type: 'media', elements: [{ media_type: 'image', url }] } },
  });
  const uploaded = (upload: OaUpload) =>
    upload.kind === 'image'
      ? {
          attachment: {
            type: 'template',
            payload: { template_type: 'media', elements: [{ media_type: 'image', attachment_id: upload.attachmentId }] },
          },
        }
      : { attachment: { type: 'file', payload: { token: upload.token } } };
  const toGroup = (group: z.output<typeof oaGroupSchema>): OaGroup => ({
    groupId: group.group_id,
    name: group.name ?? null,
    link: group.group_link ?? null,
    members: group.total_member ?? null,
    status: group.status ?? null,
  });

  return {
    async getOa() {
      const info = await call({ method: 'GET', path: '/v2.0/oa/getoa' }, oaInfoSchema);
      return {
        oaId: (info.oa_id ?? info.oaid)!,
        name: info.name?.trim() || null,
        packageName: info.package_name ?? null,
        packageValidThrough:
          info.package_valid_through_date === null || info.package_valid_through_date === undefined
            ? null
            : String(info.package_valid_through_date),
      };
    },
    sendGroupText: (groupId, text) =>
      sent({ method: 'POST', path: '/v3.0/oa/group/message', body: { recipient: { group_id: groupId }, message: { text } } }),
    sendUserText: (userId, text) =>
      sent({ method: 'POST', path: '/v3.0/oa/message/cs', body: { recipient: { user_id: userId }, message: { text } } }),
    sendGroupImage: (groupId, url, caption) =>
      sent({
        method: 'POST',
        path: '/v3.0/oa/group/message',
        body: { recipient: { group_id: groupId }, message: { text: captionText(caption), ...media(url) } },
      }),
    sendUserImage: (userId, url) =>
      sent({ method: 'POST', path: '/v3.0/oa/message/cs', body: { recipient: { user_id: userId }, message: media(url) } }),
    async upload(file) {
      const form = () => {
        const data = new FormData();
        data.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimeType }), file.name);
        return data;
      };
      if (file.kind === 'image') {
        const answer = await call({ method: 'POST', path: '/v2.0/oa/upload/image', form }, oaUploadedImageSchema);
        return { kind: 'image', attachmentId: answer.attachment_id };
      }
      const answer = await call({ method: 'POST', path: '/v2.0/oa/upload/file', form }, oaUploadedFileSchema);
      return { kind: 'file', token: answer.token };
    },
    sendGroupUpload: (groupId, upload, caption) =>
      sent({
        method: 'POST',
        path: '/v3.0/oa/group/message',
        // a file's message has no caption; an image's must
        body: {
          recipient: { group_id: groupId },
          message: upload.kind === 'image' ? { text: captionText(caption), ...uploaded(upload) } : uploaded(upload),
        },
      }),
    sendUserUpload: (userId, upload) =>
      sent({ method: 'POST', path: '/v3.0/oa/message/cs', body: { recipient: { user_id: userId }, message: uploaded(upload) } }),
    async userName(userId) {
      const user = await call(
        { method: 'GET', path: '/v3.0/oa/user/detail', query: { data: JSON.stringify({ user_id: userId }) } },
        oaUserSchema,
      );
      return user.display_name?.trim() || null;
    },
    async listGroups(offset, count) {
      const list = await call(
        { method: 'GET', path: '/v3.0/oa/group/getgroupsofoa', query: { offset: String(offset), count: String(count) } },
        oaGroupListSchema,
      );
      return { total: list.total ?? null, groups: list.groups.map(toGroup) };
    },
    getGroup: (groupId) =>
      call({ method: 'GET', path: '/v3.0/oa/group/getgroup', query: { group_id: groupId } }, z.record(z.string(), z.unknown())),
    async createGroup({ name, description, assetId, memberIds }) {
      const created = await call(
        {
          method: 'POST',
          path: '/v3.0/oa/group/creategroupwithoa',
          body: { group_name: name, group_description: description, asset_id: assetId, member_user_ids: memberIds },
        },
        oaCreatedGroupSchema,
      );
      return {
        groupId: created.group_id,
        name,
        link: created.group_link ?? null,
        members: created.total_member ?? null,
        status: created.status ?? null,
      };
    },
    async groupAssets(productType, quotaType) {
      const data = await call(
        { method: 'POST', path: '/v3.0/oa/quota/group', body: { quota_owner: 'OA', product_type: productType, quota_type: quotaType } },
        oaEnvelope.shape.data,
      );
      // The list comes bare or under a key, depending on the doc page; take the first array of assets found.
      const list = Array.isArray(data) ? data : (Object.values((data ?? {}) as Record<string, unknown>).find(Array.isArray) ?? []);
      return list.flatMap((item) => {
        const asset = oaAssetSchema.safeParse(item);
        return asset.success
          ? [
              {
                assetId: asset.data.asset_id,
                productType: asset.data.product_type ?? null,
                status: asset.data.status ?? null,
                validThrough: asset.data.valid_through == null ? null : String(asset.data.valid_through),
              },
            ]
          : [];
      });
    },
  };
}
