import type { Translate } from '../core/text/translate.js';
import type { Locale } from '../i18n/i18n.js';
import { dateTimeOf } from './format.js';
import { type Html, html } from './html.js';

export interface NavItem {
  path: string;
  label: string;
}

/** What every page's frame needs: the reader's language, who is signed in, where they are, what they may open. */
export interface Frame {
  t: Translate;
  locale: Locale;
  /** the path and query of this page (the language switch comes back to it) */
  here: string;
  /** the path the navigation marks as current */
  section: string | null;
  viewer: { name: string; roles: string } | null;
  nav: NavItem[];
  /** the form token of the session, for the sign-out button */
  csrf: string | null;
  department: string | null;
  timezone: string;
  now: Date;
}

const other: Record<Locale, Locale> = { vi: 'en', en: 'vi' };

/** The language switch: the other language, named in itself, back to the same page. */
function languageSwitch(frame: Frame): Html {
  const target = other[frame.locale];
  return html`<a href="/ngon-ngu/${target}?quay-lai=${encodeURIComponent(frame.here)}" lang="${target}" hreflang="${target}"
    >${frame.t(`web-language-${target}`)}</a
  >`;
}

function account(frame: Frame): Html {
  if (!frame.viewer) return html`<div class="account">${languageSwitch(frame)}</div>`;
  return html`<div class="account">
    <span>${frame.viewer.name} — ${frame.viewer.roles}</span>
    ${languageSwitch(frame)}
    <form method="post" action="/dang-xuat">
      <input type="hidden" name="csrf" value="${frame.csrf ?? ''}" />
      <button type="submit">${frame.t('web-sign-out')}</button>
    </form>
  </div>`;
}

/**
 * The page frame: a skip link, the header (the product, the Department, the pages this person may open, who
 * they are, the language switch, sign-out), the page's own content under its one h1, and a footer saying when
 * the figures were read and in which timezone.
 */
export function layout(frame: Frame, title: string, body: Html, status?: Html): Html {
  const t = frame.t;
  const nav =
    frame.nav.length > 0
      ? html`<nav class="main" aria-label="${t('web-nav-label')}">
          <ul>
            ${frame.nav.map(
              (item) =>
                html`<li><a href="${item.path}" ${item.path === frame.section ? html`aria-current="page"` : ''}>${item.label}</a></li>`,
            )}
          </ul>
        </nav>`
      : '';
  return html`<!doctype html>
    <html lang="${frame.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title} — ${t('web-product')}</title>
        <link rel="stylesheet" href="/tai-nguyen/giao-dien.css" />
      </head>
      <body>
        <a class="skip" href="#noi-dung">${t('web-skip-to-content')}</a>
        <header class="site">
          <div class="brand">
            <a href="/">${t('web-product')}</a>${frame.department ? html`<span class="department"> · ${frame.department}</span>` : ''}
          </div>
          ${nav} ${account(frame)}
        </header>
        <main id="noi-dung" tabindex="-1">
          <h1>${title}</h1>
          ${status ?? ''} ${body}
        </main>
        <footer class="site">
          <p>${t('web-footer', { at: dateTimeOf(frame.now, frame.timezone), timezone: frame.timezone })}</p>
        </footer>
      </body>
    </html>`;
}

/** A table that scrolls sideways on a narrow screen; the region is named and focusable so a keyboard can scroll it. */
export function scrollingTable(label: string, table: Html): Html {
  return html`<div class="table-wrap" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}
