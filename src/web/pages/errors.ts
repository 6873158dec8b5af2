import { type Frame, layout } from '../layout.js';
import { type Html, html } from '../html.js';

export type ErrorKind = 'forbidden' | 'not-found' | 'unknown-unit' | 'no-role' | 'csrf' | 'internal';

/** The page for a refusal or a failure: what happened, in the reader's language, and what to do next. */
export function errorPage(frame: Frame, kind: ErrorKind, args: { who?: string; code?: string } = {}): Html {
  const t = frame.t;
  const body = html`<div class="notice bad" role="alert">
      <p>${t(`web-error-${kind}-text`, { who: args.who ?? '', code: args.code ?? '' })}</p>
    </div>
    <p>${t(`web-error-${kind}-next`)}</p>
    <p><a href="/">${t('web-error-home')}</a></p>`;
  return layout(frame, t(`web-error-${kind}-title`), body);
}
