import { z } from 'zod';
import { permissions } from '../core/members/policy.js';
import { compactKey } from '../core/text/vietnamese.js';
import { defineCommand } from './command.js';

const LANGUAGES: Record<string, 'vi' | 'en'> = {
  vi: 'vi',
  tiengviet: 'vi',
  vietnamese: 'vi',
  en: 'en',
  english: 'en',
  tienganh: 'en',
};

/** /ngonngu [vi|en]: the language the bot answers this person in, wherever they write. */
export const languageCommand = defineCommand({
  name: 'ngonngu',
  aliases: ['language', 'lang'],
  descriptionKey: 'cmd-ngonngu-description',
  usageKey: 'cmd-ngonngu-usage',
  scope: 'any',
  permission: permissions.anyone,
  args: z.union([z.tuple([]), z.tuple([z.string()]), z.tuple([z.string(), z.string()])]),
  async run(ctx, args) {
    if (args.length === 0) return { text: ctx.t('language-current') };
    const locale = LANGUAGES[compactKey(args.join(' '))];
    if (!locale) return { text: `${ctx.t('usage-intro')}\n${ctx.t('cmd-ngonngu-usage')}` };
    await ctx.store.members.setLocale(ctx.actor.memberId, locale);
    // Answer in the language just chosen.
    return { text: ctx.translate(locale)('language-set') };
  },
});
