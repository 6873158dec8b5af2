import type { Platform, RoleGrant } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import type { Store } from '../store.js';
import { type SecretTokens, SESSION_IDLE_HOURS, SESSION_MAX_DAYS, type SignInVia, type Viewer } from './sign-in.js';

/** Why a sign-in link cannot be used; each has its own sentence on the page (locale keys `web-signin-<reason>`). */
export type SignInRefusal = 'unknown' | 'expired' | 'used' | 'no-role';

export type SignInPreview =
  | { ok: true; memberName: string; locale: string | null; grants: RoleGrant[] }
  | { ok: false; reason: SignInRefusal };

export interface StartedSession {
  /** the cookie's value; only its digest is stored */
  token: string;
  sessionId: number;
  memberId: number;
  memberName: string;
  locale: string | null;
  expiresAt: Date;
  /** where the person asked for the link: they are told there that a session started */
  chatRef: string | null;
}

export type SignInOutcome = ({ ok: true } & StartedSession) | { ok: false; reason: SignInRefusal };

const HOUR = 3600_000;
// A page opened within a minute of the last one does not move the idle clock: one write a minute at most.
const TOUCH_EVERY_MS = 60_000;

const hasRole = (grants: RoleGrant[]) => isAllowed({ grants }, permissions.dashboard, null);

/**
 * What the confirmation page shows for a link ("Đăng nhập với tư cách <tên> — <vai trò>"). Reading it uses
 * nothing: a link preview or a mail scanner that fetches the page leaves the link as it was.
 */
export async function previewSignIn(store: Store, tokens: SecretTokens, token: string, now: Date): Promise<SignInPreview> {
  const found = token ? await store.signIn.findToken(tokens.digest(token)) : null;
  if (!found) return { ok: false, reason: 'unknown' };
  if (found.usedAt) return { ok: false, reason: 'used' };
  if (found.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  const grants = await store.members.grantsOf(found.memberId);
  if (!hasRole(grants)) return { ok: false, reason: 'no-role' };
  return { ok: true, memberName: found.memberName, locale: found.locale, grants };
}

async function startSession(
  store: Store,
  tokens: SecretTokens,
  person: { memberId: number; memberName: string; locale: string | null },
  via: SignInVia,
  chatRef: string | null,
  now: Date,
): Promise<StartedSession> {
  const token = tokens.random();
  const expiresAt = new Date(now.getTime() + SESSION_MAX_DAYS * 24 * HOUR);
  const sessionId = await store.signIn.createSession({
    tokenHash: tokens.digest(token),
    memberId: person.memberId,
    via,
    startedAt: now,
    expiresAt,
  });
  await store.audit.record({
    actorId: person.memberId,
    action: 'web.sign_in',
    entity: 'web_session',
    entityId: String(sessionId),
    data: { via },
  });
  return { token, sessionId, memberId: person.memberId, memberName: person.memberName, locale: person.locale, expiresAt, chatRef };
}

/** The button's POST: the link is used (once, whoever clicks twice), and a session starts for its person. */
export async function completeSignIn(store: Store, tokens: SecretTokens, token: string, now: Date): Promise<SignInOutcome> {
  return store.transaction(async (tx) => {
    const found = token ? await tx.signIn.findToken(tokens.digest(token)) : null;
    if (!found) return { ok: false, reason: 'unknown' };
    if (found.usedAt) return { ok: false, reason: 'used' };
    if (found.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
    // Roles are read now, not when the link was made: one taken away meanwhile keeps the person out.
    if (!hasRole(await tx.members.grantsOf(found.memberId))) return { ok: false, reason: 'no-role' };
    if (!(await tx.signIn.useToken(found.id, now))) return { ok: false, reason: 'used' };
    const started = await startSession(tx, tokens, found, found.via, found.chatRef, now);
    return { ok: true, ...started };
  });
}

/**
 * A sign-in the platform itself vouches for (a Telegram login button, whose data Telegram signed): the
 * account must be one the bot knows, with a role; the proof is recorded as used, so the same signed data
 * never starts a second session. No member is ever created here.
 */
export async function signInWithPlatformProof(
  store: Store,
  tokens: SecretTokens,
  input: { platform: Platform; externalId: string; proof: string; validUntil: Date; now: Date },
): Promise<SignInOutcome> {
  return store.transaction(async (tx) => {
    const person = await tx.signIn.memberOf(input.platform, input.externalId);
    if (!person) return { ok: false, reason: 'no-role' };
    if (!hasRole(await tx.members.grantsOf(person.memberId))) return { ok: false, reason: 'no-role' };
    const fresh = await tx.signIn.recordUsedProof({
      tokenHash: tokens.digest(`${input.platform}:${input.proof}`),
      memberId: person.memberId,
      via: 'telegram',
      usedAt: input.now,
      expiresAt: input.validUntil,
    });
    if (!fresh) return { ok: false, reason: 'used' };
    return { ok: true, ...(await startSession(tx, tokens, person, 'telegram', null, input.now)) };
  });
}

/**
 * The person behind a session cookie, or null: no such session, ended, idle for too long or past its last
 * day. Roles are read on every request, so a role removed in chat applies to the next page.
 */
export async function viewerOf(store: Store, tokens: SecretTokens, token: string | undefined, now: Date): Promise<Viewer | null> {
  if (!token) return null;
  const session = await store.signIn.findSession(tokens.digest(token));
  if (!session || session.endedAt) return null;
  if (session.expiresAt.getTime() <= now.getTime()) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_HOURS * HOUR) return null;
  const grants = await store.members.grantsOf(session.memberId);
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await store.signIn.touchSession(session.id, now);
  return {
    memberId: session.memberId,
    displayName: session.memberName,
    locale: session.locale,
    grants,
    sessionId: session.id,
    expiresAt: session.expiresAt,
  };
}

/** The page's "Đăng xuất": this browser's session ends. */
export async function signOut(store: Store, viewer: Pick<Viewer, 'memberId' | 'sessionId'>, now: Date): Promise<void> {
  await store.signIn.endSession(viewer.sessionId, now, 'sign-out');
  await store.audit.record({ actorId: viewer.memberId, action: 'web.sign_out', entity: 'web_session', entityId: String(viewer.sessionId) });
}

/** /dangxuat in chat: every session of the person ends, on every browser. Returns how many were open. */
export async function endAllSessions(store: Store, memberId: number, now: Date): Promise<number> {
  const ended = await store.signIn.endSessionsOf(memberId, now, 'chat');
  if (ended > 0)
    await store.audit.record({
      actorId: memberId,
      action: 'web.sign_out_all',
      entity: 'member',
      entityId: String(memberId),
      data: { ended },
    });
  return ended;
}
