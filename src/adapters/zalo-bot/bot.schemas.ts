import { z } from 'zod';

// A colon or a space would break the chat reference built from an id; real ids have neither.
const id = z
  .union([
    z
      .string()
      .min(1)
      .max(64)
      .regex(/^[^:\s]+$/),
    z.number().int(),
  ])
  .transform(String);

/** The Zalo Bot platform's envelope, like Telegram's: `ok`, then `result` or `error_code` + `description`. */
export const botEnvelope = z.looseObject({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.coerce.number().int().optional(),
  description: z.string().optional(),
});

export const botMeSchema = z.looseObject({ id, account_name: z.string().nullish(), display_name: z.string().nullish() });

export const botSentSchema = z.looseObject({ message_id: id.optional() }).nullish();

export const botMessageSchema = z.looseObject({
  message_id: id,
  date: z.number().optional(),
  from: z.looseObject({ id, display_name: z.string().nullish(), name: z.string().nullish(), is_bot: z.boolean().optional() }),
  chat: z.looseObject({ id, chat_type: z.string().optional(), title: z.string().nullish() }),
  text: z.string().max(100_000).nullish(),
  caption: z.string().max(100_000).nullish(),
  photo_url: z.string().nullish(),
  sticker: z.string().nullish(),
});

export type BotMessage = z.infer<typeof botMessageSchema>;

export const botUpdateSchema = z.looseObject({
  event_name: z.string().min(1).max(100),
  message: botMessageSchema.optional(),
});

export type BotUpdate = z.infer<typeof botUpdateSchema>;
