import { createHash, randomBytes } from 'node:crypto';
import type { SecretTokens } from '../core/sign-in/sign-in.js';

/** 32 random bytes (256 bits) as base64url, and SHA-256 as the stored digest: a token is unguessable and a leaked table useless. */
export const secretTokens: SecretTokens = {
  random: () => randomBytes(32).toString('base64url'),
  digest: (token) => createHash('sha256').update(token, 'utf8').digest('hex'),
};
