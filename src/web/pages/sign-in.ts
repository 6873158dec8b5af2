import type { SignInRefusal } from '../../core/sign-in/sessions.js';
import { type Frame, layout } from '../layout.js';
import { type Html, html } from '../html.js';

/** The confirmation a link opens: whose session it starts, and the one button that uses the link (a POST). */
export function confirmSignInPage(
  frame: Frame,
  input: { name: string; roles: string; action: string; fields: Record<string, string> },
): Html {
  const t = frame.t;
  const body = html`<div class="card">
      <p class="lead">${t('web-signin-as', { name: input.name, roles: input.roles })}</p>
      <form method="post" action="${input.action}">
        ${Object.entries(input.fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
        <button type="submit" class="primary">${t('web-signin-button')}</button>
      </form>
    </div>
    <p class="hint">${t('web-signin-hint')}</p>`;
  return layout(frame, t('web-signin-title'), body);
}

/** Why a link did not sign anyone in, and how to get a new one. */
export function signInRefusedPage(frame: Frame, reason: SignInRefusal): Html {
  const t = frame.t;
  const body = html`<div class="notice bad" role="alert"><p>${t(`web-signin-${reason}`)}</p></div>
    <p>${t('web-signin-how')}</p>`;
  return layout(frame, t('web-signin-title'), body);
}

/** The page for someone not signed in: how to sign in from chat. */
export function signInHelpPage(frame: Frame, signedOut: boolean): Html {
  const t = frame.t;
  const body = html`${signedOut ? html`<div class="notice good" role="status"><p>${t('web-signed-out')}</p></div>` : ''}
    <p class="lead">${t('web-signin-how')}</p>
    <ol>
      <li>${t('web-signin-step-1')}</li>
      <li>${t('web-signin-step-2')}</li>
      <li>${t('web-signin-step-3')}</li>
    </ol>
    <p class="hint">${t('web-signin-operator')}</p>`;
  return layout(frame, t('web-signin-title'), body);
}
