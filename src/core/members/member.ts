import type { Role } from './roles.js';

export type Platform = 'console' | 'telegram' | 'zalo-oa' | 'zalo-bot';
export const PLATFORMS: readonly Platform[] = ['console', 'telegram', 'zalo-oa', 'zalo-bot'];

/** A person as one chat platform knows them. */
export interface PlatformUser {
  platform: Platform;
  id: string;
  displayName: string;
  username?: string | null;
}

export interface RoleGrant {
  role: Role;
  /** null: the whole Department */
  unitId: number | null;
}

/** A platform account as stored, with its member and every role they hold: what an actor is resolved from. */
export interface StoredIdentity {
  identityId: number;
  memberId: number;
  memberName: string;
  locale: string | null;
  /** the account's name and username as last seen */
  displayName: string;
  username: string | null;
  privateChatAt: Date | null;
  grants: RoleGrant[];
}

/** Who is acting: the member behind a platform account, with every role they hold. */
export interface Actor {
  memberId: number;
  displayName: string;
  locale: string | null;
  user: PlatformUser;
  grants: RoleGrant[];
}

export interface MemberRef {
  memberId: number;
  displayName: string;
}

/** Someone a reminder calls on: their name, their @username on each platform, and any leave. */
export interface Contact {
  memberId: number;
  displayName: string;
  onLeaveUntil: string | null;
  usernames: Partial<Record<Platform, string>>;
}

export interface MembersRepository {
  /**
   * Finds the member behind a platform account, creating both on first sight; refreshes the remembered name
   * and username only when they changed, so that a quiet user costs one read. `privateChat`: the message came
   * in a private chat, so the bot may now write to this account privately (noted at most once a day).
   * `known`: the account as already read with the message's other basics (null: not stored), so that a quiet
   * user costs no statement of its own.
   */
  resolveActor(user: PlatformUser, seenAt: Date, options?: { privateChat?: boolean; known?: StoredIdentity | null }): Promise<Actor>;
  findByUsername(platform: Platform, username: string): Promise<MemberRef | null>;
  findByExternalId(platform: Platform, externalId: string): Promise<MemberRef | null>;
  grantsOf(memberId: number): Promise<RoleGrant[]>;
  /** Returns false when the member already had the role there. */
  grant(memberId: number, grant: RoleGrant, grantedBy: number | null): Promise<boolean>;
  /** Returns false when the member did not have the role there. */
  revoke(memberId: number, grant: RoleGrant): Promise<boolean>;
  withRole(role: Role, unitId: number | null): Promise<MemberRef[]>;
  /** The people holding a role in exactly this unit, with what it takes to call on them in a chat. */
  contactsWithRole(role: Role, unitId: number): Promise<Contact[]>;
  countWithRole(role: Role): Promise<number>;
  /** Every platform account of a member (where a private message can reach them). */
  identitiesOf(memberId: number): Promise<PlatformUser[]>;
  /** null: follow the chat's language */
  setLocale(memberId: number, locale: string | null): Promise<void>;
  /** on leave until this day (inclusive); null ends the leave. Returns the day the leave ran to before (null: none set). */
  setLeave(memberId: number, until: string | null): Promise<{ before: string | null }>;
}
