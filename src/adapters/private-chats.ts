import type { ChatRef } from '../chat/messages.js';
import type { PlatformUser } from '../core/members/member.js';
import { oaUserRef } from './zalo-oa/oa-chat-ref.js';

/**
 * Where a private message to this account goes, on each platform that has private chats. On Telegram and the
 * Zalo Bot platform the private chat's id is the user's id; the OA writes to a user through its own endpoint.
 */
export function privateChatOf(user: Pick<PlatformUser, 'platform' | 'id'>): ChatRef | null {
  switch (user.platform) {
    case 'telegram':
      return `telegram:${user.id}`;
    case 'zalo-bot':
      return `zalo-bot:${user.id}`;
    case 'zalo-oa':
      return oaUserRef(user.id);
    default:
      return null;
  }
}
