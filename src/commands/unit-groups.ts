import type { Translate } from '../core/text/translate.js';
import type { CommandContext, Notice } from './command.js';

/**
 * What a person did for their unit in a private chat with the bot is the unit's news all the same: the unit's
 * groups get `text` (which must be fit for a group: redacted, no contact details), headed by who did it.
 * Nothing when the command was typed in a group, whose members saw the reply. Each group reads it in its own
 * language, not in the one the person chose for their private chat.
 */
export async function echoToUnitGroups(
  ctx: CommandContext,
  unitId: number,
  headKey: string,
  text: (t: Translate) => string | Promise<string>,
): Promise<Notice[]> {
  if (ctx.chat.kind !== 'private') return [];
  const groups = (await ctx.store.chats.listByUnit(unitId)).filter((chat) => chat.kind === 'group' && !chat.isLeadersChat);
  return Promise.all(
    groups.map(async (chat) => {
      const t = ctx.translate(chat.locale);
      return { chat: chat.ref, text: `${t(headKey, { name: ctx.actor.user.displayName })}\n${await text(t)}` };
    }),
  );
}
