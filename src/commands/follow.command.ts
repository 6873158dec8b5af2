import { z } from 'zod';
import { followDocument, unfollowDocument } from '../core/documents/follow-document.js';
import { permissions } from '../core/members/policy.js';
import { compactKey } from '../core/text/vietnamese.js';
import { defineCommand, type CommandContext, type Reply } from './command.js';
import { lookupReply } from '../chat/format/lookup-reply.js';

const STOP_WORDS = ['bo', 'huy', 'thoi', 'xoa', 'ngung', 'dung', 'unfollow', 'stop'];

async function list(ctx: CommandContext, unitName: string, unitId: number): Promise<Reply> {
  const symbols = await ctx.store.documentFollows.symbolsFollowedBy(unitId);
  if (symbols.length === 0) return { text: ctx.t('follow-none', { unit: unitName }) };
  const documents = new Map((await ctx.store.documents.findBySymbols(symbols)).map((doc) => [doc.symbol, doc]));
  const lines = symbols.map((symbol) => {
    const doc = documents.get(symbol);
    return ctx.t('follow-line', {
      symbol,
      title: doc?.title ?? '',
      replaced: doc?.status === 'replaced' ? ctx.t('follow-line-replaced', { by: doc.replacedBy ?? '?' }) : '',
    });
  });
  return { text: [ctx.t('follow-list', { unit: unitName, count: symbols.length }), ...lines, ctx.t('follow-list-hint')].join('\n') };
}

/**
 * /theodoi <số hiệu>: the unit of this group follows a document and hears when it is replaced;
 * /theodoi bỏ <số hiệu> stops; /theodoi alone lists what the unit follows. The document is found the way
 * /tracuu finds it, and only a confident answer is followed: an unclear one is shown, not guessed.
 */
export const followCommand = defineCommand({
  name: 'theodoi',
  aliases: ['follow'],
  descriptionKey: 'cmd-theodoi-description',
  usageKey: 'cmd-theodoi-usage',
  scope: 'group',
  permission: permissions.unitDocuments,
  args: z.array(z.string().max(200)).max(30),
  async run(ctx, args) {
    const unit = ctx.chat.unit;
    if (!unit) return { text: ctx.t('chat-not-bound', { command: '/theodoi' }) };
    const stopping = args.length > 0 && STOP_WORDS.includes(compactKey(args[0]!));
    const question = (stopping ? ctx.argsText.replace(/^\S+\s*/, '') : ctx.argsText).trim();
    if (!question) return stopping ? { text: `${ctx.t('usage-intro')}\n${ctx.t('cmd-theodoi-usage')}` } : list(ctx, unit.name, unit.id);

    const { outcome } = await ctx.services.documentLookup.ask(question, ctx.store.documents);
    if (outcome.kind !== 'answer')
      return { text: [ctx.t('follow-not-sure'), lookupReply(ctx.t, outcome, { locale: ctx.locale, today: ctx.today })].join('\n') };
    const doc = outcome.answer.document;
    if (stopping) {
      const result = await unfollowDocument(ctx.store, { actor: ctx.actor, unit, symbol: doc.symbol });
      return { text: ctx.t(result === 'unfollowed' ? 'follow-stopped' : 'follow-was-not', { unit: unit.name, symbol: doc.symbol }) };
    }
    const result = await followDocument(ctx.store, { actor: ctx.actor, unit, symbol: doc.symbol });
    const lines = [
      ctx.t(result === 'followed' ? 'follow-started' : 'follow-already', {
        unit: unit.name,
        type: doc.type,
        symbol: doc.symbol,
        title: doc.title,
      }),
    ];
    if (doc.status === 'replaced') lines.push(ctx.t('follow-already-replaced', { by: doc.replacedBy ?? '?' }));
    return { text: lines.join('\n') };
  },
});
