import { z } from 'zod';

// Ids are strings in Zalo's examples and "long" in some of its tables, and some exceed 2^53: they are read as
// text. A number arrives here only when a double holds it exactly (parseZaloJson keeps longer ones as text).
// Real ids are digits or hexadecimal; a colon or a space would break the chat reference built from them.
const id = z
  .union([
    z
      .string()
      .min(1)
      .max(64)
      .regex(/^[^:\s]+$/),
    z.number().int().nonnegative(),
  ])
  .transform(String);

export const oaAttachmentSchema = z.looseObject({
  type: z.string(),
  payload: z
    .looseObject({
      url: z.string().optional(),
      thumbnail: z.string().optional(),
      name: z.string().optional(),
      size: z.union([z.string(), z.number()]).optional(),
      id: z.union([z.string(), z.number()]).optional(),
    })
    .nullish(),
});

/** The part of every webhook body needed before anything else: which event, and when (signed). */
export const oaEnvelopeSchema = z.looseObject({
  event_name: z.string().min(1).max(100),
  timestamp: z.union([z.string().regex(/^\d{10,16}$/), z.number().int().positive()]),
  app_id: z.string().optional(),
});

/** user_send_text, user_send_group_text and their image / file / sticker siblings. */
export const oaMessageEventSchema = z
  .looseObject({
    event_name: z.string(),
    sender: z.looseObject({ id }),
    recipient: z.looseObject({ id }),
    message: z.looseObject({
      msg_id: id.optional(),
      // the official table calls it message_id; the examples and live traffic say msg_id
      message_id: id.optional(),
      text: z.string().max(100_000).optional(),
      quote_msg_id: id.optional(),
      attachments: z.array(oaAttachmentSchema).max(50).optional(),
    }),
    timestamp: z.union([z.string(), z.number()]),
  })
  // A message without an id could not be told from its redelivery: it is refused like any malformed body.
  .refine((event) => Boolean(event.message.msg_id ?? event.message.message_id), { message: 'message id missing' });

export type OaMessageEvent = z.infer<typeof oaMessageEventSchema>;

/** Group lifecycle events name the group in `group_id` or as the recipient, depending on the event. */
export const oaGroupEventSchema = z.looseObject({
  event_name: z.string(),
  group_id: id.optional(),
  recipient: z.looseObject({ id: id.optional() }).optional(),
  timestamp: z.union([z.string(), z.number()]),
});

/** Every answer of the OA Open API: `error` 0 on success, whatever the HTTP status. */
export const oaEnvelope = z.looseObject({
  error: z.coerce.number().int(),
  message: z.string().optional(),
  data: z.unknown().optional(),
});

export const oaSentSchema = z.looseObject({ message_id: z.string().optional() }).nullish();

/**
 * getoa. Zalo's page shows the id as "oaid" in its example and as "oa_id" (long) in its table: either is read, as
 * text. Only the id is needed; a name or package missing or of another type does not make the answer unusable.
 */
export const oaInfoSchema = z
  .looseObject({
    oa_id: id.optional(),
    oaid: id.optional(),
    name: z.string().nullish().catch(null),
    package_name: z.string().nullish().catch(null),
    package_valid_through_date: z.union([z.string(), z.number()]).nullish().catch(null),
  })
  .refine((info) => Boolean(info.oa_id ?? info.oaid), { message: 'no OA id' });

export const oaUserSchema = z.looseObject({ user_id: z.string().optional(), display_name: z.string().nullish() });

export const oaGroupSchema = z.looseObject({
  group_id: id,
  name: z.string().nullish(),
  group_link: z.string().nullish(),
  total_member: z.coerce.number().nullish(),
  status: z.string().nullish(),
});

export const oaGroupListSchema = z.looseObject({
  total: z.coerce.number().optional(),
  groups: z.array(oaGroupSchema).default([]),
});

export const oaCreatedGroupSchema = z.looseObject({
  group_id: id,
  group_link: z.string().nullish(),
  status: z.string().nullish(),
  total_member: z.coerce.number().nullish(),
});

export const oaAssetSchema = z.looseObject({
  asset_id: z.union([z.string(), z.number()]).transform(String),
  product_type: z.string().nullish(),
  status: z.string().nullish(),
  valid_through: z.union([z.string(), z.number()]).nullish(),
});

/** The token endpoint: success carries tokens (expires_in is a string of seconds); failure may be HTTP 200. */
export const oauthTokenSchema = z.looseObject({
  access_token: z.string().min(8),
  refresh_token: z.string().min(8),
  expires_in: z.union([z.string().regex(/^\d+$/), z.number().int().positive()]).transform(Number),
});

export const oauthErrorSchema = z.looseObject({
  error: z.coerce.number().int().optional(),
  error_name: z.string().optional(),
  error_reason: z.string().optional(),
  error_description: z.string().optional(),
  message: z.string().optional(),
});

/** /v2.0/oa/upload/image answers with the id to send the image by. */
export const oaUploadedImageSchema = z.looseObject({ attachment_id: z.string().min(1) });

/** /v2.0/oa/upload/file answers with a token to send the document by. */
export const oaUploadedFileSchema = z.looseObject({ token: z.string().min(1) });
