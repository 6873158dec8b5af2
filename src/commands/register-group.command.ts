import { z } from 'zod';
import { bindChatToUnit, bindLeadersChat, namesLeadersChat } from '../core/chats/bind-chat.js';
import { permissions } from '../core/members/policy.js';
import { defineCommand, type CommandContext, type Reply } from './command.js';

const MAX_LISTED_UNITS = 12;

async function bindLeaders(ctx: CommandContext): Promise<Reply> {
  const result = await bindLeadersChat(ctx.store, {
    actor: ctx.actor,
    chat: { ref: ctx.chat.ref, platform: ctx.actor.user.platform, kind: ctx.chat.kind, title: ctx.chat.title },
  });
  await ctx.flow.end();
  if (result.kind === 'unchanged') return { text: ctx.t('register-leaders-unchanged') };
  const lines = [ctx.t('register-leaders-done', { unit: result.department.name })];
  if (result.previous) lines.push(ctx.t('register-replaced', { previous: result.previous.name }));
  return { text: lines.join('\n') };
}

async function bind(ctx: CommandContext, code: string): Promise<Reply> {
  if (namesLeadersChat(code)) return bindLeaders(ctx);
  const result = await bindChatToUnit(ctx.store, {
    actor: ctx.actor,
    chat: { ref: ctx.chat.ref, platform: ctx.actor.user.platform, kind: ctx.chat.kind, title: ctx.chat.title },
    unitCode: code,
  });
  await ctx.flow.end();
  const unit = `${result.unit.name} (${result.unit.code})`;
  if (result.kind === 'unchanged') return { text: ctx.t('register-unchanged', { unit }) };
  const lines = [ctx.t('register-done', { unit })];
  if (result.previous) lines.push(ctx.t('register-replaced', { previous: result.previous.name }));
  lines.push(ctx.t('register-next'));
  return { text: lines.join('\n') };
}

/** /dangky <mã đơn vị>: an admin binds this group to a unit; without a code the bot asks for one. */
export const registerGroupCommand = defineCommand({
  name: 'dangky',
  aliases: ['register'],
  descriptionKey: 'cmd-dangky-description',
  usageKey: 'cmd-dangky-usage',
  scope: 'group',
  permission: permissions.admin,
  // a unit's code or name ("TYT Sìn Hồ", "trạm y tế xã sin ho"), or "lanhdao" / "lãnh đạo" for the leaders' group
  args: z.array(z.string().min(1).max(40)).max(10),
  async run(ctx, args) {
    const code = args.join(' ');
    if (code) return bind(ctx, code);
    const units = await ctx.store.units.list();
    const listed = units.slice(0, MAX_LISTED_UNITS).map((u) => `• ${u.code} — ${u.shortName ?? u.name}`);
    if (units.length > MAX_LISTED_UNITS) listed.push(ctx.t('register-more-units', { count: units.length - MAX_LISTED_UNITS }));
    await ctx.flow.ask('code', {});
    return { text: [ctx.t('register-ask-code'), ...listed].join('\n') };
  },
  async resume(ctx, _state, input) {
    if (namesLeadersChat(input.text)) return bindLeaders(ctx);
    const code = input.text.trim().slice(0, 200);
    if (!code) return { text: ctx.t('register-ask-code') };
    return bind(ctx, code);
  },
});
