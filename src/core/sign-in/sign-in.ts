import type { Platform, RoleGrant } from '../members/member.js';

/** How long a sign-in link stays valid: long enough to open it on the phone that got it, short enough to leak little. */
export const SIGN_IN_LINK_MINUTES = 10;
/** A session ends after this long without a page being opened (a shared office PC left signed in)… */
export const SESSION_IDLE_HOURS = 8;
/** …and after this long whatever happens: a lost phone's session does not live on. */
export const SESSION_MAX_DAYS = 7;

/** Where a sign-in came from: /dangnhap in a private chat, `cli login` (or npm start's demo link), a Telegram login button. */
export type SignInVia = 'chat' | 'cli' | 'telegram';

/**
 * Random tokens and their one-way digests. A port, so that the domain states the rules (stored hashed, used
 * once) without importing a crypto library; the implementation is node:crypto (src/web/secret-tokens.ts).
 */
export interface SecretTokens {
  /** a new unguessable token, URL-safe */
  random(): string;
  /** what is stored for a token: the same digest for the same token, and no way back to it */
  digest(token: string): string;
}

export interface StoredSignInToken {
  id: number;
  memberId: number;
  memberName: string;
  locale: string | null;
  via: SignInVia;
  chatRef: string | null;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface StoredSession {
  id: number;
  memberId: number;
  memberName: string;
  locale: string | null;
  startedAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
}

export interface SignInRepository {
  createToken(token: { tokenHash: string; memberId: number; via: SignInVia; chatRef: string | null; expiresAt: Date }): Promise<void>;
  findToken(tokenHash: string): Promise<StoredSignInToken | null>;
  /** Marks the token used at `at`; false when it was already used (two clicks racing: one wins). */
  useToken(id: number, at: Date): Promise<boolean>;
  /** Records a proof that is used as it arrives (a Telegram login's signature); false when it was recorded before. */
  recordUsedProof(proof: { tokenHash: string; memberId: number; via: SignInVia; usedAt: Date; expiresAt: Date }): Promise<boolean>;
  createSession(session: { tokenHash: string; memberId: number; via: SignInVia; startedAt: Date; expiresAt: Date }): Promise<number>;
  findSession(tokenHash: string): Promise<StoredSession | null>;
  touchSession(id: number, at: Date): Promise<void>;
  endSession(id: number, at: Date, by: 'sign-out' | 'chat'): Promise<void>;
  /** Ends every open session of a person; returns how many were open. */
  endSessionsOf(memberId: number, at: Date, by: 'sign-out' | 'chat'): Promise<number>;
  /** The member behind a platform account, for a platform's own signed login (never creates one). */
  memberOf(platform: Platform, externalId: string): Promise<{ memberId: number; memberName: string; locale: string | null } | null>;
}

/** The person a page is shown to: read again on every request, roles included, so a role removed in chat applies at once. */
export interface Viewer {
  memberId: number;
  displayName: string;
  locale: string | null;
  grants: RoleGrant[];
  sessionId: number;
  /** when the session ends at the latest (the idle limit may end it sooner) */
  expiresAt: Date;
}
