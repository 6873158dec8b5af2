import type { ChatRef } from '../../chat/messages.js';

// One-to-one chats get a prefix that a group id (hexadecimal) never has: the two are sent through different
// endpoints (group/message and message/cs).
const USER_PREFIX = 'user-';

export const oaGroupRef = (groupId: string): ChatRef => `zalo-oa:${groupId}`;
export const oaUserRef = (userId: string): ChatRef => `zalo-oa:${USER_PREFIX}${userId}`;

export type OaTarget = { kind: 'group'; groupId: string } | { kind: 'user'; userId: string };

export function parseOaRef(ref: ChatRef): OaTarget {
  const [platform, id] = ref.split(':');
  if (platform !== 'zalo-oa' || !id) throw new RangeError(`not a Zalo OA chat: ${ref}`);
  return id.startsWith(USER_PREFIX) ? { kind: 'user', userId: id.slice(USER_PREFIX.length) } : { kind: 'group', groupId: id };
}
