import type { CommandContext, Notice } from './command.js';

/**
 * What a person did for their unit in a private chat with the bot is the unit's news all the same: the unit's
 * groups get `text` (which must be fit for a group: redacted, no contact details), headed by who did it.
 * Nothing when the command was typed in a group, whose members saw the reply.
 */
export async function echoToUnitGroups(ctx: CommandContext, unitId: number, headKey: string, text: string): Promise<Notice[]> {
  if (ctx.chat.kind !== 'private') return [];
  const groups = (await ctx.store.chats.listByUnit(unitId)).filter((chat) => chat.kind === 'group' && !chat.isLeadersChat);
  return groups.map((chat) => ({ chat: chat.ref, text: `${ctx.t(headKey, { name: ctx.actor.user.displayName })}\n${text}` }));
}
