import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import type { Store } from '../store.js';
import { type SecretTokens, SIGN_IN_LINK_MINUTES, type SignInVia } from './sign-in.js';

export interface IssuedSignIn {
  /** the token to put in the link; never stored as it is */
  token: string;
  expiresAt: Date;
}

/**
 * A one-time sign-in for this person: only someone the Department gave a role may have one (a stranger who
 * wrote to the bot has nothing to see). The token is returned once and kept only as a digest.
 */
export async function issueSignIn(
  store: Store,
  tokens: SecretTokens,
  input: { actor: Pick<Actor, 'memberId' | 'grants'>; via: SignInVia; chatRef: string | null; now: Date },
): Promise<IssuedSignIn> {
  if (!isAllowed(input.actor, permissions.dashboard, null)) throw new DomainError('signin.no_role', 'signin-no-role');
  const token = tokens.random();
  const expiresAt = new Date(input.now.getTime() + SIGN_IN_LINK_MINUTES * 60_000);
  await store.signIn.createToken({
    tokenHash: tokens.digest(token),
    memberId: input.actor.memberId,
    via: input.via,
    chatRef: input.chatRef,
    expiresAt,
  });
  return { token, expiresAt };
}
