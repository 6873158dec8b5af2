import type { DashboardSignIn } from '../core/services.js';
import { issueSignIn } from '../core/sign-in/issue-link.js';
import type { SecretTokens } from '../core/sign-in/sign-in.js';
import type { WebAddress } from './web-address.js';

export const SIGN_IN_PATH = '/dang-nhap';
export const TELEGRAM_SIGN_IN_PATH = '/dang-nhap/telegram';

/** The links /dangnhap and `cli login` hand out: `<WEB_BASE_URL>/dang-nhap?t=<token>`, and on https a Telegram login button. */
export function createDashboardSignIn(address: WebAddress, tokens: SecretTokens): DashboardSignIn {
  return {
    async link(store, input) {
      const issued = await issueSignIn(store, tokens, input);
      return {
        url: address.url(`${SIGN_IN_PATH}?t=${issued.token}`),
        // Telegram takes a login button only to an https address of the domain set with BotFather's /setdomain.
        loginButtonUrl: address.secure() ? address.url(TELEGRAM_SIGN_IN_PATH) : null,
        expiresAt: issued.expiresAt,
      };
    },
    home: () => address.url('/'),
  };
}
