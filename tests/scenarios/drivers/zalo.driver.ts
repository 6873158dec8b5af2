import { botImage, botSticker, botText, msgId, oaGroupImage, oaGroupSticker, oaGroupText, oaUserText } from '../../support/zalo-events.js';
import { BOT_GROUP, OA_GROUP, startZaloHarness } from '../../support/zalo-harness.js';
import { groupPrivacy } from '../../support/privacy-guard.js';
import { parseNumberedChoices, type Need, type Outgoing, type Reply, type ScenarioDriver } from '../scenario.js';

const joined = (texts: string[]): Reply | null => (texts.length ? parseNumberedChoices(texts.join('\n')) : null);

/** A one-to-one OA event of the same kind as a group one: the same body, sent to the OA instead of a group. */
function privately(event: Record<string, unknown>, oaId: string): Record<string, unknown> {
  return { ...event, event_name: String(event.event_name).replace('_group_', '_'), recipient: { id: oaId } };
}

/** The Zalo OA adapter, by signed webhook events from the fake Zalo; answers are read from its group/cs sends. */
export async function startZaloOaDriver(): Promise<ScenarioDriver> {
  const h = await startZaloHarness({ bot: false });
  let newGroup = '';

  return {
    platform: 'zalo-oa',
    can: new Set<Need>(['stickers', 'photos', 'chatter']),
    idOf: (person) => h.people[person].id,
    async beginScenario(index) {
      newGroup = `0e${index.toString(16).padStart(3, '0')}c8f76fa586fbd000`;
      h.fake.addGroup(newGroup, `Nhóm mới ${index}`, [h.people.admin.id]);
    },
    async send(message: Outgoing) {
      const person = h.people[message.as];
      const at = h.clock.now();
      const group = message.in === 'unit' ? OA_GROUP : message.in === 'newGroup' ? newGroup : null;
      // A member answers the bot by quoting its last message, as Zalo's "Trả lời" does.
      const quote = group && message.reply ? (h.fake.lastGroupMessageId(group) ?? undefined) : undefined;
      const content = message.content;
      let event: Record<string, unknown>;
      if ('sticker' in content) event = oaGroupSticker(group ?? '-', person.id, { at });
      else if ('photo' in content) event = oaGroupImage(group ?? '-', person.id, content.photo, { at });
      else {
        const text = 'choice' in content ? String(content.choice + 1) : content.text;
        // Every member message reaches the OA; one meant for the bot that is not a command mentions it.
        const toBot = group && !message.chatter && !message.reply && !text.startsWith('/') && !('choice' in content);
        event = group
          ? oaGroupText(group, person.id, toBot ? `@${h.fake.oaName} ${text}` : text, { at, quote })
          : oaUserText(person.id, text, { at });
      }
      if (quote) (event.message as Record<string, unknown>).quote_msg_id = quote;
      if (!group) event = privately(event, h.fake.oaId);
      const before = group ? h.fake.sentToGroup(group).length : h.fake.sentToUser(person.id).length;
      const groupSends = h.fake.successful('/v3.0/oa/group/message').length;
      const status = await h.oaPost(event);
      if (status !== 200) throw new Error(`the webhook answered ${status}`);
      await h.processed('zalo-oa', (event.message as { msg_id: string }).msg_id);
      // everything the OA sent to any group meanwhile goes past the privacy guard
      for (const call of h.fake.successful('/v3.0/oa/group/message').slice(groupSends)) {
        groupPrivacy.inspect(
          String((call.body.recipient as { group_id?: string }).group_id),
          (call.body.message as { text?: string }).text ?? '',
        );
      }
      return joined((group ? h.fake.sentToGroup(group) : h.fake.sentToUser(person.id)).slice(before));
    },
    stop: () => h.stop(),
  };
}

/**
 * The Zalo Bot adapter by long polling. In a group the platform (the fake, as the real one) hands the bot only
 * messages that mention it or reply to it: a person answering the bot replies to it, one starting something
 * (a command, a question) mentions it, and chatter is sent plain, for the platform to keep from the bot.
 */
export async function startZaloBotDriver(): Promise<ScenarioDriver> {
  const h = await startZaloHarness({ oa: false, bot: 'polling' });
  let newGroup = '';

  return {
    platform: 'zalo-bot',
    can: new Set<Need>(['stickers', 'photos', 'chatter']),
    idOf: (person) => h.botPeople[person].id,
    async beginScenario(index) {
      newGroup = `grp-new-${index}`;
    },
    async send(message: Outgoing) {
      const person = h.botPeople[message.as];
      const group = message.in === 'unit' ? BOT_GROUP : message.in === 'newGroup' ? newGroup : null;
      const where = group ? { chatType: 'GROUP' as const, chatId: group } : { chatType: 'PRIVATE' as const, chatId: person.id };
      const options = { ...where, name: person.name, messageId: msgId(), at: h.clock.now() };
      const content = message.content;
      const replyToBot = Boolean(group && message.reply && !message.chatter);
      const mention = Boolean(group && !message.reply && !message.chatter);
      let update: Record<string, unknown>;
      if ('sticker' in content) update = botSticker(person.id, options);
      else if ('photo' in content)
        update = botImage(person.id, mention ? `@${h.fake.bot.display_name} ${content.photo}` : content.photo, options);
      else {
        const text = 'choice' in content ? String(content.choice + 1) : content.text;
        update = botText(person.id, mention ? `@${h.fake.bot.display_name} ${text}` : text, options);
      }
      const calls = h.fake.calls.length;
      const answer = await h.botSay(update, { replyToBot });
      // everything the bot sent to a chat that is not a person's (a group) meanwhile goes past the privacy guard
      const privateChats = new Set(Object.values(h.botPeople).map((p) => p.id));
      for (const call of h.fake.calls.slice(calls)) {
        if (call.path === 'bot:sendMessage' && call.error === 0 && !privateChats.has(String(call.body.chat_id)))
          groupPrivacy.inspect(String(call.body.chat_id), String(call.body.text ?? ''));
      }
      return joined(answer);
    },
    stop: () => h.stop(),
  };
}
