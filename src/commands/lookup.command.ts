import { z } from 'zod';
import { permissions } from '../core/members/policy.js';
import { defineCommand } from './command.js';
import { lookupReply } from '../chat/format/lookup-reply.js';

/**
 * /tracuu <câu hỏi>: which document governs a subject, and whether it still applies. Also answers any
 * free text addressed to the bot (a mention or a private message), so "@bot đường dây nóng theo chỉ thị nào"
 * works without the command. Reads only; an unclear question gets candidates or a question back. A question
 * in English gets its answer in English, from the English side of the catalogue; symbols stay as they are.
 */
export const lookupCommand = defineCommand({
  name: 'tracuu',
  aliases: ['lookup', 'vanban'],
  descriptionKey: 'cmd-tracuu-description',
  usageKey: 'cmd-tracuu-usage',
  scope: 'any',
  permission: permissions.anyone,
  args: z.array(z.string()).min(1),
  freeText: true,
  async run(ctx) {
    const { outcome, language } = await ctx.services.documentLookup.ask(ctx.argsText, ctx.store.documents);
    // a question asked in English is answered in English, whatever language the reader chose for the bot
    const locale = language === 'en' ? 'en' : ctx.locale;
    const t = locale === ctx.locale ? ctx.t : ctx.translate(locale);
    return { text: lookupReply(t, outcome, { locale, today: ctx.today }) };
  },
});
